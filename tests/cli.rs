//! The `caricc` command line, run as a program.
#![cfg(feature = "cli")]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use caricc_release::{ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, to_json_pretty};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/golden/release-2025-16.json"
);

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
    stdin.write_all(input).expect("stdin takes the input");
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
    let file = write(&dir, "notes.txt", "hello, world\n");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: cannot tell the format of {file}; expected .json\n")
    );

    let out = run_with_stdin(&["validate", "-"], b"<release/>");
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        "caricc: cannot tell the format of <stdin>; expected JSON\n"
    );
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

    for command in ["validate", "convert"] {
        let out = run(&[command, "--help"]);
        assert_eq!(status(&out), 0);
        let help = stdout(&out);
        assert!(
            help.contains("Exit status:") && help.contains("Examples:"),
            "{command} help: {help}"
        );
    }
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

fn golden() -> String {
    fs::read_to_string(GOLDEN).expect("the golden release exists")
}

#[test]
fn golden_release_validates_and_converts_unchanged() {
    let golden = golden();
    let out = run(&["validate", GOLDEN]);
    assert_eq!(
        status(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");

    let out = run(&["convert", GOLDEN, "--to", "json"]);
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
    let golden = golden();
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
