//! Blocks from printed lines: the lines of a release's pages as a PDF shows them (read from the
//! PDF itself, with their look) or as `pdftotext` prints them (plain or `-layout`, with only
//! what characters tell), made into the blocks the assembler reads.
//!
//! This is where pages become a document, for every reader of printed pages alike:
//! 1. page furniture goes: running headers (a page's first line that begins other pages
//!    too) and footers (a page number, a repeated last line);
//! 2. what the crate's own HTML adds around the release goes: a section's badge ("AZ",
//!    "7 ARTICLES"), an article's "Event kinds: … · Places: … · Topics: …" line and its
//!    "FIGURES REPORTED" table, which repeat what the release says elsewhere; in every
//!    language the renderer speaks («7 СТАТЕЙ», «ПРИВЕДЁННЫЕ ДАННЫЕ»), from the words of
//!    `lexicon::PageWords` the renderer prints;
//! 3. each line is classified ([`classify`]) by what it says and, when known, how it looks:
//!    headings by size, weight and content together, never by one alone;
//! 4. lines run together into blocks: a headline wrapped over lines (or over a page break),
//!    a paragraph rejoined across line ends, hyphens and page breaks; a `— Name, role` line
//!    under a quotation stands alone (the assembler reads it as the speaker);
//! 5. blocks set apart by their indent or italics become quotations (in «…» or “…») or list
//!    items whose bullets the text lost; plain `pdftotext` sets no indents, so there they
//!    stay paragraphs;
//! 6. each block learns the number its page prints (from the footers' page numbers, the
//!    most common difference to the page in the text), which the CONTENTS refer to.

mod classify;
mod furniture;

use super::blocks::{At, BlockKind, LayoutBlock, ends_sentence, one_quotation};
use classify::Kind;

/// One printed line of a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PrintedLine {
    /// The text, trimmed; words separated by single spaces.
    pub(crate) text: String,
    /// Where it stands: its line (counted through the document) and page.
    pub(crate) at: At,
    /// How it looks, as far as the reader knows.
    pub(crate) look: Look,
    /// The address of a link the line lies in (a PDF's URI annotation): exact, where the
    /// visible text may be wrapped or cut.
    pub(crate) link: Option<String>,
}

/// How a printed line looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Look {
    /// Font size relative to the body text's (1.0: body text).
    pub(crate) size: f32,
    /// Bold, when the reader knows weights.
    pub(crate) bold: Option<bool>,
    /// Italic, when the reader knows styles.
    pub(crate) italic: Option<bool>,
    /// Centred on the page.
    pub(crate) centred: bool,
    /// How far in from the text's left edge it starts, in ems of body text.
    pub(crate) indent: f32,
    /// How far across the text's width it reaches, 0 to 1.
    pub(crate) fill: f32,
    /// Space above it beyond the usual line spacing, in lines; 0 for the next line of a
    /// paragraph, 1 or more for a blank line.
    pub(crate) gap: f32,
}

impl Default for Look {
    fn default() -> Look {
        Look {
            size: 1.0,
            bold: None,
            italic: None,
            centred: false,
            indent: 0.0,
            fill: 1.0,
            gap: 0.0,
        }
    }
}

/// A line reaching less far than this across the text's width ends its paragraph.
const SHORT_LINE: f32 = 0.8;

/// The blocks the lines make.
pub(crate) fn blocks(lines: Vec<PrintedLine>) -> Vec<LayoutBlock> {
    let (lines, printed_pages) = furniture::without_furniture(lines);
    let kinds = classify::kinds(&lines);
    let mut out: Vec<LayoutBlock> = Vec::new();
    let mut shapes: Vec<Shape> = Vec::new();
    let mut previous: Option<(&PrintedLine, Kind)> = None;
    let mut in_body = false;
    // Paragraphs open with a first-line indent where any line shows one (not in plain
    // `pdftotext` text, which sets no indents).
    let indents = lines
        .iter()
        .any(|l| (0.8..INDENTED_BLOCK).contains(&l.look.indent));
    for (line, &kind) in lines.iter().zip(&kinds) {
        if kind == Kind::Skip {
            continue;
        }
        in_body |= kind == Kind::Headline;
        let continues = previous
            .is_some_and(|(p, k)| continues_block(p, k, line, kind, indents, in_item(&out)))
            && !out.last().is_some_and(closes_quotation);
        match (out.last_mut(), shapes.last_mut()) {
            (Some(block), Some(shape)) if continues => {
                join_line(block, &line.text);
                shape.add(line);
            }
            _ => {
                let new = match kind {
                    Kind::Url => source_blocks(line),
                    _ => vec![new_block(line, kind)],
                };
                shapes.extend(new.iter().map(|_| Shape::of(line, in_body)));
                out.extend(new);
            }
        }
        previous = Some((line, kind));
    }
    set_apart(&mut out, &shapes);
    for block in &mut out {
        block.printed_page = block.page.and_then(|p| printed_pages.printed(p));
    }
    out
}

/// How a block's lines stand: what tells a quotation or a list item set apart by its
/// indent or its italics from the paragraphs around it.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// The first line's indent.
    first: f32,
    /// The least indent of its lines.
    least: f32,
    lines: usize,
    /// Every line in italics, as far as the reader knows.
    italic: bool,
    /// In the country sections (after the first headline).
    in_body: bool,
}

impl Shape {
    fn of(line: &PrintedLine, in_body: bool) -> Shape {
        Shape {
            first: line.look.indent,
            least: line.look.indent,
            lines: 1,
            italic: line.look.italic == Some(true),
            in_body,
        }
    }

    fn add(&mut self, line: &PrintedLine) {
        self.least = self.least.min(line.look.indent);
        self.lines += 1;
        self.italic &= line.look.italic == Some(true);
    }

    /// Indented as a whole: two lines or more, each at least this far in (a paragraph's
    /// first-line indent is not enough).
    fn indented(&self) -> bool {
        self.lines >= 2 && self.least >= INDENTED_BLOCK
    }
}

/// How far in (in ems) every line of a block set apart stands.
const INDENTED_BLOCK: f32 = 2.0;

/// Paragraphs of an article set apart: in «…» (or “…”) and italic or indented as a whole, a
/// quotation without a speaker (its marks go, as the text layout's `> ` gives it); otherwise
/// indented as a whole, a list item whose bullet the text lost (Chromium draws its bullets,
/// `pdftotext` prints none), and a line beside one at its indent too. Plain text tells
/// neither: there these stay paragraphs.
fn set_apart(out: &mut [LayoutBlock], shapes: &[Shape]) {
    let mut unbulleted = vec![false; out.len()];
    for ((block, shape), made) in out.iter_mut().zip(shapes).zip(&mut unbulleted) {
        if block.kind != BlockKind::Text || !shape.in_body {
            continue;
        }
        if shape.italic || shape.indented() {
            if let Some(inner) = one_quotation(&block.text) {
                block.text = inner.to_owned();
                block.kind = BlockKind::Quote;
            } else if shape.indented() {
                block.kind = BlockKind::Bullet;
                *made = true;
            }
        }
    }
    lost_bullets(out, shapes, &unbulleted);
}

/// Runs of list items whose bullets the text lost: two blocks or more in a row set in as
/// far as each other, each one line or indented as a whole, of which one at least is no
/// sentence (a paragraph of one line ends its sentence; "seized parents and teachers"
/// does not) or was read as a list item already.
fn lost_bullets(out: &mut [LayoutBlock], shapes: &[Shape], unbulleted: &[bool]) {
    let item_indent = |k: usize| -> Option<f32> {
        let (block, shape) = (out.get(k)?, shapes.get(k)?);
        let made = unbulleted.get(k) == Some(&true);
        let lone = block.kind == BlockKind::Text && shape.lines == 1;
        let indent = if made { shape.least } else { shape.first };
        let item = shape.in_body
            && (made || lone)
            && indent >= INDENTED_BLOCK
            && !block.text.starts_with(['«', '“', '"', '—']);
        item.then_some(indent)
    };
    let indents: Vec<Option<f32>> = (0..out.len()).map(item_indent).collect();
    let item_indent = |k: usize| indents.get(k).copied().flatten();
    let mut i = 0;
    while i < out.len() {
        let Some(indent) = item_indent(i) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while item_indent(end).is_some_and(|x| (x - indent).abs() < 0.3) {
            end += 1;
        }
        let telling = (i..end).any(|k| {
            unbulleted.get(k) == Some(&true) || out.get(k).is_some_and(|b| !ends_sentence(&b.text))
        });
        if end - i >= 2 && telling {
            for block in out.iter_mut().take(end).skip(i) {
                block.kind = BlockKind::Bullet;
            }
        }
        i = end;
    }
}

/// A paragraph that is one quotation ending a sentence, «….»: what follows is not its.
fn closes_quotation(block: &LayoutBlock) -> bool {
    block.kind == BlockKind::Text
        && block.text.ends_with(['»', '”'])
        && ends_sentence(&block.text)
        && one_quotation(&block.text).is_some()
}

/// Whether `line` goes on with the block `previous` is in.
fn continues_block(
    previous: &PrintedLine,
    was: Kind,
    line: &PrintedLine,
    kind: Kind,
    indents: bool,
    item: bool,
) -> bool {
    let line_of = |hanging| Between {
        hanging,
        item,
        indents,
    };
    match (was, kind) {
        (Kind::Headline, Kind::HeadlineContinued) => true,
        (Kind::Url, Kind::UrlContinued) => true,
        // A list item's lines may hang under its text, further in than its bullet.
        (Kind::Bullet, Kind::Text) => !paragraph_ends(previous, line, line_of(true)),
        (Kind::Text, Kind::Text) => !paragraph_ends(previous, line, line_of(false)),
        _ => false,
    }
}

/// Whether the last block is a list item.
fn in_item(out: &[LayoutBlock]) -> bool {
    out.last().is_some_and(|b| b.kind == BlockKind::Bullet)
}

/// What is known of two lines of text, one after the other.
#[derive(Debug, Clone, Copy)]
struct Between {
    /// The second is the first after a bullet's line.
    hanging: bool,
    /// They are a list item's.
    item: bool,
    /// Paragraphs open with a first-line indent.
    indents: bool,
}

/// Whether a paragraph ends between two lines of text.
fn paragraph_ends(previous: &PrintedLine, line: &PrintedLine, between: Between) -> bool {
    let Between {
        hanging,
        item,
        indents,
    } = between;
    let (p, l) = (&previous.look, &line.look);
    if line.at.page != previous.at.page {
        // A page break: the paragraph goes on where the page's last line was full and the
        // next page's first is not set in as a paragraph's first line is (where indents are
        // not known: and the last line ended no sentence).
        let opens = if indents && !hanging {
            l.indent > p.indent + 0.8
        } else {
            ends_sentence(&previous.text)
        };
        return p.fill < SHORT_LINE || opens || line.text.starts_with("— ");
    }
    l.gap >= 0.5
        // A list item's lines may wrap at any indent under its text.
        || (!hanging && !item && l.indent > p.indent + 0.8)
        // A line set in as far as a bullet, but without one, or (where indents are not
        // known) a sentence opening after the item's: the next paragraph.
        || (hanging && p.indent > 0.0 && (l.indent - p.indent).abs() < 0.3)
        || (hanging && ends_sentence(&previous.text) && opens_sentence(&line.text))
        || p.fill < SHORT_LINE
        || l.size != p.size
        || line.text.starts_with("— ")
}

/// A capital letter or an opening quotation mark first.
fn opens_sentence(text: &str) -> bool {
    text.starts_with(['«', '“', '"']) || text.starts_with(char::is_uppercase)
}

/// A source line's blocks: its link's address, or each address it prints ("Sources: a · b").
fn source_blocks(line: &PrintedLine) -> Vec<LayoutBlock> {
    let addresses: Vec<&str> = match &line.link {
        Some(link) => vec![link.as_str()],
        None => classify::source_text(&line.text)
            .split(" · ")
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect(),
    };
    addresses
        .into_iter()
        .map(|address| {
            let mut block = LayoutBlock::new(BlockKind::Url, line.at.line, address);
            block.page = line.at.page;
            block
        })
        .collect()
}

/// A block of one line.
fn new_block(line: &PrintedLine, kind: Kind) -> LayoutBlock {
    let (block_kind, text) = match kind {
        Kind::Title | Kind::Heading | Kind::Headline | Kind::HeadlineContinued => {
            (BlockKind::Heading, line.text.as_str())
        }
        Kind::Bold => (BlockKind::Bold, line.text.as_str()),
        Kind::Url | Kind::UrlContinued => (BlockKind::Url, classify::source_text(&line.text)),
        Kind::Bullet => (BlockKind::Bullet, classify::bullet_item(&line.text)),
        Kind::Contents(..) => (BlockKind::Contents, line.text.as_str()),
        Kind::Text | Kind::Skip => (BlockKind::Text, line.text.as_str()),
    };
    let mut block = LayoutBlock::new(block_kind, line.at.line, text);
    block.page = line.at.page;
    if let Kind::Contents(entry) = kind {
        block.entry = Some((line.text[..entry.heading_end].to_owned(), entry.page));
    }
    block
}

/// Adds a line to a block: after a space, or straight on after a line-end hyphen (which is
/// kept: the writers hyphenate no words, so a hyphen at a line's end is the text's own), and
/// always straight on for the rest of an address.
fn join_line(block: &mut LayoutBlock, text: &str) {
    let hyphen = block.text.ends_with('-')
        && block
            .text
            .chars()
            .rev()
            .nth(1)
            .is_some_and(char::is_alphabetic);
    if block.text.ends_with('\u{AD}') {
        block.text.pop();
    } else if !hyphen && block.kind != BlockKind::Url {
        block.text.push(' ');
    }
    block.text.push_str(text);
    block.lines.push(text.to_owned());
}

#[cfg(test)]
mod tests;
