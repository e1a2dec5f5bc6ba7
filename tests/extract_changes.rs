//! The patterns of issue #14, on sentences written for these tests (the evaluation set of
//! real prose is `tests/statistics_eval.rs`): imperial masses and pounds sterling,
//! currencies by symbol and code, articles and shares of a whole, typed changes, and
//! numbers that are no statistic.

use caricc_release::prose::extract;
use caricc_release::{ChangeRole, Currency, Decimal, MassUnit, Qualifier, Unit};

fn found(text: &str) -> Vec<(String, Option<String>, String, Option<ChangeRole>)> {
    extract(text)
        .into_iter()
        .map(|e| {
            let s = e.statistic;
            (
                s.value.to_string(),
                s.range_end.map(|d| d.to_string()),
                s.unit.to_string(),
                s.role,
            )
        })
        .collect()
}

fn values(text: &str) -> Vec<(String, String)> {
    found(text).into_iter().map(|(v, _, u, _)| (v, u)).collect()
}

fn pair(v: &str, u: &str) -> (String, String) {
    (v.to_owned(), u.to_owned())
}

#[test]
fn pounds_are_masses_unless_they_are_sterling() {
    assert_eq!(
        values("Officers seized 10 pounds of marijuana."),
        [pair("10", "lb")]
    );
    assert_eq!(
        values("They found 3 lbs. of cocaine and 4 oz of heroin."),
        [pair("3", "lb"), pair("4", "oz")]
    );
    assert_eq!(
        values("The haul was worth 361 million pounds."),
        [pair("361000000", "GBP")]
    );
    assert_eq!(
        values("Agents seized 3.8 million pounds of narcotics."),
        [pair("3800000", "lb")]
    );
    let s = &extract("a 5-kilogram package")[0].statistic;
    assert_eq!(
        (s.value, &s.unit),
        (Decimal::from(5u8), &Unit::Mass(MassUnit::Kilogram))
    );
    assert!(extract("a 40-foot container").is_empty());
}

#[test]
fn currencies_by_symbol_code_and_glued_scale() {
    assert_eq!(values("a fine of USD 200"), [pair("200", "USD")]);
    assert_eq!(values("a fine of 200 CHF"), [pair("200", "CHF")]);
    assert_eq!(values("cash worth £15 million"), [pair("15000000", "GBP")]);
    assert_eq!(values("cash worth £15m"), [pair("15000000", "GBP")]);
    assert_eq!(values("drugs worth $1.2bn"), [pair("1200000000", "USD")]);
    assert_eq!(values("drugs worth €10"), [pair("10", "EUR")]);
    assert_eq!(values("drugs worth KZT420mln"), [pair("420000000", "KZT")]);
    assert_eq!(
        values("drugs worth 20 MILLIONS DOLLARS"),
        [pair("20000000", "USD")]
    );
    assert_eq!(
        extract("drugs worth ₹500")[0].statistic.unit,
        Unit::Currency(Currency::INR)
    );
}

#[test]
fn articles_halves_and_shares() {
    assert_eq!(
        values("Over half a ton of drugs was burned."),
        [pair("0.5", "t")]
    );
    assert_eq!(values("A ton of cocaine was found."), [pair("1", "t")]);
    assert_eq!(values("one and a half tons of hashish"), [pair("1.5", "t")]);
    assert_eq!(
        values("more than a million pills"),
        [pair("1000000", "count")]
    );
    assert_eq!(
        values("a dozen suspects were arrested"),
        [pair("12", "count")]
    );
    let s = &extract("Almost half of the heroin came by road.")[0].statistic;
    assert_eq!(
        (s.value, &s.unit, s.qualifier),
        (Decimal::from(50u8), &Unit::Percent, Qualifier::Almost)
    );
    assert!(extract("in the first half of the year").is_empty());
    assert!(extract("He was detained for a year.").is_empty());
}

#[test]
fn changes_are_two_values_with_their_roles() {
    let f = found("The area grew from 12,000 ha to 31,000 ha.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_deref(), f[0].3),
        ("12000", None, Some(ChangeRole::Before))
    );
    assert_eq!(
        (f[1].0.as_str(), f[1].3),
        ("31000", Some(ChangeRole::After))
    );
    assert_eq!(f[0].2, "ha");
    let f = found("Cases rose by 14% to 3,900 cases.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].2.as_str(), f[0].3),
        ("14", "percent", Some(ChangeRole::Change))
    );
    assert_eq!(
        (f[1].0.as_str(), f[1].2.as_str(), f[1].3),
        ("3900", "count", Some(ChangeRole::After))
    );
    // A range stays a range.
    let f = found("He was sentenced to from 5 to 10 years in prison.");
    assert_eq!((f[0].1.as_deref(), f[0].3), (Some("10"), None));
}

#[test]
fn numbers_that_are_no_statistic() {
    for text in [
        "a fivefold rise over 2019 was seen",
        "the 2022 survey found it",
        "on 14-15 May",
        "Viewed 57 times. News (318)",
        "under Article 228 of the Criminal Code",
        "under articles 276, 273 and 246 of the Criminal Code",
        "1. Results of the operation",
        "It happened on Nov. 20 in Osh.",
        "Then call the police on 112.",
        "Figure 14: opium cultivation",
        "2 min read",
        "The drugs were seized over three days.",
    ] {
        assert!(
            extract(text)
                .iter()
                .all(|e| e.statistic.unit != Unit::Count || text.contains("fivefold")),
            "{text}: {:?}",
            values(text)
        );
    }
    assert_eq!(
        values("a fivefold rise over 2019 was seen"),
        [pair("5", "factor")]
    );
    assert!(extract("the 2022 survey found it").is_empty());
    assert!(extract("under articles 276, 273 and 246 of the Criminal Code").is_empty());
    assert!(extract("The drugs were seized over three days.").is_empty());
    assert_eq!(
        values("He was sentenced to 10 years in prison."),
        [pair("10", "year")]
    );
}

#[test]
fn compound_numbers_fractions_and_signed_percentages() {
    assert_eq!(
        values("two thousand two hundred people"),
        [pair("2200", "count")]
    );
    assert_eq!(values("3 hundred people"), [pair("300", "count")]);
    assert_eq!(values("12 thousand 211 pieces"), [pair("12211", "count")]);
    assert_eq!(values("1½ kg of heroin"), [pair("1.5", "kg")]);
    assert_eq!(values("RMB 3 million was paid"), [pair("3000000", "CNY")]);
    assert_eq!(values("10 € was paid"), [pair("10", "EUR")]);
    let f = found("heroin seizures fell (-35%) while cocaine rose (+12%)");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].2.as_str(), f[0].3),
        ("35", "percent", Some(ChangeRole::Change))
    );
    assert_eq!((f[1].0.as_str(), f[1].3), ("12", Some(ChangeRole::Change)));
    for text in [
        "Viewed 57 times",
        "See DOC 12 REV 3.",
        "Phase 2 of the project began.",
        "Goal 3 is health.",
        "ISSN 1234-5678",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", values(text));
    }
}
