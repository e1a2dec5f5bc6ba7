//! `cargo fuzz run text_parse`: see fuzz/README.md.
#![no_main]

#[path = "../../tests/support/checks.rs"]
#[allow(dead_code)] // each target uses one check
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::text_layout(data));
