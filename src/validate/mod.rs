//! Checking a release: every problem at once, each with a path, a severity, a code and a message.
//!
//! - [`problem`](Problem): what a check reports ([`Problem`], [`Code`], [`Severity`]);
//! - `release`: the rules on the release as a whole (period, contacts, summary, contents);
//! - `parts`: the rules on each section, article, source, text and statistic, in one walk of
//!   the model.

mod parts;
mod problem;
mod release;

pub(crate) use parts::first_invalid_character;
pub use problem::{Code, Problem, Severity};

use crate::model::Release;
use crate::model::path::Path;

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
///
/// Serializes as an object with one field, `problems`: the [`Problem`]s in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
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
    /// # fn release() -> Release { caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json")).unwrap() }
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
        v.whole_release(self);
        v.parts(self);
        let mut problems = v.problems;
        // Checks run rule by rule; the report reads in document order (stable: ties keep rule order).
        problems.sort_by(|a, b| a.0.cmp(&b.0));
        Report {
            problems: problems.into_iter().map(|(_, p)| p).collect(),
        }
    }
}

/// Collects problems with the paths they sort by.
struct Validator {
    problems: Vec<(Path, Problem)>,
}

impl Validator {
    fn push(&mut self, path: Path, code: Code, message: impl Into<String>) {
        let problem = Problem::new(path.to_string(), code, message);
        self.problems.push((path, problem));
    }
}
