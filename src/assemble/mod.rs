//! The release from its layout's blocks, whatever reader made them: the release's own logic,
//! read in the order the document prints it. Shared by the readers, owned by none: a reader
//! makes [`blocks`] of what it reads, and [`release`] builds the release from them.
//!
//! 1. [`cover`]: title, subtitle, period, number, place and year;
//! 2. [`editorial`]: the publisher's details, the «…» title line and the format;
//! 3. [`contents`]: the CONTENTS lines with their pages;
//! 4. [`summary`]: the summary sentence and the topics;
//! 5. [`sections`]: country headings, and in each the articles ([`article`]), up to the
//!    closing publisher block.
//!
//! Country headings are read with [`countries`], which also knows the misspellings.
//! Everything guessed or repaired on the way is noted as a [`Diagnostic`] (in `diagnostic`,
//! public through the readers' modules); a text that is not a release at all is a
//! [`NotARelease`], which each reader turns into its own error.

mod article;
pub(crate) mod blocks;
mod contents;
mod countries;
mod cover;
mod diagnostic;
mod editorial;
pub(crate) mod lexicon;
pub(crate) mod printed;
mod sections;
mod summary;

pub(crate) use article::role_then_name;
pub use diagnostic::{Diagnostic, DiagnosticCode};

use chrono::Datelike;

use self::blocks::{At, LayoutBlock};
use self::cover::Cover;
use crate::wording::Language;
use crate::{Country, Format, Release};

/// A release read from a document, and what the reader had to guess or repair.
///
/// The Markdown [`crate::layout::markdown()`] writes reads back as the same release:
///
/// ```
/// use caricc_release::layout::{self, DiagnosticCode};
///
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let parsed = layout::parse(&layout::markdown(&release))?;
/// assert_eq!(parsed.release, release);
/// let codes: Vec<DiagnosticCode> = parsed.diagnostics.iter().map(|d| d.code()).collect();
/// assert_eq!(codes, [DiagnosticCode::HeadingTypo]); // the contents' "KYRGYZ PEPUBLIC"
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed {
    /// The release. Check it with [`Release::validate`].
    pub release: Release,
    /// The diagnostics, in the order of the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// The blocks are not a release at all: no title, no period to place it in time, no number,
/// or no country section. Each reader turns it into its own error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NotARelease {
    /// Where the assembler stopped.
    pub(crate) at: At,
    /// What is missing.
    pub(crate) message: String,
}

impl NotARelease {
    fn new(at: At, message: impl Into<String>) -> Self {
        NotARelease {
            at,
            message: message.into(),
        }
    }
}

/// Builds the release from the blocks of its layout, written in `language`, or in the
/// language the blocks' text is mostly written in.
pub(crate) fn release(
    blocks: &[LayoutBlock],
    language: Option<Language>,
) -> Result<Parsed, NotARelease> {
    let language = language.unwrap_or_else(|| language_of(blocks));
    Assembler {
        blocks,
        language,
        at: 0,
        diagnostics: Vec::new(),
        contents_at: Vec::new(),
    }
    .release()
}

/// Walks the blocks once, front to back, noting what it guesses or repairs.
struct Assembler<'b> {
    blocks: &'b [LayoutBlock],
    /// The release's language: its defaults (title, subtitle, place).
    language: Language,
    /// The next block to read.
    at: usize,
    diagnostics: Vec<Diagnostic>,
    /// Where each contents entry stands, in the order of the contents.
    contents_at: Vec<At>,
}

impl<'b> Assembler<'b> {
    fn note(&mut self, at: At, code: DiagnosticCode, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(at, code, message));
    }

    fn peek(&self) -> Option<&'b LayoutBlock> {
        self.blocks.get(self.at)
    }

    fn release(mut self) -> Result<Parsed, NotARelease> {
        let cover = self.cover()?;
        let mut editorial = self.editorial();
        let contents = self.contents();
        let summary_blocks = self.summary();
        let sections = self.sections(&contents, editorial.name.as_deref());
        let (number, year) = self.number_and_year(&cover, editorial.number_year)?;
        let lexicon = lexicon::lexicon(self.language);
        if sections.is_empty() {
            let example = (lexicon.official_name)(&Country::KZ).to_uppercase();
            return Err(NotARelease::new(
                cover.at,
                format!("no country section (a heading naming a country, such as \"{example}\")"),
            ));
        }
        let title = editorial.title.take().unwrap_or(cover.title);
        let format = editorial.format.unwrap_or(Format::Pdf);
        let publisher = self.publisher(editorial, cover.at);
        let summary = self.read_summary(summary_blocks, &sections, cover.period);
        let release = Release {
            title,
            subtitle: cover
                .subtitle
                .unwrap_or_else(|| lexicon.series_subtitle.to_owned()),
            number,
            year,
            period: cover.period,
            place: cover.place.unwrap_or_else(|| lexicon.place.to_owned()),
            publisher,
            format,
            language: self.language.tag(),
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

    /// Number and year: the cover's, else the «…» line's (number, year, where), else the
    /// period's place on the semi-monthly schedule. The two are cross-checked when both are
    /// printed.
    fn number_and_year(
        &mut self,
        cover: &Cover,
        stated: Option<(u32, i32, At)>,
    ) -> Result<(u32, i32), NotARelease> {
        let year = cover
            .year
            .or(stated.map(|(_, y, _)| y))
            .unwrap_or(cover.period.start.year());
        let number = match (cover.number, stated) {
            (Some(n), Some((m, y, at))) => {
                if n != m || y != year {
                    let message = format!(
                        "the editorial block says #{m}, {y} but the cover says #{n}, {year}"
                    );
                    self.note(at, DiagnosticCode::CrossCheck, message);
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
                    self.note(cover.at, DiagnosticCode::NumberDerived, message);
                    n
                }
                None => {
                    return Err(NotARelease::new(
                        cover.at,
                        "no release number (such as \"#16\") and the period is not on the semi-monthly schedule",
                    ));
                }
            },
        };
        Ok((number, year))
    }
}

/// The language the blocks are mostly written in: Russian when their text has more
/// Cyrillic letters than Latin ones (sources and e-mail addresses are Latin in both).
fn language_of(blocks: &[LayoutBlock]) -> Language {
    Language::of_texts(
        blocks
            .iter()
            .filter(|b| b.kind != blocks::BlockKind::Url)
            .map(|b| b.text.as_str()),
    )
}

/// A year as releases print it: four digits, no sign.
fn four_digit_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::blocks::{BlockKind, LayoutBlock};
    use super::{DiagnosticCode, release};

    /// A block of one line, on `page`.
    fn block(kind: BlockKind, line: usize, page: Option<u32>, text: &str) -> LayoutBlock {
        let mut b = LayoutBlock::new(kind, line, text);
        b.page = page;
        b
    }

    /// A release in blocks: its cover on page 1, a contents line giving Kazakhstan `listed`,
    /// and Kazakhstan's section on page 5 (when pages are known).
    fn blocks(listed: u32, paged: bool) -> Vec<LayoutBlock> {
        let on = |page: u32| paged.then_some(page);
        let mut contents = block(
            BlockKind::Contents,
            7,
            on(1),
            "<i>REPUBLIC OF KAZAKHSTAN</i> ..... 4",
        );
        contents.entry = Some(("REPUBLIC OF KAZAKHSTAN".to_owned(), listed));
        vec![
            block(BlockKind::Heading, 1, on(1), "INFORMATION RELEASE"),
            block(BlockKind::Text, 3, on(1), "16-31.08.2025"),
            block(BlockKind::Text, 4, on(1), "#16"),
            block(BlockKind::Heading, 5, on(1), "CONTENTS"),
            contents,
            block(BlockKind::Heading, 20, on(5), "REPUBLIC OF KAZAKHSTAN"),
            block(BlockKind::Heading, 22, on(5), "POLICE SEIZED DRUGS"),
            block(BlockKind::Text, 24, on(5), "Police seized 5 kg of hashish."),
            block(BlockKind::Url, 26, on(5), "https://polisia.kz/a"),
        ]
    }

    #[test]
    fn a_contents_page_other_than_the_sections_is_reported_at_the_contents_line() {
        let parsed = release(&blocks(4, true), None).expect("a release");
        assert_eq!(parsed.release.sections[0].page, Some(4));
        let found: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.code() == DiagnosticCode::ContentsPage)
            .collect();
        assert_eq!(found.len(), 1, "{:?}", parsed.diagnostics);
        assert_eq!((found[0].line(), found[0].page()), (7, Some(1)));
        assert_eq!(
            found[0].message(),
            "the contents give page 4 for REPUBLIC OF KAZAKHSTAN, but its section starts on page 5"
        );
        assert_eq!(
            found[0].to_string(),
            "page 1, line 7: warning contents-page: the contents give page 4 for REPUBLIC OF KAZAKHSTAN, but its section starts on page 5"
        );
    }

    #[test]
    fn a_right_contents_page_or_unknown_pages_are_not_reported() {
        for (listed, paged) in [(5, true), (4, false)] {
            let parsed = release(&blocks(listed, paged), None).expect("a release");
            assert!(
                parsed
                    .diagnostics
                    .iter()
                    .all(|d| d.code() != DiagnosticCode::ContentsPage),
                "{:?}",
                parsed.diagnostics
            );
            assert!(parsed.diagnostics.iter().all(|d| d.page() == on(paged)));
        }
        fn on(paged: bool) -> Option<u32> {
            paged.then_some(1)
        }
    }

    #[test]
    fn not_a_release_says_where_it_stopped() {
        let mut blocks = blocks(4, true);
        blocks.truncate(5);
        let failure = release(&blocks, None).expect_err("no section");
        assert_eq!((failure.at.line, failure.at.page), (1, Some(1)));
        assert!(failure.message.starts_with("no country section"));
    }

    #[test]
    fn the_contents_are_checked_against_the_page_a_section_prints() {
        for (printed, reported) in [(4, false), (3, true)] {
            let mut blocks = blocks(4, true);
            blocks[5].printed_page = Some(printed);
            let parsed = release(&blocks, None).expect("a release");
            let found: Vec<_> = parsed
                .diagnostics
                .iter()
                .filter(|d| d.code() == DiagnosticCode::ContentsPage)
                .collect();
            assert_eq!(found.len(), usize::from(reported), "{found:?}");
            if let Some(d) = found.first() {
                assert_eq!(
                    d.message(),
                    "the contents give page 4 for REPUBLIC OF KAZAKHSTAN, but its section starts on page 3 (as printed; page 5 of the text)"
                );
                assert_eq!(d.page(), Some(1));
            }
        }
    }

    #[test]
    fn a_speaker_line_under_a_quotation_names_its_speaker() {
        let mut blocks = blocks(5, true);
        let at = |line, text| block(BlockKind::Text, line, Some(5), text);
        let extra = [
            at(25, "“Our task is to show young people what drugs lead to.”"),
            at(26, "— Ilya Tokarev, head of the youth policy department"),
            at(27, "the event goes on"),
        ];
        blocks.splice(8..8, extra);
        let parsed = release(&blocks, None).expect("a release");
        let body = &parsed.release.sections[0].articles[0].body;
        let speaker =
            crate::Speaker::new("Ilya Tokarev").with_role("head of the youth policy department");
        assert_eq!(
            body[1],
            crate::Block::quote(
                "Our task is to show young people what drugs lead to.",
                Some(speaker)
            )
        );
        assert_eq!(body[2], crate::Block::paragraph("the event goes on"));
    }

    #[test]
    fn the_publishers_wrapped_name_and_labelled_e_mail_and_website() {
        let mut blocks = blocks(5, true);
        let at = |kind, line, text| block(kind, line, Some(1), text);
        let editorial = [
            at(BlockKind::Heading, 4, "INFORMATION RELEASE CARICC"),
            at(
                BlockKind::Text,
                4,
                "Central Asian Centre for combating the illicit trafficking of",
            ),
            at(BlockKind::Text, 4, "narcotic drugs and their precursors"),
            at(BlockKind::Bold, 4, "EDITORIAL ADDRESS:"),
            at(
                BlockKind::Text,
                4,
                "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52",
            ),
            at(BlockKind::Text, 4, "e-mail: registry@caricc.org"),
            at(BlockKind::Text, 4, "website: www.caricc.org"),
        ];
        blocks.splice(3..3, editorial);
        let parsed = release(&blocks, None).expect("a release");
        let publisher = &parsed.release.publisher;
        assert_eq!(
            publisher.name,
            "Central Asian Centre for combating the illicit trafficking of narcotic drugs and their precursors"
        );
        assert_eq!(publisher.email.to_string(), "registry@caricc.org");
        assert_eq!(publisher.website.as_str(), "https://www.caricc.org/");
        assert!(
            parsed
                .diagnostics
                .iter()
                .all(|d| d.code() != DiagnosticCode::PublisherAssumed),
            "{:?}",
            parsed.diagnostics
        );
    }
}
