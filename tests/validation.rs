//! `Release::validate`: every code (but the builder-only ones) triggered on its own, with its
//! severity, path and message, on mutations of a small valid release. This file has the
//! release as a whole (period, summary, contents, sections, contact) and the report; what the
//! articles hold (texts, sources, dates, statistics) is in `validation_articles`.

mod sample;
mod support;

use caricc_release::{
    Article, ArticleDate, Block, Code, ContentsEntry, Country, CountryCount, CountrySection,
    Decimal, EventKind, PhoneNumber, Problem, Severity, Substance, Unit,
};
use sample::{labs, valid_release};
use support::problems::*;

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
    // `Period::new` refuses a reversed period; the fields can still be set one by one.
    r.period.start = date(2025, 8, 31);
    r.period.end = date(2025, 8, 16);
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
    r.summary
        .events_by_country
        .push(CountryCount::new(Country::TJ, 0));
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
    r.summary
        .events_by_country
        .push(CountryCount::new(Country::KZ, 2));
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
    r.contents
        .push(ContentsEntry::new(Country::TJ, "REPUBLIC OF TAJIKISTAN", 6));
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
    r.contents
        .push(ContentsEntry::new(Country::KZ, "REPUBLIC OF KAZAKHSTAN", 5));
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
fn mutations() -> Vec<(Code, Mutation)> {
    vec![
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
            r.summary.events_by_country = vec![CountryCount::new(Country::KZ, 3)];
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
        (Code::EventKindsUnordered, |r| {
            r.sections[0].articles[0].event_kinds = vec![EventKind::Arrest, EventKind::Seizure]
        }),
        (Code::StatisticUnitMismatch, |r| {
            labs(r).breakdown[1].unit = Unit::Percent
        }),
        (Code::StatisticSubstanceUnit, |r| {
            let s = labs(r);
            s.substance = Some(Substance::Drugs);
            s.unit = Unit::Factor;
            for part in &mut s.breakdown {
                part.unit = Unit::Factor;
            }
        }),
        (Code::InvalidCharacter, |r| r.place = "Alma\u{7}ty".into()),
        (Code::InvalidContact, |r| {
            r.publisher.website = url("gopher://caricc.org/")
        }),
    ]
}

/// Each code but the builder-only ones, with a mutation that triggers it alone.
#[test]
fn every_validation_code_is_covered_here() {
    let mutations = mutations();
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
    assert_eq!(Code::ALL.len(), 22);
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

#[test]
fn problems_reports_severities_and_ids_serialize_with_stable_names() {
    use caricc_release::{Code, Problem, ReleaseId, Report, Severity};
    assert_eq!(serde_json::to_value(Severity::Info).unwrap(), "info");
    assert_eq!(serde_json::to_value(Severity::Warning).unwrap(), "warning");
    assert_eq!(serde_json::to_value(Severity::Error).unwrap(), "error");
    assert_eq!(
        serde_json::to_value(ReleaseId::new(16, 2025)).unwrap(),
        "#16/2025"
    );
    let problem = Problem::new(
        "sections[1]",
        Code::EmptySection,
        "the section has no article",
    );
    assert_eq!(
        serde_json::to_string(&problem).unwrap(),
        r#"{"path":"sections[1]","severity":"error","code":"empty-section","message":"the section has no article"}"#
    );
    assert_eq!(
        serde_json::to_string(&Report::default()).unwrap(),
        r#"{"problems":[]}"#
    );
    let mut release = valid_release();
    release.sections[0].articles[0].sources.clear();
    let report = release.validate();
    assert_eq!(
        serde_json::to_value(&report).unwrap(),
        serde_json::json!({ "problems": [serde_json::to_value(&report.problems()[0]).unwrap()] })
    );
    let text = include_str!("fixtures/release-2025-19-variant.txt");
    let parsed = caricc_release::layout::parse(text).unwrap();
    let d = &parsed.diagnostics[0];
    assert_eq!(
        serde_json::to_string(d).unwrap(),
        format!(
            r#"{{"line":{},"severity":"{}","code":"{}","message":{}}}"#,
            d.line(),
            d.severity(),
            d.code(),
            serde_json::to_string(d.message()).unwrap()
        )
    );
}
