//! The archive report (`Archive::report`, issue #15 item 4): a golden page of a small archive,
//! escaping, the empty archive, one release, many releases, long names, a huge value next to
//! tiny ones; and, ignored by default (`.ci/run` runs them), the page in headless Chromium:
//! printed to PDF and read back with poppler-utils, and a screenshot.

mod support;

use support::seizures::{hashish_article, stat};

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use caricc_release::collection::{Archive, ReportLanguage, ReportOptions};
use caricc_release::url::Url;
use caricc_release::{ArticleBuilder, Release, ReleaseBuilder, SectionBuilder};
use support::process::{TempDir, run_within};

const GOLDEN_REPORT_PATH: &str = "tests/golden/report-archive.html";

const CHART_TITLES: [&str; 3] = [
    "Kilograms seized per drug group and country",
    "Events per country per release",
    "The largest seizures",
];

/// A headline that needs escaping everywhere it lands.
const EVIL_HEADLINE: &str = r#"CARTEL "LA <B>" & CO'S HASHISH </svg><script>x</script>"#;

fn release(number: u32, sections: Vec<SectionBuilder>) -> Release {
    let mut builder = ReleaseBuilder::caricc().number(number).year(2025);
    for section in sections {
        builder = builder.section(section);
    }
    builder.build().expect("the release builds")
}

/// Three releases (given out of order), four countries, one with a very long name; the
/// issue's sentences, a 25-tonne seizure next to 120 grams, an article with no statistic,
/// and a headline with `<`, `&` and quotes.
fn small_archive() -> Archive {
    let hashish = hashish_article();
    let results = ArticleBuilder::new("RESULTS OF THE OPERATION “MAK-2025”")
        .source("https://polisia.kz/ru/b/")
        .statistic(
            stat("drugs", "2", "t", "drugs")
                .qualifier("over")
                .part(stat("marijuana", "1380", "kg", "cannabis_herb"))
                .part(stat("hashish", "515", "kg", "cannabis_resin")),
        )
        .statistic(stat("precursors", "25", "t", "precursors").qualifier("over"));
    let heroin =
        ArticleBuilder::new(EVIL_HEADLINE).statistic(stat("heroin", "4.5", "kg", "heroin"));
    let meeting = ArticleBuilder::new("A MEETING OF THE HEADS OF AGENCIES");
    let far = ArticleBuilder::new("A PARCEL OF COCAINE")
        .statistic(stat("cocaine", "12", "kg", "cocaine").qualifier("about"));
    let r16 = release(
        16,
        vec![
            SectionBuilder::new("KZ")
                .page(2)
                .article(hashish)
                .article(results),
            SectionBuilder::new("KG").page(3).article(heroin),
        ],
    );
    // The builder refuses a source that is no web address; a release read from elsewhere
    // may still hold one.
    let mut r16 = r16;
    r16.sections[1].articles[0]
        .sources
        .push(Url::parse("javascript:alert(1)").expect("a URL"));
    let r15 = release(
        15,
        vec![
            SectionBuilder::new("KZ")
                .page(2)
                .article(meeting.clone())
                .article(
                    ArticleBuilder::new("TABLETS SEIZED")
                        .statistic(stat("tramadol", "850", "g", "tramadol")),
                ),
            SectionBuilder::new("TJ").page(3).article(
                ArticleBuilder::new("OPIUM IN THE MOUNTAINS")
                    .statistic(stat("opium", "36", "kg", "opium")),
            ),
        ],
    );
    let r17 = release(
        17,
        vec![
            SectionBuilder::new("KG").page(2).article(meeting),
            SectionBuilder::new("GS").page(3).article(far),
        ],
    );
    Archive::from_releases([
        ("release-2025-16.json", &r16),
        ("release-2025-15.json", &r15),
        ("release-2025-17.json", &r17),
    ])
}

fn report(archive: &Archive) -> String {
    archive.report(&ReportOptions::new())
}

#[test]
fn the_small_archive_matches_its_golden_page() {
    let written = report(&small_archive());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(GOLDEN_REPORT_PATH, &written).expect("the golden report is written");
    }
    let expected = fs::read_to_string(GOLDEN_REPORT_PATH).expect("the golden report exists");
    if written != expected {
        let line = written
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the end".to_owned(), |i| format!("line {}", i + 1));
        panic!(
            "the report differs from {GOLDEN_REPORT_PATH} at {line}.\n\
             If the change is intended, regenerate the golden file with\n\
             \tUPDATE_GOLDEN=1 cargo test --test report\n\
             and review the diff (and the page in a browser) before committing it."
        );
    }
    assert_eq!(written, report(&small_archive()), "deterministic");
}

/// Every `<svg>` element of the page, whole.
fn charts(page: &str) -> Vec<&str> {
    page.match_indices("<svg")
        .map(|(at, _)| {
            let end = page[at..].find("</svg>").expect("the chart ends") + at;
            &page[at..end + "</svg>".len()]
        })
        .collect()
}

/// Reads `svg` as XML, so a text that was not escaped would show.
fn assert_well_formed(svg: &str) {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(err) => panic!("the chart is not well-formed XML: {err}\n{svg}"),
        }
    }
    assert_eq!(depth, 0, "unbalanced chart:\n{svg}");
}

#[test]
fn each_chart_is_an_accessible_svg_with_its_table() {
    let page = report(&small_archive());
    let charts = charts(&page);
    assert_eq!(charts.len(), 3);
    for (svg, title) in charts.iter().zip(CHART_TITLES) {
        assert_well_formed(svg);
        assert!(svg.contains(r#"role="img""#), "{svg}");
        let id = svg
            .split("aria-labelledby=\"")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .expect("aria-labelledby names the title");
        assert!(svg.contains(&format!("<title id=\"{id}\">{title}</title>")));
        assert!(svg.contains("<desc id="));
        // A visible heading and a table with the same title.
        assert!(page.contains(&format!("<h2>{title}</h2>")));
        assert!(page.contains(&format!("<caption>{title}</caption>")));
    }
    // Exact kilograms in the tables: cannabis herb in KZ is 0.12 + 1380 across the releases.
    assert!(page.contains("<td>Kazakhstan</td><td>Cannabis</td><td class=\"num\"><data value=\"1898.532\">1898.532</data>"));
    assert!(page.contains("<data value=\"25000\">25\u{202F}000</data>"));
    // The 2 t whole is not among the largest seizures: its parts are.
    assert!(!page.contains("<td>over 2 t</td>"));
    assert!(page.contains("<td>over 25 t</td>"));
    // Axis labels, value labels.
    assert!(page.contains(">Kilograms (logarithmic scale)</text>"));
    assert!(page.contains(">Events (articles)</text>"));
    assert!(page.contains("class=\"value\">25\u{202F}000</text>"));
}

#[test]
fn the_summary_says_what_the_archive_covers() {
    let page = report(&small_archive());
    assert!(page.contains("<dt>Releases covered</dt><dd>3 (#15/2025 – #17/2025)</dd>"));
    assert!(page.contains("<dt>Period covered</dt><dd>01.08.2025 – 15.09.2025</dd>"));
    assert!(page.contains("<dt>Events</dt><dd>8</dd>"));
    assert!(page.contains("<dt>Quantities of drugs reported</dt><dd>10</dd>"));
    // 3.412 + 0.12 + 1380 + 515 + 25000 + 4.5 + 0.85 + 36 + 12: the 2 t whole is not counted.
    assert!(
        page.contains(
            "<dt>Kilograms seized (counted in the totals)</dt><dd>26\u{202F}951.882 *</dd>"
        )
    );
    assert!(page.contains(
        "<dt>Largest seizure</dt><dd>Kazakhstan, Precursors (other or unspecified): over 25 t (#16/2025)</dd>"
    ));
    // Releases in the order of their ids on the events axis, whatever the order given.
    let axis = page.find(">#15/2025</text>").expect("#15 on the axis");
    assert!(axis < page.find(">#16/2025</text>").expect("#16 on the axis"));
}

#[test]
fn every_text_is_escaped_and_only_web_sources_are_links() {
    let page = report(&small_archive());
    assert!(!page.contains("<B>"));
    assert!(!page.contains("<script"));
    assert!(page.contains(
        "CARTEL &quot;LA &lt;B&gt;&quot; &amp; CO&#39;S HASHISH &lt;/svg&gt;&lt;script&gt;x&lt;/script&gt;"
    ));
    assert!(!page.contains("href=\"javascript:"));
    assert!(page.contains("<td>javascript:alert(1)</td>"));
    assert!(page.contains("<a href=\"https://polisia.kz/ru/b/\">polisia.kz</a>"));

    let title = r#"Seizures <2025> & "more""#;
    let page = small_archive().report(&ReportOptions::new().title(title));
    assert!(page.contains("<title>Seizures &lt;2025&gt; &amp; &quot;more&quot;</title>"));
    assert!(page.contains("<h1>Seizures &lt;2025&gt; &amp; &quot;more&quot;</h1>"));
}

#[test]
fn the_page_is_standalone() {
    let page = report(&small_archive());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
    for outside in [
        "<script", "<img", "<link", "<iframe", "@import", " src=", "url(http",
    ] {
        assert!(!page.contains(outside), "{outside}");
    }
    // The only links are the sources; fills are the page's own patterns.
    for (at, _) in page.match_indices("url(") {
        assert!(page[at..].starts_with("url(#"), "{}", &page[at..at + 40]);
    }
    assert!(page.contains("@media print"));
    assert!(page.contains("break-inside: avoid"));
}

#[test]
fn an_empty_archive_says_there_is_nothing() {
    let page = report(&Archive::new());
    assert!(page.contains("No release was given: there is nothing to report."));
    assert!(!page.contains("<svg"));
    assert!(page.ends_with("</html>\n"));
}

#[test]
fn a_release_without_seizures_still_shows_its_events() {
    let only = release(
        16,
        vec![
            SectionBuilder::new("KZ")
                .page(2)
                .article(ArticleBuilder::new("A MEETING")),
        ],
    );
    let page = report(&Archive::from_releases([("one", &only)]));
    assert_eq!(charts(&page).len(), 1);
    assert!(page.contains("<dt>Releases covered</dt><dd>1 (#16/2025)</dd>"));
    assert!(page.contains("<h2>Kilograms seized per drug group and country</h2>"));
    assert_eq!(page.matches("<p class=\"note\">No data.</p>").count(), 2);
}

#[test]
fn many_releases_keep_the_release_axis_legible() {
    let releases: Vec<Release> = (1..=48)
        .map(|n| {
            let article = ArticleBuilder::new("HEROIN").statistic(stat(
                "heroin",
                &n.to_string(),
                "kg",
                "heroin",
            ));
            let year = 2024 + (n - 1) / 24;
            let number = (n - 1) % 24 + 1;
            ReleaseBuilder::caricc()
                .number(number)
                .year(year as i32)
                .section(SectionBuilder::new("KZ").page(2).article(article))
                .build()
                .expect("the release builds")
        })
        .collect();
    let archive = Archive::from_releases(releases.iter().map(|r| ("r", r)));
    let page = report(&archive);
    let events = charts(&page)[1];
    assert_well_formed(events);
    // Turned labels, every second one.
    let labels = events.matches("transform=\"rotate(-45").count();
    assert_eq!(labels, 24);
    assert!(events.contains(">#1/2024</text>") && !events.contains(">#2/2024</text>"));
    // All 48 in the events table and in the releases table.
    assert_eq!(page.matches("<tr><td>#").count(), 2 * 48);
}

#[test]
fn long_country_names_are_cut_in_charts_and_whole_in_tables() {
    let page = report(&small_archive());
    let name = "South Georgia and the South Sandwich Islands";
    let kilograms = charts(&page)[0];
    assert!(!kilograms.contains(&format!(">{name}</text>")));
    assert!(kilograms.contains(">South Georgia and the South…</text>"));
    assert!(page.contains(&format!("<td>{name}</td>")));
}

#[test]
fn languages_read_from_their_codes() {
    assert_eq!(
        "en".parse::<ReportLanguage>().ok(),
        Some(ReportLanguage::English)
    );
    assert_eq!(ReportLanguage::English.to_string(), "en");
    assert_eq!(
        "RU".parse::<ReportLanguage>().ok(),
        Some(ReportLanguage::Russian)
    );
    assert_eq!(ReportLanguage::Russian.to_string(), "ru");
    let err = "kk"
        .parse::<ReportLanguage>()
        .expect_err("not a report language");
    assert!(err.to_string().contains("en or ru"), "{err}");
}

const GOLDEN_REPORT_RU_PATH: &str = "tests/golden/report-archive.ru.html";

/// A Russian release with a large seizure (26 951.882 kg of hashish, 1.5 kg of heroin).
fn russian_archive() -> Archive {
    let big = ArticleBuilder::new("КРУПНАЯ ПАРТИЯ ГАШИША ИЗЪЯТА В ЖЕТІСУ")
        .source("https://polisia.kz/ru/c/")
        .statistic(stat("гашиш", "26951.882", "kg", "cannabis_resin"))
        .statistic(stat("героин", "1.5", "kg", "heroin").qualifier("over"));
    let mut russian = release(16, vec![SectionBuilder::new("KZ").page(2).article(big)]);
    russian.language = "ru".parse().expect("a language tag");
    Archive::from_releases([("release-2025-16.ru.json", &russian)])
}

#[test]
fn the_report_in_russian_has_russian_words_and_numbers() {
    let page = russian_archive().report(&ReportOptions::new().language(ReportLanguage::Russian));
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    for words in [
        "<h1>Информационные релизы ЦАРИКЦ: сводный отчёт</h1>",
        "<h2>Кратко</h2>",
        "<dt>Изъято килограммов (в итогах)</dt><dd>26\u{202F}953,382 *</dd>",
        "Изъято килограммов по группам наркотиков и странам",
        "<th scope=\"col\">Группа наркотиков</th>",
        "<td>Каннабис</td>",
        "<td>Смола каннабиса (гашиш)</td>",
        "<td>более 1,5 кг</td>",
        "<data value=\"26951.882\">26\u{202F}951,882</data>",
        "* приблизительно",
        "логарифмическая шкала",
    ] {
        assert!(page.contains(words), "{words:?} missing: {page}");
    }
    for english in [
        "At a glance",
        "Kilograms seized",
        "Cannabis resin",
        "26\u{202F}951.882",
        ">over ",
    ] {
        assert!(!page.contains(english), "{english:?} in the Russian page");
    }
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(GOLDEN_REPORT_RU_PATH, &page).expect("the golden report is written");
    }
    let expected = fs::read_to_string(GOLDEN_REPORT_RU_PATH).expect("the golden report exists");
    assert!(
        page == expected,
        "the Russian report differs from {GOLDEN_REPORT_RU_PATH}; regenerate with UPDATE_GOLDEN=1 cargo test --test report"
    );
}

#[test]
fn the_english_report_of_the_same_archive_stays_english() {
    let page = russian_archive().report(&ReportOptions::new());
    assert!(page.contains("<data value=\"26951.882\">26\u{202F}951.882</data>"));
    assert!(page.contains("<td>Cannabis resin</td>"));
    assert!(!page.contains("Кратко"));
}

// --- in Chromium ------------------------------------------------------------------------------

const CHROMIUM: &str = "/usr/bin/chromium";

fn require(tool: &str, package: &str) {
    let found = if tool.starts_with('/') {
        Path::new(tool).is_file()
    } else {
        Command::new("sh")
            .args(["-c", &format!("command -v {tool} >/dev/null")])
            .status()
            .is_ok_and(|s| s.success())
    };
    assert!(
        found,
        "{tool} is missing: install the Debian package {package} (.ci/run installs it)"
    );
}

/// Runs headless Chromium on the small archive's report with `args` (the output's flag),
/// in `dir`.
fn chromium(dir: &Path, args: &[String]) {
    let html_path = dir.join("report.html");
    fs::write(&html_path, report(&small_archive())).expect("write the report");
    let profile = dir.join("profile");
    fs::create_dir_all(&profile).expect("profile directory");
    let mut command = Command::new(CHROMIUM);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    command.args(args);
    command.arg(format!("file://{}", html_path.display()));
    let (ok, _, stderr) = run_within(&mut command, dir, "chromium", Duration::from_secs(180));
    assert!(ok, "chromium failed; stderr:\n{stderr}");
}

fn poppler(command: &mut Command, dir: &Path, name: &str) -> String {
    let (ok, out, stderr) = run_within(command, dir, name, Duration::from_secs(60));
    assert!(ok, "{name} failed: {stderr}");
    out
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn the_report_prints_to_pdf_in_chromium() {
    require(CHROMIUM, "chromium");
    require("pdftotext", "poppler-utils");
    require("pdfinfo", "poppler-utils");
    let dir = TempDir::new("report", "print");
    let pdf = dir.0.join("report.pdf");
    chromium(
        &dir.0,
        &[
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let text = poppler(
        Command::new("pdftotext").arg(&pdf).arg("-"),
        &dir.0,
        "pdftotext",
    );
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for title in CHART_TITLES {
        // Each chart's heading and its table's caption.
        assert!(text.matches(title).count() >= 2, "{title} missing:\n{text}");
    }
    for words in [
        "At a glance",
        "Kazakhstan",
        "25 000",
        "1898.532",
        "#17/2025",
    ] {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
    let info = poppler(Command::new("pdfinfo").arg(&pdf), &dir.0, "pdfinfo");
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count:\n{info}"));
    assert!(
        (2..=6).contains(&pages),
        "{pages} pages for a small archive"
    );
}

/// The width and height of a PNG, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

#[test]
#[ignore = "needs chromium; run by .ci/run"]
fn the_report_screenshot_is_a_png_of_the_window() {
    require(CHROMIUM, "chromium");
    let dir = TempDir::new("report", "screenshot");
    let png_path = dir.0.join("report.png");
    chromium(
        &dir.0,
        &[
            "--window-size=1280,2400".to_owned(),
            format!("--screenshot={}", png_path.display()),
        ],
    );
    let png = fs::read(&png_path).expect("chromium wrote the screenshot");
    assert_eq!(png_size(&png), (1280, 2400));
    // A page of text and charts compresses far less than a blank one would.
    assert!(png.len() > 50_000, "{} bytes: a blank page?", png.len());
    if let Some(keep) = std::env::var_os("REPORT_SCREENSHOT") {
        fs::copy(&png_path, keep).expect("keep the screenshot");
    }
}
