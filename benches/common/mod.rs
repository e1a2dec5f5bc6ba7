//! What the benchmarks and `benches/examples/perf_report.rs` share: the releases measured (release #16
//! and deterministic synthetic releases), every form they are read or written in, the peers'
//! forms of the same content, and the bare XML scan.
//!
//! Benches include it with `mod common;`, the example with
//! `#[path = "../common/mod.rs"] mod common;`. It uses no criterion, so that the example
//! can share it. Not every includer uses every item.
#![allow(dead_code)]

#[path = "../../tests/support/synthetic.rs"]
mod synthetic;

use std::collections::BTreeMap;
use std::hint::black_box;

use caricc_release::xml::WriteConfig;
use caricc_release::{
    ArticleBuilder, Block, BuildError, ContentsEntry, Release, ReleaseBuilder, SectionBuilder,
    Statistic, StatisticBuilder, from_json, from_xml, to_json, to_xml, to_xml_with,
};
use rss::extension::{Extension, ExtensionMap};
use rss::{Category, Channel, Guid, Item};

pub use synthetic::synthetic_release;

/// Release #16/2025 (13 articles) as the crate's golden JSON.
pub const GOLDEN: &str = include_str!("../../tests/golden/release-2025-16.json");

/// The sizes of the synthetic releases, in articles.
pub const SYNTHETIC_SIZES: [usize; 3] = [100, 1_000, 10_000];

/// The namespace of the statistics in the RSS channel.
const STATISTICS: &str = "urn:caricc-release:statistics";

/// One release in every form the benchmarks read or write.
pub struct Case {
    /// "#16" or the synthetic release's article count ("1000").
    pub name: String,
    /// Articles in the release.
    pub articles: usize,
    pub release: Release,
    /// `to_json` (compact): the document of the JSON operations.
    pub json: String,
    /// `to_xml` (indented by two spaces): the document of the XML operations.
    pub xml: String,
    /// `to_xml_with(compact)`.
    pub xml_compact: String,
    /// The same items and text as an RSS 2.0 channel (see [`channel`]).
    pub channel: Channel,
    /// `channel.pretty_write_to(.., b' ', 2)`: indented like `xml`.
    pub rss: Vec<u8>,
    /// `channel.write_to(..)`: on one line like `xml_compact`.
    pub rss_compact: Vec<u8>,
    /// `layout::markdown`: the release's own text layout, the input of `layout::parse`.
    pub markdown: String,
    /// `render::html`.
    pub html: String,
    /// The texts `prose::extract` reads: the paragraphs of release #16's Kazakhstan
    /// section, or of every article of a synthetic release.
    pub paragraphs: Vec<String>,
    /// The articles `paragraphs` come from.
    pub paragraph_articles: usize,
    /// The release's own values for [`compose`].
    pub head: Head,
    /// Prepared section builders (articles added) for [`compose`]; clone them per build.
    pub sections: Vec<SectionBuilder>,
}

impl Case {
    /// Release #16 from the golden JSON.
    pub fn golden() -> Case {
        let release = from_json(GOLDEN).expect("the golden file is a release");
        Case::new("#16".to_owned(), release, Some("KZ"))
    }

    /// The synthetic release of `articles` articles.
    pub fn synthetic(articles: usize) -> Case {
        Case::new(articles.to_string(), synthetic_release(articles), None)
    }

    /// `paragraphs_of`: the country whose paragraphs `extract` reads; `None`: all.
    fn new(name: String, release: Release, paragraphs_of: Option<&str>) -> Case {
        let articles = release.sections.iter().map(|s| s.articles.len()).sum();
        let json = to_json(&release).expect("writes JSON");
        assert_eq!(from_json(&json).expect("reads JSON"), release);
        let xml = to_xml(&release).expect("writes XML");
        assert_eq!(from_xml(&xml).expect("reads XML"), release);
        let xml_compact = to_xml_with(&release, &WriteConfig::compact()).expect("writes XML");
        let channel = channel(&release);
        let rss = channel
            .pretty_write_to(Vec::new(), b' ', 2)
            .expect("rss writes");
        let rss_compact = channel.write_to(Vec::new()).expect("rss writes");
        let read = Channel::read_from(&rss[..]).expect("rss reads");
        assert_eq!(read.items().len(), articles);
        let markdown = caricc_release::layout::markdown(&release);
        let html = caricc_release::render::html(&release);

        let mut paragraphs = Vec::new();
        let mut paragraph_articles = 0;
        for section in &release.sections {
            if paragraphs_of.is_some_and(|c| c != section.country.alpha2()) {
                continue;
            }
            paragraph_articles += section.articles.len();
            for article in &section.articles {
                for block in &article.body {
                    if let Block::Paragraph { text, .. } = block {
                        paragraphs.push(text.clone());
                    }
                }
            }
        }
        assert!(!paragraphs.is_empty(), "no paragraphs to extract from");

        let head = Head::of(&release);
        let sections = section_builders(&release);
        let built = compose(&head, sections.clone()).expect("the builders build");
        assert!(built == release, "the builders compose another release");

        Case {
            name,
            articles,
            release,
            json,
            xml,
            xml_compact,
            channel,
            rss,
            rss_compact,
            markdown,
            html,
            paragraphs,
            paragraph_articles,
            head,
            sections,
        }
    }

    /// A name for file systems and benchmark ids: `release-16`, `synthetic-1000`.
    pub fn slug(&self) -> String {
        match self.name.strip_prefix('#') {
            Some(number) => format!("release-{number}"),
            None => format!("synthetic-{}", self.name),
        }
    }

    /// Bytes of the paragraphs `prose::extract` reads.
    pub fn paragraph_bytes(&self) -> usize {
        self.paragraphs.iter().map(String::len).sum()
    }
}

/// What a release gives its builder beyond the CARICC presets and the sections.
#[derive(Debug, Clone)]
pub struct Head {
    number: u32,
    year: i32,
    period: caricc_release::Period,
    topics: Option<String>,
    /// The contents, when they differ from those derived from the sections (release #16
    /// prints "KYRGYZ PEPUBLIC" there).
    contents: Option<Vec<ContentsEntry>>,
}

impl Head {
    fn of(r: &Release) -> Head {
        Head {
            number: r.number,
            year: r.year,
            period: r.period,
            topics: r.summary.topics.clone(),
            contents: r
                .contents
                .iter()
                .zip(&r.sections)
                .any(|(entry, s)| {
                    entry.country != s.country
                        || entry.heading != s.heading
                        || Some(entry.page) != s.page
                })
                .then(|| r.contents.clone()),
        }
    }
}

/// `ReleaseBuilder::caricc()`, the head's number, year, period, topics (and contents, where
/// they are not the derived ones), the prepared sections in order, then `build()`: what the
/// `build` benchmark times (the summary's counts and, mostly, the contents are derived; `build`
/// validates).
pub fn compose(head: &Head, sections: Vec<SectionBuilder>) -> Result<Release, BuildError> {
    let mut builder = ReleaseBuilder::caricc()
        .number(head.number)
        .year(head.year)
        .period(head.period);
    if let Some(topics) = &head.topics {
        builder = builder.topics(topics.as_str());
    }
    for entry in head.contents.iter().flatten() {
        builder = builder.contents_entry(entry.country, entry.heading.as_str(), entry.page);
    }
    sections
        .into_iter()
        .fold(builder, ReleaseBuilder::section)
        .build()
}

/// A section builder per section, each with an article builder per article (text, dates,
/// URLs and statistics given as typed values).
pub fn section_builders(r: &Release) -> Vec<SectionBuilder> {
    r.sections
        .iter()
        .map(|s| {
            let mut section = SectionBuilder::new(s.country).heading(s.heading.as_str());
            if let Some(page) = s.page {
                section = section.page(page);
            }
            s.articles.iter().fold(section, |section, a| {
                let mut b = ArticleBuilder::new(a.headline.as_str());
                if let Some(date) = a.date {
                    b = b.date(date);
                }
                b = a.places.iter().fold(b, |b, p| b.place(p.as_str()));
                b = a
                    .organisations
                    .iter()
                    .fold(b, |b, o| b.organisation(o.as_str()));
                for block in &a.body {
                    b = match block {
                        Block::Paragraph { text, .. } => b.paragraph(text.as_str()),
                        Block::Bullets { items, .. } => b.bullets(items.iter().map(String::as_str)),
                        Block::Quote {
                            text,
                            speaker: Some(speaker),
                            ..
                        } => b.quote_by(text.as_str(), speaker.clone()),
                        Block::Quote {
                            text,
                            speaker: None,
                            ..
                        } => b.quote(text.as_str()),
                        other => panic!("a block the benchmarks do not know: {other:?}"),
                    };
                }
                b = a.sources.iter().fold(b, |b, u| b.source(u.clone()));
                b = a.topics.iter().fold(b, |b, t| b.topic(t.as_str()));
                b = a.event_kinds.iter().fold(b, |b, k| b.event_kind(*k));
                b = a
                    .statistics
                    .iter()
                    .fold(b, |b, s| b.statistic(statistic_builder(s)));
                section.article(b)
            })
        })
        .collect()
}

fn statistic_builder(s: &Statistic) -> StatisticBuilder {
    let mut b = StatisticBuilder::new(s.measure.as_str())
        .qualifier(s.qualifier)
        .value(s.value)
        .unit(s.unit.clone());
    if let Some(end) = &s.range_end {
        b = b.range_end(*end);
    }
    if let Some(role) = s.role {
        b = b.role(role);
    }
    if let Some(substance) = s.substance {
        b = b.substance(substance);
    }
    if let Some(period) = &s.reference_period {
        b = b.reference_period(period.as_str());
    }
    if let Some(area) = &s.area {
        b = b.area(area.as_str());
    }
    if let Some(phrase) = &s.phrase {
        b = b.phrase(phrase.as_str());
    }
    s.breakdown
        .iter()
        .fold(b, |b, part| b.part(statistic_builder(part)))
}

/// The release as an RSS channel carrying the same text: title = headline, description = the
/// body's text, link and guid = the source, categories = country, places, organisations and
/// topics, statistics as `st:` extension elements.
pub fn channel(r: &Release) -> Channel {
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
            Block::Paragraph { text, .. } => parts.push(text.clone()),
            Block::Bullets { items, .. } => parts.extend(items.iter().map(|i| format!("• {i}"))),
            Block::Quote { text, speaker, .. } => parts.push(match speaker {
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

/// The XML floor: every event of the document, borrowed from the input, nothing allocated.
pub fn scan(xml: &str) -> usize {
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
