//! Markdown in the release's own layout.

use std::fmt::Write as _;

use super::comment::Extras;
use super::escape::escape as e;
use crate::wording::summary_sentence;
use crate::{Article, Block, Release};

/// The release in the layout of the real document: cover, editorial block, CONTENTS with
/// pages, the summary sentence generated from the summary's counts, the topics, country
/// sections, articles with their sources, and the closing publisher block.
///
/// No text of the release becomes markup: `&`, `<`, `>`, `[` and `]` are written as the
/// character references `&amp;`, `&lt;`, `&gt;`, `&#91;` and `&#93;`, which a Markdown viewer
/// shows as the characters (so a headline `<img src=x onerror=alert(1)>` is shown, not
/// rendered), and [`crate::layout::parse`] reads them back. Sources are written as autolinks
/// `<https://…>`, as the URL gives them.
///
/// What the printed layout has no place for (an article's date, places, organisations,
/// topics and typed statistics) follows each article's sources in an HTML comment (written
/// even when empty, so that the reader guesses nothing),
/// `<!-- caricc {…} -->`, invisible when the Markdown is shown; [`crate::layout::parse`] reads
/// it back, so `layout::parse(&markdown(r))` gives back `r` for a valid release whose texts the
/// layout can carry (no leading or trailing spaces or line breaks inside a text, paragraphs
/// that end a sentence).
///
/// ```
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let md = caricc_release::layout::markdown(&release);
/// assert!(md.starts_with("# INFORMATION RELEASE\n"));
/// assert!(md.contains("<i>KYRGYZ PEPUBLIC</i> .....\t8"));
/// assert_eq!(caricc_release::layout::parse(&md)?.release, release);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn markdown(r: &Release) -> String {
    let mut out = String::with_capacity(32 * 1024);
    cover(&mut out, r);
    editorial(&mut out, r);
    out.push_str("## CONTENTS\n\n");
    for entry in &r.contents {
        let _ = writeln!(out, "<i>{}</i> .....\t{}", e(&entry.heading), entry.page);
    }
    out.push('\n');
    // The counts in italics, as the release prints them: "(*Azerbaijan – 7, …*)."
    let sentence = summary_sentence(r);
    let sentence = match (sentence.rfind('('), sentence.strip_suffix(").")) {
        (Some(open), Some(body)) if open < body.len() => {
            format!("{}(*{}*).", &body[..open], &body[open + 1..])
        }
        _ => sentence,
    };
    let _ = writeln!(out, "{}\n", e(&sentence));
    if let Some(topics) = &r.summary.topics {
        for paragraph in topics.split('\n') {
            // A star would read as the summary's italics.
            let _ = writeln!(out, "{}\n", literal(&e(paragraph).replace('*', "\\*")));
        }
    }
    for section in &r.sections {
        let _ = writeln!(out, "## {}\n", e(&section.heading));
        for article in &section.articles {
            self::article(&mut out, article);
        }
    }
    closing(&mut out, r);
    out
}

fn cover(out: &mut String, r: &Release) {
    out.push_str("# INFORMATION RELEASE\n\n");
    // "Information Release about past events …": the words after the first two, in capitals.
    let rest: Vec<&str> = r.title.split_whitespace().skip(2).collect();
    if !rest.is_empty() {
        let _ = writeln!(out, "{}  ", e(&rest.join(" ").to_uppercase()));
    }
    let _ = writeln!(out, "({})  ", e(&r.subtitle));
    let _ = writeln!(out, "{}\n", r.period);
    let _ = writeln!(out, "#{}\n", r.number);
    let _ = writeln!(out, "{} - {}\n", e(&r.place), r.year);
}

fn editorial(out: &mut String, r: &Release) {
    let p = &r.publisher;
    let _ = writeln!(out, "# INFORMATION RELEASE {}\n", e(&p.acronym));
    let _ = writeln!(out, "{}\n", e(&p.name));
    out.push_str("**EDITORIAL ADDRESS:**\n\n");
    let _ = writeln!(out, "{}\n", e(&p.address.to_string()));
    if !p.telephones.is_empty() {
        let numbers: Vec<&str> = p.telephones.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "tel.: {}\n", e(&numbers.join(", ")));
    }
    if let Some(fax) = &p.fax {
        let _ = writeln!(out, "fax: {}\n", e(fax.as_str()));
    }
    let _ = writeln!(out, "{} {}\n", e(p.email.as_str()), e(p.website.as_str()));
    let _ = writeln!(out, "«{}», #{}, {}\n", e(&r.title), r.number, r.year);
    let _ = writeln!(out, "Circulation in {} format\n", e(&r.format.to_string()));
}

fn article(out: &mut String, a: &Article) {
    let _ = writeln!(out, "### {}\n", e(&a.headline));
    for block in &a.body {
        match block {
            Block::Paragraph { text } => {
                let _ = writeln!(out, "{}\n", literal(&e(text)));
            }
            Block::Bullets { items } => {
                for item in items {
                    let _ = writeln!(out, "- {}", e(item));
                }
                out.push('\n');
            }
            Block::Quote {
                text,
                speaker: Some(s),
            } => {
                let (text, name) = (e(text), e(&s.name));
                let _ = match &s.role {
                    Some(role) => writeln!(out, "«{text}» said {name}, {}.\n", e(role)),
                    None => writeln!(out, "«{text}» said {name}.\n"),
                };
            }
            Block::Quote {
                text,
                speaker: None,
            } => {
                let _ = writeln!(out, "> {}\n", e(text));
            }
        }
    }
    for source in &a.sources {
        let _ = writeln!(out, "<{source}>\n");
    }
    // Written even when empty: it tells the reader that nothing is to be guessed.
    if let Some(comment) = Extras::of(a).to_comment() {
        let _ = writeln!(out, "{comment}\n");
    }
}

fn closing(out: &mut String, r: &Release) {
    let p = &r.publisher;
    let _ = writeln!(out, "{}\n", e(&p.name));
    let _ = write!(out, "{}", e(&p.address.to_string()));
    if !p.telephones.is_empty() {
        let numbers: Vec<&str> = p.telephones.iter().map(|t| t.as_str()).collect();
        let _ = write!(out, "  \ntel.: {}", e(&numbers.join(", ")));
    }
    if let Some(fax) = &p.fax {
        let _ = write!(out, "  \nfax: {}", e(fax.as_str()));
    }
    out.push('\n');
}

/// A paragraph whose first characters would read as markup (`#`, `- `, `**`, a bare URL) is
/// escaped with a backslash, as Markdown does; `<` and `>` are character references by then.
fn literal(text: &str) -> String {
    let markup = [
        "#", "- ", "* ", "• ", "– ", "**", "<", ">", "http://", "https://", "www.", "\\", "Source:",
    ];
    if markup.iter().any(|m| text.starts_with(m)) {
        format!("\\{text}")
    } else {
        text.to_owned()
    }
}
