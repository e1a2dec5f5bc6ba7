//! Numbers and what stands around them: a numeral or number words with a scale word
//! ("2.5 billion", "two hundred and fifty"), the qualifier before ("more than") and the
//! unit after ("metric tons").

use super::document::Doc;
use super::tokens::Kind;
use super::vocabulary::{QUALIFIERS, UNITS, factor_word, money_scale_exponent, scale_exponent};
use crate::words::small_number;
use crate::{Decimal, Qualifier, Unit};

/// A number read with its scale.
#[derive(Debug, Clone)]
pub(super) struct Num {
    /// The value with its scale applied.
    pub(super) value: Decimal,
    /// The value before the scale word.
    pub(super) unscaled: Decimal,
    /// The power of ten of the scale word; 0 without one.
    pub(super) scale: u32,
    /// The token after the number and scale.
    pub(super) end: usize,
    /// The single word "one", a number only in some places.
    pub(super) bare_one: bool,
    /// "threefold": the value of a factor.
    pub(super) factor: bool,
}

impl<'a> Doc<'a> {
    /// The number at `i`: a numeral or number words, with a scale word.
    pub(super) fn number_at(&self, i: usize) -> Option<Num> {
        let t = self.tok(i)?;
        let (unscaled, mut end, mut bare_one) = match t.kind {
            Kind::Number => (t.value?, i + 1, false),
            Kind::Word => {
                if let Some(value) = factor_word(&t.lower) {
                    return Some(Num {
                        value,
                        unscaled: value,
                        scale: 0,
                        end: i + 1,
                        bare_one: false,
                        factor: true,
                    });
                }
                let (value, end) = self.number_words(i)?;
                (Decimal::from(value), end, end == i + 1 && t.lower == "one")
            }
            _ => return None,
        };
        let mut value = unscaled;
        let mut scale = 0;
        if let Some(exp) = self
            .word(end)
            .and_then(scale_exponent)
            .or_else(|| self.glued_scale(i, end))
        {
            value = unscaled.checked_scale_up(exp)?.normalized();
            scale = exp;
            end += 1;
            bare_one = false;
        }
        Some(Num {
            value,
            unscaled,
            scale,
            end,
            bare_one,
            factor: false,
        })
    }

    /// A scale abbreviation glued to the numeral at `i` ("10k", "3.7m", "$1.2b"): "b" only
    /// after a currency symbol.
    fn glued_scale(&self, i: usize, end: usize) -> Option<u32> {
        let (t, w) = (self.tok(i)?, self.tok(end)?);
        if t.kind != Kind::Number || w.kind != Kind::Word || w.span.start != t.span.end {
            return None;
        }
        let exp = money_scale_exponent(&w.lower)?;
        (exp != 9 || t.currency.is_some()).then_some(exp)
    }

    /// Number words: "six", "Twenty-four", "twenty four", "two hundred and fifty".
    fn number_words(&self, i: usize) -> Option<(u64, usize)> {
        let small = |k: usize| -> Option<(u64, usize)> {
            let v = small_number(self.word(k)?)?;
            let is_tens = v >= 20 && v % 10 == 0;
            match self.word(k + 1).and_then(small_number) {
                Some(o) if is_tens && o < 10 => Some((v + o, k + 2)),
                _ => Some((v, k + 1)),
            }
        };
        let (mut value, mut end) = small(i)?;
        if self.word(end) == Some("hundred") {
            value *= 100;
            end += 1;
            let rest = if self.word(end) == Some("and") {
                end + 1
            } else {
                end
            };
            if let Some((v, e)) = small(rest) {
                value += v;
                end = e;
            }
        }
        Some((value, end))
    }

    /// The qualifier just before `i` ("more than") and its first token.
    pub(super) fn qualifier_before(&self, i: usize) -> Option<(Qualifier, usize)> {
        QUALIFIERS
            .iter()
            .find(|(words, _)| self.words_before(i, words))
            .map(|(words, q)| (*q, i - words.len()))
    }

    /// The unit at `i` ("kg", "US dollars") and the token after it.
    pub(super) fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        // Only a word or punctuation can start a unit; its text rules out most entries
        // before their other words are looked at.
        let first = self
            .tok(i)
            .filter(|t| matches!(t.kind, Kind::Word | Kind::Punct))?;
        let first = first.lower.as_ref();
        UNITS
            .iter()
            .find(|(words, _)| words.first() == Some(&first) && self.words_at(i, words))
            .map(|(words, unit)| (unit.clone(), i + words.len()))
    }
}
