//! JSON: errors with position, kind and message; what is refused and what is accepted; the
//! documented forms of periods, dates and decimals.

mod sample;
mod support;

use caricc_release::json::{Error, ErrorKind};
use caricc_release::{
    ArticleDate, Code, Decimal, Qualifier, Release, from_json, from_json_reader, to_json,
    to_json_pretty, to_json_writer,
};
use sample::valid_release;
use serde_json::{Value, json};
use support::fixtures::without_substances_and_event_kinds;

fn sample_value() -> Value {
    serde_json::to_value(valid_release()).unwrap()
}

/// Reads `value` as a release.
fn read(value: &Value) -> Result<Release, Error> {
    from_json(&serde_json::to_string_pretty(value).unwrap())
}

/// The message after the position, as `Display` shows it.
fn message(err: &Error) -> String {
    let shown = err.to_string();
    shown
        .split_once(": ")
        .map(|(_, m)| m.to_owned())
        .unwrap_or(shown)
}

#[track_caller]
fn assert_data_error(value: &Value, part: &str) -> Error {
    let err = read(value).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data, "{err}");
    assert!(
        err.to_string().starts_with("not a release at line "),
        "{err}"
    );
    assert!(err.line() > 0 && err.column() > 0, "{err}");
    assert!(
        err.to_string().contains(part),
        "{:?} lacks {part:?}",
        err.to_string()
    );
    err
}

/// The statistic of the sample, as JSON.
fn labs(value: &mut Value) -> &mut Value {
    &mut value["sections"][0]["articles"][1]["statistics"][0]
}

// ---------------------------------------------------------------- malformed input

#[test]
fn a_syntax_error_has_line_column_and_a_lowercase_message() {
    let err = from_json("{\n  \"title\": \"x\",,\n}").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!((err.line(), err.column()), (2, 16));
    assert_eq!(
        err.to_string(),
        "invalid JSON at line 2, column 16: key must be a string"
    );
    assert!(message(&err).starts_with(char::is_lowercase));
}

#[test]
fn the_documented_example_position() {
    let err = from_json("{\"number\": 16,\n \"year\": }").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!((err.line(), err.column()), (2, 10));
    assert_eq!(
        err.to_string(),
        "invalid JSON at line 2, column 10: expected value"
    );
}

#[test]
fn input_ending_early_is_an_eof_error() {
    let err = from_json("{\"title\": \"x\"").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Eof);
    assert_eq!((err.line(), err.column()), (1, 13));
    assert_eq!(
        err.to_string(),
        "invalid JSON at line 1, column 13: EOF while parsing an object"
    );

    let err = from_json("").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Eof);
    assert!(err.to_string().starts_with("invalid JSON"), "{err}");
}

#[test]
fn a_wrong_type_is_a_data_error_with_its_position() {
    let err = from_json("{\"title\": 5}").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!((err.line(), err.column()), (1, 11));
    assert_eq!(
        err.to_string(),
        "not a release at line 1, column 11: invalid type: integer `5`, expected a string"
    );
    assert!(message(&err).starts_with(char::is_lowercase));
}

#[test]
fn a_missing_field_is_named() {
    let mut value = sample_value();
    value.as_object_mut().unwrap().remove("title");
    let err = assert_data_error(&value, "missing field `title`");
    assert!(message(&err).starts_with(char::is_lowercase));

    let mut value = sample_value();
    value["sections"][0]["articles"][0]
        .as_object_mut()
        .unwrap()
        .remove("headline");
    assert_data_error(&value, "missing field `headline`");
}

#[test]
fn unknown_fields_are_refused_with_their_name() {
    let err = from_json("{\"title\": \"x\", \"editor\": 1}").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!((err.line(), err.column()), (1, 23));
    assert!(
        message(&err).starts_with("unknown field `editor`, expected one of `title`"),
        "{err}"
    );

    // At every level of the model.
    let places: [(&[&str], &str); 6] = [
        (&["summary"], "note"),
        (&["publisher", "address"], "region"),
        (&["sections", "0"], "colour"),
        (&["sections", "0", "articles", "1"], "author"),
        (
            &["sections", "0", "articles", "1", "statistics", "0"],
            "confidence",
        ),
        (&["sections", "1", "articles", "0", "body", "1"], "language"),
    ];
    for (path, field) in places {
        let mut value = sample_value();
        let mut at = &mut value;
        for key in path {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        at.as_object_mut()
            .unwrap()
            .insert(field.to_owned(), json!("x"));
        assert_data_error(&value, &format!("unknown field `{field}`"));
    }
}

#[test]
fn an_unknown_block_type_is_refused() {
    let mut value = sample_value();
    value["sections"][1]["articles"][0]["body"][0] = json!({"type": "table", "rows": []});
    assert_data_error(&value, "unknown variant `table`");
}

// ---------------------------------------------------------------- values

#[test]
fn a_float_statistic_value_is_refused_and_an_integer_accepted() {
    let mut value = sample_value();
    labs(&mut value)["value"] = json!(2.5);
    let err = assert_data_error(&value, "write this value as a string");
    assert!(message(&err).contains("\"2.5\""), "{err}");

    // A float that happens to be whole is still a float.
    let mut value = sample_value();
    labs(&mut value)["breakdown"][0]["value"] = json!(11.0);
    assert_data_error(&value, "write this value as a string");

    // Integers are exact, so they are taken.
    let mut value = sample_value();
    labs(&mut value)["value"] = json!(102);
    labs(&mut value)["range_end"] = json!(-3);
    let release = read(&value).unwrap();
    let labs = &release.sections[0].articles[1].statistics[0];
    assert_eq!(labs.value, Decimal::from(102u32));
    assert_eq!(labs.range_end, Some(Decimal::from(-3i32)));
    // ... and written back as strings.
    let again: Value = serde_json::from_str(&to_json(&release).unwrap()).unwrap();
    assert_eq!(
        again["sections"][0]["articles"][1]["statistics"][0]["value"],
        json!("102")
    );
}

/// An integer beyond `u64` reaches the reader as a float; it is refused as "fractional".
#[test]
fn a_big_integer_value_is_not_called_fractional() {
    let mut value = sample_value();
    labs(&mut value)["value"] = json!("BIG");
    let text = serde_json::to_string(&value)
        .unwrap()
        .replace("\"BIG\"", "100000000000000000000");
    assert!(text.contains("\"value\":100000000000000000000"));
    match from_json(&text) {
        Ok(release) => assert_eq!(
            release.sections[0].articles[1].statistics[0]
                .value
                .to_string(),
            "100000000000000000000"
        ),
        Err(err) => assert!(!err.to_string().contains("fractional"), "{err}"),
    }
}

#[test]
fn a_decimal_string_that_is_not_plain_is_refused() {
    for (text, part) in [
        ("1e3", "invalid decimal \"1e3\""),
        ("38,000", "invalid decimal \"38,000\""),
        ("", "invalid decimal \"\""),
    ] {
        let mut value = sample_value();
        labs(&mut value)["value"] = json!(text);
        assert_data_error(&value, part);
    }
    let mut value = sample_value();
    labs(&mut value)["value"] = json!(true);
    assert_data_error(&value, "expected a decimal number as a string");
}

#[test]
fn an_unknown_unit_code_is_refused() {
    let mut value = sample_value();
    labs(&mut value)["breakdown"][1]["unit"] = json!("tons");
    assert_data_error(&value, "invalid unit \"tons\": expected count, t, kg");

    // A currency must be a real ISO 4217 code, in capitals.
    let mut value = sample_value();
    labs(&mut value)["unit"] = json!("XYZ");
    assert_data_error(&value, "invalid currency code \"XYZ\"");
    let mut value = sample_value();
    labs(&mut value)["unit"] = json!("usd");
    assert_data_error(&value, "invalid unit \"usd\"");

    // Known codes, money and free text are read.
    let mut value = sample_value();
    labs(&mut value)["unit"] = json!("other:laboratories");
    labs(&mut value)["breakdown"][0]["unit"] = json!("other:laboratories");
    labs(&mut value)["breakdown"][1]["unit"] = json!("other:laboratories");
    let release = read(&value).unwrap();
    assert_eq!(
        release.sections[0].articles[1].statistics[0]
            .unit
            .to_string(),
        "other:laboratories"
    );
    assert!(release.validate().is_empty());
}

#[test]
fn a_qualifier_outside_the_list_is_refused() {
    let mut value = sample_value();
    labs(&mut value)["qualifier"] = json!("roughly");
    assert_data_error(
        &value,
        "invalid qualifier \"roughly\": expected exact, over, at_least, almost, about, up_to or less_than",
    );

    let mut value = sample_value();
    labs(&mut value)["qualifier"] = json!("over");
    let release = read(&value).unwrap();
    assert_eq!(
        release.sections[0].articles[1].statistics[0].qualifier,
        Qualifier::Over
    );
}

#[test]
fn a_lowercase_country_code_is_refused() {
    let mut value = sample_value();
    value["sections"][0]["country"] = json!("kz");
    assert_data_error(
        &value,
        "invalid country code \"kz\": expected an upper-case ISO 3166-1 alpha-2 code",
    );

    let mut value = sample_value();
    value["summary"]["events_by_country"][1]["country"] = json!("XX");
    assert_data_error(
        &value,
        "invalid country code \"XX\": not an ISO 3166-1 alpha-2 code",
    );

    let mut value = sample_value();
    value["contents"][0]["country"] = json!("KAZ");
    assert_data_error(&value, "invalid country code \"KAZ\"");
}

#[test]
fn an_invalid_date_is_refused() {
    let mut value = sample_value();
    value["period"]["end"] = json!("2025-02-31");
    assert_data_error(&value, "invalid date \"2025-02-31\": expected YYYY-MM-DD");

    let mut value = sample_value();
    value["period"]["start"] = json!("16.08.2025");
    assert_data_error(&value, "invalid date \"16.08.2025\"");

    let mut value = sample_value();
    value["sections"][0]["articles"][0]["date"] = json!("2025-02-31");
    assert_data_error(
        &value,
        "invalid article date \"2025-02-31\": expected \"YYYY-MM-DD\" or \"--MM-DD\"",
    );

    // The text form of the release ("18 August 2025") is not the JSON form.
    let mut value = sample_value();
    value["sections"][0]["articles"][0]["date"] = json!("18 August 2025");
    assert_data_error(&value, "invalid article date \"18 August 2025\"");

    let mut value = sample_value();
    value["sections"][0]["articles"][1]["date"] = json!("--02-30");
    assert_data_error(&value, "invalid article date \"--02-30\"");
}

#[test]
fn an_ftp_source_reads_and_validate_reports_it() {
    let mut value = sample_value();
    value["sections"][1]["articles"][0]["sources"][0] = json!("ftp://mvd.kg/news/seized-hashish");
    let release = read(&value).unwrap();
    assert_eq!(release.sections[1].articles[0].sources[0].scheme(), "ftp");
    let report = release.validate();
    assert_eq!(report.problems().len(), 1, "{:#?}", report.problems());
    let p = &report.problems()[0];
    assert_eq!(p.code(), Code::SourceScheme);
    assert_eq!(p.path(), "sections[1].articles[0].sources[0]");

    // A source that is no URL at all does not read.
    let mut value = sample_value();
    value["sections"][1]["articles"][0]["sources"][0] = json!("mvd.kg/news");
    assert_data_error(&value, "relative URL without a base");
}

#[test]
fn other_typed_fields_are_checked_on_reading() {
    for (pointer, bad, part) in [
        ("/format", json!("pdf"), "invalid format \"pdf\""),
        (
            "/language",
            json!("english language"),
            "invalid language tag",
        ),
        (
            "/publisher/email",
            json!("registry.caricc.org"),
            "invalid e-mail address",
        ),
        (
            "/publisher/telephones/0",
            json!("call us"),
            "invalid phone number",
        ),
        ("/number", json!(-1), "invalid value: integer `-1`"),
    ] {
        let mut value = sample_value();
        *value.pointer_mut(pointer).unwrap() = bad;
        assert_data_error(&value, part);
    }
}

// ---------------------------------------------------------------- readers and writers

#[test]
fn from_json_reader_reads_bytes() {
    let release = valid_release();
    let text = to_json_pretty(&release).unwrap();
    let bytes: &[u8] = text.as_bytes();
    assert_eq!(from_json_reader(bytes).unwrap(), release);

    // Syntax errors are placed as from_json places them.
    let input = "{\n  \"title\": \"x\",,\n}";
    let err = from_json_reader(input.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!((err.line(), err.column()), (2, 16));
    assert_eq!(err.to_string(), from_json(input).unwrap_err().to_string());

    // A data error after a number is placed one column further than from_json places it:
    // serde_json's stream reader has read the character after the number.
    let err = from_json_reader(&b"{\n\n  \"title\": 5}"[..]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!(err.line(), 3);
    assert!((12..=13).contains(&err.column()), "{err}");
}

#[test]
fn a_failing_reader_is_an_io_error_without_position() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = from_json_reader(Broken).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert_eq!((err.line(), err.column()), (0, 0));
    assert_eq!(err.to_string(), "JSON input/output failed: disk on fire");
}

#[test]
fn writers_agree_and_round_trip() {
    let release = valid_release();
    let compact = to_json(&release).unwrap();
    let pretty = to_json_pretty(&release).unwrap();
    let mut written = Vec::new();
    to_json_writer(&mut written, &release).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), pretty);
    assert!(pretty.ends_with("}\n"));
    assert!(pretty.contains("\n  \"title\": "), "indented by two spaces");
    assert!(!compact.contains('\n'));
    assert_eq!(from_json(&compact).unwrap(), release);
    assert_eq!(from_json(&pretty).unwrap(), release);
}

// ---------------------------------------------------------------- documented forms

#[test]
fn the_period_is_an_object_of_iso_dates() {
    let value = sample_value();
    assert_eq!(
        value["period"],
        json!({"start": "2025-08-16", "end": "2025-08-31"})
    );
    // serde_json::Value sorts keys; the order of the text is checked below.
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut documented = [
        "title",
        "subtitle",
        "number",
        "year",
        "period",
        "place",
        "publisher",
        "format",
        "language",
        "contents",
        "summary",
        "sections",
    ];
    documented.sort_unstable();
    assert_eq!(keys, documented);
    // Written in the model's order.
    let text = to_json(&valid_release()).unwrap();
    let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap();
    assert!(at("title") < at("subtitle") && at("subtitle") < at("number"));
    assert!(at("number") < at("year") && at("year") < at("period"));
    assert!(at("language") < at("contents") && at("contents") < at("summary"));
    assert!(at("summary") < at("sections"));
    assert!(text.contains("\"period\":{\"start\":\"2025-08-16\",\"end\":\"2025-08-31\"}"));
}

#[test]
fn article_dates_are_iso_with_or_without_a_year() {
    let value = sample_value();
    let articles = &value["sections"][0]["articles"];
    assert_eq!(articles[0]["date"], json!("2025-08-18"));
    assert_eq!(articles[1]["date"], json!("--08-29"));

    let release = read(&value).unwrap();
    let date = release.sections[0].articles[1].date.unwrap();
    assert_eq!(date, ArticleDate::without_year(8, 29).unwrap());
    assert_eq!(date.year(), None);

    // 29 February without a year reads; absent dates stay absent.
    let mut value = sample_value();
    value["sections"][0]["articles"][1]["date"] = json!("--02-29");
    value["sections"][0]["articles"][0]
        .as_object_mut()
        .unwrap()
        .remove("date");
    let release = read(&value).unwrap();
    assert_eq!(
        release.sections[0].articles[1].date.unwrap().to_string(),
        "29 February"
    );
    assert_eq!(release.sections[0].articles[0].date, None);
    let again = serde_json::to_value(&release).unwrap();
    assert!(again["sections"][0]["articles"][0].get("date").is_none());
}

#[test]
fn decimals_are_strings_and_stay_exact() {
    let mut value = sample_value();
    labs(&mut value)["value"] = json!("2.50");
    labs(&mut value)["unit"] = json!("t");
    labs(&mut value)["breakdown"][0]["value"] = json!("0.000000001");
    labs(&mut value)["breakdown"][0]["unit"] = json!("t");
    labs(&mut value)["breakdown"][1]["value"] = json!("2499.999999");
    labs(&mut value)["breakdown"][1]["unit"] = json!("kg");
    let release = read(&value).unwrap();
    let stat = &release.sections[0].articles[1].statistics[0];
    assert_eq!(stat.value.to_string(), "2.50", "the scale is kept");
    assert_eq!(stat.value.scale(), 2);
    // 1 mg + 2499.999999 kg = 2.5 t exactly: not more than the total.
    assert!(
        release.validate().is_empty(),
        "{:#?}",
        release.validate().problems()
    );

    let again = serde_json::to_value(&release).unwrap();
    let stat = &again["sections"][0]["articles"][1]["statistics"][0];
    assert_eq!(stat["value"], json!("2.50"));
    assert_eq!(stat["breakdown"][0]["value"], json!("0.000000001"));
    assert_eq!(stat["breakdown"][1]["value"], json!("2499.999999"));
    assert_eq!(stat["unit"], json!("t"));
}

#[test]
fn optional_statistic_fields_are_left_out_when_absent() {
    let value = sample_value();
    let stat = &value["sections"][0]["articles"][1]["statistics"][0];
    let mut keys: Vec<&str> = stat
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["breakdown", "measure", "reference_period", "unit", "value"]
    );
    // "exact" is the default qualifier and is not written; others are, by their code.
    assert!(stat.get("qualifier").is_none());
    let mut release = valid_release();
    release.sections[0].articles[1].statistics[0].qualifier = Qualifier::AtLeast;
    let value = serde_json::to_value(&release).unwrap();
    assert_eq!(
        value["sections"][0]["articles"][1]["statistics"][0]["qualifier"],
        json!("at_least")
    );
    assert_eq!(from_json(&value.to_string()).unwrap(), release);
}

#[test]
fn optional_fields_are_left_out_when_absent_or_empty() {
    let mut release = valid_release();
    release.summary.topics = None;
    release.sections[1].page = None;
    release.publisher.fax = None;
    let value = serde_json::to_value(&release).unwrap();
    assert!(value["summary"].get("topics").is_none());
    assert!(value["sections"][1].get("page").is_none());
    assert!(value["publisher"].get("fax").is_none());
    let article = &value["sections"][0]["articles"][1];
    for key in ["places", "organisations", "topics"] {
        assert!(article.get(key).is_none(), "{key}");
    }
    // Optional fields may be left out on reading too.
    assert_eq!(from_json(&value.to_string()).unwrap(), release);

    let mut value = sample_value();
    let article = value["sections"][0]["articles"][0].as_object_mut().unwrap();
    for key in ["body", "sources", "statistics", "places"] {
        article.remove(key);
    }
    let release = read(&value).unwrap();
    let article = &release.sections[0].articles[0];
    assert!(article.body.is_empty() && article.sources.is_empty());
    assert_eq!(release.validate().problems()[0].code(), Code::SourceMissing);
}

/// The crate docs: optional lists that are empty are left out, while an article's `body`,
/// `sources` and `statistics` are always written.
#[test]
fn empty_lists_follow_the_documented_json_form() {
    let value = sample_value();
    let article = &value["sections"][0]["articles"][0];
    assert_eq!(article["statistics"], json!([]), "{article}");
    assert!(article.get("body").is_some() && article.get("sources").is_some());
    let mut release = valid_release();
    release.sections[0].articles[0].topics.clear();
    let value = serde_json::to_value(&release).unwrap();
    assert!(value["sections"][0]["articles"][0].get("topics").is_none());
}

#[test]
fn codes_are_json_strings() {
    assert_eq!(
        serde_json::to_value(Code::SourceScheme).unwrap(),
        json!("source-scheme")
    );
    assert!(serde_json::from_value::<Code>(json!("source_scheme")).is_err());
}

// ---------------------------------------------------------------- the JSON form's version

#[test]
fn every_writer_puts_the_version_first() {
    let release = valid_release();
    let compact = to_json(&release).unwrap();
    assert!(
        compact.starts_with(r#"{"version":"1.1","title":"#),
        "{compact}"
    );
    let pretty = to_json_pretty(&release).unwrap();
    assert!(pretty.starts_with("{\n  \"version\": \"1.1\",\n  \"title\": "));
    let mut written = Vec::new();
    to_json_writer(&mut written, &release).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), pretty);
    let mut lines = Vec::new();
    caricc_release::collection::write_json_lines(&mut lines, [&release]).unwrap();
    assert_eq!(String::from_utf8(lines).unwrap(), format!("{compact}\n"));
    assert_eq!(caricc_release::json::VERSION, "1.1");
}

#[test]
fn the_version_is_optional_and_may_stand_anywhere_in_the_release() {
    let release = valid_release();
    let mut value = sample_value();
    assert_eq!(read(&value).unwrap(), release, "no version");
    for version in ["1.0", "1.12"] {
        value["version"] = json!(version);
        assert_eq!(read(&value).unwrap(), release, "{version}");
    }
    // Last rather than first.
    let text = to_json(&release).unwrap();
    let moved = text.replacen(r#""version":"1.1","#, "", 1);
    let moved = format!("{},\"version\":\"1.1\"}}", &moved[..moved.len() - 1]);
    assert_eq!(from_json(&moved).unwrap(), release);
}

#[test]
fn a_newer_major_version_is_refused_by_name_with_its_position() {
    let text = to_json(&valid_release()).unwrap().replacen("1.1", "2.3", 1);
    let err = from_json(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!((err.line(), err.column()), (1, 16));
    assert_eq!(
        err.message(),
        "the JSON form's version 2.3 is newer than this reader, which reads 1.x; use a newer \
         caricc-release"
    );
    // Refused by its version even though a field further on is unknown to this reader.
    let newer = r#"{"version": "2.0", "colour": "blue"}"#;
    assert!(
        from_json(newer)
            .unwrap_err()
            .message()
            .contains("version 2.0 is newer")
    );
}

#[test]
fn a_malformed_or_repeated_version_is_refused() {
    for (version, part) in [
        (
            json!("one"),
            "invalid version \"one\": expected MAJOR.MINOR, e.g. 1.1",
        ),
        (
            json!("0.9"),
            "version 0.9 is older than any this reader reads (1.x)",
        ),
        (
            json!(1.0),
            "invalid type: floating point `1.0`, expected a string",
        ),
        (json!(null), "invalid type: null, expected a string"),
    ] {
        let mut value = sample_value();
        value["version"] = version;
        assert_data_error(&value, part);
    }
    let text = to_json(&valid_release()).unwrap();
    let twice = text.replacen(
        r#""version":"1.1","#,
        r#""version":"1.1","version":"1.1","#,
        1,
    );
    assert_eq!(
        from_json(&twice).unwrap_err().message(),
        "duplicate field `version`"
    );
}

#[test]
fn errors_after_the_version_keep_serde_json_positions() {
    let text = "{\n  \"version\": \"1.0\",\n  \"number\": \"sixteen\"\n}";
    let err = from_json(text).unwrap_err();
    assert_eq!((err.line(), err.column()), (3, 21));
    assert_eq!(
        err.message(),
        "invalid type: string \"sixteen\", expected u32"
    );
    let err = from_json("{\"version\": \"1.0\", \"colour\": 1}").unwrap_err();
    assert!(err.message().starts_with("unknown field `colour`"), "{err}");
}

/// A document of the JSON form's version 1.0 (before substances and event kinds) still reads,
/// to the same release less what 1.1 added.
#[test]
fn a_version_1_0_document_still_reads() {
    let old = include_str!("golden/release-2025-16-json-1.0.json");
    assert!(old.starts_with("{\n  \"version\": \"1.0\",\n"));
    let new = from_json(include_str!("golden/release-2025-16.json")).unwrap();
    assert_eq!(
        from_json(old).unwrap(),
        without_substances_and_event_kinds(new)
    );
}
