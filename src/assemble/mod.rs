//! The release from its layout's blocks, whatever made them: the release's own logic, read
//! in the order the document prints it.
//!
//! 1. [`cover`]: title, subtitle, period, number, place and year;
//! 2. [`editorial`]: the publisher's details, the «…» title line and the format;
//! 3. [`contents`]: the CONTENTS lines with their pages;
//! 4. [`summary`]: the summary sentence and the topics;
//! 5. [`sections`]: country headings, and in each the articles ([`article`]), up to the
//!    closing publisher block.
//!
//! Country headings are read with [`countries`], which also knows the misspellings.
//! Everything guessed or repaired on the way is noted as a [`Diagnostic`].

mod article;
mod contents;
mod countries;
mod cover;
mod editorial;
mod sections;
mod summary;

use chrono::Datelike;

use self::cover::Cover;
use super::blocks::LayoutBlock;
use super::{Diagnostic, DiagnosticCode, Error, Parsed};
use crate::{Format, LanguageTag, Release};

/// How the cover's title and the editorial block's heading begin.
const TITLE_START: &str = "INFORMATION RELEASE";

/// Builds the release from the blocks of its layout.
pub(super) fn release(blocks: &[LayoutBlock]) -> Result<Parsed, Error> {
    Assembler {
        blocks,
        at: 0,
        diagnostics: Vec::new(),
    }
    .release()
}

/// Walks the blocks once, front to back, noting what it guesses or repairs.
struct Assembler<'b> {
    blocks: &'b [LayoutBlock],
    /// The next block to read.
    at: usize,
    diagnostics: Vec<Diagnostic>,
}

impl<'b> Assembler<'b> {
    fn note(&mut self, line: usize, code: DiagnosticCode, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(line, code, message));
    }

    fn peek(&self) -> Option<&'b LayoutBlock> {
        self.blocks.get(self.at)
    }

    fn release(mut self) -> Result<Parsed, Error> {
        let cover = self.cover()?;
        let mut editorial = self.editorial();
        let contents = self.contents();
        let summary_blocks = self.summary();
        let sections = self.sections(&contents, editorial.name.as_deref());
        let (number, year) = self.number_and_year(&cover, editorial.number_year)?;
        if sections.is_empty() {
            return Err(Error::not_a_release(
                cover.line,
                "no country section (a heading naming a country, such as \"REPUBLIC OF KAZAKHSTAN\")",
            ));
        }
        let title = editorial.title.take().unwrap_or(cover.title);
        let format = editorial.format.unwrap_or(Format::Pdf);
        let publisher = self.publisher(editorial, cover.line);
        let summary = self.read_summary(summary_blocks, &sections, cover.period);
        let release = Release {
            title,
            subtitle: cover.subtitle,
            number,
            year,
            period: cover.period,
            place: cover.place.unwrap_or_else(|| "Almaty".to_owned()),
            publisher,
            format,
            language: LanguageTag::english(),
            contents,
            summary,
            sections,
        };
        self.diagnostics.sort_by_key(|d| d.line());
        Ok(Parsed {
            release,
            diagnostics: self.diagnostics,
        })
    }

    /// Number and year: the cover's, else the «…» line's (number, year, line), else the
    /// period's place on the semi-monthly schedule. The two are cross-checked when both are
    /// printed.
    fn number_and_year(
        &mut self,
        cover: &Cover,
        stated: Option<(u32, i32, usize)>,
    ) -> Result<(u32, i32), Error> {
        let year = cover
            .year
            .or(stated.map(|(_, y, _)| y))
            .unwrap_or(cover.period.start.year());
        let number = match (cover.number, stated) {
            (Some(n), Some((m, y, line))) => {
                if n != m || y != year {
                    let message = format!(
                        "the editorial block says #{m}, {y} but the cover says #{n}, {year}"
                    );
                    self.note(line, DiagnosticCode::CrossCheck, message);
                }
                n
            }
            (Some(n), None) => n,
            (None, Some((m, _, _))) => m,
            (None, None) => match cover.period.semi_monthly_number() {
                Some(n) => {
                    let message = format!(
                        "no release number found; #{n} taken from the period {}",
                        cover.period
                    );
                    self.note(cover.line, DiagnosticCode::NumberDerived, message);
                    n
                }
                None => {
                    return Err(Error::not_a_release(
                        cover.line,
                        "no release number (such as \"#16\") and the period is not on the semi-monthly schedule",
                    ));
                }
            },
        };
        Ok((number, year))
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// A year as releases print it: four digits, no sign.
fn four_digit_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}
