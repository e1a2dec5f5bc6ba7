//! What every reader promises whatever it is given: an error or a value, never a panic; and a
//! value that survives being written and read again.
//!
//! Shared by the fuzz targets (`fuzz/`, which include this file) and `tests/hostile.rs`, which
//! runs the inputs the fuzzers kept (`tests/fuzz-regressions/`) through the same checks, so
//! every finding stays a test without a fuzzer.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use caricc_release::prose::{extract, extract_in};
use caricc_release::{
    ArticleDate, Country, Currency, Decimal, Format, LanguageTag, Period, Qualifier, Release,
    ReleaseId, Unit, from_json, from_json_reader, from_xml, from_xml_reader, layout, render,
    to_json, to_xml,
};

/// A release written as JSON reads back equal; so does its XML, when XML can carry it.
pub fn round_trips(release: &Release) {
    let json = to_json(release).expect("every release writes as JSON");
    let again = from_json(&json).expect("JSON we wrote reads back");
    assert_eq!(&again, release, "JSON round trip");
    if let Ok(xml) = to_xml(release) {
        let again = from_xml(&xml).expect("XML we wrote reads back");
        assert_eq!(&again, release, "XML round trip");
    }
}

/// Any bytes through the JSON readers.
pub fn json(data: &[u8]) {
    let from_bytes = from_json_reader(data);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(
            from_bytes.is_err(),
            "bytes that are not UTF-8 read as a release"
        );
        return;
    };
    let from_text = from_json(text);
    assert_eq!(
        from_bytes.is_ok(),
        from_text.is_ok(),
        "the two JSON readers disagree"
    );
    if let Ok(release) = from_text {
        let _ = release.validate();
        round_trips(&release);
    }
}

/// Any bytes through the XML readers; whatever they read, XML can write again.
pub fn xml(data: &[u8]) {
    let from_bytes = from_xml_reader(data);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(
            from_bytes.is_err(),
            "bytes that are not UTF-8 read as a release"
        );
        return;
    };
    let from_text = from_xml(text);
    assert_eq!(
        from_bytes.is_ok(),
        from_text.is_ok(),
        "the two XML readers disagree"
    );
    if let Ok(release) = from_text {
        let _ = release.validate();
        to_xml(&release).expect("a release read from XML writes as XML");
        round_trips(&release);
    }
}

/// Any text through the text-layout reader, and what it reads through every writer.
pub fn text_layout(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(parsed) = layout::parse(input) {
        let release = parsed.release;
        let _ = release.validate();
        let _ = layout::markdown(&release);
        let _ = render::html(&release);
        round_trips(&release);
    }
}

/// Any text through statistic extraction: every phrase is the text of its span.
pub fn statistics(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for found in extract(input)
        .into_iter()
        .chain(extract_in(input, Country::TM))
    {
        let spanned = input.get(found.span.clone());
        assert!(
            spanned.is_some(),
            "span {:?} is not in the text",
            found.span
        );
        if let Some(phrase) = &found.statistic.phrase {
            assert_eq!(spanned, Some(phrase.as_str()), "phrase and span differ");
        }
    }
}

/// Any bytes through every check above.
pub fn all(data: &[u8]) {
    json(data);
    xml(data);
    text_layout(data);
    statistics(data);
    values(data);
}

/// Any text through the value parsers: what parses prints as text that parses to the same.
pub fn values(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    reparses::<Period>(input);
    reparses::<ArticleDate>(input);
    reparses::<ReleaseId>(input);
    reparses::<Decimal>(input);
    reparses::<Unit>(input);
    reparses::<Qualifier>(input);
    reparses::<Country>(input);
    reparses::<Currency>(input);
    reparses::<Format>(input);
    reparses::<LanguageTag>(input);
}

pub fn reparses<T>(input: &str)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Display,
{
    if let Ok(value) = input.parse::<T>() {
        let shown = value.to_string();
        match shown.parse::<T>() {
            Ok(again) => assert_eq!(again, value, "{input:?} shows as {shown:?}"),
            Err(e) => panic!("{input:?} shows as {shown:?}, which does not parse: {e}"),
        }
    }
}
