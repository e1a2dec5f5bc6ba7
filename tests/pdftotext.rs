//! The text reader over what `pdftotext` prints of the PDF fixtures (`tests/fixtures/pdf/`):
//! release #16 and the synthetic 100-article release, each printed by LibreOffice and by
//! Chromium, each read by `pdftotext` plain and with `-layout`.
//!
//! The release a printed document should read as is what its visible text carries: the
//! Markdown layout of the release the PDF was made from, without the `<!-- caricc … -->`
//! comments (places, organisations, topics, dates and statistics, which a printed page does
//! not show), read back; its statistics are then read from the prose, as a printed release's
//! are.
//!
//! What plain `pdftotext` loses cannot be read back, and is compared only as far as it can
//! be:
//! - it drops a hyphen at a line's end: a source wrapped at "-i-" comes out "…-iborbu…",
//!   "DRUG-" / "SELLING" in a headline "DRUGSELLING" (synthetic-100, office); so sources and
//!   headlines are compared without hyphens there;
//! - it sets no indents: a quotation without a speaker (office: indented and italic; Chromium:
//!   indented) reads as a paragraph, and Chromium's list items, whose bullets Chromium draws
//!   rather than prints, as paragraphs;
//! - it may glue the footer's page number to the page's last line ("drug20").
//!
//! With `-layout` the texts read back equal to the expected release (release #16), or equal
//! but for where body paragraphs split (synthetic-100), sources exact.

use std::fs;
use std::path::{Path, PathBuf};

#[path = "support/printed.rs"]
mod printed;

use caricc_release::layout::{DiagnosticCode, Parsed, parse};
use caricc_release::{Block, Country, Release};
use printed::{expected, unsplit};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

/// One fixture text: the release's file stem, the producer, plain or `-layout`.
#[derive(Debug, Clone, Copy)]
struct Fixture {
    stem: &'static str,
    producer: &'static str,
    layout: bool,
}

impl Fixture {
    fn path(self) -> PathBuf {
        let kind = if self.layout {
            "pdftotext-layout"
        } else {
            "pdftotext"
        };
        Path::new(MANIFEST)
            .join("tests/fixtures/pdf")
            .join(format!("{}.{}.{kind}.txt", self.stem, self.producer))
    }

    fn read(self) -> Parsed {
        let text = fs::read_to_string(self.path()).expect("the fixture text");
        parse(&text).unwrap_or_else(|e| panic!("{self:?}: {e}"))
    }
}

const STEMS: [&str; 2] = ["release-2025-16", "synthetic-100"];

fn fixtures() -> Vec<Fixture> {
    let mut all = Vec::new();
    for stem in STEMS {
        for producer in ["office", "chromium"] {
            for layout in [false, true] {
                all.push(Fixture {
                    stem,
                    producer,
                    layout,
                });
            }
        }
    }
    all
}

/// Without hyphens, where plain `pdftotext` may have dropped one at a line's end.
fn unhyphenated(text: &str, plain: bool) -> String {
    if plain {
        text.replace('-', "")
    } else {
        text.to_owned()
    }
}

/// Each section's country and headlines.
fn sections(r: &Release, plain: bool) -> Vec<(Country, Vec<String>)> {
    r.sections
        .iter()
        .map(|s| {
            let headlines = s
                .articles
                .iter()
                .map(|a| unhyphenated(&a.headline, plain))
                .collect();
            (s.country, headlines)
        })
        .collect()
}

/// Each article's sources.
fn sources(r: &Release, plain: bool) -> Vec<Vec<String>> {
    articles(r)
        .map(|a| {
            a.sources
                .iter()
                .map(|u| unhyphenated(u.as_str(), plain))
                .collect()
        })
        .collect()
}

/// Each article's statistics: value, unit and qualifier.
fn statistics(r: &Release) -> Vec<Vec<String>> {
    articles(r)
        .map(|a| {
            a.statistics
                .iter()
                .map(|s| format!("{} {:?} {:?}", s.value, s.unit, s.qualifier))
                .collect()
        })
        .collect()
}

fn articles(r: &Release) -> impl Iterator<Item = &caricc_release::Article> {
    r.sections.iter().flat_map(|s| &s.articles)
}

#[test]
fn every_text_gives_the_sections_headlines_sources_and_statistics() {
    for f in fixtures() {
        let plain = !f.layout;
        let want = expected(f.stem);
        let got = f.read();
        let r = &got.release;
        assert_eq!(sections(r, plain), sections(&want, plain), "{f:?}");
        assert_eq!(sources(r, plain), sources(&want, plain), "{f:?}");
        assert_eq!(statistics(r), statistics(&want), "{f:?}");
        assert_eq!(summary(r, plain), summary(&want, plain), "{f:?}");
        assert_eq!(r.publisher, want.publisher, "{f:?}");
        assert_eq!(r.contents, want.contents, "{f:?}");
        assert!(
            got.diagnostics
                .iter()
                .all(|d| d.code() != DiagnosticCode::PublisherAssumed),
            "{f:?}: {:?}",
            got.diagnostics
        );
    }
}

/// The summary, its topics without hyphens where plain `pdftotext` may have dropped one
/// ("anti-" / "terrorist" at a line's end, Chromium).
fn summary(r: &Release, plain: bool) -> (caricc_release::Summary, Option<String>) {
    let mut summary = r.summary.clone();
    let topics = summary.topics.take().map(|t| unhyphenated(&t, plain));
    (summary, topics)
}

#[test]
fn layout_texts_of_release_16_read_back_exactly() {
    for f in fixtures().into_iter().filter(|f| f.layout) {
        if f.stem != "release-2025-16" {
            continue;
        }
        assert_eq!(f.read().release, expected(f.stem), "{f:?}");
    }
}

/// Each article's quotations with a speaker, as (text, name, role).
fn spoken(r: &Release) -> Vec<Vec<(String, String, Option<String>)>> {
    articles(r)
        .map(|a| {
            a.body
                .iter()
                .filter_map(|b| match b {
                    Block::Quote {
                        text,
                        speaker: Some(s),
                        ..
                    } => Some((text.clone(), s.name.clone(), s.role.clone())),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// Release #16's quotations with a speaker read as such from every text: the office PDF
/// prints `«…» said NAME, ROLE.`, Chromium's the quotation, then `— NAME, ROLE` on a line
/// of its own.
#[test]
fn quotations_with_a_speaker_read_from_every_text_of_release_16() {
    let want = spoken(&expected("release-2025-16"));
    assert_eq!(want.iter().flatten().count(), 4);
    for f in fixtures()
        .into_iter()
        .filter(|f| f.stem == "release-2025-16")
    {
        assert_eq!(spoken(&f.read().release), want, "{f:?}");
    }
}

/// The synthetic release's `-layout` texts: equal but for where paragraphs split, and for
/// its quotations whose text opens with a quotation mark («“…” — …» said NAME): the
/// Markdown's reader cannot tell where such a one ends and leaves it a paragraph, which
/// `unsplit` writes both alike.
#[test]
fn layout_texts_of_the_synthetic_release_read_back_but_for_paragraph_breaks() {
    for f in fixtures().into_iter().filter(|f| f.layout) {
        if f.stem != "synthetic-100" {
            continue;
        }
        let got = unsplit(f.read().release);
        let want = unsplit(expected(f.stem));
        for (g, w) in articles(&got).zip(articles(&want)) {
            assert_eq!(g, w, "{f:?}");
        }
        assert_eq!(got, want, "{f:?}");
    }
}

/// `section-pages.tsv`: where each section is printed against what CONTENTS gives.
fn section_pages(pdf: &str) -> Vec<(u32, u32)> {
    let tsv = fs::read_to_string(Path::new(MANIFEST).join("tests/fixtures/pdf/section-pages.tsv"))
        .expect("section-pages.tsv");
    tsv.lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            match cells.as_slice() {
                [file, _, _, contents, printed] if *file == pdf => {
                    Some((contents.parse().ok()?, printed.parse().ok()?))
                }
                _ => None,
            }
        })
        .filter(|(contents, printed)| contents != printed)
        .collect()
}

/// "the contents give page 6 for …, but its section starts on page 5 (as printed; …": 6, 5.
fn pages_in(message: &str) -> Option<(u32, u32)> {
    let rest = message.strip_prefix("the contents give page ")?;
    let (contents, rest) = rest.split_once(' ')?;
    let (_, rest) = rest.split_once("starts on page ")?;
    let printed = rest.split(' ').next()?;
    Some((contents.parse().ok()?, printed.parse().ok()?))
}

#[test]
fn contents_pages_are_checked_against_the_printed_page_numbers() {
    for f in fixtures() {
        let got = f.read();
        let found: Vec<_> = got
            .diagnostics
            .iter()
            .filter(|d| d.code() == DiagnosticCode::ContentsPage)
            .collect();
        let pages: Vec<(u32, u32)> = found.iter().filter_map(|d| pages_in(d.message())).collect();
        let pdf = format!("{}.{}.pdf", f.stem, f.producer);
        assert_eq!(pages, section_pages(&pdf), "{f:?}: {found:?}");
        // Reported at the contents line, on the page of the text it stands on (the cover
        // is page 1).
        assert!(
            found.iter().all(|d| d.page() == Some(2)),
            "{f:?}: {found:?}"
        );
    }
}

/// What `pdftotext` prints of the Russian PDFs reads through the same printed-page
/// classifier as the PDFs themselves: a Russian release of the committed sections,
/// headlines and summary, in plain text and with `-layout`.
#[test]
fn the_russian_pdfs_texts_read_as_the_russian_release() {
    let path = Path::new(MANIFEST).join("tests/fixtures/pdf/release-2025-16.ru.json");
    let json = fs::read_to_string(path).expect("the Russian #16");
    let release = caricc_release::from_json(&json).expect("the Russian #16 reads");
    let shape = |r: &Release| -> Vec<(String, Vec<String>)> {
        r.sections
            .iter()
            .map(|s| {
                let headlines = s.articles.iter().map(|a| a.headline.clone()).collect();
                (s.heading.clone(), headlines)
            })
            .collect()
    };
    for producer in ["office", "chromium"] {
        for layout in [false, true] {
            let fixture = Fixture {
                stem: "release-2025-16.ru",
                producer,
                layout,
            };
            let read = fixture.read().release;
            assert_eq!(read.language.as_str(), "ru", "{fixture:?}");
            assert_eq!(shape(&read), shape(&release), "{fixture:?}");
            assert_eq!(read.summary.total_events, release.summary.total_events);
            assert_eq!(
                read.summary.events_by_country, release.summary.events_by_country,
                "{fixture:?}"
            );
            // Plain text tells no paragraph's end where the summary sentence is the page's
            // widest line (Chromium's page): there it stays with the topics.
            if layout || producer == "office" {
                assert_eq!(read.summary, release.summary, "{fixture:?}");
            }
        }
    }
}
