//! What validation reports: a [`Problem`] with a path, a [`Code`] and its [`Severity`].

use crate::error::stable_codes;
use std::fmt;

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
///
/// Serializes as its text: `"info"`, `"warning"` or `"error"`.
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

impl serde::Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

stable_codes! {
    /// The stable code of a problem. Codes are public API: they never change meaning,
    /// and new ones may be added. The crate documentation lists what each one means.
    ///
    /// ```
    /// use caricc_release::{Code, Severity};
    ///
    /// let code: Code = "period-reversed".parse()?;
    /// assert_eq!((code, code.severity()), (Code::PeriodReversed, Severity::Error));
    /// assert_eq!(code.to_string(), "period-reversed");
    /// assert!(Code::ALL.contains(&Code::DuplicateSource));
    /// # Ok::<(), caricc_release::ParseError>(())
    /// ```
    pub enum Code ("problem code", Severity, "a problem code such as \"period-reversed\"") {
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
    EventKindsUnordered => "event-kinds-unordered", Warning;
    StatisticRangeReversed => "statistic-range-reversed", Error;
    StatisticBreakdownExceeds => "statistic-breakdown-exceeds", Error;
    StatisticUnitMismatch => "statistic-unit-mismatch", Error;
    StatisticSubstanceUnit => "statistic-substance-unit", Warning;
    InvalidCharacter => "invalid-character", Error;
    InvalidContact => "invalid-contact", Error;
    MissingField => "missing-field", Error;
    InvalidValue => "invalid-value", Error;
    }
}

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
///
/// Serializes as an object with the fields `path`, `severity`, `code` and `message`, in
/// that order: `{"path": "sections[1]…", "severity": "error", "code": "source-scheme",
/// "message": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    path: String,
    code: Code,
    message: String,
}

impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Problem", 4)?;
        s.serialize_field("path", &self.path)?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
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
        crate::error::pad(
            f,
            format_args!(
                "{path}: {} {}: {}",
                self.severity(),
                self.code,
                self.message
            ),
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
