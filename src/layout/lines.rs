//! Text into blocks: each line of extracted text (or of the Markdown the crate writes) is
//! classified by its markup, and plain lines run together up to a blank line.
//!
//! Only this part knows about lines of text; [`super::assemble`] works on the blocks.
//! The character references the Markdown writer makes (`&lt;`, …) are read back here, in
//! every block but sources, comments and contents lines (see `escape`).

use super::blocks::{BlockKind, LayoutBlock, contents_line};
use super::escape::unescape;

/// The blocks of a text, after a leading byte-order mark is dropped and CRLF or CR line ends
/// are read as LF.
pub(super) fn blocks(input: &str) -> Vec<LayoutBlock> {
    let text = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    if text.contains('\r') {
        split(&text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        split(text)
    }
}

/// Splits the text into blocks: every marked-up line is a block of its own; plain lines run
/// together up to a blank line.
fn split(text: &str) -> Vec<LayoutBlock> {
    let mut out: Vec<LayoutBlock> = Vec::new();
    let mut open_text = false;
    // A `<http…` source that the PDF wrapped over several lines, joined without spaces.
    let mut wrapped_url: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some((start, mut url)) = wrapped_url.take() {
            let part = raw.trim();
            url.push_str(part.trim_end_matches('>'));
            if part.ends_with('>') || part.is_empty() || part.contains(char::is_whitespace) {
                out.push(LayoutBlock::new(BlockKind::Url, start, &url));
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
        out.push(LayoutBlock::new(kind, line, body));
        open_text = matches!(kind, BlockKind::Text | BlockKind::Literal);
    }
    if let Some((start, url)) = wrapped_url {
        out.push(LayoutBlock::new(BlockKind::Url, start, &url));
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
