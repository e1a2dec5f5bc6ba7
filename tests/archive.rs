//! The archive view over several releases: rows, totals, tables, CSV and JSON.

mod support;

use caricc_release::collection::{Archive, View};
use caricc_release::{Decimal, Release, Statistic, Unit};
use support::fixtures::{VARIANT_19, golden};

/// The golden release as if it were #17, 1–15 September 2025.
fn seventeen() -> Release {
    let mut release = golden();
    release.number = 17;
    release.period = "01-15.09.2025".parse().expect("a period");
    release
}

/// #19/2025 (Tajikistan 2, Turkmenistan 1, Uzbekistan 2), read from the text layout.
fn variant() -> Release {
    caricc_release::layout::parse(VARIANT_19)
        .expect("the variant reads")
        .release
}

fn two() -> Archive {
    let (a, b) = (golden(), seventeen());
    Archive::from_releases([("16.json", &a), ("17.json", &b)])
}

/// Reads RFC 4180 CSV (CRLF line ends, quoted fields) into records; blank lines end a
/// section and are returned as empty records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut line_has_content = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field: {text}");
                quoted = true;
                line_has_content = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                line_has_content = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                if line_has_content || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                }
                records.push(std::mem::take(&mut record));
                line_has_content = false;
            }
            '\n' => panic!("a bare LF outside quotes: {text:?}"),
            other => {
                field.push(other);
                line_has_content = true;
            }
        }
    }
    assert!(!quoted, "an unclosed quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last line lacks its CRLF"
    );
    records
}

/// The event rows of `two()`: source | release | period | country | its name | events.
const EVENTS: [&str; 8] = [
    "16.json | #16/2025 | 16-31.08.2025 | AZ | Azerbaijan | 7",
    "16.json | #16/2025 | 16-31.08.2025 | KZ | Kazakhstan | 3",
    "16.json | #16/2025 | 16-31.08.2025 | KG | Kyrgyzstan | 1",
    "16.json | #16/2025 | 16-31.08.2025 | RU | Russia | 2",
    "17.json | #17/2025 | 01-15.09.2025 | AZ | Azerbaijan | 7",
    "17.json | #17/2025 | 01-15.09.2025 | KZ | Kazakhstan | 3",
    "17.json | #17/2025 | 01-15.09.2025 | KG | Kyrgyzstan | 1",
    "17.json | #17/2025 | 01-15.09.2025 | RU | Russia | 2",
];

#[test]
fn events_per_release_and_country() {
    let archive = two();
    assert_eq!(archive.len(), 2);
    let rows: Vec<String> = archive
        .events()
        .iter()
        .map(|r| {
            format!(
                "{} | {} | {} | {} | {} | {}",
                r.source,
                r.release,
                r.period,
                r.country.alpha2(),
                r.country_name,
                r.events
            )
        })
        .collect();
    assert_eq!(rows, EVENTS);

    let releases = archive.releases();
    assert_eq!(releases.len(), 2);
    assert_eq!(
        (
            releases[1].release.to_string(),
            releases[1].events,
            releases[1].statistics
        ),
        ("#17/2025".to_owned(), 13, 23)
    );
}

#[test]
fn totals_per_country_and_in_all() {
    let archive = two();
    let totals: Vec<(&str, &str, u64, u64)> = archive
        .country_totals()
        .iter()
        .map(|t| (t.country.alpha2(), t.country_name, t.releases, t.events))
        .collect();
    assert_eq!(
        totals,
        [
            ("AZ", "Azerbaijan", 2, 14),
            ("KZ", "Kazakhstan", 2, 6),
            ("KG", "Kyrgyzstan", 2, 2),
            ("RU", "Russia", 2, 4),
        ]
    );
    assert_eq!(archive.total_events(), 26);

    // With a release of other countries, read from the text layout: countries in the order
    // they first appear, each counted in the releases that have it.
    let (a, b) = (golden(), variant());
    let mixed = Archive::from_releases([("16.json", &a), ("19.txt", &b)]);
    let totals: Vec<(&str, u64, u64)> = mixed
        .country_totals()
        .iter()
        .map(|t| (t.country.alpha2(), t.releases, t.events))
        .collect();
    assert_eq!(
        totals,
        [
            ("AZ", 1, 7),
            ("KZ", 1, 3),
            ("KG", 1, 1),
            ("RU", 1, 2),
            ("TJ", 1, 2),
            ("TM", 1, 1),
            ("UZ", 1, 2),
        ]
    );
    assert_eq!(mixed.total_events(), 18);
    assert_eq!(mixed.events()[4].release.to_string(), "#19/2025");
    assert_eq!(mixed.events()[4].period.to_string(), "01-15.10.2025");
    // Every statistic of the text layout is a row, parts included.
    fn count(s: &Statistic) -> usize {
        1 + s.breakdown.iter().map(count).sum::<usize>()
    }
    let expected: usize = b
        .articles()
        .flat_map(|(_, a)| &a.statistics)
        .map(count)
        .sum();
    assert_eq!(mixed.statistics().len(), 23 + expected);
    assert!(
        mixed.statistics()[23..]
            .iter()
            .all(|r| r.release.to_string() == "#19/2025")
    );
}

#[test]
fn the_same_release_twice_counts_twice() {
    let release = golden();
    let mut archive = Archive::new();
    archive.add("a.json", &release).add("a.xml", &release);
    assert_eq!(archive.total_events(), 26);
    assert_eq!(archive.events()[4].source, "a.xml");
}

#[test]
fn an_empty_archive() {
    let archive = Archive::new();
    assert!(archive.is_empty());
    assert_eq!(archive.total_events(), 0);
    assert_eq!(
        archive.table(View::Events),
        "RELEASE  PERIOD  COUNTRY  EVENTS  SOURCE\n\nCOUNTRY  RELEASES  EVENTS\nTOTAL           0       0\n"
    );
    assert_eq!(
        archive.csv(View::Events),
        "source,release,period,country,country_name,events\r\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&archive.json(View::All).expect("JSON")).expect("parses");
    assert_eq!(
        json,
        serde_json::json!({
            "releases": [],
            "events": [],
            "country_totals": [],
            "total_events": 0,
            "statistics": [],
            "seizures": [],
            "seizure_totals": [],
            "seizure_totals_by_year": [],
        })
    );
}

#[test]
fn statistics_in_document_order_with_parts() {
    let archive = two();
    let rows = archive.statistics();
    assert_eq!(rows.len(), 46);
    // release | country | measure | value | range_end | unit | part_of
    let brief: Vec<String> = rows[..3]
        .iter()
        .map(|r| {
            format!(
                "{} | {} | {} | {} | {} | {} | {}",
                r.release,
                r.country,
                r.measure,
                r.value,
                r.range_end.map(|d| d.to_string()).unwrap_or_default(),
                r.unit,
                r.part_of.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            "#16/2025 | KZ | drug crimes detected | 4655 |  | count | ",
            "#16/2025 | KZ | serious and particularly serious drug crimes | 2100 |  | count | drug crimes detected",
            "#16/2025 | KZ | criminal cases initiated for creation of organized criminal groups | 24 |  | count | ",
        ]
    );
    let first = &rows[0];
    assert_eq!(
        first.headline,
        "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        first.reference_period.as_deref(),
        Some("first seven months of this year")
    );
    assert_eq!(first.depth, 0);
    assert_eq!(rows[1].depth, 1);
    // The second release's rows follow the first's.
    assert_eq!(rows[23].release.to_string(), "#17/2025");
    assert_eq!(rows[23].measure, "drug crimes detected");
}

#[test]
fn statistics_keep_money_exact_qualifiers_and_ranges() {
    let archive = two();
    let rows = archive.statistics();
    let money = rows
        .iter()
        .find(|r| r.unit.to_string() == "KZT")
        .expect("tenge");
    assert_eq!(money.value.to_string(), "2500000000");
    let over = rows
        .iter()
        .find(|r| r.measure == "losses of the drug trade")
        .expect("losses");
    assert_eq!(
        (
            over.qualifier.as_str(),
            over.value.to_string(),
            over.unit.to_string()
        ),
        ("over", "110000000".to_owned(), "USD".to_owned())
    );
    let range = rows
        .iter()
        .find(|r| r.range_end.is_some())
        .expect("a range");
    assert_eq!(
        (
            range.measure.as_str(),
            range.value.to_string(),
            range.range_end.map(|d| d.to_string())
        ),
        (
            "prison term for drug trafficking",
            "5".to_owned(),
            Some("20".to_owned())
        )
    );
    assert_eq!(range.headline, rows[22].headline);
    assert_eq!(
        range.headline,
        "MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME"
    );
}

/// The golden release with one article carrying awkward text and a nested breakdown.
fn awkward() -> Release {
    let mut release = golden();
    let article = &mut release.sections[1].articles[1];
    article.headline = "RAIDS, \"CLEAN\" STREETS\nAND MORE".to_owned();
    let mut total = Statistic::new(
        "seized, in all",
        "2.50".parse::<Decimal>().expect("decimal"),
        "t".parse::<Unit>().expect("unit"),
    );
    let mut part = Statistic::new(
        "heroin",
        "1.5".parse::<Decimal>().expect("decimal"),
        "t".parse::<Unit>().expect("unit"),
    );
    part.breakdown.push(Statistic::new(
        "\"white\" heroin",
        "500".parse::<Decimal>().expect("decimal"),
        "kg".parse::<Unit>().expect("unit"),
    ));
    total.breakdown.push(part);
    total.area = Some("Almaty, Shymkent".to_owned());
    article.statistics.push(total);
    release
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let release = awkward();
    let archive = Archive::from_releases([("a,b.json", &release)]);
    let csv = archive.csv(View::Statistics);
    assert!(csv.contains(
        "\r\n\"a,b.json\",#16/2025,KZ,Kazakhstan,\"RAIDS, \"\"CLEAN\"\" STREETS\nAND MORE\",\"seized, in all\",exact,2.50,,t,,\"Almaty, Shymkent\",\r\n"
    ), "{csv}");
    assert!(csv.contains(
        ",heroin,exact,1.5,,t,,,\"seized, in all\"\r\n\"a,b.json\",#16/2025,KZ,Kazakhstan,\"RAIDS, \"\"CLEAN\"\" STREETS\nAND MORE\",\"\"\"white\"\" heroin\",exact,500,,kg,,,heroin\r\n"
    ), "{csv}");

    // Every record has the header's 13 fields, and the fields read back as written.
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 1 + 26);
    assert!(records.iter().all(|r| r.len() == 13), "{records:?}");
    assert_eq!(records[0][4], "headline");
    let nested = &records[22];
    assert_eq!(nested[0], "a,b.json");
    assert_eq!(nested[4], "RAIDS, \"CLEAN\" STREETS\nAND MORE");
    assert_eq!(nested[5], "\"white\" heroin");
    assert_eq!(nested[12], "heroin");
    assert_eq!(records[20][7], "2.50", "the value exactly as written");
    assert_eq!(records[20][11], "Almaty, Shymkent");

    // The events CSV quotes the source too.
    let events = parse_csv(&archive.csv(View::Events));
    assert_eq!(events.len(), 5);
    assert!(events.iter().all(|r| r.len() == 6));
    assert_eq!(
        events[1],
        [
            "a,b.json",
            "#16/2025",
            "2025-08-16/2025-08-31",
            "AZ",
            "Azerbaijan",
            "7"
        ]
    );
}

#[test]
fn csv_views() {
    let archive = two();
    let events = archive.csv(View::Events);
    let statistics = archive.csv(View::Statistics);
    assert_eq!(archive.csv(View::Events), events);
    assert_eq!(archive.csv(View::Statistics), statistics);
    let seizures = archive.csv(View::Seizures);
    assert_eq!(
        archive.csv(View::All),
        format!("{events}\r\n{statistics}\r\n{seizures}")
    );
    assert_eq!(
        events.split("\r\n").nth(5),
        Some("17.json,#17/2025,2025-09-01/2025-09-15,AZ,Azerbaijan,7")
    );
    assert_eq!(
        statistics.split("\r\n").next(),
        Some(
            "source,release,country,country_name,headline,measure,qualifier,value,range_end,unit,reference_period,area,part_of"
        )
    );
    assert_eq!(
        statistics.split("\r\n").nth(2),
        Some(
            "16.json,#16/2025,KZ,Kazakhstan,\"MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS\",serious and particularly serious drug crimes,exact,2100,,count,,,drug crimes detected"
        )
    );
    // Three sections, the same number of fields in each; the golden release has two
    // quantities of a substance (over 11 tons of drugs, over one ton of synthetic drugs), so
    // the seizures CSV is its header and four rows.
    let records = parse_csv(&archive.csv(View::All));
    let blank = records
        .iter()
        .position(|r| r.is_empty())
        .expect("a blank line");
    assert_eq!(blank, 9);
    assert!(records[..blank].iter().all(|r| r.len() == 6));
    let second = blank + 1 + 47;
    assert!(records[blank + 1..second].iter().all(|r| r.len() == 13));
    assert!(records[second].is_empty());
    assert!(records[second + 1..].iter().all(|r| r.len() == 20));
    assert_eq!(records.len(), 9 + 1 + 47 + 1 + 1 + 4);
}

#[test]
fn table_events_view() {
    let archive = two();
    assert_eq!(
        archive.table(View::Events),
        "\
RELEASE   PERIOD         COUNTRY        EVENTS  SOURCE
#16/2025  16-31.08.2025  AZ Azerbaijan       7  16.json
#16/2025  16-31.08.2025  KZ Kazakhstan       3  16.json
#16/2025  16-31.08.2025  KG Kyrgyzstan       1  16.json
#16/2025  16-31.08.2025  RU Russia           2  16.json
#17/2025  01-15.09.2025  AZ Azerbaijan       7  17.json
#17/2025  01-15.09.2025  KZ Kazakhstan       3  17.json
#17/2025  01-15.09.2025  KG Kyrgyzstan       1  17.json
#17/2025  01-15.09.2025  RU Russia           2  17.json

COUNTRY        RELEASES  EVENTS
AZ Azerbaijan         2      14
KZ Kazakhstan         2       6
KG Kyrgyzstan         2       2
RU Russia             2       4
TOTAL                 2      26
"
    );
}

#[test]
fn table_statistics_view() {
    let archive = two();
    let table = archive.table(View::Statistics);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 1 + 46);
    assert_eq!(
        lines[0],
        "RELEASE   COUNTRY  QUALIFIER       VALUE  TO  UNIT    MEASURE                                                             HEADLINE"
    );
    assert_eq!(
        lines[1],
        "#16/2025  KZ                        4655      count   drug crimes detected                                                MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[2],
        "#16/2025  KZ                        2100      count   └ serious and particularly serious drug crimes                      MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[15],
        "#16/2025  KZ                  2500000000      KZT     suspicious transactions on blocked card accounts                    MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[19],
        "#16/2025  KZ       over        110000000      USD     losses of the drug trade                                            MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[23],
        "#16/2025  KZ                           5  20  year    prison term for drug trafficking                                    MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME"
    );
    assert!(lines.iter().all(|l| l == &l.trim_end()));

    // All: the events, the totals, the statistics, then the seizures and their totals, a
    // blank line apart.
    assert_eq!(
        archive.table(View::All),
        format!(
            "{}\n{table}\n{}",
            archive.table(View::Events),
            archive.table(View::Seizures)
        )
    );
}

#[test]
fn table_shows_line_breaks_as_spaces_and_nests_parts() {
    let release = awkward();
    let archive = Archive::from_releases([("x", &release)]);
    let table = archive.table(View::Statistics);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 1 + 26, "{table}");
    assert!(
        lines[20].contains("  2.50      t       seized, in all  "),
        "{table}"
    );
    assert!(
        lines[21].contains("   1.5      t       └ heroin  "),
        "{table}"
    );
    assert!(
        lines[22].contains("   500      kg        └ \"white\" heroin  "),
        "{table}"
    );
    assert!(
        lines[22].ends_with("RAIDS, \"CLEAN\" STREETS AND MORE"),
        "{table}"
    );
}

/// The keys of a JSON object, sorted.
fn sorted_keys(json: &serde_json::Value) -> Vec<&str> {
    let mut keys: Vec<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn two_as_json() -> serde_json::Value {
    serde_json::from_str(&two().json(View::All).expect("JSON")).expect("parses")
}

#[test]
fn json_shape() {
    let text = two().json(View::All).expect("JSON");
    assert!(text.ends_with("}\n"));
    assert!(text.starts_with("{\n  \"releases\": [\n    {\n      \"source\": \"16.json\","));
    let json: serde_json::Value = serde_json::from_str(&text).expect("parses");
    assert_eq!(
        sorted_keys(&json),
        [
            "country_totals",
            "events",
            "releases",
            "seizure_totals",
            "seizure_totals_by_year",
            "seizures",
            "statistics",
            "total_events"
        ]
    );
    assert_eq!(
        json["releases"][1],
        serde_json::json!({
            "source": "17.json",
            "release": "#17/2025",
            "period": "2025-09-01/2025-09-15",
            "events": 13,
            "statistics": 23,
        })
    );
    assert_eq!(
        json["events"][5],
        serde_json::json!({
            "source": "17.json",
            "release": "#17/2025",
            "period": "2025-09-01/2025-09-15",
            "country": "KZ",
            "country_name": "Kazakhstan",
            "events": 3,
        })
    );
    assert_eq!(json["events"].as_array().map(Vec::len), Some(8));
    assert_eq!(
        json["country_totals"][0],
        serde_json::json!({"country": "AZ", "country_name": "Azerbaijan", "releases": 2, "events": 14})
    );
    assert_eq!(json["total_events"], 26);
}

#[test]
fn json_statistics() {
    let json = two_as_json();
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(46));
    assert_eq!(
        json["statistics"][1],
        serde_json::json!({
            "source": "16.json",
            "release": "#16/2025",
            "country": "KZ",
            "country_name": "Kazakhstan",
            "headline": "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS",
            "measure": "serious and particularly serious drug crimes",
            "qualifier": "exact",
            "value": "2100",
            "range_end": null,
            "unit": "count",
            "reference_period": null,
            "area": null,
            "part_of": "drug crimes detected",
        })
    );
    assert_eq!(json["statistics"][22]["range_end"], "20");
    assert_eq!(json["statistics"][14]["value"], "2500000000");
}

#[test]
fn json_views_select_keys() {
    // `releases` is always there.
    let archive = two();
    let events: serde_json::Value =
        serde_json::from_str(&archive.json(View::Events).expect("JSON")).expect("parses");
    assert!(events.get("statistics").is_none());
    assert_eq!(events["total_events"], 26);
    let statistics: serde_json::Value =
        serde_json::from_str(&archive.json(View::Statistics).expect("JSON")).expect("parses");
    assert_eq!(sorted_keys(&statistics), ["releases", "statistics"]);
}

#[test]
fn json_keeps_values_exact() {
    let release = awkward();
    let archive = Archive::from_releases([("x", &release)]);
    let json: serde_json::Value =
        serde_json::from_str(&archive.json(View::All).expect("JSON")).expect("parses");
    let row = &json["statistics"][19];
    assert_eq!(row["value"], "2.50");
    assert_eq!(row["headline"], "RAIDS, \"CLEAN\" STREETS\nAND MORE");
    assert_eq!(row["area"], "Almaty, Shymkent");
    assert_eq!(json["statistics"][21]["part_of"], "heroin");
}
