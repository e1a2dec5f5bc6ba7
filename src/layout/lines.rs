//! Text into blocks: each line of extracted text (or of the Markdown the crate writes) is
//! classified by its markup, and plain lines run together up to a blank line.
//!
//! Only this part knows about lines of text and their markup; the crate's assembler works on
//! the blocks, whose text is plain. The character references the Markdown writer makes
//! (`&lt;`, …) are read back here, in every block but sources and comments (see `escape`);
//! a contents line's heading and page, a comment's article extras and the summary's italics
//! markers are read here too. The form feeds `pdftotext` leaves between pages give each block
//! its page, when the text has any.

use super::comment::Extras;
use super::escape::unescape;
use crate::assemble::blocks::{Annotation, BlockKind, LayoutBlock};
use crate::words::collapse_spaces;

/// What separates pages in the text of `pdftotext`.
const FORM_FEED: char = '\u{c}';

/// The blocks of a text, after a leading byte-order mark is dropped and CRLF or CR line ends
/// are read as LF.
pub(super) fn blocks(input: &str) -> Vec<LayoutBlock> {
    let text = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let mut blocks = if text.contains('\r') {
        split(&text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        split(text)
    };
    for block in &mut blocks {
        read_markup(block);
    }
    blocks
}

/// The markup a block's text still holds, read: a contents line's heading and page, a
/// comment's article extras, emphasis markers.
fn read_markup(block: &mut LayoutBlock) {
    match block.kind {
        BlockKind::Contents => block.entry = contents_line(&block.text),
        BlockKind::Comment => {
            block.annotation = Some(match Extras::from_comment(&block.text) {
                None => Annotation::Foreign,
                Some(Ok(extras)) => Annotation::Extras(Box::new(extras.into_article_extras())),
                Some(Err(e)) => Annotation::Unread(e.to_string()),
            });
        }
        _ => {}
    }
    if block.text.contains('*') {
        block.unemphasized = Some(without_italics(&block.text));
    }
}

/// The page count of a text: `None` when it has no form feed, else the page of each line.
struct Pages(Option<u32>);

impl Pages {
    fn of(text: &str) -> Pages {
        Pages(text.contains(FORM_FEED).then_some(1))
    }

    /// The page `raw` starts on: after the form feeds before its text; those after its text
    /// open the next page.
    fn line(&mut self, raw: &str) -> Option<u32> {
        let page = self.0.as_mut()?;
        let leading = raw
            .chars()
            .take_while(|c| c.is_whitespace())
            .filter(|&c| c == FORM_FEED)
            .count();
        let all = raw.matches(FORM_FEED).count();
        *page = page.saturating_add(u32::try_from(leading).unwrap_or(u32::MAX));
        let here = *page;
        *page = page.saturating_add(u32::try_from(all - leading).unwrap_or(u32::MAX));
        Some(here)
    }
}

/// A block of one line on `page`.
fn block(kind: BlockKind, line: usize, page: Option<u32>, text: &str) -> LayoutBlock {
    let mut b = LayoutBlock::new(kind, line, text);
    b.page = page;
    b
}

/// Splits the text into blocks: every marked-up line is a block of its own; plain lines run
/// together up to a blank line.
fn split(text: &str) -> Vec<LayoutBlock> {
    let mut out: Vec<LayoutBlock> = Vec::new();
    let mut open_text = false;
    let mut pages = Pages::of(text);
    // A `<http…` source that the PDF wrapped over several lines, joined without spaces.
    let mut wrapped_url: Option<(usize, Option<u32>, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let page = pages.line(raw);
        if let Some((start, start_page, mut url)) = wrapped_url.take() {
            let part = raw.trim();
            url.push_str(part.trim_end_matches('>'));
            if part.ends_with('>') || part.is_empty() || part.contains(char::is_whitespace) {
                out.push(block(BlockKind::Url, start, start_page, &url));
                open_text = false;
            } else {
                wrapped_url = Some((start, start_page, url));
            }
            continue;
        }
        let t = raw.trim();
        if t.starts_with("<http") && !t.ends_with('>') && !t.contains(char::is_whitespace) {
            wrapped_url = Some((line, page, t.trim_start_matches('<').to_owned()));
            continue;
        }
        if t.is_empty() {
            open_text = false;
            continue;
        }
        let (kind, body) = kind_of(raw);
        // Sources and comments are kept as written; a contents line's heading is read back
        // by `contents_line`.
        let body = match kind {
            BlockKind::Url | BlockKind::Comment | BlockKind::Contents => body.into(),
            _ => unescape(body),
        };
        let body = body.as_ref();
        if kind == BlockKind::Text && open_text {
            if let Some(last) = out.last_mut() {
                last.text.push(' ');
                last.text.push_str(body);
                last.lines.push(body.to_owned());
                continue;
            }
        }
        out.push(block(kind, line, page, body));
        open_text = matches!(kind, BlockKind::Text | BlockKind::Literal);
    }
    if let Some((start, start_page, url)) = wrapped_url {
        out.push(block(BlockKind::Url, start, start_page, &url));
    }
    out
}

/// What one line is, and its text without the markup.
fn kind_of(line: &str) -> (BlockKind, &str) {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix('\\') {
        return (BlockKind::Literal, rest);
    }
    if let Some(rest) = t.strip_prefix("> ") {
        return (BlockKind::Quote, rest.trim());
    }
    if let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) {
        return (BlockKind::Comment, inner.trim());
    }
    if let Some(rest) = t.strip_prefix('#') {
        let rest = rest.trim_start_matches('#');
        if rest.starts_with(' ') && t.len() - rest.len() <= 6 {
            return (BlockKind::Heading, rest.trim());
        }
    }
    if t.len() > 4 && t.starts_with("**") && t.ends_with("**") {
        return (BlockKind::Bold, t.trim_matches('*').trim());
    }
    if let Some(url) = source(t) {
        return (BlockKind::Url, url);
    }
    if let Some(item) = bullet_item(t) {
        return (BlockKind::Bullet, item);
    }
    if contents_line(t).is_some() {
        return (BlockKind::Contents, t);
    }
    (BlockKind::Text, t)
}

/// A source's URL: `<http…>` or `<www.…>`, or a URL printed without angle brackets, or after
/// "Source:".
fn source(t: &str) -> Option<&str> {
    if let Some(inner) = t.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        if inner.contains("://") || inner.starts_with("www.") {
            return Some(inner.trim());
        }
    }
    let bare = ["Source:", "Sources:", "source:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map_or(t, str::trim_start);
    if let Some(inner) = bare.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        return Some(inner.trim());
    }
    if (bare.starts_with("http://") || bare.starts_with("https://") || bare.starts_with("www."))
        && !bare.contains(char::is_whitespace)
    {
        return Some(bare.trim_end_matches(['.', ',', ';']));
    }
    None
}

/// The bullets PDF text extraction leaves before a list item (some from symbol fonts'
/// private-use code points).
const BULLETS: [&str; 12] = [
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
];

/// A list item's text, without its bullet.
fn bullet_item(t: &str) -> Option<&str> {
    BULLETS
        .iter()
        .find_map(|bullet| t.strip_prefix(bullet))
        .map(str::trim)
}

/// `<i>REPUBLIC OF AZERBAIJAN</i> .....\t2` → ("REPUBLIC OF AZERBAIJAN", 2); the heading's
/// character references (`&amp;`, …) are read back.
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
    let heading = collapse_spaces(&unescape(&heading));
    (!heading.is_empty()).then_some((heading, page))
}

/// The `*…*` italics markers left out (the summary's counts, `(*Azerbaijan – 7, …*)`, as
/// the Markdown writer prints them); `\*` is a star of the text.
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
