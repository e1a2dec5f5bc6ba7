//! Headless Chromium printing a page of the crate's HTML to PDF, for the tests that read the
//! print back (`tests/html.rs`, `tests/html_ru.rs`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Where the tests find Chromium (Debian's package).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Writes `page` to `dir/release.html` and prints it to `dir/out.pdf` with headless Chromium
/// (a fresh profile in `dir`, no network, no header or footer of Chromium's own); returns the
/// PDF's path. Panics when Chromium prints nothing.
pub fn print_to_pdf(dir: &Path, page: &str) -> PathBuf {
    let html_path = dir.join("release.html");
    let pdf_path = dir.join("out.pdf");
    let profile = dir.join("profile");
    fs::create_dir_all(&profile).expect("profile directory");
    fs::write(&html_path, page).expect("write the HTML");
    let (ok, _, stderr) = super::process::run_within(
        Command::new(CHROMIUM).args([
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--user-data-dir={}", profile.display()),
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", pdf_path.display()),
            format!("file://{}", html_path.display()),
        ]),
        dir,
        "chromium",
        Duration::from_secs(180),
    );
    assert!(
        ok && pdf_path.is_file(),
        "chromium printed no PDF; stderr:\n{stderr}"
    );
    pdf_path
}
