//! `caricc stats`: the archive view over several releases as a table, CSV or JSON, with the
//! files it cannot read reported and the rest summarised.

mod support;

use support::cli::*;
use support::fixtures::{
    GOLDEN_JSON, GOLDEN_JSON_PATH, GOLDEN_XML, GOLDEN_XML_PATH, VARIANT_19_PATH,
};

/// Reads RFC 4180 CSV (CRLF line ends, quoted fields); a blank line is an empty record.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut started) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, other) => field.push(other),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside a field: {text}");
                (quoted, started) = (true, true);
            }
            (false, ',') => {
                record.push(std::mem::take(&mut field));
                started = true;
            }
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                if started || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                }
                records.push(std::mem::take(&mut record));
                started = false;
            }
            (false, '\n') => panic!("a bare LF outside quotes: {text:?}"),
            (false, other) => {
                field.push(other);
                started = true;
            }
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "the CSV ends mid-record"
    );
    records
}

#[test]
fn stats_table_over_json_and_xml() {
    let out = run(&["stats", GOLDEN_JSON_PATH, GOLDEN_XML_PATH]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "RELEASE   PERIOD         COUNTRY        EVENTS  SOURCE"
    );
    assert_eq!(
        lines[1],
        format!("#16/2025  16-31.08.2025  AZ Azerbaijan       7  {GOLDEN_JSON_PATH}")
    );
    assert_eq!(
        lines[8],
        format!("#16/2025  16-31.08.2025  RU Russia           2  {GOLDEN_XML_PATH}")
    );
    assert_eq!(lines[9], "");
    assert_eq!(
        &lines[10..16],
        [
            "COUNTRY        RELEASES  EVENTS",
            "AZ Azerbaijan         2      14",
            "KZ Kazakhstan         2       6",
            "KG Kyrgyzstan         2       2",
            "RU Russia             2       4",
            "TOTAL                 2      26",
        ]
    );
    assert_eq!(lines[16], "");
    assert_eq!(
        lines[17],
        "RELEASE   COUNTRY  QUALIFIER       VALUE  TO  UNIT    MEASURE                                                             HEADLINE"
    );
    assert_eq!(
        lines[18],
        "#16/2025  KZ                        4655      count   drug crimes detected                                                MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[19],
        "#16/2025  KZ                        2100      count   └ serious and particularly serious drug crimes                      MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_seizure_tables(&lines);

    // The views.
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--view",
        "events",
    ]);
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out).lines().count(), 16);
    assert!(stdout(&out).ends_with("TOTAL                 2      26\n"));
    let out = run(&[
        "stats",
        "--view",
        "statistics",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
    ]);
    assert_eq!(status(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("RELEASE   COUNTRY  QUALIFIER"), "{text}");
    assert_eq!(text.lines().count(), 47);
}

/// The seizures and their totals by release and by year, after the statistics: the golden
/// release has two quantities of a substance, read from the JSON and from the XML.
fn assert_seizure_tables(lines: &[&str]) {
    assert_eq!(lines.len(), 17 + 1 + 46 + 1 + 5 + 1 + 3 + 1 + 3);
    assert_eq!(
        lines[65],
        "RELEASE   COUNTRY  DATE           SUBSTANCE                      QUALIFIER  AMOUNT  TO  UNIT  KILOGRAMS  COUNTED  HEADLINE"
    );
    assert_eq!(
        lines[66],
        "#16/2025  KZ       16-31.08.2025  Drugs (unspecified)            over           11      t         11000  yes      MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[71..].join("\n"),
        "RELEASE   COUNTRY        SUBSTANCE                      GROUP              QUANTITIES  KILOGRAMS\n\
         #16/2025  KZ Kazakhstan  Drugs (unspecified)            Unspecified drugs           2     ~22000\n\
         #16/2025  KZ Kazakhstan  Synthetic drugs (unspecified)  Unspecified drugs           2      ~2000\n\
         \n\
         YEAR  COUNTRY        SUBSTANCE                      GROUP              QUANTITIES  KILOGRAMS\n\
         2025  KZ Kazakhstan  Drugs (unspecified)            Unspecified drugs           2     ~22000\n\
         2025  KZ Kazakhstan  Synthetic drugs (unspecified)  Unspecified drugs           2      ~2000"
    );
}

#[test]
fn stats_csv_over_json_and_xml() {
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--format",
        "csv",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("source,release,period,country,country_name,events\r\n"));
    let records = parse_csv(&text);
    // 1 + 8 events, a blank line, 1 + 46 statistics, a blank line, 1 + 4 seizures.
    assert_eq!(records.len(), 9 + 1 + 47 + 1 + 1 + 4);
    assert!(records[..9].iter().all(|r| r.len() == 6), "{records:?}");
    assert!(records[9].is_empty());
    assert!(records[10..57].iter().all(|r| r.len() == 13), "{records:?}");
    assert!(records[57].is_empty());
    assert_eq!(records[58].len(), 20);
    assert_eq!(
        records[5],
        [
            GOLDEN_XML_PATH,
            "#16/2025",
            "2025-08-16/2025-08-31",
            "AZ",
            "Azerbaijan",
            "7"
        ]
    );
    assert_eq!(records[10][4], "headline");
    assert_eq!(
        records[11][4], "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS",
        "a headline with a comma, quoted and read back"
    );
    assert!(text.contains(",\"MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS\",drug crimes detected,exact,4655,,count,first seven months of this year,,\r\n"));

    for (view, count, columns) in [("events", 9, 6), ("statistics", 47, 13)] {
        let out = run(&[
            "stats",
            GOLDEN_JSON_PATH,
            GOLDEN_XML_PATH,
            "--format",
            "csv",
            "--view",
            view,
        ]);
        assert_eq!(status(&out), 0);
        let records = parse_csv(&stdout(&out));
        assert_eq!(records.len(), count, "{view}");
        assert!(records.iter().all(|r| r.len() == columns), "{view}");
    }
}

#[test]
fn stats_json_over_json_and_xml() {
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--format",
        "json",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["releases"][0]["source"], GOLDEN_JSON_PATH);
    assert_eq!(json["releases"][1]["source"], GOLDEN_XML_PATH);
    assert_eq!(json["releases"][1]["release"], "#16/2025");
    assert_eq!(json["total_events"], 26);
    assert_eq!(json["events"].as_array().map(Vec::len), Some(8));
    assert_eq!(json["country_totals"][1]["country"], "KZ");
    assert_eq!(json["country_totals"][1]["events"], 6);
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(46));
    assert_eq!(json["statistics"][14]["value"], "2500000000");
    assert_eq!(json["statistics"][14]["unit"], "KZT");

    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        "--format",
        "json",
        "--view",
        "statistics",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert!(json.get("events").is_none() && json.get("total_events").is_none());
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(23));
}

#[test]
fn stats_reports_unreadable_files_and_summarises_the_rest() {
    let dir = temp_dir("stats-missing");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let bad = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["stats", missing, GOLDEN_JSON_PATH, &bad, "--view", "events"]);
    assert_eq!(status(&out), 2);
    let err = stderr(&out);
    assert!(err.starts_with(&format!("caricc: {missing}: ")), "{err}");
    assert!(
        err.contains(&format!("caricc: {bad}: invalid JSON at line 2, column 10")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
    let text = stdout(&out);
    assert!(
        text.ends_with("TOTAL                 1      13\n"),
        "{text}"
    );
    assert!(!text.contains(missing));

    // Nothing read: nothing printed.
    let out = run(&["stats", missing]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");

    // Standard input, once only.
    let out = run_with_stdin(&["stats", "-", "--view", "events"], GOLDEN_XML.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("#16/2025  16-31.08.2025  AZ Azerbaijan       7  <stdin>\n"));
    let out = run_with_stdin(
        &["stats", "-", GOLDEN_JSON_PATH, "-"],
        GOLDEN_JSON.as_bytes(),
    );
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "caricc: standard input (`-`) can be read only once\n"
    );

    // Usage errors.
    assert_eq!(status(&run(&["stats"])), 2);
    let out = run(&["stats", GOLDEN_JSON_PATH, "--format", "yaml"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("table"), "{}", stderr(&out));
}

#[test]
fn stats_over_the_text_layout_puts_diagnostics_on_stderr() {
    let out = run(&[
        "stats",
        VARIANT_19_PATH,
        GOLDEN_JSON_PATH,
        "--view",
        "events",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "#19/2025  01-15.10.2025  TJ Tajikistan         2  {VARIANT_19_PATH}\n"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("TOTAL                   2      18\n"),
        "{text}"
    );
    assert!(
        stderr(&out)
            .lines()
            .all(|l| l.starts_with(&format!("caricc: {VARIANT_19_PATH}: line "))),
        "{}",
        stderr(&out)
    );
}

/// "a package of hashish weighing 3 kg 412 g" and "over 2 tons of drugs, including 1 ton
/// 380 kilograms of marijuana and 515 kilograms of hashish", as JSON in `dir`.
fn seizures_file(dir: &std::path::Path) -> String {
    use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
    let stat = |measure: &str, value: &str, unit: &str, substance: &str| {
        StatisticBuilder::new(measure)
            .value(value)
            .unit(unit)
            .substance(substance)
    };
    let hashish = ArticleBuilder::new("HASHISH FOUND IN A CAR")
        .date("18 August")
        .place("Almaty")
        .statistic(stat(
            "package of hashish weighing",
            "3.412",
            "kg",
            "cannabis_resin",
        ));
    let drugs = ArticleBuilder::new("OVER 2 TONS OF DRUGS SEIZED").statistic(
        stat("drugs", "2", "t", "drugs")
            .qualifier("over")
            .part(stat("marijuana", "1380", "kg", "cannabis_herb"))
            .part(stat("hashish", "515", "kg", "cannabis_resin")),
    );
    let release = ReleaseBuilder::caricc()
        .number(16)
        .year(2025)
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(hashish)
                .article(drugs),
        )
        .build()
        .expect("the release builds");
    write(dir, "seizures.json", &json(&release))
}

fn stats_of(file: &str, view: &str, format: &str) -> String {
    let out = run(&["stats", file, "--view", view, "--format", format]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
    stdout(&out)
}

#[test]
fn stats_seizures_view_as_a_table() {
    let dir = temp_dir("stats-seizures");
    let file = seizures_file(&dir);

    let table = stats_of(&file, "seizures", "table");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines,
        [
            "RELEASE   COUNTRY  DATE           SUBSTANCE                    QUALIFIER  AMOUNT  TO  UNIT  KILOGRAMS  COUNTED  HEADLINE",
            "#16/2025  KZ       18.08.2025     Cannabis resin                           3.412      kg        3.412  yes      HASHISH FOUND IN A CAR",
            "#16/2025  KZ       16-31.08.2025  Drugs (unspecified)          over            2      t          2000  no       OVER 2 TONS OF DRUGS SEIZED",
            "#16/2025  KZ       16-31.08.2025  └ Cannabis herb (marijuana)               1380      kg         1380  yes      OVER 2 TONS OF DRUGS SEIZED",
            "#16/2025  KZ       16-31.08.2025  └ Cannabis resin                           515      kg          515  yes      OVER 2 TONS OF DRUGS SEIZED",
            "",
            "RELEASE   COUNTRY        SUBSTANCE                  GROUP     QUANTITIES  KILOGRAMS",
            "#16/2025  KZ Kazakhstan  Cannabis resin             Cannabis           2    518.412",
            "#16/2025  KZ Kazakhstan  Cannabis herb (marijuana)  Cannabis           1       1380",
            "",
            "YEAR  COUNTRY        SUBSTANCE                  GROUP     QUANTITIES  KILOGRAMS",
            "2025  KZ Kazakhstan  Cannabis resin             Cannabis           2    518.412",
            "2025  KZ Kazakhstan  Cannabis herb (marijuana)  Cannabis           1       1380",
        ]
    );
    assert_eq!(
        stats_of(&file, "seizure-totals", "table"),
        format!("{}\n", lines[6..9].join("\n"))
    );
}

#[test]
fn stats_seizures_csv_is_the_rows_and_the_totals_are_views_of_their_own() {
    let dir = temp_dir("stats-seizures-csv");
    let file = seizures_file(&dir);
    let csv = stats_of(&file, "seizures", "csv");
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 1 + 4, "the rows only: {csv}");
    assert!(records.iter().all(|r| r.len() == 20));
    assert_eq!(records[0][14], "kilograms");
    assert_eq!(
        records[2],
        [
            file.as_str(),
            "#16/2025",
            "KZ",
            "Kazakhstan",
            "2025-08-16",
            "2025-08-31",
            "",
            "drugs",
            "Drugs (unspecified)",
            "unspecified",
            "over",
            "2.0",
            "",
            "t",
            "2000.0",
            "false",
            "",
            "drugs",
            "OVER 2 TONS OF DRUGS SEIZED",
            "",
        ]
    );

    assert_eq!(
        stats_of(&file, "seizure-totals", "csv"),
        "release,year,country,country_name,substance,substance_name,drug_group,quantities,kilograms,approximate\r\n\
         #16/2025,2025,KZ,Kazakhstan,cannabis_resin,Cannabis resin,cannabis,2,518.412,false\r\n\
         #16/2025,2025,KZ,Kazakhstan,cannabis_herb,Cannabis herb (marijuana),cannabis,1,1380.0,false\r\n"
    );
    assert_eq!(
        stats_of(&file, "seizure-totals-by-year", "csv"),
        "year,country,country_name,substance,substance_name,drug_group,quantities,kilograms,approximate\r\n\
         2025,KZ,Kazakhstan,cannabis_resin,Cannabis resin,cannabis,2,518.412,false\r\n\
         2025,KZ,Kazakhstan,cannabis_herb,Cannabis herb (marijuana),cannabis,1,1380.0,false\r\n"
    );
}

#[test]
fn stats_seizures_json_has_the_rows_and_both_totals() {
    let dir = temp_dir("stats-seizures-json");
    let file = seizures_file(&dir);
    let json: serde_json::Value =
        serde_json::from_str(&stats_of(&file, "seizures", "json")).expect("JSON");
    assert!(json.get("events").is_none() && json.get("statistics").is_none());
    assert_eq!(json["seizures"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["seizures"][0]["amount"], "3.412");
    assert_eq!(json["seizures"][1]["in_totals"], false);
    assert_eq!(json["seizures"][2]["part_of"], "drugs");
    assert_eq!(json["seizure_totals"][0]["kilograms"], "518.412");
    assert_eq!(
        json["seizure_totals_by_year"][1]["release"],
        serde_json::Value::Null
    );
    let json: serde_json::Value =
        serde_json::from_str(&stats_of(&file, "seizure-totals-by-year", "json")).expect("JSON");
    assert_eq!(json["seizure_totals_by_year"][1]["kilograms"], "1380");
    assert!(json.get("seizures").is_none() && json.get("seizure_totals").is_none());
}
