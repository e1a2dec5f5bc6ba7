//! Reference periods: "in the first seven months of this year", "since the beginning of
//! the year", "in August 2025", "in 2024". Found once per document; their tokens are
//! blocked (the "seven" of "seven months" counts nothing), and each statistic reports the
//! nearest one in its sentence, as written.

use std::ops::Range;

use super::document::Doc;
use super::tokens::Kind;
use super::vocabulary::PERIOD_UNITS;
use crate::words::collapse_spaces;

/// A reference period: the tokens it covers and the tokens of the text reported.
#[derive(Debug, Clone)]
pub(super) struct PeriodMatch {
    pub(super) tokens: Range<usize>,
    reported: Range<usize>,
}

impl PeriodMatch {
    /// A period reported whole: "this year", "since May".
    fn whole(tokens: Range<usize>) -> PeriodMatch {
        PeriodMatch {
            reported: tokens.clone(),
            tokens,
        }
    }

    /// A period reported without its preposition: "in August" reports "August".
    fn after_preposition(tokens: Range<usize>) -> PeriodMatch {
        PeriodMatch {
            reported: tokens.start + 1..tokens.end,
            tokens,
        }
    }
}

impl<'a> Doc<'a> {
    /// The reference periods of the document, in order, outside blocked tokens.
    pub(super) fn find_periods(&self) -> Vec<PeriodMatch> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            match self.period_at(i).filter(|_| !self.is_blocked(i)) {
                Some(p) => {
                    i = p.tokens.end.max(i + 1);
                    found.push(p);
                }
                None => i += 1,
            }
        }
        found
    }

    /// A reference period starting at `i`: the first of the forms below that reads there.
    fn period_at(&self, i: usize) -> Option<PeriodMatch> {
        let w = self.word(i)?;
        self.since_the_start(i, w)
            .or_else(|| self.first_or_last_units(i, w))
            .or_else(|| self.current_period(i, w))
            .or_else(|| self.month_period(i, w))
            .or_else(|| self.year_period(i, w))
            .or_else(|| self.within_period(i, w))
    }

    /// "since the beginning of the year", "from the start of 2025".
    fn since_the_start(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        let starts = matches!(w, "since" | "from")
            && self.words_at(i + 1, &["the"])
            && matches!(self.word(i + 2), Some("beginning" | "start"))
            && self.words_at(i + 3, &["of"]);
        if !starts {
            return None;
        }
        self.year_reference(i + 4)
            .map(|end| PeriodMatch::whole(i..end))
    }

    /// "first seven months of this year", "past year", "last 3 months".
    fn first_or_last_units(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        if !matches!(w, "first" | "past" | "last" | "previous") {
            return None;
        }
        let mut k = i + 1;
        if let Some(n) = self.number_at(k).filter(|n| !n.factor) {
            k = n.end;
        }
        if !self.word(k).is_some_and(|u| PERIOD_UNITS.contains(&u)) {
            return None;
        }
        k += 1;
        if self.words_at(k, &["of"]) {
            if let Some(end) = self.year_reference(k + 1) {
                k = end;
            }
        }
        Some(PeriodMatch::whole(i..k))
    }

    /// "this year", "current month".
    fn current_period(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        let current = matches!(w, "this" | "current")
            && matches!(self.word(i + 1), Some("year" | "month" | "week"));
        current.then(|| PeriodMatch::whole(i..i + 2))
    }

    /// "in August", "in August 2025", "since May" (the cheap word test first).
    fn month_period(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        let before_month = matches!(
            w,
            "in" | "during" | "throughout" | "for" | "since" | "until" | "till"
        );
        if !before_month || !self.is_month(i + 1) {
            return None;
        }
        let end = if self.is_year_number(i + 2) {
            i + 3
        } else {
            i + 2
        };
        match w {
            "in" | "during" | "throughout" | "for" => Some(PeriodMatch::after_preposition(i..end)),
            "since" | "until" | "till" => Some(PeriodMatch::whole(i..end)),
            _ => None,
        }
    }

    /// "in 2024", "in 2020-2021".
    fn year_period(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        if !matches!(w, "in" | "during" | "throughout") || !self.is_year_number(i + 1) {
            return None;
        }
        let end = if self.is_dash(i + 2) && self.is_year_number(i + 3) {
            i + 4
        } else {
            i + 2
        };
        Some(PeriodMatch::after_preposition(i..end))
    }

    /// "in 7 months", "within the 3 days": reported without the preposition.
    fn within_period(&self, i: usize, w: &str) -> Option<PeriodMatch> {
        if !matches!(w, "in" | "within" | "during") {
            return None;
        }
        let k = if self.words_at(i + 1, &["the"]) {
            i + 2
        } else {
            i + 1
        };
        let n = self.number_at(k).filter(|n| !n.factor)?;
        let counts_time = matches!(
            self.word(n.end),
            Some("months" | "weeks" | "days" | "years" | "hours")
        );
        counts_time.then(|| PeriodMatch {
            tokens: i..n.end + 1,
            reported: k..n.end + 1,
        })
    }

    /// The end of "the year", "this year", "the current year", "last year" or a year number.
    fn year_reference(&self, k: usize) -> Option<usize> {
        if self.words_at(k, &["the", "current", "year"]) {
            Some(k + 3)
        } else if ["the", "this", "last", "current"]
            .iter()
            .any(|d| self.words_at(k, &[d, "year"]))
        {
            Some(k + 2)
        } else if self.is_year_number(k) {
            Some(k + 1)
        } else {
            None
        }
    }

    /// The nearest reference period in the sentence of token `i`. Periods are in order and
    /// sentences only grow, so the nearest one before and after `i` are the candidates.
    pub(super) fn period_near(&self, i: usize) -> Option<String> {
        let sentence = self.sentence_of(i);
        let after = self.periods.partition_point(|p| p.tokens.start <= i);
        let candidates = [after.checked_sub(1), Some(after)];
        candidates
            .into_iter()
            .flatten()
            .filter_map(|k| self.periods.get(k))
            .filter(|p| self.sentence_of(p.tokens.start) == sentence)
            .min_by_key(|p| {
                if p.tokens.end <= i {
                    i - p.tokens.end
                } else {
                    p.tokens.start.saturating_sub(i)
                }
            })
            .map(|p| self.period_text(p))
            .filter(|s| !s.is_empty())
    }

    /// The period as written, but "Since the beginning …" at the start of a sentence reads
    /// "since the beginning …" (a month or a heading in capitals stays as it is).
    fn period_text(&self, p: &PeriodMatch) -> String {
        let text = collapse_spaces(self.text_of(p.reported.clone()));
        let start = p.reported.start;
        let sentence_case = self.tok(start).is_some_and(|t| {
            let word = self.text.get(t.span.clone()).unwrap_or("");
            t.kind == Kind::Word
                && t.capitalized
                && !self.is_month(start)
                && word.chars().skip(1).any(char::is_lowercase)
        });
        if !sentence_case {
            return text;
        }
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or(text)
    }

    // --- numbers ---
}
