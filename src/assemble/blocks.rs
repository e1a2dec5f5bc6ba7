//! The blocks a release's layout is read as: a heading, a bold line, a source, a bullet item,
//! a contents line, a paragraph, …, each with the line it starts at.
//!
//! This is the meeting point of the readers and the assembler: [`super::lines`] makes blocks
//! of extracted text (or the Markdown [`crate::layout::markdown()`] writes), and
//! [`super::assemble`] builds the release from blocks, whatever made them.

use super::escape::unescape;
use crate::words::collapse_spaces;

/// What a line or run of lines looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BlockKind {
    /// `# …` to `###### …`.
    Heading,
    /// `**…**` alone on its line.
    Bold,
    /// `<http…>` alone on its line.
    Url,
    /// `- …` or `• …`.
    Bullet,
    /// `<i>HEADING</i> ….. 2`: its text reads with [`contents_line`].
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

/// One block of the layout: a marked-up line, or plain lines up to a blank line.
#[derive(Debug, Clone)]
pub(super) struct LayoutBlock {
    pub(super) kind: BlockKind,
    /// 1-based line of the first line.
    pub(super) line: usize,
    /// The text without its markup (`#`, `**`, `<…>`, `- `), lines joined by a space.
    pub(super) text: String,
    /// The lines as printed, trimmed.
    pub(super) lines: Vec<String>,
}

impl LayoutBlock {
    /// A block of one line.
    pub(super) fn new(kind: BlockKind, line: usize, text: &str) -> Self {
        LayoutBlock {
            kind,
            line,
            text: text.to_owned(),
            lines: vec![text.to_owned()],
        }
    }

    /// A `#`-heading, a bold line, or upper-case text: a headline or a country heading.
    pub(super) fn is_heading_like(&self) -> bool {
        matches!(self.kind, BlockKind::Heading | BlockKind::Bold) || self.is_bare_headline()
    }

    /// Upper-case text of two words or more that is not a sentence: a page break can leave
    /// an acronym ("CARICC.") or a slogan (“SAY NO TO DRUGS!”) alone on a line.
    fn is_bare_headline(&self) -> bool {
        // The cheap tests first; `is_upper_line` gives up on prose after a few letters.
        self.kind == BlockKind::Text
            && !ends_sentence(&self.text)
            && !self.text.starts_with(['“', '«', '"'])
            && is_upper_line(&self.text)
            && (2..=40).contains(&words_up_to(&self.text, 41))
    }
}

/// `<i>REPUBLIC OF AZERBAIJAN</i> .....\t2` → ("REPUBLIC OF AZERBAIJAN", 2); the heading's
/// character references (`&amp;`, …) are read back.
pub(super) fn contents_line(line: &str) -> Option<(String, u32)> {
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
    let heading = collapse_spaces(&unescape(&heading));
    (!heading.is_empty()).then_some((heading, page))
}

/// The number of words (as `split_whitespace` splits them), counting no further than `limit`.
pub(super) fn words_up_to(s: &str, limit: usize) -> usize {
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
pub(super) fn is_upper_line(s: &str) -> bool {
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

/// Whether a paragraph ends a sentence: `.`, `!`, `?` or `:` before any closing quotes.
pub(super) fn ends_sentence(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['”', '»', '"', '’', '\'', ')']);
    trimmed.ends_with(['.', '!', '?', ':', '…'])
}
