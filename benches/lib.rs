//! The benchmarks of `caricc-release` against its peers, a package of the workspace so that
//! their dependencies (criterion, rss) are not built for the library's examples and tests:
//!
//! - `cargo bench -p caricc-benches` (`--bench json`, `xml`, `model`, `text`), under criterion;
//! - `cargo run --release -p caricc-benches --example perf_report`, every operation in one run.
//!
//! The library target holds nothing; a package needs one.
