//! The `caricc` command line, run as a program.
#![cfg(feature = "cli")]

mod support;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use caricc_release::{ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, to_json_pretty};
use support::fixtures::{
    GOLDEN_JSON, GOLDEN_JSON_PATH, GOLDEN_XML, GOLDEN_XML_PATH, SEED_PATH, VARIANT_19_PATH, golden,
    seed,
};

fn caricc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_caricc"))
}

fn run(args: &[&str]) -> Output {
    caricc().args(args).output().expect("caricc runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = caricc()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caricc runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // The program may finish (a usage error, say) before it reads all of its input.
    if let Err(err) = stdin.write_all(input) {
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing to caricc: {err}"
        );
    }
    drop(stdin);
    child.wait_with_output().expect("caricc ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn status(output: &Output) -> i32 {
    output.status.code().expect("caricc exits with a status")
}

/// A fresh directory for one test, removed when the test ends.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(test: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("caricc-cli-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, content).expect("write fixture");
    path.to_str().expect("UTF-8 temp path").to_owned()
}

fn valid_release() -> Release {
    ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .topics("Published articles contain information about a mass anti-drug run (Kazakhstan).")
        .section(
            SectionBuilder::new("KZ").page(2).article(
                ArticleBuilder::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION")
                    .place("Zhetysu region")
                    .paragraph("Volunteers and athletes ran under the slogan “A world without drugs.”")
                    .source("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/"),
            ),
        )
        .build()
        .expect("the release builds")
}

fn json(release: &Release) -> String {
    to_json_pretty(release).expect("the release writes")
}

fn valid_json() -> String {
    let release = valid_release();
    assert!(release.validate().is_empty(), "the fixture is valid");
    json(&release)
}

/// The valid release with the summary's total changed to 14: one error.
fn invalid_release() -> Release {
    let mut release = valid_release();
    release.summary.total_events = 14;
    release
}

/// The valid release without its source: one warning, no error.
fn warning_release() -> Release {
    let mut release = valid_release();
    release.sections[0].articles[0].sources.clear();
    let report = release.validate();
    assert!(
        report.is_valid() && !report.is_empty(),
        "the fixture has warnings only"
    );
    release
}

#[test]
fn validate_valid_file_prints_nothing_and_exits_0() {
    let dir = temp_dir("valid");
    let file = write(&dir, "release.json", &valid_json());
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_verbose_prints_ok() {
    let dir = temp_dir("verbose");
    let file = write(&dir, "release.json", &valid_json());
    for flag in ["-v", "--verbose"] {
        let out = run(&["validate", flag, &file]);
        assert_eq!(status(&out), 0);
        assert_eq!(stdout(&out), format!("{file}: ok\n"));
    }
}

#[test]
fn validate_error_prints_the_problem_and_exits_1() {
    let dir = temp_dir("error");
    let release = invalid_release();
    let file = write(&dir, "release.json", &json(&release));
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "stdout: {text}");
    assert!(
        lines[0].starts_with(&format!(
            "{file}: summary.total_events: error summary-total-mismatch: "
        )),
        "line: {}",
        lines[0]
    );
    let report = release.validate();
    let problem = &report.problems()[0];
    assert_eq!(lines[0], format!("{file}: {problem}"));
    assert_eq!(
        lines[0],
        format!(
            "{file}: summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 1 articles"
        )
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_warnings_only_exits_0_with_the_warning() {
    let dir = temp_dir("warning");
    let file = write(&dir, "release.json", &json(&warning_release()));
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: sections[0].articles[0].sources: warning source-missing: the article names no source\n"
        )
    );
    // With --verbose a file with problems gets no `ok` line.
    let out = run(&["validate", "-v", &file]);
    assert!(!stdout(&out).contains(": ok"));
}

#[test]
fn validate_missing_file_exits_2_naming_it() {
    let dir = temp_dir("missing");
    let missing = dir.join("no-such-release.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let out = run(&["validate", missing]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("caricc: {missing}: ")),
        "stderr: {err}"
    );
    assert!(!err.contains("panicked"), "stderr: {err}");
}

#[test]
fn validate_malformed_json_exits_2_with_line_and_column() {
    let dir = temp_dir("malformed");
    let file = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "caricc: {file}: invalid JSON at line 2, column 10: "
        )),
        "stderr: {err}"
    );
    assert_eq!(err.lines().count(), 1, "stderr: {err}");
}

#[test]
fn validate_json_that_is_not_a_release_exits_2() {
    let dir = temp_dir("not-release");
    let file = write(&dir, "other.json", "{\"number\": 16}");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {file}: not a release at line 1, column ")),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn validate_unknown_format_exits_2() {
    let dir = temp_dir("unknown");
    let file = write(&dir, "notes.md", "hello, world\n");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: cannot tell the format of {file}; expected .json, .xml or .txt\n")
    );

    let out = run_with_stdin(&["validate", "-"], b"hello, world");
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        "caricc: cannot tell the format of <stdin>; expected JSON, XML or the text layout\n"
    );

    // Convert says the same.
    let out = run(&["convert", &file, "--to", "xml"]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: cannot tell the format of {file}; expected .json, .xml or .txt\n")
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn validate_detects_json_by_content() {
    let dir = temp_dir("sniff");
    let file = write(&dir, "release.dat", &format!("\n  {}", valid_json()));
    let out = run(&["validate", "-v", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), format!("{file}: ok\n"));
}

#[test]
fn validate_processes_every_file_and_the_highest_status_wins() {
    let dir = temp_dir("several");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let valid = write(&dir, "valid.json", &valid_json());
    let invalid = write(&dir, "invalid.json", &json(&invalid_release()));
    let warning = write(&dir, "warning.json", &json(&warning_release()));

    // A failure first: the files after it are still checked.
    let out = run(&["validate", "-v", missing, &invalid, &valid, &warning]);
    assert_eq!(status(&out), 2);
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{invalid}: summary.total_events: error summary-total-mismatch: "
        )),
        "stdout: {text}"
    );
    assert!(text.contains(&format!("{valid}: ok\n")), "stdout: {text}");
    assert!(
        text.contains(&format!(
            "{warning}: sections[0].articles[0].sources: warning source-missing: "
        )),
        "stdout: {text}"
    );
    assert!(
        stderr(&out).starts_with(&format!("caricc: {missing}: ")),
        "stderr: {}",
        stderr(&out)
    );

    // An error in the middle, no failure: 1.
    let out = run(&["validate", &valid, &invalid, &warning]);
    assert_eq!(status(&out), 1);
    assert_eq!(stdout(&out).lines().count(), 2, "stdout: {}", stdout(&out));

    // Warnings only: 0.
    let out = run(&["validate", &valid, &warning]);
    assert_eq!(status(&out), 0);
}

#[test]
fn validate_reads_stdin() {
    let out = run_with_stdin(&["validate", "-v", "-"], valid_json().as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "<stdin>: ok\n");

    let out = run_with_stdin(&["validate", "-"], json(&invalid_release()).as_bytes());
    assert_eq!(status(&out), 1);
    assert!(
        stdout(&out).starts_with("<stdin>: summary.total_events: error summary-total-mismatch: ")
    );

    let out = run_with_stdin(&["validate", "-"], b"{\"number\": 16,\n \"year\": }");
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with("caricc: <stdin>: invalid JSON at line 2, column 10: "),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn validate_needs_a_file() {
    let out = run(&["validate"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("FILE"), "stderr: {}", stderr(&out));
}

#[test]
fn convert_to_json_on_stdout() {
    let dir = temp_dir("convert-stdout");
    let release = valid_release();
    // Compact input, pretty output.
    let file = write(
        &dir,
        "release.json",
        &caricc_release::to_json(&release).expect("the release writes"),
    );
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
    assert_eq!(stderr(&out), "");
}

#[test]
fn convert_to_json_into_a_file() {
    let dir = temp_dir("convert-output");
    let release = valid_release();
    let file = write(
        &dir,
        "release.json",
        &caricc_release::to_json(&release).expect("the release writes"),
    );
    for flag in ["-o", "--output"] {
        let target = dir.join(format!("out{flag}.json"));
        let target = target.to_str().expect("UTF-8 temp path");
        let out = run(&["convert", &file, "--to", "json", flag, target]);
        assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
        assert_eq!(stdout(&out), "");
        assert_eq!(
            fs::read_to_string(target).expect("output written"),
            json(&release)
        );
    }
}

#[test]
fn convert_reads_stdin() {
    let release = valid_release();
    let out = run_with_stdin(&["convert", "-", "--to", "json"], json(&release).as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
}

#[test]
fn convert_does_not_refuse_an_invalid_release() {
    let dir = temp_dir("convert-invalid");
    let release = invalid_release();
    let file = write(&dir, "release.json", &json(&release));
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
}

#[test]
fn convert_fails_with_2() {
    let dir = temp_dir("convert-fail");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", missing, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {missing}: ")),
        "stderr: {}",
        stderr(&out)
    );

    let bad = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["convert", &bad, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("line 2, column 10"),
        "stderr: {}",
        stderr(&out)
    );

    // An output that cannot be written.
    let good = write(&dir, "good.json", &valid_json());
    let target = dir.join("no-such-dir").join("out.json");
    let target = target.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", &good, "--to", "json", "-o", target]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {target}: ")),
        "stderr: {}",
        stderr(&out)
    );

    // An unknown target format is a usage error.
    let out = run(&["convert", &good, "--to", "yaml"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("json"), "stderr: {}", stderr(&out));
    assert!(stderr(&out).contains("xml"), "stderr: {}", stderr(&out));
}

#[test]
fn broken_pipe_is_quiet() {
    let dir = temp_dir("pipe");
    // Big enough (well over a pipe buffer) that writing must fail once the reader is gone.
    let mut builder = ReleaseBuilder::caricc().period("16-31.08.2025");
    let mut section = SectionBuilder::new("KZ").page(2);
    for i in 0..400 {
        section = section.article(
            ArticleBuilder::new(format!("ARTICLE {i}"))
                .paragraph("A paragraph long enough to fill the pipe quickly. ".repeat(10))
                .source(format!("https://example.kz/{i}").as_str()),
        );
    }
    builder = builder.section(section);
    let release = builder.build().expect("the release builds");
    let file = write(&dir, "big.json", &json(&release));
    assert!(fs::metadata(&file).expect("written").len() > 200_000);

    let mut child = caricc()
        .args(["convert", &file, "--to", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caricc runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("caricc ends");
    assert_eq!(stderr(&out), "");
    assert_eq!(status(&out), 0);
}

#[test]
fn help_documents_exit_codes_and_examples() {
    let out = run(&["--help"]);
    assert_eq!(status(&out), 0);
    let help = stdout(&out);
    assert!(help.contains("Exit status:"), "help: {help}");
    for code in ["0  ", "1  ", "2  "] {
        assert!(help.contains(code), "help lacks exit code {code:?}: {help}");
    }
    assert!(help.contains("Examples:"), "help: {help}");
    assert!(
        help.contains("caricc validate release-2025-16.json"),
        "help: {help}"
    );
    assert!(help.contains("--to json"), "help: {help}");
    assert!(help.contains("--to xml"), "help: {help}");
    assert!(
        help.contains("caricc validate release-2025-16.xml"),
        "help: {help}"
    );
    assert!(help.contains("Formats:"), "help: {help}");
    assert!(help.contains("(.json, .xml or .txt"), "help: {help}");

    for command in ["validate", "convert", "render", "stats"] {
        let out = run(&[command, "--help"]);
        assert_eq!(status(&out), 0);
        let help = stdout(&out);
        assert!(
            help.contains("Exit status:") && help.contains("Examples:"),
            "{command} help: {help}"
        );
        assert!(help.contains(".xml"), "{command} help: {help}");
    }
    // Every subcommand has an example in the main help.
    for example in [
        "caricc convert release-2025-16.json --to markdown",
        "caricc render release-2025-16.json --pdf release-2025-16.pdf",
        "caricc render release-2025-16.xml --html release-2025-16.html",
        "caricc stats releases/*.json",
    ] {
        assert!(help.contains(example), "help lacks {example:?}: {help}");
    }
    let help = stdout(&run(&["render", "--help"]));
    assert!(help.contains("CARICC_CHROMIUM"), "render help: {help}");
    let help = stdout(&run(&["stats", "--help"]));
    for word in [
        "--format",
        "--view",
        "table",
        "csv",
        "json",
        "events",
        "statistics",
    ] {
        assert!(help.contains(word), "stats help lacks {word}: {help}");
    }
    // The output formats are listed with what they write.
    let help = stdout(&run(&["convert", "--help"]));
    assert!(help.contains("--to markdown"), "convert help: {help}");
    assert!(help.contains("--to xml"), "convert help: {help}");
    assert!(
        help.contains("json") && help.contains("xml"),
        "convert help: {help}"
    );
}

#[test]
fn version_is_the_crate_version() {
    let out = run(&["--version"]);
    assert_eq!(status(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("caricc {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn golden_release_validates_and_converts_unchanged() {
    let golden = GOLDEN_JSON;
    let out = run(&["validate", GOLDEN_JSON_PATH]);
    assert_eq!(
        status(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");

    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        golden,
        "convert reproduces the golden file byte for byte"
    );

    let out = run_with_stdin(&["convert", "-", "--to", "json"], golden.as_bytes());
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out), golden);

    let out = run_with_stdin(&["validate", "-"], golden.as_bytes());
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out), "");
}

#[test]
fn golden_release_with_a_wrong_total_exits_1() {
    let golden = GOLDEN_JSON;
    assert!(golden.contains("\"total_events\": 13,"));
    let dir = temp_dir("golden-14");
    let file = write(
        &dir,
        "release-2025-16.json",
        &golden.replacen("\"total_events\": 13,", "\"total_events\": 14,", 1),
    );
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 13 articles\n"
        )
    );
}

// ---------------------------------------------------------------- XML

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

// ---------------------------------------------------------------- the text layout

#[test]
fn validate_the_text_layout_prints_the_readers_diagnostics_and_exits_0() {
    let out = run(&["validate", SEED_PATH]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 11, "{text}");
    assert!(lines.contains(&format!("{SEED_PATH}: line 43: warning heading-typo: the contents heading \"KYRGYZ PEPUBLIC\" is read as Kyrgyz Republic (KG), the closest country name").as_str()), "{text}");
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with(&format!("{SEED_PATH}: line ")))
    );
    // A text without an extension, and standard input, are told by their content.
    let seed = seed();
    let out = run_with_stdin(&["validate", "-"], seed.as_bytes());
    assert_eq!(status(&out), 0);
    assert!(stdout(&out).starts_with("<stdin>: line 32: info website-scheme-assumed: "));
}

#[test]
fn validate_the_text_layout_reports_problems_after_the_diagnostics() {
    // The variant fixture has an article without a source: a warning, exit 0.
    let out = run(&["validate", VARIANT_19_PATH]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.ends_with(&format!("{VARIANT_19_PATH}: sections[0].articles[1].sources: warning source-missing: the article names no source\n")), "{text}");
    // Not a release at all: exit 2 with the line.
    let dir = temp_dir("text-not-a-release");
    let path = write(&dir, "notes.txt", "Meeting notes\n\nnothing here\n");
    let out = run(&["validate", &path]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {path}: not a release (line 1): no \"INFORMATION RELEASE\" title: this is not the layout of a CARICC release\n"
        )
    );
}

#[test]
fn convert_the_text_layout_to_json_and_xml_with_diagnostics_on_stderr() {
    let out = run(&["convert", SEED_PATH, "--to", "json"]);
    assert_eq!(status(&out), 0);
    let release = caricc_release::from_json(&stdout(&out)).expect("JSON of a release");
    assert_eq!(release.id().to_string(), "#16/2025");
    assert_eq!(release.summary.total_events, 13);
    assert!(stderr(&out).contains(&format!(
        "caricc: {SEED_PATH}: line 43: warning heading-typo: "
    )));
    let out = run(&["convert", VARIANT_19_PATH, "--to", "xml"]);
    assert_eq!(status(&out), 0);
    let release = caricc_release::from_xml(&stdout(&out)).expect("XML of a release");
    assert_eq!(release.id().to_string(), "#19/2025");
}

// ---------------------------------------------------------------- stats

/// Reads RFC 4180 CSV (CRLF line ends, quoted fields); a blank line is an empty record.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut started) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, other) => field.push(other),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside a field: {text}");
                (quoted, started) = (true, true);
            }
            (false, ',') => {
                record.push(std::mem::take(&mut field));
                started = true;
            }
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                if started || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                }
                records.push(std::mem::take(&mut record));
                started = false;
            }
            (false, '\n') => panic!("a bare LF outside quotes: {text:?}"),
            (false, other) => {
                field.push(other);
                started = true;
            }
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "the CSV ends mid-record"
    );
    records
}

#[test]
fn stats_table_over_json_and_xml() {
    let out = run(&["stats", GOLDEN_JSON_PATH, GOLDEN_XML_PATH]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "RELEASE   PERIOD         COUNTRY        EVENTS  SOURCE"
    );
    assert_eq!(
        lines[1],
        format!("#16/2025  16-31.08.2025  AZ Azerbaijan       7  {GOLDEN_JSON_PATH}")
    );
    assert_eq!(
        lines[8],
        format!("#16/2025  16-31.08.2025  RU Russia           2  {GOLDEN_XML_PATH}")
    );
    assert_eq!(lines[9], "");
    assert_eq!(
        &lines[10..16],
        [
            "COUNTRY        RELEASES  EVENTS",
            "AZ Azerbaijan         2      14",
            "KZ Kazakhstan         2       6",
            "KG Kyrgyzstan         2       2",
            "RU Russia             2       4",
            "TOTAL                 2      26",
        ]
    );
    assert_eq!(lines[16], "");
    assert_eq!(
        lines[17],
        "RELEASE   COUNTRY  QUALIFIER       VALUE  TO  UNIT    MEASURE                                                             HEADLINE"
    );
    assert_eq!(
        lines[18],
        "#16/2025  KZ                        4655      count   drug crimes detected                                                MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(
        lines[19],
        "#16/2025  KZ                        2100      count   └ serious and particularly serious drug crimes                      MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS"
    );
    assert_eq!(lines.len(), 17 + 1 + 46);

    // The views.
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--view",
        "events",
    ]);
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out).lines().count(), 16);
    assert!(stdout(&out).ends_with("TOTAL                 2      26\n"));
    let out = run(&[
        "stats",
        "--view",
        "statistics",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
    ]);
    assert_eq!(status(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("RELEASE   COUNTRY  QUALIFIER"), "{text}");
    assert_eq!(text.lines().count(), 47);
}

#[test]
fn stats_csv_over_json_and_xml() {
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--format",
        "csv",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("source,release,period,country,country_name,events\r\n"));
    let records = parse_csv(&text);
    // 1 + 8 events, a blank line, 1 + 46 statistics.
    assert_eq!(records.len(), 9 + 1 + 47);
    assert!(records[..9].iter().all(|r| r.len() == 6), "{records:?}");
    assert!(records[9].is_empty());
    assert!(records[10..].iter().all(|r| r.len() == 13), "{records:?}");
    assert_eq!(
        records[5],
        [
            GOLDEN_XML_PATH,
            "#16/2025",
            "2025-08-16/2025-08-31",
            "AZ",
            "Azerbaijan",
            "7"
        ]
    );
    assert_eq!(records[10][4], "headline");
    assert_eq!(
        records[11][4], "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS",
        "a headline with a comma, quoted and read back"
    );
    assert!(text.contains(",\"MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS\",drug crimes detected,exact,4655,,count,first seven months of this year,,\r\n"));

    for (view, count, columns) in [("events", 9, 6), ("statistics", 47, 13)] {
        let out = run(&[
            "stats",
            GOLDEN_JSON_PATH,
            GOLDEN_XML_PATH,
            "--format",
            "csv",
            "--view",
            view,
        ]);
        assert_eq!(status(&out), 0);
        let records = parse_csv(&stdout(&out));
        assert_eq!(records.len(), count, "{view}");
        assert!(records.iter().all(|r| r.len() == columns), "{view}");
    }
}

#[test]
fn stats_json_over_json_and_xml() {
    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--format",
        "json",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["releases"][0]["source"], GOLDEN_JSON_PATH);
    assert_eq!(json["releases"][1]["source"], GOLDEN_XML_PATH);
    assert_eq!(json["releases"][1]["release"], "#16/2025");
    assert_eq!(json["total_events"], 26);
    assert_eq!(json["events"].as_array().map(Vec::len), Some(8));
    assert_eq!(json["country_totals"][1]["country"], "KZ");
    assert_eq!(json["country_totals"][1]["events"], 6);
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(46));
    assert_eq!(json["statistics"][14]["value"], "2500000000");
    assert_eq!(json["statistics"][14]["unit"], "KZT");

    let out = run(&[
        "stats",
        GOLDEN_JSON_PATH,
        "--format",
        "json",
        "--view",
        "statistics",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert!(json.get("events").is_none() && json.get("total_events").is_none());
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(23));
}

#[test]
fn stats_reports_unreadable_files_and_summarises_the_rest() {
    let dir = temp_dir("stats-missing");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let bad = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["stats", missing, GOLDEN_JSON_PATH, &bad, "--view", "events"]);
    assert_eq!(status(&out), 2);
    let err = stderr(&out);
    assert!(err.starts_with(&format!("caricc: {missing}: ")), "{err}");
    assert!(
        err.contains(&format!("caricc: {bad}: invalid JSON at line 2, column 10")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
    let text = stdout(&out);
    assert!(
        text.ends_with("TOTAL                 1      13\n"),
        "{text}"
    );
    assert!(!text.contains(missing));

    // Nothing read: nothing printed.
    let out = run(&["stats", missing]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");

    // Standard input, once only.
    let out = run_with_stdin(&["stats", "-", "--view", "events"], GOLDEN_XML.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("#16/2025  16-31.08.2025  AZ Azerbaijan       7  <stdin>\n"));
    let out = run_with_stdin(
        &["stats", "-", GOLDEN_JSON_PATH, "-"],
        GOLDEN_JSON.as_bytes(),
    );
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "caricc: standard input (`-`) can be read only once\n"
    );

    // Usage errors.
    assert_eq!(status(&run(&["stats"])), 2);
    let out = run(&["stats", GOLDEN_JSON_PATH, "--format", "yaml"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("table"), "{}", stderr(&out));
}

#[test]
fn stats_over_the_text_layout_puts_diagnostics_on_stderr() {
    let out = run(&[
        "stats",
        VARIANT_19_PATH,
        GOLDEN_JSON_PATH,
        "--view",
        "events",
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "#19/2025  01-15.10.2025  TJ Tajikistan         2  {VARIANT_19_PATH}\n"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("TOTAL                   2      18\n"),
        "{text}"
    );
    assert!(
        stderr(&out)
            .lines()
            .all(|l| l.starts_with(&format!("caricc: {VARIANT_19_PATH}: line "))),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------- convert to markdown and html

#[test]
fn convert_to_markdown_and_html_writes_the_renderings() {
    let release = golden();
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "markdown"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), caricc_release::layout::markdown(&release));
    let out = run(&["convert", GOLDEN_XML_PATH, "--to", "html"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), caricc_release::render::html(&release));

    let dir = temp_dir("convert-md");
    let target = dir.join("release.md");
    let out = run(&[
        "convert",
        GOLDEN_JSON_PATH,
        "--to",
        "markdown",
        "-o",
        target.to_str().expect("UTF-8"),
    ]);
    assert_eq!(status(&out), 0);
    assert_eq!(
        fs::read_to_string(&target).expect("written"),
        caricc_release::layout::markdown(&release)
    );
}

#[test]
fn convert_to_markdown_starts_with_the_title() {
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "markdown"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("# INFORMATION RELEASE"), "{text}");
}

#[test]
fn convert_to_html_starts_with_the_doctype() {
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "html"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("<!DOCTYPE html>"), "{text}");
}

// ---------------------------------------------------------------- render

const NO_CHROMIUM: &str =
    "no Chromium found: install it (Debian: apt-get install chromium) or set CARICC_CHROMIUM";

#[test]
fn render_html_writes_the_page() {
    let dir = temp_dir("render-html");
    let target = dir.join("page.html");
    let out = run(&[
        "render",
        GOLDEN_JSON_PATH,
        "--html",
        target.to_str().expect("UTF-8"),
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), ("", ""));
    assert_eq!(
        fs::read_to_string(&target).expect("written"),
        caricc_release::render::html(&golden())
    );
    // `--html -` is standard output.
    let out = run(&["render", GOLDEN_XML_PATH, "--html", "-"]);
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out), caricc_release::render::html(&golden()));
    // An output that cannot be written.
    let target = dir.join("no-such-dir").join("page.html");
    let target = target.to_str().expect("UTF-8");
    let out = run(&["render", GOLDEN_JSON_PATH, "--html", target]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).starts_with(&format!("caricc: {target}: ")));
}

#[test]
fn render_needs_a_target() {
    let out = run(&["render", GOLDEN_JSON_PATH]);
    assert_eq!(status(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("--pdf") && err.contains("--html"), "{err}");
}

#[test]
fn render_pdf_without_chromium_exits_2() {
    let dir = temp_dir("render-no-chromium");
    let target = dir.join("release.pdf");
    let target = target.to_str().expect("UTF-8");
    let out = caricc()
        .args(["render", GOLDEN_JSON_PATH, "--pdf", target])
        .env("CARICC_CHROMIUM", "/nonexistent")
        .output()
        .expect("caricc runs");
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!("caricc: {NO_CHROMIUM} (it is /nonexistent, which is not an executable file)\n")
    );
    assert!(!Path::new(target).exists());

    // Nothing on PATH either: the message alone. Nothing is written, not even --html.
    let empty = dir.join("empty-path");
    fs::create_dir(&empty).expect("dir");
    let html = dir.join("page.html");
    let out = caricc()
        .args(["render", GOLDEN_JSON_PATH, "--pdf", target, "--html"])
        .arg(&html)
        .env_remove("CARICC_CHROMIUM")
        .env("PATH", &empty)
        .output()
        .expect("caricc runs");
    assert_eq!(status(&out), 2);
    assert_eq!(stderr(&out), format!("caricc: {NO_CHROMIUM}\n"));
    assert!(!Path::new(target).exists() && !html.exists());

    // A PDF is never written to standard output.
    let out = run(&["render", GOLDEN_JSON_PATH, "--pdf", "-"]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).contains("--pdf needs a file"),
        "{}",
        stderr(&out)
    );
}

/// Runs caricc, again while a freshly written script is "busy" (another test thread forked
/// while it was open for writing).
#[cfg(unix)]
fn run_settled(command: &mut Command) -> Output {
    for _ in 0..20 {
        let out = command.output().expect("caricc runs");
        if !stderr(&out).contains("Text file busy") {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    command.output().expect("caricc runs")
}

#[cfg(unix)]
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{body}")).expect("script");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

#[cfg(unix)]
#[test]
fn render_pdf_drives_chromium_and_cleans_up() {
    let dir = temp_dir("render-fake-chromium");
    let fake = script(
        &dir,
        "fake-chromium",
        r#"printf '%s\n' "$@" > "$CARICC_TEST_DIR/args"
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;
    file://*) page="${a#file://}" ;;
  esac
done
cp "$page" "$CARICC_TEST_DIR/page.html"
echo "noise on stderr" >&2
printf '%%PDF-1.4 fake\n' > "$out"
"#,
    );
    let target = dir.join("release.pdf");
    let out = run_settled(
        caricc()
            .args(["render", GOLDEN_JSON_PATH, "--pdf"])
            .arg(&target)
            .env("CARICC_CHROMIUM", &fake)
            .env("CARICC_TEST_DIR", &*dir),
    );
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), ("", ""));
    assert_eq!(
        fs::read_to_string(&target).expect("the PDF"),
        "%PDF-1.4 fake\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("page.html")).expect("the page Chromium saw"),
        caricc_release::render::html(&golden())
    );

    let args = fs::read_to_string(dir.join("args")).expect("the arguments");
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(
        &args[..8],
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ]
    );
    let profile = args[8]
        .strip_prefix("--user-data-dir=")
        .expect("a fresh profile");
    assert_eq!(args[9], "--no-pdf-header-footer");
    let pdf = args[10].strip_prefix("--print-to-pdf=").expect("the PDF");
    assert!(args[11].starts_with("file:///"), "{args:?}");
    assert!(args[11].ends_with("/release.html"), "{args:?}");
    assert_eq!(args.len(), 12);
    // The temporary directory holding the page, the profile and the PDF is gone.
    let temp = Path::new(profile)
        .parent()
        .expect("the temporary directory");
    assert_eq!(Path::new(pdf).parent(), Some(temp));
    assert!(
        temp.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("caricc-render-")),
        "{temp:?}"
    );
    assert!(!temp.exists(), "{temp:?} is removed");

    // CARICC_CHROMIUM may be a name on PATH.
    let target = dir.join("by-name.pdf");
    let path = std::env::join_paths([&*dir]).expect("PATH");
    let out = run_settled(
        caricc()
            .args(["render", GOLDEN_JSON_PATH, "--pdf"])
            .arg(&target)
            .env("CARICC_CHROMIUM", "fake-chromium")
            .env("PATH", path)
            .env("CARICC_TEST_DIR", &*dir),
    );
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(target.exists());
}

#[cfg(unix)]
#[test]
fn render_pdf_reports_a_failing_chromium() {
    let dir = temp_dir("render-failing-chromium");
    let failing = script(
        &dir,
        "failing-chromium",
        "echo 'cannot open display' >&2\nexit 3\n",
    );
    let target = dir.join("release.pdf");
    let out = run_settled(
        caricc()
            .args(["render", GOLDEN_JSON_PATH, "--pdf"])
            .arg(&target)
            .env("CARICC_CHROMIUM", &failing),
    );
    assert_eq!(status(&out), 2);
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "caricc: {} failed (exit status: 3): cannot open display",
            failing.display()
        )),
        "{err}"
    );
    assert!(!target.exists(), "no PDF is written");

    // Success without a PDF is a failure too.
    let silent = script(&dir, "silent-chromium", "exit 0\n");
    let out = run_settled(
        caricc()
            .args(["render", GOLDEN_JSON_PATH, "--pdf"])
            .arg(&target)
            .env("CARICC_CHROMIUM", &silent),
    );
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: {} wrote no PDF\n", silent.display())
    );
    assert!(!target.exists());
}

/// With a real Chromium on PATH (or in CARICC_CHROMIUM), a real PDF; skipped on a machine
/// without one, except under CI.
#[test]
fn render_pdf_with_an_installed_chromium() {
    let named = std::env::var_os("CARICC_CHROMIUM").map(PathBuf::from);
    let found = named.or_else(|| {
        let path = std::env::var_os("PATH")?;
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
            .find(|p| p.is_file())
    });
    let Some(chromium) = found else {
        // CI installs Chromium (.ci/run): there, its absence is a failure, not a skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium: see .ci/run"
        );
        eprintln!("skipped: no Chromium installed");
        return;
    };
    let dir = temp_dir("render-chromium");
    let target = dir.join("release-2025-16.pdf");
    let out = caricc()
        .args(["render", GOLDEN_JSON_PATH, "--pdf"])
        .arg(&target)
        .env("CARICC_CHROMIUM", &chromium)
        .output()
        .expect("caricc runs");
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let pdf = fs::read(&target).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    assert!(pdf.len() > 10_000, "{} bytes", pdf.len());
}
