//! Russian releases (issue #16): the constructed Russian #16 reads as the English #16 does,
//! matches its golden JSON and comes back from its Markdown; a Russian release written
//! differently (other countries, a period across months, typos, colloquial names, bare
//! headings) reads too; generated Russian releases round-trip through their Markdown.

mod support;

use caricc_release::layout::{self, DiagnosticCode, Language, Parsed};
use caricc_release::limits::Limits;
use caricc_release::{
    ArticleBuilder, ArticleDate, Block, Country, LanguageTag, Release, ReleaseBuilder,
    SERIES_SUBTITLE_RU, SERIES_TITLE_RU, SectionBuilder, Speaker, render, to_json_pretty,
};
use proptest::prelude::*;

const RU_16: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/caricc-information-release-2025-16.ru.txt"
);
const EN_16: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/caricc-information-release-2025-16.txt"
);
const GOLDEN_RU: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/golden/release-2025-16-ru.json"
);
const VARIANT_17: &str = include_str!("fixtures/release-2025-17-ru-variant.txt");

/// The corpus text at `path`, if the corpus is beside the checkout (it is not packaged).
fn corpus(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn parse(text: &str) -> Parsed {
    layout::parse(text).unwrap_or_else(|e| panic!("does not read: {e}"))
}

fn sources(r: &Release) -> Vec<String> {
    r.articles()
        .flat_map(|(_, a)| a.sources.iter().map(ToString::to_string))
        .collect()
}

fn speakers(r: &Release) -> Vec<Speaker> {
    r.articles()
        .flat_map(|(_, a)| &a.body)
        .filter_map(|b| match b {
            Block::Quote { speaker, .. } => speaker.clone(),
            _ => None,
        })
        .collect()
}

#[test]
fn the_russian_16_reads_as_the_english_16() {
    let (Some(ru), Some(en)) = (corpus(RU_16), corpus(EN_16)) else {
        return;
    };
    let (ru, en) = (parse(&ru), parse(&en));
    let (r, e) = (&ru.release, &en.release);
    assert_eq!(r.language, LanguageTag::russian());
    assert_eq!(e.language, LanguageTag::english());
    assert_eq!(
        (r.title.as_str(), r.subtitle.as_str()),
        (SERIES_TITLE_RU, SERIES_SUBTITLE_RU)
    );
    assert_eq!(r.place, "Алматы");
    assert_eq!((r.id(), r.period, r.format), (e.id(), e.period, e.format));
    assert_eq!(r.summary.total_events, 13);
    assert_eq!(r.summary.events_by_country, e.summary.events_by_country);
    let shape = |r: &Release| -> Vec<(Country, usize, Option<u32>)> {
        r.sections
            .iter()
            .map(|s| (s.country, s.articles.len(), s.page))
            .collect()
    };
    assert_eq!(shape(r), shape(e));
    let contents = |r: &Release| -> Vec<(Country, u32)> {
        r.contents.iter().map(|c| (c.country, c.page)).collect()
    };
    assert_eq!(contents(r), contents(e));
    assert_eq!(r.contents[2].heading, "КЫРГЫЗСКАЯ РЕСПУБЛИКИ");
    assert_eq!(sources(r), sources(e));
    // The same blocks in every article: paragraphs, bullets and quotations.
    let kinds = |r: &Release| -> Vec<Vec<&'static str>> {
        r.articles()
            .map(|(_, a)| {
                a.body
                    .iter()
                    .map(|b| match b {
                        Block::Paragraph { .. } => "paragraph",
                        Block::Bullets { .. } => "bullets",
                        _ => "quote",
                    })
                    .collect()
            })
            .collect()
    };
    assert_eq!(kinds(r), kinds(e));
    let dates = |r: &Release| -> Vec<Option<String>> {
        r.articles()
            .map(|(_, a)| a.date.map(|d| d.to_string()))
            .collect()
    };
    assert_eq!(dates(r), dates(e));
    let names = |r: &Release| {
        speakers(r)
            .into_iter()
            .map(|s| s.role.is_some())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(r), names(e));
    assert_eq!(
        speakers(r)[1],
        Speaker::new("Эркин Чечебаев").with_role("министр здравоохранения Кыргызской Республики")
    );
    assert_eq!(r.publisher.acronym, "ЦАРИКЦ");
    assert_eq!(r.publisher.address.country, Country::KZ);
    assert_eq!(r.publisher.email, e.publisher.email);
    // The same diagnostics, line for line: the misspelt contents heading among them.
    let codes = |p: &Parsed| {
        p.diagnostics
            .iter()
            .map(|d| (d.line(), d.code()))
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&ru), codes(&en));
    assert!(codes(&ru).contains(&(43, DiagnosticCode::HeadingTypo)));
    let report = r.validate();
    assert_eq!(report.errors().count(), 0, "{:?}", report.problems());
}

#[test]
fn the_russian_16_matches_its_golden_json() {
    let Some(text) = corpus(RU_16) else { return };
    let json = to_json_pretty(&parse(&text).release).expect("writes") + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN_RU, &json).expect("writes the golden file");
    }
    let golden = std::fs::read_to_string(GOLDEN_RU).expect("the golden file");
    assert!(
        json == golden,
        "the Russian #16 reads differently from tests/golden/release-2025-16-ru.json; \
         if the change is intended: UPDATE_GOLDEN=1 cargo test --test russian"
    );
}

#[test]
fn the_russian_16_comes_back_from_its_russian_markdown() {
    let Some(text) = corpus(RU_16) else { return };
    let release = parse(&text).release;
    let md = layout::markdown(&release);
    for line in [
        "# ИНФОРМАЦИОННЫЙ РЕЛИЗ\n",
        "\n(по данным СМИ)  \n16-31.08.2025\n\n№16\n\nАлматы – 2025\n",
        "\n**АДРЕС РЕДАКЦИИ:**\n\nРеспублика Казахстан, 050008, г. Алматы, пр. Абая, 52\n",
        "\nтел.: +7 727 259 99 90\n\nфакс: +7 727 392 15 54\n",
        "\n«Информационный релиз о прошедших событиях в антинаркотической сфере», №16, 2025\n",
        "\nРаспространяется в формате PDF\n\n## СОДЕРЖАНИЕ\n",
        "\nВ период с 16 по 31 августа 2025 года по информации СМИ государств – участников ЦАРИКЦ и \
         других стран освещено 13 событий в антинаркотической сфере (*Азербайджан – 7, Казахстан – \
         3, Кыргызстан – 1, Россия – 2*).\n",
        "», – сказал министр здравоохранения Кыргызской Республики Эркин Чечебаев.\n",
    ] {
        assert!(md.contains(line), "{line:?} is not in:\n{md}");
    }
    assert!(!md.contains("CONTENTS") && !md.contains("said"));
    let back = parse(&md);
    assert_eq!(back.release, release);
    assert_eq!(
        render::summary_sentence(&release),
        render::summary_sentence(&back.release)
    );
}

#[test]
fn a_russian_release_written_differently_reads() {
    let parsed = parse(VARIANT_17);
    let r = &parsed.release;
    assert_eq!(r.language, LanguageTag::russian());
    assert_eq!(r.id().to_string(), "#17/2025");
    assert_eq!(r.period.to_string(), "28.08-03.09.2025");
    let countries: Vec<Country> = r.sections.iter().map(|s| s.country).collect();
    assert_eq!(
        countries,
        [Country::TJ, Country::TM, Country::UZ, Country::KG]
    );
    assert!(r.sections.iter().all(|s| s.articles.len() == 1));
    // «Туркмения» and «Киргизия» in the summary; «освещены 4 события».
    let counts: Vec<(Country, u32)> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| (c.country, c.events))
        .collect();
    assert_eq!(
        counts,
        countries.iter().map(|c| (*c, 1)).collect::<Vec<_>>()
    );
    assert_eq!(r.summary.total_events, 4);
    // The misspelt heading «РЕСПУБЛИКА ТАДЖИКСТАН» is read, with a warning.
    let typos: Vec<usize> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code() == DiagnosticCode::HeadingTypo)
        .map(|d| d.line())
        .collect();
    assert_eq!(typos.len(), 1, "{:?}", parsed.diagnostics);
    // The summary's period across months agrees with the cover: no cross-check warning.
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.code() != DiagnosticCode::CrossCheck
                && d.code() != DiagnosticCode::SummaryUnread),
        "{:?}",
        parsed.diagnostics
    );
    let tj = &r.sections[0].articles[0];
    assert_eq!(tj.headline, "В ДУШАНБЕ ИЗЪЯТО БОЛЕЕ 20 КГ ГАШИША");
    let day = chrono::NaiveDate::from_ymd_opt(2025, 8, 29).map(ArticleDate::from_date);
    assert_eq!(tj.date, day);
    assert_eq!(
        tj.body[1],
        Block::quote(
            "Работа по пресечению наркотрафика будет продолжена",
            Some(Speaker::new("Фаррух Рахимов").with_role("представитель агентства"))
        )
    );
    let tm = &r.sections[1].articles[0];
    assert_eq!(tm.date, ArticleDate::without_year(9, 1));
    assert_eq!(r.publisher.website.as_str(), "https://www.caricc.org/");
    assert_eq!(
        r.publisher.fax.as_ref().map(|f| f.as_str()),
        Some("+7 727 392 15 54")
    );
    assert_eq!(
        r.validate().errors().count(),
        0,
        "{:?}",
        r.validate().problems()
    );
    // Its Markdown reads back the same.
    assert_eq!(parse(&layout::markdown(r)).release, *r);
    assert!(render::summary_sentence(r).contains("освещены 4 события"));
}

#[test]
fn the_language_can_be_forced() {
    let english =
        layout::parse_in_language(VARIANT_17, Language::English, &Limits::DEFAULT).expect("reads");
    assert_eq!(english.release.language, LanguageTag::english());
    let russian =
        layout::parse_in_language(VARIANT_17, Language::Russian, &Limits::DEFAULT).expect("reads");
    assert_eq!(russian.release, parse(VARIANT_17).release);
    // An English text forced to Russian is a Russian release of English words.
    let Some(en) = corpus(EN_16) else { return };
    let forced =
        layout::parse_in_language(&en, Language::Russian, &Limits::DEFAULT).expect("reads");
    assert_eq!(forced.release.language, LanguageTag::russian());
    assert_eq!(forced.release.sections.len(), 4);
}

/// Russian words for generated releases.
const WORDS: &[&str] = &[
    "сотрудники",
    "полиции",
    "изъяли",
    "гашиш",
    "в",
    "области",
    "Жетісу",
    "задержан",
    "житель",
    "Бишкека",
    "ёлка",
    "МВД",
    "Мак-2025",
    "&",
    "<тег>",
];

fn sentence() -> impl Strategy<Value = String> {
    support::sentence_of(
        vec!["Сотрудники", "Министерство", "#Семь", "- Тире", "Полиция"],
        WORDS,
        1..8,
    )
}

fn headline() -> impl Strategy<Value = String> {
    support::headline_of(WORDS, 2..7)
}

fn speaker() -> impl Strategy<Value = Option<Speaker>> {
    let name = prop::sample::select(vec![
        "Илья Токарев",
        "Айгерим Сапарова",
        "Иван Иванович Петров",
    ]);
    let role = prop::sample::select(vec![
        "начальник отдела молодежной политики",
        "Министр внутренних дел",
        "глава МВД",
        "советник Секретариата ОДКБ",
    ]);
    prop::option::of((name, prop::option::of(role))).prop_map(|s| {
        s.map(|(name, role)| match role {
            Some(role) => Speaker::new(name).with_role(role),
            None => Speaker::new(name),
        })
    })
}

fn article() -> impl Strategy<Value = ArticleBuilder> {
    let block = prop_oneof![
        sentence().prop_map(|t| (vec![t], None, false)),
        prop::collection::vec(sentence(), 1..3).prop_map(|t| (t, None, true)),
        (sentence(), speaker()).prop_map(|(t, s)| (vec![t], s, false)),
    ];
    (headline(), prop::collection::vec(block, 1..4), 0usize..3).prop_map(
        |(headline, blocks, quoted)| {
            let mut a = ArticleBuilder::new(headline);
            for (i, (texts, speaker, bullets)) in blocks.into_iter().enumerate() {
                a = match (speaker, bullets) {
                    (Some(s), _) => a.quote_by(texts.concat(), s),
                    (None, true) if i == quoted => a.bullets(texts),
                    (None, _) => a.paragraph(texts.concat()),
                };
            }
            a
        },
    )
}

fn russian_release() -> impl Strategy<Value = Release> {
    let countries = prop::sample::subsequence(
        vec![
            Country::AZ,
            Country::KZ,
            Country::KG,
            Country::RU,
            Country::TJ,
            Country::TM,
            Country::UZ,
            Country::AF,
            Country::CN,
        ],
        1..4,
    );
    let periods = prop::sample::select(vec![
        "16-31.08.2025",
        "28.08-03.09.2025",
        "28.12.2025-03.01.2026",
        "01-15.01.2025",
    ]);
    (countries, periods, 1u32..=24)
        .prop_flat_map(|(countries, period, number)| {
            let sections: Vec<_> = countries
                .into_iter()
                .map(|c| prop::collection::vec(article(), 1..3).prop_map(move |a| (c, a)))
                .collect();
            (sections, Just(period), Just(number))
        })
        .prop_map(|(sections, period, number)| {
            let mut b = ReleaseBuilder::caricc_ru()
                .number(number)
                .year(2025)
                .period(period);
            for (i, (country, articles)) in sections.into_iter().enumerate() {
                let mut s = SectionBuilder::new(country).page(2 + 3 * i as u32);
                for (j, a) in articles.into_iter().enumerate() {
                    s = s.article(a.source(format!("https://example.kz/{i}/{j}").as_str()));
                }
                b = b.section(s);
            }
            b.build()
                .unwrap_or_else(|e| panic!("the generator made an invalid release: {e}"))
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generated_russian_releases_come_back_from_their_markdown(r in russian_release()) {
        let md = layout::markdown(&r);
        let parsed = layout::parse(&md).map_err(|e| TestCaseError::fail(format!("{e}\n{md}")))?;
        prop_assert_eq!(&parsed.release, &r, "{}", md);
        prop_assert!(md.contains("## СОДЕРЖАНИЕ"));
    }
}

/// Other hands write the same release otherwise: headings in title case or by colloquial
/// names, labels spelt out, another verb in the summary, «и» before the last count, a
/// quotation attributed to a press service.
#[test]
fn other_styles_of_the_russian_layout_read() {
    let text = "# ИНФОРМАЦИОННЫЙ РЕЛИЗ\n\n(по данным СМИ)\n\n01-15.09.2025\n\n№17\n\n\
                # Информационный релиз ЦАРИКЦ\n\nАдрес редакции: Республика Казахстан, 050008, \
                г. Алматы, пр. Абая, 52\n\nЭл. почта: registry@caricc.org\n\n\
                В период с 1 по 15 сентября 2025 года по информации СМИ отражено 2 события \
                в антинаркотической сфере (Туркмения – 1 и Таджикистан – 1).\n\n\
                ## Туркмения\n\n### АКЦИЯ В АШХАБАДЕ\n\nАкция прошла 5 сентября.\n\n\
                «Мы продолжим работу», – отметили в пресс-службе МВД.\n\n<https://example.tm/a>\n\n\
                ## Республика Таджикистан\n\n### ЛЕКЦИЯ В ХУДЖАНДЕ\n\nЛекция прошла в школе.\n\n\
                <https://example.tj/b>\n";
    let parsed = parse(text);
    let r = &parsed.release;
    assert_eq!(r.language, LanguageTag::russian());
    let countries: Vec<Country> = r.sections.iter().map(|s| s.country).collect();
    assert_eq!(countries, [Country::TM, Country::TJ]);
    assert_eq!(r.summary.total_events, 2);
    let summary: Vec<Country> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| c.country)
        .collect();
    assert_eq!(summary, [Country::TM, Country::TJ]);
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.code() != DiagnosticCode::SummaryUnread),
        "{:?}",
        parsed.diagnostics
    );
    assert_eq!(r.publisher.acronym, "ЦАРИКЦ");
    assert_eq!(r.publisher.email.as_str(), "registry@caricc.org");
    assert_eq!(
        r.sections[0].articles[0].body[1],
        Block::quote(
            "Мы продолжим работу",
            Some(Speaker::new("в пресс-службе МВД"))
        )
    );
    assert_eq!(
        r.sections[0].articles[0].date,
        ArticleDate::without_year(9, 5)
    );
}
