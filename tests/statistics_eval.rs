//! The evaluation of issue #14: `prose::extract` on the real sentences of
//! `eval/statistics/set.jsonl`, scored as `cargo run --release --example statistics_report`
//! scores it (the same code, `tests/support/statistics_eval.rs`).
//!
//! The targets are precision ≥ 97 % and recall ≥ 95 % on value + unit, and no more
//! than 1 negative-only sentence in 50 with a false positive. They are NOT yet met: the
//! floors below are a ratchet, the measured numbers minus 0.5 points, so that no change
//! makes the extractor worse on this set. Raise them as the extractor improves.

#[path = "support/statistics_eval.rs"]
mod statistics_eval;

use statistics_eval::{Evaluation, load, set_path};

/// Measured precision minus 0.5 points (target of issue #14: 97).
const PRECISION_FLOOR: f64 = 82.5;
/// Measured recall minus 0.5 points (target of issue #14: 95).
const RECALL_FLOOR: f64 = 84.2;
/// Measured share of negative-only sentences with a false positive plus 0.5 points (target
/// of issue #14: 2).
const NEGATIVE_FP_CEILING: f64 = 32.0;

#[test]
fn the_extractor_holds_its_measured_precision_and_recall_on_real_prose() {
    let set = std::fs::read_to_string(set_path()).expect("eval/statistics/set.jsonl");
    let rows = load(&set);
    assert_eq!(rows.len(), 633, "the set has 633 rows");
    let ev = Evaluation::run(&rows);
    let (p, r, n) = (ev.precision(), ev.recall(), ev.negative_fp_rate());
    assert!(
        p >= PRECISION_FLOOR,
        "precision {p:.1} % < {PRECISION_FLOOR} %"
    );
    assert!(r >= RECALL_FLOOR, "recall {r:.1} % < {RECALL_FLOOR} %");
    assert!(
        n <= NEGATIVE_FP_CEILING,
        "negative sentences with a false positive {n:.1} % > {NEGATIVE_FP_CEILING} %"
    );
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
    };
    let f = |value, range_end, unit: &str| Found {
        phrase: String::new(),
        value,
        range_end,
        unit: unit.into(),
        qualifier: "over".into(),
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
