//! The text `pdftotext` prints of a release PDF, plain or with `-layout`: no markup, only
//! lines, blank lines, form feeds between pages and, with `-layout`, the spaces that place
//! each line. What the characters tell of each line's look (how far in it starts, how far
//! across it reaches, the blank lines above it) is handed with it to the crate's reader of
//! printed lines, which the PDF reader shares.

use crate::assemble::blocks::At;
use crate::assemble::printed::{Look, PrintedLine};

/// What separates pages in the text of `pdftotext`.
const FORM_FEED: char = '\u{c}';

/// Whether the text is the crate's layout (the Markdown it writes, or the like): a line
/// begins with a heading's `#`, a bold `**` or a source's `<`. Text that has none is
/// printed text.
pub(super) fn has_markup(text: &str) -> bool {
    text.lines().any(|line| {
        let t = line.trim_start();
        t.starts_with("# ")
            || t.starts_with("## ")
            || t.starts_with("### ")
            || t.starts_with("**")
            || t.starts_with("<http")
            || t.starts_with("<!--")
    })
}

/// The printed lines of the text, with what characters tell of their look.
pub(super) fn lines(text: &str) -> Vec<PrintedLine> {
    let paged = text.contains(FORM_FEED);
    let mut out = Vec::new();
    let mut page = 1u32;
    let mut page_lines: Vec<(usize, &str, f32)> = Vec::new();
    let mut blank = 0.0f32;
    for (i, raw) in text.lines().enumerate() {
        let feeds = raw.matches(FORM_FEED).count();
        let raw = raw.trim_end().trim_start_matches(FORM_FEED);
        if feeds > 0 {
            flush(&mut out, &mut page_lines, paged.then_some(page));
            page = page.saturating_add(u32::try_from(feeds).unwrap_or(u32::MAX));
            blank = 0.0;
        }
        if raw.trim().is_empty() {
            blank += 1.0;
            continue;
        }
        page_lines.push((i + 1, raw, blank));
        blank = 0.0;
    }
    flush(&mut out, &mut page_lines, paged.then_some(page));
    out
}

/// Makes printed lines of one page's lines (line number, text, blank lines before).
fn flush(out: &mut Vec<PrintedLine>, lines: &mut Vec<(usize, &str, f32)>, page: Option<u32>) {
    let indent_of = |t: &str| t.chars().take_while(|c| c.is_whitespace()).count();
    let margin = lines
        .iter()
        .map(|(_, t, _)| indent_of(t))
        .min()
        .unwrap_or(0);
    // The width of a full line of running text: an address or a dot leader may reach
    // further than any line of text does.
    let length = |t: &str| t.chars().count();
    let is_text = |t: &str| t.split_whitespace().count() >= 4 && !t.contains("....");
    let widest = lines
        .iter()
        .filter(|(_, t, _)| is_text(t))
        .map(|(_, t, _)| length(t))
        .max()
        .or_else(|| lines.iter().map(|(_, t, _)| length(t)).max())
        .unwrap_or(1)
        .max(1);
    for &(line, raw, gap) in lines.iter() {
        let indent = indent_of(raw) - margin;
        let look = Look {
            // A character is about half an em of body text.
            indent: indent as f32 / 2.0,
            fill: (length(raw) as f32 / widest as f32).min(1.0),
            gap,
            ..Look::default()
        };
        out.push(PrintedLine {
            text: tidy(raw.trim()),
            at: At { line, page },
            look,
            link: None,
        });
    }
    lines.clear();
}

/// Single spaces between words, but a tab for a run of spaces before a closing page number
/// (`-layout` sets a contents line's page far to the right).
fn tidy(text: &str) -> String {
    let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let digits_at = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = &text[..digits_at];
    if digits_at < text.len() && before.ends_with("   ") && !before.trim().is_empty() {
        return format!("{}\t{}", collapse(before), &text[digits_at..]);
    }
    collapse(text)
}
