//! Pass 3, the reading of one quantity at a number: qualifier, number, unit, compound
//! ("3 tons 205 kilograms"), range ("5 to 20 years"), comparative ("three times more"), and
//! how it links to the statistic before it ("of which", "including", "and"). The thing
//! counted is read later, in `measure`.

use super::document::Doc;
use super::numbers::Num;
use super::tokens::Kind;
use super::vocabulary::{
    COMPARATIVES, CURRENCY_SYMBOLS, PENALTY_STEMS, PENALTY_WORDS, TIME_POINTS, is_change_word,
};
use crate::{ChangeRole, Currency, Decimal, DurationUnit, MassUnit, Qualifier, Unit, VolumeUnit};

/// How many tokens before a "from" a word of change is looked for.
const CHANGE_REACH: usize = 8;

/// How a quantity links to the statistic before it in the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Link {
    /// Not linked: a statistic of its own.
    None,
    /// "2100 of which are …".
    OfWhich,
    /// "including 11 …".
    Including,
    /// "… and 91 …" after a part.
    And,
}

/// A quantity read at a number: everything but the thing counted.
#[derive(Debug, Clone)]
pub(super) struct Quantity {
    /// First token of the phrase: qualifier, "from"/"between", or the number.
    pub(super) first: usize,
    /// The number's first token.
    pub(super) number: usize,
    /// The token after number, scale, unit, range and comparative.
    pub(super) end: usize,
    pub(super) qualifier: Qualifier,
    pub(super) value: Decimal,
    pub(super) range_end: Option<Decimal>,
    pub(super) unit: Unit,
    /// The unit was written (not defaulted to a count).
    pub(super) unit_written: bool,
    pub(super) link: Link,
    /// The part the value plays in a change ("from X to Y", "by N% to Y"); the reader sets
    /// [`ChangeRole::After`] on the value after "to".
    pub(super) role: Option<ChangeRole>,
}

/// What the reader found at a token.
pub(super) enum Scan {
    /// No number here.
    Nothing,
    /// Not a statistic; continue after these tokens.
    Consumed(usize),
    /// A quantity.
    Found(Quantity),
}

/// A range read after a number: its start (perhaps scaled), end, unit and next token.
enum RangeRead {
    None,
    /// "from X to Y" after a word of change: two values; the unit of the pair.
    Change {
        unit: Option<Unit>,
        /// The value before, with the scale of the value after ("с 12 до 31 тыс.").
        value: Decimal,
    },
    Found {
        first: usize,
        value: Decimal,
        end_value: Decimal,
        unit: Option<Unit>,
        next: usize,
    },
}

impl<'a> Doc<'a> {
    /// The quantity at token `i`, or the token to continue at when the number there is no
    /// statistic.
    pub(super) fn quantity_at(&self, i: usize) -> Scan {
        if self.is_blocked(i) {
            return Scan::Nothing;
        }
        let Some(num) = self.number_at(i) else {
            return Scan::Nothing;
        };
        if self.excluded(i, &num) {
            return Scan::Consumed(self.past_dashed_end(num.end));
        }
        let (mut unit, mut next, start) = self.unit_around(i, &num);
        let (qualifier, mut first) = self
            .qualifier_before(start)
            .unwrap_or((Qualifier::Exact, start));
        if num.bare_one && !self.one_is_a_number(qualifier, first, unit.as_ref()) {
            return Scan::Nothing;
        }
        let mut value = num.value;
        // "4 тонны 83 кг 274 г": a compound of three units takes two steps.
        while let Some((v, small, n)) = unit.as_ref().and_then(|u| self.compound(value, u, next)) {
            value = v;
            unit = Some(small);
            next = n;
        }
        if self.price_of_one(first, value, unit.as_ref()) {
            return Scan::Consumed(next);
        }
        // Read before a range moves `first` back to its "from" or "between".
        let link = self.link_before(first);
        let mut range_end = None;
        let mut role = self.change_role(first, next, unit.as_ref());
        match self.range_after(first, &num, unit.as_ref(), next) {
            RangeRead::Found {
                first: f,
                value: v,
                end_value,
                unit: u,
                next: n,
            } => {
                first = f;
                value = v;
                range_end = Some(end_value);
                unit = u;
                next = n;
            }
            RangeRead::Change { unit: u, value: v } => {
                unit = unit.or(u);
                value = v;
                role = Some(ChangeRole::Before);
            }
            RangeRead::None => {}
        }
        if self.not_a_statistic(first..next, unit.as_ref(), value, range_end) {
            return Scan::Consumed(next);
        }
        let unit_written = unit.is_some();
        let unit = unit.unwrap_or(Unit::Count);
        if unit == Unit::Factor && self.word(next).is_some_and(|w| COMPARATIVES.contains(&w)) {
            next += 1;
        }
        let of_which =
            self.words_at(num.end, &["of", "which"]) || self.words_at(num.end, &["of", "whom"]);
        let link = if range_end.is_none() && of_which {
            Link::OfWhich
        } else {
            link
        };
        Scan::Found(Quantity {
            first,
            number: i,
            end: next,
            qualifier,
            value,
            range_end,
            unit,
            unit_written,
            link,
            role,
        })
    }

    /// What reads as a quantity but is none: a length of time that is no penalty ("for
    /// three days", "(15–64 years)", "5 years ago"), a bare zero ("Security 0"), an exchange
    /// rate ("$1 – 12820.47"), a conversion constant ("1 kg per litre"), an amount that is the whole
    /// sentence ("USD 67.47", a ticker).
    fn not_a_statistic(
        &self,
        tokens: std::ops::Range<usize>,
        unit: Option<&Unit>,
        value: Decimal,
        range_end: Option<Decimal>,
    ) -> bool {
        let next = tokens.end;
        // "на протяжении шести лет", "в течение трех дней": a period.
        let over_a_period = tokens
            .start
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| matches!(w, "протяжении" | "течение" | "спустя" | "через"));
        let duration = matches!(unit, Some(Unit::Duration(_)))
            && (over_a_period
                || self.word(next).is_some_and(|w| TIME_POINTS.contains(&w))
                || !self.sentence_has_penalty(tokens.start));
        let zero = unit.is_none() && value.mantissa() == 0;
        let one = value.cmp_value(&Decimal::from(1u8)).is_eq();
        let money = matches!(unit, Some(Unit::Currency(_)));
        let rate = money && one && range_end.is_some_and(|e| !e.is_integer());
        let per = one && self.word(next) == Some("per") && self.unit_at(next + 1).is_some();
        let alone = money && range_end.is_none() && self.fills_sentence(tokens);
        duration || zero || rate || per || alone
    }

    /// Whether the tokens are all the words of their sentence.
    fn fills_sentence(&self, tokens: std::ops::Range<usize>) -> bool {
        let sentence = self.sentence_of(tokens.start);
        let words = |k: &usize| {
            self.sentence_of(*k) == sentence
                && matches!(self.kind(*k), Some(Kind::Word | Kind::Number))
        };
        !(0..tokens.start)
            .rev()
            .take_while(|k| self.sentence_of(*k) == sentence)
            .any(|k| words(&k))
            && !(tokens.end..self.tokens.len())
                .take_while(|k| self.sentence_of(*k) == sentence)
                .any(|k| words(&k))
    }

    /// After a number that is no statistic at `end`'s left, the token to continue at:
    /// "2013-15", "0800-7000", "Article 251-1", "11-12 November" take their end along.
    fn past_dashed_end(&self, end: usize) -> usize {
        if self.is_dash(end)
            && self.tok(end + 1).is_some_and(|t| t.is_plain_number())
            && self.unit_at(end + 2).is_none()
        {
            end + 2
        } else {
            end
        }
    }

    /// The unit of the number `num` at `i`, the token after it and the first token of the
    /// amount: `i`, or the currency written before it ("USD 200", "$ 70,000").
    fn unit_around(&self, i: usize, num: &Num) -> (Option<Unit>, usize, usize) {
        let (unit, next) = self.unit_of(i, num);
        if unit.is_none() {
            if let Some(c) = self.currency_before(i) {
                return (Some(Unit::Currency(c)), next, i - 1);
            }
        }
        (unit, next, i)
    }

    /// The unit of the number `num` at `i` and the token after it: a factor ("threefold"),
    /// a currency symbol glued before the digits ("$110"), or a unit word after them.
    fn unit_of(&self, i: usize, num: &Num) -> (Option<Unit>, usize) {
        if num.factor {
            return (Some(Unit::Factor), num.end);
        }
        if num.percent {
            return (Some(Unit::Percent), num.end);
        }
        if let Some(currency) = self.tok(i).and_then(|t| t.currency) {
            return (Some(Unit::Currency(currency)), num.end);
        }
        if let Some(c) = self
            .currency_code_at(num.end)
            .or_else(|| self.symbol_at(num.end))
        {
            return (Some(Unit::Currency(c)), num.end + 1);
        }
        match self.unit_at(num.end) {
            // "361 million pounds" is sterling; "3.8 million pounds of narcotics" a mass.
            Some((Unit::Mass(MassUnit::Pound), next))
                if num.scale >= 6 && self.word(next) != Some("of") =>
            {
                (Some(Unit::Currency(Currency::GBP)), next)
            }
            Some((unit, next)) => (Some(unit), next),
            None => (None, num.end),
        }
    }

    /// The part a quantity from `first` to `next` plays in a change, read from the words
    /// around it: the change itself ("decreased by 9.5%", "an increase of 43%", "up 25%", "a
    /// 16 percent rise", "44% higher than") or the value before it ("up from 8,500",
    /// "compared with 98,000", "increased from 20,700"). The value after is the reader's.
    fn change_role(&self, first: usize, next: usize, unit: Option<&Unit>) -> Option<ChangeRole> {
        let before = first.checked_sub(1);
        let word_before = before.and_then(|b| self.word(b));
        let relative = matches!(unit, Some(Unit::Percent | Unit::Factor));
        let by = matches!(word_before, Some("by" | "на"))
            && before.is_some_and(|b| self.change_before(b));
        let of = word_before == Some("of")
            && first
                .checked_sub(2)
                .and_then(|k| self.word(k))
                .is_some_and(|w| is_change_word(w) || matches!(w, "growth" | "reduction"));
        let signed = self
            .tok(first)
            .and_then(|t| self.text.get(t.span.clone()))
            .is_some_and(|raw| raw.starts_with(['-', '+', '−', '–']));
        let verb = relative && (signed || word_before.is_some_and(is_change_word));
        let noun = relative
            && self.word(next).is_some_and(|w| {
                is_change_word(w) || matches!(w, "more" | "less" | "fewer" | "greater" | "growth")
            });
        if by || of || verb || noun {
            return Some(ChangeRole::Change);
        }
        let from = matches!(word_before, Some("from" | "с" | "со"))
            && before.is_some_and(|b| self.change_before(b));
        let compared = self.words_before(first, &["up", "from"])
            || self.words_before(first, &["down", "from"])
            || self.words_before(first, &["compared", "with"])
            || self.words_before(first, &["compared", "to"]);
        (from || compared).then_some(ChangeRole::Before)
    }

    /// Whether a word of change ("increased", "fell", "rose") stands shortly before the
    /// "from" at `from`, in its sentence.
    fn change_before(&self, from: usize) -> bool {
        let sentence = self.sentence_of(from);
        (from.saturating_sub(CHANGE_REACH)..from)
            .filter(|&k| self.sentence_of(k) == sentence)
            .filter_map(|k| self.word(k))
            .any(is_change_word)
    }

    /// Whether the sentence of token `i` speaks of a legal penalty ("prison", "sentenced").
    pub(super) fn sentence_has_penalty(&self, i: usize) -> bool {
        let sentence = self.sentence_of(i);
        let mut start = i;
        while start > 0 && self.sentence_of(start - 1) == sentence {
            start -= 1;
        }
        (start..self.tokens.len())
            .take_while(|&k| self.sentence_of(k) == sentence)
            .filter_map(|k| self.word(k))
            .any(|w| {
                PENALTY_WORDS.contains(&w)
                    || PENALTY_STEMS.iter().any(|s| w.starts_with(s))
                    || super::russian::is_penalty(w)
            })
    }

    /// An upper-case ISO 4217 code at `i` ("200 USD", "5,000 CHF").
    fn currency_code_at(&self, i: usize) -> Option<Currency> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Word)?;
        let raw = self.text.get(t.span.clone())?;
        if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        if raw == "RMB" {
            return Some(Currency::CNY);
        }
        Currency::from_code(raw)
    }

    /// A currency symbol set after the amount ("10 €").
    fn symbol_at(&self, i: usize) -> Option<Currency> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Punct)?;
        CURRENCY_SYMBOLS
            .iter()
            .find(|(c, _)| t.lower.starts_with(*c))
            .map(|&(_, cur)| cur)
    }

    /// A currency written just before the number at `i`: an upper-case ISO code ("USD
    /// 200") or a currency symbol set apart ("$ 70,000").
    fn currency_before(&self, i: usize) -> Option<Currency> {
        let b = i.checked_sub(1)?;
        if self.sentence_of(b) != self.sentence_of(i) {
            return None;
        }
        let t = self.tok(b)?;
        match t.kind {
            Kind::Punct => CURRENCY_SYMBOLS
                .iter()
                .find(|(c, _)| t.lower.starts_with(*c))
                .map(|&(_, cur)| cur),
            _ => self.currency_code_at(b),
        }
    }

    /// A bare "one" counts only before a unit word ("one ton"), after a qualifier ("over
    /// one") or after "including": "One striking example" is no statistic.
    fn one_is_a_number(&self, qualifier: Qualifier, first: usize, unit: Option<&Unit>) -> bool {
        !qualifier.is_exact()
            || self.is_word(first.checked_sub(1), "including")
            || (self.word(first).is_some_and(super::russian::is_cyrillic)
                && self.link_before(first) == Link::Including)
            || unit.is_some_and(|u| {
                matches!(
                    u,
                    Unit::Mass(_)
                        | Unit::Volume(_)
                        | Unit::Area(_)
                        | Unit::Currency(_)
                        | Unit::Percent
                )
            })
    }

    fn link_before(&self, first: usize) -> Link {
        let before = first.checked_sub(1);
        let russian_including = self.is_word(before, "включая")
            || self.words_before(first, &["в", "том", "числе"])
            || self.words_before(first, &["из", "них"])
            || self.words_before(first, &["из", "которых"])
            || self.words_before(first, &["в", "их", "числе"])
            || self.words_before(first, &["среди", "них"]);
        if self.is_word(before, "including") || russian_including {
            Link::Including
        } else if self.is_word(before, "and")
            || self.is_word(before, "и")
            || before
                .and_then(|b| self.tok(b))
                .is_some_and(|t| t.is_punct(&[',']))
        {
            Link::And
        } else {
            Link::None
        }
    }

    /// "3 tons 205 kilograms" (3.205 t), "5 kg 952 g", "2 years 6 months" (30 months).
    fn compound(&self, value: Decimal, unit: &Unit, next: usize) -> Option<(Decimal, Unit, usize)> {
        // "девяти годам и шести месяцам".
        let year = *unit == Unit::Duration(DurationUnit::Year);
        let next = if year && self.word(next) == Some("и") {
            next + 1
        } else {
            next
        };
        if let Some(found) = self.russian_years_and_months(value, unit, next) {
            return Some(found);
        }
        let t = self
            .tok(next)
            .filter(|t| t.kind == Kind::Number && !self.is_blocked(next))?;
        let small = t.value?;
        let (small_unit, end) = self.unit_at(next + 1)?;
        if let (Some((fa, ea)), Some((fb, eb))) = (unit_exponent(unit), unit_exponent(&small_unit))
        {
            let d = ea.checked_sub(eb).filter(|d| fa == fb && *d > 0)?;
            if !small.cmp_value(&pow10(d)?).is_lt() || small.is_negative() {
                return None;
            }
            let part = Decimal::new(
                small.mantissa(),
                small.scale().checked_add(u8::try_from(d).ok()?)?,
            )?;
            return Some((value.checked_add(&part)?, unit.clone(), end));
        }
        let month = Unit::Duration(DurationUnit::Month);
        if *unit == Unit::Duration(DurationUnit::Year)
            && small_unit == month
            && small.cmp_value(&12.into()).is_lt()
        {
            let months = value
                .checked_mul(&Decimal::from(12u8))?
                .checked_add(&small)?;
            return Some((months, month, end));
        }
        None
    }

    /// "18 лет 9 месяцев" (18.75 years), "девяти годам и шести месяцам" (9.5 years): a
    /// Russian term of years and months, in years where the months are quarters of a year.
    fn russian_years_and_months(
        &self,
        value: Decimal,
        unit: &Unit,
        next: usize,
    ) -> Option<(Decimal, Unit, usize)> {
        if *unit != Unit::Duration(DurationUnit::Year) {
            return None;
        }
        let num = self.number_at(next)?;
        let word = self.word(num.end)?;
        if !word.starts_with("месяц") || num.factor || num.percent {
            return None;
        }
        let months = i128::from(
            num.value
                .is_integer()
                .then(|| num.value.to_string().parse::<u8>().ok())
                .flatten()?,
        );
        if months >= 12 || months % 3 != 0 {
            return None;
        }
        let part = Decimal::new(months * 25 / 3, 2)?;
        Some((
            value.checked_add(&part)?.normalized(),
            unit.clone(),
            num.end + 1,
        ))
    }

    /// "за один грамм … 4 500 сомов", "стоимость 1 кг героина": one unit named for its
    /// price is no quantity.
    fn price_of_one(&self, first: usize, value: Decimal, unit: Option<&Unit>) -> bool {
        let one = value.cmp_value(&Decimal::from(1u8)).is_eq();
        let mass = matches!(unit, Some(Unit::Mass(_)));
        one && mass
            && first
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| matches!(w, "за" | "стоимость" | "цена" | "стоимостью"))
    }

    /// "5 to 20 years", "between 5 and 10", "163,000 - 202,000", "1 to 2 million".
    fn range_after(&self, first: usize, num: &Num, unit: Option<&Unit>, next: usize) -> RangeRead {
        let before = first.checked_sub(1);
        let between = self.is_word(before, "between");
        let russian_from = matches!(before.and_then(|b| self.word(b)), Some("от" | "с" | "со"));
        let joined = self.is_dash(next)
            || self.word(next) == Some("to")
            || (russian_from && self.word(next) == Some("до"))
            || (between && self.word(next) == Some("and"));
        if !joined || num.factor || self.is_blocked(next + 1) {
            return RangeRead::None;
        }
        let Some(end) = self
            .number_at(next + 1)
            .filter(|e| !e.factor && !e.bare_one)
        else {
            return RangeRead::None;
        };
        if self.is_month(end.end) {
            return RangeRead::None;
        }
        let (end_unit, after) = match self.unit_at(end.end) {
            Some((u, n)) => (Some(u), n),
            None => (None, end.end),
        };
        // "rose by 14% to 3,900 cases": a change and the value after it, not a range.
        if self.is_word(before, "by") && unit.is_some() && end_unit.is_none() {
            return RangeRead::None;
        }
        let unit = match (unit, end_unit) {
            (Some(a), Some(b)) if *a == b => Some(b),
            (Some(a), None) => Some(a.clone()),
            (None, b) => b,
            _ => return RangeRead::None,
        };
        // "1 to 2 million": the scale of the end applies to the start.
        let mut value = num.value;
        if num.scale == 0 && end.scale > 0 && num.unscaled.cmp_value(&end.unscaled).is_lt() {
            match num.unscaled.checked_scale_up(end.scale) {
                Some(v) => value = v.normalized(),
                None => return RangeRead::None,
            }
        }
        // "grew from 12,000 ha to 31,000 ha": a value before and one after, not a range.
        if (self.is_word(before, "from") || russian_from)
            && before.is_some_and(|b| self.change_before(b))
        {
            return RangeRead::Change { unit, value };
        }
        if end.value.cmp_value(&value).is_lt() {
            return RangeRead::None;
        }
        let first = if self.is_word(before, "from") || between || russian_from {
            before.unwrap_or(first)
        } else {
            first
        };
        RangeRead::Found {
            first,
            value,
            end_value: end.value,
            unit,
            next: after,
        }
    }
}

/// Ten to the power `exp`, when it fits.
fn pow10(exp: u32) -> Option<Decimal> {
    10u64.checked_pow(exp).map(Decimal::from)
}

/// Power of ten of a unit of mass or volume in its family's smallest unit.
fn unit_exponent(unit: &Unit) -> Option<(u8, u32)> {
    match unit {
        Unit::Mass(m) => Some((0, m.milligram_exponent()?)),
        Unit::Volume(VolumeUnit::CubicMetre) => Some((1, 6)),
        Unit::Volume(VolumeUnit::Litre) => Some((1, 3)),
        Unit::Volume(VolumeUnit::Millilitre) => Some((1, 0)),
        _ => None,
    }
}
