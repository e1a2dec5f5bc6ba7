//! Page furniture: running headers and footers, and page numbers, which are the pages' and
//! not the release's.

use std::collections::HashMap;

use super::PrintedLine;

/// The numbers the pages print: the page in the text and the most common difference
/// between it and the number its footer prints (a cover without a number shifts them by
/// one).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PrintedPages {
    offset: Option<i64>,
}

impl PrintedPages {
    /// The number page `page` of the text prints, when footers give page numbers.
    pub(super) fn printed(self, page: u32) -> Option<u32> {
        let printed = i64::from(page) + self.offset?;
        u32::try_from(printed).ok().filter(|&p| p > 0)
    }

    /// The most common difference between a footer's number and its page in the text.
    fn learn(footers: &[(u32, u32)]) -> PrintedPages {
        let mut counts: HashMap<i64, usize> = HashMap::new();
        for &(page, printed) in footers {
            *counts
                .entry(i64::from(printed) - i64::from(page))
                .or_insert(0) += 1;
        }
        let best = counts
            .into_iter()
            .max_by_key(|&(offset, count)| (count, std::cmp::Reverse(offset.abs())));
        PrintedPages {
            offset: best
                .filter(|&(_, count)| count >= 2)
                .map(|(offset, _)| offset),
        }
    }
}

/// The lines without running headers (a page's first line that also begins at least one
/// other page, digits aside) and footers (a page's last line that is a page number, or that
/// also ends at least one other page), and the numbers the pages print.
pub(super) fn without_furniture(lines: Vec<PrintedLine>) -> (Vec<PrintedLine>, PrintedPages) {
    let pages = page_ranges(&lines);
    if pages.len() < 2 {
        return (lines, PrintedPages::default());
    }
    let mut footers = Vec::new();
    let firsts = counts(pages.iter().map(|&(start, _)| &lines[start]));
    let lasts = counts(pages.iter().map(|&(_, end)| &lines[end - 1]));
    let mut drop = vec![false; lines.len()];
    for &(start, end) in &pages {
        if firsts[&key(&lines[start].text)] >= 2 {
            drop[start] = true;
        }
        let last = &lines[end - 1];
        let number = page_number(&last.text);
        if let (Some(page), Some(number)) = (last.at.page, number) {
            footers.push((page, number));
        }
        if end - 1 > start && (number.is_some() || lasts[&key(&last.text)] >= 2) {
            drop[end - 1] = true;
        }
    }
    let kept = lines
        .into_iter()
        .zip(drop)
        .filter_map(|(line, drop)| (!drop).then_some(line))
        .collect();
    (kept, PrintedPages::learn(&footers))
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

/// "7", "- 7 -", "Page 7", "7 of 12": the page's number.
fn page_number(text: &str) -> Option<u32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let n = match words.as_slice() {
        [n] => n,
        [page, n] if page.eq_ignore_ascii_case("page") => n,
        [n, of, m] if of.eq_ignore_ascii_case("of") && number(m) => n,
        _ => return None,
    };
    number(n).then(|| n.parse().ok()).flatten()
}
