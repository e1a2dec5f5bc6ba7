//! `Release::validate` on what the articles hold: blank texts and characters XML cannot
//! carry, sources, dates against the period, statistics' ranges, breakdowns and units; each
//! code on its own, with its severity, path and message, on mutations of a small valid release.

mod sample;
mod support;

use caricc_release::{
    ArticleDate, Block, Code, Currency, Decimal, EventKind, MassUnit, Qualifier, Severity, Speaker,
    Statistic, Substance, Unit,
};
use sample::{LABS, labs, valid_release};
use support::problems::*;

// ---------------------------------------------------------------- texts

#[test]
fn empty_text_for_a_blank_headline() {
    let mut r = valid_release();
    r.sections[0].articles[0].headline = " \t\n".into();
    assert_only(
        &r,
        Code::EmptyText,
        Severity::Error,
        "sections[0].articles[0].headline",
        "the text is empty",
    );
}

#[test]
fn empty_text_for_an_empty_bullet_item() {
    let mut r = valid_release();
    match &mut r.sections[1].articles[0].body[2] {
        Block::Bullets { items, .. } => items[1] = String::new(),
        other => panic!("the sample changed: {other:?}"),
    }
    assert_only(
        &r,
        Code::EmptyText,
        Severity::Error,
        "sections[1].articles[0].body[2].items[1]",
        "the text is empty",
    );
}

#[test]
fn empty_text_for_a_bullet_list_without_items() {
    let mut r = valid_release();
    r.sections[1].articles[0].body[2] = Block::bullets(Vec::<String>::new());
    assert_only(
        &r,
        Code::EmptyText,
        Severity::Error,
        "sections[1].articles[0].body[2].items",
        "the text is empty",
    );
}

#[test]
fn empty_text_for_a_blank_speaker_name() {
    let mut r = valid_release();
    r.sections[1].articles[0].body[1] =
        Block::quote("We will continue.", Some(Speaker::new("   ")));
    assert_only(
        &r,
        Code::EmptyText,
        Severity::Error,
        "sections[1].articles[0].body[1].speaker.name",
        "the text is empty",
    );
}

#[test]
fn empty_text_elsewhere() {
    let cases: [(Mutation, &str); 7] = [
        (|r| r.title = String::new(), "title"),
        (|r| r.summary.topics = Some(" ".into()), "summary.topics"),
        (
            |r| r.contents[0].heading = String::new(),
            "contents[0].heading",
        ),
        (
            |r| r.sections[1].heading = String::new(),
            "sections[1].heading",
        ),
        (
            |r| r.sections[0].articles[0].body[0] = Block::paragraph(""),
            "sections[0].articles[0].body[0].text",
        ),
        (
            |r| r.sections[0].articles[1].statistics[0].breakdown[1].measure = "  ".into(),
            "sections[0].articles[1].statistics[0].breakdown[1].measure",
        ),
        (
            |r| r.sections[0].articles[1].statistics[0].reference_period = Some(String::new()),
            "sections[0].articles[1].statistics[0].reference_period",
        ),
    ];
    for (mutate, path) in cases {
        let mut r = valid_release();
        mutate(&mut r);
        assert_only(
            &r,
            Code::EmptyText,
            Severity::Error,
            path,
            "the text is empty",
        );
    }
}

#[test]
fn invalid_character_for_a_control_character_in_a_headline() {
    let mut r = valid_release();
    r.sections[0].articles[0].headline = "A MASS\u{1} ANTI-DRUG RUN".into();
    assert_only(
        &r,
        Code::InvalidCharacter,
        Severity::Error,
        "sections[0].articles[0].headline",
        "U+0001 at byte 6 cannot be carried by XML 1.0",
    );
}

#[test]
fn invalid_character_for_a_noncharacter_in_a_paragraph() {
    let mut r = valid_release();
    // "“" takes three bytes, so U+FFFE is at byte 3.
    r.sections[1].articles[0].body[0] = Block::paragraph("“\u{FFFE}”");
    assert_only(
        &r,
        Code::InvalidCharacter,
        Severity::Error,
        "sections[1].articles[0].body[0].text",
        "U+FFFE at byte 3",
    );
}

#[test]
fn invalid_character_for_u_ffff_and_escape_in_other_texts() {
    let mut r = valid_release();
    r.sections[1].articles[0].places[0] = "Chui\u{FFFF}".into();
    assert_only(
        &r,
        Code::InvalidCharacter,
        Severity::Error,
        "sections[1].articles[0].places[0]",
        "U+FFFF at byte 4",
    );

    let mut r = valid_release();
    r.publisher.address.street = "\u{1B}[1mAbay".into();
    assert_only(
        &r,
        Code::InvalidCharacter,
        Severity::Error,
        "publisher.address.street",
        "U+001B at byte 0",
    );
}

#[test]
fn tab_line_feed_and_carriage_return_are_fine() {
    let mut r = valid_release();
    r.sections[0].articles[0].body[0] = Block::paragraph("one\ttwo\nthree\r\nfour");
    r.sections[0].articles[0].headline = "A\tB".into();
    // Characters XML 1.0 does carry, up to the edges of its ranges.
    r.sections[1].articles[0].body[0] =
        Block::paragraph("\u{7F} \u{D7FF} \u{E000} \u{FFFD} \u{10000} \u{10FFFF}");
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());
}

#[test]
fn a_nul_character_is_not_a_blank_text() {
    let mut r = valid_release();
    r.sections[0].articles[0].headline = "\u{0}".into();
    // U+0000 is not whitespace, so the text is not blank: only the character is reported.
    assert_only(
        &r,
        Code::InvalidCharacter,
        Severity::Error,
        "sections[0].articles[0].headline",
        "U+0000 at byte 0",
    );
}

// ---------------------------------------------------------------- sources

#[test]
fn source_missing() {
    let mut r = valid_release();
    r.sections[1].articles[0].sources.clear();
    assert_only(
        &r,
        Code::SourceMissing,
        Severity::Warning,
        "sections[1].articles[0].sources",
        "the article names no source",
    );
}

#[test]
fn source_scheme() {
    let mut r = valid_release();
    r.sections[1].articles[0].sources[0] = url("ftp://mvd.kg/news/seized-hashish");
    assert_only(
        &r,
        Code::SourceScheme,
        Severity::Error,
        "sections[1].articles[0].sources[0]",
        "the source uses the ftp scheme; only http and https are allowed",
    );

    let mut r = valid_release();
    r.sections[0].articles[0].sources[0] = url("mailto:press@polisia.kz");
    assert_only(
        &r,
        Code::SourceScheme,
        Severity::Error,
        "sections[0].articles[0].sources[0]",
        "the mailto scheme",
    );

    // Plain http is fine.
    let mut r = valid_release();
    r.sections[0].articles[0].sources[0] = url("http://polisia.kz/ru/zabeg/");
    assert!(r.validate().is_empty());
}

#[test]
fn duplicate_source_within_one_article() {
    let mut r = valid_release();
    let again = r.sections[0].articles[0].sources[0].clone();
    r.sections[0].articles[0].sources.push(again);
    assert_only(
        &r,
        Code::DuplicateSource,
        Severity::Warning,
        "sections[0].articles[0].sources[1]",
        "https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg/ is already cited at sections[0].articles[0].sources[0]",
    );
}

#[test]
fn duplicate_source_across_articles() {
    let mut r = valid_release();
    // Written differently, the same URL once parsed.
    r.sections[1].articles[0].sources[0] = url("HTTPS://POLISIA.KZ:443/ru/102-narkolaboratorii/");
    assert_only(
        &r,
        Code::DuplicateSource,
        Severity::Warning,
        "sections[1].articles[0].sources[0]",
        "is already cited at sections[0].articles[1].sources[0]",
    );
}

#[test]
fn a_source_cited_three_times_points_back_to_the_first() {
    let mut r = valid_release();
    let first = r.sections[0].articles[0].sources[0].clone();
    r.sections[0].articles[1].sources.push(first.clone());
    r.sections[1].articles[0].sources.push(first);
    let report = r.validate();
    let problems = report.problems();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems[0],
        Code::DuplicateSource,
        Severity::Warning,
        "sections[0].articles[1].sources[1]",
        "already cited at sections[0].articles[0].sources[0]",
    );
    assert_problem(
        &problems[1],
        Code::DuplicateSource,
        Severity::Warning,
        "sections[1].articles[0].sources[1]",
        "already cited at sections[0].articles[0].sources[0]",
    );
}

// ---------------------------------------------------------------- article dates

#[test]
fn article_date_outside_period_with_a_year() {
    let mut r = valid_release();
    r.sections[0].articles[0].date = Some(ArticleDate::from_date(date(2025, 8, 15)));
    assert_only(
        &r,
        Code::ArticleDateOutsidePeriod,
        Severity::Warning,
        "sections[0].articles[0].date",
        "the article is dated 15 August 2025, outside the period 16-31.08.2025",
    );

    // The right day and month in another year.
    let mut r = valid_release();
    r.sections[1].articles[0].date = Some("20 August 2024".parse().unwrap());
    assert_only(
        &r,
        Code::ArticleDateOutsidePeriod,
        Severity::Warning,
        "sections[1].articles[0].date",
        "dated 20 August 2024",
    );
}

#[test]
fn article_date_outside_period_without_a_year() {
    let mut r = valid_release();
    r.sections[0].articles[1].date = ArticleDate::without_year(9, 1);
    assert_only(
        &r,
        Code::ArticleDateOutsidePeriod,
        Severity::Warning,
        "sections[0].articles[1].date",
        "the article is dated 1 September, outside the period 16-31.08.2025",
    );
}

#[test]
fn article_dates_at_the_edges_of_the_period_are_inside() {
    let mut r = valid_release();
    r.sections[0].articles[0].date = Some("16 August 2025".parse().unwrap());
    r.sections[0].articles[1].date = Some("31 August".parse().unwrap());
    r.sections[1].articles[0].date = None;
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());
}

#[test]
fn article_dates_in_a_period_across_new_year() {
    let mut r = valid_release();
    r.number = 24;
    r.period = "28.12.2025-03.01.2026".parse().unwrap();
    r.sections[0].articles[0].date = Some("2 January".parse().unwrap());
    r.sections[0].articles[1].date = Some("30 December".parse().unwrap());
    r.sections[1].articles[0].date = Some("4 January".parse().unwrap());
    let report = r.validate();
    let problems = report.problems();
    // "2 January" is 2 January 2026 and "30 December" is 30 December 2025: both inside.
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems[0],
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "not 28.12.2025-03.01.2026",
    );
    assert_problem(
        &problems[1],
        Code::ArticleDateOutsidePeriod,
        Severity::Warning,
        "sections[1].articles[0].date",
        "the article is dated 4 January, outside the period 28.12.2025-03.01.2026",
    );

    // With a year, 2 January 2025 is a year early.
    r.sections[1].articles[0].date = Some("2 January 2025".parse().unwrap());
    assert_eq!(
        codes_and_paths(&r),
        [
            (Code::PeriodNumberMismatch, "period".to_owned()),
            (
                Code::ArticleDateOutsidePeriod,
                "sections[1].articles[0].date".to_owned()
            ),
        ]
    );
}

// ---------------------------------------------------------------- statistics

#[test]
fn statistic_range_reversed() {
    let mut r = valid_release();
    labs(&mut r).range_end = Some(Decimal::from(50u32));
    assert_only(
        &r,
        Code::StatisticRangeReversed,
        Severity::Error,
        &format!("{LABS}.range_end"),
        "the range runs from 102 down to 50",
    );

    // Compared as numbers, not as written: 102 to 102.0 is not reversed, 102 to 101.99 is.
    let mut r = valid_release();
    labs(&mut r).range_end = Some(dec("102.0"));
    assert!(r.validate().is_empty());
    labs(&mut r).range_end = Some(dec("101.99"));
    assert_only(
        &r,
        Code::StatisticRangeReversed,
        Severity::Error,
        &format!("{LABS}.range_end"),
        "from 102 down to 101.99",
    );
}

#[test]
fn statistic_range_reversed_in_a_breakdown_part() {
    let mut r = valid_release();
    labs(&mut r).breakdown[0].range_end = Some(Decimal::from(10u32));
    assert_only(
        &r,
        Code::StatisticRangeReversed,
        Severity::Error,
        &format!("{LABS}.breakdown[0].range_end"),
        "from 11 down to 10",
    );
}

#[test]
fn statistic_breakdown_exceeds_for_counts() {
    let mut r = valid_release();
    labs(&mut r).breakdown[1].value = Decimal::from(92u32);
    assert_only(
        &r,
        Code::StatisticBreakdownExceeds,
        Severity::Error,
        &format!("{LABS}.breakdown"),
        "the parts (11 count + 92 count) add up to more than the total 102 count",
    );
}

#[test]
fn statistic_breakdown_exceeds_for_masses_in_kg_under_a_total_in_t() {
    let mut r = valid_release();
    let mut seized = Statistic::new("drugs seized", dec("1.5"), Unit::Mass(MassUnit::Tonne));
    seized.breakdown.push(Statistic::new(
        "hashish",
        Decimal::from(900u32),
        Unit::Mass(MassUnit::Kilogram),
    ));
    seized.breakdown.push(Statistic::new(
        "heroin",
        dec("600.001"),
        Unit::Mass(MassUnit::Kilogram),
    ));
    r.sections[1].articles[0].statistics.push(seized);
    assert_only(
        &r,
        Code::StatisticBreakdownExceeds,
        Severity::Error,
        "sections[1].articles[0].statistics[0].breakdown",
        "the parts (900 kg + 600.001 kg) add up to more than the total 1.5 t",
    );

    // Exactly 1.5 t (900 kg + 600000 g) is fine: the units are converted, not compared as numbers.
    let seized = &mut r.sections[1].articles[0].statistics[0];
    seized.breakdown[1] = Statistic::new(
        "heroin",
        Decimal::from(600_000u32),
        Unit::Mass(MassUnit::Gram),
    );
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());
}

#[test]
fn statistic_breakdown_exceeds_is_not_reported_when_the_total_may_be_more() {
    for qualifier in [Qualifier::Over, Qualifier::AtLeast, Qualifier::About] {
        let mut r = valid_release();
        labs(&mut r).qualifier = qualifier;
        labs(&mut r).breakdown[1].value = Decimal::from(92u32);
        assert!(
            r.validate().is_empty(),
            "{qualifier}: {:#?}",
            r.validate().problems()
        );
    }
    // "up to", "almost", "less than": the total cannot be more, the check stands.
    for qualifier in [Qualifier::UpTo, Qualifier::Almost, Qualifier::LessThan] {
        let mut r = valid_release();
        labs(&mut r).qualifier = qualifier;
        labs(&mut r).breakdown[1].value = Decimal::from(92u32);
        assert_eq!(
            codes_and_paths(&r),
            [(Code::StatisticBreakdownExceeds, format!("{LABS}.breakdown"))],
            "{qualifier}"
        );
    }
}

#[test]
fn statistic_unit_mismatch_for_a_mass_under_a_count() {
    let mut r = valid_release();
    labs(&mut r).breakdown[0].unit = Unit::Mass(MassUnit::Kilogram);
    // The parts are not comparable, so no breakdown-exceeds on top.
    assert_only(
        &r,
        Code::StatisticUnitMismatch,
        Severity::Error,
        &format!("{LABS}.breakdown[0].unit"),
        "the part is in kg but the total is in count",
    );
}

#[test]
fn statistic_unit_mismatch_for_tenge_under_dollars() {
    let mut r = valid_release();
    let mut damage = Statistic::new(
        "damage",
        Decimal::from(1000u32),
        "USD".parse::<Unit>().unwrap(),
    );
    damage.breakdown.push(Statistic::new(
        "fines",
        Decimal::from(5000u32),
        "KZT".parse::<Unit>().unwrap(),
    ));
    damage.breakdown.push(Statistic::new(
        "seized cash",
        Decimal::from(500u32),
        "USD".parse::<Unit>().unwrap(),
    ));
    r.sections[1].articles[0].statistics.push(damage);
    assert_only(
        &r,
        Code::StatisticUnitMismatch,
        Severity::Error,
        "sections[1].articles[0].statistics[0].breakdown[0].unit",
        "the part is in KZT but the total is in USD",
    );
}

/// Volumes, areas and durations are "compatible" units (no unit-mismatch), but only masses
/// are converted: 300 ml + 200 ml under a total of 1 l are compared as 500 > 1.
#[test]
fn statistic_breakdown_in_smaller_compatible_units_is_not_reported() {
    let mut r = valid_release();
    let mut seized = Statistic::new(
        "liquid precursors seized",
        Decimal::from(1u32),
        "l".parse().unwrap(),
    );
    seized.breakdown.push(Statistic::new(
        "acetic anhydride",
        Decimal::from(300u32),
        "ml".parse().unwrap(),
    ));
    seized.breakdown.push(Statistic::new(
        "toluene",
        Decimal::from(200u32),
        "ml".parse().unwrap(),
    ));
    r.sections[1].articles[0].statistics.push(seized);
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());

    let mut r = valid_release();
    let mut term = Statistic::new("prison term", Decimal::from(2u32), "year".parse().unwrap());
    term.breakdown.push(Statistic::new(
        "in a penal colony",
        Decimal::from(6u32),
        "month".parse().unwrap(),
    ));
    r.sections[1].articles[0].statistics.push(term);
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());
}

// ---------------------------------------------------------------- event kinds and substances

#[test]
fn event_kinds_unordered_for_a_kind_listed_twice_in_json() {
    let r = valid_release();
    let mut value = serde_json::to_value(&r).unwrap();
    value["sections"][0]["articles"][0]["event_kinds"] = serde_json::json!(["arrest", "arrest"]);
    let read = caricc_release::from_json(&value.to_string()).expect("JSON may repeat a kind");
    assert_eq!(
        read.sections[0].articles[0].event_kinds,
        [EventKind::Arrest, EventKind::Arrest]
    );
    assert_only(
        &read,
        Code::EventKindsUnordered,
        Severity::Warning,
        "sections[0].articles[0].event_kinds[1]",
        "the event kind arrest is listed twice",
    );
}

#[test]
fn event_kinds_unordered_for_kinds_out_of_order() {
    let mut r = valid_release();
    r.sections[1].articles[0].event_kinds = vec![
        EventKind::Seizure,
        EventKind::Sentence,
        EventKind::CriminalCase,
    ];
    assert_only(
        &r,
        Code::EventKindsUnordered,
        Severity::Warning,
        "sections[1].articles[0].event_kinds[2]",
        "the event kind criminal_case stands after sentence; event kinds go in EventKind's order",
    );
    // In order, each once: nothing to say.
    r.sections[1].articles[0].event_kinds = EventKind::ALL.to_vec();
    assert!(r.validate().is_empty(), "{:#?}", r.validate());
}

#[test]
fn statistic_substance_unit_for_a_substance_in_money() {
    let mut r = valid_release();
    let mut fine = Statistic::new(
        "fine for heroin",
        dec("2500000"),
        Unit::Currency(Currency::KZT),
    );
    fine.substance = Some(Substance::Heroin);
    r.sections[0].articles[0].statistics.push(fine);
    assert_only(
        &r,
        Code::StatisticSubstanceUnit,
        Severity::Warning,
        "sections[0].articles[0].statistics[0].substance",
        "the statistic names the substance heroin but is in KZT, which is no quantity of a substance",
    );
    // A mass, a count, a volume or an area of a substance is what a substance measures.
    for unit in [
        Unit::Mass(MassUnit::Kilogram),
        Unit::Count,
        "l".parse().unwrap(),
        "ha".parse().unwrap(),
    ] {
        r.sections[0].articles[0].statistics[0].unit = unit;
        assert!(r.validate().is_empty(), "{:#?}", r.validate());
    }
}
