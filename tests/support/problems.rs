//! Asserting what `Release::validate` reports, for the `tests/validation*.rs` files, and the
//! shorthands their mutations use.

use caricc_release::url::Url;
use caricc_release::{Code, Decimal, Problem, Release, Severity};
use chrono::NaiveDate;

/// A change made to a valid release.
pub type Mutation = fn(&mut Release);

pub fn url(text: &str) -> Url {
    Url::parse(text).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[track_caller]
pub fn assert_problem(p: &Problem, code: Code, severity: Severity, path: &str, message_part: &str) {
    assert_eq!(p.code(), code, "wrong code: {p}");
    assert_eq!(code.severity(), severity, "severity of the code {code}");
    assert_eq!(p.severity(), severity, "severity of the problem {p}");
    assert_eq!(p.path(), path, "wrong path: {p}");
    assert!(
        p.message().contains(message_part),
        "the message {:?} does not contain {message_part:?}",
        p.message()
    );
}

/// Asserts `release` has exactly one problem, and what it is.
#[track_caller]
pub fn assert_only(
    release: &Release,
    code: Code,
    severity: Severity,
    path: &str,
    message_part: &str,
) {
    let report = release.validate();
    let problems = report.problems();
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem, got: {problems:#?}"
    );
    assert_problem(&problems[0], code, severity, path, message_part);
    assert_eq!(report.is_valid(), severity == Severity::Warning);
}

/// The `(code, path)` of every problem, in the report's order.
pub fn codes_and_paths(release: &Release) -> Vec<(Code, String)> {
    release
        .validate()
        .problems()
        .iter()
        .map(|p| (p.code(), p.path().to_owned()))
        .collect()
}
