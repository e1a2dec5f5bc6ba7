//! The `caricc` command line given hostile files (the library's own hostile-input suite is
//! the library's `tests/hostile.rs`): one line on standard error and status 2, never a panic.

mod support;

use support::noise::noise;

use support::fixtures::{GOLDEN_JSON, GOLDEN_XML};

/// Levels of nesting, as in the library's hostile-input suite.
const LEVELS: usize = 100_000;

#[test]
fn the_command_line_answers_hostile_files_with_one_line() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("caricc-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("empty.json", Vec::new(), "invalid JSON at line 1, column 0: EOF"),
        (
            "garbage.json",
            noise(7, 5000),
            "not UTF-8 text: invalid byte at offset",
        ),
        (
            "latin1.json",
            b"{\"title\": \"caf\xE9\"}".to_vec(),
            "invalid byte at offset 14",
        ),
        (
            "cut.xml",
            GOLDEN_XML.as_bytes()[..GOLDEN_XML.len() / 2].to_vec(),
            "invalid XML",
        ),
        (
            "deep.json",
            GOLDEN_JSON
                .replacen(
                    "\"statistics\": [\n",
                    &format!(
                        "\"statistics\": [{}{},\n",
                        "{\"measure\": \"m\", \"value\": \"1\", \"unit\": \"count\", \"breakdown\": [".repeat(LEVELS),
                        "]}".repeat(LEVELS)
                    ),
                    1,
                )
                .into_bytes(),
            "deeper than 128",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("written");
        let out = Command::new(env!("CARGO_BIN_EXE_caricc"))
            .arg("validate")
            .arg(&path)
            .output()
            .expect("caricc runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}");
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
