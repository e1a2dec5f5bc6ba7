//! `Release::validate()` and `ReleaseBuilder::build()` on release #16 (13 articles) and on
//! synthetic releases of 100, 1,000 and 10,000 articles. Throughput is in bytes of the
//! release's compact JSON, to compare with `cargo bench -p caricc-benches --bench json`.
//!
//! `build` times `ReleaseBuilder::caricc()`, the number, year, period and topics, adding the
//! prepared section builders (their article builders already added) and `build()`, which
//! derives the contents and the summary and validates. The section and article builders are
//! made once (from the release itself, `common::section_builders`) and cloned for each run
//! outside the timed region.
//!
//! Run: `cargo bench -p caricc-benches --bench model`. `cargo run --release -p caricc-benches --example perf_report` measures the
//! same in one table.

#[path = "common/bench.rs"]
mod bench;
mod common;

use std::hint::black_box;

use common::compose;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn model(c: &mut Criterion) {
    for case in &bench::cases() {
        let mut validate = bench::group(c, "validate", case, case.json.len());
        validate.bench_function("ours", |b| b.iter(|| black_box(&case.release).validate()));
        validate.finish();

        let batch = if case.articles >= 1_000 {
            BatchSize::PerIteration
        } else {
            BatchSize::LargeInput
        };
        let mut build = bench::group(c, "build", case, case.json.len());
        build.bench_function("ours", |b| {
            b.iter_batched(
                || case.sections.clone(),
                |sections| compose(black_box(&case.head), sections),
                batch,
            )
        });
        build.finish();
    }
}

criterion_group! {
    name = benches;
    config = bench::config();
    targets = model
}
criterion_main!(benches);
