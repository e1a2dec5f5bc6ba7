//! The thing counted (a statistic's measure): the noun phrase after a quantity ("drug
//! crimes", "cases of drug smuggling"), the looser phrase of a part of a breakdown ("one
//! for drug use"), or the words just before a quantity ("losses amounting to …").

use std::ops::Range;

use super::document::Doc;
use super::tokens::Kind;
use super::vocabulary::{
    BACKWARD_STOPS, FUNCTION_WORDS, GENERIC_HEADS, LINKING, OF_STOPS, factor_word, is_part_stop,
    is_participle, is_stop_word, is_unit_word, is_verb,
};
use crate::words::small_number;

/// Most words in the thing counted.
const MAX_MEASURE_WORDS: usize = 8;
/// Most linking words skipped before reading the thing counted backward.
const MAX_LINKING_WORDS: usize = 5;

impl<'a> Doc<'a> {
    /// The noun phrase from `start`: "drug crimes", "cases of drug smuggling", "teenagers"
    /// (after an age), up to a stop word or punctuation.
    pub(super) fn noun_phrase(&self, start: usize) -> Option<Range<usize>> {
        let mut k = start;
        while self.kind(k) == Some(Kind::Age) {
            k += 1;
        }
        let first = k;
        let mut last = None;
        let mut words = 0;
        while words < MAX_MEASURE_WORDS {
            let Some(w) = self.word(k) else { break };
            if self.is_blocked(k) || self.is_month(k) || small_number(w).is_some() {
                break;
            }
            let after_of =
                k > first && matches!(self.word(k - 1), Some("of" | "the")) && last.is_some();
            if w == "of" {
                let continues =
                    last.is_some() && self.word(k + 1).is_some_and(|n| !OF_STOPS.contains(&n));
                if !continues {
                    break;
                }
                k += 1;
                continue;
            }
            if w == "the" && after_of {
                k += 1;
                continue;
            }
            if is_stop_word(w) || is_verb(w) || (is_participle(w) && last.is_some() && !after_of) {
                break;
            }
            last = Some(k);
            k += 1;
            words += 1;
        }
        last.map(|l| first..l + 1)
    }

    /// The phrase of a part, read loosely: prepositions are kept ("one for drug use"); it
    /// ends at punctuation, a verb, and, unless `allow_and`, at "and"/"or".
    pub(super) fn part_phrase(&self, start: usize, allow_and: bool) -> Option<Range<usize>> {
        let mut k = start;
        while self.kind(k) == Some(Kind::Age) {
            k += 1;
        }
        let first = k;
        let mut last: Option<usize> = None;
        while k - first < MAX_MEASURE_WORDS {
            let Some(w) = self.word(k) else { break };
            let conjunction = matches!(w, "and" | "or") && !allow_and;
            if self.is_blocked(k)
                || is_part_stop(w)
                || is_verb(w)
                || conjunction
                || small_number(w).is_some()
            {
                break;
            }
            last = Some(k);
            k += 1;
        }
        let mut last = last?;
        while last > first && self.word(last).is_some_and(|w| FUNCTION_WORDS.contains(&w)) {
            last -= 1;
        }
        let all_function =
            (first..=last).all(|k| self.word(k).is_some_and(|w| FUNCTION_WORDS.contains(&w)));
        (!all_function).then_some(first..last + 1)
    }

    /// The words just before a quantity: "losses" in "losses amounting to more than …",
    /// "imprisonment" in "imprisonment for a term of 5 to 20 years"; generic heads are
    /// dropped ("the volume of synthetic drugs" is "synthetic drugs", "their number" nothing).
    /// Returns the measure's tokens and the first token of the phrase (with the head).
    pub(super) fn backward_phrase(&self, start: usize) -> Option<(Range<usize>, usize)> {
        // "Police seized more than 5 kg": the number is the verb's object and what stands
        // before the verb is the agent, not the thing measured.
        let verb_before = start
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| !LINKING.contains(&w) && (is_participle(w) || is_verb(w)));
        if verb_before {
            return None;
        }
        let mut k = start;
        let mut skipped = 0;
        while skipped < MAX_LINKING_WORDS {
            let Some(p) = k.checked_sub(1) else { break };
            match self.word(p) {
                Some(w) if LINKING.contains(&w) || is_participle(w) => {
                    k = p;
                    skipped += 1;
                }
                _ => break,
            }
        }
        let end = k;
        let content = |p: usize| {
            self.word(p).is_some_and(|w| {
                !is_stop_word(w)
                    && !BACKWARD_STOPS.contains(&w)
                    && !is_participle(w)
                    && !is_verb(w)
                    && !is_unit_word(w)
                    && small_number(w).is_none()
                    && factor_word(w).is_none()
            }) && !self.is_month(p)
                && !self.is_blocked(p)
        };
        let mut words = 0;
        while words < MAX_MEASURE_WORDS {
            let Some(p) = k.checked_sub(1) else { break };
            if content(p) {
                k = p;
                words += 1;
            } else if self.word(p) == Some("of") && k < end && p.checked_sub(1).is_some_and(content)
            {
                k = p;
            } else {
                break;
            }
        }
        let phrase_start = k;
        // Generic heads say nothing: "their number", "the volume of …".
        while k < end && self.word(k).is_some_and(|w| GENERIC_HEADS.contains(&w)) {
            k += 1;
            if self.word(k) == Some("of") {
                k += 1;
                if self.word(k) == Some("the") {
                    k += 1;
                }
            }
        }
        (k < end).then_some((k..end, phrase_start))
    }
}
