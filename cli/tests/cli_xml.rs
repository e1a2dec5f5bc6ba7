//! The `caricc` command line over XML: converting to and from it, validating it, telling it
//! from JSON by its content, and refusing text XML cannot carry.

mod support;

use std::fs;

use support::cli::*;
use support::fixtures::{GOLDEN_JSON, GOLDEN_JSON_PATH, GOLDEN_XML, GOLDEN_XML_PATH};

#[test]
fn convert_golden_json_to_xml_and_back_through_files() {
    let dir = temp_dir("xml-files");
    let xml = dir.join("release-2025-16.xml");
    let xml = xml.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "xml", "-o", xml]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), ("", ""));
    assert_eq!(
        fs::read_to_string(xml).expect("written"),
        GOLDEN_XML,
        "the XML is the golden XML"
    );

    let json = dir.join("back.json");
    let json = json.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", xml, "--to", "json", "-o", json]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        fs::read_to_string(json).expect("written"),
        GOLDEN_JSON,
        "JSON -> XML -> JSON is byte-identical"
    );

    // On standard output, too.
    let out = run(&["convert", GOLDEN_XML_PATH, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), GOLDEN_JSON);
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "xml"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), GOLDEN_XML);
    // XML to XML reproduces the file.
    let out = run(&["convert", GOLDEN_XML_PATH, "--to", "xml"]);
    assert_eq!(stdout(&out), GOLDEN_XML);
}

#[test]
fn convert_golden_json_to_xml_and_back_through_stdin() {
    let out = run_with_stdin(&["convert", "-", "--to", "xml"], GOLDEN_JSON.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let xml = stdout(&out);
    assert_eq!(xml, GOLDEN_XML);

    let out = run_with_stdin(&["convert", "-", "--to", "json"], xml.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), GOLDEN_JSON);

    // `-o -` is standard output.
    let out = run_with_stdin(
        &["convert", "-", "--to", "xml", "-o", "-"],
        GOLDEN_JSON.as_bytes(),
    );
    assert_eq!(stdout(&out), GOLDEN_XML);
}

#[test]
fn validate_xml_file_exits_0() {
    let out = run(&["validate", GOLDEN_XML_PATH]);
    assert_eq!(
        status(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), ("", ""));

    let out = run(&["validate", "-v", GOLDEN_XML_PATH, GOLDEN_JSON_PATH]);
    assert_eq!(status(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("{GOLDEN_XML_PATH}: ok\n{GOLDEN_JSON_PATH}: ok\n")
    );

    let out = run_with_stdin(&["validate", "-v", "-"], GOLDEN_XML.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "<stdin>: ok\n");
}

#[test]
fn validate_xml_with_a_wrong_total_exits_1() {
    let xml = GOLDEN_XML;
    assert!(xml.contains("<summary total_events=\"13\">"));
    let dir = temp_dir("xml-14");
    let file = write(
        &dir,
        "release-2025-16.xml",
        &xml.replacen("total_events=\"13\"", "total_events=\"14\"", 1),
    );
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 13 articles\n"
        )
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_malformed_xml_exits_2_with_line_and_column() {
    let dir = temp_dir("xml-malformed");
    let root = r#"<release xmlns="urn:caricc-release:1" version="1.0" number="16" year="2025" format="PDF" language="en">"#;
    let file = write(&dir, "bad.xml", &format!("{root}\n  <title>ab</release>\n"));
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {file}: invalid XML at line 2, column 12 in /release/title: ill-formed document: expected `</title>`, but `</release>` was found\n"
        )
    );

    // Well-formed, but not a release.
    let file = write(
        &dir,
        "colour.xml",
        &format!("{root}\n  <colour/>\n</release>\n"),
    );
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {file}: invalid release XML at line 2, column 3 in /release: unknown element <colour>\n"
        )
    );

    // Refused: a DOCTYPE. Convert fails the same way and writes nothing.
    let file = write(
        &dir,
        "xxe.xml",
        &format!(
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n{root}<title>&xxe;</title></release>"
        ),
    );
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).starts_with(&format!("caricc: {file}: refused XML at line 1, column 1")),
        "stderr: {}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("root:"), "stderr: {}", stderr(&out));

    // Through standard input.
    let out = run_with_stdin(
        &["validate", "-"],
        format!("{root}\n  <title>ab</release>\n").as_bytes(),
    );
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out)
            .starts_with("caricc: <stdin>: invalid XML at line 2, column 12 in /release/title: "),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn validate_detects_xml_by_content() {
    let dir = temp_dir("xml-sniff");
    // White space may precede the root, but not an XML declaration: leave that out.
    let without_declaration = GOLDEN_XML
        .split_once('\n')
        .map(|(_, rest)| rest.to_owned())
        .unwrap_or_default();
    let file = write(&dir, "release.dat", &format!("\n  {without_declaration}"));
    let out = run(&["validate", "-v", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), format!("{file}: ok\n"));

    // No extension at all.
    let file = write(&dir, "release", GOLDEN_XML);
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), GOLDEN_JSON);

    // The extension wins over the content, in any case.
    let file = write(&dir, "RELEASE.XML", GOLDEN_XML);
    let out = run(&["validate", "-v", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let file = write(&dir, "release.Json", GOLDEN_JSON);
    let out = run(&["validate", "-v", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let file = write(&dir, "mislabelled.json", GOLDEN_XML);
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {file}: invalid JSON at line 1, column 1")),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let dir = temp_dir("bom");
    for (name, text) in [
        ("bom.xml", GOLDEN_XML),
        ("bom.json", GOLDEN_JSON),
        ("bom-xml.dat", GOLDEN_XML),
        ("bom-json.dat", GOLDEN_JSON),
    ] {
        let file = write(&dir, name, &format!("\u{feff}{text}"));
        let out = run(&["validate", "-v", &file]);
        assert_eq!(status(&out), 0, "{name}: stderr: {}", stderr(&out));
        assert_eq!(stdout(&out), format!("{file}: ok\n"));
        let out = run(&["convert", &file, "--to", "json"]);
        assert_eq!(stdout(&out), GOLDEN_JSON, "{name}");
    }
    let out = run_with_stdin(
        &["convert", "-", "--to", "xml"],
        format!("\u{feff}{}", GOLDEN_JSON).as_bytes(),
    );
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), GOLDEN_XML);

    // A byte order mark alone is an empty input.
    let out = run_with_stdin(&["validate", "-"], "\u{feff}\n".as_bytes());
    assert_eq!(status(&out), 2);
    assert_eq!(stderr(&out), "caricc: <stdin>: the input is empty\n");
}

#[test]
fn convert_to_xml_refuses_text_xml_cannot_carry() {
    let dir = temp_dir("xml-invalid-character");
    let mut release = valid_release();
    release.sections[0].articles[0].headline = "BAD\u{1}HEADLINE".to_owned();
    let file = write(&dir, "release.json", &json(&release));
    let out = run(&["convert", &file, "--to", "xml"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {file}: cannot write XML in sections[0].articles[0].headline: U+0001 at byte 3 cannot be carried by XML 1.0\n"
        )
    );
    // Nothing is written to -o either.
    let target = dir.join("out.xml");
    let out = run(&[
        "convert",
        &file,
        "--to",
        "xml",
        "-o",
        target.to_str().expect("UTF-8"),
    ]);
    assert_eq!(status(&out), 2);
    assert!(!target.exists(), "no output file is created");

    // JSON carries it; validate reports it.
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0);
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1);
    assert!(
        stdout(&out).contains(&format!(
            "{file}: sections[0].articles[0].headline: error invalid-character: "
        )),
        "stdout: {}",
        stdout(&out)
    );
}
