//! Criterion settings shared by the benches (`#[path = "common/bench.rs"] mod bench;`): one
//! group per operation and release, sized so that a whole `cargo bench` stays in minutes on
//! two cores.

use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};

use crate::common::Case;

/// Short warm-up and measurement for every benchmark; larger releases shorten further.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

/// The group `{operation}/{case}` with throughput in `bytes`: flat sampling from 1,000
/// articles on, and 10 samples in about 2 s for 10,000.
pub fn group<'a>(
    c: &'a mut Criterion,
    operation: &str,
    case: &Case,
    bytes: usize,
) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(format!("{operation}/{}", case.slug()));
    g.throughput(Throughput::Bytes(bytes as u64));
    if case.articles >= 10_000 {
        g.sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
    } else if case.articles >= 1_000 {
        g.sampling_mode(SamplingMode::Flat).sample_size(20);
    }
    g
}

/// Release #16 and the synthetic releases of 100, 1,000 and 10,000 articles.
pub fn cases() -> Vec<Case> {
    let mut cases = vec![Case::golden()];
    cases.extend(
        crate::common::SYNTHETIC_SIZES
            .iter()
            .map(|&n| Case::synthetic(n)),
    );
    cases
}
