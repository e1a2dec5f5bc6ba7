//! HTML: the release as one standalone HTML5 page, for the screen and for A4 print.
//!
//! [`html`] writes the page as one string, without any template engine: the markup is this
//! module's own, and every text of the release goes through one escaping function (`&`, `<`,
//! `>`, `"`, `'`) whether it lands in text or in an attribute. The running header's text,
//! the one text that stands in the styles, is escaped for a CSS string instead (every ASCII
//! mark but a few harmless ones as a hex escape), so it can end neither the string, the rule
//! nor the `<style>` element.
//!
//! The styles are one constant (screen first, then `@media print`) plus the `@page` rules,
//! which carry the release's own running header. Page breaks: the cover is a named page
//! (`cover`) without header or page number and not counted, so the editorial page is page 1
//! and the first country section starts on page 2, as in CARICC's PDFs; each country
//! section starts a new page; headlines and dates keep with the text after them, and
//! statistics tables of up to ten rows keep together.

use url::Url;

use crate::CountrySection;
use crate::{Article, Block, ChangeRole, Decimal, Release, Speaker, Statistic, Unit};

use super::labels::{Labels, UnitText};

/// The release as one standalone HTML5 page with inline styles for the screen and for A4
/// print: no scripts, images, fonts or other external resources, so the file can be mailed,
/// archived, or printed to PDF as it is (for example
/// `chromium --headless --no-pdf-header-footer --print-to-pdf=release.pdf release.html`).
///
/// The page follows the printed release:
///
/// - a cover on its own page: "INFORMATION RELEASE", the rest of the series title, the
///   subtitle in parentheses, the period, the number ("#16") and the place and year
///   ("Almaty – 2025");
/// - the editorial block: publisher, "EDITORIAL ADDRESS:", address, telephone, fax, e-mail
///   (a `mailto:` link) and website;
/// - CONTENTS: each entry's heading as printed and its page, with dot leaders, linking to
///   its section;
/// - the summary sentence ([`summary_sentence`](crate::render::summary_sentence)) and the topics
///   paragraph, country names in parentheses in italics;
/// - one section per country, each starting a new page, under its heading as printed; its
///   articles with headline, date, paragraphs, bulleted lists, quotations (`<blockquote>`
///   with the speaker in a `<footer>`/`<cite>`), sources, a small line with the event kinds
///   (each a small label, by [`EventKind::name`](crate::EventKind::name)), places,
///   organisations and topics, and the statistics as a table: measure (with the substance's
///   name, "(Cannabis resin)", when it has one), figure (qualifier in
///   words, the exact value grouped by thousands with the digits kept in a
///   `<data value="2500000000">` element, the unit: "over 11 t", "2 500 000 000 KZT",
///   "5–20 years", "almost 3-fold"), period and area, with breakdowns as indented rows.
///
/// The page speaks the release's language: a Russian release (`language` `ru`) gets
/// `<html lang="ru">` and Russian words throughout, from one table of words per language:
/// «СОДЕРЖАНИЕ», «АДРЕС РЕДАКЦИИ:», «№16», «Источник:», «Виды событий:», dates («29
/// августа»), the Russian summary sentence, qualifiers and units with Russian agreement
/// («более 11 т», «5–20 лет», «почти в 3 раза»), decimal commas («2,5») and the substances'
/// Russian names («Смола каннабиса (гашиш)»):
///
/// ```
/// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
///
/// let release = ReleaseBuilder::caricc_ru()
///     .period("16-31.08.2025")
///     .section(SectionBuilder::new("KZ").page(2).article(
///         ArticleBuilder::new("ИЗЪЯТО 2,5 ТОННЫ ГАШИША")
///             .source("https://polisia.kz/ru/a/")
///             .statistic(StatisticBuilder::new("гашиш").qualifier("over").value("2.5").unit("t")
///                 .substance("cannabis_resin")),
///     ))
///     .build()?;
/// let page = caricc_release::render::html(&release);
/// assert!(page.contains(r#"<html lang="ru">"#));
/// assert!(page.contains(">СОДЕРЖАНИЕ</h2>") && page.contains(">Источник:</span>"));
/// assert!(page.contains(r#"<span class="qualifier">более</span> <data value="2.5">2,5</data> т"#));
/// assert!(page.contains("(Смола каннабиса (гашиш))"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Printed, every page but the cover carries a running header ("CARICC Information Release
/// #16/2025 · 16-31.08.2025", a CSS page-margin box, which Chromium prints from version 131)
/// and its page number; on screen a bar at the top shows the same.
///
/// Every text is escaped, attributes included; sources are links only when they are `http`
/// or `https` URLs, any other URL is shown as text. Anchors are stable: country sections
/// are `section-1`, `section-2`, … in the release's order, articles `article-1-1`,
/// `article-1-2`, … (section, then article).
///
/// ```
/// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
///
/// let release = ReleaseBuilder::caricc()
///     .period("16-31.08.2025")
///     .topics("Published articles contain information about a mass anti-drug run (Kazakhstan).")
///     .section(
///         SectionBuilder::new("KZ").page(2).article(
///             ArticleBuilder::new("A MASS ANTI-DRUG RUN <AND> “A WORLD WITHOUT DRUGS”")
///                 .paragraph("Volunteers & athletes ran in the Zhetysu region.")
///                 .source("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/")
///                 .statistic(StatisticBuilder::new("runners").qualifier("over").value("500").unit("count")),
///         ),
///     )
///     .build()?;
///
/// let page = caricc_release::render::html(&release);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains(r#"<html lang="en">"#));
/// assert!(page.contains("A MASS ANTI-DRUG RUN &lt;AND&gt; “A WORLD WITHOUT DRUGS”"));
/// assert!(page.contains("Volunteers &amp; athletes"));
/// assert!(page.contains(r#"<a href="https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/">"#));
/// assert!(page.contains(r##"<a href="#section-1">"##) && page.contains(r#"id="section-1""#));
/// assert!(page.contains(r#"<span class="qualifier">over</span> <data value="500">500</data>"#));
/// assert!(!page.contains("<script"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn html(release: &Release) -> String {
    let words = Labels::of(&release.language);
    let mut out = Out {
        html: String::with_capacity(64 * 1024),
        words,
    };
    // "#16/2025", «№16/2025».
    let id = release.id().to_string().replacen('#', words.number_sign, 1);
    let period = release.period.to_string();
    let (short_title, title_rest) = split_title(&release.title, words.title_split);
    let running = format!(
        "{} {} {} · {}",
        release.publisher.acronym, short_title, id, period
    );

    out.raw("<!DOCTYPE html>\n<html lang=\"");
    out.text(release.language.as_str());
    out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.raw("<meta name=\"color-scheme\" content=\"light\">\n");
    out.raw("<meta name=\"generator\" content=\"caricc-release ");
    out.text(env!("CARGO_PKG_VERSION"));
    out.raw("\">\n<meta name=\"description\" content=\"");
    out.text(&format!(
        "{} {}, {} ({}), {} {}.",
        release.publisher.acronym,
        short_title,
        id,
        release.subtitle,
        words.covering,
        (words.period_in_words)(release.period)
    ));
    out.raw("\">\n<title>");
    out.text(&format!("{} — {}, {}", release.title, id, period));
    out.raw("</title>\n<style>\n");
    out.raw(&page_rules(&running));
    out.raw(STYLE);
    out.raw("</style>\n</head>\n<body>\n");

    out.raw("<header class=\"masthead\" aria-label=\"");
    out.text(words.masthead);
    out.raw("\"><span class=\"masthead-title\">");
    out.text(&format!("{} {}", release.publisher.acronym, short_title));
    out.raw("</span><span class=\"masthead-id\">");
    out.text(&id);
    out.raw("</span><span class=\"masthead-period\">");
    out.text(&period);
    out.raw("</span></header>\n<main class=\"document\">\n");

    cover(&mut out, release, short_title, title_rest);
    front_matter(&mut out, release);
    for (i, section) in release.sections.iter().enumerate() {
        country_section(&mut out, i + 1, section);
    }

    out.raw("</main>\n</body>\n</html>\n");
    out.html
}

/// The HTML being written; `text` escapes, `raw` is for this module's own markup only.
struct Out {
    html: String,
    /// The words of the release's language.
    words: &'static Labels,
}

impl Out {
    fn raw(&mut self, markup: &str) {
        self.html.push_str(markup);
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.html, text);
    }

    /// Text with its line breaks as `<br>`.
    fn text_lines(&mut self, text: &str) {
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.raw("<br>\n");
            }
            self.text(line);
        }
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'`, for text and attribute values alike. Control
/// characters HTML does not allow become U+FFFD.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push('\n'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// The inside of a CSS string (between double quotes): letters, digits, non-ASCII characters
/// and a few harmless marks as they are, every other ASCII character as a hex escape, so no
/// text can end the string, the rule or the `<style>` element.
fn css_string(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, ' ' | '#' | '/' | '.' | ',' | '-' | ':') {
            s.push(c);
        } else if c.is_ascii() || c.is_control() {
            s.push_str(&format!("\\{:x} ", u32::from(c)));
        } else {
            s.push(c);
        }
    }
    s
}

/// "Information Release about past events in the anti-drug sphere" →
/// ("Information Release", "about past events in the anti-drug sphere") where `split` is
/// " about " (« о » in Russian); a title without it stays whole.
fn split_title<'a>(title: &'a str, split: &str) -> (&'a str, &'a str) {
    let lower = title.to_lowercase();
    match lower.find(split).filter(|_| lower.len() == title.len()) {
        Some(i) if title.is_char_boundary(i) && title.is_char_boundary(i + 1) => {
            (title[..i].trim(), title[i + 1..].trim())
        }
        _ => (title.trim(), ""),
    }
}

pub(crate) fn is_web(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
}

/// "https://www.caricc.org/" → "www.caricc.org".
fn url_label(url: &Url) -> &str {
    let s = url.as_str();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    if url.path() == "/" && url.query().is_none() && url.fragment().is_none() {
        s.strip_suffix('/').unwrap_or(s)
    } else {
        s
    }
}

/// A link for http and https URLs, text for any other.
fn link(out: &mut Out, url: &Url, label: &str) {
    if is_web(url) {
        out.raw("<a href=\"");
        out.text(url.as_str());
        out.raw("\">");
        out.text(label);
        out.raw("</a>");
    } else {
        out.raw("<span class=\"url\">");
        out.text(url.as_str());
        out.raw("</span>");
    }
}

fn cover(out: &mut Out, release: &Release, short_title: &str, title_rest: &str) {
    let words = out.words;
    out.raw("<section class=\"cover\" aria-label=\"");
    out.text(words.cover);
    out.raw("\">\n");
    out.raw("<p class=\"cover-publisher\">");
    out.text(&release.publisher.acronym);
    out.raw("</p>\n<p class=\"cover-publisher-name\">");
    out.text(&release.publisher.name);
    out.raw("</p>\n<div class=\"cover-main\">\n<h1 class=\"cover-title\">");
    out.text(&short_title.to_uppercase());
    out.raw("</h1>\n");
    if !title_rest.is_empty() {
        out.raw("<p class=\"cover-rest\">");
        out.text(title_rest);
        out.raw("</p>\n");
    }
    if !release.subtitle.trim().is_empty() {
        out.raw("<p class=\"cover-subtitle\">(");
        out.text(release.subtitle.trim());
        out.raw(")</p>\n");
    }
    out.raw("<p class=\"cover-period\"><time datetime=\"");
    out.text(&format!(
        "{}/{}",
        release.period.start.format("%Y-%m-%d"),
        release.period.end.format("%Y-%m-%d")
    ));
    out.raw("\">");
    out.text(&release.period.to_string());
    out.raw("</time></p>\n<p class=\"cover-number\">");
    out.text(&format!("{}{}", words.number_sign, release.number));
    out.raw("</p>\n</div>\n<p class=\"cover-place\">");
    out.text(&format!("{} – {}", release.place, release.year));
    out.raw("</p>\n</section>\n");
}

fn front_matter(out: &mut Out, release: &Release) {
    let p = &release.publisher;
    let words = out.words;
    out.raw("<section class=\"front\" aria-label=\"");
    out.text(words.editorial);
    out.raw("\">\n<div class=\"editorial\">\n<p class=\"editorial-title\">");
    out.text(&format!(
        "{} {}",
        split_title(&release.title, words.title_split)
            .0
            .to_uppercase(),
        p.acronym
    ));
    out.raw("</p>\n<p class=\"editorial-name\">");
    out.text(&p.name);
    out.raw("</p>\n<p class=\"editorial-label\">");
    out.text(words.editorial_address);
    out.raw("</p>\n<address>\n");
    let a = &p.address;
    let country = (words.official_name)(a.country);
    out.text(&format!(
        "{country}, {}, {}, {}",
        a.postal_code, a.city, a.street
    ));
    out.raw("<br>\n");
    if !p.telephones.is_empty() {
        out.text(words.telephone);
        out.raw(" ");
        let tels: Vec<String> = p.telephones.iter().map(ToString::to_string).collect();
        out.text(&tels.join(", "));
        out.raw("<br>\n");
    }
    if let Some(fax) = &p.fax {
        out.text(words.fax);
        out.raw(" ");
        out.text(fax.as_str());
        out.raw("<br>\n");
    }
    out.text(words.email);
    out.raw(" <a href=\"mailto:");
    out.text(p.email.as_str());
    out.raw("\">");
    out.text(p.email.as_str());
    out.raw("</a><br>\n");
    out.text(words.website);
    out.raw(" ");
    link(out, &p.website, url_label(&p.website));
    out.raw("\n</address>\n<p class=\"editorial-series\">«");
    out.text(&release.title);
    out.raw("», ");
    out.text(&format!(
        "{}{}, {}",
        words.number_sign, release.number, release.year
    ));
    out.raw("<br>\n");
    let (before, after) = words.circulation;
    let circulation = [before, &release.format.to_string(), after]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    out.text(&circulation);
    out.raw("</p>\n</div>\n");

    contents(out, release);
    summary(out, release);
    out.raw("</section>\n");
}

/// The summary sentence and the topics paragraph, country names in italics.
fn summary(out: &mut Out, release: &Release) {
    let words = out.words;
    out.raw("<div class=\"summary\">\n<p class=\"summary-sentence\">");
    let names = country_names(release, words);
    emphasise_countries(out, &(words.summary_sentence)(release), &names);
    out.raw("</p>\n");
    if let Some(topics) = release
        .summary
        .topics
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        out.raw("<p class=\"summary-topics\">");
        emphasise_countries(out, topics, &names);
        out.raw("</p>\n");
    }
    out.raw("</div>\n");
}

fn contents(out: &mut Out, release: &Release) {
    out.raw("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n");
    out.raw("<h2 id=\"contents-title\">");
    out.text(out.words.contents);
    out.raw("</h2>\n<ol>\n");
    for entry in &release.contents {
        let target = release
            .sections
            .iter()
            .position(|s| s.country == entry.country);
        out.raw("<li>");
        match target {
            Some(i) => out.raw(&format!("<a href=\"#section-{}\">", i + 1)),
            None => out.raw("<span class=\"entry\">"),
        }
        out.raw("<span class=\"entry-heading\">");
        out.text(&entry.heading);
        out.raw(
            "</span><span class=\"leader\" aria-hidden=\"true\"></span><span class=\"entry-page\">",
        );
        out.text(&entry.page.to_string());
        out.raw("</span>");
        out.raw(if target.is_some() { "</a>" } else { "</span>" });
        out.raw("</li>\n");
    }
    out.raw("</ol>\n</nav>\n");
}

/// The everyday names of the release's countries ("Azerbaijan", "Russia"), in the release's
/// language.
fn country_names(release: &Release, words: &Labels) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    let countries = release
        .summary
        .events_by_country
        .iter()
        .map(|c| c.country)
        .chain(release.sections.iter().map(|s| s.country))
        .chain(release.contents.iter().map(|c| c.country));
    for country in countries {
        for name in (words.country_names)(country) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Escaped text in which a parenthesis that starts with a country's name ("(Azerbaijan – 7,
/// …)", "(Russia)") is set in italics, as the release prints it.
fn emphasise_countries(out: &mut Out, text: &str, names: &[&str]) {
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let (before, from) = rest.split_at(open);
        out.text(before);
        let inner_start = &from[1..];
        match inner_start.find(')') {
            Some(close) if names.iter().any(|n| inner_start.starts_with(n)) => {
                out.raw("(<em>");
                out.text(&inner_start[..close]);
                out.raw("</em>)");
                rest = &inner_start[close + 1..];
            }
            _ => {
                out.text("(");
                rest = inner_start;
            }
        }
    }
    out.text(rest);
}

fn country_section(out: &mut Out, number: usize, section: &CountrySection) {
    out.raw(&format!(
        "<section class=\"country\" id=\"section-{number}\" aria-labelledby=\"section-{number}-heading\">\n"
    ));
    out.raw("<header class=\"country-header\"><p class=\"country-kicker\"><span class=\"country-code\">");
    out.text(section.country.alpha2());
    out.raw("</span> ");
    out.text(&(out.words.articles)(section.articles.len()));
    out.raw(&format!(
        "</p>\n<h2 class=\"country-heading\" id=\"section-{number}-heading\">"
    ));
    out.text(&section.heading);
    out.raw("</h2></header>\n");
    for (j, article) in section.articles.iter().enumerate() {
        article_html(out, &format!("article-{number}-{}", j + 1), article);
    }
    out.raw("</section>\n");
}

fn article_html(out: &mut Out, id: &str, article: &Article) {
    out.raw("<article class=\"article\" id=\"");
    out.text(id);
    out.raw("\">\n<h3 class=\"headline\">");
    out.text(&article.headline);
    out.raw("</h3>\n");
    if let Some(date) = &article.date {
        out.raw("<p class=\"date\"><time datetime=\"");
        // A date without a year is a valid HTML yearless date: "08-29".
        let iso = date.to_iso_string();
        out.text(iso.strip_prefix("--").unwrap_or(&iso));
        out.raw("\">");
        out.text(&(out.words.date)(date));
        out.raw("</time></p>\n");
    }
    for block in &article.body {
        block_html(out, block);
    }
    if !article.sources.is_empty() {
        out.raw("<p class=\"sources\"><span class=\"label\">");
        out.text(if article.sources.len() == 1 {
            out.words.page.source
        } else {
            out.words.page.sources
        });
        out.raw("</span> ");
        for (i, url) in article.sources.iter().enumerate() {
            if i > 0 {
                out.raw("<span class=\"sep\"> · </span>");
            }
            link(out, url, url.as_str());
        }
        out.raw("</p>\n");
    }
    meta_line(out, article);
    if !article.statistics.is_empty() {
        statistics_table(out, &article.statistics);
    }
    out.raw("</article>\n");
}

/// The small line of an article's details: its event kinds, places, organisations and topics.
fn meta_line(out: &mut Out, article: &Article) {
    let words = out.words;
    let kinds: Vec<&str> = article
        .event_kinds
        .iter()
        .map(|&k| (words.event_kind)(k))
        .collect();
    let meta: [(&str, Vec<&str>); 4] = [
        (words.page.event_kinds, kinds),
        (
            words.page.places,
            article.places.iter().map(String::as_str).collect(),
        ),
        (
            words.page.organisations,
            article.organisations.iter().map(String::as_str).collect(),
        ),
        (
            words.page.topics,
            article.topics.iter().map(String::as_str).collect(),
        ),
    ];
    if meta.iter().any(|(_, items)| !items.is_empty()) {
        out.raw("<p class=\"meta\">");
        let mut first = true;
        for (i, (label, items)) in meta.into_iter().enumerate() {
            if items.is_empty() {
                continue;
            }
            if !first {
                out.raw("<span class=\"sep\"> · </span>");
            }
            first = false;
            out.raw("<span class=\"meta-item\"><span class=\"label\">");
            out.text(label);
            out.raw(":</span> ");
            if i == 0 {
                // Each kind a small label of its own.
                for (i, name) in items.iter().enumerate() {
                    out.raw(if i == 0 { "" } else { " " });
                    out.raw("<span class=\"event-kind\">");
                    out.text(name);
                    out.raw("</span>");
                }
            } else {
                out.text(&items.join("; "));
            }
            out.raw("</span>");
        }
        out.raw("</p>\n");
    }
}

fn block_html(out: &mut Out, block: &Block) {
    match block {
        Block::Paragraph { text } => {
            out.raw("<p>");
            out.text_lines(text);
            out.raw("</p>\n");
        }
        Block::Bullets { items } => {
            out.raw("<ul>\n");
            for item in items {
                out.raw("<li>");
                out.text_lines(item);
                out.raw("</li>\n");
            }
            out.raw("</ul>\n");
        }
        Block::Quote { text, speaker } => {
            out.raw("<blockquote>\n<p>");
            out.text_lines(text);
            out.raw("</p>\n");
            if let Some(Speaker { name, role }) = speaker {
                out.raw("<footer>— <cite>");
                out.text(name);
                out.raw("</cite>");
                if let Some(role) = role.as_deref().filter(|r| !r.trim().is_empty()) {
                    out.raw(", <span class=\"role\">");
                    out.text(role);
                    out.raw("</span>");
                }
                out.raw("</footer>\n");
            }
            out.raw("</blockquote>\n");
        }
    }
}

fn statistics_table(out: &mut Out, statistics: &[Statistic]) {
    fn any_context(s: &Statistic) -> bool {
        s.reference_period.is_some() || s.area.is_some() || s.breakdown.iter().any(any_context)
    }
    let context = statistics.iter().any(any_context);
    fn rows(s: &Statistic) -> usize {
        1 + s.breakdown.iter().map(rows).sum::<usize>()
    }
    // A short table is kept on one page; a long one may break between rows.
    let short = statistics.iter().map(rows).sum::<usize>() <= SHORT_TABLE_ROWS;
    out.raw(if short {
        "<table class=\"stats short\">\n"
    } else {
        "<table class=\"stats\">\n"
    });
    let words = out.words;
    out.raw("<caption>");
    out.text(words.page.figures);
    out.raw("</caption>\n<thead><tr><th scope=\"col\">");
    out.text(words.measure);
    out.raw("</th><th scope=\"col\" class=\"figure\">");
    out.text(words.figure);
    out.raw("</th>");
    if context {
        out.raw("<th scope=\"col\">");
        out.text(words.period_area);
        out.raw("</th>");
    }
    out.raw("</tr></thead>\n<tbody>\n");
    for s in statistics {
        statistic_rows(out, s, 0, context);
    }
    out.raw("</tbody>\n</table>\n");
}

/// Most rows of a table kept on one page.
const SHORT_TABLE_ROWS: usize = 10;

/// Deepest indentation of a breakdown; deeper parts are indented like this one.
const MAX_DEPTH: usize = 4;

fn statistic_rows(out: &mut Out, s: &Statistic, depth: usize, context: bool) {
    out.raw(if depth == 0 {
        "<tr"
    } else {
        "<tr class=\"part\""
    });
    if let Some(phrase) = &s.phrase {
        out.raw(" title=\"");
        out.text(phrase);
        out.raw("\"");
    }
    out.raw(&format!(
        "><td class=\"measure depth-{}\">",
        depth.min(MAX_DEPTH)
    ));
    if depth > 0 {
        out.raw("<span class=\"of-which\">");
        out.text(out.words.of_which);
        out.raw("</span> ");
    }
    out.text(&s.measure);
    if let Some(substance) = s.substance {
        out.raw(" <span class=\"substance\">(");
        out.text((out.words.substance)(substance));
        out.raw(")</span>");
    }
    out.raw("</td><td class=\"figure\">");
    figure(out, s);
    out.raw("</td>");
    if context {
        out.raw("<td class=\"context\">");
        let parts: Vec<&str> = [s.reference_period.as_deref(), s.area.as_deref()]
            .into_iter()
            .flatten()
            .filter(|t| !t.trim().is_empty())
            .collect();
        out.text(&parts.join("; "));
        out.raw("</td>");
    }
    out.raw("</tr>\n");
    for part in &s.breakdown {
        statistic_rows(out, part, depth + 1, context);
    }
}

/// "over 11 t", "2 500 000 000 KZT", "5–20 years", "almost 3-fold" («почти в 3 раза»): the
/// qualifier in words, the exact value (grouped by thousands for reading, the digits as
/// they are in `value`), and the unit, in the release's language.
fn figure(out: &mut Out, s: &Statistic) {
    let words = out.words;
    let qualifier = (words.qualifier)(s.qualifier);
    if !qualifier.is_empty() {
        out.raw("<span class=\"qualifier\">");
        out.text(qualifier);
        out.raw("</span> ");
    }
    if s.unit == Unit::Factor && !words.factor_prefix.is_empty() {
        out.text(words.factor_prefix);
    }
    number(out, &s.value);
    if let Some(end) = &s.range_end {
        out.raw("–");
        number(out, end);
    }
    match (words.unit)(&s.unit, s.range_end.as_ref().unwrap_or(&s.value)) {
        UnitText::None => {}
        UnitText::Attached(u) => out.text(u),
        UnitText::Spaced(u) => {
            out.raw(" ");
            out.text(&u);
        }
    }
    if let Some(role) = s.role {
        out.raw(" <span class=\"role\">(");
        out.text(match role {
            ChangeRole::Before => words.roles[0],
            ChangeRole::After => words.roles[1],
            _ => words.roles[2],
        });
        out.raw(")</span>");
    }
}

fn number(out: &mut Out, value: &Decimal) {
    let shown = out.words.number(value);
    data_into(&mut out.html, value, &shown);
}

/// An exact decimal as `<data value="DIGITS">SHOWN</data>`: its digits for machines, `shown`
/// (grouped, in the language's decimal mark) for people; the page's and the report's one.
pub(crate) fn data_into(out: &mut String, value: &Decimal, shown: &str) {
    out.push_str("<data value=\"");
    escape_into(out, &value.to_string());
    out.push_str("\">");
    escape_into(out, shown);
    out.push_str("</data>");
}

/// The digits of `value` with the integer part grouped by thousands (narrow no-break
/// spaces) when it has five digits or more: `2500000000` → `2 500 000 000`, `4655` stays.
pub(crate) fn grouped(value: &Decimal) -> String {
    let text = value.to_string();
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let mut out = String::from(sign);
    if int.len() >= 5 {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push('\u{202F}');
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// The `@page` rules: A4, margins, the running header (its text escaped for CSS) and the
/// page number; the cover has neither and is not counted, so the editorial page is page 1
/// and the first country section starts on page 2, as in the printed releases.
fn page_rules(running: &str) -> String {
    format!(
        "@page {{\n  size: A4;\n  margin: 20mm 18mm 18mm 18mm;\n  \
         @top-center {{ content: \"{}\"; font: 8pt/1.2 var(--sans-stack); color: #4a5868; \
         letter-spacing: 0.04em; vertical-align: bottom; padding-bottom: 3mm; \
         border-bottom: 0.4pt solid #b9c3cf; }}\n  \
         @bottom-center {{ content: counter(page); font: 8pt var(--sans-stack); color: #4a5868; }}\n}}\n\
         @page cover {{\n  margin: 18mm;\n  counter-increment: page 0;\n  \
         @top-center {{ content: none; border: none; }}\n  \
         @bottom-center {{ content: none; }}\n}}\n",
        css_string(running)
    )
}

/// The styles: screen first, then print.
const STYLE: &str = r#"
:root {
  --ink: #1b1f24;
  --muted: #5b6673;
  --rule: #c9d1db;
  --accent: #17375e;
  --accent-soft: #e8eef5;
  --serif-stack: Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
  --sans-stack: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", system-ui, sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  color: var(--ink);
  background: #dfe3e8;
  font: 11pt/1.5 var(--serif-stack);
  hyphens: auto;
}
a { color: var(--accent); }
h1, h2, h3 { hyphens: manual; }
.masthead {
  position: sticky;
  top: 0;
  z-index: 1;
  display: flex;
  gap: 1.5em;
  align-items: baseline;
  padding: 0.55em 1.5em;
  background: var(--accent);
  color: #fff;
  font: 600 10pt/1.3 var(--sans-stack);
  letter-spacing: 0.03em;
}
.masthead-id { margin-left: auto; }
.masthead-period { font-weight: 400; opacity: 0.85; }
.document {
  max-width: 210mm;
  margin: 1.5em auto 3em;
  background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18);
}
.document > section { padding: 18mm 20mm; }
.document > section + section { border-top: 1px dashed var(--rule); }

/* Cover */
.cover {
  display: flex;
  flex-direction: column;
  min-height: 260mm;
  text-align: center;
  font-family: var(--sans-stack);
  border-top: 6mm solid var(--accent);
}
.cover-publisher {
  margin: 8mm 0 0;
  font-weight: 700;
  font-size: 13pt;
  letter-spacing: 0.35em;
  color: var(--accent);
}
.cover-publisher-name {
  max-width: 120mm;
  margin: 0.7em auto 0;
  font-size: 9.5pt;
  line-height: 1.45;
  color: var(--muted);
}
.cover-main {
  margin: auto 0;
  padding: 14mm 0;
  border-top: 1.2pt solid var(--accent);
  border-bottom: 1.2pt solid var(--accent);
}
.cover-title {
  margin: 0 0 0.35em;
  font-size: 30pt;
  line-height: 1.15;
  letter-spacing: 0.06em;
  color: var(--accent);
}
.cover-rest {
  margin: 0;
  font-size: 15pt;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.05em;
}
.cover-subtitle { margin: 0.4em 0 0; font-size: 13pt; font-style: italic; color: var(--muted); }
.cover-period { margin: 2.2em 0 0; font-size: 16pt; font-weight: 600; letter-spacing: 0.05em; }
.cover-number {
  display: inline-block;
  margin: 0.9em 0 0;
  padding: 0.15em 0.9em;
  border: 1.5pt solid var(--accent);
  font-size: 24pt;
  font-weight: 700;
  color: var(--accent);
}
.cover-place { margin: 0; font-size: 12pt; letter-spacing: 0.08em; color: var(--muted); }

/* Editorial block, contents, summary */
.editorial {
  padding: 0 0 5mm;
  text-align: center;
  font: 9.5pt/1.45 var(--sans-stack);
  border-bottom: 0.6pt solid var(--rule);
}
.editorial p { margin: 0 0 0.5em; }
.editorial-title { font-size: 11pt; font-weight: 700; letter-spacing: 0.08em; color: var(--accent); }
.editorial-name { max-width: 36em; margin-left: auto !important; margin-right: auto !important; }
.editorial-label { font-weight: 700; margin-top: 1em !important; }
.editorial address { font-style: normal; margin-bottom: 0.8em; }
.editorial-series { color: var(--muted); }
.contents { margin: 8mm 0 7mm; }
.contents h2 {
  margin: 0 0 0.8em;
  font: 700 13pt var(--sans-stack);
  letter-spacing: 0.15em;
  text-align: center;
  color: var(--accent);
}
.contents ol { list-style: none; margin: 0 auto; padding: 0; max-width: 140mm; }
.contents li { margin: 0 0 0.45em; }
.contents li > a, .contents li > .entry {
  display: flex;
  align-items: baseline;
  color: inherit;
  text-decoration: none;
  font: italic 11pt var(--serif-stack);
}
.contents .leader { flex: 1; margin: 0 0.5em; border-bottom: 1.2pt dotted #8c96a3; }
.contents .entry-page { font-style: normal; font-weight: 600; min-width: 1.5em; text-align: right; }
.contents li > a:hover .entry-heading { text-decoration: underline; }
.summary p { margin: 0 0 0.8em; text-align: justify; text-indent: 1.5em; }

/* Country sections */
.country-header { margin: 0 0 6mm; padding-bottom: 2.5mm; border-bottom: 2pt solid var(--accent); }
.country-kicker {
  margin: 0 0 0.2em;
  font: 8.5pt var(--sans-stack);
  letter-spacing: 0.12em;
  text-transform: uppercase;
  color: var(--muted);
}
.country-code {
  display: inline-block;
  margin-right: 0.6em;
  padding: 0 0.45em;
  background: var(--accent);
  color: #fff;
  font-weight: 700;
  letter-spacing: 0.08em;
}
.country-heading {
  margin: 0;
  font: 700 17pt/1.2 var(--sans-stack);
  letter-spacing: 0.06em;
  color: var(--accent);
}

/* Articles */
.article { margin: 0 0 6mm; padding: 0 0 4mm; border-bottom: 0.6pt solid var(--rule); }
.article:last-child { border-bottom: none; }
.headline {
  margin: 0 0 0.55em;
  font: 700 11.5pt/1.3 var(--sans-stack);
  letter-spacing: 0.02em;
  color: var(--accent);
  break-after: avoid;
}
.date { margin: -0.2em 0 0.6em; font: 600 9pt var(--sans-stack); color: var(--muted); break-after: avoid; }
.article p, .article li { orphans: 3; widows: 3; }
.article > p:not([class]) { margin: 0 0 0.5em; text-align: justify; text-indent: 1.5em; }
.article ul { margin: 0 0 0.6em; padding-left: 1.6em; list-style: none; }
.article li { margin: 0 0 0.3em; text-align: justify; }
/* The bullet is text, not a drawn disc, so that a PDF's text (copied, or read back) keeps it. */
.article li::before { content: "•"; display: inline-block; width: 1em; margin-left: -1em; }
blockquote {
  margin: 0.2em 0 0.6em 1.2em;
  padding: 0.3em 0 0.3em 1em;
  border-left: 2.5pt solid var(--accent);
  background: var(--accent-soft);
  break-inside: avoid;
}
blockquote p { margin: 0 1em 0.25em 0; font-style: italic; }
blockquote p::before { content: "\201C"; }
blockquote p::after { content: "\201D"; }
/* Russian quotations in guillemets, as Russian prints them. */
:lang(ru) blockquote p::before { content: "\00AB"; }
:lang(ru) blockquote p::after { content: "\00BB"; }
blockquote footer { font: 9pt var(--sans-stack); color: var(--muted); }
blockquote cite { font-style: normal; font-weight: 700; color: var(--ink); }
.sources, .meta { margin: 0.5em 0 0; font: 8.5pt/1.4 var(--sans-stack); overflow-wrap: anywhere; hyphens: none; }
.sources .label, .meta .label { font-weight: 700; color: var(--muted); }
.meta { color: var(--muted); }
.sources, .meta, table.stats { break-before: avoid; }
.meta { break-inside: avoid; }
.sep { color: #9aa4b0; }
.event-kind {
  display: inline-block;
  padding: 0 0.4em;
  border: 0.5pt solid var(--rule);
  border-radius: 0.6em;
  color: var(--ink);
  white-space: nowrap;
}
.url { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }

/* Statistics */
table.stats {
  width: 100%;
  margin: 0.9em 0 0;
  border-collapse: collapse;
  font: 8.5pt/1.35 var(--sans-stack);
  hyphens: none;
}
table.stats caption {
  caption-side: top;
  text-align: left;
  padding: 0 0 0.3em;
  font-weight: 700;
  font-size: 8pt;
  letter-spacing: 0.1em;
  text-transform: uppercase;
  color: var(--muted);
}
table.stats th {
  padding: 0.3em 0.6em;
  text-align: left;
  font-weight: 700;
  color: var(--accent);
  background: var(--accent-soft);
  border-top: 1pt solid var(--accent);
  border-bottom: 0.6pt solid var(--accent);
}
table.stats td { padding: 0.25em 0.6em; border-bottom: 0.4pt solid #e1e6ec; vertical-align: top; }
table.stats tr { break-inside: avoid; }
table.stats.short { break-inside: avoid; }
table.stats tr.part { break-before: avoid; }
table.stats tbody tr:last-child td { border-bottom: 1pt solid var(--accent); }
table.stats .figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
table.stats td.figure { font-weight: 600; }
table.stats .qualifier { font-weight: 400; color: var(--muted); }
table.stats .context { color: var(--muted); width: 30%; }
table.stats tr.part td { color: #3d4651; }
table.stats .of-which { font-style: italic; color: var(--muted); }
table.stats .substance { color: var(--muted); }
table.stats .depth-1 { padding-left: 1.8em; }
table.stats .depth-2 { padding-left: 3em; }
table.stats .depth-3 { padding-left: 4.2em; }
table.stats .depth-4 { padding-left: 5.4em; }

@media screen and (max-width: 800px) {
  .document > section { padding: 8mm 6mm; }
  .masthead { flex-wrap: wrap; }
}

@media print {
  body { background: none; font-size: 10pt; line-height: 1.45; }
  .masthead { display: none; }
  .document { max-width: none; margin: 0; box-shadow: none; }
  .document > section { padding: 0; }
  .document > section + section { border-top: none; }
  .cover { page: cover; min-height: 0; height: 255mm; break-after: page; }
  .front { break-before: page; }
  .country { break-before: page; }
  a { color: inherit; text-decoration: none; }
  .sources a { color: var(--accent); }
}
"#;
