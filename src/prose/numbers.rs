//! Numbers and what stands around them: a numeral or number words with a scale word
//! ("2.5 billion", "two hundred and fifty"), the qualifier before ("more than") and the
//! unit after ("metric tons").

use super::document::Doc;
use super::tokens::Kind;
use super::vocabulary::{
    PERIOD_UNITS, QUALIFIERS, UNITS, factor_word, money_scale_exponent, scale_exponent,
};
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
    /// "almost half of", "two-thirds of": a share of a whole, in percent.
    pub(super) percent: bool,
}

/// Words after which "a", "an" or "half a" is a number: units of mass, volume and area,
/// scale words and "dozen" (the heads `prose::may_hold_number` looks for).
const ARTICLE_NEXT: &[&str] = &[
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "ton",
    "tonne",
    "kilogram",
    "kilo",
    "gram",
    "pound",
    "ounce",
    "litre",
    "liter",
    "hectare",
    "milligram",
];

/// Shares of a whole in words, in percent.
const FRACTIONS: &[(&[&str], &str)] = &[
    (&["two", "thirds"], "66.7"),
    (&["two-thirds"], "66.7"),
    (&["three", "quarters"], "75"),
    (&["three-quarters"], "75"),
    (&["one", "third"], "33.3"),
    (&["a", "third"], "33.3"),
    (&["one-third"], "33.3"),
    (&["one", "quarter"], "25"),
    (&["a", "quarter"], "25"),
    (&["one", "fifth"], "20"),
    (&["a", "fifth"], "20"),
    (&["half"], "50"),
];

impl<'a> Doc<'a> {
    /// The number at `i`: a numeral or number words, with a scale word.
    pub(super) fn number_at(&self, i: usize) -> Option<Num> {
        let t = self.tok(i)?;
        let (unscaled, end, bare_one) = match t.kind {
            Kind::Number => (t.value?, i + 1, false),
            Kind::Word if super::russian::is_cyrillic(&t.lower) => {
                if let Some(value) = super::russian::factor_word(&t.lower) {
                    return Some(Num {
                        value: Decimal::from(value),
                        unscaled: Decimal::from(value),
                        scale: 0,
                        end: i + 1,
                        bare_one: false,
                        factor: true,
                        percent: false,
                    });
                }
                if let Some(share) = self.russian_share(i) {
                    return Some(share);
                }
                if let Some(num) = self.russian_word_amount(i) {
                    return Some(num);
                }
                let (value, end) = self.russian_number_words(i)?;
                (Decimal::from(value), end, value == 1 && end == i + 1)
            }
            Kind::Word => {
                // Shares and articles start with "a", "half", "one", "two", "three".
                if matches!(t.lower.as_bytes().first(), Some(b'a' | b'h' | b'o' | b't')) {
                    if let Some(share) = self.fraction_at(i) {
                        return Some(share);
                    }
                    if let Some((value, end)) = self.article_number(i) {
                        return self.scaled(i, value, end, false);
                    }
                }
                if let Some(value) = factor_word(&t.lower) {
                    return Some(Num {
                        value,
                        unscaled: value,
                        scale: 0,
                        end: i + 1,
                        bare_one: false,
                        factor: true,
                        percent: false,
                    });
                }
                let (value, end) = self.number_words(i)?;
                (Decimal::from(value), end, end == i + 1 && t.lower == "one")
            }
            _ => return None,
        };
        if let Some(half) = self.and_a_half(end) {
            let (value, end) = (unscaled.checked_add(&Decimal::new(5, 1)?)?, half);
            return self.scaled(i, value, end, false);
        }
        self.scaled(i, unscaled, end, bare_one)
    }

    /// The number `unscaled` ending before `end`, with the scale word at `end` if any.
    fn scaled(
        &self,
        i: usize,
        unscaled: Decimal,
        mut end: usize,
        mut bare_one: bool,
    ) -> Option<Num> {
        let mut value = unscaled;
        let mut scale = 0;
        if let Some(exp) = self
            .word(end)
            .and_then(|w| {
                if super::russian::is_cyrillic(w) {
                    super::russian::scale_exponent(w)
                } else {
                    scale_exponent(w)
                }
            })
            .or_else(|| self.glued_scale(i, end))
        {
            value = unscaled.checked_scale_up(exp)?.normalized();
            scale = exp;
            end = self.past_abbreviation_dot(end);
            bare_one = false;
            // "$1 млн 965 тыс.": the thousands after the millions.
            if let Some((rest, after)) = self.thousands_after_millions(exp, end) {
                value = value.checked_add(&rest)?;
                end = after;
            }
            // "12 thousand 211 pieces": the rest of the number after the scale word.
            if let Some(rest) = self.rest_after_thousand(exp, end) {
                value = value.checked_add(&rest)?;
                end += 1;
            }
        }
        Some(Num {
            value,
            unscaled,
            scale,
            end,
            bare_one,
            factor: false,
            percent: false,
        })
    }

    /// The token after the word at `at`, past the full stop of an abbreviation ("тыс.",
    /// "кг.") when a lower-case word, a numeral or a unit follows it.
    pub(super) fn past_abbreviation_dot(&self, at: usize) -> usize {
        let abbreviated = self.word(at).is_some_and(super::russian::is_abbreviation);
        let dot = self.tok(at + 1).is_some_and(|t| t.is_punct(&['.']));
        let continues = self.tok(at + 2).is_some_and(|t| match t.kind {
            Kind::Word => !t.capitalized || t.lower == "сша",
            Kind::Number => true,
            _ => false,
        });
        if abbreviated && dot && continues {
            at + 2
        } else {
            at + 1
        }
    }

    /// Russian number words from `i`: hundreds, tens and units in any case ("двадцать
    /// семь", "ста пятидесяти"), and the token after them.
    fn russian_number_words(&self, i: usize) -> Option<(u64, usize)> {
        let first = super::russian::number_word(self.word(i)?)?;
        let (mut value, mut end) = (first, i + 1);
        let mut order = magnitude(first);
        while let Some(v) = self.word(end).and_then(super::russian::number_word) {
            let m = magnitude(v);
            if m >= order {
                break;
            }
            value += v;
            order = m;
            end += 1;
        }
        // "две тысячи триста": the group after "тысяч…".
        if self.word(end).is_some_and(|w| w.starts_with("тысяч"))
            && let Some(rest) = self.word(end + 1).and_then(super::russian::number_word)
        {
            let (more, e) = self
                .russian_number_words(end + 1)
                .unwrap_or((rest, end + 2));
            return Some((value.checked_mul(1000)?.checked_add(more)?, e));
        }
        Some((value, end))
    }

    /// "полмиллиона" (500000), and after a qualifier a unit word alone ("свыше килограмма",
    /// "более тонны": one unit, read at `i`) or "сотни" ("более сотни кустов": 100).
    fn russian_word_amount(&self, i: usize) -> Option<Num> {
        let w = self.word(i)?;
        let num = |value: u64, end: usize| Num {
            value: Decimal::from(value),
            unscaled: Decimal::from(value),
            scale: 0,
            end,
            bare_one: false,
            factor: false,
            percent: false,
        };
        if matches!(w, "полмиллиона" | "полумиллиона") {
            return Some(num(500_000, i + 1));
        }
        // Most words are neither: the qualifier before is looked for last.
        let value = if matches!(w, "сотни" | "сотню" | "сотня") {
            num(100, i + 1)
        } else {
            let unit = super::russian::unit_word(w)?;
            if !matches!(unit, Unit::Mass(_)) || w.chars().count() <= 2 {
                return None;
            }
            num(1, i)
        };
        self.qualifier_before(i)?;
        Some(value)
    }

    /// "на треть" (33.3 %), "половина" (50 %): shares of a whole in Russian.
    fn russian_share(&self, i: usize) -> Option<Num> {
        let share = match self.word(i)? {
            "треть" | "трети" => "33.3",
            "половину" | "половина" | "половины" => "50",
            "четверть" | "четверти" => "25",
            _ => return None,
        };
        let by = self.is_word(i.checked_sub(1), "на");
        // "половины второго ночи" is a time.
        let of = matches!(self.word(i + 1), Some(w) if !super::russian::is_stop_word(w) && !w.ends_with("ого"));
        if !(by || of) || self.is_month(i + 1) {
            return None;
        }
        let value: Decimal = share.parse().ok()?;
        Some(Num {
            value,
            unscaled: value,
            scale: 0,
            end: i + 1,
            bare_one: false,
            factor: false,
            percent: true,
        })
    }

    /// "965 тыс." at `end` after "млн": the thousands and the token after them.
    fn thousands_after_millions(&self, exp: u32, end: usize) -> Option<(Decimal, usize)> {
        let t = self.tok(end).filter(|t| exp >= 6 && t.is_plain_number())?;
        let v = t.value?;
        let scale = self
            .word(end + 1)
            .and_then(super::russian::scale_exponent)?;
        if scale != 3 || !v.cmp_value(&Decimal::from(1000u16)).is_lt() {
            return None;
        }
        Some((v.checked_scale_up(3)?, self.past_abbreviation_dot(end + 1)))
    }

    /// The numeral at `end` after "thousand" that completes the number ("12 thousand 211"):
    /// plain digits below a thousand, not followed by a unit-less dash or another numeral.
    fn rest_after_thousand(&self, exp: u32, end: usize) -> Option<Decimal> {
        let t = self.tok(end).filter(|t| exp == 3 && t.is_plain_number())?;
        let v = t.value?;
        let next_is_number = self.kind(end + 1) == Some(Kind::Number) || self.is_dash(end + 1);
        (v.cmp_value(&Decimal::from(1000u16)).is_lt() && !next_is_number).then_some(v)
    }

    /// "and a half", "and half" at `end` ("one and a half tons"): the token after it.
    fn and_a_half(&self, end: usize) -> Option<usize> {
        if self.words_at(end, &["and", "a", "half"]) {
            Some(end + 3)
        } else if self.words_at(end, &["and", "half"]) {
            Some(end + 2)
        } else {
            None
        }
    }

    /// "a ton", "a million", "a dozen", "half a ton", "half a million": an article standing
    /// for one, only before a unit of mass, volume or area, a scale word or "dozen"; the
    /// value and the token of the unit or scale.
    fn article_number(&self, i: usize) -> Option<(Decimal, usize)> {
        let (value, at) = match self.word(i)? {
            "a" | "an" => (Decimal::from(1u8), i + 1),
            "half" if matches!(self.word(i + 1), Some("a" | "an")) => (Decimal::new(5, 1)?, i + 2),
            _ => return None,
        };
        let next = self.word(at)?;
        // Only a unit or scale word can follow; most words after "a" are neither.
        if !ARTICLE_NEXT.contains(&next) {
            return None;
        }
        if next == "dozen" {
            return Some((value.checked_mul(&Decimal::from(12u8))?, at + 1));
        }
        let fits = (scale_exponent(next).is_some() && !next.ends_with('s'))
            || (next.len() >= 3
                && self.unit_at(at).is_some_and(|(u, _)| {
                    matches!(u, Unit::Mass(_) | Unit::Volume(_) | Unit::Area(_))
                }));
        fits.then_some((value, at))
    }

    /// A share of a whole written in words ("almost half of", "two-thirds of", "by a
    /// third"), in percent; "three-quarters of a pound" is 0.75 of the unit.
    fn fraction_at(&self, i: usize) -> Option<Num> {
        // Most words start no share: rule them out before the table.
        let first = self.word(i)?;
        if !matches!(
            first,
            "half" | "a" | "one" | "two" | "three" | "two-thirds" | "three-quarters" | "one-third"
        ) {
            return None;
        }
        let single = first == "half" || first.contains('-');
        if !single
            && !matches!(
                self.word(i + 1),
                Some("third" | "thirds" | "quarter" | "quarters" | "fifth")
            )
        {
            return None;
        }
        let (words, share) = FRACTIONS.iter().find(|(w, _)| self.words_at(i, w))?;
        let after = i + words.len();
        let ordinal_before = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| matches!(w, "first" | "second" | "last" | "past" | "next" | "the"));
        if ordinal_before {
            return None;
        }
        let share: Decimal = share.parse().ok()?;
        let num = |value: Decimal, end: usize, percent: bool| Num {
            value,
            unscaled: value,
            scale: 0,
            end,
            bare_one: false,
            factor: false,
            percent,
        };
        if self.words_at(after, &["of", "a"]) || self.words_at(after, &["of", "an"]) {
            let unit = self.unit_at(after + 2)?;
            let part = share.checked_mul(&Decimal::new(1, 2)?)?.normalized();
            return matches!(unit.0, Unit::Mass(_) | Unit::Volume(_))
                .then(|| num(part, after + 2, false));
        }
        let of = self.words_at(after, &["of"]) && !self.period_after_of(after + 1);
        let compared = matches!(self.word(after), Some("less" | "more" | "fewer"))
            || self.is_word(i.checked_sub(1), "by");
        (of || compared).then(|| num(share, after, true))
    }

    /// Whether a time follows "of" ("half of the year", "a quarter of 2023").
    fn period_after_of(&self, mut k: usize) -> bool {
        while matches!(
            self.word(k),
            Some("the" | "this" | "that" | "last" | "next")
        ) {
            k += 1;
        }
        self.is_year_number(k)
            || self.is_month(k)
            || self
                .word(k)
                .is_some_and(|w| PERIOD_UNITS.contains(&w) || w.starts_with("year"))
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
        let (value, end) = self.hundreds(i, &small)?;
        // "two thousand two hundred": a group of thousands and the group after it.
        if self.word(end) == Some("thousand") {
            if let Some((rest, e)) = self.hundreds(end + 1, &small) {
                return Some((value.checked_mul(1000)?.checked_add(rest)?, e));
            }
        }
        Some((value, end))
    }

    /// A group below a thousand in words: "six", "twenty four", "two hundred and fifty".
    fn hundreds(
        &self,
        i: usize,
        small: &impl Fn(usize) -> Option<(u64, usize)>,
    ) -> Option<(u64, usize)> {
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
        let table = match i.checked_sub(1).and_then(|p| self.word(p)) {
            Some(w) if super::russian::is_cyrillic(w) => super::russian::QUALIFIERS,
            _ => QUALIFIERS,
        };
        table
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
        if super::russian::is_cyrillic(first) {
            return self.russian_unit_at(i, first);
        }
        UNITS
            .iter()
            .find(|(words, _)| words.first() == Some(&first) && self.words_at(i, words))
            .map(|(words, unit)| (unit.clone(), i + words.len()))
    }

    /// A Russian unit at `i` (its first word `first`): "кг.", "килограммов", "долларов
    /// США", "узбекских сумов", "квадратных метров".
    fn russian_unit_at(&self, i: usize, first: &str) -> Option<(Unit, usize)> {
        use super::russian::{square_metre_at, unit_adjective, unit_tail, unit_word};
        if let Some(n) = square_metre_at([
            self.word(i),
            self.tok(i + 1).map(|t| t.lower.as_ref()),
            self.word(i + 2),
        ]) {
            return Some((Unit::Area(crate::AreaUnit::SquareMetre), i + n));
        }
        let (unit, at) = match unit_word(first) {
            Some(u) => (u, i),
            None if unit_adjective(first) => {
                let u = self.word(i + 1).and_then(unit_word)?;
                (u, i + 1)
            }
            None => return None,
        };
        let mut next = self.past_abbreviation_dot(at);
        if unit_tail(&unit, self.word(next)) {
            next += 1;
        }
        Some((unit, next))
    }
}

/// The order of a Russian number word: units and teens 0, tens 1, hundreds 2.
fn magnitude(v: u64) -> u8 {
    match v {
        0..=19 => 0,
        20..=99 => 1,
        _ => 2,
    }
}
