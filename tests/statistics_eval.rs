//! The evaluation of issue #14: `prose::extract` on the real sentences of
//! `eval/statistics/set.jsonl`, scored as `cargo run --release --example statistics_report`
//! scores it (the same code, `tests/support/statistics_eval.rs`).
//!
//! It fails below the targets of issue #14: precision ≥ 97 % and recall ≥ 95 % on value +
//! unit, and no more than 1 negative-only sentence in 50 (2 %) with a false positive; and the
//! same targets on the Russian set `eval/statistics-ru/set.jsonl` (issue #16), with a floor
//! on substance agreement.

#[path = "support/statistics_eval.rs"]
mod statistics_eval;

use statistics_eval::{Evaluation, load, ru_set_path, set_path};

/// Precision on value + unit, in percent (issue #14).
const PRECISION_TARGET: f64 = 97.0;
/// Recall on value + unit, in percent (issue #14).
const RECALL_TARGET: f64 = 95.0;
/// Share of negative-only sentences with a false positive, in percent (issue #14: 1 in 50).
const NEGATIVE_FP_CEILING: f64 = 2.0;

/// Substance agreement on the English set's matched statistics that name one, in percent:
/// the floor at what was measured when the scorer learned substances (81.7 %).
const EN_SUBSTANCE_FLOOR: f64 = 81.5;

/// Substance agreement on the Russian set's matched statistics that name one, in percent:
/// the floor at what was measured when the Russian reader was written (79.4 %; most of the
/// rest name their drug only in a neighbouring sentence, which a one-sentence row lacks).
const RU_SUBSTANCE_FLOOR: f64 = 79.0;

/// Scores the set at `path` (of `rows` rows) and fails below the targets of issue #14 or
/// below `substance_floor`.
fn assert_meets_the_targets(path: std::path::PathBuf, rows: usize, substance_floor: f64) {
    let set = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let loaded = load(&set);
    assert_eq!(loaded.len(), rows, "{} has {rows} rows", path.display());
    let ev = Evaluation::run(&loaded);
    let (p, r, n) = (ev.precision(), ev.recall(), ev.negative_fp_rate());
    assert!(
        p >= PRECISION_TARGET,
        "precision {p:.1} % < {PRECISION_TARGET} %"
    );
    assert!(r >= RECALL_TARGET, "recall {r:.1} % < {RECALL_TARGET} %");
    assert!(
        n <= NEGATIVE_FP_CEILING,
        "negative sentences with a false positive {n:.1} % > {NEGATIVE_FP_CEILING} %"
    );
    let s = ev.substance_agreement();
    assert!(
        s >= substance_floor,
        "substance agreement {s:.1} % < {substance_floor} %"
    );
}

#[test]
fn the_extractor_meets_the_targets_of_issue_14_on_real_prose() {
    assert_meets_the_targets(set_path(), 633, EN_SUBSTANCE_FLOOR);
}

#[test]
fn the_extractor_meets_the_targets_of_issue_16_on_real_russian_prose() {
    assert_meets_the_targets(ru_set_path(), 485, RU_SUBSTANCE_FLOOR);
}

#[test]
fn matching_needs_value_unit_and_both_ends_of_a_range() {
    use statistics_eval::{Expected, Found, matches};
    let e = |value, range_end, unit: &str| Expected {
        text: String::new(),
        value,
        range_end,
        unit: unit.into(),
        qualifier: "exact".into(),
        category: "mass".into(),
        role: None,
        substance: None,
    };
    let f = |value, range_end, unit: &str| Found {
        phrase: String::new(),
        value,
        range_end,
        unit: unit.into(),
        qualifier: "over".into(),
        role: None,
        substance: None,
    };
    assert!(matches(&e(11.0, None, "kg"), &f(11.0, None, "kg")));
    assert!(!matches(&e(11.0, None, "kg"), &f(11.0, None, "t")));
    assert!(!matches(
        &e(12000.0, None, "ha"),
        &f(12000.0, Some(31000.0), "ha")
    ));
    assert!(matches(
        &e(5.0, Some(20.0), "year"),
        &f(5.0, Some(20.0), "year")
    ));
    assert!(!matches(&e(5.0, Some(20.0), "year"), &f(5.0, None, "year")));
    assert!(matches(
        &e(33.3, None, "percent"),
        &f(33.333, None, "percent")
    ));
}
