//! The JSON Schema of the JSON form (`schema/release.schema.json`) against the real release
//! #16/2025, against arbitrary valid releases, and against the library's own reader: a
//! document the schema refuses must be one `from_json` refuses too, and the other way round,
//! for every case below. The code lists of both schemas must match the crate's ISO tables.

mod support;

use std::sync::OnceLock;

use caricc_release::{
    Code, Country, Currency, EventKind, Format, Qualifier, Substance, Unit, from_json, to_json,
};
use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::{Value, json};
use support::fixtures::{GOLDEN_JSON, SUBSTANCES_JSON};

const SCHEMA: &str = include_str!("../schema/release.schema.json");
const XSD: &str = include_str!("../schema/release.xsd");

fn schema() -> &'static Value {
    static SCHEMA_VALUE: OnceLock<Value> = OnceLock::new();
    SCHEMA_VALUE.get_or_init(|| serde_json::from_str(SCHEMA).expect("the schema is JSON"))
}

/// The validator as most users run it: formats are annotations, patterns assert.
fn plain() -> &'static Validator {
    static PLAIN: OnceLock<Validator> = OnceLock::new();
    PLAIN.get_or_init(|| jsonschema::draft202012::new(schema()).expect("the schema compiles"))
}

/// The validator that also asserts formats (date, uri).
fn strict() -> &'static Validator {
    static STRICT: OnceLock<Validator> = OnceLock::new();
    STRICT.get_or_init(|| {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(schema())
            .expect("the schema compiles")
    })
}

fn errors(validator: &Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn golden() -> Value {
    serde_json::from_str(GOLDEN_JSON).expect("the golden file is JSON")
}

/// The golden document with one change.
fn golden_with(change: impl FnOnce(&mut Value)) -> Value {
    let mut doc = golden();
    change(&mut doc);
    doc
}

/// The first article of the Kazakhstan section (it has statistics with a breakdown).
fn kz_article(doc: &mut Value) -> &mut Value {
    &mut doc["sections"][1]["articles"][0]
}

fn first_statistic(doc: &mut Value) -> &mut Value {
    &mut kz_article(doc)["statistics"][0]
}

fn remove(value: &mut Value, field: &str) {
    value
        .as_object_mut()
        .expect("an object")
        .remove(field)
        .unwrap_or_else(|| panic!("no field {field} to remove"));
}

fn assert_both_accept(case: &str, doc: &Value) {
    let errs = errors(strict(), doc);
    assert!(errs.is_empty(), "{case}: the schema refuses it: {errs:#?}");
    if let Err(e) = from_json(&doc.to_string()) {
        panic!("{case}: from_json refuses it: {e}");
    }
}

fn assert_both_refuse(case: &str, doc: &Value) {
    // Formats only add to the patterns: refused without them is refused with them.
    assert!(
        !plain().is_valid(doc),
        "{case}: the schema (without format assertions) accepts it"
    );
    assert!(
        from_json(&doc.to_string()).is_err(),
        "{case}: from_json accepts it"
    );
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    if let Err(e) = jsonschema::draft202012::meta::validate(schema()) {
        panic!("not a valid draft 2020-12 schema: {e}");
    }
    assert_eq!(
        schema()["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema()["$id"], "urn:caricc-release:1:json-schema");
}

#[test]
fn the_golden_release_is_valid() {
    let doc = golden();
    let errs = errors(strict(), &doc);
    assert!(errs.is_empty(), "release #16/2025: {errs:#?}");
    assert!(plain().is_valid(&doc));
    // And what the library writes of it, which is the same document.
    let written: Value = serde_json::from_str(&to_json(&from_json(GOLDEN_JSON).unwrap()).unwrap())
        .expect("to_json writes JSON");
    assert_eq!(written, doc);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_valid_releases_are_valid(release in support::release()) {
        let doc: Value = serde_json::from_str(&to_json(&release).unwrap()).unwrap();
        let errs = errors(strict(), &doc);
        prop_assert!(errs.is_empty(), "{:#?}\n{}", errs, serde_json::to_string_pretty(&doc).unwrap());
    }
}

#[test]
fn a_missing_required_field_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "article without headline",
            golden_with(|d| remove(kz_article(d), "headline")),
        ),
        (
            "release without summary",
            golden_with(|d| remove(d, "summary")),
        ),
        (
            "publisher without telephones",
            golden_with(|d| remove(&mut d["publisher"], "telephones")),
        ),
        (
            "period without end",
            golden_with(|d| remove(&mut d["period"], "end")),
        ),
        (
            "statistic without unit",
            golden_with(|d| remove(first_statistic(d), "unit")),
        ),
        (
            "part of a breakdown without value",
            golden_with(|d| remove(&mut first_statistic(d)["breakdown"][0], "value")),
        ),
        (
            "section without articles",
            golden_with(|d| remove(&mut d["sections"][0], "articles")),
        ),
        (
            "bullets without items",
            golden_with(|d| remove(&mut kz_article(d)["body"][1], "items")),
        ),
        (
            "block without type",
            golden_with(|d| remove(&mut kz_article(d)["body"][0], "type")),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

#[test]
fn a_value_outside_its_enumeration_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "qualifier roughly",
            golden_with(|d| first_statistic(d)["qualifier"] = json!("roughly")),
        ),
        (
            "country XX",
            golden_with(|d| d["sections"][0]["country"] = json!("XX")),
        ),
        (
            "country in lower case",
            golden_with(|d| d["summary"]["events_by_country"][0]["country"] = json!("az")),
        ),
        (
            "unit tons",
            golden_with(|d| first_statistic(d)["unit"] = json!("tons")),
        ),
        (
            "currency in lower case",
            golden_with(|d| first_statistic(d)["unit"] = json!("usd")),
        ),
        (
            "unknown currency",
            golden_with(|d| first_statistic(d)["unit"] = json!("XYZ")),
        ),
        (
            "other: without text",
            golden_with(|d| first_statistic(d)["unit"] = json!("other:")),
        ),
        (
            "other: with white space only",
            golden_with(|d| first_statistic(d)["unit"] = json!("other: \n\u{a0}")),
        ),
        ("format pdf", golden_with(|d| d["format"] = json!("pdf"))),
        (
            "block type table",
            golden_with(|d| kz_article(d)["body"][0]["type"] = json!("table")),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

#[test]
fn an_unknown_field_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "release.editor",
            golden_with(|d| d["editor"] = json!("someone")),
        ),
        (
            "publisher.address.region",
            golden_with(|d| d["publisher"]["address"]["region"] = json!("Almaty")),
        ),
        (
            "article.summary",
            golden_with(|d| kz_article(d)["summary"] = json!("x")),
        ),
        (
            "statistic.confidence",
            golden_with(|d| first_statistic(d)["confidence"] = json!("high")),
        ),
        (
            "paragraph.speaker",
            golden_with(|d| kz_article(d)["body"][0]["speaker"] = json!({"name": "x"})),
        ),
        (
            "period.days",
            golden_with(|d| d["period"]["days"] = json!(16)),
        ),
        (
            "summary.events_by_country[0].share",
            golden_with(|d| d["summary"]["events_by_country"][0]["share"] = json!("0.5")),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

#[test]
fn a_malformed_number_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "value as a JSON fraction",
            golden_with(|d| first_statistic(d)["value"] = json!(2.5)),
        ),
        (
            "value with an exponent",
            golden_with(|d| first_statistic(d)["value"] = json!("1e3")),
        ),
        (
            "value with grouping",
            golden_with(|d| first_statistic(d)["value"] = json!("38,000")),
        ),
        (
            "value with a plus sign",
            golden_with(|d| first_statistic(d)["value"] = json!("+1")),
        ),
        (
            "value with 39 significant digits",
            golden_with(|d| first_statistic(d)["value"] = json!("1".repeat(39))),
        ),
        (
            "value with 29 decimals",
            golden_with(|d| first_statistic(d)["value"] = json!(format!("0.{}", "1".repeat(29)))),
        ),
        (
            "range end without digits after the point",
            golden_with(|d| first_statistic(d)["range_end"] = json!("5.")),
        ),
        (
            "number below zero",
            golden_with(|d| d["number"] = json!(-1)),
        ),
        (
            "page beyond u32",
            golden_with(|d| d["contents"][0]["page"] = json!(4_294_967_296u64)),
        ),
        (
            "page as a string",
            golden_with(|d| d["sections"][0]["page"] = json!("2")),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

#[test]
fn a_malformed_date_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "impossible period date",
            golden_with(|d| d["period"]["start"] = json!("2025-02-30")),
        ),
        (
            "period date with a time",
            golden_with(|d| d["period"]["end"] = json!("2025-08-31T00:00:00")),
        ),
        (
            "article date in words",
            golden_with(|d| kz_article(d)["date"] = json!("29 August")),
        ),
        (
            "article date without year, impossible",
            golden_with(|d| kz_article(d)["date"] = json!("--02-30")),
        ),
        (
            "article date without year, one-digit month",
            golden_with(|d| kz_article(d)["date"] = json!("--8-29")),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

#[test]
fn a_malformed_tag_address_or_null_is_refused() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "language tag with a space",
            golden_with(|d| d["language"] = json!("english language")),
        ),
        (
            "language tag ending in a dash",
            golden_with(|d| d["language"] = json!("en-")),
        ),
        (
            "phone number ending in a space",
            golden_with(|d| d["publisher"]["telephones"][0] = json!("+7 727 259 99 90 ")),
        ),
        (
            "phone number in words",
            golden_with(|d| d["publisher"]["fax"] = json!("call us")),
        ),
        (
            "e-mail without @",
            golden_with(|d| d["publisher"]["email"] = json!("registry.caricc.org")),
        ),
        (
            "e-mail with a space",
            golden_with(|d| d["publisher"]["email"] = json!("registry@caricc .org")),
        ),
        (
            "website without scheme",
            golden_with(|d| d["publisher"]["website"] = json!("www.caricc.org")),
        ),
        (
            "sources null",
            golden_with(|d| kz_article(d)["sources"] = Value::Null),
        ),
        (
            "qualifier null",
            golden_with(|d| first_statistic(d)["qualifier"] = Value::Null),
        ),
    ];
    for (case, doc) in cases {
        assert_both_refuse(case, &doc);
    }
}

/// What the writer never writes but the reader takes, and the schema takes too: values.
#[test]
fn the_readers_leniencies_in_values_are_valid() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "value as a JSON whole number",
            golden_with(|d| first_statistic(d)["value"] = json!(4655)),
        ),
        (
            "negative value with leading zeros",
            golden_with(|d| first_statistic(d)["value"] = json!("-002.50")),
        ),
        (
            "38 significant digits after leading zeros",
            golden_with(|d| first_statistic(d)["value"] = json!(format!("000{}", "9".repeat(38)))),
        ),
        (
            "explicit exact qualifier",
            golden_with(|d| first_statistic(d)["qualifier"] = json!("exact")),
        ),
        (
            "29 February without a year",
            golden_with(|d| kz_article(d)["date"] = json!("--02-29")),
        ),
        (
            "29 February of a leap year",
            golden_with(|d| kz_article(d)["date"] = json!("2024-02-29")),
        ),
        (
            "other units, currencies, masses",
            golden_with(|d| {
                first_statistic(d)["unit"] = json!("other:doses");
                first_statistic(d)["breakdown"][0]["unit"] = json!("other:\n pills");
                kz_article(d)["statistics"][1]["unit"] = json!("USD");
                kz_article(d)["statistics"][2]["unit"] = json!("mg");
            }),
        ),
        (
            "language tags",
            golden_with(|d| d["language"] = json!("kk-Cyrl-KZ")),
        ),
        (
            "phone numbers as printed",
            golden_with(|d| {
                d["publisher"]["telephones"] = json!(["(727) 259-99.90", "+ 7 727", "8"]);
            }),
        ),
        (
            "reversed period",
            golden_with(|d| d["period"] = json!({"start": "2025-08-31", "end": "2025-08-16"})),
        ),
    ];
    for (case, doc) in cases {
        assert_both_accept(case, &doc);
    }
}

/// What the writer never writes but the reader takes, and the schema takes too: nulls and
/// empty or missing parts.
#[test]
fn the_readers_leniencies_in_structure_are_valid() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "null for absent optional fields",
            golden_with(|d| {
                d["summary"]["topics"] = Value::Null;
                d["publisher"]["fax"] = Value::Null;
                d["sections"][0]["page"] = Value::Null;
                kz_article(d)["date"] = Value::Null;
                first_statistic(d)["range_end"] = Value::Null;
                first_statistic(d)["area"] = Value::Null;
                kz_article(d)["body"][0] = json!({"type": "quote", "text": "x", "speaker": null});
                kz_article(d)["body"][2] =
                    json!({"type": "quote", "text": "y", "speaker": {"name": "z", "role": null}});
            }),
        ),
        (
            "article without body, sources and statistics",
            golden_with(|d| {
                let a = kz_article(d);
                remove(a, "body");
                remove(a, "sources");
                remove(a, "statistics");
            }),
        ),
        (
            "empty bullets",
            golden_with(|d| kz_article(d)["body"][1]["items"] = json!([])),
        ),
        (
            "no sections, contents or counts",
            golden_with(|d| {
                d["sections"] = json!([]);
                d["contents"] = json!([]);
                d["summary"]["events_by_country"] = json!([]);
            }),
        ),
    ];
    for (case, doc) in cases {
        assert_both_accept(case, &doc);
    }
}

fn json_enum(def: &str) -> Vec<&'static str> {
    schema()["$defs"][def]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("$defs.{def}.enum is a list"))
        .iter()
        .map(|v| v.as_str().expect("codes are strings"))
        .collect()
}

/// The `xs:enumeration` values between a pair of generator markers of the XSD.
fn xsd_enum(name: &str) -> Vec<&'static str> {
    let begin = format!("<!-- BEGIN generated: {name} -->");
    let end = format!("<!-- END generated: {name} -->");
    let start = XSD.find(&begin).expect("begin marker") + begin.len();
    let stop = XSD.find(&end).expect("end marker");
    XSD[start..stop]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.strip_prefix("<xs:enumeration value=\"")
                .and_then(|l| l.strip_suffix("\"/>"))
                .unwrap_or_else(|| panic!("unexpected line in the {name}: {l}"))
        })
        .collect()
}

#[test]
fn the_code_lists_match_the_iso_tables() {
    let countries: Vec<&str> = Country::all().map(|c| c.alpha2()).collect();
    let currencies: Vec<&str> = Currency::all().map(|c| c.code()).collect();
    let hint = "run python3 tools/gen-schema-enums.py";
    assert_eq!(json_enum("countryCode"), countries, "{hint}");
    assert_eq!(json_enum("currencyCode"), currencies, "{hint}");
    assert_eq!(xsd_enum("country codes"), countries, "{hint}");
    assert_eq!(xsd_enum("currency codes"), currencies, "{hint}");
}

#[test]
fn the_small_enumerations_match_the_model() {
    let qualifiers: Vec<&str> = json_enum("qualifier");
    assert_eq!(
        qualifiers,
        Qualifier::ALL
            .iter()
            .map(|q| q.as_str())
            .collect::<Vec<_>>(),
        "qualifier codes"
    );
    for code in json_enum("format") {
        assert_eq!(code.parse::<Format>().unwrap().to_string(), code);
    }
    let fixed = schema()["$defs"]["unit"]["oneOf"][0]["enum"]
        .as_array()
        .expect("the fixed unit codes");
    assert_eq!(
        fixed.len(),
        19,
        "count, t, kg, g, mg, lb, oz, l, ml, m3, ha, m2, percent, five durations, factor"
    );
    for code in fixed {
        let code = code.as_str().unwrap();
        let unit: Unit = code.parse().unwrap();
        assert!(
            !matches!(unit, Unit::Currency(_) | Unit::Other(_)),
            "{code}"
        );
        assert_eq!(unit.to_string(), code);
        assert!(
            XSD.contains(&format!("<xs:enumeration value=\"{code}\"/>")),
            "{code} in the XSD's fixed units"
        );
    }
    for q in Qualifier::ALL {
        assert!(
            XSD.contains(&format!("<xs:enumeration value=\"{q}\"/>")),
            "{q} in the XSD's qualifiers"
        );
    }
}

/// The `xs:enumeration` values of a simple type of the XSD.
fn xsd_type_enum(name: &str) -> Vec<&'static str> {
    let begin = format!("<xs:simpleType name=\"{name}\">");
    let start = XSD.find(&begin).expect("the simple type") + begin.len();
    let stop = start + XSD[start..].find("</xs:simpleType>").expect("its end");
    XSD[start..stop]
        .split("<xs:enumeration value=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(code, _)| code))
        .collect()
}

/// A new substance or event kind cannot be forgotten in either schema.
#[test]
fn the_substance_and_event_kind_codes_match_the_model() {
    let substances: Vec<&str> = Substance::ALL.iter().map(Substance::as_str).collect();
    let kinds: Vec<&str> = EventKind::ALL.iter().map(EventKind::as_str).collect();
    assert_eq!(
        json_enum("substance"),
        substances,
        "JSON Schema $defs.substance"
    );
    assert_eq!(json_enum("eventKind"), kinds, "JSON Schema $defs.eventKind");
    assert_eq!(xsd_type_enum("Substance"), substances, "XSD Substance");
    assert_eq!(xsd_type_enum("EventKind"), kinds, "XSD EventKind");
}

/// The hand-written fixture with substances and event kinds: valid, read, written back to
/// the same document, and valid for validate() too.
#[test]
fn the_substances_fixture_is_valid_and_round_trips() {
    let doc: Value = serde_json::from_str(SUBSTANCES_JSON).expect("the fixture is JSON");
    assert_both_accept("tests/fixtures/substances-and-event-kinds.json", &doc);
    let release = from_json(SUBSTANCES_JSON).unwrap();
    let article = &release.sections[0].articles[1];
    assert_eq!(article.statistics[0].substance, Some(Substance::Drugs));
    assert_eq!(
        article.statistics[0].breakdown[1].substance,
        Some(Substance::CannabisResin)
    );
    assert_eq!(
        article.event_kinds,
        [
            EventKind::Seizure,
            EventKind::LaboratoryDismantled,
            EventKind::PlantationDestroyed
        ]
    );
    let written: Value = serde_json::from_str(&to_json(&release).unwrap()).unwrap();
    assert_eq!(written, doc);
    assert!(release.validate().is_empty(), "{:#?}", release.validate());
}

#[test]
fn unknown_substances_and_event_kinds_are_refused() {
    let doc: Value = serde_json::from_str(SUBSTANCES_JSON).unwrap();
    let mut bad = doc.clone();
    bad["sections"][0]["articles"][0]["statistics"][0]["substance"] = json!("hashish");
    assert_both_refuse("substance hashish", &bad);
    let mut bad = doc.clone();
    bad["sections"][0]["articles"][0]["event_kinds"][1] = json!("detention");
    assert_both_refuse("event kind detention", &bad);
    let mut bad = doc.clone();
    bad["sections"][0]["articles"][0]["event_kinds"] = json!("seizure");
    assert_both_refuse("event kinds not a list", &bad);
    // Null for no substance, as for the other optional fields.
    let mut null = doc;
    null["sections"][0]["articles"][0]["statistics"][0]["substance"] = Value::Null;
    assert_both_accept("null substance", &null);
}

/// A kind listed twice: the schema refuses it (uniqueItems); `from_json` reads it, and
/// validate() reports it, so that a document from elsewhere can be read and repaired.
#[test]
fn an_event_kind_listed_twice_is_refused_by_the_schema_and_reported_by_validate() {
    let mut doc: Value = serde_json::from_str(SUBSTANCES_JSON).unwrap();
    doc["sections"][0]["articles"][0]["event_kinds"] = json!(["arrest", "arrest"]);
    assert!(!plain().is_valid(&doc));
    let release = from_json(&doc.to_string()).expect("from_json reads it");
    let codes: Vec<Code> = release
        .validate()
        .problems()
        .iter()
        .map(|p| p.code())
        .collect();
    assert_eq!(codes, [Code::EventKindsUnordered]);
}
