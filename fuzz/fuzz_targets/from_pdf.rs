//! `cargo fuzz run from_pdf`: see fuzz/README.md.
#![no_main]

use caricc_release::pdf::{self, ErrorKind, PdfLimits};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // Small limits keep each run fast; what matters is that no input panics, and that a
    // panic of the parser underneath never shows up as anything but `Internal`, which the
    // fuzzer should then report too.
    let limits = PdfLimits::default()
        .with_stream_bytes(4 << 20)
        .with_total_bytes(16 << 20)
        .with_operators(200_000);
    if let Err(err) = pdf::pages(data, &limits) {
        assert_ne!(err.kind(), ErrorKind::Internal, "{err}");
        assert!(!err.to_string().is_empty());
    }
});
