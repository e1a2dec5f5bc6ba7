//! `ReleaseBuilder` and its parts: what they derive, what they leave to the caller, and how
//! they report every problem in one `build()`.

mod sample;

use caricc_release::{
    ArticleBuilder, BuildError, Code, ContentsEntry, Country, CountryCount, ParseError, Period,
    Problem, Release, ReleaseBuilder, ReleaseId, SectionBuilder, Severity, StatisticBuilder,
};
use sample::valid_release;

fn article(headline: &str, source: &str) -> ArticleBuilder {
    ArticleBuilder::new(headline)
        .paragraph("Something happened.")
        .source(source)
}

fn kz() -> SectionBuilder {
    SectionBuilder::new("KZ")
        .page(2)
        .article(article("KZ ONE", "https://polisia.kz/1"))
        .article(article("KZ TWO", "https://polisia.kz/2"))
}

fn kg() -> SectionBuilder {
    SectionBuilder::new("KG")
        .page(4)
        .article(article("KG ONE", "https://mvd.kg/1"))
}

fn counts(release: &Release) -> Vec<(&'static str, u32)> {
    release
        .summary
        .events_by_country
        .iter()
        .map(|c| (c.country.alpha2(), c.events))
        .collect()
}

fn contents(release: &Release) -> Vec<(&'static str, &str, u32)> {
    release
        .contents
        .iter()
        .map(|c| (c.country.alpha2(), c.heading.as_str(), c.page))
        .collect()
}

/// `(code, path)` of every problem.
fn codes_and_paths(err: &BuildError) -> Vec<(Code, &str)> {
    err.problems()
        .iter()
        .map(|p| (p.code(), p.path()))
        .collect()
}

#[track_caller]
fn find<'a>(err: &'a BuildError, code: Code, path: &str) -> &'a Problem {
    err.problems()
        .iter()
        .find(|p| p.code() == code && p.path() == path)
        .unwrap_or_else(|| panic!("no {code} at {path:?} in {:#?}", err.problems()))
}

// ---------------------------------------------------------------- derivations

#[test]
fn number_and_year_come_from_the_period() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kz())
        .build()
        .unwrap();
    assert_eq!((release.number, release.year), (16, 2025));
    assert_eq!(release.id(), ReleaseId::new(16, 2025));
    assert_eq!(release.period.to_string(), "16-31.08.2025");

    let first = ReleaseBuilder::caricc()
        .period("01-15.01.2026")
        .section(kz())
        .build()
        .unwrap();
    assert_eq!(first.id().to_string(), "#1/2026");
}

#[test]
fn the_period_comes_from_the_id_or_the_number_and_year() {
    let expected: Period = "16-31.08.2025".parse().unwrap();
    let by_text = ReleaseBuilder::caricc()
        .id("#16/2025")
        .section(kz())
        .build()
        .unwrap();
    let by_id = ReleaseBuilder::caricc()
        .id(ReleaseId::new(16, 2025))
        .section(kz())
        .build()
        .unwrap();
    let by_parts = ReleaseBuilder::caricc()
        .number(16)
        .year(2025)
        .section(kz())
        .build()
        .unwrap();
    for release in [&by_text, &by_id, &by_parts] {
        assert_eq!(release.period, expected);
        assert_eq!(release.id().to_string(), "#16/2025");
    }
    // February of a leap year ends on the 29th.
    let leap = ReleaseBuilder::caricc()
        .number(4)
        .year(2024)
        .section(kz())
        .build()
        .unwrap();
    assert_eq!(leap.period.to_string(), "16-29.02.2024");
}

#[test]
fn a_given_number_is_kept_even_off_the_schedule_with_a_warning() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .number(17)
        .section(kz())
        .build()
        .unwrap();
    assert_eq!(release.id().to_string(), "#17/2025");
    let report = release.validate();
    assert!(report.is_valid());
    assert_eq!(report.problems().len(), 1);
    assert_eq!(report.problems()[0].code(), Code::PeriodNumberMismatch);
}

#[test]
fn a_period_off_the_schedule_needs_a_number() {
    let err = ReleaseBuilder::caricc()
        .period("28.08-03.09.2025")
        .section(kz())
        .build()
        .unwrap_err();
    assert_eq!(codes_and_paths(&err), [(Code::MissingField, "number")]);
    assert!(
        err.problems()[0]
            .message()
            .contains("the period is not one of the semi-monthly schedule")
    );

    // Given one, it builds; validate() warns about the schedule.
    let release = ReleaseBuilder::caricc()
        .period("28.08-03.09.2025")
        .number(17)
        .section(kz())
        .build()
        .unwrap();
    assert_eq!(release.year, 2025);
    assert_eq!(
        release.validate().problems()[0].code(),
        Code::PeriodNumberMismatch
    );
}

#[test]
fn a_number_off_the_schedule_cannot_give_the_period() {
    let err = ReleaseBuilder::caricc()
        .number(25)
        .year(2025)
        .section(kz())
        .build()
        .unwrap_err();
    assert_eq!(codes_and_paths(&err), [(Code::MissingField, "period")]);
    assert!(
        err.problems()[0]
            .message()
            .contains("#25/2025 is not on the semi-monthly schedule"),
        "{}",
        err.problems()[0].message()
    );
}

#[test]
fn summary_and_contents_come_from_the_sections_in_order() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kg())
        .section(kz().page(5))
        .build()
        .unwrap();
    assert_eq!(release.summary.total_events, 3);
    assert_eq!(counts(&release), [("KG", 1), ("KZ", 2)]);
    assert_eq!(release.summary.topics, None);
    assert_eq!(
        contents(&release),
        [
            ("KG", "KYRGYZ REPUBLIC", 4),
            ("KZ", "REPUBLIC OF KAZAKHSTAN", 5)
        ]
    );
    assert!(release.validate().is_empty());
}

#[test]
fn the_sample_is_derived_as_expected() {
    let release = valid_release();
    assert_eq!(release.summary.total_events, 3);
    assert_eq!(counts(&release), [("KZ", 2), ("KG", 1)]);
    assert_eq!(
        contents(&release),
        [
            ("KZ", "REPUBLIC OF KAZAKHSTAN", 2),
            ("KG", "KYRGYZ REPUBLIC", 4)
        ]
    );
    assert_eq!(release.title, caricc_release::SERIES_TITLE);
    assert_eq!(release.subtitle, caricc_release::SERIES_SUBTITLE);
    assert_eq!(release.place, "Almaty");
    assert_eq!(release.publisher, caricc_release::Publisher::caricc());
    assert_eq!(release.format, caricc_release::Format::Pdf);
    assert_eq!(release.language.as_str(), "en");
    assert!(release.summary.topics.is_some());
}

#[test]
fn a_country_with_two_sections_gets_one_merged_count() {
    // Two KZ sections is itself an error, but the derived summary and contents are right:
    // the only problem is the duplicate section.
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kz())
        .section(kg())
        .section(
            SectionBuilder::new("KZ")
                .page(6)
                .article(article("KZ THREE", "https://polisia.kz/3")),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::DuplicateSection, "sections[2]")]
    );
}

#[test]
fn the_default_heading_is_the_official_name_in_capitals() {
    for (code, heading) in [
        ("KG", "KYRGYZ REPUBLIC"),
        ("KZ", "REPUBLIC OF KAZAKHSTAN"),
        ("TJ", "REPUBLIC OF TAJIKISTAN"),
        ("RU", "RUSSIAN FEDERATION"),
    ] {
        let release = ReleaseBuilder::caricc()
            .period("16-31.08.2025")
            .section(
                SectionBuilder::new(code)
                    .page(2)
                    .article(article("ONE", "https://example.org/1")),
            )
            .build()
            .unwrap();
        assert_eq!(release.sections[0].heading, heading);
        assert_eq!(release.contents[0].heading, heading);
        assert_eq!(release.sections[0].country.alpha2(), code);
    }
}

#[test]
fn a_given_heading_replaces_the_default_and_goes_to_the_contents() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kg().heading("KYRGYZSTAN"))
        .build()
        .unwrap();
    assert_eq!(release.sections[0].heading, "KYRGYZSTAN");
    assert_eq!(contents(&release), [("KG", "KYRGYZSTAN", 4)]);
}

#[test]
fn section_country_may_be_a_country_value() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new(Country::AZ)
                .page(3)
                .article(article("AZ", "https://mia.gov.az/1")),
        )
        .build()
        .unwrap();
    assert_eq!(release.sections[0].country, Country::AZ);
    assert_eq!(release.sections[0].heading, "REPUBLIC OF AZERBAIJAN");
}

// ---------------------------------------------------------------- given rather than derived

#[test]
fn given_counts_and_contents_override_the_derived_ones() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .total_events(3)
        .events("KZ", 2)
        .events(Country::KG, 1)
        .contents_entry("KZ", "KAZAKHSTAN", 2)
        .contents_entry(Country::KG, "KYRGYZSTAN", 4)
        .section(kz())
        .section(kg())
        .build()
        .unwrap();
    assert_eq!(
        release.summary.events_by_country,
        [
            CountryCount::new(Country::KZ, 2),
            CountryCount::new(Country::KG, 1),
        ]
    );
    assert_eq!(
        release.contents,
        [
            ContentsEntry::new(Country::KZ, "KAZAKHSTAN", 2),
            ContentsEntry::new(Country::KG, "KYRGYZSTAN", 4),
        ]
    );
    // The sections keep their own headings.
    assert_eq!(release.sections[1].heading, "KYRGYZ REPUBLIC");
}

#[test]
fn a_wrong_given_total_fails_the_build() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .total_events(14)
        .section(kz())
        .section(kg())
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::SummaryTotalMismatch, "summary.total_events")]
    );
    assert_eq!(
        err.problems()[0].message(),
        "the summary counts 14 events but the sections hold 3 articles"
    );
}

#[test]
fn given_counts_are_the_only_counts() {
    // Once one count is given, KG is not added from its section: validate() says so.
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .events("KZ", 2)
        .section(kz())
        .section(kg())
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::SummaryCountryMismatch, "sections[1]")]
    );

    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .events("KZ", 1)
        .events("KG", 1)
        .section(kz())
        .section(kg())
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::SummaryCountryMismatch, "summary.events_by_country[0]")]
    );
}

#[test]
fn given_contents_are_checked() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .contents_entry("KZ", "REPUBLIC OF KAZAKHSTAN", 2)
        .contents_entry("KG", "KYRGYZ REPUBLIC", 5)
        .section(kz())
        .section(kg())
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::ContentsMismatch, "contents[1].page")]
    );

    // Given contents need no pages on the sections.
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .contents_entry("KZ", "REPUBLIC OF KAZAKHSTAN", 2)
        .section(SectionBuilder::new("KZ").article(article("KZ", "https://polisia.kz/1")))
        .build()
        .unwrap();
    assert_eq!(release.sections[0].page, None);
}

// ---------------------------------------------------------------- missing fields

#[test]
fn an_empty_builder_reports_every_missing_field_at_once() {
    let err = Release::builder().build().unwrap_err();
    let mut paths: Vec<&str> = err.problems().iter().map(Problem::path).collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "format",
            "language",
            "number",
            "period",
            "place",
            "publisher",
            "subtitle",
            "title"
        ]
    );
    for p in err.problems() {
        assert_eq!(p.code(), Code::MissingField, "{p}");
        assert_eq!(p.severity(), Severity::Error);
        assert!(p.message().contains("is required"), "{p}");
    }
}

#[test]
fn a_builder_with_everything_but_a_title_names_only_the_title() {
    let err = Release::builder()
        .subtitle("according to the media")
        .place("Almaty")
        .publisher(caricc_release::Publisher::caricc())
        .format(caricc_release::Format::Html)
        .language("ru")
        .period("16-31.08.2025")
        .section(kz())
        .build()
        .unwrap_err();
    assert_eq!(codes_and_paths(&err), [(Code::MissingField, "title")]);
    assert_eq!(err.problems()[0].message(), "the series title is required");
}

#[test]
fn a_missing_page_without_given_contents_is_a_missing_field() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kz())
        .section(SectionBuilder::new("KG").article(article("KG", "https://mvd.kg/1")))
        .build()
        .unwrap_err();
    let p = find(&err, Code::MissingField, "sections[1].page");
    assert!(p.message().contains("the page is required"), "{p}");
    assert_eq!(err.problems()[0], *p, "the missing page comes first");
}

#[test]
fn a_statistic_without_value_is_missing_it() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ").page(2).article(
                article("ONE", "https://polisia.kz/1")
                    .statistic(StatisticBuilder::new("people detained").unit("count")),
            ),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(
            Code::MissingField,
            "sections[0].articles[0].statistics[0].value"
        )]
    );
    assert_eq!(err.problems()[0].message(), "the value is required");
}

// ---------------------------------------------------------------- invalid values

/// Asserts each builder fails to build with an invalid value at its path, the message saying
/// what was wrong.
#[track_caller]
fn assert_invalid_values(cases: Vec<(ReleaseBuilder, &str, &str)>) {
    for (builder, path, message) in cases {
        let err = builder.build().unwrap_err();
        let p = find(&err, Code::InvalidValue, path);
        assert_eq!(p.severity(), Severity::Error);
        assert!(
            p.message().contains(message),
            "{path}: {:?} lacks {message:?}",
            p.message()
        );
    }
}

/// A release of 16-31.08.2025 whose one section, Kazakhstan's, holds `article`.
fn with_kz_article(article: ArticleBuilder) -> ReleaseBuilder {
    ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(SectionBuilder::new("KZ").page(2).article(article))
}

#[test]
fn setter_errors_are_reported_by_build_with_nested_paths() {
    assert_invalid_values(vec![
        (
            ReleaseBuilder::caricc().period("16-31.08.2025").section(
                SectionBuilder::new("KZ")
                    .page(2)
                    .article(article("ONE", "https://polisia.kz/1"))
                    .article(ArticleBuilder::new("TWO").source("not a url")),
            ),
            "sections[0].articles[1].sources[0]",
            "relative URL without a base",
        ),
        (
            ReleaseBuilder::caricc()
                .period("16-31.08.2025")
                .section(SectionBuilder::new("XX").page(2)),
            "sections[0].country",
            "invalid country code \"XX\": not an ISO 3166-1 alpha-2 code",
        ),
        (
            with_kz_article(
                article("ONE", "https://polisia.kz/1").statistic(
                    StatisticBuilder::new("websites blocked")
                        .value("1e3")
                        .unit("count"),
                ),
            ),
            "sections[0].articles[0].statistics[0].value",
            "invalid decimal \"1e3\"",
        ),
        (
            with_kz_article(
                article("ONE", "https://polisia.kz/1").statistic(
                    StatisticBuilder::new("drugs seized")
                        .value(11u32)
                        .unit("t")
                        .part(StatisticBuilder::new("hashish").value(9u32).unit("tons")),
                ),
            ),
            "sections[0].articles[0].statistics[0].breakdown[0].unit",
            "invalid unit \"tons\"",
        ),
        (
            with_kz_article(article("ONE", "https://polisia.kz/1").date("31 February")),
            "sections[0].articles[0].date",
            "invalid article date \"31 February\"",
        ),
        (
            with_kz_article(
                article("ONE", "https://polisia.kz/1").statistic(
                    StatisticBuilder::new("x")
                        .qualifier("roughly")
                        .value(1u32)
                        .unit("count"),
                ),
            ),
            "sections[0].articles[0].statistics[0].qualifier",
            "invalid qualifier \"roughly\"",
        ),
    ]);
}

#[test]
fn setter_errors_of_the_release_itself_are_reported_by_build_at_their_paths() {
    assert_invalid_values(vec![
        (
            ReleaseBuilder::caricc().period("31-16.08.2025"),
            "period",
            "invalid period \"31-16.08.2025\": the end is before the start",
        ),
        (
            ReleaseBuilder::caricc().id("16-2025"),
            "number",
            "invalid release id \"16-2025\"",
        ),
        (
            ReleaseBuilder::caricc()
                .period("16-31.08.2025")
                .events("kz", 1),
            "summary.events_by_country[0]",
            "invalid country code \"kz\"",
        ),
        (
            ReleaseBuilder::caricc()
                .period("16-31.08.2025")
                .contents_entry("KZ", "REPUBLIC OF KAZAKHSTAN", 2)
                .contents_entry("KAZ", "KYRGYZ REPUBLIC", 4),
            "contents[1]",
            "invalid country code \"KAZ\"",
        ),
    ]);
}

#[test]
fn a_statistic_without_unit_is_a_missing_field_at_its_path() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ").page(2).article(
                article("ONE", "https://polisia.kz/1")
                    .statistic(StatisticBuilder::new("drug crimes detected").value(2100u32)),
            ),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(
            Code::MissingField,
            "sections[0].articles[0].statistics[0].unit"
        )]
    );
}

#[test]
fn a_bad_value_is_not_also_reported_missing() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ").page(2).article(
                article("ONE", "https://polisia.kz/1")
                    .statistic(StatisticBuilder::new("x").value("1e3").unit("tons")),
            ),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [
            (
                Code::InvalidValue,
                "sections[0].articles[0].statistics[0].value"
            ),
            (
                Code::InvalidValue,
                "sections[0].articles[0].statistics[0].unit"
            ),
        ]
    );
}

#[test]
fn every_setter_problem_is_reported_in_one_build() {
    let err = ReleaseBuilder::caricc()
        .period("31-16.08.2025")
        .section(
            SectionBuilder::new("XX")
                .page(2)
                .article(article("X", "https://example.org/x")),
        )
        .section(
            SectionBuilder::new("KG")
                .article(article("ONE", "https://mvd.kg/1"))
                .article(
                    ArticleBuilder::new("TWO")
                        .paragraph("Text.")
                        .source("https://mvd.kg/2")
                        .source("mvd.kg/3")
                        .statistic(
                            StatisticBuilder::new("drugs seized")
                                .value(11u32)
                                .unit("t")
                                .part(StatisticBuilder::new("hashish").value(9u32).unit("tons")),
                        )
                        .statistic(
                            StatisticBuilder::new("websites blocked")
                                .value("1e3")
                                .unit("count"),
                        ),
                ),
        )
        .build()
        .unwrap_err();
    for (code, path) in [
        (Code::InvalidValue, "period"),
        (Code::InvalidValue, "sections[0].country"),
        (Code::InvalidValue, "sections[1].articles[1].sources[1]"),
        (
            Code::InvalidValue,
            "sections[1].articles[1].statistics[1].value",
        ),
        (
            Code::InvalidValue,
            "sections[1].articles[1].statistics[0].breakdown[0].unit",
        ),
        (Code::MissingField, "sections[1].page"),
    ] {
        find(&err, code, path);
    }
    // Without a period, no release is made, so validate() adds nothing.
    assert_eq!(err.problems().len(), 6, "{:#?}", err.problems());
}

// ---------------------------------------------------------------- warnings, errors

#[test]
fn warnings_do_not_fail_the_build() {
    let release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(ArticleBuilder::new("NO SOURCE").paragraph("Text."))
                .article(article("LATE", "https://polisia.kz/late").date("2 September")),
        )
        .build()
        .unwrap();
    let report = release.validate();
    let codes: Vec<Code> = report.problems().iter().map(Problem::code).collect();
    assert_eq!(codes, [Code::SourceMissing, Code::ArticleDateOutsidePeriod]);
    assert!(report.is_valid());
}

#[test]
fn errors_of_validate_fail_the_build() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(ArticleBuilder::new("").paragraph("Text."))
                .article(article("FTP", "ftp://polisia.kz/x")),
        )
        .build()
        .unwrap_err();
    let mut got = codes_and_paths(&err);
    got.sort_by_key(|(_, path)| *path);
    assert_eq!(
        got,
        [
            (Code::EmptyText, "sections[0].articles[0].headline"),
            (Code::SourceScheme, "sections[0].articles[1].sources[0]"),
        ]
    );
}

#[test]
fn build_error_display_names_the_first_problem_and_how_many_more() {
    let err = Release::builder().build().unwrap_err();
    let shown = err.to_string();
    let first = err.problems()[0].to_string();
    assert_eq!(
        shown,
        format!("cannot build the release: {first} (and 7 more)")
    );
    assert!(shown.starts_with(char::is_lowercase));
    assert!(!shown.ends_with('.'));

    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(kz())
        .total_events(1)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot build the release: summary.total_events: error summary-total-mismatch: \
         the summary counts 1 events but the sections hold 2 articles"
    );
    assert_eq!(err.clone().into_problems(), err.problems());
}

#[test]
fn errors_are_send_sync_and_static() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<BuildError>();
    assert_error::<ParseError>();
    assert_error::<caricc_release::json::Error>();
    // So they box into the usual error type.
    let boxed: Box<dyn std::error::Error + Send + Sync> =
        Box::new(Release::builder().build().unwrap_err());
    assert!(boxed.to_string().starts_with("cannot build the release: "));
}

// ---------------------------------------------------------------- bugs

/// `.number(16)` with no year and no period: nothing can be derived, yet no problem names
/// the year (or the period), so `build()` fails with an empty problem list.
#[test]
fn a_number_without_year_or_period_names_what_is_missing() {
    let err = ReleaseBuilder::caricc()
        .number(16)
        .section(kz())
        .build()
        .unwrap_err();
    assert!(!err.problems().is_empty(), "{err}");
    assert!(
        err.problems()
            .iter()
            .all(|p| p.code() == Code::MissingField),
        "{:#?}",
        err.problems()
    );
}

/// The statistic builder does not report a bad value as missing too, but the release builder
/// does for the language (and for the number after a bad `.id()`).
#[test]
fn a_bad_language_is_reported_once() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .language("english language")
        .section(kz())
        .build()
        .unwrap_err();
    assert_eq!(codes_and_paths(&err), [(Code::InvalidValue, "language")]);

    // The period cannot be derived, so it is missing; the number is not: it was given, badly.
    let err = ReleaseBuilder::caricc()
        .id("#0/2025")
        .section(kz())
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [
            (Code::InvalidValue, "number"),
            (Code::MissingField, "period")
        ]
    );
}

/// A rejected source is not added, so the next source gets the same index: two bad sources
/// are both reported at `sources[0]`. Statistics and given counts/contents lines do the same;
/// worse, a second statistic missing its unit after a first one with a bad unit is not
/// reported at all (its path is taken to be already reported).
#[test]
fn setter_paths_count_every_value_given() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ").page(2).article(
                ArticleBuilder::new("ONE")
                    .source("not a url")
                    .source("neither is this")
                    .statistic(StatisticBuilder::new("a").value(1u32).unit("tons"))
                    .statistic(StatisticBuilder::new("b").value(2u32)),
            ),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [
            (Code::InvalidValue, "sections[0].articles[0].sources[0]"),
            (Code::InvalidValue, "sections[0].articles[0].sources[1]"),
            (
                Code::InvalidValue,
                "sections[0].articles[0].statistics[0].unit"
            ),
            (
                Code::MissingField,
                "sections[0].articles[0].statistics[1].unit"
            ),
        ]
    );
}

/// A section with an unknown country stands in the release as Kazakhstan until build() fails,
/// and validate() then reports problems of that placeholder.
#[test]
fn an_unknown_country_causes_no_other_problem() {
    let err = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("XX")
                .page(2)
                .article(article("X", "https://example.org/x")),
        )
        .section(kz().page(3))
        .build()
        .unwrap_err();
    assert_eq!(
        codes_and_paths(&err),
        [(Code::InvalidValue, "sections[0].country")]
    );
}

/// A careless build reports every problem at once: the input's (a date that does not read, a
/// missing subtitle) and validation's errors elsewhere (an empty headline, an ftp source),
/// without the errors the refused input would cause (no "source-missing" for the source that
/// did not read).
#[test]
fn a_careless_build_reports_every_problem_at_once() {
    let err = Release::builder()
        .title("Information Release")
        .place("Almaty")
        .publisher(caricc_release::Publisher::caricc())
        .format(caricc_release::Format::Pdf)
        .language("en")
        .period("16-31.08.2025")
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(
                    ArticleBuilder::new("")
                        .date("31 February")
                        .paragraph("Police seized drugs.")
                        .source("ftp://example.org/report"),
                )
                .article(
                    ArticleBuilder::new("SEIZURE")
                        .paragraph("Police seized drugs.")
                        .source("not a url"),
                ),
        )
        .build()
        .unwrap_err();
    let found: Vec<(Code, &str)> = err
        .problems()
        .iter()
        .map(|p| (p.code(), p.path()))
        .collect();
    assert_eq!(
        found,
        [
            (Code::InvalidValue, "sections[0].articles[0].date"),
            (Code::InvalidValue, "sections[0].articles[1].sources[0]"),
            (Code::MissingField, "subtitle"),
            (Code::EmptyText, "sections[0].articles[0].headline"),
            (Code::SourceScheme, "sections[0].articles[0].sources[0]"),
        ]
    );
}
