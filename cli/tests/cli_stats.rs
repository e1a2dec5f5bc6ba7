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
    assert_eq!(lines.len(), 17 + 1 + 46);

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
    // 1 + 8 events, a blank line, 1 + 46 statistics.
    assert_eq!(records.len(), 9 + 1 + 47);
    assert!(records[..9].iter().all(|r| r.len() == 6), "{records:?}");
    assert!(records[9].is_empty());
    assert!(records[10..].iter().all(|r| r.len() == 13), "{records:?}");
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
