//! Checking a release: every problem at once, each with a path, a severity, a code and a message.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use chrono::Datelike;

use crate::chars::first_non_xml_char;
use crate::error::serde_via_str;
use crate::{Article, Block, Decimal, ParseError, Period, Release, Statistic, Unit};

/// How bad a problem is.
///
/// ```
/// use caricc_release::{Code, Severity};
///
/// assert_eq!(Code::SourceMissing.severity(), Severity::Warning);
/// assert_eq!(Code::PeriodReversed.severity(), Severity::Error);
/// assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Severity {
    /// For the record: a reader repaired something that is no problem for the release (a
    /// paragraph split by a page break). `validate()` never reports this level.
    Info,
    /// Worth a look; the release is still valid.
    Warning,
    /// The release is invalid.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

macro_rules! codes {
    ($($variant:ident => $code:literal, $severity:ident;)*) => {
        /// The stable code of a problem. Codes are public API: they never change meaning,
        /// and new ones may be added. The crate documentation lists what each one means.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $(
                #[doc = concat!("`", $code, "`")]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in the order the crate documentation lists them.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as text, e.g. `"period-reversed"`.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }

            /// The severity a problem with this code has.
            pub fn severity(&self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }

        impl FromStr for Code {
            type Err = ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(Code::$variant),)*
                    _ => Err(ParseError::new("problem code", s, "not a known code")),
                }
            }
        }
    };
}

codes! {
    PeriodReversed => "period-reversed", Error;
    PeriodNumberMismatch => "period-number-mismatch", Warning;
    SummaryTotalMismatch => "summary-total-mismatch", Error;
    SummaryCountryMismatch => "summary-country-mismatch", Error;
    ContentsMismatch => "contents-mismatch", Error;
    ContentsPageOrder => "contents-page-order", Error;
    DuplicateSection => "duplicate-section", Error;
    EmptySection => "empty-section", Error;
    EmptyText => "empty-text", Error;
    SourceMissing => "source-missing", Warning;
    SourceScheme => "source-scheme", Error;
    DuplicateSource => "duplicate-source", Warning;
    ArticleDateOutsidePeriod => "article-date-outside-period", Warning;
    StatisticRangeReversed => "statistic-range-reversed", Error;
    StatisticBreakdownExceeds => "statistic-breakdown-exceeds", Error;
    StatisticUnitMismatch => "statistic-unit-mismatch", Error;
    InvalidCharacter => "invalid-character", Error;
    InvalidContact => "invalid-contact", Error;
    MissingField => "missing-field", Error;
    InvalidValue => "invalid-value", Error;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

serde_via_str!(Code, "a problem code such as \"period-reversed\"");

/// One problem found in a release (or in a builder's input).
///
/// Displays as `PATH: LEVEL CODE: MESSAGE`:
///
/// ```
/// use caricc_release::{Code, Problem};
///
/// let p = Problem::new("sections[1].articles[0].sources[0]", Code::SourceScheme, "source uses the ftp scheme");
/// assert_eq!(
///     p.to_string(),
///     "sections[1].articles[0].sources[0]: error source-scheme: source uses the ftp scheme"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    path: String,
    code: Code,
    message: String,
}

impl Problem {
    /// A problem at `path`; its severity is the code's.
    pub fn new(path: impl Into<String>, code: Code, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            code,
            message: message.into(),
        }
    }

    /// Where the problem is, e.g. `sections[1].articles[0].sources[0]`; empty for the whole release.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The stable code.
    pub fn code(&self) -> Code {
        self.code
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// What is wrong, in words (lowercase, no trailing period).
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn under(mut self, prefix: &str) -> Problem {
        self.path = join(prefix, &self.path);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "release"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: {} {}: {}",
            self.severity(),
            self.code,
            self.message
        )
    }
}

fn join(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty() || path.starts_with('[')) {
        (true, _) => path.to_owned(),
        (false, true) => format!("{prefix}{path}"),
        (false, false) => format!("{prefix}.{path}"),
    }
}

/// All problems `validate()` found, in document order: by the place of their path in the
/// release (fields in the order of the JSON form, list items by index); problems at the same
/// place in the order of the checks.
///
/// A warning leaves the release valid; an error does not:
///
/// ```
/// let mut release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// release.sections[0].articles[0].sources.clear();
/// let report = release.validate();
/// assert!(report.is_valid() && !report.is_empty());
/// assert_eq!(
///     report.warnings().map(|p| p.to_string()).collect::<Vec<_>>(),
///     ["sections[0].articles[0].sources: warning source-missing: the article names no source"]
/// );
/// release.summary.total_events = 14;
/// assert!(release.validate().has_errors());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    problems: Vec<Problem>,
}

impl Report {
    /// Every problem.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Whether there is no error (warnings allowed).
    pub fn is_valid(&self) -> bool {
        !self.has_errors()
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Warning)
    }

    /// Whether there is no problem at all.
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// Takes the problems out.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }
}

impl IntoIterator for Report {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.problems.into_iter()
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.problems.iter()
    }
}

impl Release {
    /// Checks the release and returns every problem found, not just the first.
    ///
    /// See the crate documentation for the codes and what each one checks.
    ///
    /// ```
    /// # use caricc_release::{Release, Publisher, Code};
    /// # fn release() -> Release { serde_json::from_str(include_str!("../../tests/golden/release-2025-16.json")).unwrap() }
    /// let mut release = release();
    /// assert!(release.validate().is_empty());
    /// release.summary.total_events = 14;
    /// let report = release.validate();
    /// assert_eq!(report.problems()[0].code(), Code::SummaryTotalMismatch);
    /// assert_eq!(report.problems()[0].path(), "summary.total_events");
    /// ```
    pub fn validate(&self) -> Report {
        let mut v = Validator {
            problems: Vec::new(),
        };
        v.release(self);
        let mut problems = v.problems;
        // Checks run rule by rule; the report reads in document order (stable: ties keep rule order).
        problems.sort_by_cached_key(|p| document_position(p.path()));
        Report { problems }
    }
}

struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, path: impl Into<String>, code: Code, message: impl Into<String>) {
        self.problems.push(Problem::new(path, code, message));
    }

    fn release(&mut self, r: &Release) {
        self.period(r);
        self.contact(r);
        self.summary(r);
        self.contents(r);
        self.sections(r);
        self.sources(r);
        self.texts(r);
    }

    fn period(&mut self, r: &Release) {
        let p = r.period;
        if p.end < p.start {
            self.push(
                "period",
                Code::PeriodReversed,
                format!("the period ends ({}) before it starts ({})", p.end, p.start),
            );
            return;
        }
        let expected = Period::semi_monthly(r.number, r.year);
        if expected != Some(p) {
            let message = match expected {
                Some(e) => format!(
                    "release {} covers {} on the semi-monthly schedule, not {}",
                    r.id(),
                    e,
                    p
                ),
                None => format!(
                    "release number {} is outside the semi-monthly schedule (1 to 24)",
                    r.number
                ),
            };
            self.push("period", Code::PeriodNumberMismatch, message);
        }
    }

    fn contact(&mut self, r: &Release) {
        let p = &r.publisher;
        if p.telephones.is_empty() {
            self.push(
                "publisher.telephones",
                Code::InvalidContact,
                "the publisher has no telephone number",
            );
        }
        let numbers = p
            .telephones
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("publisher.telephones[{i}]"), t));
        for (path, number) in numbers.chain(p.fax.iter().map(|f| ("publisher.fax".to_owned(), f))) {
            let digits = number.digits().len();
            if !(7..=15).contains(&digits) {
                self.push(
                    path,
                    Code::InvalidContact,
                    format!("\"{number}\" has {digits} digits; a phone number has 7 to 15"),
                );
            }
        }
        let domain = p.email.domain();
        if !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
        {
            self.push(
                "publisher.email",
                Code::InvalidContact,
                format!("the e-mail domain {domain:?} is not a domain name"),
            );
        }
        if !matches!(p.website.scheme(), "http" | "https") {
            self.push(
                "publisher.website",
                Code::InvalidContact,
                format!(
                    "the website uses the {} scheme; expected http or https",
                    p.website.scheme()
                ),
            );
        }
    }

    fn summary(&mut self, r: &Release) {
        let articles: u32 = r.sections.iter().map(|s| s.articles.len() as u32).sum();
        if r.summary.total_events != articles {
            self.push(
                "summary.total_events",
                Code::SummaryTotalMismatch,
                format!(
                    "the summary counts {} events but the sections hold {} articles",
                    r.summary.total_events, articles
                ),
            );
        }
        let mut seen = HashSet::new();
        for (i, count) in r.summary.events_by_country.iter().enumerate() {
            let path = format!("summary.events_by_country[{i}]");
            let country = count.country;
            if !seen.insert(country) {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!("{} is counted twice in the summary", country.common_name()),
                );
                continue;
            }
            let held: usize = r
                .sections
                .iter()
                .filter(|s| s.country == country)
                .map(|s| s.articles.len())
                .sum();
            if !r.sections.iter().any(|s| s.country == country) {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!(
                        "the summary counts {} events for {} but the release has no section for it",
                        count.events,
                        country.common_name()
                    ),
                );
            } else if held != count.events as usize {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!(
                        "the summary counts {} events for {} but its section holds {} articles",
                        count.events,
                        country.common_name(),
                        held
                    ),
                );
            }
        }
        for (i, s) in r.sections.iter().enumerate() {
            if !seen.contains(&s.country) && seen.insert(s.country) {
                self.push(
                    format!("sections[{i}]"),
                    Code::SummaryCountryMismatch,
                    format!(
                        "{} has a section but no count in the summary",
                        s.country.common_name()
                    ),
                );
            }
        }
    }

    fn contents(&mut self, r: &Release) {
        let n = r.contents.len().max(r.sections.len());
        for i in 0..n {
            match (r.contents.get(i), r.sections.get(i)) {
                (Some(entry), Some(section)) => {
                    if entry.country != section.country {
                        self.push(
                            format!("contents[{i}]"),
                            Code::ContentsMismatch,
                            format!(
                                "the contents list {} here but section {i} is {}",
                                entry.country.common_name(),
                                section.country.common_name()
                            ),
                        );
                    } else if let Some(page) = section.page.filter(|p| *p != entry.page) {
                        self.push(
                            format!("contents[{i}].page"),
                            Code::ContentsMismatch,
                            format!(
                                "the contents give page {} but the section starts on page {page}",
                                entry.page
                            ),
                        );
                    }
                }
                (Some(entry), None) => self.push(
                    format!("contents[{i}]"),
                    Code::ContentsMismatch,
                    format!(
                        "the contents list {} but there is no section {i}",
                        entry.country.common_name()
                    ),
                ),
                (None, Some(section)) => self.push(
                    format!("sections[{i}]"),
                    Code::ContentsMismatch,
                    format!(
                        "{} has a section but no line in the contents",
                        section.country.common_name()
                    ),
                ),
                (None, None) => {}
            }
        }
        for (i, pair) in r.contents.windows(2).enumerate() {
            if pair[1].page < pair[0].page {
                self.push(
                    format!("contents[{}].page", i + 1),
                    Code::ContentsPageOrder,
                    format!("page {} comes after page {}", pair[1].page, pair[0].page),
                );
            }
        }
    }

    fn sections(&mut self, r: &Release) {
        let mut first_seen = HashMap::new();
        for (i, s) in r.sections.iter().enumerate() {
            if let Some(first) = first_seen.insert(s.country, i) {
                first_seen.insert(s.country, first);
                self.push(
                    format!("sections[{i}]"),
                    Code::DuplicateSection,
                    format!(
                        "{} already has a section (sections[{first}])",
                        s.country.common_name()
                    ),
                );
            }
            if s.articles.is_empty() {
                self.push(
                    format!("sections[{i}]"),
                    Code::EmptySection,
                    format!("the section of {} has no articles", s.country.common_name()),
                );
            }
            for (j, a) in s.articles.iter().enumerate() {
                self.article(r, &|| format!("sections[{i}].articles[{j}]"), a);
            }
        }
    }

    fn article(&mut self, r: &Release, path: LazyPath<'_>, a: &Article) {
        if a.sources.is_empty() {
            self.push(
                format!("{}.sources", path()),
                Code::SourceMissing,
                "the article names no source",
            );
        }
        for (k, url) in a.sources.iter().enumerate() {
            if !matches!(url.scheme(), "http" | "https") {
                self.push(
                    format!("{}.sources[{k}]", path()),
                    Code::SourceScheme,
                    format!(
                        "the source uses the {} scheme; only http and https are allowed",
                        url.scheme()
                    ),
                );
            }
        }
        if let Some(date) = a.date {
            // A date without a year may fall in either year of a period across new year.
            let years = [r.period.start.year(), r.period.end.year()];
            let inside = years
                .iter()
                .any(|y| date.in_year(*y).is_some_and(|d| r.period.contains(d)));
            if !inside && r.period.start <= r.period.end {
                self.push(
                    format!("{}.date", path()),
                    Code::ArticleDateOutsidePeriod,
                    format!(
                        "the article is dated {date}, outside the period {}",
                        r.period
                    ),
                );
            }
        }
        for (k, s) in a.statistics.iter().enumerate() {
            self.statistic(&|| format!("{}.statistics[{k}]", path()), s);
        }
    }

    fn statistic(&mut self, path: LazyPath<'_>, s: &Statistic) {
        if let Some(end) = s.range_end {
            if end.cmp_value(&s.value).is_lt() {
                self.push(
                    format!("{}.range_end", path()),
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
                    format!("{}.breakdown[{k}].unit", path()),
                    Code::StatisticUnitMismatch,
                    format!(
                        "the part is in {} but the total is in {}",
                        part.unit, s.unit
                    ),
                );
            }
            self.statistic(&|| format!("{}.breakdown[{k}]", path()), part);
        }
        if comparable && !s.breakdown.is_empty() && !s.qualifier.allows_more() {
            self.breakdown_sum(path, s);
        }
    }

    /// Reports parts that add up to more than the total, when all are in one base unit.
    fn breakdown_sum(&mut self, path: LazyPath<'_>, s: &Statistic) {
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
                format!("{}.breakdown", path()),
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

    /// A URL cited twice, in one article or in two.
    fn sources(&mut self, r: &Release) {
        // Indices, not path strings: paths are made only for the problems. Each URL is read
        // once, for a hash; sorting the hashes groups the candidates in document order without
        // going back to the URLs (which, in a large release, are all over memory).
        type At = (usize, usize, usize);
        let url = |(i, j, k): At| r.sections[i].articles[j].sources[k].as_str();
        let path = |(i, j, k): At| format!("sections[{i}].articles[{j}].sources[{k}]");
        let citations = r.sections.iter().flat_map(|s| &s.articles);
        let mut cited: Vec<(u64, At)> =
            Vec::with_capacity(citations.map(|a| a.sources.len()).sum());
        for (i, s) in r.sections.iter().enumerate() {
            for (j, a) in s.articles.iter().enumerate() {
                for (k, source) in a.sources.iter().enumerate() {
                    cited.push((hash(source.as_str().as_bytes()), (i, j, k)));
                }
            }
        }
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
                        path(at),
                        Code::DuplicateSource,
                        format!("{text} is already cited at {}", path(first)),
                    );
                }
            }
        }
    }

    fn texts(&mut self, r: &Release) {
        visit_texts(r, &mut |path, text, required| {
            if required && text.chars().all(char::is_whitespace) {
                self.push(path(), Code::EmptyText, "the text is empty");
            }
            if let Some((offset, c)) = first_non_xml_char(text) {
                self.push(
                    path(),
                    Code::InvalidCharacter,
                    invalid_character_message(c, offset),
                );
            }
        });
    }
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

/// Field names in the order the model (and its JSON form) declares them.
const FIELD_ORDER: &[&str] = &[
    "title",
    "subtitle",
    "number",
    "year",
    "period",
    "start",
    "end",
    "place",
    "publisher",
    "name",
    "acronym",
    "address",
    "country",
    "postal_code",
    "city",
    "street",
    "telephones",
    "fax",
    "email",
    "website",
    "format",
    "language",
    "contents",
    "summary",
    "total_events",
    "events_by_country",
    "events",
    "topics",
    "sections",
    "heading",
    "page",
    "articles",
    "headline",
    "date",
    "places",
    "organisations",
    "body",
    "text",
    "items",
    "speaker",
    "role",
    "sources",
    "statistics",
    "measure",
    "qualifier",
    "value",
    "range_end",
    "unit",
    "reference_period",
    "area",
    "breakdown",
    "phrase",
];

/// A sort key for a path such as `sections[1].articles[0].sources[2]`.
fn document_position(path: &str) -> Vec<(usize, usize)> {
    let mut key = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (name, rest) = segment.split_once('[').unwrap_or((segment, ""));
        key.push((
            FIELD_ORDER
                .iter()
                .position(|f| *f == name)
                .unwrap_or(FIELD_ORDER.len()),
            0,
        ));
        for index in rest.split('[') {
            let index = index.trim_end_matches(']').parse().unwrap_or(0);
            key.push((0, index));
        }
    }
    key
}

/// The first text XML 1.0 cannot carry, as an `invalid-character` problem.
pub(crate) fn first_invalid_character(r: &Release) -> Option<Problem> {
    let mut found = None;
    visit_texts(r, &mut |path, text, _| {
        if found.is_none() {
            if let Some((offset, c)) = first_non_xml_char(text) {
                found = Some(Problem::new(
                    path(),
                    Code::InvalidCharacter,
                    invalid_character_message(c, offset),
                ));
            }
        }
    });
    found
}

fn invalid_character_message(c: char, offset: usize) -> String {
    format!(
        "U+{:04X} at byte {offset} cannot be carried by XML 1.0",
        c as u32
    )
}

/// Builds a path only when a problem needs it.
pub(crate) type LazyPath<'a> = &'a dyn Fn() -> String;
/// Receives a text, its lazy path and whether it must not be blank.
pub(crate) type TextVisitor<'a> = &'a mut dyn FnMut(LazyPath<'_>, &str, bool);

/// Calls `f(path, text, required)` for every text of the release, in document order.
pub(crate) fn visit_texts(r: &Release, f: TextVisitor<'_>) {
    let mut at = |path: LazyPath<'_>, text: &str, required: bool| f(path, text, required);
    at(&|| "title".into(), &r.title, true);
    at(&|| "subtitle".into(), &r.subtitle, true);
    at(&|| "place".into(), &r.place, true);
    let p = &r.publisher;
    at(&|| "publisher.name".into(), &p.name, true);
    at(&|| "publisher.acronym".into(), &p.acronym, true);
    at(
        &|| "publisher.address.postal_code".into(),
        &p.address.postal_code,
        true,
    );
    at(&|| "publisher.address.city".into(), &p.address.city, true);
    at(
        &|| "publisher.address.street".into(),
        &p.address.street,
        true,
    );
    at(&|| "publisher.email".into(), p.email.as_str(), true);
    for (i, c) in r.contents.iter().enumerate() {
        at(&|| format!("contents[{i}].heading"), &c.heading, true);
    }
    if let Some(topics) = &r.summary.topics {
        at(&|| "summary.topics".into(), topics, true);
    }
    for (i, s) in r.sections.iter().enumerate() {
        at(&|| format!("sections[{i}].heading"), &s.heading, true);
        for (j, a) in s.articles.iter().enumerate() {
            let base = || format!("sections[{i}].articles[{j}]");
            at(&|| format!("{}.headline", base()), &a.headline, true);
            for (k, t) in a.places.iter().enumerate() {
                at(&|| format!("{}.places[{k}]", base()), t, true);
            }
            for (k, t) in a.organisations.iter().enumerate() {
                at(&|| format!("{}.organisations[{k}]", base()), t, true);
            }
            for (k, b) in a.body.iter().enumerate() {
                let bp = || format!("{}.body[{k}]", base());
                match b {
                    Block::Paragraph { text } => at(&|| format!("{}.text", bp()), text, true),
                    Block::Bullets { items } => {
                        if items.is_empty() {
                            at(&|| format!("{}.items", bp()), "", true);
                        }
                        for (n, item) in items.iter().enumerate() {
                            at(&|| format!("{}.items[{n}]", bp()), item, true);
                        }
                    }
                    Block::Quote { text, speaker } => {
                        at(&|| format!("{}.text", bp()), text, true);
                        if let Some(sp) = speaker {
                            at(&|| format!("{}.speaker.name", bp()), &sp.name, true);
                            if let Some(role) = &sp.role {
                                at(&|| format!("{}.speaker.role", bp()), role, true);
                            }
                        }
                    }
                }
            }
            for (k, t) in a.topics.iter().enumerate() {
                at(&|| format!("{}.topics[{k}]", base()), t, true);
            }
            for (k, s) in a.statistics.iter().enumerate() {
                statistic_texts(&|| format!("{}.statistics[{k}]", base()), s, &mut at);
            }
        }
    }
}

fn statistic_texts(path: LazyPath<'_>, s: &Statistic, at: TextVisitor<'_>) {
    at(&|| format!("{}.measure", path()), &s.measure, true);
    if let Unit::Other(text) = &s.unit {
        at(&|| format!("{}.unit", path()), text, true);
    }
    if let Some(t) = &s.reference_period {
        at(&|| format!("{}.reference_period", path()), t, true);
    }
    if let Some(t) = &s.area {
        at(&|| format!("{}.area", path()), t, true);
    }
    if let Some(t) = &s.phrase {
        at(&|| format!("{}.phrase", path()), t, true);
    }
    for (k, part) in s.breakdown.iter().enumerate() {
        statistic_texts(&|| format!("{}.breakdown[{k}]", path()), part, at);
    }
}
