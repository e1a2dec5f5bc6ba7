//! What each printed line is, read front to back through the parts of a release: cover,
//! editorial block, CONTENTS, summary, then the country sections.

use super::PrintedLine;
use crate::assemble::blocks::{ends_sentence, is_upper_line, words_up_to};
use crate::assemble::countries::country_of;
use crate::assemble::lexicon::{
    LEXICONS, is_contents_heading, starts_with_ignore_case, title_lexicon,
};

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// "INFORMATION RELEASE…": the cover's or the editorial block's heading.
    Title,
    /// CONTENTS or a country's heading.
    Heading,
    /// A bold label ("EDITORIAL ADDRESS:").
    Bold,
    /// An article's headline, or its first line.
    Headline,
    /// A further line of a headline.
    HeadlineContinued,
    /// A source.
    Url,
    /// The rest of a source's address, wrapped onto this line.
    UrlContinued,
    /// A list item.
    Bullet,
    /// A contents line.
    Contents(Entry),
    /// Running text.
    Text,
    /// Not part of the release: what the crate's HTML adds, a wrapped link's rest.
    Skip,
}

/// A contents line's heading (the text up to `heading_end`) and page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry {
    pub(super) heading_end: usize,
    pub(super) page: u32,
}

/// The part of the release being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Cover,
    Editorial,
    Contents,
    Summary,
    Body,
    /// What follows an article's sources in the crate's HTML: its event kinds, places,
    /// organisations and topics, and the table of its figures.
    AfterSources,
}

/// The kind of every line.
pub(super) fn kinds(lines: &[PrintedLine]) -> Vec<Kind> {
    let mut kinds = vec![Kind::Text; lines.len()];
    let mut part = Part::Start;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let next = lines.get(i + 1);
        let badge = if part >= Part::Summary {
            badge_lines(line, next)
        } else {
            0
        };
        if badge > 0 {
            for kind in kinds.iter_mut().skip(i).take(badge) {
                *kind = Kind::Skip;
            }
            i += badge;
            continue;
        }
        let previous = i.checked_sub(1).map(|p| (&lines[p], kinds[p]));
        let (kind, now) = match part {
            Part::Start | Part::Cover | Part::Editorial => front(part, line),
            Part::Contents => contents(line, next),
            Part::Summary => summary(line),
            Part::Body | Part::AfterSources => body(part, line, previous),
        };
        kinds[i] = kind;
        part = now;
        if matches!(kind, Kind::Contents(_)) && !has_entry(&line.text) {
            // The page stood on a line of its own.
            if let Some(next) = kinds.get_mut(i + 1) {
                *next = Kind::Skip;
            }
            i += 1;
        }
        i += 1;
    }
    kinds
}

impl PartialOrd for Part {
    fn partial_cmp(&self, other: &Part) -> Option<std::cmp::Ordering> {
        Some((*self as u8).cmp(&(*other as u8)))
    }
}

/// The cover and the editorial block: titles, CONTENTS, a bold label; all else is text.
fn front(part: Part, line: &PrintedLine) -> (Kind, Part) {
    let text = &line.text;
    if title_lexicon(text).is_some() {
        let now = if part == Part::Start {
            Part::Cover
        } else {
            Part::Editorial
        };
        return (Kind::Title, now);
    }
    if is_contents_heading(text) {
        return (Kind::Heading, Part::Contents);
    }
    if part != Part::Start && is_country_heading(line) {
        return (Kind::Heading, Part::Body);
    }
    if LEXICONS
        .iter()
        .any(|l| starts_with_ignore_case(text, l.editorial_address))
    {
        return (Kind::Bold, part);
    }
    (Kind::Text, part)
}

/// CONTENTS lines, up to the first line that is none.
fn contents(line: &PrintedLine, next: Option<&PrintedLine>) -> (Kind, Part) {
    if let Some(entry) = contents_entry(&line.text) {
        return (Kind::Contents(entry), Part::Contents);
    }
    // `pdftotext` may print the page on a line of its own.
    let page = next.and_then(|n| page_number(&n.text));
    if let Some(page) = page.filter(|_| line.text.chars().any(char::is_alphabetic)) {
        let entry = Entry {
            heading_end: line.text.len(),
            page,
        };
        return (Kind::Contents(entry), Part::Contents);
    }
    summary(line)
}

/// The summary's paragraphs, up to the first country heading.
fn summary(line: &PrintedLine) -> (Kind, Part) {
    if is_country_heading(line) {
        return (Kind::Heading, Part::Body);
    }
    (Kind::Text, Part::Summary)
}

/// A country section's lines.
fn body(part: Part, line: &PrintedLine, previous: Option<(&PrintedLine, Kind)>) -> (Kind, Part) {
    let text = &line.text;
    if is_country_heading(line) {
        return (Kind::Heading, Part::Body);
    }
    if text.eq_ignore_ascii_case("FIGURES REPORTED")
        || ["Event kinds:", "Places:", "Organisations:", "Topics:"]
            .iter()
            .any(|label| text.starts_with(label))
    {
        return (Kind::Skip, Part::AfterSources);
    }
    if let Some((_, Kind::Headline | Kind::HeadlineContinued)) = previous {
        if is_date_line(text) {
            // The date the crate's HTML prints under a headline ("29 August", "18 August
            // 2025"): a detail like its places, which the release's text does not carry;
            // the assembler reads the article's date from its text, as for any printed
            // release. Left out.
            return (Kind::Skip, Part::Body);
        }
    }
    if is_headline(line) {
        let continued = previous.is_some_and(|(p, k)| {
            matches!(k, Kind::Headline | Kind::HeadlineContinued)
                && goes_on(p, line)
                && p.look.size == line.look.size
        });
        let kind = if continued {
            Kind::HeadlineContinued
        } else {
            Kind::Headline
        };
        return (kind, Part::Body);
    }
    if part == Part::AfterSources {
        return (Kind::Skip, Part::AfterSources);
    }
    if let Some((p, Kind::Url | Kind::UrlContinued)) = previous {
        if let Some(kind) = url_continued(p, line) {
            return (kind, Part::Body);
        }
    }
    if is_source(line) {
        return (Kind::Url, Part::Body);
    }
    if bullet(text).is_some() {
        return (Kind::Bullet, Part::Body);
    }
    // A headline's last line may be a short word or two in capitals.
    if let Some((p, Kind::Headline | Kind::HeadlineContinued)) = previous {
        if goes_on(p, line) && is_all_capitals(text) {
            return (Kind::HeadlineContinued, Part::Body);
        }
    }
    (Kind::Text, Part::Body)
}

/// Whether a line may go on with the headline on the line before: no blank line between
/// them, or a page break (a headline broken over two pages) after a line that ends no
/// sentence.
fn goes_on(previous: &PrintedLine, line: &PrintedLine) -> bool {
    if line.at.page != previous.at.page {
        return !ends_sentence(&previous.text);
    }
    line.look.gap < 0.5
}

/// "29 August", "18 August 2025": a day and a month's name, and a year perhaps, alone, the
/// month not in capitals (a headline's last line may be "8 APRIL").
fn is_date_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |w: &str| {
        w.len() >= 3 && w.chars().any(char::is_lowercase) && w.parse::<chrono::Month>().is_ok()
    };
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [d, m] => day(d) && month(m),
        [d, m, y] => day(d) && month(m) && year(y),
        _ => false,
    }
}

/// Whether a line is the rest of the address on the line before.
fn url_continued(previous: &PrintedLine, line: &PrintedLine) -> Option<Kind> {
    if line.text.contains(char::is_whitespace) || is_source(line) || line.look.gap >= 0.5 {
        return None;
    }
    match (&previous.link, &line.link) {
        // The link holds the whole address already.
        (Some(a), Some(b)) if a == b => Some(Kind::Skip),
        (None, None) if previous.look.fill >= 0.7 => Some(Kind::UrlContinued),
        _ => None,
    }
}

/// A country's heading: a country's name, in capitals, alone on its line.
fn is_country_heading(line: &PrintedLine) -> bool {
    let text = &line.text;
    text.len() <= 60 && is_all_capitals(text) && country_of(text).is_some()
}

/// An article's headline: capitals, set in bold or larger where the reader knows it,
/// otherwise capitals that are not a sentence.
fn is_headline(line: &PrintedLine) -> bool {
    let text = &line.text;
    if !is_upper_line(text) {
        return false;
    }
    match line.look.bold {
        Some(bold) => bold || line.look.size >= 1.15,
        None => !ends_sentence(text) && words_up_to(text, 2) >= 2,
    }
}

/// No lower-case letter, and a letter at least.
fn is_all_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// A source: a link's text, an address, or "Source: …".
fn is_source(line: &PrintedLine) -> bool {
    let text = source_text(&line.text);
    let address =
        text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
    (address && !text.contains(' ')) || (line.link.is_some() && text.len() < line.text.len())
}

/// A source line's address as printed, without a "Source:" label.
pub(super) fn source_text(text: &str) -> &str {
    ["Sources:", "Source:", "source:"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .map_or(text, str::trim_start)
        .trim_matches(['<', '>'])
}

/// The badge the crate's HTML sets above a country's heading: "AZ", then "7 ARTICLES" (on
/// the next line, or on the same one with `-layout`): how many lines it takes, 0 for none.
fn badge_lines(line: &PrintedLine, next: Option<&PrintedLine>) -> usize {
    let is_code = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_uppercase());
    let is_count = |t: &str| {
        t.split_once(' ').is_some_and(|(count, word)| {
            !count.is_empty()
                && count.bytes().all(|b| b.is_ascii_digit())
                && (word.eq_ignore_ascii_case("ARTICLES") || word.eq_ignore_ascii_case("ARTICLE"))
        })
    };
    let text = line.text.as_str();
    if let Some((code, count)) = text.split_once(' ') {
        return usize::from(is_code(code) && is_count(count));
    }
    if is_code(text) && next.is_some_and(|n| is_count(&n.text)) {
        return 2;
    }
    0
}

/// The bullets PDF text leaves before a list item (some from symbol fonts' private-use code
/// points).
const BULLETS: &[char] = &[
    '•', '●', '▪', '■', '◦', '○', '·', '–', '-', '*', '\u{F0B7}', '\u{F0A7}',
];

/// A list item's text, without its bullet.
pub(super) fn bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(BULLETS)?;
    rest.starts_with(' ').then(|| rest.trim())
}

/// A list item's text, or the line's when it has no bullet.
pub(super) fn bullet_item(text: &str) -> &str {
    bullet(text).unwrap_or(text)
}

/// "REPUBLIC OF KAZAKHSTAN ........ 6", "REPUBLIC OF KAZAKHSTAN      6" (`-layout`),
/// "REPUBLIC OF KAZAKHSTAN\t6".
fn contents_entry(text: &str) -> Option<Entry> {
    let digits_at = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let page = page_number(&text[digits_at..])?;
    let before = &text[..digits_at];
    let heading = before.trim_end_matches(['.', '…', ' ', '\t', '·']);
    let leader = &before[heading.len()..];
    let dots = leader.chars().filter(|&c| c == '.' || c == '…').count();
    let has_leader = dots >= 3 || leader.contains('\t') || leader.contains("  ");
    (has_leader && heading.chars().any(char::is_alphabetic)).then_some(Entry {
        heading_end: heading.len(),
        page,
    })
}

fn has_entry(text: &str) -> bool {
    contents_entry(text).is_some()
}

/// A page number: one to four digits.
fn page_number(text: &str) -> Option<u32> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}
