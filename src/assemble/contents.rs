//! CONTENTS: one line per country section, its heading in italics, a dot leader and the page
//! (`<i>REPUBLIC OF AZERBAIJAN</i> ..... 2`), which the reader gives as each contents block's
//! heading and page.

use super::Assembler;
use super::DiagnosticCode;
use super::blocks::BlockKind;
use super::countries::country_of;
use super::lexicon::is_contents_heading;
use crate::ContentsEntry;

impl Assembler<'_> {
    /// The "CONTENTS" heading, if printed, and the contents lines after it; where each entry
    /// stands goes to `contents_at`.
    pub(super) fn contents(&mut self) -> Vec<ContentsEntry> {
        let mut entries = Vec::new();
        if self
            .peek()
            .is_some_and(|b| b.kind == BlockKind::Heading && is_contents_heading(&b.text))
        {
            self.at += 1;
        }
        while let Some(b) = self.peek().filter(|b| b.kind == BlockKind::Contents) {
            self.at += 1;
            let Some((heading, page)) = b.entry.clone() else {
                continue;
            };
            match country_of(&heading) {
                Some((country, fuzzy)) => {
                    if fuzzy {
                        let message = format!(
                            "the contents heading {heading:?} is read as {} ({country}), the closest country name",
                            country.official_name()
                        );
                        self.note(b.at(), DiagnosticCode::HeadingTypo, message);
                    }
                    self.contents_at.push(b.at());
                    entries.push(ContentsEntry {
                        country,
                        heading,
                        page,
                    });
                }
                None => {
                    let message = format!(
                        "the contents line {heading:?} names no known country; left out of the contents"
                    );
                    self.note(b.at(), DiagnosticCode::TextKept, message);
                }
            }
        }
        entries
    }
}
