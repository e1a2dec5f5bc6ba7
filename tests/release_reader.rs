//! Streams of releases: JSON Lines and XML collections, read one release at a time.

use caricc_release::collection::{
    ReadError, ReleaseReader, StreamFormat, write_json_lines, write_xml_collection,
};
use caricc_release::{Period, Release};

mod support;
use support::fixtures::{VARIANT_19, golden};
use support::synthetic;

const ROOT: &str = r#"<releases xmlns="urn:caricc-release:1" version="1.1">"#;

/// The golden release as #17, without its last section and with a changed place.
fn modified() -> Release {
    let mut release = golden();
    release.number = 17;
    release.period = "01-15.09.2025".parse().expect("a period");
    release.sections.pop();
    release.place = "Almaty & <Astana>\r\n".to_owned();
    release
}

/// #19/2025, read from the text layout.
fn variant() -> Release {
    caricc_release::layout::parse(VARIANT_19)
        .expect("the variant reads")
        .release
}

fn three() -> Vec<Release> {
    vec![golden(), modified(), variant()]
}

fn json_lines(releases: &[Release]) -> String {
    let mut out = Vec::new();
    let written = write_json_lines(&mut out, releases).expect("JSON Lines are written");
    assert_eq!(written, releases.len());
    String::from_utf8(out).expect("UTF-8")
}

fn xml_collection(releases: &[Release]) -> String {
    let mut out = Vec::new();
    let written = write_xml_collection(&mut out, releases).expect("the collection is written");
    assert_eq!(written, releases.len());
    String::from_utf8(out).expect("UTF-8")
}

fn read_all(reader: ReleaseReader<&[u8]>) -> Vec<Result<Release, ReadError>> {
    reader.collect()
}

fn only_error(items: Vec<Result<Release, ReadError>>) -> ReadError {
    assert_eq!(items.len(), 1, "one item: {items:?}");
    match items.into_iter().next() {
        Some(Err(err)) => err,
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn three_releases_round_trip_through_json_lines() {
    let releases = three();
    assert_ne!(releases[0], releases[1]);
    assert_ne!(releases[1], releases[2]);
    let text = json_lines(&releases);
    assert_eq!(text.lines().count(), 3);
    assert!(text.ends_with("}\n"));
    let back: Vec<Release> = ReleaseReader::json_lines(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("every record reads");
    assert_eq!(back, releases);

    let detected = ReleaseReader::detect(text.as_bytes()).expect("a format");
    assert_eq!(detected.format(), StreamFormat::JsonLines);
    assert_eq!(
        detected.map(|r| r.expect("reads")).collect::<Vec<_>>(),
        releases
    );
}

#[test]
fn three_releases_round_trip_through_an_xml_collection() {
    let releases = three();
    let text = xml_collection(&releases);
    let lines: Vec<&str> = text.lines().collect();
    // One line per release, but the second's place holds a line break.
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    assert_eq!(lines[1], ROOT);
    assert!(
        lines[2].starts_with(r#"<release xmlns="urn:caricc-release:1" version="1.1" number="16""#)
    );
    assert_eq!(lines[6], "</releases>");
    let back: Vec<Release> = ReleaseReader::xml_collection(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("every record reads");
    assert_eq!(back, releases);

    let detected = ReleaseReader::detect(text.as_bytes()).expect("a format");
    assert_eq!(detected.format(), StreamFormat::XmlCollection);
    assert_eq!(
        detected.map(|r| r.expect("reads")).collect::<Vec<_>>(),
        releases
    );
}

#[test]
fn the_writers_take_owned_releases_and_borrowed_ones() {
    let releases = three();
    let mut by_ref = Vec::new();
    write_json_lines(&mut by_ref, &releases).expect("written");
    let mut owned = Vec::new();
    write_json_lines(&mut owned, releases.clone()).expect("written");
    assert_eq!(by_ref, owned);
    let mut iterated = Vec::new();
    write_xml_collection(&mut iterated, releases.iter()).expect("written");
    assert_eq!(
        String::from_utf8(iterated).expect("UTF-8"),
        xml_collection(&releases)
    );
}

#[test]
fn a_bad_json_record_in_the_middle_is_reported_and_the_others_read() {
    let releases = three();
    let text = json_lines(&releases);
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1] = r#"{"number": 17, "year": }"#;
    let text = lines.join("\n");
    let items = read_all(ReleaseReader::json_lines(text.as_bytes()));
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().ok(), Some(&releases[0]));
    assert_eq!(items[2].as_ref().ok(), Some(&releases[2]));
    let err = items[1].as_ref().expect_err("record 2 does not read");
    assert_eq!(
        (err.record(), err.line(), err.is_fatal()),
        (Some(2), Some(2), false)
    );
    assert_eq!(
        err.to_string(),
        "record 2 (line 2): invalid JSON at line 1, column 24: expected value"
    );
    assert_eq!(
        err.message(),
        "invalid JSON at line 1, column 24: expected value"
    );
}

#[test]
fn json_records_that_are_not_releases_or_not_utf8_are_errors_of_their_own() {
    let golden = json_lines(&[golden()]);
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"number\": 16}\n");
    input.extend_from_slice(b"{\"x\": \"\xFF\"}\n");
    input.extend_from_slice(golden.as_bytes());
    let items = read_all(ReleaseReader::json_lines(&input));
    assert_eq!(items.len(), 3);
    let first = items[0].as_ref().expect_err("not a release");
    assert!(
        first
            .message()
            .starts_with("not a release at line 1, column "),
        "{first}"
    );
    let second = items[1].as_ref().expect_err("not UTF-8");
    assert_eq!(second.record(), Some(2));
    assert_eq!(
        second.message(),
        "not UTF-8 text: invalid byte at column 8 (in bytes)"
    );
    assert!(items[2].is_ok());
}

#[test]
fn json_lines_skip_blank_lines_a_byte_order_mark_and_carriage_returns() {
    let releases = three();
    let text = json_lines(&releases).replace('\n', "\r\n\r\n  \t\n");
    let input = format!("\u{FEFF}\n{text}");
    let items = read_all(ReleaseReader::json_lines(input.as_bytes()));
    let back: Vec<Release> = items.into_iter().map(|r| r.expect("reads")).collect();
    assert_eq!(back, releases);

    // Records are counted without the blank lines; lines with them.
    let input = "\n\n{}\n\n[]\n";
    let items = read_all(ReleaseReader::json_lines(input.as_bytes()));
    let found: Vec<_> = items
        .iter()
        .map(|r| r.as_ref().map(|_| ()).map_err(|e| (e.record(), e.line())))
        .collect();
    assert_eq!(found, [Err((Some(1), Some(3))), Err((Some(2), Some(5)))]);

    // So does detection, which skips the leading white space.
    let reader = ReleaseReader::detect(input.as_bytes()).expect("JSON Lines");
    let found: Vec<_> = reader
        .map(|r| r.map(|_| ()).map_err(|e| (e.record(), e.line())))
        .collect();
    assert_eq!(found, [Err((Some(1), Some(3))), Err((Some(2), Some(5)))]);
}

#[test]
fn empty_inputs_have_no_releases() {
    for input in ["", " ", "\n\n", "\u{FEFF}", " \r\n\t\n"] {
        assert_eq!(
            ReleaseReader::json_lines(input.as_bytes()).count(),
            0,
            "{input:?}"
        );
        assert_eq!(
            ReleaseReader::xml_collection(input.as_bytes()).count(),
            0,
            "{input:?}"
        );
        let detected = ReleaseReader::detect(input.as_bytes()).expect("nothing to detect");
        assert_eq!(detected.count(), 0, "{input:?}");
    }
    let empty_roots = [
        format!("{ROOT}</releases>"),
        format!(
            "<?xml version=\"1.0\"?>\n<!-- none yet -->\n{ROOT}\n  <!-- none -->\n</releases>\n"
        ),
        r#"<releases xmlns="urn:caricc-release:1" version="1.0"/>"#.to_owned(),
    ];
    for input in &empty_roots {
        assert_eq!(
            read_all(ReleaseReader::xml_collection(input.as_bytes())).len(),
            0,
            "{input}"
        );
    }
    let none: [Release; 0] = [];
    let mut out = Vec::new();
    assert_eq!(write_xml_collection(&mut out, none.iter()).ok(), Some(0));
    assert_eq!(ReleaseReader::xml_collection(out.as_slice()).count(), 0);
    let mut out = Vec::new();
    assert_eq!(write_json_lines(&mut out, none.iter()).ok(), Some(0));
    assert!(out.is_empty());
}

#[test]
fn a_doctype_is_refused_and_ends_the_reading() {
    let release = xml_collection(&[golden()]);
    let body = release
        .split_once('\n')
        .map(|(_, rest)| rest)
        .expect("a declaration line");
    let input = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE releases [<!ENTITY a \"aaaaaaaaaa\">]>\n{body}"
    );
    let err = only_error(read_all(ReleaseReader::xml_collection(input.as_bytes())));
    assert!(err.is_fatal());
    assert_eq!((err.record(), err.line()), (None, Some(2)));
    assert_eq!(
        err.to_string(),
        "line 2: a DOCTYPE is not allowed: entities are never declared or fetched"
    );

    // Inside the root, and inside a release.
    let golden_xml = xml_collection(&[golden()]);
    let inside_root = golden_xml.replacen(ROOT, &format!("{ROOT}<!DOCTYPE x>"), 1);
    let err = only_error(read_all(ReleaseReader::xml_collection(
        inside_root.as_bytes(),
    )));
    assert!(err.is_fatal() && err.message().starts_with("a DOCTYPE is not allowed"));
    let inside_release = golden_xml.replacen("<title>", "<!DOCTYPE x><title>", 1);
    let err = only_error(read_all(ReleaseReader::xml_collection(
        inside_release.as_bytes(),
    )));
    assert!(err.is_fatal(), "{err}");
    assert_eq!((err.record(), err.line()), (Some(1), Some(3)));
}

/// Root start tags a collection may not have, and what the reader says of each.
const WRONG_ROOTS: [(&str, &str); 7] = [
    (
        r#"<archive xmlns="urn:caricc-release:1" version="1.0">"#,
        "the root element must be <releases xmlns=\"urn:caricc-release:1\">, not <archive>",
    ),
    (
        r#"<releases version="1.0">"#,
        "the root element must be <releases xmlns=\"urn:caricc-release:1\">, not <releases>",
    ),
    (
        r#"<releases xmlns="urn:caricc-release:2" version="2.0">"#,
        "the root element must be <releases xmlns=\"urn:caricc-release:1\">, not <releases>",
    ),
    (
        r#"<releases xmlns="urn:caricc-release:1" version="2.0">"#,
        "collection version 2.0 is not supported; this reader reads 1.x",
    ),
    (
        r#"<releases xmlns="urn:caricc-release:1">"#,
        "<releases> lacks its version attribute",
    ),
    (
        r#"<releases xmlns="urn:caricc-release:1" version="one">"#,
        "invalid version \"one\" on <releases>: expected MAJOR.MINOR, e.g. 1.0",
    ),
    (
        r#"<releases xmlns="urn:caricc-release:1" version="1.0" colour="red">"#,
        "unknown attribute colour on <releases>",
    ),
];

#[test]
fn a_wrong_root_is_refused() {
    let golden = golden();
    let single = caricc_release::to_xml(&golden).expect("XML");
    let err = only_error(read_all(ReleaseReader::xml_collection(single.as_bytes())));
    assert!(err.is_fatal());
    assert_eq!(
        err.to_string(),
        "line 2: the root element must be <releases xmlns=\"urn:caricc-release:1\">, not \
         <release> (a document of one release, which from_xml reads)"
    );

    let collection = xml_collection(&[golden]);
    let cases = WRONG_ROOTS
        .iter()
        .map(|(root, message)| (collection.replacen(ROOT, root, 1), *message))
        .chain([
            (format!("text{collection}"), "text before the root element"),
            (
                format!("{collection}<releases/>"),
                "content after </releases>",
            ),
        ]);
    for (input, message) in cases {
        let items = read_all(ReleaseReader::xml_collection(input.as_bytes()));
        let err = items
            .into_iter()
            .find_map(Result::err)
            .unwrap_or_else(|| panic!("no error for {input}"));
        assert!(err.is_fatal(), "{err}");
        assert_eq!(err.message(), message);
    }
}

#[test]
fn a_newer_minor_version_and_a_prefixed_root_are_read() {
    let collection = xml_collection(&[golden()]);
    // A newer minor version of the collection is read, as is a prefixed root.
    let newer = collection.replacen(ROOT, r#"<releases xmlns="urn:caricc-release:1" version="1.7" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:caricc-release:1 release.xsd">"#, 1);
    assert!(ReleaseReader::xml_collection(newer.as_bytes()).all(|r| r.is_ok()));
    let prefixed = collection
        .replacen(
            ROOT,
            r#"<c:releases xmlns:c="urn:caricc-release:1" version="1.0">"#,
            1,
        )
        .replace("</releases>", "</c:releases>");
    assert_eq!(
        ReleaseReader::xml_collection(prefixed.as_bytes())
            .filter(Result::is_ok)
            .count(),
        1
    );
}

#[test]
fn a_bad_xml_record_in_the_middle_is_reported_with_its_position_in_the_document() {
    let releases = three();
    let text = xml_collection(&releases);
    // Release 2 (line 4, and 5: its place holds a line break) gains an unknown element
    // inside its second section.
    let second = text
        .match_indices("<release ")
        .nth(1)
        .map(|(i, _)| i)
        .expect("a release");
    let section = second
        + text[second..]
            .match_indices("<section ")
            .nth(1)
            .map(|(i, _)| i)
            .expect("two sections");
    let heading = section + text[section..].find("<heading>").expect("a heading");
    let mut input = text.clone();
    input.insert_str(heading, "\n  <colour/>");
    let line = input[..heading].matches('\n').count() + 2;
    assert_eq!(line, 6);
    let items = read_all(ReleaseReader::xml_collection(input.as_bytes()));
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().ok(), Some(&releases[0]));
    assert_eq!(items[2].as_ref().ok(), Some(&releases[2]));
    let err = items[1].as_ref().expect_err("record 2 does not read");
    assert_eq!(
        (err.record(), err.line(), err.is_fatal()),
        (Some(2), Some(4), false)
    );
    assert_eq!(
        err.to_string(),
        "record 2 (line 4): invalid release XML at line 6, column 3 in \
         /releases/release[2]/sections/section[2]: unknown element <colour>"
    );
}

#[test]
fn xml_errors_on_a_release_first_line_count_columns_in_the_document() {
    let golden = golden();
    let text = xml_collection(&[golden.clone(), golden]);
    // The second release leaves its namespace to the root, so the reader adds it: the
    // column must still be the document's.
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[3] = format!(
        "   {}",
        lines[3]
            .replacen(r#"<release xmlns="urn:caricc-release:1" "#, "<release ", 1)
            .replacen("<subtitle>", "<colour/><subtitle>", 1)
    );
    let column = lines[3].find("<colour/>").expect("inserted") + 1;
    let input = lines.join("\n");
    let items = read_all(ReleaseReader::xml_collection(input.as_bytes()));
    assert!(items[0].is_ok());
    let err = items[1].as_ref().expect_err("an unknown element");
    assert_eq!(
        err.message(),
        format!(
            "invalid release XML at line 4, column {column} in /releases/release[2]: unknown element <colour>"
        )
    );

    // Without the error, the release relying on the root's declaration reads.
    lines[3] = lines[3].replacen("<colour/>", "", 1);
    let input = lines.join("\n");
    assert!(ReleaseReader::xml_collection(input.as_bytes()).all(|r| r.is_ok()));
}

#[test]
fn other_children_and_text_between_releases_are_errors_and_reading_goes_on() {
    let golden = golden();
    let text = xml_collection(&[golden.clone(), golden.clone()]);
    let input = text.replacen(
        "\n<release ",
        "\n<note>a <b>bold</b> remark</note>\nstray &amp; text\n<other:release xmlns:other=\"urn:other\"/>\n<release ",
        1,
    );
    let items = read_all(ReleaseReader::xml_collection(input.as_bytes()));
    let summary: Vec<_> = items
        .iter()
        .map(|r| {
            r.as_ref()
                .map(|_| ())
                .map_err(|e| (e.record(), e.line(), e.is_fatal(), e.message().to_owned()))
        })
        .collect();
    assert_eq!(
        summary,
        [
            Err((
                Some(1),
                Some(3),
                false,
                "unknown element <note> at column 1: a collection holds <release> elements only"
                    .to_owned()
            )),
            Err((
                None,
                Some(4),
                false,
                "text at column 1 is not allowed between releases, only <release> elements"
                    .to_owned()
            )),
            Err((
                Some(2),
                Some(5),
                false,
                "element <other:release> at column 1 is not in the namespace urn:caricc-release:1"
                    .to_owned()
            )),
            Ok(()),
            Ok(()),
        ]
    );
}

#[test]
fn xml_that_is_not_well_formed_ends_the_reading() {
    let releases = three();
    let text = xml_collection(&releases);
    let input = text.replacen("</title>", "</titel>", 2);
    let items = read_all(ReleaseReader::xml_collection(input.as_bytes()));
    assert_eq!(items.len(), 1, "{items:?}");
    let err = items[0].as_ref().expect_err("mismatched end tag");
    assert!(err.is_fatal());
    assert_eq!((err.record(), err.line()), (Some(1), Some(3)));
    assert!(err.message().starts_with("invalid XML: "), "{err}");

    // A document cut short.
    let cut = &text[..text.len() - 40];
    let items = read_all(ReleaseReader::xml_collection(cut.as_bytes()));
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items[0].is_ok() && items[1].is_ok());
    let err = items[2].as_ref().expect_err("cut short");
    assert!(err.is_fatal());
    assert_eq!(err.record(), Some(3));

    // Not UTF-8.
    let mut bytes = text.into_bytes();
    let at = bytes
        .windows(7)
        .position(|w| w == b"<title>")
        .expect("a title")
        + 7;
    bytes[at] = 0xFF;
    let items: Vec<_> = ReleaseReader::xml_collection(bytes.as_slice()).collect();
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].as_ref().is_err_and(ReadError::is_fatal));
}

#[test]
fn a_release_that_xml_cannot_carry_is_not_written() {
    let mut bad = golden();
    bad.sections[0].heading = "A\u{0}B".to_owned();
    let mut out = Vec::new();
    let err = write_xml_collection(&mut out, [golden(), bad]).expect_err("a NUL");
    assert_eq!(err.record(), Some(2));
    assert!(
        err.message()
            .starts_with("cannot write XML in sections[0].heading: "),
        "{err}"
    );
    // JSON carries it.
    let mut out = Vec::new();
    write_json_lines(
        &mut out,
        [golden(), {
            let mut r = golden();
            r.sections[0].heading = "A\u{0}B".to_owned();
            r
        }],
    )
    .expect("JSON carries any character");
    assert_eq!(
        ReleaseReader::json_lines(out.as_slice())
            .filter(Result::is_ok)
            .count(),
        2
    );
}

#[test]
fn detection_refuses_what_is_neither_format() {
    let err = ReleaseReader::detect("\n\n  [1, 2]".as_bytes()).expect_err("an array");
    assert!(err.is_fatal());
    assert_eq!(
        err.to_string(),
        "line 3: cannot tell the format: expected { (JSON Lines) or < (an XML collection)"
    );
    let reader = ReleaseReader::detect("\u{FEFF}  <releases/>".as_bytes()).expect("XML");
    assert_eq!(reader.format(), StreamFormat::XmlCollection);
}

/// Small, valid releases that differ: #1/2000, #2/2000, … in the semi-monthly schedule.
fn numbered(template: &Release, i: usize) -> Release {
    let mut release = template.clone();
    release.number = (i % 24) as u32 + 1;
    release.year = 2000 + (i / 24) as i32;
    release.period = Period::semi_monthly(release.number, release.year).expect("a period");
    release
}

#[test]
fn a_thousand_releases_are_read_one_at_a_time() {
    let template = synthetic::synthetic_release(1);
    let mut json = Vec::new();
    let written =
        write_json_lines(&mut json, (0..1000).map(|i| numbered(&template, i))).expect("written");
    assert_eq!(written, 1000);
    let mut xml = Vec::new();
    write_xml_collection(&mut xml, (0..1000).map(|i| numbered(&template, i))).expect("written");

    for (format, bytes) in [("JSON Lines", &json), ("XML", &xml)] {
        let reader = ReleaseReader::detect(bytes.as_slice()).expect("a format");
        let mut count = 0;
        for (i, item) in reader.enumerate() {
            let release = item.unwrap_or_else(|e| panic!("{format}: {e}"));
            assert_eq!(release.id(), numbered(&template, i).id(), "{format}");
            count += 1;
        }
        assert_eq!(count, 1000, "{format}");
    }
    assert_eq!(ReleaseReader::json_lines(json.as_slice()).count(), 1000);
    assert_eq!(ReleaseReader::xml_collection(xml.as_slice()).count(), 1000);
}

#[test]
fn readers_work_over_small_reads_and_errors_are_thread_safe() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<ReadError>();
    send_sync::<caricc_release::collection::WriteError>();
    fn send<T: Send>(_: &T) {}

    let releases = three();
    let xml = xml_collection(&releases);
    let json = json_lines(&releases);
    // A buffer of 7 bytes: events and lines span many reads.
    let reader =
        ReleaseReader::xml_collection(std::io::BufReader::with_capacity(7, xml.as_bytes()));
    send(&reader);
    assert_eq!(
        reader.map(|r| r.expect("reads")).collect::<Vec<_>>(),
        releases
    );
    let reader = ReleaseReader::json_lines(std::io::BufReader::with_capacity(7, json.as_bytes()));
    assert_eq!(
        reader.map(|r| r.expect("reads")).collect::<Vec<_>>(),
        releases
    );

    // Positions too: the second case above, through a tiny buffer.
    let input = xml.replacen("<subtitle>", "\n <colour/><subtitle>", 2);
    let items: Vec<_> =
        ReleaseReader::xml_collection(std::io::BufReader::with_capacity(5, input.as_bytes()))
            .collect();
    let err = items[1].as_ref().expect_err("an unknown element");
    assert_eq!(
        err.message(),
        "invalid release XML at line 6, column 2 in /releases/release[2]: unknown element <colour>"
    );
}
