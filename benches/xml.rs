//! XML write and read of release #16 (13 articles) and of a synthetic release of 1,000 articles
//! of the same text volume (`tests/support/synthetic.rs`), against:
//!
//! - a peer: the `rss` crate writing and reading an RSS 2.0 channel of the same items and text
//!   (title = headline, description = the body's text, link and guid = the source, categories =
//!   country, places, organisations and topics, statistics as `st:` extension elements);
//! - a floor: quick-xml scanning our own bytes, event by event, allocating nothing.
//!
//! Both layouts are measured on both sides: indented by two spaces (`ours` = `to_xml`, `rss` =
//! `pretty_write_to`) and on one line (`ours-compact` = `to_xml_with(compact)`, `rss-compact` =
//! `write_to`). Throughput is in bytes of each side's own document, so compare like layouts.
//!
//! Run: `cargo bench --bench xml` (quicker: `-- --warm-up-time 1 --measurement-time 3`).
//! Ratios are what matters; absolute times vary by machine.

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use std::collections::BTreeMap;
use std::hint::black_box;

use caricc_release::xml::WriteConfig;
use caricc_release::{Block, Release, Statistic, from_json, from_xml, to_xml, to_xml_with};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use rss::extension::{Extension, ExtensionMap};
use rss::{Category, Channel, Guid, Item};

const GOLDEN: &str = include_str!("../tests/golden/release-2025-16.json");
/// The namespace of the statistics in the RSS channel.
const STATISTICS: &str = "urn:caricc-release:statistics";

/// One release in every form the benchmarks read or write.
struct Case {
    articles: usize,
    release: Release,
    pretty: String,
    compact: String,
    channel: Channel,
    rss_pretty: Vec<u8>,
    rss_compact: Vec<u8>,
}

impl Case {
    fn new(release: Release) -> Case {
        let articles = release.sections.iter().map(|s| s.articles.len()).sum();
        let pretty = to_xml(&release).expect("writes");
        let compact = to_xml_with(&release, &WriteConfig::compact()).expect("writes");
        assert_eq!(from_xml(&pretty).expect("reads"), release);
        let channel = channel(&release);
        let rss_pretty = channel
            .pretty_write_to(Vec::new(), b' ', 2)
            .expect("rss writes");
        let rss_compact = channel.write_to(Vec::new()).expect("rss writes");
        let read = Channel::read_from(&rss_pretty[..]).expect("rss reads");
        assert_eq!(read.items().len(), articles);
        Case {
            articles,
            release,
            pretty,
            compact,
            channel,
            rss_pretty,
            rss_compact,
        }
    }
}

/// The release as an RSS channel carrying the same text.
fn channel(r: &Release) -> Channel {
    let mut channel = Channel {
        title: r.title.clone(),
        link: r.publisher.website.to_string(),
        description: match &r.summary.topics {
            Some(topics) => format!("{} — {topics}", r.subtitle),
            None => r.subtitle.clone(),
        },
        language: Some(r.language.to_string()),
        ..Channel::default()
    };
    channel
        .namespaces
        .insert("st".to_owned(), STATISTICS.to_owned());
    for section in &r.sections {
        for a in &section.articles {
            let source = a.sources.first().map(|u| u.to_string());
            let mut categories = vec![category(section.country.alpha2(), Some("country"))];
            categories.extend(a.places.iter().map(|p| category(p, Some("place"))));
            categories.extend(
                a.organisations
                    .iter()
                    .map(|o| category(o, Some("organisation"))),
            );
            categories.extend(a.topics.iter().map(|t| category(t, None)));
            let mut extensions = ExtensionMap::new();
            if !a.statistics.is_empty() {
                let statistics = a.statistics.iter().map(statistic).collect();
                extensions.insert(
                    "st".to_owned(),
                    BTreeMap::from([("statistic".to_owned(), statistics)]),
                );
            }
            channel.items.push(Item {
                title: Some(a.headline.clone()),
                link: source.clone(),
                description: Some(body_text(&a.body)),
                categories,
                guid: source.map(|value| Guid {
                    value,
                    permalink: true,
                }),
                pub_date: a.date.map(|d| d.to_iso_string()),
                extensions,
                ..Item::default()
            });
        }
    }
    channel
}

fn category(name: &str, domain: Option<&str>) -> Category {
    Category {
        name: name.to_owned(),
        domain: domain.map(str::to_owned),
    }
}

fn body_text(body: &[Block]) -> String {
    let mut parts = Vec::new();
    for block in body {
        match block {
            Block::Paragraph { text } => parts.push(text.clone()),
            Block::Bullets { items } => parts.extend(items.iter().map(|i| format!("• {i}"))),
            Block::Quote { text, speaker } => parts.push(match speaker {
                Some(s) => match &s.role {
                    Some(role) => format!("{text} ({}, {role})", s.name),
                    None => format!("{text} ({})", s.name),
                },
                None => text.clone(),
            }),
            _ => {}
        }
    }
    parts.join("\n\n")
}

/// `<st:statistic value=".." unit=".." ..>` with `st:measure`, `st:phrase`, … and the parts.
fn statistic(s: &Statistic) -> Extension {
    let mut attrs = BTreeMap::from([
        ("value".to_owned(), s.value.to_string()),
        ("unit".to_owned(), s.unit.to_string()),
    ]);
    if !s.qualifier.is_exact() {
        attrs.insert("qualifier".to_owned(), s.qualifier.as_str().to_owned());
    }
    if let Some(end) = &s.range_end {
        attrs.insert("range_end".to_owned(), end.to_string());
    }
    let mut children = BTreeMap::new();
    let texts = [
        ("measure", Some(&s.measure)),
        ("reference_period", s.reference_period.as_ref()),
        ("area", s.area.as_ref()),
        ("phrase", s.phrase.as_ref()),
    ];
    for (name, text) in texts {
        if let Some(text) = text {
            children.insert(
                name.to_owned(),
                vec![Extension {
                    name: format!("st:{name}"),
                    value: Some(text.clone()),
                    ..Extension::default()
                }],
            );
        }
    }
    if !s.breakdown.is_empty() {
        children.insert(
            "breakdown".to_owned(),
            vec![Extension {
                name: "st:breakdown".to_owned(),
                children: BTreeMap::from([(
                    "statistic".to_owned(),
                    s.breakdown.iter().map(statistic).collect(),
                )]),
                ..Extension::default()
            }],
        );
    }
    Extension {
        name: "st:statistic".to_owned(),
        attrs,
        children,
        ..Extension::default()
    }
}

/// The floor: every event of the document, borrowed from the input, nothing allocated.
fn scan(xml: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return events,
            Ok(event) => {
                black_box(event);
                events += 1;
            }
            Err(e) => panic!("quick-xml cannot scan the document: {e}"),
        }
    }
}

fn bytes(n: usize) -> Throughput {
    Throughput::Bytes(n as u64)
}

fn xml(c: &mut Criterion) {
    let golden = from_json(GOLDEN).expect("the golden file is a release");
    let cases = [
        Case::new(golden),
        Case::new(synthetic::synthetic_release(1000)),
    ];
    for case in &cases {
        let n = case.articles;

        let mut write = c.benchmark_group(format!("write-{n}"));
        if n > 100 {
            write.sampling_mode(SamplingMode::Flat).sample_size(20);
        }
        write.throughput(bytes(case.pretty.len()));
        write.bench_function("ours", |b| b.iter(|| to_xml(black_box(&case.release))));
        write.throughput(bytes(case.rss_pretty.len()));
        write.bench_function("rss", |b| {
            b.iter(|| black_box(&case.channel).pretty_write_to(Vec::new(), b' ', 2))
        });
        write.throughput(bytes(case.compact.len()));
        write.bench_function("ours-compact", |b| {
            b.iter(|| to_xml_with(black_box(&case.release), &WriteConfig::compact()))
        });
        write.throughput(bytes(case.rss_compact.len()));
        write.bench_function("rss-compact", |b| {
            b.iter(|| black_box(&case.channel).write_to(Vec::new()))
        });
        write.finish();

        let mut read = c.benchmark_group(format!("read-{n}"));
        if n > 100 {
            read.sampling_mode(SamplingMode::Flat).sample_size(20);
        }
        read.throughput(bytes(case.pretty.len()));
        read.bench_function("ours", |b| b.iter(|| from_xml(black_box(&case.pretty))));
        read.bench_function("scan", |b| b.iter(|| scan(black_box(&case.pretty))));
        read.throughput(bytes(case.rss_pretty.len()));
        read.bench_function("rss", |b| {
            b.iter(|| Channel::read_from(black_box(&case.rss_pretty[..])))
        });
        read.throughput(bytes(case.compact.len()));
        read.bench_function("ours-compact", |b| {
            b.iter(|| from_xml(black_box(&case.compact)))
        });
        read.bench_function("scan-compact", |b| {
            b.iter(|| scan(black_box(&case.compact)))
        });
        read.throughput(bytes(case.rss_compact.len()));
        read.bench_function("rss-compact", |b| {
            b.iter(|| Channel::read_from(black_box(&case.rss_compact[..])))
        });
        read.finish();
    }
}

criterion_group!(benches, xml);
criterion_main!(benches);
