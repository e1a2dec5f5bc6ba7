//! The seizures view (issue #15): rows per quantity of a substance, kilograms, and totals that
//! count a whole or its parts, never both.

use caricc_release::collection::Archive;
use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, StatisticBuilder, Substance,
};

fn stat(measure: &str, value: &str, unit: &str, substance: &str) -> StatisticBuilder {
    StatisticBuilder::new(measure)
        .value(value)
        .unit(unit)
        .substance(substance)
}

/// The issue's sentences, typed as the reader types them.
fn release(number: u32) -> Release {
    let hashish = ArticleBuilder::new("HASHISH FOUND IN A CAR")
        .date("18 August")
        .place("Almaty")
        .source("https://polisia.kz/ru/a/")
        .statistic(stat(
            "package of hashish weighing",
            "3412",
            "g",
            "cannabis_resin",
        ))
        .statistic(stat("marijuana", "120", "g", "cannabis_herb"));
    let drugs = stat("drugs", "2", "t", "drugs")
        .qualifier("over")
        .part(stat("marijuana", "1380", "kg", "cannabis_herb"))
        .part(stat("hashish", "515", "kg", "cannabis_resin"));
    let totals = ArticleBuilder::new("RESULTS OF THE OPERATION")
        .statistic(drugs)
        .statistic(stat("precursors", "25", "t", "precursors").qualifier("over"))
        // No quantity of a substance: a count of laboratories, a fine.
        .statistic(
            StatisticBuilder::new("drug laboratories")
                .value(102u32)
                .unit("count"),
        );
    ReleaseBuilder::caricc()
        .number(number)
        .year(2025)
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(hashish)
                .article(totals),
        )
        .build()
        .expect("the release builds")
}

#[test]
fn the_issues_sentences_give_one_row_per_quantity() {
    let archive = Archive::from_releases([("16", &release(16))]);
    let rows: Vec<(Substance, String, bool)> = archive
        .seizures()
        .iter()
        .map(|r| (r.substance, r.kilograms.unwrap().to_string(), r.in_totals))
        .collect();
    assert_eq!(
        rows,
        [
            (Substance::CannabisResin, "3.412".to_owned(), true),
            (Substance::CannabisHerb, "0.12".to_owned(), true),
            (Substance::Drugs, "2000".to_owned(), false),
            (Substance::CannabisHerb, "1380".to_owned(), true),
            (Substance::CannabisResin, "515".to_owned(), true),
            (Substance::Precursors, "25000".to_owned(), true),
        ]
    );
    let first = &archive.seizures()[0];
    assert_eq!(first.date_from.to_string(), "2025-08-18");
    assert_eq!(first.date_to, first.date_from);
    assert_eq!(first.place.as_deref(), Some("Almaty"));
    assert_eq!(first.substance_name, "Cannabis resin");
    assert_eq!(
        first.source_url.as_ref().map(|u| u.as_str()),
        Some("https://polisia.kz/ru/a/")
    );
    let whole = &archive.seizures()[2];
    assert_eq!(
        (whole.date_from.to_string(), whole.date_to.to_string()),
        ("2025-08-16".to_owned(), "2025-08-31".to_owned())
    );
    assert_eq!(archive.seizures()[3].part_of, Some(Substance::Drugs));
}

#[test]
fn totals_count_the_parts_not_the_whole() {
    let archive = Archive::from_releases([("16", &release(16)), ("17", &release(17))]);
    let totals = archive.seizure_totals();
    let row = |number: u32, s: Substance| {
        totals
            .iter()
            .find(|t| t.release.map(|r| r.number) == Some(number) && t.substance == s)
            .map(|t| (t.quantities, t.kilograms.to_string(), t.approximate))
    };
    assert_eq!(
        row(16, Substance::CannabisResin),
        Some((2, "518.412".into(), false))
    );
    assert_eq!(
        row(16, Substance::CannabisHerb),
        Some((2, "1380.12".into(), false))
    );
    assert_eq!(
        row(16, Substance::Precursors),
        Some((1, "25000".into(), true))
    );
    assert_eq!(
        row(16, Substance::Drugs),
        None,
        "the 2 t whole is not counted"
    );
    assert_eq!(totals.len(), 6);

    let years = archive.seizure_totals_by_year();
    assert_eq!(years.len(), 3);
    let resin = years
        .iter()
        .find(|t| t.substance == Substance::CannabisResin)
        .unwrap();
    assert_eq!(
        (
            resin.release,
            resin.year,
            resin.quantities,
            resin.kilograms.to_string()
        ),
        (None, 2025, 4, "1036.824".to_owned())
    );
}
