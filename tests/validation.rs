//! `Release::validate`: every code (but the builder-only ones) triggered on its own, with its
//! severity, path and message, on mutations of a small valid release.

mod sample;

use caricc_release::url::Url;
use caricc_release::{
    Article, ArticleDate, Block, Code, ContentsEntry, Country, CountryCount, CountrySection,
    Decimal, MassUnit, Period, PhoneNumber, Problem, Qualifier, Release, Severity, Speaker,
    Statistic, Unit,
};
use chrono::NaiveDate;
use sample::valid_release;

fn url(text: &str) -> Url {
    Url::parse(text).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[track_caller]
fn assert_problem(p: &Problem, code: Code, severity: Severity, path: &str, message_part: &str) {
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
fn assert_only(release: &Release, code: Code, severity: Severity, path: &str, message_part: &str) {
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
fn codes_and_paths(release: &Release) -> Vec<(Code, String)> {
    release
        .validate()
        .problems()
        .iter()
        .map(|p| (p.code(), p.path().to_owned()))
        .collect()
}

fn labs(release: &mut Release) -> &mut Statistic {
    &mut release.sections[0].articles[1].statistics[0]
}

const LABS: &str = "sections[0].articles[1].statistics[0]";

/// A change made to the sample release.
type Mutation = fn(&mut Release);

// ---------------------------------------------------------------- the valid release

#[test]
fn the_sample_release_has_no_problem_at_all() {
    let release = valid_release();
    let report = release.validate();
    assert!(report.is_empty(), "{:#?}", report.problems());
    assert!(report.is_valid());
    assert!(!report.has_errors());
    assert_eq!(report.errors().count(), 0);
    assert_eq!(report.warnings().count(), 0);
    // What the mutations below rely on.
    assert_eq!(release.id().to_string(), "#16/2025");
    assert_eq!(release.sections.len(), 2);
    assert_eq!(release.summary.total_events, 3);
    assert_eq!(labs(&mut release.clone()).breakdown.len(), 2);
}

// ---------------------------------------------------------------- period

#[test]
fn period_reversed() {
    let mut r = valid_release();
    r.period = Period {
        start: date(2025, 8, 31),
        end: date(2025, 8, 16),
    };
    // Only the reversal: neither the schedule nor the article dates are checked against it.
    assert_only(
        &r,
        Code::PeriodReversed,
        Severity::Error,
        "period",
        "the period ends (2025-08-16) before it starts (2025-08-31)",
    );
}

#[test]
fn period_number_mismatch_for_a_period_off_the_schedule() {
    let mut r = valid_release();
    r.period = "17-31.08.2025".parse().unwrap();
    assert_only(
        &r,
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "release #16/2025 covers 16-31.08.2025 on the semi-monthly schedule, not 17-31.08.2025",
    );
}

#[test]
fn period_number_mismatch_for_another_number_or_year() {
    let mut r = valid_release();
    r.number = 15;
    assert_only(
        &r,
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "release #15/2025 covers 01-15.08.2025",
    );

    let mut r = valid_release();
    r.year = 2024;
    assert_only(
        &r,
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "release #16/2024 covers 16-31.08.2024",
    );
}

#[test]
fn period_number_mismatch_for_number_25() {
    let mut r = valid_release();
    r.number = 25;
    assert_only(
        &r,
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "release number 25 is outside the semi-monthly schedule (1 to 24)",
    );
    r.number = 0;
    assert_only(
        &r,
        Code::PeriodNumberMismatch,
        Severity::Warning,
        "period",
        "release number 0 is outside the semi-monthly schedule",
    );
}

// ---------------------------------------------------------------- summary

#[test]
fn summary_total_mismatch() {
    let mut r = valid_release();
    r.summary.total_events = 14;
    assert_only(
        &r,
        Code::SummaryTotalMismatch,
        Severity::Error,
        "summary.total_events",
        "the summary counts 14 events but the sections hold 3 articles",
    );
}

#[test]
fn summary_country_mismatch_when_a_count_differs() {
    let mut r = valid_release();
    r.summary.events_by_country[1].events = 2;
    assert_only(
        &r,
        Code::SummaryCountryMismatch,
        Severity::Error,
        "summary.events_by_country[1]",
        "the summary counts 2 events for Kyrgyzstan but its section holds 1 articles",
    );
}

#[test]
fn summary_country_mismatch_when_a_country_is_missing_in_the_summary() {
    let mut r = valid_release();
    r.summary.events_by_country.remove(1);
    assert_only(
        &r,
        Code::SummaryCountryMismatch,
        Severity::Error,
        "sections[1]",
        "Kyrgyzstan has a section but no count in the summary",
    );
}

#[test]
fn summary_country_mismatch_when_a_counted_country_has_no_section() {
    let mut r = valid_release();
    r.summary.events_by_country.push(CountryCount {
        country: Country::TJ,
        events: 0,
    });
    assert_only(
        &r,
        Code::SummaryCountryMismatch,
        Severity::Error,
        "summary.events_by_country[2]",
        "the summary counts 0 events for Tajikistan but the release has no section for it",
    );
}

#[test]
fn summary_country_mismatch_when_a_country_is_counted_twice() {
    let mut r = valid_release();
    r.summary.events_by_country.push(CountryCount {
        country: Country::KZ,
        events: 2,
    });
    assert_only(
        &r,
        Code::SummaryCountryMismatch,
        Severity::Error,
        "summary.events_by_country[2]",
        "Kazakhstan is counted twice in the summary",
    );
}

// ---------------------------------------------------------------- contents

#[test]
fn contents_mismatch_when_the_order_differs() {
    let mut r = valid_release();
    r.contents.swap(0, 1);
    // Keep the pages ascending so that only the order is wrong.
    r.contents[0].page = 2;
    r.contents[1].page = 4;
    let report = r.validate();
    let problems = report.problems();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems[0],
        Code::ContentsMismatch,
        Severity::Error,
        "contents[0]",
        "the contents list Kyrgyzstan here but section 0 is Kazakhstan",
    );
    assert_problem(
        &problems[1],
        Code::ContentsMismatch,
        Severity::Error,
        "contents[1]",
        "the contents list Kazakhstan here but section 1 is Kyrgyzstan",
    );
}

#[test]
fn contents_mismatch_when_a_page_differs() {
    let mut r = valid_release();
    r.contents[1].page = 5;
    assert_only(
        &r,
        Code::ContentsMismatch,
        Severity::Error,
        "contents[1].page",
        "the contents give page 5 but the section starts on page 4",
    );
}

#[test]
fn contents_mismatch_when_a_line_is_missing() {
    let mut r = valid_release();
    r.contents.pop();
    assert_only(
        &r,
        Code::ContentsMismatch,
        Severity::Error,
        "sections[1]",
        "Kyrgyzstan has a section but no line in the contents",
    );
}

#[test]
fn contents_mismatch_when_a_line_has_no_section() {
    let mut r = valid_release();
    r.contents.push(ContentsEntry {
        country: Country::TJ,
        heading: "REPUBLIC OF TAJIKISTAN".into(),
        page: 6,
    });
    assert_only(
        &r,
        Code::ContentsMismatch,
        Severity::Error,
        "contents[2]",
        "the contents list Tajikistan but there is no section 2",
    );
}

#[test]
fn contents_may_print_another_heading_than_the_section() {
    let mut r = valid_release();
    r.contents[1].heading = "KYRGYZSTAN".into();
    assert!(r.validate().is_empty());
}

#[test]
fn contents_page_order() {
    let mut r = valid_release();
    r.sections[1].page = Some(1);
    r.contents[1].page = 1;
    assert_only(
        &r,
        Code::ContentsPageOrder,
        Severity::Error,
        "contents[1].page",
        "page 1 comes after page 2",
    );
}

// ---------------------------------------------------------------- sections

#[test]
fn duplicate_section() {
    let mut r = valid_release();
    let mut again = CountrySection::new(Country::KZ, "REPUBLIC OF KAZAKHSTAN");
    again.page = Some(5);
    let mut article = Article::new("ANOTHER KAZAKH EVENT");
    article
        .body
        .push(Block::paragraph("Something else happened."));
    article.sources.push(url("https://polisia.kz/ru/another/"));
    again.articles.push(article);
    r.sections.push(again);
    r.contents.push(ContentsEntry {
        country: Country::KZ,
        heading: "REPUBLIC OF KAZAKHSTAN".into(),
        page: 5,
    });
    // The summary counts a country's articles over all its sections.
    r.summary.events_by_country[0].events = 3;
    r.summary.total_events = 4;
    assert_only(
        &r,
        Code::DuplicateSection,
        Severity::Error,
        "sections[2]",
        "Kazakhstan already has a section (sections[0])",
    );
}

#[test]
fn empty_section() {
    let mut r = valid_release();
    r.sections[1].articles.clear();
    r.summary.events_by_country[1].events = 0;
    r.summary.total_events = 2;
    assert_only(
        &r,
        Code::EmptySection,
        Severity::Error,
        "sections[1]",
        "the section of Kyrgyzstan has no articles",
    );
}

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
        Block::Bullets { items } => items[1] = String::new(),
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

// ---------------------------------------------------------------- contact

#[test]
fn invalid_contact_without_telephone() {
    let mut r = valid_release();
    r.publisher.telephones.clear();
    assert_only(
        &r,
        Code::InvalidContact,
        Severity::Error,
        "publisher.telephones",
        "the publisher has no telephone number",
    );
}

#[test]
fn invalid_contact_for_too_few_or_too_many_digits() {
    let mut r = valid_release();
    r.publisher
        .telephones
        .push("123 45 6".parse::<PhoneNumber>().unwrap());
    assert_only(
        &r,
        Code::InvalidContact,
        Severity::Error,
        "publisher.telephones[1]",
        "has 6 digits; a phone number has 7 to 15",
    );

    let mut r = valid_release();
    r.publisher.fax = Some("+7 727 392 15 54 11111".parse().unwrap());
    assert_only(
        &r,
        Code::InvalidContact,
        Severity::Error,
        "publisher.fax",
        "has 16 digits; a phone number has 7 to 15",
    );

    // 7 and 15 digits are both fine.
    let mut r = valid_release();
    r.publisher.telephones = vec!["259-99-90".parse().unwrap()];
    r.publisher.fax = Some("+1 (234) 567 890 12345".parse().unwrap());
    assert!(r.validate().is_empty(), "{:#?}", r.validate().problems());
}

#[test]
fn invalid_contact_message_quotes_the_number_as_printed() {
    let mut r = valid_release();
    r.publisher.telephones = vec!["123 45 6".parse().unwrap()];
    let report = r.validate();
    assert_eq!(
        report.problems()[0].message(),
        "\"123 45 6\" has 6 digits; a phone number has 7 to 15"
    );
}

#[test]
fn invalid_contact_for_an_email_domain_that_is_no_domain_name() {
    for (email, domain) in [
        ("registry@localhost", "localhost"),
        ("registry@caricc.", "caricc."),
        ("registry@.caricc.org", ".caricc.org"),
        ("registry@caricc..org", "caricc..org"),
    ] {
        let mut r = valid_release();
        r.publisher.email = email.parse().unwrap();
        assert_only(
            &r,
            Code::InvalidContact,
            Severity::Error,
            "publisher.email",
            &format!("the e-mail domain {domain:?} is not a domain name"),
        );
    }
}

#[test]
fn invalid_contact_for_a_website_with_the_ftp_scheme() {
    let mut r = valid_release();
    r.publisher.website = url("ftp://www.caricc.org/");
    assert_only(
        &r,
        Code::InvalidContact,
        Severity::Error,
        "publisher.website",
        "the website uses the ftp scheme; expected http or https",
    );
}

// ---------------------------------------------------------------- every code, the report

/// Each code but the builder-only ones, with a mutation that triggers it alone.
#[test]
fn every_validation_code_is_covered_here() {
    let mutations: Vec<(Code, Mutation)> = vec![
        (Code::PeriodReversed, |r| {
            std::mem::swap(&mut r.period.start, &mut r.period.end)
        }),
        (Code::PeriodNumberMismatch, |r| r.number = 25),
        (Code::SummaryTotalMismatch, |r| r.summary.total_events = 14),
        (Code::SummaryCountryMismatch, |r| {
            r.summary.events_by_country[0].events = 1
        }),
        (Code::ContentsMismatch, |r| r.contents[0].page = 3),
        (Code::ContentsPageOrder, |r| {
            r.sections[1].page = None;
            r.contents[1].page = 1;
        }),
        (Code::DuplicateSection, |r| {
            r.sections[1].country = Country::KZ;
            r.contents[1].country = Country::KZ;
            r.summary.events_by_country = vec![CountryCount {
                country: Country::KZ,
                events: 3,
            }];
        }),
        (Code::EmptySection, |r| {
            r.sections[1].articles.clear();
            r.summary.events_by_country[1].events = 0;
            r.summary.total_events = 2;
        }),
        (Code::EmptyText, |r| r.subtitle = " ".into()),
        (Code::SourceMissing, |r| {
            r.sections[0].articles[0].sources.clear()
        }),
        (Code::SourceScheme, |r| {
            r.sections[0].articles[0].sources[0] = url("file:///etc/passwd")
        }),
        (Code::DuplicateSource, |r| {
            r.sections[1].articles[0].sources = r.sections[0].articles[0].sources.clone()
        }),
        (Code::ArticleDateOutsidePeriod, |r| {
            r.sections[0].articles[1].date = ArticleDate::without_year(8, 15)
        }),
        (Code::StatisticRangeReversed, |r| {
            labs(r).range_end = Some(Decimal::ZERO)
        }),
        (Code::StatisticBreakdownExceeds, |r| {
            labs(r).value = Decimal::from(101u32)
        }),
        (Code::StatisticUnitMismatch, |r| {
            labs(r).breakdown[1].unit = Unit::Percent
        }),
        (Code::InvalidCharacter, |r| r.place = "Alma\u{7}ty".into()),
        (Code::InvalidContact, |r| {
            r.publisher.website = url("gopher://caricc.org/")
        }),
    ];
    let covered: Vec<Code> = mutations.iter().map(|(c, _)| *c).collect();
    for code in Code::ALL {
        let builder_only = matches!(code, Code::MissingField | Code::InvalidValue);
        assert_eq!(
            covered.contains(code),
            !builder_only,
            "{code} is not covered (or is builder-only)"
        );
    }
    for (code, mutate) in mutations {
        let mut r = valid_release();
        mutate(&mut r);
        let report = r.validate();
        assert!(!report.is_empty(), "{code}: no problem");
        for p in report.problems() {
            assert_eq!(p.code(), code, "{code}: also {p}");
            assert_eq!(p.severity(), code.severity());
        }
        assert_eq!(report.is_valid(), code.severity() == Severity::Warning);
    }
}

#[test]
fn several_problems_are_reported_at_once_in_order() {
    let mut r = valid_release();
    r.number = 25; // warning
    r.publisher.telephones.clear(); // error
    r.summary.total_events = 14; // error
    r.contents[1].page = 5; // error
    r.sections[0].articles[0].sources.clear(); // warning
    r.sections[0].articles[1].sources[0] = url("ftp://polisia.kz/102/"); // error
    r.sections[1].articles[0].date = Some("1 September 2025".parse().unwrap()); // warning
    labs(&mut r).breakdown[1].value = Decimal::from(92u32); // error

    let report = r.validate();
    let expected = [
        (Code::PeriodNumberMismatch, "period"),
        (Code::InvalidContact, "publisher.telephones"),
        // Document order: the model declares the contents before the summary.
        (Code::ContentsMismatch, "contents[1].page"),
        (Code::SummaryTotalMismatch, "summary.total_events"),
        (Code::SourceMissing, "sections[0].articles[0].sources"),
        (Code::SourceScheme, "sections[0].articles[1].sources[0]"),
        (
            Code::StatisticBreakdownExceeds,
            "sections[0].articles[1].statistics[0].breakdown",
        ),
        (
            Code::ArticleDateOutsidePeriod,
            "sections[1].articles[0].date",
        ),
    ];
    let got: Vec<(Code, &str)> = report
        .problems()
        .iter()
        .map(|p| (p.code(), p.path()))
        .collect();
    assert_eq!(got, expected);

    assert!(!report.is_valid());
    assert!(report.has_errors());
    assert!(!report.is_empty());
    let errors: Vec<&str> = report.errors().map(Problem::path).collect();
    assert_eq!(
        errors,
        [
            "publisher.telephones",
            "contents[1].page",
            "summary.total_events",
            "sections[0].articles[1].sources[0]",
            "sections[0].articles[1].statistics[0].breakdown",
        ]
    );
    let warnings: Vec<&str> = report.warnings().map(Problem::path).collect();
    assert_eq!(
        warnings,
        [
            "period",
            "sections[0].articles[0].sources",
            "sections[1].articles[0].date",
        ]
    );
    assert!(report.errors().all(|p| p.severity() == Severity::Error));
    assert!(report.warnings().all(|p| p.severity() == Severity::Warning));

    // The ways to get at the problems agree.
    let by_ref: Vec<&Problem> = (&report).into_iter().collect();
    assert_eq!(by_ref.len(), 8);
    let owned: Vec<Problem> = report.clone().into_iter().collect();
    assert_eq!(owned, report.clone().into_problems());
    assert_eq!(owned.as_slice(), report.problems());
}

#[test]
fn a_report_of_warnings_only_is_valid() {
    let mut r = valid_release();
    r.sections[0].articles[0].sources.clear();
    r.number = 17;
    let report = r.validate();
    assert_eq!(report.problems().len(), 2);
    assert!(report.is_valid());
    assert!(!report.has_errors());
    assert!(!report.is_empty());
    assert_eq!(report.errors().count(), 0);
    assert_eq!(report.warnings().count(), 2);
}

#[test]
fn a_problem_displays_path_severity_code_and_message() {
    let mut r = valid_release();
    r.summary.total_events = 14;
    r.sections[0].articles[0].sources.clear();
    r.sections[1].articles[0].headline = String::new();
    let shown: Vec<String> = r
        .validate()
        .problems()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown,
        [
            "summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 3 articles",
            "sections[0].articles[0].sources: warning source-missing: the article names no source",
            "sections[1].articles[0].headline: error empty-text: the text is empty",
        ]
    );
    let whole = Problem::new("", Code::PeriodReversed, "reversed");
    assert_eq!(
        whole.to_string(),
        "release: error period-reversed: reversed"
    );
}

/// "All problems `validate()` found, in the order of the release": a problem in
/// `sections[0]` should come before one in `sections[1]`, and the title before the period.
/// Texts and duplicate sources are checked in passes of their own, after everything else.
#[test]
fn problems_are_in_document_order_across_checks() {
    let mut r = valid_release();
    r.sections[0].articles[0].headline = String::new();
    r.sections[1].articles[0].sources[0] = url("ftp://mvd.kg/news/");
    let paths: Vec<String> = codes_and_paths(&r).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        paths,
        [
            "sections[0].articles[0].headline",
            "sections[1].articles[0].sources[0]"
        ]
    );

    let mut r = valid_release();
    let again = r.sections[0].articles[0].sources[0].clone();
    r.sections[0].articles[1].sources.push(again);
    r.sections[1].articles[0].sources.clear();
    let paths: Vec<String> = codes_and_paths(&r).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        paths,
        [
            "sections[0].articles[1].sources[1]",
            "sections[1].articles[0].sources"
        ]
    );
}

// ---------------------------------------------------------------- codes

#[test]
fn code_text_forms_round_trip() {
    assert_eq!(Code::ALL.len(), 20);
    for code in Code::ALL {
        let text = code.as_str();
        assert_eq!(code.to_string(), text);
        assert_eq!(text.parse::<Code>().unwrap(), *code);
        assert!(
            text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{text}"
        );
        // JSON uses the same text.
        assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<Code>(&format!("\"{text}\"")).unwrap(),
            *code
        );
    }
    let mut texts: Vec<&str> = Code::ALL.iter().map(Code::as_str).collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), Code::ALL.len(), "codes are unique");

    let err = "period_reversed".parse::<Code>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid problem code \"period_reversed\": not a known code"
    );
    assert!("Period-Reversed".parse::<Code>().is_err());
    assert!("".parse::<Code>().is_err());
}

#[test]
fn builder_only_codes_are_errors() {
    assert_eq!(Code::MissingField.severity(), Severity::Error);
    assert_eq!(Code::InvalidValue.severity(), Severity::Error);
    assert_eq!(Severity::Error.to_string(), "error");
    assert_eq!(Severity::Warning.to_string(), "warning");
    assert!(Severity::Warning < Severity::Error);
}

#[test]
fn every_code_is_in_the_crate_docs_table_with_its_severity() {
    let docs = include_str!("../src/lib.rs");
    for code in Code::ALL {
        let cell = format!("| `{code}` |");
        let line = docs
            .lines()
            .find(|l| l.contains(&cell))
            .unwrap_or_else(|| panic!("{code} is not in the table of src/lib.rs"));
        let severity = line.split('|').nth(2).map(str::trim).unwrap_or_default();
        assert_eq!(severity, code.severity().to_string(), "{line}");
    }
    // And the table lists no code that does not exist, in the order of Code::ALL.
    let listed: Vec<&str> = docs
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter_map(|l| l.split_once('`').map(|(code, _)| code))
        .collect();
    let all: Vec<&str> = Code::ALL.iter().map(Code::as_str).collect();
    assert_eq!(listed, all);
}

// ---------------------------------------------------------------- JSON

#[test]
fn an_invalid_release_reads_from_json_and_validate_reports_it() {
    let release = valid_release();
    let mut value = serde_json::to_value(&release).unwrap();
    value["summary"]["total_events"] = 14.into();
    value["sections"][1]["articles"][0]["sources"][0] = "ftp://mvd.kg/news/".into();
    let json = serde_json::to_string_pretty(&value).unwrap();

    let read = caricc_release::from_json(&json).unwrap();
    assert_eq!(read.summary.total_events, 14);
    let report = read.validate();
    assert_eq!(
        codes_and_paths(&read),
        [
            (
                Code::SummaryTotalMismatch,
                "summary.total_events".to_owned()
            ),
            (
                Code::SourceScheme,
                "sections[1].articles[0].sources[0]".to_owned()
            ),
        ]
    );
    assert!(report.has_errors());
}

#[test]
fn a_reversed_period_reads_from_json_and_validate_reports_it() {
    let release = valid_release();
    let mut value = serde_json::to_value(&release).unwrap();
    value["period"] = serde_json::json!({"start": "2025-08-31", "end": "2025-08-16"});
    let read = caricc_release::from_json(&value.to_string()).unwrap();
    assert_eq!(
        codes_and_paths(&read),
        [(Code::PeriodReversed, "period".to_owned())]
    );
}
