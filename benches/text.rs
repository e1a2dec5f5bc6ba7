//! Text: reading the text layout (`layout::parse`), typing the quantities of prose
//! (`prose::extract`) and rendering (`layout::markdown`, `render::html`), on release #16
//! (13 articles) and on synthetic releases of 100, 1,000 and 10,000 articles.
//!
//! - `text-parse/{release}`: `layout::parse` of the release's Markdown, which is its own text
//!   layout (`layout::markdown`); `text-parse/seed`: of the real text of release #16 as a
//!   PDF-to-text tool left it (`../shared/corpus/caricc-information-release-2025-16.txt`).
//!   Throughput in bytes of the text.
//! - `extract/{release}`: `prose::extract` over every paragraph of release #16's
//!   Kazakhstan section, or of every article of a synthetic release. Throughput in bytes of
//!   the paragraphs.
//! - `render-markdown/…`, `render-html/…`: throughput in bytes of the output.
//!
//! Run: `cargo bench -p caricc-benches --bench text`. `cargo run --release -p caricc-benches --example perf_report` measures the
//! same in one table.

#[path = "common/bench.rs"]
mod bench;
mod common;

use std::hint::black_box;

use caricc_release::{layout, prose, render};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The real text layout of release #16, as a PDF-to-text tool left it (the corpus beside the
/// checkout; the benches do not build without it).
/// The real document, read at run time: the corpus sits beside the checkout, not in the package.
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/corpus/caricc-information-release-2025-16.txt"
);

fn texts(c: &mut Criterion) {
    if let Ok(seed_text) = std::fs::read_to_string(SEED) {
        let mut seed = c.benchmark_group("text-parse/seed");
        seed.throughput(Throughput::Bytes(seed_text.len() as u64));
        seed.bench_function("ours", |b| b.iter(|| layout::parse(black_box(&seed_text))));
        seed.finish();
    } else {
        eprintln!("{SEED} is missing: the seed's text parse is not measured");
    }

    for case in &bench::cases() {
        let mut parse = bench::group(c, "text-parse", case, case.markdown.len());
        parse.bench_function("ours", |b| {
            b.iter(|| layout::parse(black_box(&case.markdown)))
        });
        parse.finish();

        let mut extract = bench::group(c, "extract", case, case.paragraph_bytes());
        extract.bench_function("ours", |b| {
            b.iter(|| {
                black_box(&case.paragraphs)
                    .iter()
                    .map(|p| prose::extract(p).len())
                    .sum::<usize>()
            })
        });
        extract.finish();

        let mut markdown = bench::group(c, "render-markdown", case, case.markdown.len());
        markdown.bench_function("ours", |b| {
            b.iter(|| layout::markdown(black_box(&case.release)))
        });
        markdown.finish();

        let mut html = bench::group(c, "render-html", case, case.html.len());
        html.bench_function("ours", |b| {
            b.iter(|| render::html(black_box(&case.release)))
        });
        html.finish();
    }
}

criterion_group! {
    name = benches;
    config = bench::config();
    targets = texts
}
criterion_main!(benches);
