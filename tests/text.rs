//! The text-layout reader over the real release #16 and over fixtures that vary the layout.

use caricc_release::layout::{Diagnostic, DiagnosticCode, parse};
use caricc_release::{Block, Country, Release, Severity, from_json};

mod support;
use support::fixtures::{GOLDEN_JSON, VARIANT_19, seed};

fn codes(diagnostics: &[Diagnostic]) -> Vec<(usize, &'static str)> {
    diagnostics
        .iter()
        .map(|d| (d.line(), d.code().as_str()))
        .collect()
}

#[test]
fn the_seed_becomes_a_valid_release() {
    let parsed = parse(&seed()).unwrap();
    let r = &parsed.release;
    assert_eq!(r.id().to_string(), "#16/2025");
    assert_eq!(r.period.to_iso_string(), "2025-08-16/2025-08-31");
    assert_eq!(r.place, "Almaty");
    assert_eq!(r.title, caricc_release::SERIES_TITLE);
    assert_eq!(r.subtitle, "according to the media");
    assert_eq!(r.publisher, caricc_release::Publisher::caricc());
    let contents: Vec<(&str, u32)> = r
        .contents
        .iter()
        .map(|c| (c.country.alpha2(), c.page))
        .collect();
    assert_eq!(contents, [("AZ", 2), ("KZ", 6), ("KG", 8), ("RU", 9)]);
    assert_eq!(r.contents[2].heading, "KYRGYZ PEPUBLIC");
    assert_eq!(r.summary.total_events, 13);
    let counts: Vec<(&str, u32)> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| (c.country.alpha2(), c.events))
        .collect();
    assert_eq!(counts, [("AZ", 7), ("KZ", 3), ("KG", 1), ("RU", 2)]);
    assert!(
        r.summary
            .topics
            .as_deref()
            .unwrap_or("")
            .starts_with("Published articles contain information about preventive measures")
    );
    let sections: Vec<(&str, usize)> = r
        .sections
        .iter()
        .map(|s| (s.country.alpha2(), s.articles.len()))
        .collect();
    assert_eq!(sections, [("AZ", 7), ("KZ", 3), ("KG", 1), ("RU", 2)]);
    let report = r.validate();
    assert!(report.is_empty(), "{:#?}", report.problems());
}

#[test]
fn the_seed_has_the_golden_headlines_sources_and_dates() {
    let parsed = parse(&seed()).unwrap().release;
    let golden: Release = from_json(GOLDEN_JSON).unwrap();
    let facts = |r: &Release| -> Vec<(String, Vec<String>, Option<String>)> {
        r.articles()
            .map(|(_, a)| {
                (
                    a.headline.clone(),
                    a.sources.iter().map(|u| u.to_string()).collect(),
                    a.date.map(|d| d.to_iso_string()),
                )
            })
            .collect()
    };
    assert_eq!(facts(&parsed), facts(&golden));
    let headings: Vec<&str> = parsed.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "REPUBLIC OF AZERBAIJAN",
            "REPUBLIC OF KAZAKHSTAN",
            "KYRGYZ REPUBLIC",
            "RUSSIAN FEDERATION"
        ]
    );
}

#[test]
fn the_seed_diagnostics_say_what_was_repaired() {
    let parsed = parse(&seed()).unwrap();
    let found = codes(&parsed.diagnostics);
    assert!(found.contains(&(32, "website-scheme-assumed")), "{found:?}");
    assert!(found.contains(&(43, "heading-typo")), "{found:?}");
    // Page breaks inside sentences: two AZ paragraphs, the KZ bullet, the Zhetysu and Abai paragraphs...
    let rejoined: Vec<usize> = found
        .iter()
        .filter(|(_, c)| *c == "paragraph-rejoined")
        .map(|(l, _)| *l)
        .collect();
    assert_eq!(rejoined, [76, 106, 136, 172, 196, 216]);
    // Two KG quotations and the SCO one have lost their opening mark.
    let quotes: Vec<usize> = found
        .iter()
        .filter(|(_, c)| *c == "quote-mark-missing")
        .map(|(l, _)| *l)
        .collect();
    assert_eq!(quotes, [236, 244, 278]);
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.severity() != Severity::Error)
    );
    let typo = parsed
        .diagnostics
        .iter()
        .find(|d| d.code() == DiagnosticCode::HeadingTypo)
        .unwrap();
    assert_eq!(
        typo.to_string(),
        "line 43: warning heading-typo: the contents heading \"KYRGYZ PEPUBLIC\" is read as Kyrgyz Republic (KG), the closest country name"
    );
}

#[test]
fn the_seed_bodies_keep_bullets_and_quotations_with_speakers() {
    let r = parse(&seed()).unwrap().release;
    let kz = &r.sections[1].articles[0];
    let Block::Bullets { items, .. } = &kz.body[1] else {
        panic!("{:?}", kz.body[1])
    };
    assert_eq!(items.len(), 1);
    assert!(
        items[0].starts_with("4655 drug crimes")
            && items[0].ends_with("Twelve leaders and 48 active participants have been detained.")
    );
    let speakers: Vec<(String, Option<String>)> = r
        .articles()
        .flat_map(|(_, a)| a.body.iter())
        .filter_map(|b| match b {
            Block::Quote {
                speaker: Some(s), ..
            } => Some((s.name.clone(), s.role.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        speakers,
        [
            ("Valery Semerikov".to_owned(), Some("Deputy Secretary General of the Collective Security Treaty Organization (CSTO)".to_owned())),
            ("Erkin Chechebaev".to_owned(), Some("Minister of Health of the Kyrgyz Republic".to_owned())),
            ("Mikhail Melikhov".to_owned(), Some("advisor to the CSTO Secretariat".to_owned())),
            ("Ilya Tokarev".to_owned(), Some("head of the youth policy department".to_owned())),
            ("the draft agreement".to_owned(), None),
        ]
    );
    // A quotation inside a longer sentence stays a paragraph.
    let sco = &r.sections[3].articles[1];
    assert!(
        matches!(&sco.body[4], Block::Paragraph { text, .. } if text.starts_with("According to the draft agreement, “The Anti-Drug Center"))
    );
    // A page break inside a sentence leaves no trace.
    let az = &r.sections[0].articles[1];
    assert!(
        matches!(&az.body[1], Block::Paragraph { text, .. } if text.contains("organization of leisure activities for teenagers, activities of the “802” hotline"))
    );
}

#[test]
fn crlf_cr_and_a_byte_order_mark_read_the_same() {
    let lf = seed();
    let expected = parse(&lf).unwrap();
    for variant in [
        lf.replace('\n', "\r\n"),
        lf.replace('\n', "\r"),
        format!("\u{FEFF}{lf}"),
        format!("\u{FEFF}{}", lf.replace('\n', "\r\n")),
    ] {
        assert_eq!(parse(&variant).unwrap(), expected);
    }
}

#[test]
fn a_variant_layout_reads_with_other_states_headings_and_articles() {
    let parsed = parse(VARIANT_19).unwrap();
    let r = &parsed.release;
    assert_eq!(r.id().to_string(), "#19/2025");
    assert_eq!(r.period.to_string(), "01-15.10.2025");
    let sections: Vec<(Country, &str, Option<u32>, usize)> = r
        .sections
        .iter()
        .map(|s| (s.country, s.heading.as_str(), s.page, s.articles.len()))
        .collect();
    assert_eq!(
        sections,
        [
            (Country::TJ, "REPUBLIC OF TAJIKISTAN", Some(2), 2),
            (Country::TM, "TURKMENISTAN", Some(3), 1),
            (Country::UZ, "UZBEKISTAN", Some(5), 2),
        ]
    );
    let headlines: Vec<&str> = r.articles().map(|(_, a)| a.headline.as_str()).collect();
    assert_eq!(
        headlines,
        [
            "BORDER GUARDS SEIZED 3 TONS 205 KILOGRAMS OF HASHISH",
            "ANTI-DRUG LECTURE FOR STUDENTS IN KHUJAND",
            "CONFERENCE ON DRUG PREVENTION HELD IN ASHGABAT",
            "CLANDESTINE LABORATORIES CLOSED IN TASHKENT REGION",
            "15 KILOGRAMS OF HEROIN SEIZED AT THE AFGHAN BORDER",
        ]
    );
    // An article without a source, a dated one, a non-ASCII source path, a quotation.
    let lecture = &r.sections[0].articles[1];
    assert!(lecture.sources.is_empty());
    assert_eq!(
        lecture.date.map(|d| d.to_string()).as_deref(),
        Some("7 October")
    );
    assert_eq!(
        r.sections[2].articles[1]
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("12 October 2025")
    );
    let conference = &r.sections[1].articles[0];
    assert_eq!(
        conference.sources[0].path(),
        "/%D0%BA%D0%BE%D0%BD%D1%84%D0%B5%D1%80%D0%B5%D0%BD%D1%86%D0%B8%D1%8F/2025/%D0%BF%D1%80%D0%BE%D1%84%D0%B8%D0%BB%D0%B0%D0%BA%D1%82%D0%B8%D0%BA%D0%B0"
    );
    assert!(
        matches!(&conference.body[1], Block::Quote { speaker: Some(s), .. } if s.name == "Merdan Atayev")
    );
    assert_eq!(r.summary.total_events, 5);
    let report = r.validate();
    assert!(report.is_valid(), "{:#?}", report.problems());
    let warnings: Vec<&str> = report.warnings().map(|p| p.path()).collect();
    assert_eq!(warnings, ["sections[0].articles[1].sources"]);
    assert_eq!(
        codes(&parsed.diagnostics),
        [(32, "website-scheme-assumed"), (69, "paragraph-rejoined")]
    );
}

#[test]
fn text_that_is_not_a_release_is_an_error_with_a_line() {
    let err = parse("").unwrap_err();
    assert_eq!(err.line(), 1);
    assert!(
        err.to_string()
            .starts_with("not a release (line 1): no \"INFORMATION RELEASE\" title"),
        "{err}"
    );
    let err = parse("Hello\n\nworld\n").unwrap_err();
    assert_eq!(err.line(), 1);
    let err = parse("\n\n# INFORMATION RELEASE\n\nABOUT PAST EVENTS\n\n#16\n").unwrap_err();
    assert_eq!(
        (err.line(), err.message()),
        (
            3,
            "no period on the cover (expected a line such as \"16-31.08.2025\")"
        )
    );
    let err = parse("# INFORMATION RELEASE\n\n28.08-03.09.2025\n").unwrap_err();
    assert!(err.message().contains("no release number"), "{err}");
}

/// The smallest release the reader takes; pieces are swapped in by the tests below.
fn minimal(cover: &str, editorial: &str, body: &str) -> String {
    format!(
        "# INFORMATION RELEASE\n\n{cover}\n\n{editorial}\n\n## CONTENTS\n\n<i>REPUBLIC OF KAZAKHSTAN</i> .....\t2\n\nIn the period from 16 to 31 August 2025, based on information from the media CARICC member states covered 1 event in the counter-narcotics field (*Kazakhstan – 1*).\n\n## REPUBLIC OF KAZAKHSTAN\n\n{body}\n"
    )
}

const EDITORIAL: &str = "# INFORMATION RELEASE CARICC\n\nCentral Asian Regional Information and Coordination Centre\n\n**EDITORIAL ADDRESS:**\n\nRepublic of Kazakhstan, 050008, Almaty, Abay Avenue, 52\n\ntel.: +7 727 259 99 90\n\nregistry@caricc.org https://www.caricc.org/\n\n«Information Release about past events in the anti-drug sphere», #16, 2025\n\nCirculation in PDF format";
const ARTICLE: &str = "## POLICE SEIZED DRUGS\n\nPolice seized drugs.\n\n<https://polisia.kz/a>";

#[test]
fn diagnostic_case_number_derived_and_publisher_assumed() {
    // number-derived: no "#16" anywhere.
    let parsed = parse(&minimal("16-31.08.2025", "", ARTICLE)).unwrap();
    assert_eq!(parsed.release.number, 16);
    assert!(codes(&parsed.diagnostics).contains(&(1, "number-derived")));
    // publisher-assumed: no editorial block.
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.code() == DiagnosticCode::PublisherAssumed
                && d.severity() == Severity::Warning)
    );
    assert_eq!(
        parsed.release.publisher,
        caricc_release::Publisher::caricc()
    );
}

#[test]
fn diagnostic_case_none_with_a_complete_editorial_block() {
    // A complete editorial block: no assumption; the https website needs no scheme note.
    let parsed = parse(&minimal(
        "16-31.08.2025\n\n#16\n\nAlmaty - 2025",
        EDITORIAL,
        ARTICLE,
    ))
    .unwrap();
    assert_eq!(codes(&parsed.diagnostics), []);
    assert!(
        parsed.release.validate().is_empty(),
        "{:#?}",
        parsed.release.validate()
    );
}

#[test]
fn diagnostic_case_cross_check_of_the_number() {
    // cross-check: the editorial block says another number.
    let other = EDITORIAL.replace("#16, 2025", "#17, 2025");
    let parsed = parse(&minimal(
        "16-31.08.2025\n\n#16\n\nAlmaty - 2025",
        &other,
        ARTICLE,
    ))
    .unwrap();
    let d = parsed
        .diagnostics
        .iter()
        .find(|d| d.code() == DiagnosticCode::CrossCheck)
        .unwrap();
    assert_eq!(
        d.message(),
        "the editorial block says #17, 2025 but the cover says #16, 2025"
    );
}

#[test]
fn diagnostic_case_cross_check_of_the_period() {
    // cross-check: the summary names another period.
    let text = minimal("16-31.08.2025\n\n#16", EDITORIAL, ARTICLE)
        .replace("from 16 to 31 August", "from 1 to 15 August");
    assert!(
        parse(&text).unwrap().diagnostics.iter().any(
            |d| d.code() == DiagnosticCode::CrossCheck && d.message().contains("01-15.08.2025")
        )
    );
}

#[test]
fn diagnostic_case_summary_unread() {
    // summary-unread: a summary sentence without the per-country list.
    let text =
        minimal("16-31.08.2025\n\n#16", EDITORIAL, ARTICLE).replace(" (*Kazakhstan – 1*)", "");
    let parsed = parse(&text).unwrap();
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.code() == DiagnosticCode::SummaryUnread)
    );
    assert_eq!(parsed.release.summary.total_events, 1);
    assert_eq!(
        parsed.release.summary.events_by_country[0].country,
        Country::KZ
    );
}

#[test]
fn diagnostic_case_text_kept() {
    // text-kept: text after the source, before the next headline, stays in that article.
    let body = format!("{ARTICLE}\n\nA stray line after the source.");
    let parsed = parse(&minimal("16-31.08.2025\n\n#16", EDITORIAL, &body)).unwrap();
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.code() == DiagnosticCode::TextKept)
    );
    let article = &parsed.release.sections[0].articles[0];
    assert!(
        matches!(article.body.last(), Some(Block::Paragraph { text, .. }) if text == "A stray line after the source.")
    );
}

#[test]
fn diagnostic_case_heading_typo() {
    // heading-typo on a section heading, and a bold headline.
    let text = minimal(
        "16-31.08.2025\n\n#16",
        EDITORIAL,
        "**POLICE SEIZED DRUGS**\n\nPolice seized drugs.\n\n<https://polisia.kz/a>",
    )
    .replace("## REPUBLIC OF KAZAKHSTAN", "REPUBLIC OF KAZAKHSTAM");
    let parsed = parse(&text).unwrap();
    assert_eq!(parsed.release.sections[0].country, Country::KZ);
    assert_eq!(parsed.release.sections[0].heading, "REPUBLIC OF KAZAKHSTAM");
    assert_eq!(
        parsed.release.sections[0].articles[0].headline,
        "POLICE SEIZED DRUGS"
    );
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.code() == DiagnosticCode::HeadingTypo
                && d.message().contains("REPUBLIC OF KAZAKHSTAM"))
    );
}

#[test]
fn quotations_in_every_mark_with_and_without_a_role() {
    for (paragraph, text, name, role) in [
        (
            "«We act,» said Aibek Sultanov, head of the department.",
            "We act",
            "Aibek Sultanov",
            Some("head of the department"),
        ),
        (
            "“We act,” noted Aibek Sultanov.",
            "We act",
            "Aibek Sultanov",
            None,
        ),
        (
            "\"We act,\" stated Aibek Sultanov, spokesman.",
            "We act",
            "Aibek Sultanov",
            Some("spokesman"),
        ),
        (
            "We act,» the ministry said.",
            "We act",
            "the ministry",
            None,
        ),
        (
            "«We act», – noted Ulan Niyazbekov, Minister.",
            "We act",
            "Ulan Niyazbekov",
            Some("Minister"),
        ),
        (
            "«We act,» the press service reported.",
            "We act",
            "the press service",
            None,
        ),
    ] {
        let body = format!("## POLICE ACT\n\n{paragraph}\n\n<https://polisia.kz/a>");
        let r = parse(&minimal("16-31.08.2025\n\n#16", EDITORIAL, &body))
            .unwrap()
            .release;
        match &r.sections[0].articles[0].body[0] {
            Block::Quote {
                text: t,
                speaker: Some(s),
                ..
            } => {
                assert_eq!(
                    (t.as_str(), s.name.as_str(), s.role.as_deref()),
                    (text, name, role),
                    "{paragraph}"
                );
            }
            other => panic!("{paragraph}: {other:?}"),
        }
    }
    // Not an attribution: stays a paragraph.
    let body = "## POLICE ACT\n\nThe slogan was “A world without drugs.”\n\n<https://polisia.kz/a>";
    let r = parse(&minimal("16-31.08.2025\n\n#16", EDITORIAL, body))
        .unwrap()
        .release;
    assert!(matches!(
        &r.sections[0].articles[0].body[0],
        Block::Paragraph { .. }
    ));
}

#[test]
fn arbitrary_text_never_panics() {
    let seed = seed();
    let mut cut = 0;
    while cut < seed.len() {
        if seed.is_char_boundary(cut) {
            let _ = parse(&seed[..cut]);
            let _ = parse(&seed[cut..]);
        }
        cut += 97;
    }
}

#[test]
fn the_seed_statistics_are_typed_from_the_prose() {
    use caricc_release::{Currency, Decimal, MassUnit, Qualifier, Unit};
    let r = parse(&seed()).unwrap().release;
    for (i, section) in r.sections.iter().enumerate() {
        if section.country != Country::KZ {
            let found: usize = section.articles.iter().map(|a| a.statistics.len()).sum();
            assert_eq!(found, 0, "section {i} ({}) has statistics", section.country);
        }
    }
    let kz = &r.sections[1];
    let all: Vec<_> = kz
        .articles
        .iter()
        .flat_map(|a| a.statistics.iter())
        .collect();
    let find = |value: &str, unit: Unit| {
        all.iter()
            .find(|s| s.value == value.parse::<Decimal>().unwrap() && s.unit == unit)
            .unwrap_or_else(|| panic!("no {value} {unit}"))
    };
    let crimes = find("4655", Unit::Count);
    assert_eq!(crimes.breakdown[0].value, Decimal::from(2100u32));
    assert_eq!(
        find("11", Unit::Mass(MassUnit::Tonne)).qualifier,
        Qualifier::Over
    );
    assert_eq!(
        find("1", Unit::Mass(MassUnit::Tonne)).qualifier,
        Qualifier::Over
    );
    assert_eq!(find("3", Unit::Factor).qualifier, Qualifier::Almost);
    assert_eq!(
        find("2500000000", Unit::Currency(Currency::KZT)).qualifier,
        Qualifier::Exact
    );
    assert_eq!(
        find("110000000", Unit::Currency(Currency::USD)).qualifier,
        Qualifier::Over
    );
    let labs = find("102", Unit::Count);
    let parts: Vec<String> = labs.breakdown.iter().map(|p| p.value.to_string()).collect();
    assert_eq!(parts, ["11", "91"]);
    let term = find("5", Unit::Duration(caricc_release::DurationUnit::Year));
    assert_eq!(term.range_end, Some(Decimal::from(20u32)));
    for value in [
        "24", "3", "12", "48", "322", "76", "20000", "38000", "49", "6",
    ] {
        find(value, Unit::Count);
    }
    assert!(
        all.iter()
            .all(|s| s.phrase.is_some() && !s.measure.is_empty())
    );
}

#[test]
fn a_second_variant_with_split_headlines_bare_urls_and_an_observer() {
    use caricc_release::{AreaUnit, Decimal, MassUnit, Qualifier, Unit};
    let parsed = parse(include_str!("fixtures/release-2025-05-variant.txt")).unwrap();
    let r = &parsed.release;
    assert_eq!(r.id().to_string(), "#5/2025");
    assert_eq!(r.period.to_string(), "01-15.03.2025");
    assert_eq!(r.publisher.telephones.len(), 2);
    let sections: Vec<(Country, &str, Option<u32>, usize)> = r
        .sections
        .iter()
        .map(|s| (s.country, s.heading.as_str(), s.page, s.articles.len()))
        .collect();
    assert_eq!(
        sections,
        [
            (Country::KZ, "KAZAKHSTAN", Some(2), 2),
            (Country::AF, "ISLAMIC REPUBLIC OF AFGHANISTAN", Some(4), 1)
        ]
    );
    let headlines: Vec<&str> = r.articles().map(|(_, a)| a.headline.as_str()).collect();
    assert_eq!(
        headlines,
        [
            "CUSTOMS OFFICERS STOPPED A TRUCK CARRYING HASHISH",
            "POLICE DETAINED A COURIER IN SHYMKENT",
            "POPPY FIELDS DESTROYED IN HELMAND"
        ]
    );
    let sources: Vec<String> = r
        .articles()
        .flat_map(|(_, a)| a.sources.iter().map(|u| u.to_string()))
        .collect();
    assert_eq!(
        sources,
        [
            "https://kgd.gov.kz/ru/news/hashish-2025",
            "https://polisia.kz/ru/courier-shymkent/",
            "https://example.af/poppy-helmand"
        ]
    );
    // The summary sentence split by a page break is rejoined and read: "three events".
    assert_eq!(r.summary.total_events, 3);
    assert_eq!(
        r.summary.topics.as_deref(),
        Some(
            "Published articles contain information about a seizure on the border (Kazakhstan) and poppy eradication (Afghanistan)."
        )
    );
    let stats: Vec<(Decimal, Unit, Qualifier)> = r
        .articles()
        .flat_map(|(_, a)| {
            a.statistics
                .iter()
                .map(|s| (s.value, s.unit.clone(), s.qualifier))
        })
        .collect();
    assert_eq!(
        stats,
        [
            (
                "5.952".parse().unwrap(),
                Unit::Mass(MassUnit::Kilogram),
                Qualifier::Exact
            ),
            (
                Decimal::from(300u32),
                Unit::Mass(MassUnit::Gram),
                Qualifier::About
            ),
            (
                Decimal::from(1200u32),
                Unit::Area(AreaUnit::Hectare),
                Qualifier::Over
            ),
        ]
    );
    assert!(r.validate().is_empty(), "{:#?}", r.validate());
    let found: Vec<(usize, &str)> = codes(&parsed.diagnostics);
    assert_eq!(found, [(36, "paragraph-rejoined"), (44, "headline-joined")]);
}

#[test]
fn a_third_variant_with_page_break_fragments_typos_wrapped_and_prefixed_sources() {
    let parsed = parse(include_str!("fixtures/release-2025-06-variant.txt")).unwrap();
    let r = &parsed.release;
    // The period on the subtitle's line; the summary without a final period keeps the topics apart.
    assert_eq!(r.period.to_string(), "16-31.03.2025");
    assert_eq!(r.summary.total_events, 4);
    assert_eq!(
        r.summary.topics.as_deref(),
        Some(
            "Published articles contain information about seizures (Kyrgyzstan), a seminar (Turkmenistan) and statistics (China)."
        )
    );
    // Two-letter typos, a swap, a typographic apostrophe; mixed-case headlines; a lone
    // "CARICC." and a quoted slogan are no headlines.
    let sections: Vec<(Country, usize)> = r
        .sections
        .iter()
        .map(|s| (s.country, s.articles.len()))
        .collect();
    assert_eq!(
        sections,
        [(Country::KG, 2), (Country::TM, 1), (Country::CN, 1)]
    );
    let headlines: Vec<&str> = r.articles().map(|(_, a)| a.headline.as_str()).collect();
    assert_eq!(
        headlines,
        [
            "POLICE SEIZED 25 kg OF HASHISH IN BISHKEK",
            "OPERATION “Mak-2025” STARTED IN ISSYK-KUL REGION",
            "SEMINAR ON DRUG PREVENTION FOR TEACHERS",
            "DRUG USERS REGISTERED IN CHINA FELL",
        ]
    );
    // "Source:" prefix, a URL wrapped over two lines, a bare URL with a trailing period.
    let sources: Vec<String> = r
        .articles()
        .flat_map(|(_, a)| a.sources.iter().map(|u| u.to_string()))
        .collect();
    assert_eq!(
        sources,
        [
            "https://24.kg/english/25-kg-hashish-bishkek/",
            "https://kabar.kg/eng/news/mak-2025-started-in-the-issyk-kul-region-with-inspections-of-fields-and-mountain-roads/",
            "https://turkmenportal.com/en/seminar-teachers",
            "https://example.cn/users-fell",
        ]
    );
    let police = &r.sections[0].articles[0];
    assert_eq!(
        police.date.map(|d| d.to_string()).as_deref(),
        Some("14 March 2025")
    );
    assert!(
        matches!(&police.body[0], Block::Paragraph { text, .. } if text.ends_with("prepared with CARICC. recommends."))
    );
    let operation = &r.sections[0].articles[1];
    assert!(matches!(&operation.body[1], Block::Bullets { items, .. } if items.len() == 2));
    assert!(r.validate().is_valid(), "{:#?}", r.validate());
    let typos: Vec<usize> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code() == DiagnosticCode::HeadingTypo)
        .map(Diagnostic::line)
        .collect();
    assert_eq!(typos, [33, 60]);
}

#[test]
fn page_numbers_left_by_the_extraction_are_left_out_with_a_note() {
    let body = format!(
        "{ARTICLE}\n\n7\n\n## POLICE SEIZED MORE DRUGS\n\nPolice seized more drugs.\n\n<https://polisia.kz/b>"
    );
    let parsed = parse(&minimal("16-31.08.2025\n\n#16", EDITORIAL, &body)).unwrap();
    let articles = &parsed.release.sections[0].articles;
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0].body.len(), 1);
    let note = parsed
        .diagnostics
        .iter()
        .find(|d| d.code() == DiagnosticCode::PageNumber)
        .unwrap();
    assert_eq!(note.severity(), Severity::Info);
    assert_eq!(
        note.message(),
        "the line \"7\" is taken for a page number and left out"
    );
}

#[test]
fn text_kept_and_summary_unread_in_their_other_cases() {
    // A contents line naming no country, text before the first section, an article without a
    // headline, and no summary sentence at all.
    let text = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## CONTENTS\n\n<i>REPUBLIC OF KAZAKHSTAN</i> .....\t2\n<i>MISCELLANEOUS</i> .....\t3\n\nPublished articles contain information about a seizure (Kazakhstan).\n\n## REPUBLIC OF KAZAKHSTAN\n\nPolice seized drugs in Almaty.\n\nThe drugs were destroyed.\n\n<https://polisia.kz/a>\n";
    let parsed = parse(text).unwrap();
    let found: Vec<(&str, &str)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.code().as_str(), d.message()))
        .collect();
    assert!(
        found.contains(&(
            "text-kept",
            "the contents line \"MISCELLANEOUS\" names no known country; left out of the contents"
        )),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|(c, m)| *c == "summary-unread" && m.starts_with("no summary sentence")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(
            |(c, m)| *c == "text-kept" && m.starts_with("an article starts without a headline")
        ),
        "{found:#?}"
    );
    let r = &parsed.release;
    assert_eq!(r.contents.len(), 1);
    assert_eq!(
        r.sections[0].articles[0].headline,
        "Police seized drugs in Almaty."
    );
    assert_eq!(r.summary.total_events, 1);
    assert_eq!(
        r.summary.topics.as_deref(),
        Some("Published articles contain information about a seizure (Kazakhstan).")
    );

    // No country section at all: not a release.
    let text = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## A HEADLINE WITHOUT A SECTION\n\nBody.\n";
    let err = parse(text).unwrap_err();
    assert_eq!(
        err.message(),
        "no country section (a heading naming a country, such as \"REPUBLIC OF KAZAKHSTAN\")"
    );
}

#[test]
fn a_date_only_in_the_headline_is_the_articles_date() {
    let body = "## CONFERENCE HELD IN BAKU ON 8 AUGUST\n\nExperts met to discuss prevention.\n\n<https://polisia.kz/a>";
    let r = parse(&minimal("16-31.08.2025\n\n#16", EDITORIAL, body))
        .unwrap()
        .release;
    assert_eq!(
        r.sections[0].articles[0]
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("8 August")
    );
}

#[test]
fn diagnostic_codes_read_back_from_their_text() {
    assert_eq!(DiagnosticCode::ALL.len(), 14);
    for code in DiagnosticCode::ALL {
        let text = code.as_str();
        assert_eq!(code.to_string(), text);
        assert_eq!(text.parse::<DiagnosticCode>().unwrap(), *code);
        assert!(
            text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{text}"
        );
        // JSON uses the same text.
        assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<DiagnosticCode>(&format!("\"{text}\"")).unwrap(),
            *code
        );
    }
    let mut texts: Vec<&str> = DiagnosticCode::ALL
        .iter()
        .map(DiagnosticCode::as_str)
        .collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), DiagnosticCode::ALL.len(), "codes are unique");

    let err = "heading_typo".parse::<DiagnosticCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid diagnostic code \"heading_typo\": not a known code"
    );
    assert!("Heading-Typo".parse::<DiagnosticCode>().is_err());
    assert!("".parse::<DiagnosticCode>().is_err());
}

#[test]
fn a_diagnostic_has_its_codes_severity() {
    let parsed = parse(&seed()).unwrap();
    assert!(!parsed.diagnostics.is_empty());
    for d in &parsed.diagnostics {
        assert_eq!(d.severity(), d.code().severity(), "{d}");
    }
}

/// A short release whose text has the form feeds `pdftotext` leaves between pages: cover and
/// contents on page 1, the summary on page 2, Kazakhstan's section on page 3 (the contents
/// say 2), its source on page 4.
const PAGED: &str = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## CONTENTS\n\n\
                     <i>REPUBLIC OF KAZAKHSTAN</i> .....\t2\n\n\
                     \u{c}In the period from 16 to 31 August 2025, the media covered 1 event \
                     (Kazakhstan – 1).\n\n\
                     \u{c}## REPUBLIC OF KAZAKHSTAN\n\n## POLICE SEIZED DRUGS\n\n\
                     Police seized 5 kg of hashish.\u{c}\n\n<https://polisia.kz/a>\n";

#[test]
fn form_feeds_give_blocks_and_diagnostics_their_pages() {
    let parsed = parse(PAGED).unwrap();
    assert_eq!(parsed.release.sections[0].page, Some(2));
    let found: Vec<(Option<u32>, usize, &str)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.page(), d.line(), d.code().as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Some(1), 1, "publisher-assumed"),
            (Some(1), 9, "contents-page")
        ]
    );
    let d = &parsed.diagnostics[1];
    assert_eq!(
        d.to_string(),
        "page 1, line 9: warning contents-page: the contents give page 2 for REPUBLIC OF KAZAKHSTAN, but its section starts on page 3"
    );
    assert_eq!(
        serde_json::to_value(d).unwrap()["page"],
        serde_json::json!(1)
    );
    // Without form feeds, the same text has no pages, and the contents are not checked.
    let plain = parse(&PAGED.replace('\u{c}', "")).unwrap();
    assert_eq!(plain.release, parsed.release);
    assert_eq!(codes(&plain.diagnostics), [(1, "publisher-assumed")]);
    assert!(plain.diagnostics.iter().all(|d| d.page().is_none()));
    assert!(!plain.diagnostics[0].to_string().starts_with("page"));
}
