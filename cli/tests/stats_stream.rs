//! `caricc stats` over a JSON Lines archive (the library's streams themselves are tested in
//! its `tests/release_reader.rs`).

mod support;

use caricc_release::Release;
use caricc_release::collection::write_json_lines;
use support::fixtures::{VARIANT_19, golden};

/// The golden release, as #17 (without its last section and with a changed place), and
/// #19/2025 read from the text layout.
fn three() -> Vec<Release> {
    let mut modified = golden();
    modified.number = 17;
    modified.period = "01-15.09.2025".parse().expect("a period");
    modified.sections.pop();
    modified.place = "Almaty & <Astana>\r\n".to_owned();
    let variant = caricc_release::layout::parse(VARIANT_19)
        .expect("the variant reads")
        .release;
    vec![golden(), modified, variant]
}

fn json_lines(releases: &[Release]) -> String {
    let mut out = Vec::new();
    let written = write_json_lines(&mut out, releases).expect("JSON Lines are written");
    assert_eq!(written, releases.len());
    String::from_utf8(out).expect("UTF-8")
}

/// `caricc stats` reads a `.jsonl` archive one release at a time.
#[test]
fn caricc_stats_reads_json_lines_archives() {
    let dir = std::env::temp_dir().join(format!("caricc-release-reader-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path = dir.join("archive.jsonl");
    let releases = three();
    let mut text = json_lines(&releases);
    text.insert_str(0, "{\"number\": 1}\n\n");
    std::fs::write(&path, text).expect("written");
    let path_str = path.to_str().expect("a UTF-8 path");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_caricc"))
        .args(["stats", path_str, "--format", "csv", "--view", "events"])
        .output()
        .expect("caricc runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "caricc: {path_str}: record 1 (line 1): not a release at line 1, column "
        )),
        "{stderr}"
    );
    assert!(
        stdout.contains(&format!("{path_str}#2,#16/2025,2025-08-16/2025-08-31,AZ,")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{path_str}#4,#19/2025,")),
        "{stdout}"
    );
    assert!(!stdout.contains(&format!("{path_str}#1,")), "{stdout}");
}
