//! Release PDFs on the command line: `validate`, `convert`, `render` and `stats` take them
//! from files and standard input, told by their `%PDF-` header, not by the file name.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use caricc_release::pdf;
use support::cli::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/pdf")
        .join(name)
}

fn office() -> String {
    fixture("release-2025-16.office.pdf")
        .to_str()
        .expect("UTF-8")
        .to_owned()
}

#[test]
fn validate_reads_a_pdf_and_names_the_page_of_each_diagnostic() {
    let out = run(&["validate", "--format", "json", &office()]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let problems = report["files"][0]["problems"].as_array().expect("problems");
    assert!(
        problems
            .iter()
            .any(|p| p["code"] == "contents-page" && p["page"] == 2),
        "{problems:?}"
    );
    let out = run(&["validate", "--strict", "--quiet", &office()]);
    assert_eq!(status(&out), 1, "the contents-page warnings fail --strict");
}

#[test]
fn a_pdf_is_told_by_its_header_from_a_file_of_any_name_and_from_stdin() {
    let bytes = fs::read(office()).expect("the fixture");
    let want = pdf::from_pdf(&bytes).expect("reads").release;
    let dir = temp_dir("pdf-noname");
    let unnamed = dir.join("release.data");
    fs::write(&unnamed, &bytes).expect("written");
    let out = run(&["convert", unnamed.to_str().expect("UTF-8"), "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        caricc_release::from_json(&stdout(&out)).expect("JSON"),
        want
    );
    let out = run_with_stdin(&["convert", "-", "--to", "json"], &bytes);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        caricc_release::from_json(&stdout(&out)).expect("JSON"),
        want
    );
}

#[test]
fn stats_and_render_take_pdfs() {
    let out = run(&["stats", &office()]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("KZ Kazakhstan"), "{}", stdout(&out));
    let dir = temp_dir("pdf-render");
    let html = dir.join("release.html");
    let out = run(&["render", &office(), "--html", html.to_str().expect("UTF-8")]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(
        fs::read_to_string(&html)
            .expect("written")
            .contains("REPUBLIC OF KAZAKHSTAN")
    );
}

#[test]
fn a_broken_or_locked_pdf_exits_2_with_one_line_that_says_what_to_do() {
    let dir = temp_dir("pdf-broken");
    let bytes = fs::read(office()).expect("the fixture");
    let cut = dir.join("cut.pdf");
    fs::write(&cut, &bytes[..bytes.len() / 3]).expect("written");
    let locked = fixture("libreoffice-open-password.pdf");
    for (file, says) in [
        (cut.to_str().expect("UTF-8"), "the PDF is damaged: "),
        (
            locked.to_str().expect("UTF-8"),
            "the PDF is encrypted: save an unencrypted copy",
        ),
    ] {
        let out = run(&["validate", file]);
        assert_eq!(status(&out), 2, "{file}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{err}");
    }
    let out = run(&[
        "validate",
        "--from",
        "pdf",
        &fixture("../../golden/release-2025-16.json").to_string_lossy(),
    ]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("not a PDF"), "{}", stderr(&out));
}
