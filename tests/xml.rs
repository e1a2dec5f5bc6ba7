//! XML: the golden release byte for byte, layouts, text fidelity, refusing text XML 1.0
//! cannot carry, reading other shapes of the same document, byte streams and the error type.
//! Errors with positions and hostile input are in `xml_errors`.

mod support;

use support::fixtures::{
    GOLDEN_JSON, GOLDEN_XML, GOLDEN_XML_PATH, golden, without_substances_and_event_kinds,
};
use support::xml::*;

use caricc_release::xml::{Error, ErrorKind, NAMESPACE, WriteConfig};
use caricc_release::{
    Block, Code, EventKind, Release, Substance, Unit, from_json, from_xml_reader, to_json_pretty,
    to_xml, to_xml_with, to_xml_writer,
};

// ---------------------------------------------------------------- the golden release

#[test]
fn golden_xml_is_byte_identical() {
    let written = xml(&golden());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN_XML_PATH, &written).expect("the golden XML is written");
    }
    // Read now, not built in: the file as it is after an update.
    let expected = std::fs::read_to_string(GOLDEN_XML_PATH).expect("the golden XML exists");
    if written != expected {
        let line = written
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the end".to_owned(), |i| format!("line {}", i + 1));
        panic!(
            "to_xml(release #16) differs from tests/golden/release-2025-16.xml at {line}.\n\
             If the change is intended, regenerate the golden file with\n\
             \tUPDATE_GOLDEN=1 cargo test --test xml golden_xml_is_byte_identical\n\
             and review the diff before committing it."
        );
    }
}

#[test]
fn golden_xml_reads_as_the_golden_json() {
    assert_eq!(read(GOLDEN_XML), golden());
}

#[test]
fn golden_json_to_xml_to_json_is_byte_identical() {
    let json = GOLDEN_JSON;
    let back = read(&xml(&from_json(json).expect("JSON reads")));
    assert_eq!(to_json_pretty(&back).expect("JSON writes"), json);
}

#[test]
fn golden_xml_starts_with_declaration_and_root() {
    let text = GOLDEN_XML;
    assert!(
        text.starts_with(&format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<release xmlns=\"{NAMESPACE}\" version=\"1.1\" number=\"16\" year=\"2025\" format=\"PDF\" language=\"en\">\n  <title>"
        )),
        "{}",
        &text[..200]
    );
    assert!(text.ends_with("</release>\n"));
    assert!(!text.contains('\r'));
}

// ---------------------------------------------------------------- layouts

#[test]
fn compact_layout_is_one_line() {
    let release = golden();
    let compact = to_xml_with(&release, &WriteConfig::compact()).expect("writes");
    assert!(!compact.contains('\n'), "compact output has a line break");
    assert!(compact.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><release "));
    assert!(compact.ends_with("</sections></release>"));
    assert!(compact.contains(
        "<title>Information Release about past events in the anti-drug sphere</title><subtitle>"
    ));
    assert_eq!(read(&compact), release);

    let bare =
        to_xml_with(&release, &WriteConfig::compact().with_declaration(false)).expect("writes");
    assert!(bare.starts_with("<release xmlns="));
    assert_eq!(read(&bare), release);
    // with_indent(0) is the compact layout.
    assert_eq!(
        to_xml_with(&release, &WriteConfig::pretty().with_indent(0)).expect("writes"),
        compact
    );
}

#[test]
fn pretty_layout_without_declaration() {
    let release = golden();
    let config = WriteConfig::pretty().with_declaration(false);
    let text = to_xml_with(&release, &config).expect("writes");
    assert!(text.starts_with("<release xmlns=\"urn:caricc-release:1\" version=\"1.1\""));
    // The same document as to_xml, without its first line.
    let full = xml(&release);
    assert_eq!(
        text,
        full.split_once('\n')
            .expect("the declaration has its line")
            .1
    );
    assert_eq!(read(&text), release);
    assert_eq!(WriteConfig::default(), WriteConfig::pretty());
    assert_eq!(
        to_xml_with(&release, &WriteConfig::default()).expect("writes"),
        full
    );
}

#[test]
fn indent_by_four() {
    let release = golden();
    let text = to_xml_with(&release, &WriteConfig::pretty().with_indent(4)).expect("writes");
    assert!(
        text.contains("\n    <title>Information Release"),
        "{}",
        &text[..300]
    );
    assert!(text.contains("\n        <name>Central Asian"));
    // Every line's indentation is a multiple of four.
    for line in text.lines() {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        assert_eq!(spaces % 4, 0, "line: {line:?}");
    }
    // Only the indentation differs from the two-space layout.
    let two = xml(&release);
    let strip = |t: &str| {
        t.lines()
            .map(str::trim_start)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&text), strip(&two));
    assert_eq!(read(&text), release);
}

#[test]
fn to_xml_writer_writes_what_to_xml_with_returns() {
    let release = golden();
    for config in [
        WriteConfig::default(),
        WriteConfig::compact(),
        WriteConfig::compact().with_declaration(false),
        WriteConfig::pretty().with_indent(3),
    ] {
        let mut out = Vec::new();
        to_xml_writer(&mut out, &release, &config).expect("writes");
        let text = String::from_utf8(out).expect("UTF-8");
        assert_eq!(text, to_xml_with(&release, &config).expect("writes"));
        assert_eq!(from_xml_reader(text.as_bytes()).expect("reads"), release);
    }
}

#[test]
fn a_failing_writer_is_an_io_error() {
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let err = refused(
        to_xml_writer(Broken, &golden(), &WriteConfig::default()),
        "fails",
    );
    assert_eq!(err.kind(), ErrorKind::Io);
    assert_eq!((err.line(), err.column(), err.path()), (0, 0, ""));
    assert!(err.message().contains("disk full"), "{err}");
}

// ---------------------------------------------------------------- text fidelity

/// Markup characters, a CDATA end, spaces at both ends, every kind of line break, a tab,
/// Kazakh, Azerbaijani and Russian letters, emoji.
const TRICKY: &str = "  <b> & \"quoted\" 'single' ]]> line\nbreak\r\nwindows\rlone\ttab Қазақстан ң ү ə ş ğ Москва 🚓💊  ";

/// The golden release with `text` in many of its texts, the unit text included.
fn with_tricky(text: &str) -> Release {
    let mut r = golden();
    r.title = text.to_owned();
    r.summary.topics = Some(text.to_owned());
    r.contents[0].heading = text.to_owned();
    r.publisher.address.street = text.to_owned();
    let article = &mut r.sections[0].articles[0];
    article.headline = text.to_owned();
    article.places[0] = text.to_owned();
    article.topics[0] = text.to_owned();
    match &mut article.body[0] {
        Block::Paragraph {
            text: paragraph, ..
        } => *paragraph = text.to_owned(),
        other => panic!("the first block is a paragraph, not {other:?}"),
    }
    let statistic = &mut r.sections[1].articles[0].statistics[0];
    statistic.measure = text.to_owned();
    statistic.unit = Unit::Other(text.to_owned());
    statistic.area = Some(text.to_owned());
    statistic.breakdown[0].phrase = Some(text.to_owned());
    r
}

#[test]
fn tricky_text_round_trips_exactly() {
    let release = with_tricky(TRICKY);
    assert!(
        !release
            .validate()
            .problems()
            .iter()
            .any(|p| p.code() == Code::InvalidCharacter),
        "the tricky text is XML 1.0 text"
    );
    for config in [
        WriteConfig::default(),
        WriteConfig::compact(),
        WriteConfig::pretty().with_indent(4).with_declaration(false),
    ] {
        let text = to_xml_with(&release, &config).expect("writes");
        let back = read(&text);
        assert_eq!(back.title, TRICKY);
        assert_eq!(back.sections[0].articles[0].headline, TRICKY);
        assert_eq!(back.sections[1].articles[0].statistics[0].measure, TRICKY);
        assert_eq!(
            back.sections[1].articles[0].statistics[0].unit,
            Unit::Other(TRICKY.to_owned())
        );
        assert_eq!(back, release);
        // And through JSON, byte for byte.
        assert_eq!(
            to_json_pretty(&back).expect("writes"),
            to_json_pretty(&release).expect("writes")
        );
    }
}

#[test]
fn tricky_text_is_escaped_as_documented() {
    let text = xml(&with_tricky(TRICKY));
    assert!(
        !text.contains('\r'),
        "a carriage return is never written raw"
    );
    assert!(
        text.contains("break&#13;\nwindows"),
        "\\r\\n in text is &#13; and a line feed"
    );
    assert!(text.contains("windows&#13;lone"), "a lone \\r is &#13;");
    assert!(!text.contains("]]>"), "a CDATA end is never written raw");
    assert!(text.contains("<headline>  &lt;b&gt; &amp; \"quoted\" 'single' ]]&gt; line\nbreak"));
    // In the unit attribute, quotes and white space other than the space are references.
    assert!(
        text.contains(
            "unit=\"other:  &lt;b&gt; &amp; &quot;quoted&quot; 'single' ]]&gt; line&#10;break&#13;&#10;windows&#13;lone&#9;tab Қазақстан"
        ),
        "{}",
        text.lines().find(|l| l.contains("unit=\"other:")).unwrap_or_default()
    );
}

#[test]
fn text_of_white_space_only_round_trips() {
    let mut release = golden();
    release.title = "\n  x\n  ".to_owned();
    release.subtitle = "\n".to_owned();
    release.place = "  ".to_owned();
    release.summary.topics = Some(String::new());
    release.sections[0].articles[0].places[0] = "\t".to_owned();
    for config in [WriteConfig::default(), WriteConfig::compact()] {
        let text = to_xml_with(&release, &config).expect("writes");
        assert_eq!(read(&text), release, "layout {config:?}");
    }
}

// ---------------------------------------------------------------- what XML 1.0 cannot carry

/// The release with a character XML 1.0 cannot carry, and the model path it is at.
fn uncarriable() -> Vec<(Release, &'static str)> {
    let mut headline = golden();
    headline.sections[0].articles[0].headline = "BAD\u{1}HEADLINE".to_owned();
    let mut paragraph = golden();
    paragraph.sections[0].articles[0].body[0] = Block::paragraph("not a character: \u{FFFE}");
    let mut unit = golden();
    unit.sections[1].articles[0].statistics[0].unit = Unit::Other("doses\u{FFFF}".to_owned());
    vec![
        (headline, "sections[0].articles[0].headline"),
        (paragraph, "sections[0].articles[0].body[0].text"),
        (unit, "sections[1].articles[0].statistics[0].unit"),
    ]
}

#[test]
fn the_writer_refuses_text_xml_cannot_carry() {
    for (release, path) in uncarriable() {
        let err = refused(to_xml(&release), "the writer refuses");
        assert_eq!(err.kind(), ErrorKind::InvalidCharacter, "{err}");
        assert_eq!(err.path(), path);
        assert_eq!((err.line(), err.column()), (0, 0));
        assert!(
            err.message().contains("cannot be carried by XML 1.0"),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!("cannot write XML in {path}: {}", err.message())
        );

        // validate() reports the same problem at the same path.
        let report = release.validate();
        let problem = report
            .problems()
            .iter()
            .find(|p| p.code() == Code::InvalidCharacter)
            .expect("validate() reports invalid-character");
        assert_eq!(problem.code().as_str(), "invalid-character");
        assert_eq!(problem.path(), path);
        assert_eq!(problem.message(), err.message());
        assert!(report.has_errors());

        // Every layout refuses, and nothing is written: the check comes first.
        assert!(to_xml_with(&release, &WriteConfig::compact()).is_err());
        let mut out = Vec::new();
        let err = refused(
            to_xml_writer(&mut out, &release, &WriteConfig::default()),
            "the writer refuses",
        );
        assert_eq!(err.kind(), ErrorKind::InvalidCharacter);
        assert!(out.is_empty(), "{} bytes were written", out.len());
    }
}

#[test]
fn the_writer_names_the_character_and_its_byte() {
    let (release, _) = uncarriable().remove(0);
    let err = refused(to_xml(&release), "refused");
    assert_eq!(
        err.message(),
        "U+0001 at byte 3 cannot be carried by XML 1.0"
    );
}

// ---------------------------------------------------------------- other shapes of the same document

#[test]
fn crlf_line_ends_read_the_same() {
    let crlf = GOLDEN_XML.replace('\n', "\r\n");
    assert_eq!(read(&crlf), golden());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = format!("\u{feff}{}", GOLDEN_XML);
    assert_eq!(read(&text), golden());
    assert_eq!(from_xml_reader(text.as_bytes()).expect("reads"), golden());
}

#[test]
fn comments_and_processing_instructions_are_skipped() {
    let text = GOLDEN_XML
        .replacen(
            "<release ",
            "<!-- before the root -->\n<?stylesheet href=\"r.css\"?>\n<release ",
            1,
        )
        .replacen(
            "  <subtitle>",
            "  <!-- a comment -->\n  <?pi between elements?>\n  <subtitle>",
            1,
        )
        .replacen(
            "<title>Information Release",
            "<title><!-- in text -->Information <?pi in text?>Release",
            1,
        )
        .replacen("</sections>", "<!-- last --></sections>", 1)
        + "<!-- after the root -->\n<?pi after?>\n";
    assert_eq!(read(&text), golden());
}

#[test]
fn cdata_is_text() {
    let text = GOLDEN_XML.replacen(
        "<title>Information Release about past events in the anti-drug sphere</title>",
        "<title><![CDATA[Information Release]]> about past <![CDATA[events in the anti-drug sphere]]></title>",
        1,
    );
    assert_eq!(read(&text), golden());

    let text = GOLDEN_XML.replacen(
        "<subtitle>according to the media</subtitle>",
        "<subtitle><![CDATA[a <b> & \"c\" ]]]]><![CDATA[> d\r\ne]]></subtitle>",
        1,
    );
    assert_eq!(read(&text).subtitle, "a <b> & \"c\" ]]> d\ne");
}

#[test]
fn children_in_another_order_read_the_same() {
    let golden_xml = GOLDEN_XML;
    let title = "  <title>Information Release about past events in the anti-drug sphere</title>\n";
    let subtitle = "  <subtitle>according to the media</subtitle>\n";
    let swapped = golden_xml.replacen(
        &format!("{title}{subtitle}"),
        &format!("{subtitle}{title}"),
        1,
    );
    assert_ne!(swapped, golden_xml);
    assert_eq!(read(&swapped), golden());

    // The summary before the contents, the period last.
    let period = "  <period start=\"2025-08-16\" end=\"2025-08-31\"/>\n";
    let moved = golden_xml.replacen(period, "", 1).replacen(
        "</sections>\n",
        &format!("</sections>\n{period}"),
        1,
    );
    assert_eq!(read(&moved), golden());
}

#[test]
fn a_namespace_prefix_reads_the_same() {
    let text = prefixed(GOLDEN_XML);
    assert!(text.contains("<c:release xmlns:c=\"urn:caricc-release:1\" version=\"1.1\""));
    assert!(text.contains("<c:title>Information Release"));
    assert!(text.contains("</c:sections>\n</c:release>"));
    assert_eq!(read(&text), golden());
}

#[test]
fn xsi_schema_location_is_accepted() {
    let text = GOLDEN_XML.replacen(
        "language=\"en\">",
        "language=\"en\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:caricc-release:1 release.xsd\">",
        1,
    );
    assert_eq!(read(&text), golden());
}

#[test]
fn character_references_and_predefined_entities() {
    let text = GOLDEN_XML.replacen(
        "<subtitle>according to the media</subtitle>",
        "<subtitle>&#x41;&#66;&#x49b; &lt;&gt;&amp;&quot;&apos; &#13;&#10;&#x1F693;</subtitle>",
        1,
    );
    assert_eq!(read(&text).subtitle, "ABқ <>&\"' \r\n🚓");

    // In attributes too.
    let text = GOLDEN_XML.replacen(
        "unit=\"t\"",
        "unit=\"other:&#x41;&lt;&amp;&quot;&apos;&#9;\"",
        1,
    );
    let release = read(&text);
    let units: Vec<&Unit> = release.sections[1].articles[0]
        .statistics
        .iter()
        .map(|s| &s.unit)
        .collect();
    assert!(
        units.contains(&&Unit::Other("A<&\"'\t".to_owned())),
        "{units:?}"
    );
}

/// The golden release as version 1.0 of the vocabulary wrote it, before substances and event
/// kinds: an older minor version still reads, to the same release.
#[test]
fn a_version_1_0_document_still_reads() {
    let old = include_str!("golden/release-2025-16-xml-1.0.xml");
    assert!(old.contains("<release xmlns=\"urn:caricc-release:1\" version=\"1.0\" number=\"16\""));
    let golden = without_substances_and_event_kinds(golden());
    assert_eq!(read(old), golden);
    // What this crate writes of it differs only in the version.
    assert_eq!(
        xml(&golden),
        old.replacen("version=\"1.0\" number", "version=\"1.1\" number", 1)
    );
}

#[test]
fn substances_and_event_kinds_are_written_in_the_vocabularys_style() {
    let mut release = golden();
    let article = &mut release.sections[1].articles[0];
    article.statistics[0].substance = Some(Substance::Drugs);
    article.statistics[0].breakdown[0].substance = Some(Substance::CannabisResin);
    article.event_kinds = vec![
        EventKind::Seizure,
        EventKind::Arrest,
        EventKind::CriminalCase,
    ];
    let text = xml(&release);
    assert!(
        text.contains("<statistic value=\"4655\" unit=\"count\" substance=\"drugs\">"),
        "the substance is an attribute after role"
    );
    assert!(
        text.contains("<statistic value=\"2100\" unit=\"count\" substance=\"cannabis_resin\">")
    );
    assert!(text.contains(
        "</statistic>\n        <event_kind>seizure</event_kind>\n        <event_kind>arrest</event_kind>\n        <event_kind>criminal_case</event_kind>\n      </article>"
    ), "event kinds are elements after the statistics");
    assert_eq!(read(&text), release);
}

#[test]
fn a_newer_minor_version_without_new_elements_reads() {
    let text = GOLDEN_XML.replacen("version=\"1.1\" number", "version=\"1.3\" number", 1);
    assert_ne!(text, GOLDEN_XML);
    assert_eq!(read(&text), golden());
}

// ---------------------------------------------------------------- byte streams

#[test]
fn from_xml_reader_reads_bytes() {
    let text = GOLDEN_XML;
    assert_eq!(from_xml_reader(text.as_bytes()).expect("reads"), golden());
    let buffered = std::io::BufReader::with_capacity(7, text.as_bytes());
    assert_eq!(from_xml_reader(buffered).expect("reads"), golden());
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let mut bytes = GOLDEN_XML.as_bytes().to_vec();
    let offset = bytes.len() / 2;
    bytes[offset] = 0xFF;
    let err = refused(from_xml_reader(&bytes[..]), "not UTF-8");
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert!(
        err.message().contains(&format!("offset {offset}")),
        "{err} (expected offset {offset})"
    );
    assert!(err.message().contains("UTF-8"), "{err}");

    // A Latin-1 document.
    let err = refused(
        from_xml_reader(&b"<release title=\"caf\xe9\"/>"[..]),
        "not UTF-8",
    );
    assert_eq!(
        err.to_string(),
        "invalid XML: the input is not UTF-8 (invalid byte at offset 19)"
    );
}

#[test]
fn a_byte_order_mark_does_not_shift_error_positions() {
    let text = doc("\n  <title>x</title>\n  <colour/>\n");
    let plain = read_err(&text);
    assert_eq!((plain.line(), plain.column()), (3, 3));
    let with_bom = read_err(&format!("\u{feff}{text}"));
    assert_eq!((with_bom.line(), with_bom.column()), (3, 3), "{with_bom}");
}

// ---------------------------------------------------------------- the error type

#[test]
fn the_error_type_is_send_sync_static() {
    fn check<T: Send + Sync + 'static + std::error::Error>() {}
    check::<Error>();
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(read_err("<x/>"));
    assert!(boxed.to_string().starts_with("invalid release XML"));
}

#[test]
fn display_is_the_prefix_then_a_lowercase_message() {
    let (uncarriable, _) = uncarriable().remove(0);
    let errors = [
        read_err(&doc("<colour/>")),
        read_err(&format!("{ROOT}<title>a</subtitle></release>")),
        read_err(&format!("{ROOT}<title><![CDATA[abc")),
        read_err(&format!("{ROOT}<!-- abc")),
        read_err(&ROOT[..30]),
        read_err(&doc("<title>&#xZZ;</title>")),
        read_err(&doc("<title>&nbsp;</title>")),
        read_err(&billion_laughs()),
        read_err(""),
        refused(from_xml_reader(&b"\xff"[..]), "not UTF-8"),
        refused(to_xml(&uncarriable), "refused"),
    ];
    for err in &errors {
        let prefix = match err.kind() {
            ErrorKind::Syntax => "invalid XML",
            ErrorKind::Vocabulary => "invalid release XML",
            ErrorKind::Forbidden => "refused XML",
            ErrorKind::InvalidCharacter => "cannot write XML",
            ErrorKind::Io => "XML input/output failed",
            other => panic!("a new kind {other:?}"),
        };
        let mut expected = prefix.to_owned();
        if err.line() > 0 {
            expected.push_str(&format!(" at line {}, column {}", err.line(), err.column()));
        }
        if !err.path().is_empty() {
            expected.push_str(&format!(" in {}", err.path()));
        }
        expected.push_str(&format!(": {}", err.message()));
        assert_eq!(err.to_string(), expected);
        // A capitalised word is refused; a code such as "U+0001" or "XML" is not a word.
        let mut chars = err.message().chars();
        let (first, second) = (chars.next().expect("a message"), chars.next());
        assert!(
            !(first.is_uppercase() && second.is_some_and(char::is_lowercase)),
            "the message starts with a capital: {err}"
        );
    }
}
