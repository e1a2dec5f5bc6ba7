//! What the command line's integration tests share (`mod support;` in each): `cli`, running
//! the program, and `fixtures`, the library's test files (`tests/support/fixtures.rs` of the
//! workspace root, whose paths it names from there).
//!
//! Each test uses some of it, hence no dead-code warnings here.
#![allow(dead_code)]

/// The folder of the library package, the workspace root, that holds `tests/golden/` and
/// `tests/fixtures/`.
macro_rules! library_root {
    () => {
        concat!(env!("CARGO_MANIFEST_DIR"), "/..")
    };
}

pub mod cli;
#[path = "../../../tests/support/fixtures.rs"]
pub mod fixtures;
#[path = "../../../tests/support/noise.rs"]
pub mod noise;
