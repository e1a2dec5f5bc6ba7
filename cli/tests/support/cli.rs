//! Running the `caricc` command line, for the `tests/cli*.rs` files: the program with its
//! arguments and standard input, its output and status, scratch directories, and small
//! releases to give it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use caricc_release::{ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, to_json_pretty};

pub fn caricc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_caricc"))
}

pub fn run(args: &[&str]) -> Output {
    caricc().args(args).output().expect("caricc runs")
}

pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
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

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn status(output: &Output) -> i32 {
    output.status.code().expect("caricc exits with a status")
}

/// A fresh directory for one test, removed when the test ends.
pub struct TempDir(PathBuf);

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

pub fn temp_dir(test: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("caricc-cli-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

pub fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, content).expect("write fixture");
    path.to_str().expect("UTF-8 temp path").to_owned()
}

pub fn valid_release() -> Release {
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

pub fn json(release: &Release) -> String {
    to_json_pretty(release).expect("the release writes")
}

pub fn valid_json() -> String {
    let release = valid_release();
    assert!(release.validate().is_empty(), "the fixture is valid");
    json(&release)
}

/// The valid release with the summary's total changed to 14: one error.
pub fn invalid_release() -> Release {
    let mut release = valid_release();
    release.summary.total_events = 14;
    release
}

/// The valid release without its source: one warning, no error.
pub fn warning_release() -> Release {
    let mut release = valid_release();
    release.sections[0].articles[0].sources.clear();
    let report = release.validate();
    assert!(
        report.is_valid() && !report.is_empty(),
        "the fixture has warnings only"
    );
    release
}
