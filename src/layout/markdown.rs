//! Markdown in the release's own layout.

use std::fmt::Write as _;

use super::comment::Extras;
use super::escape::escape as e;
use crate::assemble::lexicon::{Lexicon, lexicon};
use crate::assemble::role_then_name;
use crate::wording::{Language, summary_sentence};
use crate::{Article, Block, Format, PostalAddress, Release, Speaker};

/// The words of the layout the writer prints, in one language, beside the reader's
/// `Lexicon` (the title and contents heading are its own).
struct Words {
    address: &'static str,
    tel: &'static str,
    fax: &'static str,
    /// Before the release number: `#16`, `№16`.
    number: &'static str,
    /// Between the place and the year: `Almaty - 2025`, `Алматы – 2025`.
    dash: &'static str,
    language: Language,
}

const ENGLISH: Words = Words {
    address: "EDITORIAL ADDRESS",
    tel: "tel.",
    fax: "fax",
    number: "#",
    dash: "-",
    language: Language::English,
};

const RUSSIAN: Words = Words {
    address: "АДРЕС РЕДАКЦИИ",
    tel: "тел.",
    fax: "факс",
    number: "№",
    dash: "–",
    language: Language::Russian,
};

impl Words {
    /// The reader's words of the same language: the title and the contents heading.
    fn lexicon(&self) -> &'static Lexicon {
        lexicon(self.language)
    }

    /// The words of the release's language.
    fn of(r: &Release) -> &'static Words {
        match Language::of_tag(&r.language) {
            Language::Russian => &RUSSIAN,
            _ => &ENGLISH,
        }
    }

    fn circulation(&self, format: Format) -> String {
        match (self.language, format) {
            (Language::Russian, Format::Print) => "Распространяется в печатном виде".to_owned(),
            (Language::Russian, _) => format!("Распространяется в формате {format}"),
            _ => format!("Circulation in {format} format"),
        }
    }

    /// The address in the release's order (as `PostalAddress` displays it), with the
    /// country's official name in the release's language.
    fn address(&self, a: &PostalAddress) -> String {
        let country = (self.lexicon().official_name)(&a.country);
        format!("{country}, {}, {}, {}", a.postal_code, a.city, a.street)
    }

    /// `«…» said NAME, ROLE.`; in Russian `«…», – сказал ROLE NAME.` where the reader gives
    /// the same speaker back, else `«…», – сказал NAME, ROLE.`
    fn quote(&self, text: &str, s: &Speaker) -> String {
        let (text, name) = (e(text), e(&s.name));
        match (self.language, &s.role) {
            (Language::Russian, Some(role))
                if role_then_name(&format!("{role} {}", s.name)) == *s =>
            {
                format!("«{text}», – сказал {} {name}.", e(role))
            }
            (Language::Russian, Some(role)) => format!("«{text}», – сказал {name}, {}.", e(role)),
            (Language::Russian, None) => format!("«{text}», – сказал {name}."),
            (_, Some(role)) => format!("«{text}» said {name}, {}.", e(role)),
            (_, None) => format!("«{text}» said {name}."),
        }
    }
}

/// The release in the layout of the real document: cover, editorial block, CONTENTS with
/// pages, the summary sentence generated from the summary's counts, the topics, country
/// sections, articles with their sources, and the closing publisher block.
///
/// A Russian release (its `language` is `ru`) is written in the Russian layout and words:
/// «ИНФОРМАЦИОННЫЙ РЕЛИЗ», «№16», «АДРЕС РЕДАКЦИИ», «СОДЕРЖАНИЕ», the Russian summary
/// sentence, «…», – сказал ROLE NAME.
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
    let words = Words::of(r);
    cover(&mut out, r, words);
    editorial(&mut out, r, words);
    let _ = writeln!(out, "## {}\n", words.lexicon().contents);
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
            self::article(&mut out, article, words);
        }
    }
    closing(&mut out, r, words);
    out
}

fn cover(out: &mut String, r: &Release, words: &Words) {
    let _ = writeln!(out, "# {}\n", words.lexicon().title_start);
    // "Information Release about past events …": the words after the first two, in capitals.
    let rest: Vec<&str> = r.title.split_whitespace().skip(2).collect();
    if !rest.is_empty() {
        let _ = writeln!(out, "{}  ", e(&rest.join(" ").to_uppercase()));
    }
    let _ = writeln!(out, "({})  ", e(&r.subtitle));
    let _ = writeln!(out, "{}\n", r.period);
    let _ = writeln!(out, "{}{}\n", words.number, r.number);
    let _ = writeln!(out, "{} {} {}\n", e(&r.place), words.dash, r.year);
}

fn editorial(out: &mut String, r: &Release, words: &Words) {
    let p = &r.publisher;
    let _ = writeln!(out, "# {} {}\n", words.lexicon().title_start, e(&p.acronym));
    let _ = writeln!(out, "{}\n", e(&p.name));
    let _ = writeln!(out, "**{}:**\n", words.address);
    let _ = writeln!(out, "{}\n", e(&words.address(&p.address)));
    if !p.telephones.is_empty() {
        let numbers: Vec<&str> = p.telephones.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "{}: {}\n", words.tel, e(&numbers.join(", ")));
    }
    if let Some(fax) = &p.fax {
        let _ = writeln!(out, "{}: {}\n", words.fax, e(fax.as_str()));
    }
    let (email, website) = (e(p.email.as_str()), e(p.website.as_str()));
    let _ = match words.language {
        Language::Russian => writeln!(out, "e-mail: {email} сайт: {website}\n"),
        _ => writeln!(out, "{email} {website}\n"),
    };
    let _ = writeln!(
        out,
        "«{}», {}{}, {}\n",
        e(&r.title),
        words.number,
        r.number,
        r.year
    );
    let _ = writeln!(out, "{}\n", e(&words.circulation(r.format)));
}

fn article(out: &mut String, a: &Article, words: &Words) {
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
                let _ = writeln!(out, "{}\n", words.quote(text, s));
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

fn closing(out: &mut String, r: &Release, words: &Words) {
    let p = &r.publisher;
    let _ = writeln!(out, "{}\n", e(&p.name));
    let _ = write!(out, "{}", e(&words.address(&p.address)));
    if !p.telephones.is_empty() {
        let numbers: Vec<&str> = p.telephones.iter().map(|t| t.as_str()).collect();
        let _ = write!(out, "  \n{}: {}", words.tel, e(&numbers.join(", ")));
    }
    if let Some(fax) = &p.fax {
        let _ = write!(out, "  \n{}: {}", words.fax, e(fax.as_str()));
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
