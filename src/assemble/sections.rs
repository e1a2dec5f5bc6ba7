//! The country sections: a heading naming a country opens one; headlines open its articles;
//! everything up to the closing publisher block belongs to the last article opened.

use super::Assembler;
use super::DiagnosticCode;
use super::article::Draft;
use super::blocks::{BlockKind, LayoutBlock, ends_sentence, is_upper_line, words_up_to};
use super::countries::country_of;
use super::lexicon::{LEXICONS, starts_with_ignore_case};
use crate::words::collapse_spaces;
use crate::{ContentsEntry, Country, CountrySection};

/// A section being read: the section without its articles, and its articles' drafts.
type SectionDraft = (CountrySection, Vec<Draft>);

impl Assembler<'_> {
    /// A block that opens a country section: a heading, a bold line or a bare upper-case
    /// line naming a country (with `true` when the name is misspelt).
    pub(super) fn section_heading(&self, b: &LayoutBlock) -> Option<(Country, bool)> {
        // A bare country heading may be one word ("TURKMENISTAN"); a headline needs two.
        // The word count first: it rules out every paragraph after a few words.
        if words_up_to(&b.text, 7) > 6 {
            return None;
        }
        let bare = b.kind == BlockKind::Text && is_upper_line(&b.text) && !ends_sentence(&b.text);
        if !(b.is_heading_like() || bare) {
            return None;
        }
        country_of(&b.text)
    }

    /// The sections, from the first country heading to the closing publisher block (named
    /// `publisher` in the editorial block); the contents give each section its page.
    pub(super) fn sections(
        &mut self,
        contents: &[ContentsEntry],
        publisher: Option<&str>,
    ) -> Vec<CountrySection> {
        let mut sections: Vec<SectionDraft> = Vec::new();
        let closing = self.closing_start(publisher);
        while self.at < closing {
            let Some(b) = self.peek() else { break };
            self.at += 1;
            if let Some((country, fuzzy)) = self.section_heading(b) {
                let section = self.open_section(b, country, fuzzy, contents, &sections);
                sections.push((section, Vec::new()));
            } else if is_page_number(b) {
                let message = format!(
                    "the line {:?} is taken for a page number and left out",
                    b.text
                );
                self.note(b.at(), DiagnosticCode::PageNumber, message);
            } else if let Some((_, drafts)) = sections.last_mut() {
                self.add_to_articles(drafts, b);
            } else {
                self.note(
                    b.at(),
                    DiagnosticCode::TextKept,
                    "text before the first country section is not part of the release's model; left out",
                );
            }
        }
        self.at = self.blocks.len();
        sections
            .into_iter()
            .map(|(mut section, drafts)| {
                section.articles = drafts
                    .into_iter()
                    .map(|d| d.finish(section.country, &mut self.diagnostics))
                    .collect();
                section
            })
            .collect()
    }

    /// A new section for the heading `b`, with the page the contents give the country (its
    /// second entry for a country's second section). When the heading's page is known, the
    /// contents' page is checked against it.
    fn open_section(
        &mut self,
        b: &LayoutBlock,
        country: Country,
        fuzzy: bool,
        contents: &[ContentsEntry],
        earlier: &[SectionDraft],
    ) -> CountrySection {
        if fuzzy {
            let message = format!(
                "the heading {:?} is read as {} ({country}), the closest country name",
                b.text,
                country.official_name()
            );
            self.note(b.at(), DiagnosticCode::HeadingTypo, message);
        }
        let mut section = CountrySection::new(country, collapse_spaces(&b.text));
        let earlier = earlier.iter().filter(|(s, _)| s.country == country).count();
        let entry = contents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.country == country)
            .nth(earlier);
        section.page = entry.map(|(_, c)| c.page);
        // The page the section's own page prints (its footer's number), else the page it
        // is in the text: the contents give the printed one.
        if let (Some((i, c)), Some(page)) = (entry, b.printed_page.or(b.page)) {
            if c.page != page {
                let message = match (b.printed_page, b.page) {
                    (Some(printed), Some(physical)) if printed != physical => format!(
                        "the contents give page {} for {}, but its section starts on page {printed} (as printed; page {physical} of the text)",
                        c.page, c.heading
                    ),
                    _ => format!(
                        "the contents give page {} for {}, but its section starts on page {page}",
                        c.page, c.heading
                    ),
                };
                let at = self.contents_at.get(i).copied().unwrap_or(b.at());
                self.note(at, DiagnosticCode::ContentsPage, message);
            }
        }
        section
    }

    /// A block inside a section: a headline opens an article (or continues the headline
    /// before it); anything else goes into the article open.
    fn add_to_articles(&mut self, drafts: &mut Vec<Draft>, b: &LayoutBlock) {
        let headline_like = b.is_heading_like();
        match drafts.last_mut() {
            Some(draft) if !headline_like => draft.add(b, &mut self.diagnostics),
            // A headline printed over two heading lines: nothing stands between them.
            Some(draft) if draft.has_only_headline() => {
                draft.continue_headline(&collapse_spaces(&b.text));
                self.note(
                    b.at(),
                    DiagnosticCode::HeadlineJoined,
                    "a headline continued on the next heading line is joined",
                );
            }
            _ => {
                if !headline_like {
                    self.note(
                        b.at(),
                        DiagnosticCode::TextKept,
                        "an article starts without a headline; its first paragraph is taken as the headline",
                    );
                }
                drafts.push(Draft::new(collapse_spaces(&b.text)));
            }
        }
    }

    /// Where the closing publisher block begins: the last block that starts the publisher's
    /// name or an address, after the last source.
    fn closing_start(&self, publisher: Option<&str>) -> usize {
        let last_url = self
            .blocks
            .iter()
            .rposition(|b| b.kind == BlockKind::Url)
            .unwrap_or(0);
        self.blocks
            .iter()
            .enumerate()
            .skip(last_url + 1)
            .find(|(_, b)| {
                b.kind == BlockKind::Text
                    && (LEXICONS
                        .iter()
                        .any(|l| starts_with_ignore_case(&b.text, l.publisher_start))
                        || publisher.is_some_and(|name| collapse_spaces(&b.text) == name)
                        || b.text.contains("tel.:")
                        || b.text.contains("тел.:"))
            })
            .map_or(self.blocks.len(), |(i, _)| i)
    }
}

/// A line holding only a small number: a page number the extraction kept.
fn is_page_number(b: &LayoutBlock) -> bool {
    b.kind == BlockKind::Text && b.text.len() <= 3 && b.text.bytes().all(|c| c.is_ascii_digit())
}
