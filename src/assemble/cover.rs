//! The cover: the "INFORMATION RELEASE" title lines, "(according to the media)", the period
//! (`16-31.08.2025`), the number (`#16`) and "Almaty - 2025".

use super::Assembler;
use super::NotARelease;
use super::blocks::{At, BlockKind, LayoutBlock};
use super::lexicon::{series_title, title_lexicon};
use crate::Period;
use crate::words::collapse_spaces;

/// What the cover gives.
pub(super) struct Cover {
    /// Where the title stands: where whole-release diagnostics point.
    pub(super) at: At,
    pub(super) title: String,
    /// The subtitle in parentheses, if printed.
    pub(super) subtitle: Option<String>,
    pub(super) period: Period,
    pub(super) number: Option<u32>,
    pub(super) year: Option<i32>,
    pub(super) place: Option<String>,
}

impl Assembler<'_> {
    /// From the title up to the next heading or contents line.
    pub(super) fn cover(&mut self) -> Result<Cover, NotARelease> {
        let start = self.title_block()?;
        let at = self.blocks[start].at();
        self.at = start + 1;
        // The title's block may run on to the cover's other lines, with no blank line between.
        let title = &self.blocks[start];
        let mut parts = CoverParts {
            title_words: vec![title.lines.first().unwrap_or(&title.text).clone()],
            ..CoverParts::default()
        };
        for text in title.lines.iter().skip(1) {
            parts.read_line(text);
        }
        while let Some(b) = self.peek() {
            // A bare country heading (exactly a country's name) ends the cover too.
            if b.kind == BlockKind::Heading
                || b.kind == BlockKind::Contents
                || title_lexicon(&b.text).is_some()
                || matches!(self.section_heading(b), Some((_, false)))
            {
                break;
            }
            self.at += 1;
            for text in &b.lines {
                parts.read_line(text);
            }
        }
        parts.into_cover(at)
    }

    /// The "INFORMATION RELEASE" title: a heading, else the first block to begin with it.
    fn title_block(&self) -> Result<usize, NotARelease> {
        let is_title = |b: &LayoutBlock| title_lexicon(&b.text).is_some();
        self.blocks
            .iter()
            .position(|b| b.kind == BlockKind::Heading && is_title(b))
            .or_else(|| self.blocks.iter().position(is_title))
            .ok_or_else(|| {
                NotARelease::new(
                    self.blocks.first().map_or(At::line(1), LayoutBlock::at),
                    "no \"INFORMATION RELEASE\" title: this is not the layout of a CARICC release",
                )
            })
    }
}

/// What the cover's lines give, as they are read; a later line wins.
#[derive(Default)]
struct CoverParts {
    title_words: Vec<String>,
    subtitle: Option<String>,
    period: Option<Period>,
    number: Option<u32>,
    place_year: Option<(String, i32)>,
}

impl CoverParts {
    fn read_line(&mut self, text: &str) {
        if let Ok(p) = text.parse::<Period>() {
            self.period = Some(p);
        } else if let Some(n) = release_number(text) {
            self.number = Some(n);
        } else if let Some(py) = place_and_year(text) {
            self.place_year = Some(py);
        } else {
            self.read_title_line(text);
        }
    }

    /// Title words, the subtitle in parentheses, and what extraction may have run onto the
    /// same line: "(according to the media) 16-31.03.2025".
    fn read_title_line(&mut self, text: &str) {
        let mut rest = text.to_owned();
        if let (Some(open), Some(close)) = (rest.find('('), rest.rfind(')')) {
            if open < close {
                self.subtitle = rest.get(open + 1..close).map(|t| t.trim().to_owned());
                rest.replace_range(open..=close, " ");
            }
        }
        let mut words = Vec::new();
        for token in rest.split_whitespace() {
            if let Ok(p) = token.parse::<Period>() {
                self.period = Some(p);
            } else if let Some(n) = release_number(token) {
                self.number = Some(n);
            } else {
                words.push(token);
            }
        }
        if !words.is_empty() {
            self.title_words.push(words.join(" "));
        }
    }

    /// The cover, if it names a period; the series' own title where the cover prints it (in
    /// any case).
    fn into_cover(self, at: At) -> Result<Cover, NotARelease> {
        let period = self.period.ok_or_else(|| {
            NotARelease::new(
                at,
                "no period on the cover (expected a line such as \"16-31.08.2025\")",
            )
        })?;
        let title = collapse_spaces(&self.title_words.join(" "));
        let (place, year) = self
            .place_year
            .map_or((None, None), |(p, y)| (Some(p), Some(y)));
        Ok(Cover {
            at,
            title: series_title(&title).map_or(title, str::to_owned),
            subtitle: self.subtitle.filter(|s| !s.is_empty()),
            period,
            number: self.number,
            year,
            place,
        })
    }
}

/// "#16" (also "# 16", "№16", "No. 16") → 16.
pub(super) fn release_number(text: &str) -> Option<u32> {
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
