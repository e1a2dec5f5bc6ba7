//! Limits on what the readers accept, so that hostile or broken input costs bounded time and
//! memory.
//!
//! Every reader ([`from_json`](crate::from_json), [`from_xml`](crate::from_xml),
//! [`text::parse`](crate::layout::parse), their `_reader` forms, the
//! [`ReleaseReader`](crate::collection::ReleaseReader) for each record) checks the size of its
//! input before it parses anything, and the release it read before it returns it. The defaults
//! ([`Limits::DEFAULT`]) are far above any real release (release #16 is 35 kB of JSON with 4
//! sections, 13 articles and 26 statistics) and far below what would exhaust a machine; each
//! reader has a `_with_limits` form to tighten or loosen them. A reader that meets a limit fails
//! with an error naming it (see [`LimitError`]); it never truncates.
//!
//! | limit | default | what it counts |
//! |---|---:|---|
//! | [`input_bytes`](Limits::input_bytes) | 64 MiB | bytes of one document (one record of a stream) |
//! | [`depth`](Limits::depth) | 32 | levels of breakdowns: 1 for a statistic with parts, 2 if a part has parts, … |
//! | [`sections`](Limits::sections) | 1,000 | country sections of a release |
//! | [`articles`](Limits::articles) | 100,000 | articles of a release, all sections together |
//! | [`statistics`](Limits::statistics) | 1,000,000 | statistics of a release, parts of breakdowns included |
//! | [`text_bytes`](Limits::text_bytes) | 1 MiB | bytes of one text (a headline, a paragraph, a URL) |
//!
//! ```
//! use caricc_release::limits::{Limit, Limits};
//! use caricc_release::json;
//!
//! let strict = Limits::default().with_input_bytes(1_000);
//! let big = include_str!("../tests/golden/release-2025-16.json");
//! let err = json::from_json_with_limits(big, &strict).unwrap_err();
//! assert_eq!(err.limit(), Some(Limit::InputBytes));
//! assert!(err.to_string().contains("more than the limit of 1000 (input_bytes)"));
//! ```

use std::fmt;

use std::ops::ControlFlow;

use crate::model::path::Path;
use crate::model::walk::{Place, Text, Visitor, walk};
use crate::model::{Release, Statistic};

/// The deepest nesting of breakdowns any reader accepts, whatever the limits say: the XML
/// vocabulary allows no more (and the XML writer writes no deeper), and the readers recurse
/// once per level.
pub const DEPTH_CEILING: usize = 32;

/// The limits a reader enforces; [`Limits::DEFAULT`] unless a `_with_limits` reader is given
/// others.
///
/// ```
/// use caricc_release::limits::Limits;
///
/// let limits = Limits::default().with_articles(500).with_text_bytes(64 * 1024);
/// assert_eq!(limits.articles(), 500);
/// assert_eq!(limits.sections(), Limits::DEFAULT.sections());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    input_bytes: usize,
    depth: usize,
    sections: usize,
    articles: usize,
    statistics: usize,
    text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

impl Limits {
    /// The defaults: 64 MiB of input, 32 levels of breakdowns, 1,000 sections, 100,000
    /// articles, 1,000,000 statistics, 1 MiB per text.
    pub const DEFAULT: Limits = Limits {
        input_bytes: 64 * 1024 * 1024,
        depth: DEPTH_CEILING,
        sections: 1_000,
        articles: 100_000,
        statistics: 1_000_000,
        text_bytes: 1024 * 1024,
    };

    /// No limit but the nesting [`DEPTH_CEILING`]: for trusted input only.
    pub const NONE: Limits = Limits {
        input_bytes: usize::MAX,
        depth: DEPTH_CEILING,
        sections: usize::MAX,
        articles: usize::MAX,
        statistics: usize::MAX,
        text_bytes: usize::MAX,
    };

    /// The most bytes one document may have.
    pub fn input_bytes(&self) -> usize {
        self.input_bytes
    }

    /// The most levels of breakdowns: 0 allows statistics without parts only, 1 allows parts
    /// without parts of their own, and so on.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The most country sections.
    pub fn sections(&self) -> usize {
        self.sections
    }

    /// The most articles, all sections together.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// The most statistics, parts of breakdowns included.
    pub fn statistics(&self) -> usize {
        self.statistics
    }

    /// The most bytes of one text.
    pub fn text_bytes(&self) -> usize {
        self.text_bytes
    }

    /// The same limits with at most `bytes` of input.
    pub fn with_input_bytes(mut self, bytes: usize) -> Self {
        self.input_bytes = bytes;
        self
    }

    /// The same limits with at most `levels` of nesting; more than [`DEPTH_CEILING`] is taken
    /// as the ceiling (no reader goes deeper).
    ///
    /// ```
    /// use caricc_release::limits::{DEPTH_CEILING, Limits};
    ///
    /// assert_eq!(Limits::default().with_depth(1_000).depth(), DEPTH_CEILING);
    /// assert_eq!(Limits::default().with_depth(2).depth(), 2);
    /// ```
    pub fn with_depth(mut self, levels: usize) -> Self {
        self.depth = levels.min(DEPTH_CEILING);
        self
    }

    /// The same limits with at most `sections` country sections.
    pub fn with_sections(mut self, sections: usize) -> Self {
        self.sections = sections;
        self
    }

    /// The same limits with at most `articles` articles.
    pub fn with_articles(mut self, articles: usize) -> Self {
        self.articles = articles;
        self
    }

    /// The same limits with at most `statistics` statistics.
    pub fn with_statistics(mut self, statistics: usize) -> Self {
        self.statistics = statistics;
        self
    }

    /// The same limits with at most `bytes` per text.
    pub fn with_text_bytes(mut self, bytes: usize) -> Self {
        self.text_bytes = bytes;
        self
    }

    /// Reads `reader` to its end into memory, or fails once it has read more than
    /// [`input_bytes`](Self::input_bytes): a stream is never read further than the limit.
    pub(crate) fn read_input(
        &self,
        reader: impl std::io::Read,
    ) -> Result<Result<Vec<u8>, LimitError>, std::io::Error> {
        use std::io::Read;
        let max = self.input_bytes;
        let mut bytes = Vec::new();
        reader
            .take(u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1))
            .read_to_end(&mut bytes)?;
        if bytes.len() > max {
            return Ok(Err(LimitError::input(max, bytes.len()).stream_input()));
        }
        Ok(Ok(bytes))
    }

    /// Fails if a document of `bytes` bytes is too large to read.
    ///
    /// # Errors
    ///
    /// The [`LimitError`] of [`Limit::InputBytes`] when `bytes` is more than the limit.
    pub fn check_input(&self, bytes: usize) -> Result<(), LimitError> {
        if bytes > self.input_bytes {
            return Err(LimitError::input(self.input_bytes, bytes));
        }
        Ok(())
    }

    /// Fails, naming the first limit it meets, if `release` has more sections, articles,
    /// statistics or nesting, or a longer text, than these limits allow.
    ///
    /// Every reader calls this before it returns a release; it is public for releases made in
    /// other ways (a builder, a deserializer of one's own).
    ///
    /// ```
    /// use caricc_release::limits::{Limit, Limits};
    /// # let release: caricc_release::Release =
    /// #     caricc_release::from_json(include_str!("../tests/golden/release-2025-16.json")).unwrap();
    ///
    /// assert!(Limits::default().check(&release).is_ok());
    /// let err = Limits::default().with_articles(10).check(&release).unwrap_err();
    /// assert_eq!(err.limit(), Limit::Articles);
    /// assert_eq!(err.to_string(), "13 articles, more than the limit of 10 (articles)");
    /// ```
    ///
    /// # Errors
    ///
    /// The [`LimitError`] of the first limit the release goes beyond: sections, articles,
    /// statistics, nesting depth or the bytes of one text.
    pub fn check(&self, release: &Release) -> Result<(), LimitError> {
        if release.sections.len() > self.sections {
            return Err(LimitError::new(
                Limit::Sections,
                self.sections,
                release.sections.len(),
                "",
            ));
        }
        let articles: usize = release.sections.iter().map(|s| s.articles.len()).sum();
        if articles > self.articles {
            return Err(LimitError::new(
                Limit::Articles,
                self.articles,
                articles,
                "",
            ));
        }
        let mut sizes = Sizes {
            limits: self,
            statistics: 0,
            deep: None,
            long_text: None,
            long_other: None,
        };
        let _ = walk(release, &mut sizes);
        if let Some(err) = sizes.deep {
            return Err(err);
        }
        if sizes.statistics > self.statistics {
            let found = sizes.statistics;
            return Err(LimitError::new(
                Limit::Statistics,
                self.statistics,
                found,
                "",
            ));
        }
        // Free text first, then URLs and numbers, whichever comes first in the document.
        sizes.long_text.or(sizes.long_other).map_or(Ok(()), Err)
    }
}

/// What [`Limits::check`] finds in one walk: the statistics counted, the first statistic
/// nested too deep, the first free text and the first other text (URL, number) too long.
struct Sizes<'l> {
    limits: &'l Limits,
    statistics: usize,
    deep: Option<LimitError>,
    long_text: Option<LimitError>,
    long_other: Option<LimitError>,
}

impl Visitor for Sizes<'_> {
    fn text(&mut self, at: Place<'_>, text: &str, kind: Text) -> ControlFlow<()> {
        let max = self.limits.text_bytes;
        let first = match kind {
            Text::Free | Text::EmptyList => &mut self.long_text,
            Text::Url | Text::Number => &mut self.long_other,
        };
        if first.is_none() && text.len() > max {
            let at = at.path().to_string();
            *first = Some(LimitError::new(Limit::TextBytes, max, text.len(), &at));
        }
        ControlFlow::Continue(())
    }

    fn statistic(
        &mut self,
        path: &Path,
        s: &Statistic,
        depth: usize,
        _whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        self.statistics = self.statistics.saturating_add(1);
        if self.deep.is_none() {
            if let Some(nesting) = nests_beyond(s, depth, self.limits.depth) {
                let at = path.to_string();
                let max = self.limits.depth;
                self.deep = Some(LimitError::new(Limit::Depth, max, nesting, &at));
            }
        }
        ControlFlow::Continue(())
    }
}

/// How deep the breakdowns of an article's own statistic (`depth` 0; parts are measured with
/// their whole) nest, when that is deeper than `max`.
pub(crate) fn nests_beyond(s: &Statistic, depth: usize, max: usize) -> Option<usize> {
    if depth > 0 || s.breakdown.is_empty() {
        return None;
    }
    Some(measure(s).1).filter(|&nesting| nesting > max)
}

/// How many statistics `s` holds (itself included) and how deep its breakdowns nest (0
/// without one); walked without recursion, however deep a release made by hand nests them.
pub(crate) fn measure(s: &Statistic) -> (usize, usize) {
    let (mut count, mut deepest, mut stack) = (0usize, 0, vec![(s, 0usize)]);
    while let Some((s, depth)) = stack.pop() {
        count = count.saturating_add(1);
        deepest = deepest.max(depth);
        stack.extend(s.breakdown.iter().map(|part| (part, depth + 1)));
    }
    (count, deepest)
}

/// One of the [`Limits`].
///
/// ```
/// use caricc_release::limits::Limit;
///
/// assert_eq!(Limit::TextBytes.name(), "text_bytes");
/// assert_eq!(Limit::InputBytes.to_string(), "input_bytes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::input_bytes`].
    InputBytes,
    /// [`Limits::depth`].
    Depth,
    /// [`Limits::sections`].
    Sections,
    /// [`Limits::articles`].
    Articles,
    /// [`Limits::statistics`].
    Statistics,
    /// [`Limits::text_bytes`].
    TextBytes,
}

impl Limit {
    /// The limit's name, as [`Limits`] spells its accessor: `input_bytes`, `depth`, …
    pub fn name(self) -> &'static str {
        match self {
            Limit::InputBytes => "input_bytes",
            Limit::Depth => "depth",
            Limit::Sections => "sections",
            Limit::Articles => "articles",
            Limit::Statistics => "statistics",
            Limit::TextBytes => "text_bytes",
        }
    }

    /// What the limit counts, for messages: "bytes of input", "levels of statistics", …
    fn counts(self) -> &'static str {
        match self {
            Limit::InputBytes => "bytes of input",
            Limit::Depth => "levels of breakdowns",
            Limit::Sections => "sections",
            Limit::Articles => "articles",
            Limit::Statistics => "statistics",
            Limit::TextBytes => "bytes in one text",
        }
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A document or release goes beyond one of the [`Limits`].
///
/// The message names what was counted, the limit and where (a model path such as
/// `sections[0].articles[2].body[1].text`, when the limit is about one part):
/// `2000000 bytes in one text, more than the limit of 1048576 (text_bytes) at
/// sections[0].articles[2].body[1].text`.
///
/// ```
/// use caricc_release::limits::{Limit, Limits};
///
/// let release = caricc_release::from_json(include_str!("../tests/golden/release-2025-16.json"))?;
/// let err = Limits::default().with_text_bytes(200).check(&release).unwrap_err();
/// assert_eq!((err.limit(), err.max(), err.found()), (Limit::TextBytes, 200, 500));
/// assert_eq!(err.path(), "summary.topics");
/// assert_eq!(err.to_string(), "500 bytes in one text, more than the limit of 200 (text_bytes) at summary.topics");
/// # Ok::<(), caricc_release::json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found}{} {}, more than the limit of {max} ({limit}){}", if *lower_bound { " or more" } else { "" }, limit.counts(), at(path))]
pub struct LimitError {
    limit: Limit,
    max: usize,
    found: usize,
    /// Whether `found` counts only what was read before the reader stopped.
    lower_bound: bool,
    path: String,
}

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    }
}

impl LimitError {
    fn new(limit: Limit, max: usize, found: usize, path: &str) -> LimitError {
        LimitError {
            limit,
            max,
            found,
            lower_bound: false,
            path: path.to_owned(),
        }
    }

    /// The input limit met by a document of `found` bytes.
    pub(crate) fn input(max: usize, found: usize) -> LimitError {
        LimitError::new(Limit::InputBytes, max, found, "")
    }

    /// The same error about a stream, which was not read to its end: `found` is a lower
    /// bound.
    pub(crate) fn stream_input(mut self) -> LimitError {
        self.lower_bound = true;
        self
    }

    /// The limit met.
    pub fn limit(&self) -> Limit {
        self.limit
    }

    /// The limit's value.
    pub fn max(&self) -> usize {
        self.max
    }

    /// What was found: more than [`max`](Self::max), or, for input read from a stream, the
    /// bytes read when the reader stopped (it does not read on to count them all).
    pub fn found(&self) -> usize {
        self.found
    }

    /// The model path of the part that met the limit; empty when the limit is about the whole
    /// document.
    pub fn path(&self) -> &str {
        &self.path
    }
}
