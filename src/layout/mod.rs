//! Reading a release from the text layout its PDF gives when extracted.
//!
//! [`parse`] takes the text as a PDF-to-text tool leaves it, artefacts included, and returns
//! the [`Release`] with a [`Diagnostic`] for everything it had to guess or repair. It reads:
//!
//! - the cover: title lines, "(according to the media)", the period (`16-31.08.2025`), the
//!   number (`#16`) and "Almaty - 2025";
//! - the editorial block: the publisher's name, "EDITORIAL ADDRESS", the address, `tel.:`,
//!   `fax:`, the e-mail and website line, the «…», #16, 2025 line and "Circulation in PDF
//!   format";
//! - CONTENTS lines with `<i>…</i>`, dot leaders, tabs and page numbers;
//! - the summary sentence ("… covered 13 events … (Azerbaijan – 7, Kazakhstan – 3, …)") and
//!   the topics paragraph;
//! - country headings as `#`-headings, bold lines or bare upper-case lines, in official or
//!   short form; a misspelt heading ("KYRGYZ PEPUBLIC") is read as the closest country name
//!   with a warning, never silently;
//! - headlines as `#`-headings, bold lines or bare upper-case lines; body paragraphs,
//!   rejoined where a page break split them mid-sentence; bullet items; quotations in «…»,
//!   “…” or "…" with the speaker and role the text names ("said Ilya Tokarev, head of the
//!   youth policy department"); source URLs in `<…>`; the closing publisher block;
//! - CRLF or CR line ends and a leading byte-order mark, the same as LF;
//! - what [`crate::layout::markdown`] adds to the layout: a paragraph escaped with a leading
//!   backslash, `> …` for a quotation without a speaker, and the `<!-- caricc {…} -->`
//!   comment after an article's sources carrying its date, places, organisations, topics and
//!   statistics (then nothing of these is guessed).
//!
//! Each article's statistics are read from its paragraphs and bullet items with
//! [`crate::prose::extract_in`] (the section's country decides a "manat"), and its date from the first day and month its text names.
//! Places, organisations and topics are not guessed from prose: they stay empty.
//!
//! # Diagnostics
//!
//! Every [`Diagnostic`] names its line, severity and [`DiagnosticCode`]; the code's
//! documentation says what each one means.
//!
//! ```
//! let text = std::fs::read_to_string("../shared/corpus/caricc-information-release-2025-16.txt")
//!     .unwrap_or_default();
//! # if text.is_empty() { return Ok(()); }
//! let parsed = caricc_release::layout::parse(&text)?;
//! assert_eq!(parsed.release.id().to_string(), "#16/2025");
//! assert_eq!(parsed.release.summary.total_events, 13);
//! assert!(parsed.release.validate().is_valid());
//! for d in &parsed.diagnostics {
//!     println!("{d}"); // e.g. line 44: warning heading-typo: …
//! }
//! # Ok::<(), caricc_release::layout::Error>(())
//! ```

mod comment;
mod diagnostic;
mod markdown;

pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use markdown::markdown;

use chrono::{Datelike, Month};
use url::Url;

use self::comment::Extras;
use crate::limits::{Limit, LimitError, Limits};
use crate::model::count_events;
use crate::model::{SERIES_SUBTITLE, SERIES_TITLE};
use crate::prose::extract_in;
use crate::words::{collapse_spaces, small_number};
use crate::{
    Article, ArticleDate, Block, ContentsEntry, Country, CountryCount, CountrySection,
    EmailAddress, Format, LanguageTag, Period, PhoneNumber, PostalAddress, Publisher, Release,
    Speaker, Summary,
};

/// The text is not a release at all: no title, no period to place it in time, no number,
/// or no country section.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    line: usize,
    message: String,
    limit: Option<Limit>,
}

impl Error {
    fn describe(&self) -> String {
        match self.limit {
            Some(_) => format!("text beyond a limit: {}", self.message),
            None => format!("not a release (line {}): {}", self.line, self.message),
        }
    }

    fn beyond(err: LimitError) -> Error {
        Error {
            line: 0,
            message: err.to_string(),
            limit: Some(err.limit()),
        }
    }

    /// The limit the input went beyond, if that is what is wrong (then [`line`](Self::line)
    /// is 0).
    ///
    /// ```
    /// use caricc_release::limits::{Limit, Limits};
    /// use caricc_release::layout;
    ///
    /// let err = layout::parse_with_limits("# A title\n", &Limits::default().with_input_bytes(4)).unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::InputBytes));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "text beyond a limit: 10 bytes of input, more than the limit of 4 (input_bytes)"
    /// );
    /// ```
    pub fn limit(&self) -> Option<Limit> {
        self.limit
    }

    /// The 1-based line the reader stopped at.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is missing, without the line.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// A release read from text, and what the reader had to guess or repair.
///
/// The Markdown [`crate::layout::markdown`] writes reads back as the same release:
///
/// ```
/// use caricc_release::layout::{self, DiagnosticCode};
///
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let parsed = layout::parse(&layout::markdown(&release))?;
/// assert_eq!(parsed.release, release);
/// let codes: Vec<DiagnosticCode> = parsed.diagnostics.iter().map(|d| d.code()).collect();
/// assert_eq!(codes, [DiagnosticCode::HeadingTypo]); // the contents' "KYRGYZ PEPUBLIC"
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed {
    /// The release. Check it with [`Release::validate`].
    pub release: Release,
    /// The diagnostics, in the order of the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a release from its text layout, within the default [`Limits`].
///
/// ```
/// use caricc_release::layout::DiagnosticCode;
/// use caricc_release::{Country, MassUnit, Unit};
///
/// let text = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## REPUBLIC OF KAZAKHSTAN\n\n\
///             ## POLICE SEIZED DRUGS\n\nPolice seized 5 kg of hashish.\n\n<https://polisia.kz/a>\n";
/// let parsed = caricc_release::layout::parse(text)?;
/// let release = &parsed.release;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.sections[0].country, Country::KZ);
/// let article = &release.sections[0].articles[0];
/// assert_eq!(article.headline, "POLICE SEIZED DRUGS");
/// assert_eq!(article.statistics[0].unit, Unit::Mass(MassUnit::Kilogram));
/// assert!(parsed.diagnostics.iter().any(|d| d.code() == DiagnosticCode::SummaryUnread));
/// assert!(caricc_release::layout::parse("Hello, world").is_err());
/// # Ok::<(), caricc_release::layout::Error>(())
/// ```
pub fn parse(input: &str) -> Result<Parsed, Error> {
    parse_with_limits(input, &Limits::DEFAULT)
}

/// Reads a release from its text layout within `limits`: a larger text is refused before it
/// is read; more sections, articles or statistics, or a longer text, once it is read.
pub fn parse_with_limits(input: &str, limits: &Limits) -> Result<Parsed, Error> {
    limits.check_input(input.len()).map_err(Error::beyond)?;
    let parsed = read(input)?;
    limits.check(&parsed.release).map_err(Error::beyond)?;
    Ok(parsed)
}

fn read(input: &str) -> Result<Parsed, Error> {
    let text = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let chunks = chunks(text);
    Reader {
        blocks: &chunks,
        at: 0,
        diagnostics: Vec::new(),
    }
    .release()
}

// ---------------------------------------------------------------- blocks

/// What a line or run of lines looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `# …` to `###### …`.
    Heading,
    /// `**…**` alone on its line.
    Bold,
    /// `<http…>` alone on its line.
    Url,
    /// `- …` or `• …`.
    Bullet,
    /// `<i>HEADING</i> ….. 2`.
    Contents,
    /// Anything else: lines up to a blank line.
    Text,
    /// Text escaped with a leading backslash: never markup, never a heading.
    Literal,
    /// `> …`: a quotation without a named speaker.
    Quote,
    /// `<!-- … -->` alone on its line.
    Comment,
}

#[derive(Debug, Clone)]
struct Chunk {
    kind: Kind,
    /// 1-based line of the first line.
    line: usize,
    /// The text without its markup (`#`, `**`, `<…>`, `- `), lines joined by a space.
    text: String,
    /// The lines as printed, trimmed.
    lines: Vec<String>,
}

fn kind_of(line: &str) -> (Kind, &str) {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix('\\') {
        return (Kind::Literal, rest);
    }
    if let Some(rest) = t.strip_prefix("> ") {
        return (Kind::Quote, rest.trim());
    }
    if let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) {
        return (Kind::Comment, inner.trim());
    }
    if let Some(rest) = t.strip_prefix('#') {
        let rest = rest.trim_start_matches('#');
        if rest.starts_with(' ') && t.len() - rest.len() <= 6 {
            return (Kind::Heading, rest.trim());
        }
    }
    if t.len() > 4 && t.starts_with("**") && t.ends_with("**") {
        return (Kind::Bold, t.trim_matches('*').trim());
    }
    if let Some(inner) = t.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        if inner.contains("://") || inner.starts_with("www.") {
            return (Kind::Url, inner.trim());
        }
    }
    // A source printed without angle brackets, or after "Source:".
    let bare = ["Source:", "Sources:", "source:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map_or(t, str::trim_start);
    if let Some(inner) = bare.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        return (Kind::Url, inner.trim());
    }
    if (bare.starts_with("http://") || bare.starts_with("https://") || bare.starts_with("www."))
        && !bare.contains(char::is_whitespace)
    {
        return (Kind::Url, bare.trim_end_matches(['.', ',', ';']));
    }
    for bullet in [
        "- ",
        "• ",
        "* ",
        "– ",
        "● ",
        "▪ ",
        "\u{F0B7} ",
        "· ",
        "○ ",
        "◦ ",
        "■ ",
        "\u{F0A7} ",
    ] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return (Kind::Bullet, rest.trim());
        }
    }
    if contents_line(t).is_some() {
        return (Kind::Contents, t);
    }
    (Kind::Text, t)
}

/// Splits the text into blocks: every marked-up line is a block of its own; plain lines run
/// together up to a blank line.
fn chunks(text: &str) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut open_text = false;
    // A `<http…` source that the PDF wrapped over several lines, joined without spaces.
    let mut wrapped_url: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some((start, mut url)) = wrapped_url.take() {
            let part = raw.trim();
            url.push_str(part.trim_end_matches('>'));
            if part.ends_with('>') || part.is_empty() || part.contains(char::is_whitespace) {
                out.push(Chunk {
                    kind: Kind::Url,
                    line: start,
                    text: url.clone(),
                    lines: vec![url],
                });
                open_text = false;
            } else {
                wrapped_url = Some((start, url));
            }
            continue;
        }
        let t = raw.trim();
        if t.starts_with("<http") && !t.ends_with('>') && !t.contains(char::is_whitespace) {
            wrapped_url = Some((line, t.trim_start_matches('<').to_owned()));
            continue;
        }
        if raw.trim().is_empty() {
            open_text = false;
            continue;
        }
        let (kind, body) = kind_of(raw);
        if kind == Kind::Text && open_text {
            if let Some(last) = out.last_mut() {
                last.text.push(' ');
                last.text.push_str(body);
                last.lines.push(body.to_owned());
                continue;
            }
        }
        out.push(Chunk {
            kind,
            line,
            text: body.to_owned(),
            lines: vec![body.to_owned()],
        });
        open_text = matches!(kind, Kind::Text | Kind::Literal);
    }
    if let Some((start, url)) = wrapped_url {
        out.push(Chunk {
            kind: Kind::Url,
            line: start,
            text: url.clone(),
            lines: vec![url],
        });
    }
    out
}

/// `<i>REPUBLIC OF AZERBAIJAN</i> .....\t2` → ("REPUBLIC OF AZERBAIJAN", 2).
fn contents_line(line: &str) -> Option<(String, u32)> {
    let t = line.trim_end();
    let digits_at = t.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
    let page: u32 = t.get(digits_at..)?.parse().ok()?;
    let before = t.get(..digits_at)?.trim_end();
    let has_leader = before.ends_with("...") || before.ends_with('…') || line.contains('\t');
    if !has_leader && !before.contains("<i>") {
        return None;
    }
    let heading = before
        .trim_end_matches(['.', '…', ' ', '\t'])
        .replace("<i>", "")
        .replace("</i>", "");
    let heading = collapse_spaces(&heading);
    (!heading.is_empty()).then_some((heading, page))
}

impl Chunk {
    /// A `#`-heading, a bold line, or upper-case text: a headline or a country heading.
    fn is_heading_like(&self) -> bool {
        matches!(self.kind, Kind::Heading | Kind::Bold) || self.is_bare_headline()
    }

    /// Upper-case text of two words or more that is not a sentence: a page break can leave
    /// an acronym ("CARICC.") or a slogan (“SAY NO TO DRUGS!”) alone on a line.
    fn is_bare_headline(&self) -> bool {
        // The cheap tests first; `is_upper_line` gives up on prose after a few letters.
        self.kind == Kind::Text
            && !ends_sentence(&self.text)
            && !self.text.starts_with(['“', '«', '"'])
            && is_upper_line(&self.text)
            && (2..=40).contains(&words_up_to(&self.text, 41))
    }
}

/// The number of words (as `split_whitespace` splits them), counting no further than `limit`.
fn words_up_to(s: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in s.chars() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
            if count >= limit {
                break;
            }
        }
    }
    count
}

/// Upper-case prose: a bare headline or country heading.
/// Units and names keep their case inside upper-case headlines ("25 kg", “Mak-2025”): up to
/// one letter in ten may be lower case.
fn is_upper_line(s: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for (at, c) in s.char_indices() {
        if !c.is_alphabetic() {
            continue;
        }
        if c.is_lowercase() {
            lower += 1;
            // Prose is decided early: even if every byte left were an upper-case letter,
            // lower case would stay above one letter in ten.
            if lower * 9 > upper + (s.len() - at) {
                return false;
            }
        } else {
            upper += 1;
        }
    }
    upper >= 6 && lower * 10 <= upper + lower
}

// ---------------------------------------------------------------- countries

/// Levenshtein distance in characters.
/// Edit distance in characters when it is at most `limit`, a swap of two neighbours counting
/// as one edit (optimal string alignment): "TURKMENSITAN" is one edit from "TURKMENISTAN".
/// Only cells within `limit` of the diagonal are computed, and the walk stops as soon as a
/// row exceeds the limit: most candidates are ruled out after a few characters.
/// The characters and rows are the caller's, reused over the candidates.
fn distance_within(a: &[char], b: &[char], limit: usize, rows: &mut Rows) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let far = limit + 1;
    let width = b.len() + 1;
    // Three rows: the one before the previous (for swaps), the previous, the current.
    let Rows {
        before,
        previous,
        current,
    } = rows;
    before.clear();
    before.resize(width, far);
    previous.clear();
    previous.extend((0..width).map(|j| if j <= limit { j } else { far }));
    current.clear();
    current.resize(width, far);
    for i in 1..=a.len() {
        current.iter_mut().for_each(|c| *c = far);
        current[0] = if i <= limit { i } else { far };
        let from = i.saturating_sub(limit).max(1);
        let to = (i + limit).min(b.len());
        let mut row_min = current[0];
        for j in from..=to {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d.min(far);
            row_min = row_min.min(current[j]);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    Some(previous[b.len()]).filter(|d| *d <= limit)
}

/// Scratch rows of [`distance_within`].
#[derive(Default)]
struct Rows {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

/// The country a heading names: exactly, or as the one closest name within a small number
/// of typing errors (then `true`).
fn country_of(heading: &str) -> Option<(Country, bool)> {
    // PDF text has typographic apostrophes and Turkish capitals where the tables have ASCII.
    let name = collapse_spaces(heading.trim_matches(|c: char| !c.is_alphanumeric() && c != ')'))
        .replace(['’', 'ʼ'], "'")
        .replace('İ', "I");
    if let Some(c) = Country::from_name(&name) {
        return Some((c, false));
    }
    let wanted = name.to_uppercase();
    let wanted_count = wanted.chars().count();
    let allowed = (wanted_count / 5).clamp(1, 3);
    let mut best: Option<(usize, Country)> = None;
    let mut tie = false;
    let wanted_chars: Vec<char> = wanted.chars().collect();
    let wanted_counts = char_counts(&wanted_chars);
    let mut rows = Rows::default();
    for candidate in fuzzy_names() {
        // Names whose lengths differ by more than the allowance cannot be close.
        if candidate.chars.len().abs_diff(wanted_count) > allowed {
            continue;
        }
        // Nor can names whose characters differ too much: an edit changes the counts of
        // characters (here of 64 classes) by at most two in all, so the distance is at least
        // half the difference of the counts. Cheaper than the distance, and exact.
        let differ: u32 = wanted_counts
            .iter()
            .zip(&candidate.counts)
            .map(|(w, c)| u32::from(w.abs_diff(*c)))
            .sum();
        if differ as usize > 2 * allowed {
            continue;
        }
        let Some(d) = distance_within(&wanted_chars, &candidate.chars, allowed, &mut rows) else {
            continue;
        };
        let country = &candidate.country;
        match best {
            Some((bd, bc)) if d == bd && bc != *country => tie = true,
            Some((bd, _)) if d >= bd => {}
            _ => {
                best = Some((d, *country));
                tie = false;
            }
        }
    }
    match best {
        Some((_, c)) if !tie && wanted_count >= 5 => Some((c, true)),
        _ => None,
    }
}

/// A country's name in capitals, as the fuzzy heading match compares it.
struct FuzzyName {
    country: Country,
    chars: Vec<char>,
    counts: [u8; 64],
}

/// [`crate::model::upper_case_names`] with their characters and character counts, made
/// once: a heading is compared with hundreds of them.
fn fuzzy_names() -> &'static [FuzzyName] {
    static NAMES: std::sync::OnceLock<Vec<FuzzyName>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        crate::model::upper_case_names()
            .iter()
            .map(|(country, name)| {
                let chars: Vec<char> = name.chars().collect();
                FuzzyName {
                    country: *country,
                    counts: char_counts(&chars),
                    chars,
                }
            })
            .collect()
    })
}

/// How many characters of each of 64 classes (a character's low six bits) `chars` has.
fn char_counts(chars: &[char]) -> [u8; 64] {
    let mut counts = [0u8; 64];
    for c in chars {
        let n = &mut counts[*c as usize & 63];
        *n = n.saturating_add(1);
    }
    counts
}

// ---------------------------------------------------------------- the reader

struct Reader<'b> {
    blocks: &'b [Chunk],
    at: usize,
    diagnostics: Vec<Diagnostic>,
}

/// What the editorial block gives.
#[derive(Default)]
struct Editorial {
    acronym: Option<String>,
    name: Option<String>,
    address: Option<PostalAddress>,
    telephones: Vec<PhoneNumber>,
    fax: Option<PhoneNumber>,
    email: Option<EmailAddress>,
    website: Option<Url>,
    title: Option<String>,
    number_year: Option<(u32, i32, usize)>,
    format: Option<Format>,
}

impl<'b> Reader<'b> {
    fn note(&mut self, line: usize, code: DiagnosticCode, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(line, code, message));
    }

    fn peek(&self) -> Option<&'b Chunk> {
        self.blocks.get(self.at)
    }

    fn release(mut self) -> Result<Parsed, Error> {
        let cover = self.cover()?;
        let mut editorial = self.editorial();
        let contents = self.contents();
        let summary_block = self.summary();
        let sections = self.sections(&contents, editorial.name.as_deref());

        // Number and year: the cover, else the «…» line, else the period's schedule.
        let year = cover
            .year
            .or(editorial.number_year.map(|(_, y, _)| y))
            .unwrap_or(cover.period.start.year());
        let number = match (cover.number, editorial.number_year) {
            (Some(n), Some((m, y, line))) => {
                if n != m || y != year {
                    self.note(line, DiagnosticCode::CrossCheck, format!("the editorial block says #{m}, {y} but the cover says #{n}, {year}"));
                }
                n
            }
            (Some(n), None) => n,
            (None, Some((m, _, _))) => m,
            (None, None) => match cover.period.semi_monthly_number() {
                Some(n) => {
                    self.note(cover.line, DiagnosticCode::NumberDerived, format!("no release number found; #{n} taken from the period {}", cover.period));
                    n
                }
                None => return Err(Error { line: cover.line, message: "no release number (such as \"#16\") and the period is not on the semi-monthly schedule".into(), limit: None }),
            },
        };
        if sections.is_empty() {
            return Err(Error {
                line: cover.line,
                message: "no country section (a heading naming a country, such as \"REPUBLIC OF KAZAKHSTAN\")".into(),
                limit: None,
            });
        }
        let title = editorial.title.take().unwrap_or(cover.title);
        let format = editorial.format.unwrap_or(Format::Pdf);
        let publisher = self.publisher(editorial, cover.line);
        let summary = self.read_summary(summary_block, &sections, cover.period);
        let release = Release {
            title,
            subtitle: cover.subtitle,
            number,
            year,
            period: cover.period,
            place: cover.place.unwrap_or_else(|| "Almaty".to_owned()),
            publisher,
            format,
            language: LanguageTag::english(),
            contents,
            summary,
            sections,
        };
        self.diagnostics.sort_by_key(|d| d.line());
        Ok(Parsed {
            release,
            diagnostics: self.diagnostics,
        })
    }
}

struct Cover {
    line: usize,
    title: String,
    subtitle: String,
    period: Period,
    number: Option<u32>,
    year: Option<i32>,
    place: Option<String>,
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// "#16" (also "# 16", "№16", "No. 16") → 16.
fn release_number(text: &str) -> Option<u32> {
    let t = text.trim();
    let digits = ["#", "№", "No.", "No"]
        .iter()
        .find_map(|mark| t.strip_prefix(mark))?
        .trim_start();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// "Almaty - 2025" → ("Almaty", 2025).
fn place_and_year(text: &str) -> Option<(String, i32)> {
    let (place, year) = text.rsplit_once(['-', '–', '—'])?;
    let year = year.trim();
    let place = place.trim();
    (year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && !place.is_empty()
        && !place.chars().any(|c| c.is_ascii_digit()))
    .then(|| Some((place.to_owned(), year.parse().ok()?)))
    .flatten()
}

impl<'b> Reader<'b> {
    fn cover(&mut self) -> Result<Cover, Error> {
        let start = self
            .blocks
            .iter()
            .position(|b| {
                b.kind == Kind::Heading && starts_with_ignore_case(&b.text, "INFORMATION RELEASE")
            })
            .or_else(|| {
                self.blocks
                    .iter()
                    .position(|b| starts_with_ignore_case(&b.text, "INFORMATION RELEASE"))
            })
            .ok_or_else(|| Error {
                line: self.blocks.first().map_or(1, |b| b.line),
                message:
                    "no \"INFORMATION RELEASE\" title: this is not the layout of a CARICC release"
                        .into(),
                limit: None,
            })?;
        let line = self.blocks[start].line;
        self.at = start + 1;
        let mut title_words = vec![self.blocks[start].text.clone()];
        let (mut subtitle, mut period, mut number, mut place_year) = (None, None, None, None);
        while let Some(b) = self.peek() {
            if b.kind == Kind::Heading
                || b.kind == Kind::Contents
                || starts_with_ignore_case(&b.text, "INFORMATION RELEASE")
            {
                break;
            }
            self.at += 1;
            for text in &b.lines {
                if let Ok(p) = text.parse::<Period>() {
                    period = Some(p);
                } else if let Some(n) = release_number(text) {
                    number = Some(n);
                } else if let Some(py) = place_and_year(text) {
                    place_year = Some(py);
                } else {
                    // Title words, the subtitle in parentheses, and what extraction may have
                    // run onto the same line: "(according to the media) 16-31.03.2025".
                    let mut rest = text.clone();
                    if let (Some(open), Some(close)) = (rest.find('('), rest.rfind(')')) {
                        if open < close {
                            subtitle = rest.get(open + 1..close).map(|t| t.trim().to_owned());
                            rest.replace_range(open..=close, " ");
                        }
                    }
                    let mut words = Vec::new();
                    for token in rest.split_whitespace() {
                        if let Ok(p) = token.parse::<Period>() {
                            period = Some(p);
                        } else if let Some(n) = release_number(token) {
                            number = Some(n);
                        } else {
                            words.push(token);
                        }
                    }
                    if !words.is_empty() {
                        title_words.push(words.join(" "));
                    }
                }
            }
        }
        let period = period.ok_or_else(|| Error {
            line,
            message: "no period on the cover (expected a line such as \"16-31.08.2025\")".into(),
            limit: None,
        })?;
        let title = collapse_spaces(&title_words.join(" "));
        let (place, year) = place_year.map_or((None, None), |(p, y)| (Some(p), Some(y)));
        Ok(Cover {
            line,
            title: if title.eq_ignore_ascii_case(SERIES_TITLE) {
                SERIES_TITLE.to_owned()
            } else {
                title
            },
            subtitle: subtitle
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| SERIES_SUBTITLE.to_owned()),
            period,
            number,
            year,
            place,
        })
    }

    /// From the "INFORMATION RELEASE CARICC" heading to CONTENTS.
    fn editorial(&mut self) -> Editorial {
        let mut e = Editorial::default();
        let Some(first) = self.peek() else { return e };
        if starts_with_ignore_case(&first.text, "INFORMATION RELEASE") {
            let acronym = first.text["INFORMATION RELEASE".len()..].trim();
            if !acronym.is_empty() {
                e.acronym = Some(acronym.to_owned());
            }
            self.at += 1;
        }
        let mut address_next = false;
        while let Some(b) = self.peek() {
            if (b.kind == Kind::Heading && b.text.eq_ignore_ascii_case("CONTENTS"))
                || b.kind == Kind::Contents
            {
                break;
            }
            if b.kind == Kind::Heading && country_of(&b.text).is_some() {
                break;
            }
            self.at += 1;
            let text = b.text.trim();
            let lower = text.to_lowercase();
            if lower.starts_with("editorial address") {
                let rest = text.split_once(':').map_or("", |(_, r)| r).trim();
                if rest.is_empty() {
                    address_next = true;
                } else {
                    e.address = postal_address(rest);
                }
            } else if address_next {
                address_next = false;
                e.address = postal_address(text);
            } else if lower.starts_with("tel") {
                e.telephones = phone_numbers(text);
            } else if lower.starts_with("fax") {
                e.fax = phone_numbers(text).into_iter().next();
            } else if text.contains('@') && text.split_whitespace().count() <= 3 {
                for token in text.split_whitespace() {
                    if token.contains('@') {
                        e.email = token
                            .trim_matches(|c: char| c == ',' || c == ';')
                            .parse()
                            .ok();
                    } else if let Some(url) = self.website(token, b.line) {
                        e.website = Some(url);
                    }
                }
            } else if text.starts_with('«') || text.starts_with('"') || text.starts_with('“') {
                let (title, rest) = split_quoted(text);
                e.title = Some(title);
                let numbers: Vec<&str> = rest
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|t| !t.is_empty())
                    .collect();
                if let (Some(n), Some(y)) = (
                    numbers.iter().find_map(|t| release_number(t)),
                    numbers.iter().find_map(|t| four_digit_year(t)),
                ) {
                    e.number_year = Some((n, y, b.line));
                }
            } else if lower.starts_with("circulation in") {
                if lower.contains("pdf") {
                    e.format = Some(Format::Pdf);
                } else if lower.contains("html") {
                    e.format = Some(Format::Html);
                } else if lower.contains("print") {
                    e.format = Some(Format::Print);
                }
            } else if e.name.is_none() && b.kind == Kind::Text {
                e.name = Some(collapse_spaces(text));
            }
        }
        e
    }

    fn website(&mut self, token: &str, line: usize) -> Option<Url> {
        let token = token.trim_matches(|c: char| c == ',' || c == ';');
        if token.starts_with("http://") || token.starts_with("https://") {
            return Url::parse(token).ok();
        }
        if token.starts_with("www.") || token.contains('.') {
            let url = Url::parse(&format!("https://{token}/")).ok()?;
            self.note(
                line,
                DiagnosticCode::WebsiteSchemeAssumed,
                format!("the website {token} is printed without a scheme; https assumed"),
            );
            return Some(url);
        }
        None
    }

    fn publisher(&mut self, e: Editorial, line: usize) -> Publisher {
        let (Some(name), Some(address), Some(email), Some(website)) =
            (e.name, e.address, e.email, e.website)
        else {
            self.note(line, DiagnosticCode::PublisherAssumed, "no complete editorial block (name, address, e-mail, website); CARICC's details assumed");
            return Publisher::caricc();
        };
        let mut p = Publisher::new(
            name,
            e.acronym.unwrap_or_else(|| "CARICC".to_owned()),
            address,
            email,
            website,
        );
        p.telephones = e.telephones;
        p.fax = e.fax;
        p
    }

    fn contents(&mut self) -> Vec<ContentsEntry> {
        let mut entries = Vec::new();
        if self
            .peek()
            .is_some_and(|b| b.kind == Kind::Heading && b.text.eq_ignore_ascii_case("CONTENTS"))
        {
            self.at += 1;
        }
        while let Some(b) = self.peek().filter(|b| b.kind == Kind::Contents) {
            self.at += 1;
            let Some((heading, page)) = contents_line(&b.text) else {
                continue;
            };
            match country_of(&heading) {
                Some((country, fuzzy)) => {
                    if fuzzy {
                        self.note(b.line, DiagnosticCode::HeadingTypo, format!("the contents heading {heading:?} is read as {} ({country}), the closest country name", country.official_name()));
                    }
                    entries.push(ContentsEntry { country, heading, page });
                }
                None => self.note(b.line, DiagnosticCode::TextKept, format!("the contents line {heading:?} names no known country; left out of the contents")),
            }
        }
        entries
    }

    /// The summary sentence and topics: text blocks before the first section.
    fn summary(&mut self) -> Vec<&'b Chunk> {
        let mut found = Vec::new();
        while let Some(b) = self.peek() {
            if self.section_heading(b).is_some() {
                break;
            }
            self.at += 1;
            found.push(b);
        }
        found
    }

    fn read_summary(
        &mut self,
        blocks: Vec<&Chunk>,
        sections: &[CountrySection],
        period: Period,
    ) -> Summary {
        // Paragraphs that a page break split are joined first.
        let mut paragraphs: Vec<(usize, String)> = Vec::new();
        for b in blocks {
            let text = without_italics(&b.text);
            match paragraphs.last_mut() {
                // The summary sentence may lack its final period after the counts' parenthesis.
                Some((_, previous))
                    if !ends_sentence(previous) && !previous.trim_end().ends_with(')') =>
                {
                    previous.push(' ');
                    previous.push_str(&text);
                    self.note(
                        b.line,
                        DiagnosticCode::ParagraphRejoined,
                        "a paragraph split by a page break is rejoined",
                    );
                }
                _ => paragraphs.push((b.line, text)),
            }
        }
        let mut summary = None;
        let mut topics: Vec<String> = Vec::new();
        let first_line = paragraphs.first().map(|(line, _)| *line);
        let mut attempted = false;
        for (line, text) in paragraphs {
            if summary.is_none() && text.contains("covered") && text.contains("event") {
                attempted = true;
                summary = self.summary_sentence(&text, line, period);
                if summary.is_none() {
                    let message = "the summary sentence could not be read; it is kept with the topics and the counts are taken from the sections";
                    self.note(line, DiagnosticCode::SummaryUnread, message);
                    topics.push(collapse_spaces(&text));
                }
            } else {
                topics.push(collapse_spaces(&text));
            }
        }
        if !attempted {
            let message = "no summary sentence (\"… covered N events …\"); the counts are taken from the sections";
            self.note(
                first_line.unwrap_or(1),
                DiagnosticCode::SummaryUnread,
                message,
            );
        }
        let (total_events, events_by_country) = summary.unwrap_or_else(|| {
            (
                sections.iter().map(|s| s.articles.len() as u32).sum(),
                count_events(sections),
            )
        });
        Summary {
            total_events,
            events_by_country,
            topics: (!topics.is_empty()).then(|| topics.join("\n")),
        }
    }

    /// "… covered 13 events … (Azerbaijan – 7, Kazakhstan – 3, …)."
    fn summary_sentence(
        &mut self,
        text: &str,
        line: usize,
        period: Period,
    ) -> Option<(u32, Vec<CountryCount>)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        // "covered 13 events", also "3 events … were covered": the number before "event(s)".
        let events_at = words.iter().position(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "event" | "events"
            )
        })?;
        let total = count_word(words.get(events_at.checked_sub(1)?)?)?;
        // The per-country list: in the last parentheses, or after the last colon.
        let list = match (text.rfind('('), text.rfind(':')) {
            (Some(open), _) => {
                let inner = text.get(open + 1..)?;
                inner.get(..inner.find(')')?)?
            }
            (None, Some(colon)) => text.get(colon + 1..)?.trim_end_matches(['.', ' ']),
            (None, None) => return None,
        };
        let mut counts = Vec::new();
        for item in list.split([',', ';']).flat_map(|i| i.split(" and ")) {
            let (name, n) = item.rsplit_once(['–', '-', '—', ':'])?;
            // "2" or "2 events"
            let events = count_word(n.split_whitespace().next()?)?;
            let (country, fuzzy) = country_of(name.trim())?;
            if fuzzy {
                self.note(
                    line,
                    DiagnosticCode::HeadingTypo,
                    format!(
                        "the summary's {:?} is read as {}",
                        name.trim(),
                        country.common_name()
                    ),
                );
            }
            counts.push(CountryCount { country, events });
        }
        if let Some(stated) = summary_period(text, period.start.year()) {
            if stated != period {
                self.note(
                    line,
                    DiagnosticCode::CrossCheck,
                    format!("the summary names the period {stated} but the cover says {period}"),
                );
            }
        }
        Some((total, counts))
    }

    /// A block that opens a country section: a heading, a bold line or a bare upper-case
    /// line naming a country.
    fn section_heading(&self, b: &Chunk) -> Option<(Country, bool)> {
        // A bare country heading may be one word ("TURKMENISTAN"); a headline needs two.
        // The word count first: it rules out every paragraph after a few words.
        if words_up_to(&b.text, 7) > 6 {
            return None;
        }
        let bare = b.kind == Kind::Text && is_upper_line(&b.text) && !ends_sentence(&b.text);
        if !(b.is_heading_like() || bare) {
            return None;
        }
        country_of(&b.text)
    }

    fn sections(
        &mut self,
        contents: &[ContentsEntry],
        publisher: Option<&str>,
    ) -> Vec<CountrySection> {
        let mut sections: Vec<(CountrySection, Vec<Draft>)> = Vec::new();
        let closing = self.closing_start(publisher);
        while self.at < closing {
            let Some(b) = self.peek() else { break };
            self.at += 1;
            if let Some((country, fuzzy)) = self.section_heading(b) {
                if fuzzy {
                    self.note(
                        b.line,
                        DiagnosticCode::HeadingTypo,
                        format!(
                            "the heading {:?} is read as {} ({country}), the closest country name",
                            b.text,
                            country.official_name()
                        ),
                    );
                }
                let mut section = CountrySection::new(country, collapse_spaces(&b.text));
                let earlier = sections
                    .iter()
                    .filter(|(s, _)| s.country == country)
                    .count();
                section.page = contents
                    .iter()
                    .filter(|c| c.country == country)
                    .map(|c| c.page)
                    .nth(earlier);
                sections.push((section, Vec::new()));
                continue;
            }
            // A line holding only a small number is a page number the extraction kept.
            if b.kind == Kind::Text
                && b.text.len() <= 3
                && b.text.bytes().all(|c| c.is_ascii_digit())
            {
                let message = format!(
                    "the line {:?} is taken for a page number and left out",
                    b.text
                );
                self.note(b.line, DiagnosticCode::PageNumber, message);
                continue;
            }
            let Some((_, drafts)) = sections.last_mut() else {
                self.note(b.line, DiagnosticCode::TextKept, "text before the first country section is not part of the release's model; left out");
                continue;
            };
            let headline_like = b.is_heading_like();
            match drafts.last_mut() {
                Some(draft) if !headline_like => draft.add(b, &mut self.diagnostics),
                // A headline printed over two heading lines: nothing stands between them.
                Some(draft)
                    if draft.article.body.is_empty() && draft.article.sources.is_empty() =>
                {
                    draft.article.headline.push(' ');
                    draft.article.headline.push_str(&collapse_spaces(&b.text));
                    let message = "a headline continued on the next heading line is joined";
                    self.diagnostics.push(Diagnostic::new(
                        b.line,
                        DiagnosticCode::HeadlineJoined,
                        message,
                    ));
                }
                _ => {
                    if !headline_like {
                        self.diagnostics.push(Diagnostic::new(b.line, DiagnosticCode::TextKept, "an article starts without a headline; its first paragraph is taken as the headline"));
                    }
                    drafts.push(Draft {
                        article: Article::new(collapse_spaces(&b.text)),
                        lines: Vec::new(),
                        extras_given: false,
                    });
                }
            }
        }
        self.at = self.blocks.len();
        sections
            .into_iter()
            .map(|(mut section, drafts)| {
                section.articles = drafts
                    .into_iter()
                    .map(|d| d.finish(section.country, &mut self.diagnostics))
                    .collect();
                section
            })
            .collect()
    }

    /// Where the closing publisher block begins: the last block that starts the publisher's
    /// name or an address, after the last source.
    fn closing_start(&self, publisher: Option<&str>) -> usize {
        let last_url = self
            .blocks
            .iter()
            .rposition(|b| b.kind == Kind::Url)
            .unwrap_or(0);
        self.blocks
            .iter()
            .enumerate()
            .skip(last_url + 1)
            .find(|(_, b)| {
                b.kind == Kind::Text
                    && (starts_with_ignore_case(&b.text, "Central Asian Regional")
                        || publisher.is_some_and(|name| collapse_spaces(&b.text) == name)
                        || b.text.contains("tel.:"))
            })
            .map_or(self.blocks.len(), |(i, _)| i)
    }
}

/// An article being read, with the input line of each body block.
struct Draft {
    article: Article,
    lines: Vec<usize>,
    /// The article's date, places, organisations, topics and statistics came in a
    /// `<!-- caricc {…} -->` comment (as [`markdown`] writes them): nothing is guessed.
    extras_given: bool,
}

impl Draft {
    /// Adds a block: a source, or text and bullets, rejoining what a page break split.
    fn add(&mut self, b: &Chunk, diagnostics: &mut Vec<Diagnostic>) {
        let article = &mut self.article;
        if b.kind == Kind::Comment {
            match Extras::from_comment(&b.text) {
                None => {
                    let message = "a comment is not part of the release; left out";
                    diagnostics.push(Diagnostic::new(
                        b.line,
                        DiagnosticCode::CommentSkipped,
                        message,
                    ));
                }
                Some(Ok(extras)) => {
                    extras.apply_to(article);
                    self.extras_given = true;
                }
                Some(Err(e)) => {
                    let message = format!(
                        "the article's caricc comment does not read ({e}); its date and statistics are read from the text"
                    );
                    diagnostics.push(Diagnostic::new(
                        b.line,
                        DiagnosticCode::CommentUnread,
                        message,
                    ));
                }
            }
            return;
        }
        if b.kind == Kind::Url {
            match Url::parse(&b.text).or_else(|_| Url::parse(&format!("https://{}", b.text))) {
                Ok(url) => article.sources.push(url),
                Err(e) => {
                    let message = format!(
                        "the source {:?} is not a URL ({e}); kept as a paragraph",
                        b.text
                    );
                    diagnostics.push(Diagnostic::new(b.line, DiagnosticCode::TextKept, message));
                    article.body.push(Block::paragraph(b.text.clone()));
                    self.lines.push(b.line);
                }
            }
            return;
        }
        if !article.sources.is_empty() {
            let message =
                "text after an article's source and before the next headline; kept in that article";
            diagnostics.push(Diagnostic::new(b.line, DiagnosticCode::TextKept, message));
        }
        let text = collapse_spaces(&b.text);
        let rejoined = |what: &str| {
            let message = format!("a {what} split by a page break is rejoined");
            Diagnostic::new(b.line, DiagnosticCode::ParagraphRejoined, message)
        };
        // A page break split the text when the part before does not end a sentence, or the
        // part after begins in lower case (no paragraph does).
        let starts_lower = text.chars().next().is_some_and(char::is_lowercase);
        let continues = |previous: &str| starts_lower || !ends_sentence(previous);
        match (b.kind, article.body.last_mut()) {
            (Kind::Text, Some(Block::Paragraph { text: previous })) if continues(previous) => {
                previous.push(' ');
                previous.push_str(&text);
                diagnostics.push(rejoined("paragraph"));
            }
            (Kind::Text, Some(Block::Bullets { items }))
                if items.last().is_some_and(|i| continues(i)) =>
            {
                if let Some(item) = items.last_mut() {
                    item.push(' ');
                    item.push_str(&text);
                }
                diagnostics.push(rejoined("bullet item"));
            }
            (Kind::Bullet, Some(Block::Bullets { items })) => items.push(text),
            (Kind::Bullet, _) => {
                article.body.push(Block::bullets([text]));
                self.lines.push(b.line);
            }
            (Kind::Quote, _) => {
                article.body.push(Block::quote(text, None));
                self.lines.push(b.line);
            }
            _ => {
                article.body.push(Block::paragraph(text));
                self.lines.push(b.line);
            }
        }
    }

    /// Quotations, the date and the statistics, once the body is complete.
    fn finish(mut self, country: Country, diagnostics: &mut Vec<Diagnostic>) -> Article {
        let article = &mut self.article;
        for (block, line) in article.body.iter_mut().zip(&self.lines) {
            let Block::Paragraph { text } = block else {
                continue;
            };
            if let Some((quote, opening_lost)) = quotation(text) {
                if opening_lost {
                    let message = "a quotation has no opening mark; read as a quotation from its closing mark and speaker";
                    diagnostics.push(Diagnostic::new(
                        *line,
                        DiagnosticCode::QuoteMarkMissing,
                        message,
                    ));
                }
                *block = quote;
            }
        }
        if self.extras_given {
            return self.article;
        }
        // The first date the body names, else one in the headline ("… HELD IN BAKU ON 8 APRIL").
        article.date = article
            .body
            .iter()
            .find_map(|b| match b {
                Block::Paragraph { text } | Block::Quote { text, .. } => article_date(text),
                Block::Bullets { items } => items.iter().find_map(|i| article_date(i)),
            })
            .or_else(|| article_date(&article.headline));
        for block in &article.body {
            let texts: Vec<&str> = match block {
                Block::Paragraph { text } | Block::Quote { text, .. } => vec![text.as_str()],
                Block::Bullets { items } => items.iter().map(String::as_str).collect(),
            };
            for text in texts {
                article
                    .statistics
                    .extend(extract_in(text, country).into_iter().map(|e| e.statistic));
            }
        }
        self.article
    }
}

/// The summary's `*Azerbaijan*` italics markers left out; `\*` is a star of the text.
fn without_italics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'*') => {
                out.push('*');
                chars.next();
            }
            '*' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a paragraph ends a sentence: `.`, `!`, `?` or `:` before any closing quotes.
fn ends_sentence(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['”', '»', '"', '’', '\'', ')']);
    trimmed.ends_with(['.', '!', '?', ':', '…'])
}

const SPEECH_VERBS: &[&str] = &[
    "said",
    "noted",
    "stated",
    "added",
    "emphasized",
    "emphasised",
    "stressed",
    "explained",
    "reported",
    "announced",
    "informed",
    "told",
    "warned",
    "underlined",
    "recalled",
    "says",
    "notes",
    "states",
    "reports",
];

/// `«…,» said NAME, ROLE.` (also “…” and "…", with the opening mark lost, with `», –`
/// before the verb, and `«…,» the draft agreement states.`) → a quotation with its speaker.
fn quotation(paragraph: &str) -> Option<(Block, bool)> {
    let close_at = paragraph.rfind(['»', '”', '"'])?;
    let quoted = paragraph.get(..close_at)?;
    let close_len = paragraph[close_at..].chars().next()?.len_utf8();
    let after = paragraph.get(close_at + close_len..)?.trim();
    // ",» said …", also "», – noted …" with the comma outside and a dash.
    let after = after
        .trim_start_matches([',', '–', '—', '-', ' '])
        .trim_end_matches('.');
    let mut words = after.split_whitespace();
    let first = words.next()?;
    let speaker = if SPEECH_VERBS.contains(&first) {
        let who = after[first.len()..].trim();
        match who.split_once(", ") {
            Some((name, role)) => Speaker::new(name.trim()).with_role(role.trim()),
            None => Speaker::new(who),
        }
    } else {
        // "the draft agreement states"
        let last = after.rsplit(' ').next()?;
        if !SPEECH_VERBS.contains(&last) || after.split_whitespace().count() > 6 {
            return None;
        }
        Speaker::new(after[..after.len() - last.len()].trim())
    };
    if speaker.name.is_empty() || speaker.name.split_whitespace().count() > 8 {
        return None;
    }
    let quoted = quoted.trim();
    let opened = quoted.strip_prefix(['«', '“', '"']);
    let text = opened.unwrap_or(quoted);
    // A quotation mark opening inside means the quote is part of a longer sentence.
    if text.contains(['«', '“']) {
        return None;
    }
    let text = text.trim_end_matches(',').trim();
    Some((Block::quote(text, Some(speaker)), opened.is_none()))
}

/// The first "29 August" or "18 August 2025" the text names.
fn article_date(text: &str) -> Option<ArticleDate> {
    // Both forms start with a word holding a digit: most paragraphs have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, pair) in words.windows(2).enumerate() {
        if !pair[0].bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // "14.03.2025"
        let first = pair[0].trim_matches(|c: char| !c.is_ascii_digit());
        if first.len() == 10 {
            if let Some(date) = crate::model::dotted(first, None) {
                return Some(ArticleDate::from_date(date));
            }
        }
        let day: u32 = match pair[0].parse() {
            Ok(d) if (1..=31).contains(&d) => d,
            _ => continue,
        };
        let month_word = pair[1].trim_end_matches([',', '.', ';', ':', ')']);
        let Ok(month) = month_word.parse::<Month>() else {
            continue;
        };
        if month_word.len() < 3 {
            continue;
        }
        let year = words
            .get(i + 2)
            .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
            .and_then(four_digit_year);
        let date = match year {
            Some(y) => chrono::NaiveDate::from_ymd_opt(y, month.number_from_month(), day)
                .map(ArticleDate::from_date),
            None => ArticleDate::without_year(month.number_from_month(), day),
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

/// A year as releases print it: four digits, no sign.
fn four_digit_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// "from 16 to 31 August 2025", "from 28 August to 3 September 2025".
fn summary_period(text: &str, year_hint: i32) -> Option<Period> {
    let from = text.find("from ")? + 5;
    let words: Vec<&str> = text[from..]
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let (d1, m1, rest) = match words.as_slice() {
        [d1, "to", rest @ ..] => (d1.parse::<u32>().ok()?, None, rest),
        [d1, m1, "to", rest @ ..] => (
            d1.parse::<u32>().ok()?,
            Some(m1.parse::<Month>().ok()?),
            rest,
        ),
        _ => return None,
    };
    let d2: u32 = rest.first()?.parse().ok()?;
    let m2 = rest.get(1)?.parse::<Month>().ok()?;
    let year = rest
        .get(2)
        .and_then(|y| four_digit_year(y))
        .unwrap_or(year_hint);
    let m1 = m1.unwrap_or(m2);
    let start_year = if m1.number_from_month() > m2.number_from_month() {
        year - 1
    } else {
        year
    };
    if !crate::model::writable_year(start_year) || !crate::model::writable_year(year) {
        return None;
    }
    Period::new(
        chrono::NaiveDate::from_ymd_opt(start_year, m1.number_from_month(), d1)?,
        chrono::NaiveDate::from_ymd_opt(year, m2.number_from_month(), d2)?,
    )
}

/// "13", "one", "Seven" → the number.
fn count_word(word: &str) -> Option<u32> {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    w.parse()
        .ok()
        .or_else(|| small_number(&w).and_then(|n| u32::try_from(n).ok()))
}

/// "«Information Release …», #16, 2025" → ("Information Release …", ", #16, 2025").
fn split_quoted(text: &str) -> (String, &str) {
    let inner = text.trim_start_matches(['«', '"', '“']);
    match inner.find(['»', '"', '”']) {
        Some(end) => {
            let close_len = inner[end..].chars().next().map_or(1, char::len_utf8);
            (collapse_spaces(&inner[..end]), &inner[end + close_len..])
        }
        None => (collapse_spaces(inner), ""),
    }
}

/// "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52".
fn postal_address(text: &str) -> Option<PostalAddress> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let (country, rest) = parts.split_first()?;
    let country = Country::from_name(country)?;
    let (postal_code, rest) = rest.split_first()?;
    if !postal_code.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (city, street) = rest.split_first()?;
    if street.is_empty() {
        return None;
    }
    Some(PostalAddress {
        country,
        postal_code: (*postal_code).to_owned(),
        city: (*city).to_owned(),
        street: street.join(", "),
    })
}

/// "tel.: +7 727 259 99 90, +7 727 259 99 91" → the numbers.
fn phone_numbers(text: &str) -> Vec<PhoneNumber> {
    let rest = text.split_once(':').map_or_else(
        || text.trim_start_matches(|c: char| c.is_alphabetic() || c == '.'),
        |(_, r)| r,
    );
    rest.split([',', ';'])
        .filter_map(|p| p.trim().parse().ok())
        .collect()
}
