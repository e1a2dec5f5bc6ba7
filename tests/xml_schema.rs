//! The XML Schema of the XML vocabulary (`schema/release.xsd`) against what `to_xml` writes —
//! the real release #16/2025 and arbitrary valid releases — and against what `from_xml`
//! refuses: a document the schema refuses must be one the reader refuses too.
//!
//! The checks run `xmllint` (Debian/Ubuntu package `libxml2-utils`). Without it each of these
//! tests fails once, saying so; set `CARICC_SKIP_XMLLINT=1` to skip them instead, which a
//! one-line notice on standard error says (the tests themselves then pass).

mod support;

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use caricc_release::{Code, from_json, from_xml, to_xml};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use support::fixtures::{GOLDEN_XML, SUBSTANCES_JSON, SUBSTANCES_XML, golden};

fn xsd() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/release.xsd")
}

/// What xmllint says of a document.
enum Verdict {
    Valid,
    Invalid(String),
    /// xmllint is not installed and CARICC_SKIP_XMLLINT=1 says to skip.
    Skipped,
}

/// Whether the checks are skipped: xmllint is not installed and `CARICC_SKIP_XMLLINT=1`.
/// The first call looks for xmllint and, when skipping, writes one line to standard error past
/// the test harness's capture, so the skip shows in `cargo test` without `--nocapture`.
/// Without xmllint and without the variable, the calling test fails here, saying what to do.
fn skipped() -> bool {
    static MISSING: OnceLock<bool> = OnceLock::new();
    let skip = std::env::var("CARICC_SKIP_XMLLINT").as_deref() == Ok("1");
    let missing = *MISSING.get_or_init(|| {
        let missing = matches!(
            Command::new("xmllint").arg("--version").output(),
            Err(e) if e.kind() == ErrorKind::NotFound
        );
        if missing && skip {
            let _ = writeln!(
                std::io::stderr(),
                "note: xmllint not found: the XML Schema checks of tests/xml_schema.rs are \
                 skipped (CARICC_SKIP_XMLLINT=1)"
            );
        }
        missing
    });
    assert!(
        !missing || skip,
        "xmllint not found: install libxml2-utils (apt-get install libxml2-utils) to check the \
         XML against schema/release.xsd, or set CARICC_SKIP_XMLLINT=1 to skip these tests"
    );
    missing
}

/// Validates `xml` against the XSD with `xmllint --noout --schema`, through a temporary file.
fn xmllint(xml: &str) -> Verdict {
    if skipped() {
        return Verdict::Skipped;
    }
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let file = std::env::temp_dir().join(format!(
        "caricc-release-xsd-{}-{}.xml",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&file, xml).expect("write the temporary XML file");
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(xsd())
        .arg(&file)
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) => {
            let _ = std::fs::remove_file(&file);
            panic!("cannot run xmllint: {e}")
        }
    };
    let _ = std::fs::remove_file(&file);
    if output.status.success() {
        Verdict::Valid
    } else {
        Verdict::Invalid(
            String::from_utf8_lossy(&output.stderr)
                .trim_end()
                .to_owned(),
        )
    }
}

fn assert_valid(what: &str, xml: &str) {
    if let Verdict::Invalid(why) = xmllint(xml) {
        panic!("{what}: refused by the XSD:\n{why}\n{xml}");
    }
}

/// Refused by both the XSD and `from_xml`.
fn assert_both_refuse(what: &str, xml: &str) {
    assert!(
        from_xml(xml).is_err(),
        "{what}: from_xml accepts it:\n{xml}"
    );
    match xmllint(xml) {
        Verdict::Invalid(why) => {
            assert!(
                why.contains("Schemas validity error"),
                "{what}: refused, but not by the schema:\n{why}"
            );
        }
        Verdict::Valid => panic!("{what}: the XSD accepts it:\n{xml}"),
        Verdict::Skipped => {}
    }
}

fn golden_xml() -> String {
    to_xml(&golden()).expect("the golden release writes as XML")
}

#[test]
fn the_xsd_is_a_valid_schema() {
    // Validating any document compiles the schema first; a schema error says so instead of
    // a validity error.
    match xmllint("<release xmlns=\"urn:caricc-release:1\"/>") {
        Verdict::Invalid(why) => assert!(
            why.contains("Schemas validity error") && !why.contains("parser error"),
            "the XSD does not compile:\n{why}"
        ),
        Verdict::Valid => panic!("an empty release is valid"),
        Verdict::Skipped => {}
    }
}

#[test]
fn the_golden_release_is_valid() {
    let xml = golden_xml();
    assert_valid("release #16/2025", &xml);
    assert_eq!(from_xml(&xml).expect("from_xml reads it"), golden());
}

#[test]
fn the_golden_xml_file_is_valid() {
    assert_valid("tests/golden/release-2025-16.xml", GOLDEN_XML);
}

#[test]
fn arbitrary_valid_releases_are_valid() {
    // Asked here, so that a missing xmllint fails the test once, not once per case tried.
    if skipped() {
        return;
    }
    let mut runner = TestRunner::new(Config {
        cases: 32,
        ..Config::default()
    });
    let result = runner.run(&support::release(), |release| {
        let xml = to_xml(&release).expect("a valid release writes as XML");
        match xmllint(&xml) {
            Verdict::Invalid(why) => Err(TestCaseError::fail(format!("{why}\n{xml}"))),
            Verdict::Valid | Verdict::Skipped => Ok(()),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn a_missing_headline_is_refused() {
    let xml = golden_xml();
    let start = xml.find("<headline>").expect("a headline");
    let end = xml[start..].find("</headline>").expect("its end") + start + "</headline>".len();
    let without = format!("{}{}", &xml[..start], &xml[end..]);
    assert_both_refuse("the first article without its headline", &without);
}

#[test]
fn a_qualifier_outside_the_enumeration_is_refused() {
    let xml = golden_xml();
    assert!(xml.contains("qualifier=\"over\""));
    let roughly = xml.replacen("qualifier=\"over\"", "qualifier=\"roughly\"", 1);
    assert_both_refuse("qualifier=\"roughly\"", &roughly);
}

#[test]
fn other_malformed_documents_are_refused() {
    let xml = golden_xml();
    let cases = [
        ("unit tons", "unit=\"t\"", "unit=\"tons\""),
        ("country XX", "country=\"KZ\"", "country=\"XX\""),
        (
            "value with a plus sign",
            "value=\"4655\"",
            "value=\"+4655\"",
        ),
        (
            "period date with a time zone",
            "start=\"2025-08-16\"",
            "start=\"2025-08-16Z\"",
        ),
        (
            "article date in words",
            "date=\"--08-29\"",
            "date=\"29 August\"",
        ),
        ("format pdf", "format=\"PDF\"", "format=\"pdf\""),
        ("number with a plus sign", "number=\"16\"", "number=\"+16\""),
        ("page with a plus sign", "page=\"2\"", "page=\"+2\""),
        (
            "version 2.0",
            "version=\"1.1\" number=",
            "version=\"2.0\" number=",
        ),
        ("an unknown element", "<topic>", "<tag>x</tag><topic>"),
        (
            "an unknown attribute",
            "<statistic ",
            "<statistic confidence=\"high\" ",
        ),
    ];
    for (what, from, to) in cases {
        assert!(xml.contains(from), "{what}: {from} is not in the document");
        assert_both_refuse(what, &xml.replacen(from, to, 1));
    }
}

/// The hand-written fixture with substances and event kinds: valid, the same release as its
/// JSON twin, and what `to_xml` writes of it is valid too.
#[test]
fn the_substances_fixture_is_valid_and_reads_as_its_json() {
    assert_valid(
        "tests/fixtures/substances-and-event-kinds.xml",
        SUBSTANCES_XML,
    );
    let release = from_xml(SUBSTANCES_XML).expect("the fixture reads");
    assert_eq!(
        release,
        from_json(SUBSTANCES_JSON).expect("its JSON twin reads")
    );
    let written = to_xml(&release).expect("writes");
    assert_valid("to_xml of the fixture", &written);
    assert_eq!(from_xml(&written).expect("reads back"), release);
    // The version 1.0 of the vocabulary is valid too: the schema takes any 1.x.
    let old = include_str!("golden/release-2025-16-xml-1.0.xml");
    assert_valid("tests/golden/release-2025-16-xml-1.0.xml", old);
}

#[test]
fn an_unknown_substance_or_event_kind_is_refused() {
    let xml = SUBSTANCES_XML.replacen("substance=\"cannabis_resin\"", "substance=\"hashish\"", 1);
    assert_both_refuse("substance hashish", &xml);
    let xml = SUBSTANCES_XML.replacen("<event_kind>arrest<", "<event_kind>detention<", 1);
    assert_both_refuse("event kind detention", &xml);
}

/// A kind listed twice: the schema refuses it (xs:unique); the reader takes it, for
/// validate() to report, as from JSON.
#[test]
fn an_event_kind_listed_twice_is_refused_by_the_schema_and_reported_by_validate() {
    let xml = SUBSTANCES_XML.replacen(
        "<event_kind>arrest</event_kind>",
        "<event_kind>arrest</event_kind>\n        <event_kind>arrest</event_kind>",
        1,
    );
    match xmllint(&xml) {
        Verdict::Invalid(why) => assert!(why.contains("EventKindOnce"), "{why}"),
        Verdict::Valid => panic!("the XSD accepts a kind listed twice"),
        Verdict::Skipped => {}
    }
    let release = from_xml(&xml).expect("the reader takes it");
    let codes: Vec<Code> = release
        .validate()
        .problems()
        .iter()
        .map(|p| p.code())
        .collect();
    assert_eq!(codes, [Code::EventKindsUnordered]);
}
