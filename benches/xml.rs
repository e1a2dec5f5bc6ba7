//! XML write and read of release #16 (13 articles) and of synthetic releases of 100, 1,000 and
//! 10,000 articles of the same text volume per article (`tests/support/synthetic.rs`), against:
//!
//! - a peer: the `rss` crate writing and reading an RSS 2.0 channel of the same items and text
//!   (title = headline, description = the body's text, link and guid = the source, categories =
//!   country, places, organisations and topics, statistics as `st:` extension elements; see
//!   `common::channel`);
//! - a floor: quick-xml scanning our own bytes, event by event, allocating nothing.
//!
//! Both layouts are measured on both sides: indented by two spaces (`ours` = `to_xml`, `rss` =
//! `pretty_write_to`) and on one line (`ours-compact` = `to_xml_with(compact)`, `rss-compact` =
//! `write_to`). Throughput is in bytes of each side's own document, so compare like layouts.
//!
//! Run: `cargo bench -p caricc-benches --bench xml`. Ratios are what matters; absolute times vary by machine.
//! `cargo run --release -p caricc-benches --example perf_report` measures the same in one table.

#[path = "common/bench.rs"]
mod bench;
mod common;

use std::hint::black_box;

use caricc_release::xml::WriteConfig;
use caricc_release::{from_xml, to_xml, to_xml_with};
use common::scan;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rss::Channel;

fn bytes(n: usize) -> Throughput {
    Throughput::Bytes(n as u64)
}

fn xml(c: &mut Criterion) {
    for case in &bench::cases() {
        let mut write = bench::group(c, "xml-write", case, case.xml.len());
        write.bench_function("ours", |b| b.iter(|| to_xml(black_box(&case.release))));
        write.throughput(bytes(case.rss.len()));
        write.bench_function("rss", |b| {
            b.iter(|| black_box(&case.channel).pretty_write_to(Vec::new(), b' ', 2))
        });
        write.throughput(bytes(case.xml_compact.len()));
        write.bench_function("ours-compact", |b| {
            b.iter(|| to_xml_with(black_box(&case.release), &WriteConfig::compact()))
        });
        write.throughput(bytes(case.rss_compact.len()));
        write.bench_function("rss-compact", |b| {
            b.iter(|| black_box(&case.channel).write_to(Vec::new()))
        });
        write.finish();

        let mut read = bench::group(c, "xml-read", case, case.xml.len());
        read.bench_function("ours", |b| b.iter(|| from_xml(black_box(&case.xml))));
        read.bench_function("scan", |b| b.iter(|| scan(black_box(&case.xml))));
        read.throughput(bytes(case.rss.len()));
        read.bench_function("rss", |b| {
            b.iter(|| Channel::read_from(black_box(&case.rss[..])))
        });
        read.throughput(bytes(case.xml_compact.len()));
        read.bench_function("ours-compact", |b| {
            b.iter(|| from_xml(black_box(&case.xml_compact)))
        });
        read.bench_function("scan-compact", |b| {
            b.iter(|| scan(black_box(&case.xml_compact)))
        });
        read.throughput(bytes(case.rss_compact.len()));
        read.bench_function("rss-compact", |b| {
            b.iter(|| Channel::read_from(black_box(&case.rss_compact[..])))
        });
        read.finish();
    }
}

criterion_group! {
    name = benches;
    config = bench::config();
    targets = xml
}
criterion_main!(benches);
