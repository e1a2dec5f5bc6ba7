//! JSON read and write of release #16 (13 articles) and of synthetic releases of 100, 1,000
//! and 10,000 articles (`tests/support/synthetic.rs`), against serde_json's own floors on the
//! same bytes: `serde_json::Value` (a generic tree) and `serde::de::IgnoredAny` (parse and
//! discard). Throughput is in bytes of the compact JSON (`to_json`).
//!
//! Run: `cargo bench -p caricc-benches --bench json`. Ratios are what matters; absolute times vary by machine.
//! `cargo run --release -p caricc-benches --example perf_report` measures the same in one table.

#[path = "common/bench.rs"]
mod bench;
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn json(c: &mut Criterion) {
    for case in &bench::cases() {
        let mut read = bench::group(c, "json-read", case, case.json.len());
        read.bench_function("ours", |b| {
            b.iter(|| caricc_release::from_json(black_box(&case.json)))
        });
        read.bench_function("serde_json::Value", |b| {
            b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&case.json)))
        });
        read.bench_function("IgnoredAny", |b| {
            b.iter(|| serde_json::from_str::<serde::de::IgnoredAny>(black_box(&case.json)))
        });
        read.finish();

        let value: serde_json::Value = serde_json::from_str(&case.json).expect("parses");
        let mut write = bench::group(c, "json-write", case, case.json.len());
        write.bench_function("ours", |b| {
            b.iter(|| caricc_release::to_json(black_box(&case.release)))
        });
        write.bench_function("serde_json::Value", |b| {
            b.iter(|| serde_json::to_string(black_box(&value)))
        });
        write.finish();
    }
}

criterion_group! {
    name = benches;
    config = bench::config();
    targets = json
}
criterion_main!(benches);
