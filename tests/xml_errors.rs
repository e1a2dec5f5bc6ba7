//! XML that does not read: each error with its kind, position, path and message; and hostile
//! input (entity expansion, external entities, characters XML does not allow), which fails
//! fast and fetches nothing.

mod support;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use support::fixtures::{GOLDEN_XML, golden};
use support::xml::*;

use caricc_release::limits::DEPTH_CEILING as MAX_BREAKDOWN_DEPTH;
use caricc_release::xml::{Error, ErrorKind};
use caricc_release::{
    Decimal, Release, Statistic, Unit, from_json, from_xml, to_json_pretty, to_xml,
};

/// Asserts everything an error says.
#[track_caller]
fn assert_error(
    err: &Error,
    kind: ErrorKind,
    line: usize,
    column: usize,
    path: &str,
    message: &str,
) {
    assert_eq!(
        (
            err.kind(),
            err.line(),
            err.column(),
            err.path(),
            err.message()
        ),
        (kind, line, column, path, message),
        "error: {err}"
    );
}

/// Runs a hostile read on its own thread; it must return (the watchdog only turns a hang
/// into a failure, it is not a performance bound).
fn hostile(label: &str, text: String) -> Error {
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    std::thread::spawn(move || {
        let _ = tx.send(from_xml(&text).map(|_| ()));
    });
    let result = rx
        .recv_timeout(Duration::from_secs(120))
        .unwrap_or_else(|_| panic!("{label}: the read did not return"));
    eprintln!("{label}: returned after {:?}", started.elapsed());
    match result {
        Ok(()) => panic!("{label}: the hostile document was read"),
        Err(err) => err,
    }
}

// ---------------------------------------------------------------- errors

#[test]
fn unknown_element_is_named_with_its_position() {
    let err = read_err(&doc("\n  <title>x</title>\n  <colour/>\n"));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        3,
        3,
        "/release",
        "unknown element <colour>",
    );
    assert_eq!(
        err.to_string(),
        "invalid release XML at line 3, column 3 in /release: unknown element <colour>"
    );

    // Deeper, the path says where.
    let err = read_err(&doc(
        "<sections>\n<section country=\"KZ\"><heading>H</heading>\n  <article><headline>A</headline><colour>red</colour></article>\n</section></sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        3,
        34,
        "/release/sections/section[1]/article[1]",
        "unknown element <colour>",
    );
}

#[test]
fn unknown_attribute_is_named() {
    let err = read_err(&doc("\n<title lang=\"en\">x</title>"));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        1,
        "/release/title",
        "unknown attribute lang on <title>",
    );

    let err = read_err(&format!(
        "{}</release>",
        ROOT.replace("language=\"en\"", "language=\"en\" colour=\"red\"")
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        1,
        1,
        "/release",
        "unknown attribute colour on <release>",
    );

    // A qualified attribute of another namespace than xsi is refused too.
    let err = read_err(&doc("\n<title xmlns:x=\"urn:x\" x:lang=\"en\">x</title>"));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!(err.message(), "unknown attribute x:lang on <title>");
}

#[test]
fn missing_required_element_names_it_at_the_parent() {
    let err = read_err(&doc(
        "<sections>\n  <section country=\"KZ\">\n    <heading>H</heading>\n    <article><headline>A</headline></article>\n    <article>\n      <place>Almaty</place>\n    </article>\n  </section>\n</sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        5,
        5,
        "/release/sections/section[1]/article[2]",
        "<article> lacks its <headline> element",
    );
}

#[test]
fn missing_required_attribute_names_it() {
    let err = read_err(&doc(
        "<sections>\n  <section><heading>H</heading></section></sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        3,
        "/release/sections/section[1]",
        "<section> lacks its country attribute",
    );
}

#[test]
fn repeated_single_element_is_refused() {
    let err = read_err(&doc("<title>a</title>\n  <title>b</title>"));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        3,
        "/release",
        "<title> appears more than once",
    );
}

#[test]
fn bad_attribute_value_names_the_attribute() {
    let err = read_err(&doc(
        "<sections><section country=\"KZ\"><heading>H</heading><article><headline>a</headline>\n<statistic qualifier=\"roughly\" value=\"1\" unit=\"t\"><measure>m</measure></statistic></article></section></sections>",
    ));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!((err.line(), err.column()), (2, 1));
    assert_eq!(
        err.path(),
        "/release/sections/section[1]/article[1]/statistic[1]"
    );
    assert!(err.message().contains("qualifier"), "{err}");
    assert!(err.message().contains("roughly"), "{err}");
    assert_eq!(
        err.message(),
        "invalid qualifier \"roughly\": expected exact, over, at_least, almost, about, up_to or less_than"
    );

    let err = read_err(&format!(
        "{}</release>",
        ROOT.replace("year=\"2025\"", "year=\"MMXXV\"")
    ));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert!(
        err.message().starts_with("invalid year \"MMXXV\": "),
        "{err}"
    );
}

#[test]
fn unknown_substance_and_event_kind_codes_name_the_path_and_what_was_expected() {
    let err = read_err(&doc(
        "<sections><section country=\"KZ\"><heading>H</heading><article><headline>a</headline>\n<statistic value=\"1\" unit=\"t\" substance=\"hashish\"><measure>m</measure></statistic></article></section></sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        1,
        "/release/sections/section[1]/article[1]/statistic[1]",
        "invalid substance \"hashish\": expected a substance code such as heroin, cannabis_resin or drugs",
    );

    let err = read_err(&doc(
        "<sections><section country=\"KZ\"><heading>H</heading><article><headline>a</headline>\n<event_kind>seizure</event_kind>\n<event_kind>Arrest</event_kind></article></section></sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        3,
        1,
        "/release/sections/section[1]/article[1]/event_kind[2]",
        "invalid event_kind \"Arrest\": expected seizure, arrest, laboratory_dismantled, \
         plantation_destroyed, criminal_case, sentence, prevention, cooperation or legislation",
    );
}

#[test]
fn bad_url_in_source_is_refused() {
    let err = read_err(&doc(
        "<sections><section country=\"KZ\"><heading>H</heading><article><headline>a</headline>\n<source>not a url</source></article></section></sections>",
    ));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!((err.line(), err.column()), (2, 1));
    assert_eq!(
        err.path(),
        "/release/sections/section[1]/article[1]/source[1]"
    );
    assert!(
        err.message().starts_with("invalid source \"not a url\": "),
        "{err}"
    );
}

#[test]
fn root_must_be_in_the_namespace() {
    for root in [
        ROOT.replace(" xmlns=\"urn:caricc-release:1\"", ""),
        ROOT.replace("urn:caricc-release:1", "urn:caricc-release:2"),
        ROOT.replace("<release ", "<releases "),
    ] {
        let err = read_err(&format!("{root}</release>"));
        assert_error(
            &err,
            ErrorKind::Vocabulary,
            1,
            1,
            "/release",
            "the root element must be <release xmlns=\"urn:caricc-release:1\">",
        );
    }
    // A child of another namespace.
    let err = read_err(&doc("\n<title xmlns=\"urn:other\">x</title>"));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!((err.line(), err.column(), err.path()), (2, 1, "/release"));
    assert_eq!(
        err.message(),
        "element <title> is not in the namespace urn:caricc-release:1"
    );
}

/// Namespace declarations hold for the element that makes them and its content only, and a
/// redeclared or undeclared prefix or default namespace moves an element out of ours.
#[test]
fn namespace_scopes_follow_the_elements() {
    // Redeclaring our own namespace, on an element or an empty one, changes nothing.
    for (from, to) in [
        ("<title>", "<title xmlns=\"urn:caricc-release:1\">"),
        ("<period ", "<period xmlns=\"urn:caricc-release:1\" "),
        ("<publisher>", "<publisher xmlns:o=\"urn:other\">"),
    ] {
        assert_eq!(read(&GOLDEN_XML.replacen(from, to, 1)), golden(), "{to}");
    }
    let refused = |text: &str, element: &str| {
        let err = read_err(text);
        assert_eq!(err.kind(), ErrorKind::Vocabulary, "{text}");
        assert_eq!(
            err.message(),
            format!("element <{element}> is not in the namespace urn:caricc-release:1")
        );
    };
    let prefixed = prefixed(GOLDEN_XML);
    // The prefix rebound to another namespace, on the element itself or on its parent.
    refused(
        &prefixed.replacen("<c:title>", "<c:title xmlns:c=\"urn:other\">", 1),
        "c:title",
    );
    refused(
        &prefixed.replacen("<c:name>", "<c:name xmlns:c=\"urn:other\">", 1),
        "c:name",
    );
    refused(
        &prefixed.replacen(
            "<c:publisher>",
            "<c:publisher xmlns:d=\"urn:caricc-release:1\" xmlns:c=\"urn:other\">",
            1,
        ),
        "c:publisher",
    );
    // A declaration ends with its element, an empty one included: the prefix is then unknown.
    for (from, to) in [
        ("<subtitle>", "<subtitle xmlns:o=\"urn:caricc-release:1\">"),
        ("<period ", "<period xmlns:o=\"urn:caricc-release:1\" "),
    ] {
        let text = GOLDEN_XML.replacen(from, to, 1).replacen(
            "<place>Almaty</place>",
            "<o:place>Almaty</o:place>",
            1,
        );
        refused(&text, "o:place");
    }
    // The default namespace undeclared, or declared another, for the element or its content.
    refused(
        &GOLDEN_XML.replacen("<title>", "<title xmlns=\"\">", 1),
        "title",
    );
    refused(
        &GOLDEN_XML.replacen("<publisher>", "<publisher xmlns=\"urn:other\">", 1),
        "publisher",
    );
    refused(
        &GOLDEN_XML.replacen("<address ", "<address xmlns=\"urn:other\" ", 1),
        "address",
    );
    // After a nested declaration ends, the outer one holds again.
    let text = GOLDEN_XML.replacen(
        "<acronym>CARICC</acronym>",
        "<acronym xmlns=\"urn:caricc-release:1\">CARICC</acronym>",
        1,
    );
    assert_eq!(read(&text), golden());
}

#[test]
fn another_major_version_is_refused() {
    for (version, message) in [
        (
            "2.0",
            "vocabulary version 2.0 is not supported; this reader reads 1.x",
        ),
        (
            "0.9",
            "vocabulary version 0.9 is not supported; this reader reads 1.x",
        ),
        ("1", "invalid version \"1\": expected MAJOR.MINOR, e.g. 1.0"),
    ] {
        let text = GOLDEN_XML.replacen(
            "version=\"1.1\" number",
            &format!("version=\"{version}\" number"),
            1,
        );
        let err = read_err(&text);
        assert_error(&err, ErrorKind::Vocabulary, 2, 1, "/release", message);
    }
}

#[test]
fn a_newer_minor_version_with_new_elements_names_them_and_both_versions() {
    let root = ROOT.replace("version=\"1.1\"", "version=\"1.3\"");
    let err = read_err(&format!("{root}\n  <colour/>\n</release>"));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        3,
        "/release",
        "unknown element <colour> (this reader knows vocabulary 1.1; the document is 1.3)",
    );

    // A new attribute deeper down, too.
    let text = GOLDEN_XML
        .replacen("version=\"1.1\" number", "version=\"1.3\" number", 1)
        .replacen(
            "<article date=\"--08-29\">",
            "<article date=\"--08-29\" weekday=\"fri\">",
            1,
        );
    let err = read_err(&text);
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!(
        err.message(),
        "unknown attribute weekday on <article> (this reader knows vocabulary 1.1; the document is 1.3)"
    );
    assert!(
        err.path().starts_with("/release/sections/section["),
        "{err}"
    );
}

#[test]
fn a_newer_minor_version_with_a_new_root_attribute_names_both_versions() {
    let root = ROOT.replace("version=\"1.1\"", "version=\"1.3\"");
    let err = read_err(&format!(
        "{}</release>",
        root.replace("language=\"en\"", "language=\"en\" edition=\"2\"")
    ));
    assert_eq!(
        err.message(),
        "unknown attribute edition on <release> (this reader knows vocabulary 1.1; the document is 1.3)"
    );
}

#[test]
fn ill_formed_xml_is_a_syntax_error_with_its_position() {
    // An unclosed tag: the end tag of its parent comes first.
    let err = read_err(&format!("{ROOT}\n  <title>ab</release>"));
    assert_error(
        &err,
        ErrorKind::Syntax,
        2,
        12,
        "/release/title",
        "ill-formed document: expected `</title>`, but `</release>` was found",
    );
    // A mismatched end tag.
    let err = read_err(&format!("{ROOT}\n<title>ab</subtitle></release>"));
    assert_error(
        &err,
        ErrorKind::Syntax,
        2,
        10,
        "/release/title",
        "ill-formed document: expected `</title>`, but `</subtitle>` was found",
    );
    // The document ends inside the root.
    let err = read_err(&format!("{ROOT}\n<title>ab</title>"));
    assert_error(
        &err,
        ErrorKind::Syntax,
        2,
        18,
        "/release",
        "the document ends before this element is closed",
    );
    // A bare ampersand.
    let err = read_err(&doc("\n<title>a & b</title>"));
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!((err.line(), err.path()), (2, "/release/title"));
    // Two roots.
    let err = read_err(&format!("{}<release/>", GOLDEN_XML));
    assert_error(
        &err,
        ErrorKind::Syntax,
        GOLDEN_XML.lines().count() + 1,
        1,
        "",
        "content after the root element",
    );
    // Nothing at all.
    let err = read_err("  \n");
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!(err.message(), "the document is empty");
}

#[test]
fn columns_count_characters_not_bytes() {
    // "Қазақстан" is 9 characters in 18 bytes.
    let err = read_err(&doc("<title>Қазақстан</title><colour/>"));
    assert_eq!((err.line(), err.column()), (1, 104 + 7 + 9 + 8));
}

#[test]
fn text_directly_inside_an_element_is_refused() {
    let err = read_err(&doc(
        "<sections><section country=\"KZ\"><heading>H</heading>\n<article>oops<headline>a</headline></article></section></sections>",
    ));
    assert_error(
        &err,
        ErrorKind::Vocabulary,
        2,
        10,
        "/release/sections/section[1]/article[1]",
        "text is not allowed here, only elements",
    );
    // Text inside an element that is empty by definition.
    let err = read_err(&doc(
        "<period start=\"2025-08-16\" end=\"2025-08-31\">x</period>",
    ));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!(err.path(), "/release/period");
    // An element inside a text element.
    let err = read_err(&doc("<title>a <b>bold</b></title>"));
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!(err.path(), "/release/title");
    assert_eq!(err.message(), "<title> holds text only, not elements");
}

#[test]
fn deep_breakdowns_are_refused_without_exhausting_the_stack() {
    let mut text = format!(
        "{ROOT}<sections><section country=\"KZ\"><heading>H</heading><article><headline>a</headline>"
    );
    for _ in 0..100_000 {
        text.push_str("<statistic value=\"1\" unit=\"t\"><measure>m</measure><breakdown>");
    }
    let err = hostile("deep breakdowns", text);
    assert_eq!(err.kind(), ErrorKind::Vocabulary);
    assert_eq!(
        err.message(),
        format!("breakdowns nest deeper than {MAX_BREAKDOWN_DEPTH} levels")
    );
}

/// The golden release with a statistic whose breakdown nests `levels` deep below it.
fn nested_breakdown(levels: usize) -> Release {
    let mut part = Statistic::new("m".to_owned(), Decimal::from(1), Unit::Count);
    for _ in 0..levels {
        let mut whole = Statistic::new("m".to_owned(), Decimal::from(1), Unit::Count);
        whole.breakdown.push(part);
        part = whole;
    }
    let mut r = golden();
    r.sections[0].articles[0].statistics.push(part);
    r
}

#[test]
fn breakdowns_as_deep_as_the_limit_round_trip() {
    let release = nested_breakdown(MAX_BREAKDOWN_DEPTH);
    assert_eq!(read(&xml(&release)), release);
}

#[test]
fn what_to_xml_writes_from_xml_reads_however_deep() {
    let release = nested_breakdown(MAX_BREAKDOWN_DEPTH + 1);
    // JSON can carry it, but no reader accepts it: the depth limit is the vocabulary's.
    let json = to_json_pretty(&release).expect("JSON writes");
    let err = from_json(&json).expect_err("deeper than any reader reads");
    assert_eq!(err.limit(), Some(caricc_release::limits::Limit::Depth));
    match to_xml(&release) {
        // Either the writer refuses what the reader would refuse …
        Err(err) => assert_ne!(err.kind(), ErrorKind::Io),
        // … or the reader reads what the writer wrote.
        Ok(text) => assert_eq!(read(&text), release),
    }
}

// ---------------------------------------------------------------- hostile input

#[test]
fn billion_laughs_fails_fast_at_the_doctype() {
    let err = hostile("billion laughs", billion_laughs());
    assert_eq!(err.kind(), ErrorKind::Forbidden, "{err}");
    assert!(err.message().contains("DOCTYPE"), "{err}");
    assert_eq!((err.line(), err.column()), (2, 1));
}

#[test]
fn external_entities_are_never_fetched() {
    let text = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n{}",
        doc("<title>&xxe;</title>")
    );
    let err = hostile("xxe", text);
    assert_eq!(err.kind(), ErrorKind::Forbidden, "{err}");
    assert!(err.message().contains("DOCTYPE"), "{err}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("root:"), "{shown}");
    if let Ok(passwd) = std::fs::read_to_string("/etc/passwd") {
        for line in passwd.lines().filter(|l| l.len() > 8) {
            assert!(
                !shown.contains(line),
                "the error shows /etc/passwd: {shown}"
            );
        }
    }
    // A parameter-entity variant.
    let text = format!(
        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>\n{}",
        doc("")
    );
    let err = hostile("parameter entity", text);
    assert_eq!(err.kind(), ErrorKind::Forbidden, "{err}");
}

#[test]
fn an_undeclared_entity_is_forbidden_and_named() {
    let err = hostile("nbsp", doc("\n<title>a&nbsp;b</title>"));
    assert_error(
        &err,
        ErrorKind::Forbidden,
        2,
        9,
        "/release/title",
        "the entity &nbsp; is not one of the five predefined entities",
    );
    let err = hostile("xxe without doctype", doc("<title>&xxe;</title>"));
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    assert!(err.message().contains("&xxe;"), "{err}");
    // In an attribute.
    let err = hostile(
        "entity in attribute",
        GOLDEN_XML.replacen("unit=\"t\"", "unit=\"other:&nbsp;\"", 1),
    );
    assert_eq!(err.kind(), ErrorKind::Forbidden, "{err}");
    assert!(err.message().contains("nbsp"), "{err}");
}

#[test]
fn a_character_reference_to_a_non_character_is_an_error() {
    let err = hostile("&#1;", doc("\n<title>a&#1;b</title>"));
    assert_error(
        &err,
        ErrorKind::Syntax,
        2,
        9,
        "/release/title",
        "the character reference &#1; stands for U+0001, which XML 1.0 does not allow",
    );
    for reference in ["&#0;", "&#xFFFE;", "&#xFFFF;", "&#xD800;", "&#x110000;"] {
        let err = hostile(reference, doc(&format!("<title>a{reference}b</title>")));
        assert_eq!(err.kind(), ErrorKind::Syntax, "{reference}: {err}");
        assert_eq!(err.path(), "/release/title");
    }
}

#[test]
fn a_character_reference_to_a_non_character_in_an_attribute_is_an_error() {
    for reference in ["&#1;", "&#xFFFE;"] {
        let text = GOLDEN_XML.replacen("unit=\"t\"", &format!("unit=\"other:a{reference}\""), 1);
        let err = refused(from_xml(&text), reference);
        assert_eq!(err.kind(), ErrorKind::Syntax, "{reference}: {err}");
    }
}

#[test]
fn raw_characters_xml_does_not_allow_are_refused() {
    for raw in ['\u{1}', '\u{FFFE}'] {
        let in_text = GOLDEN_XML.replacen(
            "<subtitle>according to the media",
            &format!("<subtitle>according to{raw} the media"),
            1,
        );
        let err = refused(from_xml(&in_text), "raw character in text");
        assert_eq!(err.kind(), ErrorKind::Syntax, "{err}");
        let in_attribute = GOLDEN_XML.replacen("unit=\"t\"", &format!("unit=\"other:a{raw}\""), 1);
        let err = refused(from_xml(&in_attribute), "raw character in an attribute");
        assert_eq!(err.kind(), ErrorKind::Syntax, "{err}");
    }
}

#[test]
fn a_duplicated_attribute_is_a_syntax_error() {
    let err = read_err(&format!(
        "{}</release>",
        ROOT.replace("number=\"16\"", "number=\"16\" number=\"17\"")
    ));
    assert_eq!(err.kind(), ErrorKind::Syntax, "{err}");
    assert!(!err.message().contains("position"), "{err}");
}

#[test]
fn a_misplaced_xml_declaration_is_refused() {
    let inside = GOLDEN_XML.replacen(
        "<subtitle>according to",
        "<subtitle>according<?xml version=\"1.0\"?> to",
        1,
    );
    assert!(from_xml(&inside).is_err(), "declaration inside a text");
    let late = format!("<!-- first -->\n{}", GOLDEN_XML);
    assert!(from_xml(&late).is_err(), "declaration after a comment");
    let twice = format!("<?xml version=\"1.0\"?>\n{}", GOLDEN_XML);
    assert!(from_xml(&twice).is_err(), "two declarations");
}
