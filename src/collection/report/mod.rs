//! The archive report: one standalone HTML page for people, with charts drawn as inline SVG
//! and the numbers of every chart in a table beside it.

mod labels;
mod sections;
mod svg;

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;
use crate::model::Decimal;

use super::Archive;
use labels::Labels;
use svg::Markup;

/// The language of the report's words (headings, axis labels, notes, the names of
/// countries, substances and drug groups) and of its numbers (English `26 951.882`, Russian
/// «26 951,882»): English or Russian, each a table of the same labels.
///
/// Its text form is the language's code: `en`, `ru`.
///
/// ```
/// use caricc_release::collection::ReportLanguage;
///
/// assert_eq!("en".parse::<ReportLanguage>()?, ReportLanguage::English);
/// assert_eq!("ru".parse::<ReportLanguage>()?, ReportLanguage::Russian);
/// assert_eq!(ReportLanguage::Russian.to_string(), "ru");
/// assert!("xx".parse::<ReportLanguage>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ReportLanguage {
    /// English (`en`), the default.
    #[default]
    English,
    /// Russian (`ru`).
    Russian,
}

impl ReportLanguage {
    /// Every language the report speaks.
    pub const ALL: &'static [ReportLanguage] = &[ReportLanguage::English, ReportLanguage::Russian];

    /// The language's code (BCP 47): `en`, `ru`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ReportLanguage::English => "en",
            ReportLanguage::Russian => "ru",
        }
    }

    /// The report language of a release's language tag (`ru`, `ru-KZ` → Russian; `en`,
    /// `en-GB` → English); `None` for a language the report does not speak.
    ///
    /// ```
    /// use caricc_release::collection::ReportLanguage;
    ///
    /// assert_eq!(ReportLanguage::of_tag("ru-KZ"), Some(ReportLanguage::Russian));
    /// assert_eq!(ReportLanguage::of_tag("en"), Some(ReportLanguage::English));
    /// assert_eq!(ReportLanguage::of_tag("kk"), None);
    /// ```
    pub fn of_tag(tag: &str) -> Option<ReportLanguage> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        ReportLanguage::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
    }
}

impl fmt::Display for ReportLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for ReportLanguage {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ReportLanguage::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParseError::new("report language", s, "expected en or ru"))
    }
}

/// How [`Archive::report`] writes the page: its title and the language of its labels.
///
/// ```
/// use caricc_release::collection::{ReportLanguage, ReportOptions};
///
/// let options = ReportOptions::new().title("Seizures in Central Asia, 2025");
/// assert_eq!(options.title.as_deref(), Some("Seizures in Central Asia, 2025"));
/// assert_eq!(options.language, ReportLanguage::English);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ReportOptions {
    /// The page's title and main heading; `None` for the language's default
    /// ("CARICC Information Releases: archive report").
    pub title: Option<String>,
    /// The language of the labels.
    pub language: ReportLanguage,
}

impl ReportOptions {
    /// The defaults: the default title, in English.
    pub fn new() -> ReportOptions {
        ReportOptions::default()
    }

    /// Sets the title.
    pub fn title(mut self, title: impl Into<String>) -> ReportOptions {
        self.title = Some(title.into());
        self
    }

    /// Sets the language of the labels.
    pub fn language(mut self, language: ReportLanguage) -> ReportOptions {
        self.language = language;
        self
    }
}

impl Archive {
    /// The archive as one standalone HTML5 page for people: no script, no image or font to
    /// fetch, no network; inline styles for the screen and for A4 print (charts are not
    /// split across pages and read in black and white: every fill has a pattern too).
    ///
    /// The page holds, in this order:
    ///
    /// - **At a glance**: the releases covered (how many, first and last), the period they
    ///   span, the countries, the events, the quantities of drugs reported, the kilograms
    ///   seized and the largest seizure;
    /// - **Kilograms seized per drug group and country** across the releases (only the
    ///   [seizure rows](Archive::seizures) that count in the totals; masses only);
    /// - **Events per country per release**: small multiples, one panel per country, one bar
    ///   per release (releases in the order of their ids);
    /// - **The largest seizures**: the ten largest quantities by mass, with the amount as
    ///   written, the headline and a link to the source;
    /// - the releases, one row each (source, period, events, statistics), and notes on the
    ///   method.
    ///
    /// Each chart is an inline `<svg role="img">` named by its `<title>` and `<desc>`
    /// (`aria-labelledby`), under a visible heading, with axis labels and value labels, and
    /// its numbers in an HTML table beside it: exact decimals there, rounded ones on the
    /// bars. When the largest value is a thousand times the smallest or more, the value axis
    /// is logarithmic, and says so. Long names are cut with an ellipsis in the charts (whole
    /// in the tables); with many releases the release axis turns and thins its labels.
    /// Every text is escaped; only `http` and `https` sources are links. The output depends
    /// on the archive and the options only.
    ///
    /// ```
    /// use caricc_release::collection::{Archive, ReportOptions};
    /// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
    ///
    /// let hashish = StatisticBuilder::new("hashish").value("3.412").unit("kg").substance("cannabis_resin");
    /// let release = ReleaseBuilder::caricc().number(16).year(2025)
    ///     .section(SectionBuilder::new("KZ").page(2)
    ///         .article(ArticleBuilder::new("HASHISH <FOUND> & SEIZED").statistic(hashish)))
    ///     .build()?;
    /// let archive = Archive::from_releases([("release-2025-16.json", &release)]);
    ///
    /// let page = archive.report(&ReportOptions::new().title("Kazakhstan, August 2025"));
    /// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    /// assert!(page.contains("<h1>Kazakhstan, August 2025</h1>"));
    /// assert!(page.contains("<title id=\"kilograms-title\">Kilograms seized per drug group and country</title>"));
    /// assert!(page.contains("HASHISH &lt;FOUND&gt; &amp; SEIZED"));
    /// assert!(page.contains("<data value=\"3.412\">3.412</data>"));
    /// assert!(!page.contains("<script"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report(&self, options: &ReportOptions) -> String {
        let labels = Labels::of(options.language);
        let title = options.title.as_deref().unwrap_or(labels.default_title);
        let mut page = Markup(String::with_capacity(64 * 1024));
        page.raw("<!DOCTYPE html>\n<html lang=\"");
        page.raw(labels.lang);
        page.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.raw("<meta name=\"color-scheme\" content=\"light\">\n");
        page.raw("<meta name=\"generator\" content=\"caricc-release\">\n<title>");
        page.text(title);
        page.raw("</title>\n<style>\n");
        page.raw(STYLE);
        page.raw("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>");
        page.text(title);
        page.raw("</h1>\n<p class=\"lede\">");
        page.text(labels.generated_by);
        page.raw("</p>\n</header>\n");
        if self.is_empty() {
            page.raw("<p class=\"empty\">");
            page.text(labels.no_releases);
            page.raw("</p>\n");
        } else {
            summary(&mut page, self, labels);
            sections::kilograms(&mut page, self, labels);
            sections::events(&mut page, self, labels);
            sections::largest(&mut page, self, labels);
            releases(&mut page, self, labels);
        }
        page.raw("</main>\n</body>\n</html>\n");
        page.0
    }
}

/// An exact decimal for a table cell: grouped by thousands, its digits in `<data>`.
fn number(page: &mut Markup, labels: &Labels, value: &Decimal) {
    crate::render::data_into(&mut page.0, value, &labels.number(value));
}

/// `a + b`, or `a` should the sum not fit (no total in a report comes near).
fn add(a: Decimal, b: &Decimal) -> Decimal {
    a.checked_add(b).unwrap_or(a).normalized()
}

/// A row of a definition list.
fn fact(page: &mut Markup, term: &str, value: &str) {
    page.raw("<dt>");
    page.text(term);
    page.raw("</dt><dd>");
    page.text(value);
    page.raw("</dd>\n");
}

/// "At a glance": what the archive covers, in a few numbers.
fn summary(page: &mut Markup, archive: &Archive, labels: &Labels) {
    let releases = archive.releases();
    let mut ids: Vec<_> = releases.iter().map(|r| r.release).collect();
    ids.sort_unstable();
    let start = releases.iter().map(|r| r.period.start).min();
    let end = releases.iter().map(|r| r.period.end).max();
    page.raw("<section id=\"summary\">\n<h2>");
    page.text(labels.summary);
    page.raw("</h2>\n<dl class=\"facts\">\n");
    let covered = match (ids.first(), ids.last()) {
        (Some(first), Some(last)) if first != last => {
            let (first, last) = (labels.id(first), labels.id(last));
            format!("{} ({first} – {last})", releases.len())
        }
        (Some(only), _) => format!("{} ({})", releases.len(), labels.id(only)),
        _ => "0".to_owned(),
    };
    fact(page, labels.releases_covered, &covered);
    if let (Some(start), Some(end)) = (start, end) {
        let span = format!("{} – {}", start.format("%d.%m.%Y"), end.format("%d.%m.%Y"));
        fact(page, labels.period_span, &span);
    }
    let totals = archive.country_totals();
    let names: Vec<&str> = totals
        .iter()
        .map(|t| (labels.country_name)(t.country))
        .collect();
    let countries = format!("{} ({})", names.len(), names.join(", "));
    fact(page, labels.countries, &countries);
    fact(page, labels.events, &archive.total_events().to_string());
    fact(
        page,
        labels.quantities,
        &archive.seizures().len().to_string(),
    );
    let counted = archive.seizures().iter().filter(|r| r.in_totals);
    let (kilograms, approximate) =
        counted.fold((Decimal::ZERO, false), |(sum, approx), r| {
            match &r.kilograms {
                Some(kg) => (
                    add(sum, kg),
                    approx || !r.qualifier.is_exact() || r.range_end.is_some(),
                ),
                None => (sum, approx),
            }
        });
    let star = if approximate { " *" } else { "" };
    fact(
        page,
        labels.kilograms_total,
        &format!("{}{star}", labels.number(&kilograms)),
    );
    if let Some(top) = sections::largest_rows(archive).first() {
        let text = format!(
            "{}, {}: {} ({})",
            (labels.country_name)(top.country),
            (labels.substances)(top.substance),
            sections::amount_as_written(top, labels),
            labels.id(&top.release)
        );
        fact(page, labels.largest, &text);
    }
    page.raw("</dl>\n");
    if approximate {
        note(page, labels.approximate_note);
    }
    page.raw("</section>\n");
}

/// A note under a chart or a table.
fn note(page: &mut Markup, text: &str) {
    page.raw("<p class=\"note\">");
    page.text(text);
    page.raw("</p>\n");
}

/// A table's head: one `<th>` per column, `numeric` ones aligned right.
fn table_head(page: &mut Markup, caption: &str, columns: &[&str], numeric: &[usize]) {
    page.raw("<div class=\"table-wrap\">\n<table>\n<caption>");
    page.text(caption);
    page.raw("</caption>\n<thead><tr>");
    for (i, column) in columns.iter().enumerate() {
        page.raw(if numeric.contains(&i) {
            "<th scope=\"col\" class=\"num\">"
        } else {
            "<th scope=\"col\">"
        });
        page.text(column);
        page.raw("</th>");
    }
    page.raw("</tr></thead>\n<tbody>\n");
}

/// A text cell.
fn cell(page: &mut Markup, text: &str) {
    page.raw("<td>");
    page.text(text);
    page.raw("</td>");
}

/// A number cell.
fn number_cell(page: &mut Markup, labels: &Labels, value: &Decimal) {
    page.raw("<td class=\"num\">");
    number(page, labels, value);
    page.raw("</td>");
}

/// The releases, one row each, and the notes on the method.
fn releases(page: &mut Markup, archive: &Archive, labels: &Labels) {
    page.raw("<section id=\"releases\">\n<h2>");
    page.text(labels.releases);
    page.raw("</h2>\n");
    let columns = [
        labels.release,
        labels.period,
        labels.events,
        labels.statistics,
        labels.source,
    ];
    table_head(page, labels.releases, &columns, &[2, 3]);
    for row in archive.releases() {
        page.raw("<tr>");
        cell(page, &labels.id(&row.release));
        cell(page, &row.period.to_string());
        number_cell(page, labels, &Decimal::from(row.events));
        number_cell(page, labels, &Decimal::from(row.statistics));
        cell(page, &row.source);
        page.raw("</tr>\n");
    }
    page.raw("</tbody>\n</table>\n</div>\n");
    note(page, labels.method_note);
    page.raw("</section>\n");
}

/// The page's styles: screen first, then print (A4; charts kept whole; patterns and
/// colours printed as they are).
const STYLE: &str = "\
:root { color-scheme: light; --ink: #1b2430; --muted: #4a5868; --rule: #c8d0d8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, \"Segoe UI\", \"DejaVu Sans\", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
.lede, .note, .empty { color: var(--muted); font-size: .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.figure { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem 1.5rem; align-items: start; }
.figure.wide { grid-template-columns: minmax(0, 1fr); }
.figure.wide > figure { max-width: 860px; }
@media (max-width: 900px) { .figure { grid-template-columns: minmax(0, 1fr); } }
figure { margin: 0; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { font-family: system-ui, \"Segoe UI\", \"DejaVu Sans\", Arial, sans-serif; font-size: 12px; fill: #1b2430; }
svg.chart .tick, svg.chart .value { font-size: 10px; }
svg.chart .tick { fill: #4a5868; }
svg.chart .legend { font-size: 11px; }
svg.chart .axis-label { font-size: 11px; font-style: italic; }
svg.chart .panel { font-weight: 600; }
svg.chart .grid { stroke: #d5dbe1; stroke-width: .6; }
svg.chart .axis { stroke: #1b2430; stroke-width: 1; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; break-after: avoid; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { background: #eef1f4; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td, tfoot th { font-weight: 600; border-top: 1.5px solid var(--ink); }
a { color: #0b5394; overflow-wrap: break-word; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .figure { display: block; }
  figure { break-inside: avoid; page-break-inside: avoid; margin-bottom: 4mm; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  th { background: none; border-bottom: 1.5px solid #000; }
  a { color: inherit; text-decoration: none; }
}
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_styles_print_without_splitting_charts() {
        assert!(STYLE.contains("@media print"));
        assert!(STYLE.contains("figure { break-inside: avoid;"));
        assert!(!STYLE.contains("url("), "no external resource");
    }

    #[test]
    fn every_language_has_labels() {
        for &language in ReportLanguage::ALL {
            let labels = Labels::of(language);
            assert_eq!(labels.lang, language.as_str());
            assert!(!labels.default_title.is_empty() && !labels.no_data.is_empty());
        }
    }
}
