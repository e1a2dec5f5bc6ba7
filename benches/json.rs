//! JSON read and write of release #16, against serde_json's own floors on the same bytes:
//! `serde_json::Value` (a generic tree) and `serde::de::IgnoredAny` (parse and discard).
//!
//! Run: `cargo bench --bench json`. Ratios are what matters; absolute times vary by machine.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const GOLDEN: &str = include_str!("../tests/golden/release-2025-16.json");

fn json(c: &mut Criterion) {
    let release = caricc_release::from_json(GOLDEN).expect("the golden file is a release");
    let compact = caricc_release::to_json(&release).expect("writes");

    let mut read = c.benchmark_group("json-read");
    read.throughput(Throughput::Bytes(compact.len() as u64));
    read.bench_function("caricc_release::from_json", |b| {
        b.iter(|| caricc_release::from_json(black_box(&compact)))
    });
    read.bench_function("serde_json::Value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&compact)))
    });
    read.bench_function("serde::de::IgnoredAny", |b| {
        b.iter(|| serde_json::from_str::<serde::de::IgnoredAny>(black_box(&compact)))
    });
    read.finish();

    let value: serde_json::Value = serde_json::from_str(&compact).expect("parses");
    let mut write = c.benchmark_group("json-write");
    write.throughput(Throughput::Bytes(compact.len() as u64));
    write.bench_function("caricc_release::to_json", |b| {
        b.iter(|| caricc_release::to_json(black_box(&release)))
    });
    write.bench_function("serde_json::Value", |b| {
        b.iter(|| serde_json::to_string(black_box(&value)))
    });
    write.finish();

    c.bench_function("validate", |b| b.iter(|| black_box(&release).validate()));
}

criterion_group!(benches, json);
criterion_main!(benches);
