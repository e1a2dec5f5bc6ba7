//! The HTML page of a Russian release (issue #16): the constructed Russian #16/2025 as the
//! text-layout reader reads it, and a small Russian release built here, render in Russian
//! throughout (every label, the summary sentence, dates, numbers, units, substances and
//! event kinds), matching the golden page `tests/golden/release-2025-16.ru.html`; and,
//! ignored by default (`.ci/run` runs it), the page printed to PDF by headless Chromium, whose
//! Cyrillic text comes back through pdftotext.

mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use caricc_release::render::html;
use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SERIES_SUBTITLE_RU, SERIES_TITLE_RU, SectionBuilder,
    StatisticBuilder,
};
use support::chromium::{CHROMIUM, print_to_pdf};
use support::process::{TempDir, run_within};

/// The constructed Russian #16/2025, beside the checkout (not part of the package).
const RU_16_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/caricc-information-release-2025-16.ru.txt"
);
const GOLDEN_PATH: &str = "tests/golden/release-2025-16.ru.html";

/// The Russian #16 as the text-layout reader reads it.
fn russian_16() -> Release {
    let text = fs::read_to_string(RU_16_PATH).unwrap_or_else(|e| panic!("{RU_16_PATH}: {e}"));
    caricc_release::layout::parse(&text)
        .expect("the Russian #16 reads")
        .release
}

/// Words of the English page that a Russian page must not have.
const ENGLISH_LABELS: [&str; 16] = [
    ">CONTENTS<",
    "EDITORIAL ADDRESS",
    "Source:",
    "Sources:",
    "Event kinds",
    "Figures reported",
    ">Measure<",
    "of which",
    " articles<",
    "Circulation in",
    "website:",
    "covering the period",
    "In the period",
    "Republic of Kazakhstan",
    "#16",
    " August",
];

#[test]
fn russian_16_renders_in_russian() {
    let release = russian_16();
    assert_eq!(release.language.as_str(), "ru");
    let page = html(&release);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    for words in [
        "<title>Информационный релиз о прошедших событиях в антинаркотической сфере — №16/2025, 16-31.08.2025</title>",
        "за период с 16 по 31 августа 2025 года.",
        "<p class=\"cover-number\">№16</p>",
        "<p class=\"editorial-label\">АДРЕС РЕДАКЦИИ:</p>",
        "Республика Казахстан, 050008, г. Алматы, пр. Абая, 52",
        "тел.: +7 727 259 99 90",
        "факс: +7 727 392 15 54",
        "сайт: <a href=\"https://www.caricc.org/\">www.caricc.org</a>",
        "Распространяется в формате PDF",
        "<h2 id=\"contents-title\">СОДЕРЖАНИЕ</h2>",
        "КЫРГЫЗСКАЯ РЕСПУБЛИКИ",
        "В период с 16 по 31 августа 2025 года по информации СМИ государств – участников ЦАРИКЦ \
         и других стран освещено 13 событий в антинаркотической сфере (<em>Азербайджан – 7, \
         Казахстан – 3, Кыргызстан – 1, Россия – 2</em>).",
        "(<em>Кыргызстан</em>)",
        "</span> 7 статей</p>",
        "</span> 3 статьи</p>",
        "</span> 1 статья</p>",
        "</span> 2 статьи</p>",
        "<time datetime=\"08-29\">29 августа</time>",
        "<time datetime=\"2025-08-18\">18 августа 2025 года</time>",
        "<span class=\"label\">Источник:</span>",
    ] {
        assert!(page.contains(words), "{words:?} missing");
    }
    for english in ENGLISH_LABELS {
        assert!(!page.contains(english), "{english:?} in the Russian page");
    }
    assert_eq!(page.matches("<article ").count(), 13);
    assert_eq!(page.matches("<section class=\"country\"").count(), 4);
}

#[test]
fn russian_16_matches_its_golden_page() {
    let page = html(&russian_16());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(GOLDEN_PATH, &page).expect("the golden page is written");
    }
    let expected = fs::read_to_string(GOLDEN_PATH).expect("the golden page exists");
    if page != expected {
        let line = page
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the end".to_owned(), |i| format!("line {}", i + 1));
        panic!(
            "the page differs from {GOLDEN_PATH} at {line}; if the change is meant, \
             regenerate it with UPDATE_GOLDEN=1 cargo test --test html_ru and review the diff"
        );
    }
}

/// A Russian release with figures of every kind.
fn russian_figures() -> Release {
    let article = ArticleBuilder::new("ИЗЪЯТО БОЛЕЕ 11 ТОНН НАРКОТИКОВ")
        .date("18 August 2025")
        .place("Алматы")
        .event_kind("seizure")
        .event_kind("criminal_case")
        .paragraph("Изъято более 11 тонн наркотиков.")
        .source("https://polisia.kz/ru/a/")
        .source("https://polisia.kz/ru/b/")
        .statistic(
            StatisticBuilder::new("наркотики")
                .qualifier("over")
                .value("11")
                .unit("t")
                .part(
                    StatisticBuilder::new("гашиш")
                        .value("2.5")
                        .unit("t")
                        .substance("cannabis_resin"),
                ),
        )
        .statistic(
            StatisticBuilder::new("ущерб")
                .value("2500000000")
                .unit("KZT"),
        )
        .statistic(
            StatisticBuilder::new("лишение свободы")
                .value("5")
                .range_end("20")
                .unit("year")
                .reference_period("2025"),
        )
        .statistic(StatisticBuilder::new("срок").value("1").unit("year"))
        .statistic(StatisticBuilder::new("сроки").value("2").unit("month"))
        .statistic(
            StatisticBuilder::new("рост")
                .qualifier("almost")
                .value("3")
                .unit("factor"),
        )
        .statistic(StatisticBuilder::new("рост").value("1.5").unit("factor"));
    ReleaseBuilder::caricc()
        .language("ru")
        .title(SERIES_TITLE_RU)
        .subtitle(SERIES_SUBTITLE_RU)
        .place("Алматы")
        .period("16-31.08.2025")
        .section(SectionBuilder::new("KZ").page(2).article(article))
        .build()
        .expect("the release builds")
}

#[test]
fn figures_are_in_russian_words_and_numbers() {
    let page = html(&russian_figures());
    for words in [
        "<caption>Приведённые данные</caption>",
        "<th scope=\"col\">Показатель</th>",
        "<th scope=\"col\" class=\"figure\">Значение</th>",
        "<th scope=\"col\">Период / территория</th>",
        "<span class=\"qualifier\">более</span> <data value=\"11\">11</data> т",
        "<span class=\"of-which\">в том числе</span> гашиш <span class=\"substance\">(Смола каннабиса (гашиш))</span>",
        "<data value=\"2.5\">2,5</data> т",
        "<data value=\"2500000000\">2\u{202F}500\u{202F}000\u{202F}000</data> KZT",
        "<data value=\"5\">5</data>–<data value=\"20\">20</data> лет",
        "<data value=\"1\">1</data> год<",
        "<data value=\"2\">2</data> месяца<",
        "<span class=\"qualifier\">почти</span> в <data value=\"3\">3</data> раза",
        "в <data value=\"1.5\">1,5</data> раза",
        "<span class=\"label\">Виды событий:</span> <span class=\"event-kind\">Изъятие</span> \
         <span class=\"event-kind\">Возбуждение уголовного дела</span>",
        "<span class=\"label\">Места:</span> Алматы",
        "<span class=\"label\">Источники:</span>",
        "<time datetime=\"2025-08-18\">18 августа 2025 года</time>",
    ] {
        assert!(page.contains(words), "{words:?} missing: {page}");
    }
    let body = &page[page.find("<body>").expect("a body")..];
    for english in [
        "over",
        "almost",
        "years",
        "-fold",
        "Cannabis resin",
        "Seizure",
        "Places:",
    ] {
        assert!(
            !body.contains(&format!(">{english}")) && !body.contains(&format!(" {english}")),
            "{english:?} in the Russian page"
        );
    }
}

#[test]
fn an_english_release_keeps_its_english_words() {
    let mut release = russian_figures();
    release.language = caricc_release::LanguageTag::english();
    let page = html(&release);
    assert!(page.contains("<span class=\"qualifier\">over</span> <data value=\"11\">11</data> t"));
    assert!(page.contains("<data value=\"5\">5</data>–<data value=\"20\">20</data> years"));
    assert!(
        page.contains("<span class=\"qualifier\">almost</span> <data value=\"3\">3</data>-fold")
    );
    assert!(page.contains("(Cannabis resin)"));
    assert!(!page.contains("Приведённые данные"));
}

// --- in Chromium ------------------------------------------------------------------------------

/// Runs of white space as one space.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn the_russian_page_prints_and_its_cyrillic_reads_back() {
    assert!(Path::new(CHROMIUM).is_file(), "chromium is missing");
    let dir = TempDir::new("html-ru", "print");
    let release = russian_16();
    let pdf = print_to_pdf(&dir.0, &html(&release));
    let (ok, text, stderr) = run_within(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-"),
        &dir.0,
        "pdftotext",
        Duration::from_secs(60),
    );
    assert!(ok, "pdftotext failed: {stderr}");
    let text = normalise(&text);
    for printed in [
        "ЦАРИКЦ Информационный релиз №16/2025 · 16-31.08.2025",
        "АДРЕС РЕДАКЦИИ:",
        "Республика Казахстан, 050008, г. Алматы, пр. Абая, 52",
        "СОДЕРЖАНИЕ",
        "освещено 13 событий в антинаркотической сфере (Азербайджан – 7, Казахстан – 3, \
         Кыргызстан – 1, Россия – 2)",
        "РЕСПУБЛИКА КАЗАХСТАН",
        "Источник: https://polisia.kz/ru/",
    ] {
        assert!(
            text.contains(printed),
            "{printed:?} missing from the PDF: {text}"
        );
    }
    for section in &release.sections {
        assert!(
            text.contains(&section.heading),
            "{} missing",
            section.heading
        );
    }
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    for (_, article) in release.articles() {
        let headline: String = article
            .headline
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        assert!(squeezed.contains(&headline), "{} missing", article.headline);
    }
}
