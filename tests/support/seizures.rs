//! The seizures of issue #15's sentences, for the tests of the seizures view and the report.

use caricc_release::{ArticleBuilder, StatisticBuilder, Substance};

/// A statistic of `value` `unit` of `substance` (a code).
pub fn stat(measure: &str, value: &str, unit: &str, substance: &str) -> StatisticBuilder {
    StatisticBuilder::new(measure)
        .value(value)
        .unit(unit)
        .substance(substance)
}

/// "a package of hashish weighing 3 kg 412 g" and "120 grams of marijuana", in Almaty on
/// 18 August.
pub fn hashish_article() -> ArticleBuilder {
    ArticleBuilder::new("HASHISH FOUND IN A CAR")
        .date("18 August")
        .place("Almaty")
        .source("https://polisia.kz/ru/a/")
        .statistic(stat(
            "package of hashish weighing",
            "3412",
            "g",
            "cannabis_resin",
        ))
        .statistic(stat("marijuana", "120", "g", "cannabis_herb"))
}

/// The seizure rows the issue expects of its sentences: substance, kilograms, in the totals.
pub fn issue_rows() -> Vec<(Substance, String, bool)> {
    [
        (Substance::CannabisResin, "3.412", true),
        (Substance::CannabisHerb, "0.12", true),
        (Substance::Drugs, "2000", false),
        (Substance::CannabisHerb, "1380", true),
        (Substance::CannabisResin, "515", true),
        (Substance::Precursors, "25000", true),
    ]
    .into_iter()
    .map(|(s, kg, counted)| (s, kg.to_owned(), counted))
    .collect()
}

/// The rows of `rows` as [`issue_rows`] gives them.
pub fn as_issue_rows<'a>(
    rows: impl IntoIterator<Item = &'a caricc_release::collection::SeizureRow>,
) -> Vec<(Substance, String, bool)> {
    rows.into_iter()
        .map(|r| {
            let kg = r.kilograms.map(|k| k.to_string()).unwrap_or_default();
            (r.substance, kg, r.in_totals)
        })
        .collect()
}
