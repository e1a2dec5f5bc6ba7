//! The real release #16/2025 (16-31.08.2025): the example `release_2025_16` composes it with
//! the builder; its output is the golden file `tests/golden/release-2025-16.json`.

mod support;

use std::process::Command;
use support::HEADLINES;
use support::fixtures::{GOLDEN_JSON, REGENERATE_GOLDEN_JSON, golden, seed};

use caricc_release::{
    Article, Block, Country, CountrySection, Currency, Decimal, DurationUnit, MassUnit, Publisher,
    Qualifier, Release, Statistic, Unit, from_json, to_json, to_json_pretty,
};
use chrono::NaiveDate;

const SOURCES: [&str; 13] = [
    "https://www.nmdk.gov.az/page/post/3414/",
    "https://www.nmdk.gov.az/page/post/3415/",
    "https://www.nmdk.gov.az/page/post/3416/",
    "https://www.nmdk.gov.az/page/post/3417/",
    "https://www.nmdk.gov.az/page/post/3419/",
    "https://www.nmdk.gov.az/page/post/3425/",
    "https://www.nmdk.gov.az/page/post/3428",
    "https://polisia.kz/ru/mvd-za-7-mesyatsev-zablokirovano-20-tysyach-narkosajtov/",
    "https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/",
    "https://polisia.kz/ru/mvd-usilivaet-kontrol-za-vovlecheniem-podrostkov-v-narkoprestupleniya/",
    "https://mir24.tv/news/16644413/predstaviteli-stran-odkb-na-poberezhe-issyk-kulya-obsudili-biobezopasnost-i-borbu-s-narkotikami",
    "https://www.ogirk.ru/2025/08/18/antinarkoticheskaja-akcija-proshla-v-irkutske/",
    "https://www.interfax-russia.ru/rossiya-i-mir/pravitelstvo-rf-predstavilo-putinu-predlozheniya-o-podpisanii-v-ramkah-shos-soglasheniy-o-sozdanii-antiterroristicheskoy-i-antinarkoticheskoy-struktur",
];

fn section(release: &Release, country: Country) -> &CountrySection {
    release
        .sections
        .iter()
        .find(|s| s.country == country)
        .unwrap_or_else(|| panic!("no section for {country:?}"))
}

fn article<'a>(release: &'a Release, headline: &str) -> &'a Article {
    release
        .articles()
        .map(|(_, a)| a)
        .find(|a| a.headline == headline)
        .unwrap_or_else(|| panic!("no article {headline:?}"))
}

fn statistic<'a>(article: &'a Article, measure: &str) -> &'a Statistic {
    article
        .statistics
        .iter()
        .find(|s| s.measure == measure)
        .unwrap_or_else(|| panic!("no statistic {measure:?} in {:?}", article.headline))
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// Checks value (exactly as written), unit and qualifier.
#[track_caller]
fn check(s: &Statistic, value: &str, unit: Unit, qualifier: Qualifier) {
    assert_eq!(s.value, dec(value), "{}: value", s.measure);
    assert_eq!(s.value.to_string(), value, "{}: value as text", s.measure);
    assert_eq!(s.unit, unit, "{}: unit", s.measure);
    assert_eq!(s.qualifier, qualifier, "{}: qualifier", s.measure);
}

#[test]
fn the_example_prints_the_golden_file() {
    let output = Command::new(env!("CARGO"))
        .args(["run", "-q", "--example", "release_2025_16"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the example failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    if output.stdout != GOLDEN_JSON.as_bytes() {
        let printed = String::from_utf8_lossy(&output.stdout);
        let line = printed
            .lines()
            .zip(GOLDEN_JSON.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the end".to_owned(), |i| format!("line {}", i + 1));
        panic!(
            "the example's output differs from tests/golden/release-2025-16.json (first at {line}).\n\
             If the change is intended, regenerate the golden file with:\n    {REGENERATE_GOLDEN_JSON}"
        );
    }
}

#[test]
fn validates_without_any_problem() {
    let report = golden().validate();
    let problems: Vec<String> = report.problems().iter().map(ToString::to_string).collect();
    assert!(
        report.is_empty(),
        "release #16 triggers validation codes: {problems:#?}"
    );
    assert_eq!(report.errors().count(), 0);
    assert_eq!(report.warnings().count(), 0);
}

#[test]
fn metadata() {
    let r = golden();
    assert_eq!(r.id().to_string(), "#16/2025");
    assert_eq!((r.number, r.year), (16, 2025));
    assert_eq!(
        r.period.start,
        NaiveDate::from_ymd_opt(2025, 8, 16).unwrap()
    );
    assert_eq!(r.period.end, NaiveDate::from_ymd_opt(2025, 8, 31).unwrap());
    assert_eq!(r.period.to_string(), "16-31.08.2025");
    assert_eq!(r.place, "Almaty");
    assert_eq!(r.publisher, Publisher::caricc());
    assert_eq!(r.title, caricc_release::SERIES_TITLE);
    assert_eq!(r.subtitle, caricc_release::SERIES_SUBTITLE);
    assert_eq!(r.format.to_string(), "PDF");
    assert_eq!(r.language.as_str(), "en");
    let topics = r.summary.topics.as_deref().expect("topics paragraph");
    assert!(topics.starts_with("Published articles contain information about preventive measures taken for young people (Azerbaijan)"));
    assert!(
        topics.ends_with("on establishment of anti-terrorist and anti-drug structures (Russia).")
    );
}

#[test]
fn contents_summary_and_sections() {
    let r = golden();
    let contents: Vec<(Country, &str, u32)> = r
        .contents
        .iter()
        .map(|c| (c.country, c.heading.as_str(), c.page))
        .collect();
    assert_eq!(
        contents,
        [
            (Country::AZ, "REPUBLIC OF AZERBAIJAN", 2),
            (Country::KZ, "REPUBLIC OF KAZAKHSTAN", 6),
            (Country::KG, "KYRGYZ PEPUBLIC", 8),
            (Country::RU, "RUSSIAN FEDERATION", 9),
        ]
    );

    assert_eq!(r.summary.total_events, 13);
    let counts: Vec<(Country, u32)> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| (c.country, c.events))
        .collect();
    assert_eq!(
        counts,
        [
            (Country::AZ, 7),
            (Country::KZ, 3),
            (Country::KG, 1),
            (Country::RU, 2)
        ]
    );

    let sections: Vec<(Country, &str, Option<u32>, usize)> = r
        .sections
        .iter()
        .map(|s| (s.country, s.heading.as_str(), s.page, s.articles.len()))
        .collect();
    assert_eq!(
        sections,
        [
            (Country::AZ, "REPUBLIC OF AZERBAIJAN", Some(2), 7),
            (Country::KZ, "REPUBLIC OF KAZAKHSTAN", Some(6), 3),
            (Country::KG, "KYRGYZ REPUBLIC", Some(8), 1),
            (Country::RU, "RUSSIAN FEDERATION", Some(9), 2),
        ]
    );
}

#[test]
fn headlines_and_sources_exactly() {
    let r = golden();
    let headlines: Vec<&str> = r.articles().map(|(_, a)| a.headline.as_str()).collect();
    assert_eq!(headlines, HEADLINES);
    for (_, a) in r.articles() {
        assert_eq!(a.sources.len(), 1, "{}", a.headline);
    }
    let sources: Vec<&str> = r
        .articles()
        .flat_map(|(_, a)| a.sources.iter().map(|u| u.as_str()))
        .collect();
    assert_eq!(sources, SOURCES);
}

#[test]
fn headlines_and_sources_are_printed_in_the_corpus() {
    let text = seed();
    for headline in HEADLINES {
        assert!(text.contains(headline), "not in the document: {headline}");
    }
    for url in SOURCES {
        assert!(
            text.contains(&format!("<{url}>")) || text.contains(&format!("\n{url}\n")),
            "not in the document: {url}"
        );
    }
    assert!(text.contains("KYRGYZ PEPUBLIC"));
}

const COUNT: Unit = Unit::Count;
const TONNES: Unit = Unit::Mass(MassUnit::Tonne);
const USD: Unit = Unit::Currency(Currency::USD);

/// The Kazakhstan websites article's statistics without a breakdown (but the tenge, below):
/// measure, value as written, unit, qualifier.
const KZ_WEBSITES_STATISTICS: [(&str, &str, Unit, Qualifier); 12] = [
    (
        "criminal cases initiated for creation of organized criminal groups",
        "24",
        COUNT,
        Qualifier::Exact,
    ),
    (
        "transnational criminal groups eliminated",
        "3",
        COUNT,
        Qualifier::Exact,
    ),
    (
        "leaders of criminal groups detained",
        "12",
        COUNT,
        Qualifier::Exact,
    ),
    (
        "active participants of criminal groups detained",
        "48",
        COUNT,
        Qualifier::Exact,
    ),
    (
        "drugs prevented from entering the drug market",
        "11",
        TONNES,
        Qualifier::Over,
    ),
    ("synthetic drugs seized", "1", TONNES, Qualifier::Over),
    (
        "increase in synthetic drugs seized",
        "3",
        Unit::Factor,
        Qualifier::Almost,
    ),
    (
        "cases of cultivation of drug-containing plants",
        "322",
        COUNT,
        Qualifier::Exact,
    ),
    ("drug smuggling cases", "76", COUNT, Qualifier::Exact),
    ("drug websites blocked", "20000", COUNT, Qualifier::Over),
    (
        "increase in drug websites blocked",
        "3",
        Unit::Factor,
        Qualifier::Exact,
    ),
    (
        "card accounts with suspicious transactions blocked",
        "38000",
        COUNT,
        Qualifier::Exact,
    ),
];

#[test]
fn kazakhstan_websites_article_statistics() {
    let r = golden();
    let a = &section(&r, Country::KZ).articles[0];
    assert_eq!(a.headline, HEADLINES[7]);
    assert_eq!(a.statistics.len(), 16);

    let crimes = statistic(a, "drug crimes detected");
    check(crimes, "4655", COUNT, Qualifier::Exact);
    assert_eq!(
        crimes.reference_period.as_deref(),
        Some("first seven months of this year")
    );
    assert_eq!(crimes.breakdown.len(), 1);
    check(&crimes.breakdown[0], "2100", COUNT, Qualifier::Exact);
    assert_eq!(
        crimes.breakdown[0].measure,
        "serious and particularly serious drug crimes"
    );

    for (measure, value, unit, qualifier) in KZ_WEBSITES_STATISTICS {
        check(statistic(a, measure), value, unit, qualifier);
    }

    let tenge = statistic(a, "suspicious transactions on blocked card accounts");
    check(
        tenge,
        "2500000000",
        Unit::Currency(Currency::KZT),
        Qualifier::Exact,
    );
    assert_eq!(tenge.phrase.as_deref(), Some("2.5 billion tenge"));
    assert!(GOLDEN_JSON.contains("\"value\": \"2500000000\""));

    // Every statistic keeps the phrase it was read from.
    assert!(
        a.statistics
            .iter()
            .all(|s| s.phrase.as_deref().is_some_and(|p| !p.is_empty()))
    );
}

#[test]
fn kazakhstan_websites_article_laboratories_and_losses() {
    let r = golden();
    let a = &section(&r, Country::KZ).articles[0];
    let labs = statistic(a, "drug laboratories cracked down on");
    check(labs, "102", COUNT, Qualifier::Exact);
    let parts: Vec<(&str, String)> = labs
        .breakdown
        .iter()
        .map(|p| (p.measure.as_str(), p.value.to_string()))
        .collect();
    assert_eq!(
        parts,
        [
            ("laboratories producing synthetic drugs", "11".to_owned()),
            ("plant-based laboratories", "91".to_owned())
        ]
    );
    assert!(labs.breakdown.iter().all(|p| p.unit == Unit::Count));
    assert_eq!(labs.breakdown_total(), Some(Decimal::from(102u32)));

    check(
        statistic(a, "losses of the drug trade"),
        "110000000",
        USD,
        Qualifier::Over,
    );
}

#[test]
fn kazakhstan_teenagers_article_statistics() {
    let r = golden();
    let kz = section(&r, Country::KZ);
    assert!(
        kz.articles[1].statistics.is_empty(),
        "the run reports no figures"
    );
    let a = &kz.articles[2];
    assert_eq!(a.headline, HEADLINES[9]);
    assert_eq!(a.statistics.len(), 3);

    let detained = statistic(a, "teenagers involved in drug crimes detained");
    check(detained, "49", Unit::Count, Qualifier::Exact);
    assert_eq!(
        detained.reference_period.as_deref(),
        Some("since the beginning of the year")
    );

    let august = statistic(a, "cases of teenagers' involvement in drug crime");
    check(august, "6", Unit::Count, Qualifier::Exact);
    assert_eq!(august.reference_period.as_deref(), Some("August"));

    let term = statistic(a, "prison term for drug trafficking");
    check(
        term,
        "5",
        Unit::Duration(DurationUnit::Year),
        Qualifier::Exact,
    );
    assert_eq!(term.range_end, Some(Decimal::from(20u32)));
    assert_eq!(
        term.phrase.as_deref(),
        Some("imprisonment for a term of 5 to 20 years")
    );
}

#[test]
fn statistics_only_in_kazakhstan() {
    let r = golden();
    for country in [Country::AZ, Country::KG, Country::RU] {
        for a in &section(&r, country).articles {
            assert!(
                a.statistics.is_empty(),
                "{country:?}: {} has statistics",
                a.headline
            );
        }
    }
    let total: usize = r.articles().map(|(_, a)| a.statistics.len()).sum();
    assert_eq!(total, 19);
}

#[test]
fn dates() {
    let r = golden();
    let absheron = article(&r, "TRAINING CONDUCTED IN ABSHERON DISTRICT");
    let d = absheron.date.expect("the Absheron training is dated");
    assert_eq!((d.year(), d.month(), d.day()), (None, 8, 29));
    assert_eq!(d.to_string(), "29 August");
    assert!(GOLDEN_JSON.contains("\"date\": \"--08-29\""));

    let irkutsk = article(&r, "ANTI-NARCOTIC CAMPAIGN HELD IN IRKUTSK");
    let d = irkutsk.date.expect("the Irkutsk campaign is dated");
    assert_eq!(d.to_date(), NaiveDate::from_ymd_opt(2025, 8, 18));
    assert_eq!(d.to_string(), "18 August 2025");

    let dated = r.articles().filter(|(_, a)| a.date.is_some()).count();
    assert_eq!(dated, 2);
}

/// The `i`th article of the release, counting from 0 across the sections.
fn nth_article(r: &Release, i: usize) -> &Article {
    r.articles().nth(i).expect("the article").1
}

#[test]
fn places_of_the_articles() {
    let r = golden();
    let places = |i: usize| -> Vec<&str> {
        nth_article(&r, i)
            .places
            .iter()
            .map(String::as_str)
            .collect()
    };
    assert_eq!(places(0), ["Agdam district"]);
    assert_eq!(places(1), ["Terter district"]);
    assert_eq!(places(3), ["Goranboy district"]);
    assert_eq!(places(4), ["Geranboy district"]);
    assert!(places(6).contains(&"Absheron district"));
    assert_eq!(places(8), ["Zhetysu region"]);
    assert_eq!(places(9), ["Abai region", "Shymkent"]);
    assert!(places(10).contains(&"Issyk-Kul"));
    assert_eq!(places(11), ["Irkutsk"]);
    assert_eq!(places(12), ["Tashkent", "Bishkek", "Tianjin"]);
}

#[test]
fn organisations_of_the_articles() {
    let r = golden();
    for (_, a) in r.articles().take(6) {
        assert!(
            a.organisations
                .iter()
                .any(|o| o == "Permanent Working Group of the State Commission")
        );
    }
    for (i, organisation) in [
        (1, "Youth Fund of the Republic of Azerbaijan"),
        (7, "Ministry of Internal Affairs"),
        (10, "CSTO"),
        (12, "SCO"),
    ] {
        assert!(
            nth_article(&r, i)
                .organisations
                .iter()
                .any(|o| o == organisation),
            "article {i} lacks {organisation}"
        );
    }
}

#[test]
fn speakers_of_the_quotations() {
    let r = golden();
    let speakers: Vec<(Option<&str>, Option<&str>)> = r
        .articles()
        .flat_map(|(_, a)| a.body.iter())
        .filter_map(|b| match b {
            Block::Quote { speaker, .. } => Some(speaker),
            _ => None,
        })
        .map(|s| {
            (
                s.as_ref().map(|s| s.name.as_str()),
                s.as_ref().and_then(|s| s.role.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        speakers,
        [
            (
                Some("Valery Semerikov"),
                Some(
                    "Deputy Secretary General of the Collective Security Treaty Organization (CSTO)"
                )
            ),
            (
                Some("Erkin Chechebaev"),
                Some("Minister of Health of the Kyrgyz Republic")
            ),
            (
                Some("Mikhail Melikhov"),
                Some("advisor to the CSTO Secretariat")
            ),
            (
                Some("Ilya Tokarev"),
                Some("head of the youth policy department")
            ),
            (None, None),
            (None, None),
        ]
    );
}

#[test]
fn bodies_and_topics_of_the_articles() {
    let r = golden();
    let kz1 = &section(&r, Country::KZ).articles[0];
    assert!(
        kz1.body
            .iter()
            .any(|b| matches!(b, Block::Bullets { items, .. } if !items.is_empty()))
    );
    for (_, a) in r.articles() {
        assert!(!a.body.is_empty(), "{} has no body", a.headline);
        assert!(!a.topics.is_empty(), "{} has no topics", a.headline);
    }
}

#[test]
fn json_round_trip() {
    let r = golden();
    assert_eq!(from_json(&to_json(&r).unwrap()).unwrap(), r);
    assert_eq!(from_json(&to_json_pretty(&r).unwrap()).unwrap(), r);
    let again = to_json_pretty(&r).unwrap();
    assert!(
        again == GOLDEN_JSON,
        "to_json_pretty(from_json(golden)) differs from the golden file"
    );
}
