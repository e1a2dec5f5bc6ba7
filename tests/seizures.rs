//! The seizures view (issue #15): rows per quantity of a substance, kilograms, and totals that
//! count a whole or its parts, never both.

mod support;

use support::seizures::{as_issue_rows, hashish_article, issue_rows, stat};

use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use caricc_release::collection::{Archive, View};
use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, StatisticBuilder, Substance,
};

/// The issue's sentences, typed as the reader types them.
fn release(number: u32) -> Release {
    let hashish = hashish_article();
    let drugs = stat("drugs", "2", "t", "drugs")
        .qualifier("over")
        .part(stat("marijuana", "1380", "kg", "cannabis_herb"))
        .part(stat("hashish", "515", "kg", "cannabis_resin"));
    let totals = ArticleBuilder::new("RESULTS OF THE OPERATION")
        .statistic(drugs)
        .statistic(stat("precursors", "25", "t", "precursors").qualifier("over"))
        // No quantity of a substance: a count of laboratories, a fine.
        .statistic(
            StatisticBuilder::new("drug laboratories")
                .value(102u32)
                .unit("count"),
        );
    ReleaseBuilder::caricc()
        .number(number)
        .year(2025)
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(hashish)
                .article(totals),
        )
        .build()
        .expect("the release builds")
}

#[test]
fn the_issues_sentences_give_one_row_per_quantity() {
    let archive = Archive::from_releases([("16", &release(16))]);
    assert_eq!(as_issue_rows(archive.seizures()), issue_rows());
    let first = &archive.seizures()[0];
    assert_eq!(first.date_from.to_string(), "2025-08-18");
    assert_eq!(first.date_to, first.date_from);
    assert_eq!(first.place.as_deref(), Some("Almaty"));
    assert_eq!(first.substance_name, "Cannabis resin");
    assert_eq!(
        first.source_url.as_ref().map(|u| u.as_str()),
        Some("https://polisia.kz/ru/a/")
    );
    let whole = &archive.seizures()[2];
    assert_eq!(
        (whole.date_from.to_string(), whole.date_to.to_string()),
        ("2025-08-16".to_owned(), "2025-08-31".to_owned())
    );
    assert_eq!(archive.seizures()[3].part_of, Some(Substance::Drugs));
}

#[test]
fn totals_count_the_parts_not_the_whole() {
    let archive = Archive::from_releases([("16", &release(16)), ("17", &release(17))]);
    let totals = archive.seizure_totals();
    let row = |number: u32, s: Substance| {
        totals
            .iter()
            .find(|t| t.release.map(|r| r.number) == Some(number) && t.substance == s)
            .map(|t| (t.quantities, t.kilograms.to_string(), t.approximate))
    };
    assert_eq!(
        row(16, Substance::CannabisResin),
        Some((2, "518.412".into(), false))
    );
    assert_eq!(
        row(16, Substance::CannabisHerb),
        Some((2, "1380.12".into(), false))
    );
    assert_eq!(
        row(16, Substance::Precursors),
        Some((1, "25000".into(), true))
    );
    assert_eq!(
        row(16, Substance::Drugs),
        None,
        "the 2 t whole is not counted"
    );
    assert_eq!(totals.len(), 6);

    let years = archive.seizure_totals_by_year();
    assert_eq!(years.len(), 3);
    let resin = years
        .iter()
        .find(|t| t.substance == Substance::CannabisResin)
        .unwrap();
    assert_eq!(
        (
            resin.release,
            resin.year,
            resin.quantities,
            resin.kilograms.to_string()
        ),
        (None, 2025, 4, "1036.824".to_owned())
    );
}

#[test]
fn the_seizures_table_marks_parts_and_what_is_not_counted() {
    let archive = Archive::from_releases([("16", &release(16))]);
    assert_eq!(
        archive.table(View::Seizures),
        "\
RELEASE   COUNTRY  DATE           SUBSTANCE                          QUALIFIER  AMOUNT  TO  UNIT  KILOGRAMS  COUNTED  HEADLINE
#16/2025  KZ       18.08.2025     Cannabis resin                                  3412      g         3.412  yes      HASHISH FOUND IN A CAR
#16/2025  KZ       18.08.2025     Cannabis herb (marijuana)                        120      g          0.12  yes      HASHISH FOUND IN A CAR
#16/2025  KZ       16-31.08.2025  Drugs (unspecified)                over            2      t          2000  no       RESULTS OF THE OPERATION
#16/2025  KZ       16-31.08.2025  └ Cannabis herb (marijuana)                     1380      kg         1380  yes      RESULTS OF THE OPERATION
#16/2025  KZ       16-31.08.2025  └ Cannabis resin                                 515      kg          515  yes      RESULTS OF THE OPERATION
#16/2025  KZ       16-31.08.2025  Precursors (other or unspecified)  over           25      t         25000  yes      RESULTS OF THE OPERATION

RELEASE   COUNTRY        SUBSTANCE                          GROUP       QUANTITIES  KILOGRAMS
#16/2025  KZ Kazakhstan  Cannabis resin                     Cannabis             2    518.412
#16/2025  KZ Kazakhstan  Cannabis herb (marijuana)          Cannabis             2    1380.12
#16/2025  KZ Kazakhstan  Precursors (other or unspecified)  Precursors           1     ~25000

YEAR  COUNTRY        SUBSTANCE                          GROUP       QUANTITIES  KILOGRAMS
2025  KZ Kazakhstan  Cannabis resin                     Cannabis             2    518.412
2025  KZ Kazakhstan  Cannabis herb (marijuana)          Cannabis             2    1380.12
2025  KZ Kazakhstan  Precursors (other or unspecified)  Precursors           1     ~25000
"
    );
    // The totals views are the totals tables alone; All ends with the three tables.
    let table = archive.table(View::Seizures);
    let tables: Vec<&str> = table.split("\n\n").collect();
    assert_eq!(
        archive.table(View::SeizureTotals),
        format!("{}\n", tables[1])
    );
    assert_eq!(archive.table(View::SeizureTotalsByYear), tables[2]);
    assert!(archive.table(View::All).ends_with(&format!("\n\n{table}")));
}

#[test]
fn a_total_without_a_mass_has_no_kilograms_in_the_table() {
    let article = ArticleBuilder::new("CANNABIS PLANTS DESTROYED").statistic(stat(
        "cannabis bushes",
        "1200",
        "count",
        "cannabis_plants",
    ));
    let release = ReleaseBuilder::caricc()
        .number(16)
        .year(2025)
        .section(SectionBuilder::new("KG").page(2).article(article))
        .build()
        .expect("the release builds");
    let archive = Archive::from_releases([("16", &release)]);
    assert_eq!(
        archive.table(View::SeizureTotals),
        "\
RELEASE   COUNTRY        SUBSTANCE       GROUP     QUANTITIES  KILOGRAMS
#16/2025  KG Kyrgyzstan  Cannabis plant  Cannabis           1
"
    );
    let csv = archive.csv(View::Seizures);
    assert!(
        csv.ends_with(",cannabis_plants,Cannabis plant,cannabis,exact,1200.0,,count,,true,,cannabis bushes,CANNABIS PLANTS DESTROYED,\r\n"),
        "{csv}"
    );
}

#[test]
fn the_seizures_json_has_rows_and_both_totals_with_exact_strings() {
    let archive = Archive::from_releases([("16", &release(16)), ("17", &release(17))]);
    let text = archive.json(View::Seizures).expect("JSON");
    let json: serde_json::Value = serde_json::from_str(&text).expect("parses");
    let keys = [
        "releases",
        "seizures",
        "seizure_totals",
        "seizure_totals_by_year",
    ];
    let at: Vec<usize> = keys
        .iter()
        .map(|k| text.find(&format!("\n  \"{k}\": [")).expect(k))
        .collect();
    assert!(at.is_sorted(), "the keys in this order: {at:?}");
    assert_eq!(json.as_object().map(|o| o.len()), Some(keys.len()));
    let rows = json["seizures"].as_array().expect("rows");
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[0]["date_from"], "2025-08-18");
    assert_eq!(rows[0]["amount"], "3412", "as written, a string");
    assert_eq!(rows[0]["kilograms"], "3.412");
    assert_eq!(rows[2]["in_totals"], false);
    assert_eq!(rows[2]["range_end"], serde_json::Value::Null);
    assert_eq!(rows[3]["part_of"], "drugs");
    assert_eq!(json["seizure_totals"].as_array().map(Vec::len), Some(6));
    let by_year = &json["seizure_totals_by_year"];
    assert_eq!(by_year.as_array().map(Vec::len), Some(3));
    assert_eq!(by_year[0]["release"], serde_json::Value::Null);
    assert_eq!(by_year[0]["kilograms"], "1036.824");
    assert_eq!(by_year[2]["approximate"], true);

    let totals: serde_json::Value =
        serde_json::from_str(&archive.json(View::SeizureTotals).expect("JSON")).expect("parses");
    assert_eq!(totals["seizure_totals"], json["seizure_totals"]);
    assert!(totals.get("seizures").is_none() && totals.get("seizure_totals_by_year").is_none());
    // All has every key.
    let all: serde_json::Value =
        serde_json::from_str(&archive.json(View::All).expect("JSON")).expect("parses");
    for key in [
        "events",
        "statistics",
        "seizures",
        "seizure_totals",
        "seizure_totals_by_year",
    ] {
        assert!(all[key].is_array(), "{key}");
    }
}

#[test]
fn the_seizures_csv_is_one_table_and_all_adds_it_after_the_statistics() {
    let archive = Archive::from_releases([("16", &release(16))]);
    let rows = archive.csv(View::Seizures);
    let lines: Vec<&str> = rows.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 1 + 6);
    assert_eq!(
        lines[3],
        "16,#16/2025,KZ,Kazakhstan,2025-08-16,2025-08-31,,drugs,Drugs (unspecified),unspecified,over,2.0,,t,2000.0,false,,drugs,RESULTS OF THE OPERATION,"
    );
    assert_eq!(
        archive.csv(View::All),
        format!(
            "{}\r\n{}\r\n{rows}",
            archive.csv(View::Events),
            archive.csv(View::Statistics)
        )
    );
    assert_eq!(
        archive.csv(View::SeizureTotalsByYear),
        "year,country,country_name,substance,substance_name,drug_group,quantities,kilograms,approximate\r\n\
         2025,KZ,Kazakhstan,cannabis_resin,Cannabis resin,cannabis,2,518.412,false\r\n\
         2025,KZ,Kazakhstan,cannabis_herb,Cannabis herb (marijuana),cannabis,2,1380.12,false\r\n\
         2025,KZ,Kazakhstan,precursors,Precursors (other or unspecified),precursors,1,25000.0,true\r\n"
    );
}

// --- read by pandas, Polars and DuckDB ------------------------------------------------------

/// A release of 120 seizures in whole kilograms (more rows than Polars looks at to type a
/// column), two releases of the issue's sentences (3.412 kg…), a range, a headline to be
/// quoted, and Namibia, whose code `NA` pandas would read as missing if not told.
fn analyst_archive() -> Archive {
    let whole = (1..=120).fold(ArticleBuilder::new("MANY SEIZURES"), |article, kg| {
        article.statistic(stat("hashish", &kg.to_string(), "kg", "cannabis_resin"))
    });
    let many = ReleaseBuilder::caricc()
        .number(15)
        .year(2025)
        .section(SectionBuilder::new("TJ").page(2).article(whole))
        .build()
        .expect("the release builds");
    let range = ArticleBuilder::new("HEROIN, \"WHITE\" AND BROWN")
        .date("20 August")
        .statistic(stat("heroin", "1.5", "kg", "heroin").range_end("2"));
    let namibia = ReleaseBuilder::caricc()
        .number(16)
        .year(2025)
        .section(SectionBuilder::new("NA").page(2).article(range))
        .build()
        .expect("the release builds");
    Archive::from_releases([
        ("15.json", &many),
        ("16.json", &release(16)),
        ("17.json", &release(17)),
        ("na.json", &namibia),
    ])
}

/// The kind each CSV's columns must have in every tool (not every column: names are text).
const EXPECTED: &[(&str, &[(&str, &str)])] = &[
    (
        "rows.csv",
        &[
            ("source", "text"),
            ("release", "text"),
            ("country", "text"),
            ("date_from", "date"),
            ("date_to", "date"),
            ("substance", "text"),
            ("qualifier", "text"),
            ("amount", "decimal"),
            ("range_end", "decimal"),
            ("unit", "text"),
            ("kilograms", "decimal"),
            ("in_totals", "boolean"),
            ("headline", "text"),
        ],
    ),
    (
        "totals.csv",
        &[
            ("release", "text"),
            ("year", "integer"),
            ("country", "text"),
            ("quantities", "integer"),
            ("kilograms", "decimal"),
            ("approximate", "boolean"),
        ],
    ),
    (
        "years.csv",
        &[
            ("year", "integer"),
            ("substance", "text"),
            ("kilograms", "decimal"),
            ("approximate", "boolean"),
        ],
    ),
];

/// The kind each tool gave each column of `file`: (tool, column) → (kind, type).
type Kinds = std::collections::BTreeMap<(String, String), (String, String)>;

#[test]
fn pandas_polars_and_duckdb_type_the_seizures_csvs() {
    let dir = support::process::TempDir::new("seizures", "types");
    let archive = analyst_archive();
    let files = [
        ("rows.csv", View::Seizures),
        ("totals.csv", View::SeizureTotals),
        ("years.csv", View::SeizureTotalsByYear),
    ];
    for (name, view) in files {
        std::fs::write(dir.0.join(name), archive.csv(view)).expect("write the CSV");
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/seizures_csv_types.py");
    let mut command = Command::new("python3");
    command.arg(&script).current_dir(&dir.0);
    command.args(files.iter().map(|(name, _)| name));
    if Command::new("python3").arg("--version").output().is_err() {
        return skip("python3");
    }
    let (ok, out, err) =
        support::process::run_within(&mut command, &dir.0, "python3", Duration::from_secs(120));
    assert!(ok, "the type check failed:\n{err}");
    let (kinds, missing) = read_kinds(&out);
    for tool in ["pandas", "polars", "duckdb"] {
        if missing.iter().any(|m| m == tool) {
            continue;
        }
        for (file, columns) in EXPECTED {
            for (column, kind) in *columns {
                let key = (format!("{tool} {file}"), (*column).to_owned());
                let found = kinds
                    .get(&key)
                    .unwrap_or_else(|| panic!("{key:?} not read"));
                assert_eq!(
                    found.0, *kind,
                    "{tool} reads {file}'s {column} as {}",
                    found.1
                );
            }
        }
    }
    if !missing.is_empty() {
        skip(&missing.join(", "));
    }
}

/// The kinds the script printed, and the tools it found missing.
fn read_kinds(out: &str) -> (Kinds, Vec<String>) {
    let mut kinds = Kinds::new();
    let mut missing = Vec::new();
    for line in out.lines() {
        match line.split('\t').collect::<Vec<_>>()[..] {
            ["missing", tool, _] => missing.push(tool.to_owned()),
            [tool, file, column, kind, name] => {
                kinds.insert(
                    (format!("{tool} {file}"), column.to_owned()),
                    (kind.to_owned(), name.to_owned()),
                );
            }
            _ => panic!("an unexpected line: {line}"),
        }
    }
    (kinds, missing)
}

/// Says, past the harness's capture, that the check was (partly) skipped.
fn skip(missing: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "note: the seizures CSV type check skipped {missing}: not installed \
         (pip install pandas polars duckdb; .ci/run installs them)"
    );
}

/// The issue's "done when", end to end: a release in the text layout whose article says the
/// issue's sentences, read by the text reader (which types the statistics and their
/// substances), gives the issue's seizure rows and totals.
#[test]
fn the_issues_sentences_read_from_the_text_layout_give_its_rows() {
    let mut release = caricc_release::from_json(include_str!("golden/release-2025-16.json"))
        .expect("the golden release reads");
    let article = &mut release.sections[1].articles[1];
    article.body = vec![
        caricc_release::Block::paragraph(
            "In Almaty, police found a package of hashish weighing 3 kg 412 g in a car and \
             120 grams of marijuana in the driver's jacket.",
        ),
        caricc_release::Block::paragraph(
            "Since the beginning of the year over 2 tons of drugs, including 1 ton 380 \
             kilograms of marijuana and 515 kilograms of hashish, and over 25 tons of \
             precursors have been seized.",
        ),
    ];
    // The text layout without the crate's own comments: what a person would write, so the
    // reader reads the statistics from the prose.
    let text: String = caricc_release::layout::markdown(&release)
        .lines()
        .filter(|line| !line.trim_start().starts_with("<!-- caricc "))
        .map(|line| format!("{line}\n"))
        .collect();
    let read = caricc_release::layout::parse(&text)
        .expect("the text reads")
        .release;
    let archive = Archive::from_releases([("16", &read)]);
    let headline = &read.sections[1].articles[1].headline;
    let rows = archive
        .seizures()
        .iter()
        .filter(|r| &r.headline == headline);
    assert_eq!(as_issue_rows(rows), issue_rows());
    let kz = |s: Substance| {
        archive
            .seizure_totals()
            .into_iter()
            .find(|t| t.substance == s)
            .map(|t| t.kilograms.to_string())
    };
    assert_eq!(kz(Substance::CannabisResin).as_deref(), Some("518.412"));
    assert_eq!(kz(Substance::CannabisHerb).as_deref(), Some("1380.12"));
    assert_eq!(kz(Substance::Precursors).as_deref(), Some("25000"));
    // The golden release's own "over 11 tons of drugs" is the only unspecified total.
    assert_eq!(kz(Substance::Drugs).as_deref(), Some("11000"));
}
