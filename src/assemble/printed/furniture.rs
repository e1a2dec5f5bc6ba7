//! Page furniture: running headers and footers, and page numbers, which are the pages' and
//! not the release's.

use std::collections::HashMap;

use super::PrintedLine;

/// The lines without running headers (a page's first line that also begins at least one
/// other page, digits aside) and footers (a page's last line that is a page number, or that
/// also ends at least one other page).
pub(super) fn without_furniture(lines: Vec<PrintedLine>) -> Vec<PrintedLine> {
    let pages = page_ranges(&lines);
    if pages.len() < 2 {
        return lines;
    }
    let firsts = counts(pages.iter().map(|&(start, _)| &lines[start]));
    let lasts = counts(pages.iter().map(|&(_, end)| &lines[end - 1]));
    let mut drop = vec![false; lines.len()];
    for &(start, end) in &pages {
        if firsts[&key(&lines[start].text)] >= 2 {
            drop[start] = true;
        }
        let last = &lines[end - 1];
        if end - 1 > start && (is_page_number(&last.text) || lasts[&key(&last.text)] >= 2) {
            drop[end - 1] = true;
        }
    }
    lines
        .into_iter()
        .zip(drop)
        .filter_map(|(line, drop)| (!drop).then_some(line))
        .collect()
}

/// Each page's lines, as index ranges, when the lines carry pages.
fn page_ranges(lines: &[PrintedLine]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 1..=lines.len() {
        if i == lines.len() || lines[i].at.page != lines[start].at.page {
            if lines[start].at.page.is_some() {
                ranges.push((start, i));
            }
            start = i;
        }
    }
    ranges
}

fn counts<'a>(lines: impl Iterator<Item = &'a PrintedLine>) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for line in lines {
        *counts.entry(key(&line.text)).or_insert(0) += 1;
    }
    counts
}

/// The text with its digits as `#`: headers and footers differ in their page numbers.
fn key(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// "7", "- 7 -", "Page 7", "7 of 12".
fn is_page_number(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n] => number(n),
        [page, n] => page.eq_ignore_ascii_case("page") && number(n),
        [n, of, m] => number(n) && of.eq_ignore_ascii_case("of") && number(m),
        _ => false,
    }
}
