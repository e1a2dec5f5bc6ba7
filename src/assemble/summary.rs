//! The summary: the sentence "In the period from 16 to 31 August 2025, … covered 13 events
//! … (Azerbaijan – 7, Kazakhstan – 3, …)." and the topics paragraph after it, up to the first
//! country section.

use chrono::Datelike;

use super::DiagnosticCode;
use super::blocks::{At, LayoutBlock, ends_sentence};
use super::countries::country_of;
use super::lexicon::LEXICONS;
use super::{Assembler, four_digit_year};
use crate::model::count_events;
use crate::words::{collapse_spaces, month_from_name, small_number};
use crate::{CountryCount, CountrySection, Period, Summary};

impl<'b> Assembler<'b> {
    /// The summary sentence and topics: text blocks before the first section.
    pub(super) fn summary(&mut self) -> Vec<&'b LayoutBlock> {
        let mut found = Vec::new();
        while let Some(b) = self.peek() {
            if self.section_heading(b).is_some() {
                break;
            }
            self.at += 1;
            found.push(b);
        }
        found
    }

    /// The summary the blocks give: its counts from the summary sentence, else from the
    /// sections; its topics from the other paragraphs.
    pub(super) fn read_summary(
        &mut self,
        blocks: Vec<&LayoutBlock>,
        sections: &[CountrySection],
        period: Period,
    ) -> Summary {
        let paragraphs = self.summary_paragraphs(blocks);
        let mut summary = None;
        let mut topics: Vec<String> = Vec::new();
        let first_at = paragraphs.first().map(|(at, _)| *at);
        let mut attempted = false;
        for (at, text) in paragraphs {
            if summary.is_none() && is_summary_sentence(&text) {
                attempted = true;
                summary = self.summary_sentence(&text, at, period);
                if summary.is_none() {
                    let message = "the summary sentence could not be read; it is kept with the topics and the counts are taken from the sections";
                    self.note(at, DiagnosticCode::SummaryUnread, message);
                    topics.push(collapse_spaces(&text));
                }
            } else {
                topics.push(collapse_spaces(&text));
            }
        }
        if !attempted {
            let message = "no summary sentence (\"… covered N events …\"); the counts are taken from the sections";
            // Line 1 is on page 1, when pages are known.
            let first_page = self.blocks.first().and_then(|b| b.page).map(|_| 1);
            let at = first_at.unwrap_or(At {
                line: 1,
                page: first_page,
            });
            self.note(at, DiagnosticCode::SummaryUnread, message);
        }
        let (total_events, events_by_country) = summary.unwrap_or_else(|| {
            (
                sections.iter().map(|s| s.articles.len() as u32).sum(),
                count_events(sections),
            )
        });
        Summary {
            total_events,
            events_by_country,
            topics: (!topics.is_empty()).then(|| topics.join("\n")),
        }
    }

    /// The summary's paragraphs (without the italics of the counts) with where they stand,
    /// rejoined where a page break split them.
    fn summary_paragraphs(&mut self, blocks: Vec<&LayoutBlock>) -> Vec<(At, String)> {
        let mut paragraphs: Vec<(At, String)> = Vec::new();
        for b in blocks {
            let text = b.unemphasized().to_owned();
            match paragraphs.last_mut() {
                // The summary sentence may lack its final period after the counts' parenthesis.
                Some((_, previous))
                    if !ends_sentence(previous) && !previous.trim_end().ends_with(')') =>
                {
                    previous.push(' ');
                    previous.push_str(&text);
                    self.note(
                        b.at(),
                        DiagnosticCode::ParagraphRejoined,
                        "a paragraph split by a page break is rejoined",
                    );
                }
                _ => paragraphs.push((b.at(), text)),
            }
        }
        paragraphs
    }

    /// "… covered 13 events … (Azerbaijan – 7, Kazakhstan – 3, …)."
    fn summary_sentence(
        &mut self,
        text: &str,
        at: At,
        period: Period,
    ) -> Option<(u32, Vec<CountryCount>)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        // "covered 13 events", also "3 events … were covered": the number before "event(s)"
        // («освещено 13 событий»).
        let events_at = words.iter().position(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            LEXICONS.iter().any(|l| l.events.contains(&w))
        })?;
        let total = count_word(words.get(events_at.checked_sub(1)?)?)?;
        // The per-country list: in the last parentheses, or after the last colon.
        let list = match (text.rfind('('), text.rfind(':')) {
            (Some(open), _) => {
                let inner = text.get(open + 1..)?;
                inner.get(..inner.find(')')?)?
            }
            (None, Some(colon)) => text.get(colon + 1..)?.trim_end_matches(['.', ' ']),
            (None, None) => return None,
        };
        let mut counts = Vec::new();
        let items = list.split([',', ';']).flat_map(|i| {
            // "Kazakhstan – 3 and Russia – 2", «Казахстан – 3 и Россия – 2»
            LEXICONS
                .iter()
                .find(|l| i.contains(l.and))
                .map_or_else(|| vec![i], |l| i.split(l.and).collect())
        });
        for item in items {
            let (name, n) = item.rsplit_once(['–', '-', '—', ':'])?;
            // "2" or "2 events"
            let events = count_word(n.split_whitespace().next()?)?;
            let (country, fuzzy) = country_of(name.trim())?;
            if fuzzy {
                self.note(
                    at,
                    DiagnosticCode::HeadingTypo,
                    format!(
                        "the summary's {:?} is read as {}",
                        name.trim(),
                        country.common_name()
                    ),
                );
            }
            counts.push(CountryCount { country, events });
        }
        if let Some(stated) = summary_period(text, period.start.year()) {
            if stated != period {
                self.note(
                    at,
                    DiagnosticCode::CrossCheck,
                    format!("the summary names the period {stated} but the cover says {period}"),
                );
            }
        }
        Some((total, counts))
    }
}

/// "from 16 to 31 August 2025", "from 28 August to 3 September 2025", "from 28 December
/// 2025 to 3 January 2026"; «с 16 по 31 августа 2025 года», «с 28 августа по 3 сентября
/// 2025 года», «с 28 декабря 2025 года по 3 января 2026 года».
fn summary_period(text: &str, year_hint: i32) -> Option<Period> {
    let from = ["from ", "с ", "С "]
        .iter()
        .filter_map(|mark| {
            text.match_indices(mark)
                .find(|(i, _)| text[..*i].ends_with(' ') || *i == 0)
                .map(|(i, m)| (i, i + m.len()))
        })
        .filter(|(_, after)| text[*after..].starts_with(|c: char| c.is_ascii_digit()))
        .map(|(_, after)| after)
        .min()?;
    let words: Vec<&str> = text[from..]
        .split_whitespace()
        .take(10)
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !matches!(*w, "года" | "г" | "гг"))
        .collect();
    let to = words
        .iter()
        .position(|w| matches!(*w, "to" | "по" | "до"))?;
    let (first, second) = (&words[..to], &words[to + 1..]);
    let d1: u32 = first.first()?.parse().ok()?;
    let d2: u32 = second.first()?.parse().ok()?;
    let m2 = month_from_name(second.get(1)?)?;
    let year = second
        .get(2)
        .and_then(|y| four_digit_year(y))
        .unwrap_or(year_hint);
    let m1 = match first.get(1) {
        Some(m) => month_from_name(m)?,
        None => m2,
    };
    let start_year = match first.get(2).and_then(|y| four_digit_year(y)) {
        Some(y) => y,
        None if m1 > m2 => year - 1,
        None => year,
    };
    if !crate::model::writable_year(start_year) || !crate::model::writable_year(year) {
        return None;
    }
    Period::new(
        chrono::NaiveDate::from_ymd_opt(start_year, u32::from(m1), d1)?,
        chrono::NaiveDate::from_ymd_opt(year, u32::from(m2), d2)?,
    )
}

/// Whether a paragraph is the summary sentence: "… covered 13 events …", «… освещено 13
/// событий …».
pub(super) fn is_summary_sentence(text: &str) -> bool {
    let lower = text.to_lowercase();
    LEXICONS.iter().any(|l| {
        l.covered.iter().any(|c| lower.contains(c))
            && l.events
                .iter()
                .any(|e| lower.contains(e.trim_end_matches('s')))
    })
}

/// "13", "one", "Seven" → the number.
fn count_word(word: &str) -> Option<u32> {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    w.parse()
        .ok()
        .or_else(|| small_number(&w).and_then(|n| u32::try_from(n).ok()))
}

#[cfg(test)]
mod tests {
    use super::summary_period;
    use crate::Period;

    #[test]
    fn the_summary_names_its_period_in_english_or_russian() {
        let p = |s: &str| s.parse::<Period>().ok();
        for (text, period) in [
            (
                "In the period from 16 to 31 August 2025, based on",
                "16-31.08.2025",
            ),
            (
                "In the period from 28 August to 3 September 2025, …",
                "28.08-03.09.2025",
            ),
            (
                "In the period from 28 December 2025 to 3 January 2026",
                "28.12.2025-03.01.2026",
            ),
            (
                "В период с 16 по 31 августа 2025 года по информации",
                "16-31.08.2025",
            ),
            (
                "В период с 28 августа по 3 сентября 2025 года",
                "28.08-03.09.2025",
            ),
            (
                "В период с 28 декабря 2025 года по 3 января 2026 года",
                "28.12.2025-03.01.2026",
            ),
            ("С 1 по 15 октября освещено", "01-15.10.2025"),
        ] {
            assert_eq!(summary_period(text, 2025), p(period), "{text}");
        }
        for text in [
            "с 31 по 16 августа 2025 года",
            "с 2024 года",
            "from 16 to 31 Augustus 2025",
            "с ",
        ] {
            assert_eq!(summary_period(text, 2025), None, "{text}");
        }
    }
}
