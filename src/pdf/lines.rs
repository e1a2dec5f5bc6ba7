//! Pages of positioned runs into printed lines: runs on one baseline make a line, read left
//! to right and top to bottom; each line's look (size against the body text's, weight,
//! style, indent, how far across it reaches, the space above it) and the link it lies in
//! come with it, for the crate's reader of printed lines.

use std::collections::HashMap;

use super::{Link, Page, TextRun};
use crate::assemble::blocks::At;
use crate::assemble::printed::{Look, PrintedLine};

/// A line being made: its runs, left to right.
struct RawLine<'p> {
    page: &'p Page,
    y: f32,
    runs: Vec<&'p TextRun>,
}

impl RawLine<'_> {
    fn x0(&self) -> f32 {
        self.runs.first().map_or(0.0, |r| r.x)
    }

    fn x1(&self) -> f32 {
        self.runs.iter().map(|r| r.x + r.width).fold(0.0, f32::max)
    }

    fn size(&self) -> f32 {
        self.runs.iter().map(|r| r.font_size).fold(0.0, f32::max)
    }

    /// Whether every run with text other than spaces is `style`.
    fn all(&self, style: impl Fn(&TextRun) -> bool) -> bool {
        self.runs
            .iter()
            .filter(|r| !r.text.trim().is_empty())
            .all(|r| style(r))
    }

    /// The runs' text: a space between runs that a gap separates, a tab where the gap is
    /// wide (a contents line's page set far to the right).
    fn text(&self) -> String {
        let mut text = String::new();
        let mut end: Option<f32> = None;
        for run in &self.runs {
            if let Some(end) = end {
                let gap = run.x - end;
                if gap > run.font_size * 3.0 {
                    text.push('\t');
                } else if gap > run.font_size * 0.2 && !text.ends_with(' ') {
                    text.push(' ');
                }
            }
            text.push_str(&run.text);
            end = Some(run.x + run.width);
        }
        collapse_spaces(text.trim())
    }
}

/// Single spaces between words; a tab stays.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() && c != '\t' {
            if !out.ends_with([' ', '\t']) {
                out.push(' ');
            }
        } else {
            if c == '\t' && out.ends_with(' ') {
                out.pop();
            }
            out.push(c);
        }
    }
    out
}

/// The printed lines of the pages, in reading order.
pub(super) fn printed_lines(pages: &[Page]) -> Vec<PrintedLine> {
    let raw: Vec<RawLine<'_>> = pages.iter().flat_map(page_lines).collect();
    let body = body_size(&raw);
    let (left, right) = text_column(&raw);
    let spacing = line_spacing(&raw, body);
    let mut out = Vec::with_capacity(raw.len());
    let mut previous: Option<&RawLine<'_>> = None;
    for (i, line) in raw.iter().enumerate() {
        let text = line.text();
        if text.is_empty() {
            continue;
        }
        let gap = match previous {
            Some(p) if p.page.number == line.page.number => {
                ((line.y - p.y) / spacing - 1.0).max(0.0)
            }
            _ => 0.0,
        };
        let width = (right - left).max(1.0);
        let middle = (line.x0() + line.x1()) / 2.0;
        let look = Look {
            size: line.size() / body,
            bold: Some(line.all(|r| r.bold)),
            italic: Some(line.all(|r| r.italic)),
            centred: (middle - (left + right) / 2.0).abs() < width * 0.02
                && line.x1() - line.x0() < width * 0.9,
            indent: (line.x0() - left) / body,
            fill: (line.x1() - left) / width,
            gap,
        };
        out.push(PrintedLine {
            text,
            at: At {
                line: i + 1,
                page: Some(line.page.number),
            },
            look,
            link: link_of(line, &line.page.links),
        });
        previous = Some(line);
    }
    out
}

/// A page's runs grouped by baseline, top to bottom, each line's runs left to right.
fn page_lines(page: &Page) -> Vec<RawLine<'_>> {
    let mut runs: Vec<&TextRun> = page.runs.iter().filter(|r| !r.text.is_empty()).collect();
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<RawLine<'_>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            // Superscripts and a bold word on the same line sit within a third of the size.
            Some(line) if (run.y - line.y).abs() <= run.font_size.min(line.size()) * 0.35 => {
                line.runs.push(run);
            }
            _ => lines.push(RawLine {
                page,
                y: run.y,
                runs: vec![run],
            }),
        }
    }
    for line in &mut lines {
        line.runs.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    lines
}

/// The size most of the text is set in: the body text's.
fn body_size(lines: &[RawLine<'_>]) -> f32 {
    let mut chars: HashMap<u32, usize> = HashMap::new();
    for run in lines.iter().flat_map(|l| &l.runs) {
        // Sizes to a tenth of a point.
        *chars
            .entry((run.font_size * 10.0).round() as u32)
            .or_default() += run.text.len();
    }
    chars
        .into_iter()
        .max_by_key(|&(size, count)| (count, size))
        .map_or(10.0, |(size, _)| (size as f32 / 10.0).max(1.0))
}

/// The left and right edges of the body text: where most lines start, and how far the
/// longest lines reach.
fn text_column(lines: &[RawLine<'_>]) -> (f32, f32) {
    let mut starts: HashMap<i32, usize> = HashMap::new();
    for line in lines {
        *starts.entry(line.x0().round() as i32).or_default() += 1;
    }
    let left = starts
        .into_iter()
        .max_by_key(|&(x, count)| (count, -x))
        .map_or(0.0, |(x, _)| x as f32);
    let mut ends: Vec<f32> = lines.iter().map(RawLine::x1).collect();
    ends.sort_by(f32::total_cmp);
    // The 90th percentile: a stray wide line (a table, a URL) does not set the width.
    let right = ends
        .get(ends.len().saturating_sub(1) * 9 / 10)
        .copied()
        .unwrap_or(left + 1.0);
    (left, right.max(left + 1.0))
}

/// The usual distance between the baselines of two lines of body text.
fn line_spacing(lines: &[RawLine<'_>], body: f32) -> f32 {
    let mut steps: HashMap<i32, usize> = HashMap::new();
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.page.number == b.page.number && (a.size() - body).abs() < 0.5 {
            let step = b.y - a.y;
            if step > 0.0 {
                *steps.entry((step * 2.0).round() as i32).or_default() += 1;
            }
        }
    }
    steps
        .into_iter()
        .max_by_key(|&(step, count)| (count, -step))
        .map_or(body * 1.2, |(step, _)| step as f32 / 2.0)
        .max(1.0)
}

/// The address of the link the line's text lies in, mostly.
fn link_of(line: &RawLine<'_>, links: &[Link]) -> Option<String> {
    let (x0, x1) = (line.x0(), line.x1());
    links
        .iter()
        .find(|link| {
            let [lx0, top, lx1, bottom] = link.rect;
            let overlap = x1.min(lx1) - x0.max(lx0);
            line.y >= top - 1.0 && line.y <= bottom + line.size() && overlap > (x1 - x0) * 0.5
        })
        .map(|link| link.uri.clone())
}
