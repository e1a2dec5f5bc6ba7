//! Rules on each section, article, source, text and statistic, checked in one walk of the
//! model ([`walk`]) so that each article is read once, while it is in cache.

use std::collections::HashMap;
use std::ops::ControlFlow;

use chrono::Datelike;
use url::Url;

use crate::chars::first_non_xml_char;
use crate::model::path::{Field, Path};
use crate::model::walk::{Place, Text, Visitor, walk};
use crate::model::{Article, Country, CountrySection, Decimal, Release, Statistic, Unit};

use super::{Code, Problem, Validator};

impl Validator {
    /// Every rule on the parts of the release, then the sources cited twice.
    pub(super) fn parts(&mut self, r: &Release) {
        let mut parts = Parts {
            release: r,
            validator: self,
            first_section: HashMap::new(),
            sections: 0,
            articles: 0,
            at: Cited::default(),
            // About one source an article.
            cited: Vec::with_capacity(r.sections.iter().map(|s| s.articles.len()).sum()),
        };
        let _ = walk(r, &mut parts);
        let cited = parts.cited;
        self.sources_cited_twice(r, cited);
    }
}

/// Where a source stands: section, article, source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cited {
    section: usize,
    article: usize,
    source: usize,
}

impl Cited {
    fn path(self) -> Path {
        Path::root()
            .field(Field::Sections)
            .index(self.section)
            .field(Field::Articles)
            .index(self.article)
            .field(Field::Sources)
            .index(self.source)
    }
}

struct Parts<'r, 'v> {
    release: &'r Release,
    validator: &'v mut Validator,
    /// The first section of each country.
    first_section: HashMap<Country, usize>,
    /// Sections so far, and articles so far in this section.
    sections: usize,
    articles: usize,
    /// The next source's place; counted here rather than read back from paths.
    at: Cited,
    /// A hash of every source URL and where it is cited.
    cited: Vec<(u64, Cited)>,
}

impl Visitor for Parts<'_, '_> {
    fn section(&mut self, path: &Path, s: &CountrySection) -> ControlFlow<()> {
        let i = self.sections;
        self.sections += 1;
        self.articles = 0;
        if let Some(&first) = self.first_section.get(&s.country) {
            self.validator.push(
                path.clone(),
                Code::DuplicateSection,
                format!(
                    "{} already has a section (sections[{first}])",
                    s.country.common_name()
                ),
            );
        } else {
            self.first_section.insert(s.country, i);
        }
        if s.articles.is_empty() {
            self.validator.push(
                path.clone(),
                Code::EmptySection,
                format!("the section of {} has no articles", s.country.common_name()),
            );
        }
        ControlFlow::Continue(())
    }

    fn article(&mut self, path: &Path, a: &Article) -> ControlFlow<()> {
        self.at = Cited {
            section: self.sections - 1,
            article: self.articles,
            source: 0,
        };
        self.articles += 1;
        self.validator.article(self.release, path, a);
        ControlFlow::Continue(())
    }

    fn source(&mut self, path: &Path, url: &Url) -> ControlFlow<()> {
        if !matches!(url.scheme(), "http" | "https") {
            self.validator.push(
                path.clone(),
                Code::SourceScheme,
                format!(
                    "the source uses the {} scheme; only http and https are allowed",
                    url.scheme()
                ),
            );
        }
        self.cited.push((hash(url.as_str().as_bytes()), self.at));
        self.at.source += 1;
        ControlFlow::Continue(())
    }

    fn text(&mut self, at: Place<'_>, text: &str, kind: Text) -> ControlFlow<()> {
        if !matches!(kind, Text::Free | Text::EmptyList) {
            return ControlFlow::Continue(());
        }
        if text.chars().all(char::is_whitespace) {
            self.validator
                .push(at.path(), Code::EmptyText, "the text is empty");
        }
        if let Some((offset, c)) = first_non_xml_char(text) {
            let message = invalid_character_message(c, offset);
            self.validator
                .push(at.path(), Code::InvalidCharacter, message);
        }
        ControlFlow::Continue(())
    }

    fn statistic(
        &mut self,
        path: &Path,
        s: &Statistic,
        _depth: usize,
        _whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        self.validator.statistic(path, s);
        ControlFlow::Continue(())
    }
}

impl Validator {
    fn article(&mut self, r: &Release, path: &Path, a: &Article) {
        self.event_kinds(path, a);
        if a.sources.is_empty() {
            self.push(
                path.clone().field(Field::Sources),
                Code::SourceMissing,
                "the article names no source",
            );
        }
        if let Some(date) = a.date {
            // A date without a year may fall in either year of a period across new year.
            let years = [r.period.start.year(), r.period.end.year()];
            let inside = years
                .iter()
                .any(|y| date.in_year(*y).is_some_and(|d| r.period.contains(d)));
            if !inside && r.period.start <= r.period.end {
                self.push(
                    path.clone().field(Field::Date),
                    Code::ArticleDateOutsidePeriod,
                    format!(
                        "the article is dated {date}, outside the period {}",
                        r.period
                    ),
                );
            }
        }
    }

    /// Each event kind that repeats one before it or comes earlier in `EventKind`'s order.
    fn event_kinds(&mut self, path: &Path, a: &Article) {
        for (k, pair) in a.event_kinds.windows(2).enumerate() {
            let (before, kind) = (pair[0], pair[1]);
            if kind > before {
                continue;
            }
            let message = if kind == before {
                format!("the event kind {kind} is listed twice")
            } else {
                format!(
                    "the event kind {kind} stands after {before}; event kinds go in EventKind's order"
                )
            };
            let at = path.clone().field(Field::EventKinds).index(k + 1);
            self.push(at, Code::EventKindsUnordered, message);
        }
    }

    /// A substance on a statistic whose unit cannot be a quantity of one.
    fn substance_unit(&mut self, path: &Path, s: &Statistic) {
        let Some(substance) = s.substance else {
            return;
        };
        if matches!(
            s.unit,
            Unit::Currency(_) | Unit::Percent | Unit::Duration(_) | Unit::Factor
        ) {
            self.push(
                path.clone().field(Field::Substance),
                Code::StatisticSubstanceUnit,
                format!(
                    "the statistic names the substance {substance} but is in {}, which is no quantity of a substance",
                    s.unit
                ),
            );
        }
    }

    /// One statistic's own rules; the walk hands over its parts one by one.
    fn statistic(&mut self, path: &Path, s: &Statistic) {
        self.substance_unit(path, s);
        if let Some(end) = s.range_end {
            if end.cmp_value(&s.value).is_lt() {
                self.push(
                    path.clone().field(Field::RangeEnd),
                    Code::StatisticRangeReversed,
                    format!("the range runs from {} down to {end}", s.value),
                );
            }
        }
        let mut comparable = true;
        for (k, part) in s.breakdown.iter().enumerate() {
            if !part.unit.is_compatible_with(&s.unit) {
                comparable = false;
                self.push(
                    path.clone()
                        .field(Field::Breakdown)
                        .index(k)
                        .field(Field::Unit),
                    Code::StatisticUnitMismatch,
                    format!(
                        "the part is in {} but the total is in {}",
                        part.unit, s.unit
                    ),
                );
            }
        }
        if comparable && !s.breakdown.is_empty() && !s.qualifier.allows_more() {
            self.breakdown_sum(path, s);
        }
    }

    /// Reports parts that add up to more than the total, when all are in one base unit.
    fn breakdown_sum(&mut self, path: &Path, s: &Statistic) {
        let Some((base, total)) = s.unit.in_base(s.value) else {
            return;
        };
        let mut sum = Decimal::ZERO;
        for part in &s.breakdown {
            match part.unit.in_base(part.value) {
                Some((unit, value)) if unit == base => match sum.checked_add(&value) {
                    Some(next) => sum = next,
                    None => return,
                },
                // Months against hours, or an overflow: not comparable.
                _ => return,
            }
        }
        if sum.cmp_value(&total).is_gt() {
            let listed: Vec<String> = s
                .breakdown
                .iter()
                .map(|p| format!("{} {}", p.value, p.unit))
                .collect();
            self.push(
                path.clone().field(Field::Breakdown),
                Code::StatisticBreakdownExceeds,
                format!(
                    "the parts ({}) add up to more than the total {} {}",
                    listed.join(" + "),
                    s.value,
                    s.unit
                ),
            );
        }
    }

    /// A URL cited twice, in one article or in two. Each URL was read once, for a hash;
    /// sorting the hashes groups the candidates in document order without going back to the
    /// URLs (which, in a large release, are all over memory).
    fn sources_cited_twice(&mut self, r: &Release, mut cited: Vec<(u64, Cited)>) {
        let url =
            |at: Cited| r.sections[at.section].articles[at.article].sources[at.source].as_str();
        cited.sort_unstable();
        for run in cited
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() > 1)
        {
            // Equal hashes, almost always equal URLs: each is reported against the first
            // citation of the same text.
            for (n, &(_, at)) in run.iter().enumerate().skip(1) {
                let text = url(at);
                if let Some(&(_, first)) = run[..n].iter().find(|&&(_, f)| url(f) == text) {
                    self.push(
                        at.path(),
                        Code::DuplicateSource,
                        format!("{text} is already cited at {}", first.path()),
                    );
                }
            }
        }
    }
}

/// The first text XML 1.0 cannot carry, as an `invalid-character` problem.
pub(crate) fn first_invalid_character(r: &Release) -> Option<Problem> {
    struct First(Option<Problem>);
    impl Visitor for First {
        fn text(&mut self, at: Place<'_>, text: &str, kind: Text) -> ControlFlow<()> {
            let free = matches!(kind, Text::Free | Text::EmptyList);
            match first_non_xml_char(text).filter(|_| free) {
                Some((offset, c)) => {
                    let message = invalid_character_message(c, offset);
                    let path = at.path().to_string();
                    self.0 = Some(Problem::new(path, Code::InvalidCharacter, message));
                    ControlFlow::Break(())
                }
                None => ControlFlow::Continue(()),
            }
        }
    }
    let mut first = First(None);
    let _ = walk(r, &mut first);
    first.0
}

fn invalid_character_message(c: char, offset: usize) -> String {
    format!(
        "U+{:04X} at byte {offset} cannot be carried by XML 1.0",
        c as u32
    )
}

/// A quick 64-bit hash (eight bytes a step), for grouping equal texts; not for untrusted
/// keys of a hash table (collisions only cost a comparison here).
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut words = bytes.chunks_exact(8);
    let mut h = bytes.len() as u64;
    for word in words.by_ref() {
        let w = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    (h ^ u64::from_le_bytes(tail)).wrapping_mul(K)
}
