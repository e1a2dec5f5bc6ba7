//! The office-document producer of the PDF fixtures: a release as a Flat ODT (`.fodt`, one
//! XML file), laid out as CARICC's releases are typed in an office suite, for LibreOffice to
//! convert to PDF (`tests/pdf_fixtures.rs`, `tools/make-pdf-fixtures.sh`).
//!
//! The layout: A4, Liberation Serif (metric-compatible with Times New Roman) 12 pt;
//!
//! - a cover page without header or footer: "INFORMATION RELEASE" bold and large, the rest
//!   of the series title upper-cased, the subtitle in parentheses, the period
//!   ("16-31.08.2025"), the number ("#16") and place and year ("Almaty - 2025");
//! - page 1 (numbering restarts after the cover): the editorial block (title and acronym,
//!   publisher, "EDITORIAL ADDRESS:", address, tel., fax, e-mail and website, the «title»
//!   line, "Circulation in PDF format"), CONTENTS with italic headings, a dot-leader tab stop
//!   and the page numbers of the release's own `contents`, the summary sentence and topics
//!   (country names in parentheses in italics);
//! - each country section on a new page under a bold centred heading; each article's bold
//!   headline, justified paragraphs, bulleted lists, quotations as the text layout types them
//!   («…» said Name, role. — or an indented italic «…» without a speaker) and sources as
//!   hyperlinks;
//! - every page but the cover: a running header ("CARICC Information Release #16/2025") and
//!   the page number centred in the footer.
//!
//! Dates, places, organisations, topics and statistics are not printed: the printed release
//! has no place for them (the text layout keeps them in a comment).
//!
//! A Russian release (`language` `ru`) is typed in Russian: its words come from [`RUSSIAN`]
//! («АДРЕС РЕДАКЦИИ:», «СОДЕРЖАНИЕ», «№16», «Распространяется в формате PDF», quotations as
//! «…», – сказал Role Name.), the summary sentence is the Russian one and the document's
//! language is Russian, so that LibreOffice hyphenates and shapes it as Russian.

use caricc_release::{Article, Block, Country, CountrySection, Release};

/// The words the office document types around a release, in one language.
pub struct Words {
    /// Where the series title splits into its short title and the rest.
    title_split: &'static str,
    /// Where the rest of the title breaks on the cover ("ABOUT PAST EVENTS" / "IN THE …").
    cover_break: &'static str,
    number_sign: &'static str,
    editorial_address: &'static str,
    telephone: &'static str,
    fax: &'static str,
    circulation: (&'static str, &'static str),
    contents: &'static str,
    /// The document's language and country (`fo:language`, `fo:country`).
    language: (&'static str, &'static str),
    /// A quotation with its speaker: `(text, name, role)`.
    said: fn(&str, &str, Option<&str>) -> String,
    /// A country's names as the summary gives them.
    country_names: fn(Country) -> [&'static str; 2],
    /// A country's official name, as the address gives it.
    official_name: fn(Country) -> &'static str,
}

/// English words.
pub static ENGLISH: Words = Words {
    title_split: " about ",
    cover_break: " IN THE ",
    number_sign: "#",
    editorial_address: "EDITORIAL ADDRESS:",
    telephone: "tel.:",
    fax: "fax:",
    circulation: ("Circulation in", "format"),
    contents: "CONTENTS",
    language: ("en", "GB"),
    said: |text, name, role| match role {
        Some(role) => format!("«{text}» said {name}, {role}."),
        None => format!("«{text}» said {name}."),
    },
    country_names: |c| [c.common_name(), c.name()],
    official_name: |c| c.official_name(),
};

/// Russian words.
pub static RUSSIAN: Words = Words {
    title_split: " о ",
    cover_break: " В ",
    number_sign: "№",
    editorial_address: "АДРЕС РЕДАКЦИИ:",
    telephone: "тел.:",
    fax: "факс:",
    circulation: ("Распространяется в формате", ""),
    contents: "СОДЕРЖАНИЕ",
    language: ("ru", "RU"),
    said: |text, name, role| match role {
        Some(role) => format!("«{text}», – сказал {role} {name}."),
        None => format!("«{text}», – сказал {name}."),
    },
    country_names: |c| [c.russian_name(), c.russian_official_name()],
    official_name: |c| c.russian_official_name(),
};

/// The words of `release`'s language.
pub fn words(release: &Release) -> &'static Words {
    if release.language.is_russian() {
        &RUSSIAN
    } else {
        &ENGLISH
    }
}

/// The running header's start, which every page but the cover prints: "CARICC Information
/// Release #", «ЦАРИКЦ Информационный релиз №».
pub fn running_header_start(release: &Release) -> String {
    let words = words(release);
    format!(
        "{} {} {}",
        release.publisher.acronym,
        split_title(&release.title, words.title_split).0,
        words.number_sign
    )
}

/// The release as a Flat ODT document.
pub fn flat_odt(release: &Release) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(PROLOGUE);
    out.push_str("<office:meta><dc:title>");
    out.push_str(&escape(&format!("{} {}", release.title, release.id())));
    out.push_str("</dc:title><meta:generator>caricc-release tests/support/odt.rs</meta:generator>");
    out.push_str("</office:meta>\n");
    let (language, country) = words(release).language;
    out.push_str(
        &STYLES
            .replace("fo:language=\"en\"", &format!("fo:language=\"{language}\""))
            .replace("fo:country=\"GB\"", &format!("fo:country=\"{country}\"")),
    );
    out.push_str(&master_styles(release));
    out.push_str("<office:body>\n<office:text>\n");
    cover(&mut out, release);
    editorial(&mut out, release);
    contents(&mut out, release);
    summary(&mut out, release);
    for section in &release.sections {
        country_section(&mut out, section, words(release).said);
    }
    out.push_str("</office:text>\n</office:body>\n</office:document>\n");
    out
}

const PROLOGUE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
"#;

/// Fonts, paragraph and text styles, the bullet list style, page layouts and the automatic
/// paragraph styles that start the cover and restart the numbering.
const STYLES: &str = r##"<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
</style:style>
<style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
</style:style>
<style:style style:name="Cover_Title" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-top="1.5cm" fo:margin-bottom="0.6cm"/>
<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Cover_Text" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Cover_Number" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-top="1.5cm" fo:margin-bottom="6cm"/>
<style:text-properties fo:font-size="36pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Editorial_Title" style:family="paragraph" style:parent-style-name="Centred">
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Editorial" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-bottom="0.1cm"/>
<style:text-properties fo:font-size="11pt"/>
</style:style>
<style:style style:name="Contents_Heading" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Contents_Entry" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:margin-bottom="0.15cm">
<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
</style:paragraph-properties>
</style:style>
<style:style style:name="Country_Heading" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.5cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Headline" style:family="paragraph" style:parent-style-name="Centred">
<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body">
<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" fo:text-indent="0cm"/>
<style:text-properties fo:font-style="italic"/>
</style:style>
<style:style style:name="List_Item" style:family="paragraph" style:parent-style-name="Body">
<style:paragraph-properties fo:text-indent="0cm" fo:margin-bottom="0.1cm"/>
</style:style>
<style:style style:name="Source" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="10pt"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Centred">
<style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Centred">
<style:text-properties fo:font-size="10pt"/>
</style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Internet_link" style:family="text"><style:text-properties fo:color="#000080" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<text:list-style style:name="Bullets">
<text:list-level-style-bullet text:level="1" text:bullet-char="•">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5cm" fo:text-indent="-0.5cm" fo:margin-left="1.5cm"/>
</style:list-level-properties>
</text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P_Cover" style:family="paragraph" style:parent-style-name="Cover_Title" style:master-page-name="Cover">
<style:paragraph-properties fo:margin-top="5cm"/>
</style:style>
<style:style style:name="P_Editorial" style:family="paragraph" style:parent-style-name="Editorial_Title" style:master-page-name="Standard">
<style:paragraph-properties style:page-number="1"/>
</style:style>
<style:page-layout style:name="Layout_Cover">
<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
</style:page-layout>
<style:page-layout style:name="Layout_Standard">
<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.25cm" fo:margin-bottom="1.25cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
"##;

/// The cover page style, and the standard one with the running header and the page number.
fn master_styles(release: &Release) -> String {
    let words = words(release);
    let running = format!(
        "{} {} {}",
        release.publisher.acronym,
        split_title(&release.title, words.title_split).0,
        release.id()
    )
    .replacen('#', words.number_sign, 1);
    format!(
        "<office:master-styles>\n\
         <style:master-page style:name=\"Standard\" style:page-layout-name=\"Layout_Standard\">\
         <style:header><text:p text:style-name=\"Header\">{}</text:p></style:header>\
         <style:footer><text:p text:style-name=\"Footer\">\
         <text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>\
         </style:master-page>\n\
         <style:master-page style:name=\"Cover\" style:page-layout-name=\"Layout_Cover\" \
         style:next-style-name=\"Standard\"/>\n\
         </office:master-styles>\n",
        escape(&running)
    )
}

/// "Information Release about past events in the anti-drug sphere" → ("Information
/// Release", "about past events in the anti-drug sphere") where `split` is " about " (« о »
/// in Russian); a title without it stays whole.
fn split_title<'a>(title: &'a str, split: &str) -> (&'a str, &'a str) {
    let lower = title.to_lowercase();
    match lower.find(split).filter(|_| lower.len() == title.len()) {
        Some(i) if title.is_char_boundary(i) && title.is_char_boundary(i + 1) => {
            (title[..i].trim(), title[i + 1..].trim())
        }
        _ => (title.trim(), ""),
    }
}

/// One paragraph of escaped text in a paragraph style.
fn para(out: &mut String, style: &str, text: &str) {
    out.push_str(&format!("<text:p text:style-name=\"{style}\">"));
    out.push_str(&text_content(text));
    out.push_str("</text:p>\n");
}

fn cover(out: &mut String, release: &Release) {
    let words = words(release);
    let (short, rest) = split_title(&release.title, words.title_split);
    para(out, "P_Cover", &short.to_uppercase());
    if !rest.is_empty() {
        // "ABOUT PAST EVENTS" / "IN THE ANTI-DRUG SPHERE", as the cover breaks it.
        let rest = rest.to_uppercase();
        let lines = match rest.find(words.cover_break) {
            Some(i) => format!("{}\n{}", &rest[..i], &rest[i + 1..]),
            None => rest,
        };
        para(out, "Cover_Text", &lines);
    }
    if !release.subtitle.trim().is_empty() {
        para(out, "Cover_Text", &format!("({})", release.subtitle.trim()));
    }
    para(out, "Cover_Text", &release.period.to_string());
    para(
        out,
        "Cover_Number",
        &format!("{}{}", words.number_sign, release.number),
    );
    para(
        out,
        "Cover_Text",
        &format!("{} - {}", release.place, release.year),
    );
}

fn editorial(out: &mut String, release: &Release) {
    let p = &release.publisher;
    let words = words(release);
    let title = split_title(&release.title, words.title_split)
        .0
        .to_uppercase();
    para(out, "P_Editorial", &format!("{title} {}", p.acronym));
    para(out, "Editorial", &p.name);
    out.push_str("<text:p text:style-name=\"Editorial\"><text:span text:style-name=\"Bold\">");
    out.push_str(&text_content(words.editorial_address));
    out.push_str("</text:span></text:p>\n");
    let a = &p.address;
    let country = (words.official_name)(a.country);
    let address = format!("{country}, {}, {}, {}", a.postal_code, a.city, a.street);
    para(out, "Editorial", &address);
    let tels: Vec<&str> = p.telephones.iter().map(|t| t.as_str()).collect();
    if !tels.is_empty() {
        let tels = tels.join(", ");
        para(out, "Editorial", &format!("{} {tels}", words.telephone));
    }
    if let Some(fax) = &p.fax {
        para(out, "Editorial", &format!("{} {}", words.fax, fax.as_str()));
    }
    let site = p.website.as_str();
    let label = site
        .strip_prefix("https://")
        .or_else(|| site.strip_prefix("http://"))
        .unwrap_or(site)
        .trim_end_matches('/');
    out.push_str("<text:p text:style-name=\"Editorial\">");
    link(
        out,
        &format!("mailto:{}", p.email.as_str()),
        p.email.as_str(),
    );
    out.push(' ');
    link(out, site, label);
    out.push_str("</text:p>\n");
    para(
        out,
        "Editorial",
        &format!(
            "«{}», {}{}, {}",
            release.title, words.number_sign, release.number, release.year
        ),
    );
    let (before, after) = words.circulation;
    let circulation = format!("{before} {} {after}", release.format);
    para(out, "Editorial", circulation.trim());
}

/// A hyperlink: `href` in the attribute, `label` as its text.
fn link(out: &mut String, href: &str, label: &str) {
    out.push_str("<text:a xlink:type=\"simple\" xlink:href=\"");
    out.push_str(&escape(href));
    out.push_str("\" text:style-name=\"Internet_link\">");
    out.push_str(&text_content(label));
    out.push_str("</text:a>");
}

fn contents(out: &mut String, release: &Release) {
    para(out, "Contents_Heading", words(release).contents);
    for entry in &release.contents {
        out.push_str(
            "<text:p text:style-name=\"Contents_Entry\"><text:span text:style-name=\"Italic\">",
        );
        out.push_str(&text_content(&entry.heading));
        out.push_str(&format!("</text:span><text:tab/>{}</text:p>\n", entry.page));
    }
}

fn summary(out: &mut String, release: &Release) {
    let names: Vec<&str> = release
        .summary
        .events_by_country
        .iter()
        .map(|c| c.country)
        .chain(release.sections.iter().map(|s| s.country))
        .flat_map(words(release).country_names)
        .collect();
    let sentence = caricc_release::render::summary_sentence(release);
    let topics = release.summary.topics.as_deref().unwrap_or("").trim();
    for text in [sentence.as_str(), topics] {
        if !text.is_empty() {
            out.push_str("<text:p text:style-name=\"Body\">");
            emphasise_countries(out, text, &names);
            out.push_str("</text:p>\n");
        }
    }
}

/// Text in which a parenthesis that starts with a country's name ("(Azerbaijan – 7, …)",
/// "(Russia)") is set in italics, as the release prints it.
fn emphasise_countries(out: &mut String, text: &str, names: &[&str]) {
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let (before, from) = rest.split_at(open);
        out.push_str(&text_content(before));
        let inner = &from[1..];
        match inner.find(')') {
            Some(close) if names.iter().any(|n| inner.starts_with(n)) => {
                out.push_str("(<text:span text:style-name=\"Italic\">");
                out.push_str(&text_content(&inner[..close]));
                out.push_str("</text:span>)");
                rest = &inner[close + 1..];
            }
            _ => {
                out.push('(');
                rest = inner;
            }
        }
    }
    out.push_str(&text_content(rest));
}

/// How a quotation with its speaker is typed: `(text, name, role)`.
type Said = fn(&str, &str, Option<&str>) -> String;

fn country_section(out: &mut String, section: &CountrySection, said: Said) {
    para(out, "Country_Heading", &section.heading);
    for article in &section.articles {
        article_odt(out, article, said);
    }
}

fn article_odt(out: &mut String, article: &Article, said: Said) {
    para(out, "Headline", &article.headline);
    for block in &article.body {
        match block {
            Block::Paragraph { text, .. } => para(out, "Body", text),
            Block::Bullets { items, .. } => {
                out.push_str("<text:list text:style-name=\"Bullets\">\n");
                for item in items {
                    out.push_str("<text:list-item>");
                    para(out, "List_Item", item);
                    out.push_str("</text:list-item>\n");
                }
                out.push_str("</text:list>\n");
            }
            Block::Quote {
                text,
                speaker: Some(s),
                ..
            } => {
                let role = s.role.as_deref().filter(|r| !r.trim().is_empty());
                para(out, "Body", &said(text, &s.name, role));
            }
            Block::Quote {
                text,
                speaker: None,
                ..
            } => para(out, "Quote", &format!("«{text}»")),
            // Blocks are non-exhaustive: a kind this producer does not know is left out.
            _ => {}
        }
    }
    for source in &article.sources {
        out.push_str("<text:p text:style-name=\"Source\">");
        link(out, source.as_str(), source.as_str());
        out.push_str("</text:p>\n");
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values; characters XML 1.0
/// does not allow become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            '\t' | '\n' | '\r' => s.push(c),
            '\u{FFFE}' | '\u{FFFF}' => s.push('\u{FFFD}'),
            c if c.is_control() => s.push('\u{FFFD}'),
            c => s.push(c),
        }
    }
    s
}

/// The content of a paragraph: escaped text in which tabs, line breaks and runs of spaces
/// (which ODF collapses) are `<text:tab/>`, `<text:line-break/>` and `<text:s/>`.
pub fn text_content(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 16);
    let mut after_space = true;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\t' => s.push_str("<text:tab/>"),
            '\n' => s.push_str("<text:line-break/>"),
            ' ' if after_space => s.push_str("<text:s/>"),
            c => s.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
        after_space = matches!(c, ' ' | '\n');
    }
    s
}
