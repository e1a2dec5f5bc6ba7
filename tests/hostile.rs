//! Hostile input: whatever comes in, every reader answers with a clear error or a diagnostic,
//! in bounded time and memory, never a panic; and no reader returns a release that lacks part
//! of its input without saying so.
//!
//! The promises themselves are in `support/checks.rs`, shared with the fuzz targets (`fuzz/`);
//! the inputs the fuzzers kept are replayed from `tests/fuzz-regressions/`.

#[allow(dead_code)] // the fuzz targets use some checks this file does not
#[path = "support/checks.rs"]
mod checks;
mod support;

use support::noise::noise;

use std::io::Read;
use std::path::Path;

use caricc_release::collection::ReleaseReader;
use caricc_release::limits::{Limit, Limits};
use caricc_release::{
    ArticleDate, Block, Code, Country, Decimal, Period, from_json, from_json_reader, from_xml,
    from_xml_reader, json, layout, prose, render, xml,
};
use proptest::prelude::*;

use support::fixtures::{GOLDEN_JSON, GOLDEN_XML, golden, seed};

/// Every reader of a whole document, on the same bytes: each must refuse them.
fn all_refuse(bytes: &[u8]) {
    assert!(from_json_reader(bytes).is_err(), "JSON read {bytes:?}");
    assert!(from_xml_reader(bytes).is_err(), "XML read {bytes:?}");
    if let Ok(text) = std::str::from_utf8(bytes) {
        assert!(from_json(text).is_err());
        assert!(from_xml(text).is_err());
        assert!(
            layout::parse(text).is_err(),
            "the text layout read {text:?}"
        );
    }
}

/// Reads `bytes` as a stream of releases in both formats, to the end; what reads round-trips.
/// Returns how many releases read.
fn streamed(bytes: &[u8]) -> usize {
    let mut read = 0;
    for reader in [
        ReleaseReader::json_lines(bytes),
        ReleaseReader::xml_collection(bytes),
    ] {
        for release in reader.take(10_000).flatten() {
            checks::round_trips(&release);
            read += 1;
        }
    }
    read
}

// ---------------------------------------------------------------- empty, garbage, encoding

#[test]
fn empty_input_is_an_error_for_every_reader_of_one_release() {
    all_refuse(b"");
    all_refuse(b"   \n\t\r\n");
    assert_eq!(
        from_json("").unwrap_err().to_string(),
        "invalid JSON at line 1, column 0: EOF while parsing a value"
    );
    assert_eq!(
        from_xml("").unwrap_err().to_string(),
        "invalid XML at line 1, column 1: the document is empty"
    );
    // A stream of releases may be empty: it holds none.
    assert!(ReleaseReader::json_lines(&b""[..]).next().is_none());
    assert!(ReleaseReader::xml_collection(&b""[..]).next().is_none());
}

#[test]
fn binary_garbage_is_refused() {
    for (seed, len) in (1..=300u64).zip((1..).map(|n| n * 13 % 4099)) {
        let bytes = noise(seed, len);
        all_refuse(&bytes);
        checks::all(&bytes);
        // Every record is an error; the iterator ends.
        assert_eq!(streamed(&bytes), 0);
    }
}

#[test]
fn invalid_utf8_is_refused_with_its_byte_offset() {
    let mut json = GOLDEN_JSON.as_bytes().to_vec();
    let at = GOLDEN_JSON.find("Almaty").expect("the place");
    json[at + 2] = 0xFF;
    let err = from_json_reader(&json[..]).unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::Syntax);
    assert_eq!(
        err.to_string(),
        format!(
            "invalid JSON: the input is not UTF-8 (invalid byte at offset {})",
            at + 2
        )
    );

    let mut xml = GOLDEN_XML.as_bytes().to_vec();
    let at = GOLDEN_XML.find("Almaty").expect("the place");
    xml[at] = 0xC3; // a lead byte without its continuation
    let err = from_xml_reader(&xml[..]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("invalid XML: the input is not UTF-8 (invalid byte at offset {at})")
    );

    let lines = b"{\"title\": \"a\xFFb\"}\n";
    let err = ReleaseReader::json_lines(&lines[..])
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "record 1 (line 1): not UTF-8 text: invalid byte at column 13 (in bytes)"
    );
}

// ---------------------------------------------------------------- truncation

/// The prefixes of `text` at every sixteenth of its length (on character boundaries).
fn sixteenths(text: &str) -> impl Iterator<Item = &str> {
    (0..16).map(move |k| {
        let mut end = text.len() * k / 16;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    })
}

#[test]
fn truncated_json_and_xml_never_read() {
    for (k, prefix) in sixteenths(GOLDEN_JSON).enumerate() {
        let err = from_json(prefix).expect_err("a truncated JSON document");
        assert!(
            matches!(err.kind(), json::ErrorKind::Eof | json::ErrorKind::Syntax),
            "{k}/16: {err}"
        );
        assert!(from_json_reader(prefix.as_bytes()).is_err());
    }
    for (k, prefix) in sixteenths(GOLDEN_XML).enumerate() {
        let err = from_xml(prefix).expect_err("a truncated XML document");
        assert!(!err.to_string().is_empty(), "{k}/16");
        assert!(from_xml_reader(prefix.as_bytes()).is_err());
    }
    // Cut at every byte of the last sixteenth too: the end is where a reader could stop early.
    let tail = GOLDEN_XML.len() - GOLDEN_XML.len() / 16;
    for end in (tail..GOLDEN_XML.trim_end().len()).filter(|&e| GOLDEN_XML.is_char_boundary(e)) {
        assert!(from_xml(&GOLDEN_XML[..end]).is_err(), "cut at {end}");
    }
    let tail = GOLDEN_JSON.len() - GOLDEN_JSON.len() / 16;
    for end in (tail..GOLDEN_JSON.trim_end().len()).filter(|&e| GOLDEN_JSON.is_char_boundary(e)) {
        assert!(from_json(&GOLDEN_JSON[..end]).is_err(), "cut at {end}");
    }
}

/// A release read from a cut text layout says that it is incomplete: the reader fails, or it
/// leaves a diagnostic, or the release does not validate (the summary counts articles the text
/// no longer holds).
fn says_it_is_incomplete(prefix: &str) -> bool {
    match layout::parse(prefix) {
        Err(_) => true,
        Ok(parsed) => !parsed.diagnostics.is_empty() || parsed.release.validate().has_errors(),
    }
}

#[test]
fn a_truncated_text_layout_never_reads_as_a_whole_release() {
    let seed = seed();
    let whole = layout::parse(&seed).expect("the seed reads").release;
    for (k, prefix) in sixteenths(&seed).enumerate() {
        assert!(says_it_is_incomplete(prefix), "seed cut at {k}/16");
    }
    let markdown = layout::markdown(&whole);
    for (k, prefix) in sixteenths(&markdown).enumerate() {
        assert!(says_it_is_incomplete(prefix), "Markdown cut at {k}/16");
    }
}

// ---------------------------------------------------------------- wrong types, duplicates

/// Golden JSON with `from` replaced (once) by `to`.
fn json_with(from: &str, to: &str) -> String {
    assert!(GOLDEN_JSON.contains(from), "{from} is in the golden JSON");
    GOLDEN_JSON.replacen(from, to, 1)
}

/// Golden XML with `from` replaced (once) by `to`.
fn xml_with(from: &str, to: &str) -> String {
    assert!(GOLDEN_XML.contains(from), "{from} is in the golden XML");
    GOLDEN_XML.replacen(from, to, 1)
}

fn json_error(text: &str) -> json::Error {
    from_json(text).expect_err("refused")
}

fn xml_error(text: &str) -> xml::Error {
    from_xml(text).expect_err("refused")
}

#[test]
fn wrong_types_are_named() {
    let cases = [
        (
            "\"number\": 16",
            "\"number\": \"16\"",
            "invalid type: string \"16\", expected u32",
        ),
        (
            "\"number\": 16",
            "\"number\": -16",
            "invalid value: integer `-16`, expected u32",
        ),
        (
            "\"number\": 16",
            "\"number\": 16.5",
            "invalid type: floating point `16.5`",
        ),
        ("\"number\": 16", "\"number\": 4294967296", "expected u32"),
        ("\"number\": 16", "\"number\": 1e400", "number out of range"),
        (
            "\"sections\": [",
            "\"sections\": {\"x\": 1}, \"y\": [",
            "invalid type: map",
        ),
        (
            "\"page\": 2",
            "\"page\": null",
            "invalid type: null, expected u32",
        ),
        (
            "\"year\": 2025",
            "\"year\": true",
            "invalid type: boolean `true`",
        ),
    ];
    for (from, to, expected) in cases {
        let err = json_error(&json_with(from, to));
        assert!(err.line() > 0, "{to}: a position");
        assert!(err.to_string().contains(expected), "{to}: {err}");
    }
    let err = xml_error(&xml_with("number=\"16\"", "number=\"sixteen\""));
    assert_eq!(err.kind(), xml::ErrorKind::Vocabulary);
    assert!(err.to_string().contains("number"), "{err}");
}

#[test]
fn duplicate_keys_and_elements_are_refused() {
    let err = json_error(&json_with(
        "\"number\": 16",
        "\"number\": 16, \"number\": 17",
    ));
    assert!(
        err.to_string().contains("duplicate field `number`"),
        "{err}"
    );
    let err = json_error(&json_with(
        "\"place\": \"Almaty\"",
        "\"place\": \"Almaty\", \"place\": \"Astana\"",
    ));
    assert!(err.to_string().contains("duplicate field `place`"), "{err}");

    let err = xml_error(&xml_with(
        "<place>Almaty</place>",
        "<place>Almaty</place><place>Astana</place>",
    ));
    assert_eq!(err.kind(), xml::ErrorKind::Vocabulary);
    assert!(err.to_string().contains("<place>"), "{err}");
    let err = xml_error(&xml_with("number=\"16\"", "number=\"16\" number=\"17\""));
    assert_eq!(
        err.to_string(),
        "invalid XML at line 2, column 1 in /release: duplicated attribute number"
    );
}

// ---------------------------------------------------------------- numbers, dates, periods

#[test]
fn statistic_values_out_of_range_are_refused() {
    let forty = "1234567890123456789012345678901234567890";
    for bad in ["1e400", forty, "-1e400", "NaN", "inf", "0x10", "1.2.3", ""] {
        assert!(bad.parse::<Decimal>().is_err(), "{bad:?} parsed");
        let err = json_error(&json_with(
            "\"value\": \"",
            &format!("\"value\": \"{bad}\", \"x\": \""),
        ));
        assert_eq!(err.kind(), json::ErrorKind::Data, "{bad:?}");
        let err = xml_error(&xml_with("value=\"", &format!("value=\"{bad}\" x=\"")));
        assert_eq!(err.kind(), xml::ErrorKind::Vocabulary, "{bad:?}: {err}");
    }
    let err = json_error(&json_with(
        "\"value\": \"",
        &format!("\"value\": \"{forty}\", \"x\": \""),
    ));
    assert!(
        err.to_string().contains(forty),
        "the value is quoted: {err}"
    );
    // In prose, a number too large for a statistic is left in the text, not misread.
    for prose in [
        format!("Police seized {forty} kg of heroin."),
        "Police seized 1e400 tons of heroin.".to_owned(),
        format!("Fines of {forty}.{forty} tenge were imposed."),
    ] {
        for found in prose::extract(&prose) {
            let value = found.statistic.value.to_string();
            assert!(prose.contains(&value), "{value} is not in {prose:?}");
        }
    }
}

#[test]
fn impossible_dates_are_refused() {
    for bad in [
        "16–31.02.2025",
        "30.02.2025–31.02.2025",
        "16-32.08.2025",
        "0-15.08.2025",
    ] {
        let err = bad.parse::<Period>().expect_err(bad);
        assert!(!err.to_string().is_empty());
    }
    assert!("31 February 2025".parse::<ArticleDate>().is_err());
    assert!("30 February".parse::<ArticleDate>().is_err());
    let err = json_error(&json_with(
        "\"end\": \"2025-08-31\"",
        "\"end\": \"2025-02-31\"",
    ));
    assert_eq!(err.kind(), json::ErrorKind::Data);
    assert!(err.to_string().contains("2025-02-31"), "{err}");
    let err = xml_error(&xml_with("end=\"2025-08-31\"", "end=\"2025-02-31\""));
    assert!(err.to_string().contains("2025-02-31"), "{err}");
    // The text layout: a cover with no such day is not a release (no period to place it in).
    let seed = seed().replacen("16-31.08.2025", "16-31.02.2025", 1);
    assert!(says_it_is_incomplete(&seed));
}

#[test]
fn reversed_periods_read_and_are_reported() {
    let reversed = json_with(
        "\"start\": \"2025-08-16\",\n    \"end\": \"2025-08-31\"",
        "\"start\": \"2025-08-31\",\n    \"end\": \"2025-08-16\"",
    );
    let release = from_json(&reversed).expect("well-formed: it reads");
    let report = release.validate();
    assert!(
        report.errors().any(|p| p.code() == Code::PeriodReversed),
        "{report:?}"
    );
    // What reads writes back as it was: nothing is dropped or reordered silently.
    checks::round_trips(&release);
    assert!("31–16.08.2025".parse::<Period>().is_err());
}

// ---------------------------------------------------------------- URLs, DOCTYPE

#[test]
fn unsafe_url_schemes_read_but_never_validate_or_link() {
    let first = golden().sections[0].articles[0].sources[0].to_string();
    let first = first.as_str();
    for hostile in [
        "javascript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
    ] {
        let release = from_json(&json_with(first, hostile)).expect("a URL is a URL");
        let problems: Vec<_> = release
            .validate()
            .into_iter()
            .filter(|p| p.code() == Code::SourceScheme)
            .collect();
        assert_eq!(problems.len(), 1, "{hostile}");
        assert_eq!(problems[0].path(), "sections[0].articles[0].sources[0]");
        let html = render::html(&release);
        assert!(
            !html.contains(&format!("href=\"{hostile}")),
            "{hostile} is linked"
        );
        let xml = caricc_release::to_xml(&release).expect("XML carries it");
        assert_eq!(from_xml(&xml).expect("and reads it"), release);
    }
}

#[test]
fn a_doctype_is_refused_before_anything_is_expanded() {
    let bomb = GOLDEN_XML.replacen(
        "<release ",
        "<!DOCTYPE release [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<release ",
        1,
    );
    let err = xml_error(&bomb);
    assert_eq!(err.kind(), xml::ErrorKind::Forbidden);
    let xxe = GOLDEN_XML.replacen(
        "<release ",
        "<!DOCTYPE release [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<release ",
        1,
    );
    assert_eq!(xml_error(&xxe).kind(), xml::ErrorKind::Forbidden);
    let collection = format!(
        "<!DOCTYPE releases><releases xmlns=\"{}\" version=\"1.0\"/>",
        xml::NAMESPACE
    );
    let err = ReleaseReader::xml_collection(collection.as_bytes())
        .next()
        .unwrap()
        .unwrap_err();
    assert!(err.is_fatal() && err.message().contains("DOCTYPE"), "{err}");
}

// ---------------------------------------------------------------- nesting

const LEVELS: usize = 100_000;

#[test]
fn a_hundred_thousand_levels_of_json_nesting_are_refused() {
    // Where a release is expected, the first `[` is already the wrong type.
    let arrays = format!("{}{}", "[".repeat(LEVELS), "]".repeat(LEVELS));
    assert_eq!(json_error(&arrays).kind(), json::ErrorKind::Data);
    let deep = json_with("\"number\": 16", &format!("\"number\": {arrays}"));
    assert_eq!(json_error(&deep).kind(), json::ErrorKind::Data);

    // Statistics inside statistics, as deep as the input allows.
    let part = "{\"measure\": \"m\", \"value\": \"1\", \"unit\": \"count\", \"breakdown\": [";
    let nested = format!("{}{}", part.repeat(LEVELS), "]}".repeat(LEVELS));
    let doc = json_with(
        "\"statistics\": [\n",
        &format!("\"statistics\": [{nested},\n"),
    );
    let err = json_error(&doc);
    assert_eq!(err.limit(), Some(Limit::Depth));
    assert!(
        err.to_string()
            .contains("deeper than 128 arrays and objects"),
        "{err}"
    );
    // Within what the parser nests, the depth limit counts breakdowns.
    let nested = format!("{}{}", part.repeat(40), "]}".repeat(40));
    let doc = json_with(
        "\"statistics\": [\n",
        &format!("\"statistics\": [{nested},\n"),
    );
    let err = json_error(&doc);
    assert_eq!(err.limit(), Some(Limit::Depth), "{err}");
    assert!(
        err.to_string()
            .contains("39 levels of breakdowns, more than the limit of 32"),
        "{err}"
    );
    let lines = format!("{}\n", doc.replace('\n', " "));
    let err = ReleaseReader::json_lines(lines.as_bytes())
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!(err.limit(), Some(Limit::Depth));
}

#[test]
fn a_hundred_thousand_levels_of_xml_nesting_are_refused() {
    let unknown = xml_with("<place>", &format!("{}<place>", "<x>".repeat(LEVELS)));
    assert_eq!(xml_error(&unknown).kind(), xml::ErrorKind::Vocabulary);

    let statistic = "<statistic value=\"1\" unit=\"count\"><measure>m</measure><breakdown>";
    let close = "</breakdown></statistic>";
    let nested = format!("{}{}", statistic.repeat(LEVELS), close.repeat(LEVELS));
    let at = GOLDEN_XML.find("<statistic ").expect("a statistic");
    let doc = format!("{}{nested}{}", &GOLDEN_XML[..at], &GOLDEN_XML[at..]);
    let err = xml_error(&doc);
    assert!(
        err.to_string()
            .contains("breakdowns nest deeper than 32 levels"),
        "{err}"
    );

    // Inside a collection the record is read through its end without recursion first.
    let collection = format!(
        "<releases xmlns=\"{}\" version=\"1.0\">{}</releases>",
        xml::NAMESPACE,
        &doc[doc.find("<release ").expect("the root")..]
    );
    let mut reader = ReleaseReader::xml_collection(collection.as_bytes());
    assert!(reader.next().expect("one record").is_err());
    assert!(reader.next().is_none());
}

/// The texts of a block: its text, or its items.
fn block_texts(block: &Block) -> Vec<&str> {
    match block {
        Block::Paragraph { text, .. } | Block::Quote { text, .. } => vec![text.as_str()],
        Block::Bullets { items, .. } => items.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn deep_markup_in_the_text_layout_is_only_text() {
    let seed = seed();
    let plain = layout::parse(&seed).expect("the seed reads").release;
    // A paragraph of its own in Kazakhstan's first article, before "One striking example".
    let at = seed.find("One striking example").expect("the paragraph");
    let kz = plain
        .sections
        .iter()
        .position(|s| s.country == Country::KZ)
        .expect("a Kazakhstan section");
    for junk in [
        "> ".repeat(LEVELS),
        "- ".repeat(LEVELS),
        "#".repeat(LEVELS),
        "<".repeat(LEVELS),
    ] {
        let marker = &junk[..2];
        let doc = format!("{}{junk}\n\n{}", &seed[..at], &seed[at..]);
        let read = layout::parse(&doc)
            .unwrap_or_else(|e| panic!("{marker:?} × {LEVELS}: {e}"))
            .release;
        // No heading, section, article or nesting comes of it: but for the article it is in,
        // the release is the seed's.
        let article = &read.sections[kz].articles[0];
        assert_eq!(article.headline, plain.sections[kz].articles[0].headline);
        let mut rest = read.clone();
        rest.sections[kz].articles[0] = plain.sections[kz].articles[0].clone();
        assert!(rest == plain, "{marker:?}: more than its article changed");
        // In that article it is text: all of it, but for a first marker read as markup (a
        // quotation, a list item), is in the text of one block.
        let text = junk.trim_end().get(2..).expect("more than one marker");
        assert!(
            article
                .body
                .iter()
                .flat_map(block_texts)
                .any(|t| t.contains(text)),
            "{marker:?}: the markup is not in the article's text"
        );
        assert!(prose::extract(&junk).is_empty(), "{marker:?}: a statistic");
    }
}

// ---------------------------------------------------------------- size

const HUNDRED_MB: usize = 100 * 1000 * 1000;

#[test]
fn a_hundred_megabytes_are_refused_without_being_parsed() {
    let big = format!("{}{}", GOLDEN_JSON, " ".repeat(HUNDRED_MB));
    let err = json_error(&big);
    assert_eq!(err.limit(), Some(Limit::InputBytes));
    assert_eq!(
        err.to_string(),
        format!(
            "JSON beyond a limit: {} bytes of input, more than the limit of 67108864 (input_bytes)",
            big.len()
        )
    );
    assert_eq!(xml_error(&big).limit(), Some(Limit::InputBytes));
    assert_eq!(
        layout::parse(&big).unwrap_err().limit(),
        Some(Limit::InputBytes)
    );

    // A stream is not read past the limit: these would never end otherwise.
    let endless = || std::io::repeat(b' ');
    let err = from_json_reader(endless()).unwrap_err();
    assert_eq!(err.limit(), Some(Limit::InputBytes));
    assert!(
        err.to_string().contains("67108865 or more bytes of input"),
        "{err}"
    );
    let endless_xml = || std::io::BufReader::new(std::io::repeat(b' '));
    assert_eq!(
        from_xml_reader(endless_xml()).unwrap_err().limit(),
        Some(Limit::InputBytes)
    );

    // Within a stream of releases: a huge JSON line is skipped, the next one reads.
    let line = format!("{}\n", GOLDEN_JSON.replace('\n', " "));
    let lines = std::io::BufReader::new(
        std::io::repeat(b' ')
            .take(HUNDRED_MB as u64)
            .chain(std::io::Cursor::new(format!("{{}}\n{line}"))),
    );
    let mut reader = ReleaseReader::json_lines(lines);
    let first = reader.next().expect("the huge line").unwrap_err();
    assert_eq!(first.limit(), Some(Limit::InputBytes));
    assert!(!first.is_fatal());
    assert_eq!(
        reader.next().expect("the next line").expect("reads"),
        golden()
    );
    assert!(reader.next().is_none());

    // An XML record that never ends ends the reading, with the limit named.
    let head = format!(
        "<releases xmlns=\"{}\" version=\"1.0\"><release>",
        xml::NAMESPACE
    );
    let endless = std::io::BufReader::new(std::io::Cursor::new(head).chain(std::io::repeat(b'x')));
    let mut reader = ReleaseReader::xml_collection(endless)
        .with_limits(Limits::default().with_input_bytes(1_000_000));
    let err = reader.next().expect("the record").unwrap_err();
    assert_eq!(err.limit(), Some(Limit::InputBytes));
    assert!(err.is_fatal());
    assert!(reader.next().is_none());
}

// ---------------------------------------------------------------- limits, each met

#[test]
fn every_limit_is_met_by_every_reader_with_its_name() {
    let release = golden();
    let markdown = layout::markdown(&release);
    let cases = [
        (Limits::default().with_input_bytes(100), Limit::InputBytes),
        (Limits::default().with_sections(3), Limit::Sections),
        (Limits::default().with_articles(12), Limit::Articles),
        (Limits::default().with_statistics(5), Limit::Statistics),
        (Limits::default().with_text_bytes(100), Limit::TextBytes),
    ];
    for (limits, limit) in cases {
        let name = format!("({})", limit.name());
        let err = json::from_json_with_limits(GOLDEN_JSON, &limits).unwrap_err();
        assert_eq!(err.limit(), Some(limit));
        assert!(err.to_string().contains(&name), "{err}");
        let err = xml::from_xml_with_limits(GOLDEN_XML, &limits).unwrap_err();
        assert_eq!(err.limit(), Some(limit));
        assert!(err.to_string().contains(&name), "{err}");
        if limit != Limit::Statistics {
            let err = layout::parse_with_limits(&markdown, &limits).unwrap_err();
            assert_eq!(err.limit(), Some(limit), "{err}");
        }
        let line = format!("{}\n", GOLDEN_JSON.replace('\n', " "));
        let err = ReleaseReader::json_lines(line.as_bytes())
            .with_limits(limits)
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!(err.limit(), Some(limit), "{err}");
    }
    // Depth: a release with a breakdown has one level.
    let flat = Limits::default().with_depth(0);
    let err = json::from_json_with_limits(GOLDEN_JSON, &flat).unwrap_err();
    assert_eq!(err.limit(), Some(Limit::Depth));
    let err = xml::from_xml_with_limits(GOLDEN_XML, &flat).unwrap_err();
    assert_eq!(err.limit(), Some(Limit::Depth));
    assert!(err.line() > 0, "XML names the line of the part: {err}");
    // Nothing is refused at the defaults.
    assert_eq!(
        json::from_json_with_limits(GOLDEN_JSON, &Limits::DEFAULT).unwrap(),
        release
    );
    assert_eq!(
        xml::from_xml_with_limits(GOLDEN_XML, &Limits::NONE).unwrap(),
        release
    );
}

// ---------------------------------------------------------------- errors are shareable

#[test]
fn every_public_error_is_send_sync_and_static() {
    fn shareable<E: std::error::Error + Send + Sync + 'static>() {}
    shareable::<json::Error>();
    shareable::<xml::Error>();
    shareable::<layout::Error>();
    shareable::<caricc_release::ParseError>();
    shareable::<caricc_release::BuildError>();
    shareable::<caricc_release::LimitError>();
    shareable::<caricc_release::collection::ReadError>();
    shareable::<caricc_release::collection::WriteError>();
}

// ---------------------------------------------------------------- fuzzers' findings

/// Replays every input kept under `tests/fuzz-regressions/<target>/` through its check.
#[test]
fn fuzz_regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    type Check = fn(&[u8]);
    let targets: [(&str, Check); 5] = [
        ("from_json", checks::json),
        ("from_xml", checks::xml),
        ("text_parse", checks::text_layout),
        ("extract", checks::statistics),
        ("period", checks::values),
    ];
    let mut replayed = 0;
    for (target, check) in targets {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let bytes = std::fs::read(&path).expect("readable");
            let outcome = std::panic::catch_unwind(|| check(&bytes));
            assert!(outcome.is_ok(), "{} fails its check again", path.display());
            replayed += 1;
        }
    }
    assert!(
        replayed > 0,
        "no regression inputs under {}",
        root.display()
    );
}

// ---------------------------------------------------------------- any bytes, any text

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_through_every_reader(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        checks::all(&bytes);
        streamed(&bytes);
        if let Ok(reader) = ReleaseReader::detect(&bytes[..]) {
            let _ = reader.take(10_000).count();
        }
    }

    #[test]
    fn any_text_through_every_reader(text in "\\PC{0,600}") {
        checks::all(text.as_bytes());
    }

    /// Markup-shaped noise gets further into the readers than random characters do.
    #[test]
    fn markup_shaped_text_through_every_reader(
        pieces in prop::collection::vec(prop::sample::select(vec![
            "{", "}", "[", "]", "\"", ":", ",", "\"number\"", "16", "\"sections\"", "null",
            "<", ">", "</", "/>", "<release", " xmlns=\"urn:caricc-release:1\"", " version=\"1.0\"",
            "<section", "<article", "<statistic", "&amp;", "&#0;", "<![CDATA[", "]]>",
            "# ", "\n", "\n\n", "**", "- ", "> ", "REPUBLIC OF KAZAKHSTAN", "INFORMATION RELEASE",
            "16-31.08.2025", "#16", "11 tons", "2.5 billion tenge", "5 to 20 years", "<https://a.kz/>",
        ]), 0..80)
    ) {
        let text = pieces.concat();
        checks::all(text.as_bytes());
        streamed(text.as_bytes());
    }

    /// Cut the real documents anywhere: never a panic, never a whole release from part of one.
    #[test]
    fn the_golden_documents_cut_anywhere(cut in 0usize..1_000_000) {
        for doc in [GOLDEN_JSON, GOLDEN_XML] {
            let mut end = cut % doc.trim_end().len();
            while !doc.is_char_boundary(end) {
                end -= 1;
            }
            prop_assert!(from_json(&doc[..end]).is_err());
            prop_assert!(from_xml(&doc[..end]).is_err());
        }
    }
}

#[test]
fn an_xml_collection_reads_each_record_within_the_limits() {
    let release = golden();
    let mut big = golden();
    big.place = "Almaty ".repeat(10_000);
    let mut doc = Vec::new();
    caricc_release::collection::write_xml_collection(
        &mut doc,
        [&release, &release, &big, &release],
    )
    .expect("written");
    // A text too long: the third record is refused, the reading goes on.
    let mut reader = ReleaseReader::xml_collection(&doc[..])
        .with_limits(Limits::default().with_text_bytes(60_000));
    assert_eq!(reader.next().expect("1").expect("reads"), release);
    assert_eq!(reader.next().expect("2").expect("reads"), release);
    let err = reader.next().expect("3").unwrap_err();
    assert_eq!(
        (err.limit(), err.is_fatal(), err.record()),
        (Some(Limit::TextBytes), false, Some(3))
    );
    assert_eq!(reader.next().expect("4").expect("reads"), release);
    assert!(reader.next().is_none());
    // Size: a record over the input limit ends the reading; those before it are read.
    let mut reader = ReleaseReader::xml_collection(&doc[..])
        .with_limits(Limits::default().with_input_bytes(50_000));
    assert_eq!(reader.next().expect("1").expect("reads"), release);
    assert_eq!(reader.next().expect("2").expect("reads"), release);
    let err = reader.next().expect("3").unwrap_err();
    assert_eq!(
        (err.limit(), err.is_fatal(), err.record()),
        (Some(Limit::InputBytes), true, Some(3))
    );
    assert!(reader.next().is_none());
}

#[test]
fn years_the_formats_cannot_write_are_never_read_and_never_written() {
    for bad in [
        "15 October -25",
        "15.10.-025",
        "15 October +2025",
        "15 October 12345",
    ] {
        assert!(bad.parse::<ArticleDate>().is_err(), "{bad} read");
    }
    let early: ArticleDate = "15 October 0611".parse().expect("four digits");
    assert_eq!(
        serde_json::to_string(&early).expect("writes"),
        "\"0611-10-15\""
    );
    // Prose with a signed year: the article is dated without it, or not at all.
    let seed = seed();
    let date_in = |text: &str| {
        let doc = seed.replacen("on 18 August 2025 by", &format!("on {text} by"), 1);
        let release = layout::parse(&doc).expect("reads").release;
        release.sections[3].articles[0].date
    };
    assert_eq!(date_in("18 August 2025").and_then(|d| d.year()), Some(2025));
    assert_eq!(date_in("18 August -025").and_then(|d| d.year()), None);

    // A release made by hand may hold one; neither writer writes it.
    let mut release = golden();
    release.sections[0].articles[0].date = Some(ArticleDate::from_date(
        chrono::NaiveDate::from_ymd_opt(-25, 10, 15).expect("a date"),
    ));
    let err = caricc_release::to_json(&release).unwrap_err();
    assert!(
        err.to_string().contains("the year -25 cannot be written"),
        "{err}"
    );
    let err = caricc_release::to_xml(&release).unwrap_err();
    assert_eq!(err.kind(), xml::ErrorKind::Vocabulary);
    assert_eq!(err.path(), "sections[0].articles[0].date");
}

// ---------------------------------------------------------------- release PDFs

#[cfg(feature = "pdf")]
#[path = "support/pdf_bytes.rs"]
mod pdf_bytes;

/// Hostile PDFs given to the release reader itself (the PDF layer's own suite is
/// `tests/pdf_hostile.rs`): each refused with its kind and a one-line message that says what
/// to do, never a panic.
#[cfg(feature = "pdf")]
#[test]
fn hostile_pdfs_are_refused_by_the_release_reader_with_one_line() {
    use caricc_release::pdf::{self, ErrorKind, PdfLimit};
    use pdf_bytes::{HELVETICA, one_page, scan, unicode_page, zeros_bomb};

    let text = |s: &str| {
        one_page(
            "<< /Font << /F1 5 0 R >> >>",
            format!("BT /F1 12 Tf 72 700 Td ({s}) Tj ET").as_bytes(),
            vec![HELVETICA.as_bytes().to_vec()],
        )
    };
    let bomb = one_page_bomb(&zeros_bomb(2 << 30));
    let mut nested = b"%PDF-1.4\n1 0 obj\n".to_vec();
    nested.extend(std::iter::repeat_n(b'[', 100_000));
    nested.extend_from_slice(b"\nendobj\n%%EOF\n");
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend(noise(3, 20_000));
    let release = text("Hello");
    let cases: Vec<(&str, Vec<u8>, ErrorKind)> = vec![
        ("not a PDF", noise(5, 1000), ErrorKind::NotPdf),
        ("a scan", scan(), ErrorKind::NoTextLayer),
        (
            "truncated",
            release[..release.len() / 2].to_vec(),
            ErrorKind::Corrupt,
        ),
        ("garbage after the header", garbage, ErrorKind::Corrupt),
        ("a bomb", bomb, ErrorKind::Limit(PdfLimit::StreamBytes)),
        ("100,000 levels", nested, ErrorKind::Limit(PdfLimit::Depth)),
        ("no release", release, ErrorKind::NotARelease),
        (
            "no release, in Cyrillic",
            unicode_page(&["ПРЕСС-РЕЛИЗ", "РЕСПУБЛИКА КАЗАХСТАН", "Изъято 5 кг гашиша."]),
            ErrorKind::NotARelease,
        ),
    ];
    for (what, bytes, kind) in cases {
        let err = pdf::from_pdf(&bytes).unwrap_err();
        assert_eq!(err.kind(), kind, "{what}: {err}");
        let message = err.to_string();
        assert!(
            !message.contains('\n') && !message.is_empty(),
            "{what}: {message}"
        );
        assert!(
            message.chars().next().is_some_and(char::is_lowercase),
            "{what}: {message}"
        );
    }
}

/// A page whose content stream is the Flate `bomb`.
#[cfg(feature = "pdf")]
fn one_page_bomb(bomb: &[u8]) -> Vec<u8> {
    pdf_bytes::one_page_with(
        "<< >>",
        pdf_bytes::stream(bomb, "/Filter /FlateDecode "),
        Vec::new(),
        "",
    )
}
