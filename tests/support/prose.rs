//! Reading statistics from prose (`prose::extract`) in the `tests/extract*.rs` files: short
//! names for numbers and units, and extraction that checks, on every statistic it returns,
//! what must always hold.

use caricc_release::prose::{Extracted, extract};
use caricc_release::{Decimal, DurationUnit, MassUnit, Qualifier, Statistic, Unit};

pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub fn n(v: u64) -> Decimal {
    Decimal::from(v)
}

pub const T: Unit = Unit::Mass(MassUnit::Tonne);
pub const KG: Unit = Unit::Mass(MassUnit::Kilogram);
pub const G: Unit = Unit::Mass(MassUnit::Gram);
pub const YEAR: Unit = Unit::Duration(DurationUnit::Year);

/// Extracts and checks what must hold for every statistic: the phrase is the text of the
/// span, the measure says something, ranges run upward, breakdowns stay within totals.
pub fn stats(text: &str) -> Vec<Extracted> {
    let found = extract(text);
    for e in &found {
        assert_invariants(text, e);
    }
    found
}

pub fn assert_invariants(text: &str, e: &Extracted) {
    let s = &e.statistic;
    assert_eq!(
        text.get(e.span.clone()),
        s.phrase.as_deref(),
        "phrase is the text of the span"
    );
    assert_statistic_is_sound(s);
}

pub fn assert_statistic_is_sound(s: &Statistic) {
    assert!(!s.measure.trim().is_empty(), "empty measure in {s:?}");
    assert!(
        s.phrase.as_deref().is_some_and(|p| !p.trim().is_empty()),
        "{s:?}"
    );
    if let Some(end) = s.range_end {
        assert!(!end.cmp_value(&s.value).is_lt(), "reversed range {s:?}");
    }
    if !s.breakdown.is_empty() {
        // Masses convert, as `Release::validate` converts them; other units must match.
        let total = in_milligrams_or_as_is(s.value, &s.unit);
        let sum = s.breakdown.iter().try_fold(Decimal::ZERO, |sum, part| {
            assert!(part.unit.is_compatible_with(&s.unit), "{s:?}");
            sum.checked_add(&in_milligrams_or_as_is(part.value, &part.unit))
        });
        assert!(
            sum.is_some_and(|sum| !sum.cmp_value(&total).is_gt()),
            "breakdown over total: {s:?}"
        );
    }
    for part in &s.breakdown {
        assert_statistic_is_sound(part);
    }
}

pub fn in_milligrams_or_as_is(value: Decimal, unit: &Unit) -> Decimal {
    match unit {
        Unit::Mass(m) => value
            .checked_scale_up(m.milligram_exponent().unwrap())
            .unwrap()
            .normalized(),
        _ => value,
    }
}

/// The only statistic of `text`.
pub fn only(text: &str) -> Statistic {
    let found = stats(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    found.into_iter().next().unwrap().statistic
}

/// (value, unit, qualifier) of each statistic, in order.
pub fn summary(found: &[Extracted]) -> Vec<(Decimal, Unit, Qualifier)> {
    found
        .iter()
        .map(|e| {
            let s = &e.statistic;
            (s.value, s.unit.clone(), s.qualifier)
        })
        .collect()
}

pub fn assert_none(text: &str) {
    let found = stats(text);
    assert!(found.is_empty(), "{text:?} gave {found:#?}");
}

/// Paragraphs of a section: blocks between blank lines, headings and sources included.
pub fn paragraphs(section: &str) -> impl Iterator<Item = &str> {
    section
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
}
