//! The blocks a release's layout is read as: a heading, a bold line, a source, a bullet item,
//! a contents line, a paragraph, …, each with the line (and, when the reader knows it, the
//! page) it starts at.
//!
//! This is the meeting point of the readers and the assembler: a reader makes blocks of what
//! it reads (the text layout's reader, `crate::layout`, of extracted text or the Markdown
//! [`crate::layout::markdown()`] writes), and [`super::release`] builds the release from
//! blocks, whatever made them. A block's text is plain: the reader has read its markup (a
//! contents line's heading and page, a comment's article extras, emphasis markers), so the
//! assembler knows none.

use crate::{Article, ArticleDate, EventKind, Statistic};

/// What a line or run of lines looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// `# …` to `###### …`.
    Heading,
    /// `**…**` alone on its line.
    Bold,
    /// `<http…>` alone on its line.
    Url,
    /// `- …` or `• …`.
    Bullet,
    /// A CONTENTS line (`<i>HEADING</i> ….. 2`): its heading and page are the block's
    /// [`entry`](LayoutBlock::entry).
    Contents,
    /// Anything else: lines up to a blank line.
    Text,
    /// Text escaped with a leading backslash: never markup, never a heading.
    Literal,
    /// `> …`: a quotation without a named speaker.
    Quote,
    /// `<!-- … -->` alone on its line: what it says is the block's
    /// [`annotation`](LayoutBlock::annotation).
    Comment,
}

/// One block of the layout: a marked-up line, or plain lines up to a blank line.
#[derive(Debug, Clone)]
pub(crate) struct LayoutBlock {
    pub(crate) kind: BlockKind,
    /// 1-based line of the first line.
    pub(crate) line: usize,
    /// 1-based page of the first line, when the reader knows it.
    pub(crate) page: Option<u32>,
    /// The number that page prints (its footer's), when the reader knows it: what a
    /// CONTENTS page refers to. [`page`](Self::page) stays the page in the text, which
    /// diagnostics name.
    pub(crate) printed_page: Option<u32>,
    /// The text without its markup (`#`, `**`, `<…>`, `- `), lines joined by a space; a
    /// contents line and a comment as printed, what they say being in
    /// [`entry`](Self::entry) and [`annotation`](Self::annotation).
    pub(crate) text: String,
    /// The lines as printed, trimmed.
    pub(crate) lines: Vec<String>,
    /// A contents line's heading and page.
    pub(crate) entry: Option<(String, u32)>,
    /// What a comment says about its article.
    pub(crate) annotation: Option<Annotation>,
    /// The text without the emphasis markers of the reader's markup (the summary's counts in
    /// italics), when it differs from [`text`](Self::text).
    pub(crate) unemphasized: Option<String>,
}

/// Where a block or a diagnostic stands: its line, and its page when the reader knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct At {
    /// 1-based line.
    pub(crate) line: usize,
    /// 1-based page.
    pub(crate) page: Option<u32>,
}

impl At {
    /// A line of a reader that knows no pages.
    pub(crate) fn line(line: usize) -> At {
        At { line, page: None }
    }
}

/// What a comment block says about the article it follows.
#[derive(Debug, Clone)]
pub(crate) enum Annotation {
    /// Not the crate's own comment: not part of the release.
    Foreign,
    /// The article's date, places, organisations, topics, statistics and event kinds.
    Extras(Box<ArticleExtras>),
    /// The crate's own comment, which does not read: why.
    Unread(String),
}

/// The fields of an article that the printed layout has no place for, as a comment gives
/// them: they replace what the article had, and nothing of them is guessed.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleExtras {
    pub(crate) date: Option<ArticleDate>,
    pub(crate) places: Vec<String>,
    pub(crate) organisations: Vec<String>,
    pub(crate) topics: Vec<String>,
    pub(crate) statistics: Vec<Statistic>,
    pub(crate) event_kinds: Vec<EventKind>,
}

impl ArticleExtras {
    /// Gives the article the extras, replacing what it had.
    pub(crate) fn apply_to(self, article: &mut Article) {
        article.date = self.date;
        article.places = self.places;
        article.organisations = self.organisations;
        article.topics = self.topics;
        article.statistics = self.statistics;
        article.event_kinds = self.event_kinds;
    }
}

impl LayoutBlock {
    /// A block of one line.
    pub(crate) fn new(kind: BlockKind, line: usize, text: &str) -> Self {
        LayoutBlock {
            kind,
            line,
            page: None,
            printed_page: None,
            text: text.to_owned(),
            lines: vec![text.to_owned()],
            entry: None,
            annotation: None,
            unemphasized: None,
        }
    }

    /// Where the block starts.
    pub(crate) fn at(&self) -> At {
        At {
            line: self.line,
            page: self.page,
        }
    }

    /// The text without emphasis markers.
    pub(crate) fn unemphasized(&self) -> &str {
        self.unemphasized.as_deref().unwrap_or(&self.text)
    }

    /// A `#`-heading, a bold line, or upper-case text: a headline or a country heading.
    pub(crate) fn is_heading_like(&self) -> bool {
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

/// The number of words (as `split_whitespace` splits them), counting no further than `limit`.
pub(crate) fn words_up_to(s: &str, limit: usize) -> usize {
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
pub(crate) fn is_upper_line(s: &str) -> bool {
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
pub(crate) fn ends_sentence(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['”', '»', '"', '’', '\'', ')']);
    trimmed.ends_with(['.', '!', '?', ':', '…'])
}

/// The text inside the marks of a text that is one quotation from its first character to
/// its last: «…», “…” or "…", quotation marks inside it paired («a» and «b» is two).
pub(crate) fn one_quotation(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = text.strip_prefix(['«', '“', '"'])?;
    let inner = inner.strip_suffix(['»', '”', '"'])?;
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth -= 1,
            '"' => return None,
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    (depth == 0).then(|| inner.trim())
}
