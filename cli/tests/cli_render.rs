//! `caricc convert --to markdown|html` and `caricc render`: the renderings written, and PDF
//! printed by Chromium (a fake one driven through its arguments; a real one when installed).

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::cli::*;
use support::fixtures::{GOLDEN_JSON_PATH, GOLDEN_XML_PATH, golden};

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

/// A stand-in for Chromium: it records its arguments and the page it was given in
/// `$CARICC_TEST_DIR`, says something on stderr, and writes a tiny PDF where it is asked to.
#[cfg(unix)]
fn fake_chromium(dir: &Path) -> PathBuf {
    script(
        dir,
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
    )
}

/// Asserts the arguments caricc gave Chromium, one a line; returns the temporary directory
/// that holds the profile and the PDF they name.
#[cfg(unix)]
fn chromium_temp_dir(args: &str) -> PathBuf {
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
    temp.to_path_buf()
}

#[cfg(unix)]
#[test]
fn render_pdf_drives_chromium_and_cleans_up() {
    let dir = temp_dir("render-fake-chromium");
    let fake = fake_chromium(&dir);
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
    // The temporary directory holding the page, the profile and the PDF is gone.
    let temp = chromium_temp_dir(&args);
    assert!(!temp.exists(), "{temp:?} is removed");
}

#[cfg(unix)]
#[test]
fn render_pdf_takes_chromium_by_its_name_on_path() {
    let dir = temp_dir("render-fake-chromium-by-name");
    fake_chromium(&dir);
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
