//! The HTML rendering (`caricc_release::render::html`): content, escaping, links, statistics
//! and print styles; and, ignored by default (`.ci/run` runs it), the page printed to PDF by
//! headless Chromium and read back with poppler-utils.

mod support;

use support::process::TempDir;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use support::HEADLINES;
use support::fixtures::{SUBSTANCES_JSON, golden};

use caricc_release::render::html;
use caricc_release::url::Url;
use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, Speaker, StatisticBuilder,
};

/// The sections' headings as printed, in order.
const SECTION_HEADINGS: [&str; 4] = [
    "REPUBLIC OF AZERBAIJAN",
    "REPUBLIC OF KAZAKHSTAN",
    "KYRGYZ REPUBLIC",
    "RUSSIAN FEDERATION",
];

/// The countries' everyday names, as the summary gives them.
const COUNTRY_NAMES: [&str; 4] = ["Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Russia"];

const EVIL: &str = r#"<script>alert("x") & 'y'</script>"#;
const EVIL_ESCAPED: &str = "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;";

/// What the renderer must turn `text` into.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The values of every `attr="…"` in `html`, in order.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!("{attr}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        // Only whole attribute names: `id=` but not `data-id=`.
        let whole = rest[..at].chars().last().is_none_or(|c| c.is_whitespace());
        let after = &rest[at + needle.len()..];
        let end = after.find('"').expect("attribute value closes");
        if whole {
            values.push(&after[..end]);
        }
        rest = &after[end..];
    }
    values
}

/// The part of `html` from `start` to the first `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} missing"));
    let len = html[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{end:?} missing after {start:?}"));
    &html[from..from + len]
}

/// A small valid release with `EVIL` in every text a reader could put markup into.
fn evil_release() -> Release {
    let mut release = ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .topics(format!("Topics {EVIL} (Kazakhstan)."))
        .section(
            SectionBuilder::new("KZ").heading(EVIL).page(2).article(
                ArticleBuilder::new(EVIL)
                    .date("29 August")
                    .place(EVIL)
                    .organisation(EVIL)
                    .topic(EVIL)
                    .paragraph(format!("{EVIL}\nsecond line"))
                    .bullets([EVIL])
                    .quote_by(EVIL, Speaker::new(EVIL).with_role(EVIL))
                    .source("https://example.org/?q=<script>&x='1'")
                    .statistic(
                        StatisticBuilder::new(EVIL)
                            .value("1")
                            .unit("count")
                            .reference_period(EVIL)
                            .area(EVIL)
                            .phrase(EVIL)
                            .part(StatisticBuilder::new(EVIL).value("1").unit("count")),
                    ),
            ),
        )
        .contents_entry("KZ", EVIL, 2)
        .build()
        .expect("the release builds");
    release.place = EVIL.to_owned();
    release.title = format!("Information Release about {EVIL}");
    release.subtitle = EVIL.to_owned();
    release.publisher.name = EVIL.to_owned();
    release.publisher.acronym = format!("{EVIL}\"}} body {{ display: none }} </style>");
    release.publisher.address.street = EVIL.to_owned();
    release.publisher.address.city = EVIL.to_owned();
    release.publisher.address.postal_code = EVIL.to_owned();
    release
}

#[test]
fn an_img_headline_is_text_not_a_tag() {
    let mut release = golden();
    release.sections[0].articles[0].headline = "<img src=x onerror=alert(1)>".to_owned();
    let page = html(&release);
    assert!(!page.contains("<img"), "{page}");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn release_16_has_every_headline_and_section_heading() {
    let page = html(&golden());
    for headline in HEADLINES {
        let escaped = escape(headline);
        assert!(
            page.contains(&format!(">{escaped}</h3>")),
            "headline missing: {headline}"
        );
    }
    for heading in SECTION_HEADINGS {
        assert!(
            page.contains(&format!(">{heading}</h2>")),
            "section heading missing: {heading}"
        );
    }
    // The contents print the heading as the contents give it, typo included.
    assert!(page.contains("KYRGYZ PEPUBLIC"));
    assert_eq!(page.matches("<article ").count(), 13);
    assert_eq!(page.matches("</article>").count(), 13);
    assert_eq!(page.matches("<section class=\"country\"").count(), 4);
}

#[test]
fn release_16_is_a_standalone_english_document() {
    let page = html(&golden());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.trim_end().ends_with("</html>"));
    let lower = page.to_lowercase();
    for banned in [
        "<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "url(", "@import",
    ] {
        assert!(!lower.contains(banned), "{banned} in the page");
    }
    assert_eq!(page.matches("<style>").count(), 1);
    assert_eq!(page.matches("</style>").count(), 1);
    let title = between(&page, "<title>", "</title>");
    assert!(title.contains("Information Release about past events in the anti-drug sphere"));
    assert!(title.contains("#16/2025, 16-31.08.2025"), "{title}");
}

#[test]
fn release_16_has_cover_editorial_block_and_summary() {
    let release = golden();
    let page = html(&release);
    let cover = between(&page, "<section class=\"cover\"", "</section>");
    for text in [
        ">INFORMATION RELEASE<",
        "about past events in the anti-drug sphere",
        "(according to the media)",
        "16-31.08.2025",
        ">#16<",
        "Almaty – 2025",
    ] {
        assert!(cover.contains(text), "cover lacks {text:?}");
    }
    let front = between(&page, "<section class=\"front\"", "</section>");
    for text in [
        "INFORMATION RELEASE CARICC",
        "Central Asian Regional Information and Coordination Centre for combating the illicit \
         trafficking of narcotic drugs, psychotropic substances and their precursors",
        "EDITORIAL ADDRESS:",
        "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52",
        "tel.: +7 727 259 99 90",
        "fax: +7 727 392 15 54",
        "<a href=\"mailto:registry@caricc.org\">registry@caricc.org</a>",
        "<a href=\"https://www.caricc.org/\">www.caricc.org</a>",
        ">CONTENTS<",
        "Circulation in PDF format",
        "covered 13 events in the counter-narcotics field",
        "(<em>Azerbaijan – 7, Kazakhstan – 3, Kyrgyzstan – 1, Russia – 2</em>)",
        "the Russian Federation Government&#39;s proposal",
        "(<em>Kyrgyzstan</em>)",
    ] {
        assert!(front.contains(text), "front matter lacks {text:?}");
    }
    // The summary sentence is the generated one, word for word (italics aside).
    let sentence = caricc_release::render::summary_sentence(&release);
    let plain = front.replace("<em>", "").replace("</em>", "");
    assert!(plain.contains(&escape(&sentence)));
}

#[test]
fn contents_link_to_the_sections_ids() {
    let page = html(&golden());
    let contents = between(&page, "<nav class=\"contents\"", "</nav>");
    let links = attribute_values(contents, "href");
    assert_eq!(
        links,
        ["#section-1", "#section-2", "#section-3", "#section-4"]
    );
    let ids = attribute_values(&page, "id");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
    for (link, heading) in links.iter().zip(SECTION_HEADINGS) {
        let id = link.trim_start_matches('#');
        assert!(ids.contains(&id), "no element has id {id}");
        let section = between(&page, &format!("id=\"{id}\""), "</h2>");
        assert!(section.ends_with(heading), "{id} is not {heading}");
    }
    for page_number in ["2", "6", "8", "9"] {
        assert!(contents.contains(&format!("<span class=\"entry-page\">{page_number}</span>")));
    }
    // Every in-page link has its target.
    for href in attribute_values(&page, "href") {
        if let Some(id) = href.strip_prefix('#') {
            assert!(ids.contains(&id), "dangling link {href}");
        }
    }
}

#[test]
fn release_16_articles_have_dates_sources_and_details() {
    let page = html(&golden());
    assert!(page.contains("<time datetime=\"2025-08-18\">18 August 2025</time>"));
    assert!(page.contains("<time datetime=\"08-29\">29 August</time>"));
    assert!(page.contains(
        "<a href=\"https://www.nmdk.gov.az/page/post/3414/\">https://www.nmdk.gov.az/page/post/3414/</a>"
    ));
    assert_eq!(page.matches("<p class=\"sources\">").count(), 13);
    assert!(page.contains("<span class=\"label\">Places:</span> Agdam district"));
    assert!(page.contains("<span class=\"label\">Topics:</span> prevention; youth; training"));
    assert!(page.contains("<ul>\n<li>In the first seven months of this year 4655 drug crimes"));
}

#[test]
fn quotations_name_their_speakers() {
    let page = html(&golden());
    assert_eq!(page.matches("<blockquote>").count(), 6);
    for (name, role) in [
        (
            "Valery Semerikov",
            "Deputy Secretary General of the Collective Security Treaty Organization (CSTO)",
        ),
        (
            "Erkin Chechebaev",
            "Minister of Health of the Kyrgyz Republic",
        ),
        ("Mikhail Melikhov", "advisor to the CSTO Secretariat"),
        ("Ilya Tokarev", "head of the youth policy department"),
    ] {
        assert!(
            page.contains(&format!(
                "<footer>— <cite>{name}</cite>, <span class=\"role\">{role}</span></footer>"
            )),
            "{name}"
        );
    }
    let quote = between(&page, "<blockquote>", "</blockquote>");
    assert!(quote.contains(
        "<p>First and foremost, we note the presence of various viruses and infections in our \
         countries. They know no borders.</p>"
    ));
    // Quotations without a speaker have no footer.
    assert_eq!(page.matches("<footer>").count(), 4);
}

#[test]
fn statistics_show_as_tables_with_exact_values() {
    let page = html(&golden());
    assert_eq!(page.matches("<table class=\"stats").count(), 2);
    // 2.5 billion tenge: the exact digits, and grouped for reading.
    assert!(
        page.contains("<data value=\"2500000000\">2\u{202F}500\u{202F}000\u{202F}000</data> KZT")
    );
    assert!(page.contains("<span class=\"qualifier\">over</span> <data value=\"11\">11</data> t"));
    assert!(
        page.contains("<span class=\"qualifier\">almost</span> <data value=\"3\">3</data>-fold")
    );
    assert!(page.contains(
        "<span class=\"qualifier\">over</span> <data value=\"110000000\">110\u{202F}000\u{202F}000</data> USD"
    ));
    assert!(page.contains("<data value=\"5\">5</data>–<data value=\"20\">20</data> years"));
    // Four digits stay ungrouped.
    assert!(page.contains("<data value=\"4655\">4655</data>"));
    // Breakdowns are indented rows under their total.
    let labs = between(
        &page,
        ">drug laboratories cracked down on<",
        "losses of the drug trade",
    );
    assert!(labs.contains(
        "<td class=\"measure depth-1\"><span class=\"of-which\">of which</span> laboratories producing synthetic drugs</td>"
    ));
    assert!(labs.contains("<data value=\"91\">91</data>"));
    assert!(page.contains("<td class=\"context\">first seven months of this year</td>"));
}

/// Event kinds as small labels by name in the article's detail line, first; substances by
/// name beside the measure they are counted in.
#[test]
fn event_kinds_and_substances_show_by_name() {
    let release = caricc_release::from_json(SUBSTANCES_JSON).expect("the fixture reads");
    let page = html(&release);
    assert!(page.contains(
        "<p class=\"meta\"><span class=\"meta-item\"><span class=\"label\">Event kinds:</span> \
         <span class=\"event-kind\">Seizure</span> <span class=\"event-kind\">Arrest or detention</span> \
         <span class=\"event-kind\">Criminal case opened</span></span></p>"
    ));
    assert!(page.contains("<span class=\"event-kind\">Laboratory dismantled</span>"));
    assert!(page.contains(
        "<td class=\"measure depth-0\">package of hashish weighing <span class=\"substance\">(Cannabis resin)</span></td>"
    ));
    assert!(page.contains(
        "<span class=\"of-which\">of which</span> marijuana <span class=\"substance\">(Cannabis herb (marijuana))</span></td>"
    ));
    assert!(page.contains("drugs seized <span class=\"substance\">(Drugs (unspecified))</span>"));
    // A statistic without a substance says nothing more.
    assert!(page.contains("<td class=\"measure depth-0\">laboratories dismantled</td>"));
    assert_eq!(page.matches("class=\"substance\"").count(), 7);
    // An article without event kinds has no such line: its detail line starts with the places.
    let mut release = golden();
    for article in release.sections.iter_mut().flat_map(|s| &mut s.articles) {
        article.event_kinds.clear();
    }
    assert!(!html(&release).contains("Event kinds:"));
}

#[test]
fn print_styles_for_a4_with_a_running_header() {
    let page = html(&golden());
    let style = between(&page, "<style>", "</style>");
    assert!(style.contains("size: A4"));
    assert!(style.contains(
        "@top-center { content: \"CARICC Information Release #16/2025 · 16-31.08.2025\""
    ));
    assert!(style.contains(".country { break-before: page; }"));
    assert!(style.contains("@page cover"));
    // The screen version shows the same header.
    let masthead = between(&page, "<header class=\"masthead\"", "</header>");
    assert!(masthead.contains("#16/2025") && masthead.contains("16-31.08.2025"));
}

#[test]
fn every_text_is_escaped() {
    let page = html(&evil_release());
    let lower = page.to_lowercase();
    assert!(!lower.contains("<script"), "raw <script in:\n{page}");
    assert!(!page.contains(EVIL));
    assert!(!page.contains("alert(\"x\")"));
    assert!(!page.contains("'y'"));
    // Headline, section and contents headings, paragraph, list, quotation, speaker, role,
    // places, organisations, topics, statistic, period, area, phrase, publisher, address,
    // place, title, subtitle: all escaped.
    assert!(page.matches(EVIL_ESCAPED).count() >= 20, "{page}");
    assert!(page.contains(&format!(">{EVIL_ESCAPED}</h3>")));
    assert!(page.contains(&format!("title=\"{EVIL_ESCAPED}\"")));
    assert!(page.contains(&format!("{EVIL_ESCAPED}<br>\nsecond line")));
    // The URL's own escaping, then HTML's.
    assert!(page.contains("href=\"https://example.org/?q=%3Cscript%3E&amp;x=%271%27\""));
    // The running header cannot leave its CSS string, its rule or the style element.
    let style = between(&page, "<style>", "</style>");
    assert!(!style["<style>".len()..].contains('<'));
    assert_eq!(page.matches("</style>").count(), 1);
    let header = between(style, "@top-center { content: \"", ";");
    assert_eq!(header.matches('"').count(), 2, "{header}");
    assert!(!header.contains('}'));
}

#[test]
fn only_http_and_https_sources_are_links() {
    let mut release = golden();
    let sources = &mut release.sections[0].articles[0].sources;
    for url in [
        "ftp://ftp.example.org/pub/release.txt",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://example.org/plain-http",
    ] {
        sources.push(Url::parse(url).expect("URL parses"));
    }
    let page = html(&release);
    let hrefs = attribute_values(&page, "href");
    for href in &hrefs {
        assert!(
            href.starts_with('#')
                || href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:"),
            "link {href}"
        );
    }
    assert!(hrefs.contains(&"http://example.org/plain-http"));
    assert!(page.contains("<span class=\"url\">ftp://ftp.example.org/pub/release.txt</span>"));
    assert!(page.contains("<span class=\"url\">file:///etc/passwd</span>"));
    assert!(page.contains("<span class=\"url\">javascript:alert(1)</span>"));
    assert!(!page.to_lowercase().contains("<script"));
}

#[test]
fn a_release_without_optional_parts_renders() {
    let mut release = golden();
    release.summary.topics = None;
    release.publisher.fax = None;
    release.publisher.telephones.clear();
    release.contents.clear();
    for section in &mut release.sections {
        for article in &mut section.articles {
            article.date = None;
            article.sources.clear();
            article.places.clear();
            article.organisations.clear();
            article.topics.clear();
            article.statistics.clear();
            article.event_kinds.clear();
        }
    }
    let page = html(&release);
    assert!(!page.contains("<table"));
    assert!(!page.contains("class=\"meta\""));
    assert!(!page.contains("class=\"sources\""));
    assert!(!page.contains("fax:"));
    assert!(!page.contains("href=\"#section"));
    assert_eq!(page.matches("<section class=\"country\"").count(), 4);
}

// --- printed by Chromium ---------------------------------------------------------------------

use support::chromium::CHROMIUM;

/// A fresh directory for one test, removed on drop.
fn temp_dir(name: &str) -> TempDir {
    TempDir::new("html", name)
}

/// Runs `command` to its end, or kills it after `limit`.
fn run(command: &mut Command, dir: &Path, name: &str, limit: Duration) -> (bool, String, String) {
    support::process::run_within(command, dir, name, limit)
}

fn require(tool: &str, package: &str) {
    let found = if tool.starts_with('/') {
        Path::new(tool).is_file()
    } else {
        Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    assert!(
        found,
        "{tool} is missing: install the Debian package {package} \
         (`apt-get install -y {package}`; .ci/run installs it)"
    );
}

/// Runs of white space as one space, and no space after a hyphen where a line broke.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("- ", "-")
}

/// Prints release #16's HTML to PDF with headless Chromium, working in `dir`; returns the
/// PDF's path.
fn print_release_16(dir: &Path) -> PathBuf {
    print(dir, &golden())
}

/// Prints a release's HTML to PDF with headless Chromium, working in `dir`; returns the
/// PDF's path.
fn print(dir: &Path, release: &Release) -> PathBuf {
    support::chromium::print_to_pdf(dir, &html(release))
}

/// Runs a poppler-utils tool to its end (a minute at most) and returns what it printed.
fn poppler(command: &mut Command, dir: &Path, name: &str) -> String {
    let (ok, out, stderr) = run(command, dir, name, Duration::from_secs(60));
    assert!(ok, "{name} failed: {stderr}");
    out
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn html_prints_to_pdf_in_chromium() {
    require(CHROMIUM, "chromium");
    require("pdftotext", "poppler-utils");
    require("pdfinfo", "poppler-utils");

    let dir = temp_dir("print");
    let pdf_path = print_release_16(&dir.0);

    let text = poppler(
        Command::new("pdftotext").arg(&pdf_path).arg("-"),
        &dir.0,
        "pdftotext",
    );
    let text = normalise(&text);
    for headline in HEADLINES {
        assert!(
            text.contains(&normalise(headline)),
            "headline missing from the PDF: {headline}\n\n{text}"
        );
    }
    for name in SECTION_HEADINGS.iter().chain(&COUNTRY_NAMES) {
        assert!(text.contains(name), "{name} missing from the PDF");
    }

    let info = poppler(Command::new("pdfinfo").arg(&pdf_path), &dir.0, "pdfinfo");
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo's output:\n{info}"));
    assert!(
        (8..=40).contains(&pages),
        "{pages} pages: not a plausible print of release #16"
    );

    // The running header is on every page but the cover.
    let layout = poppler(
        Command::new("pdftotext").arg(&pdf_path).arg("-"),
        &dir.0,
        "pdftotext-pages",
    );
    let by_page: Vec<&str> = layout
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(by_page.len() as u32, pages);
    assert!(
        !by_page[0].contains("#16/2025"),
        "the cover has no running header"
    );
    for (i, page) in by_page.iter().enumerate().skip(1) {
        assert!(
            page.contains("#16/2025") && page.contains("16-31.08.2025"),
            "page {} lacks the running header (Chromium 131 or later prints CSS margin boxes)",
            i + 1
        );
    }
}

/// Event kinds and substances print (the labels, the names beside the measures), and the
/// PDF reader leaves them out of the release's text, as it does the places and the figures.
#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn event_kinds_and_substances_print_and_stay_out_of_the_text_read_back() {
    require(CHROMIUM, "chromium");
    require("pdftotext", "poppler-utils");
    let dir = temp_dir("substances");
    let release = caricc_release::from_json(SUBSTANCES_JSON).expect("the fixture reads");
    let pdf_path = print(&dir.0, &release);
    let text = normalise(&poppler(
        Command::new("pdftotext").arg(&pdf_path).arg("-"),
        &dir.0,
        "pdftotext",
    ));
    for printed in [
        "Event kinds: Seizure Arrest or detention Criminal case opened",
        "Seizure Laboratory dismantled Plantation destroyed",
        "package of hashish weighing (Cannabis resin)",
        "of which marijuana (Cannabis herb (marijuana))",
        "wild hemp destroyed (Cannabis plant)",
    ] {
        assert!(
            text.contains(printed),
            "{printed:?} missing from the PDF: {text}"
        );
    }
    #[cfg(feature = "pdf")]
    {
        let bytes = fs::read(&pdf_path).expect("the PDF");
        let back = caricc_release::pdf::from_pdf(&bytes)
            .expect("the PDF reads")
            .release;
        for (read, written) in back.sections[0]
            .articles
            .iter()
            .zip(&release.sections[0].articles)
        {
            assert_eq!(read.headline, written.headline);
            assert_eq!(
                read.body, written.body,
                "the labels are no part of the text"
            );
            assert_eq!(read.sources, written.sources);
        }
        assert_eq!(back.sections[0].articles.len(), 2);
    }
}
