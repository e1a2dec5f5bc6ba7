//! Pass 3, placing what was read: each quantity becomes a statistic with its measure, the
//! span of its phrase and its reference period, or a part of the statistic before it in
//! the sentence ("2100 of which …", "including 11 … and 91 …") when the units agree and the
//! parts stay within the total.

use std::ops::Range;

use super::Extracted;
use super::document::Doc;
use super::quantity::{Link, Quantity};
use super::vocabulary::{PART_AUXILIARIES, PREPOSITIONS, head_noun, is_gerund, is_participle};
use crate::words::collapse_spaces;
use crate::{ChangeRole, Decimal, Statistic, Unit};

/// The statistics found so far, and what the next quantity needs of them.
pub(super) struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The statistics, in document order.
    pub(super) found: Vec<Extracted>,
    /// Sentence and token of each found statistic's number.
    anchors: Vec<(usize, usize)>,
    /// The statistic whose part was placed last, if the last placement was a part.
    last_part_of: Option<usize>,
    /// The last measure read from the text, for a quantity whose own is not written.
    last_measure: Option<String>,
    /// Sentence and end token of the last statistic placed as the value before a change or
    /// as the change: a "to" shortly after it leads to the value after.
    change_end: Option<(usize, usize)>,
}

/// Most tokens between a value before a change (or the change) and the "to" of the value
/// after it ("from 112,000 in 2004 to 240,000").
const AFTER_REACH: usize = 6;

impl<'d, 'a> Reader<'d, 'a> {
    /// A reader of `doc` that has found nothing yet.
    pub(super) fn new(doc: &'d Doc<'a>) -> Self {
        Reader {
            doc,
            found: Vec::new(),
            anchors: Vec::new(),
            last_part_of: None,
            last_measure: None,
            change_end: None,
        }
    }

    /// Places `q`: a part of the statistic before it, or a statistic of its own.
    pub(super) fn place(&mut self, mut q: Quantity) {
        // "32,85 кг и 32,46 соответственно": a count is whole; a bare decimal takes the unit
        // of the statistic before it in its sentence, or is no statistic.
        if q.unit == Unit::Count && !q.unit_written && !q.value.is_integer() {
            let sentence = self.doc.sentence_of(q.number);
            let before = self
                .anchors
                .last()
                .filter(|(s, _)| *s == sentence)
                .and(self.found.last());
            match before {
                Some(e) if e.statistic.unit != Unit::Count => {
                    q.unit = e.statistic.unit.clone();
                }
                _ => return,
            }
        }
        self.type_after_change(&mut q);
        if let Some(total) = self.total_for(&q) {
            if self.add_part(total, &q) {
                self.last_part_of = Some(total);
                return;
            }
        }
        self.last_part_of = None;
        let (measure, span, read) = self.measure(&q);
        if read {
            self.last_measure = Some(measure.clone());
        }
        let mut statistic = self.statistic(&q, measure, span.clone());
        statistic.reference_period = self.doc.period_near(q.number);
        self.anchors
            .push((self.doc.sentence_of(q.number), q.number));
        self.found.push(Extracted { statistic, span });
    }

    /// "from 12,000 ha to 31,000 ha", "by 14% to 3,900", "from 112,000 in 2004 to 240,000
    /// in 2008": a value after "to" that shortly follows a value before or a change in its
    /// sentence is the value after.
    fn type_after_change(&mut self, q: &mut Quantity) {
        let sentence = self.doc.sentence_of(q.number);
        let after_change = self.change_end.is_some_and(|(s, end)| {
            s == sentence
                && q.first >= end
                && q.first - end <= AFTER_REACH
                && matches!(self.doc.word(q.first.wrapping_sub(1)), Some("to" | "до"))
        });
        if q.role.is_none() && after_change {
            q.role = Some(ChangeRole::After);
        }
        if matches!(q.role, Some(ChangeRole::Before | ChangeRole::Change)) {
            self.change_end = Some((sentence, q.end));
        } else if q.role == Some(ChangeRole::After) {
            self.change_end = None;
        }
    }

    /// The statistic a part belongs to: the last one in the same sentence.
    fn total_for(&self, q: &Quantity) -> Option<usize> {
        let sentence = self.doc.sentence_of(q.number);
        let last = self.found.len().checked_sub(1)?;
        let (last_sentence, _) = *self.anchors.get(last)?;
        if last_sentence != sentence {
            return None;
        }
        match q.link {
            Link::None => None,
            Link::OfWhich | Link::Including => Some(last),
            Link::And => self.last_part_of.filter(|t| *t == last),
        }
    }

    /// Adds `q` as a part of `found[total]` when units agree and the parts stay within the
    /// total.
    fn add_part(&mut self, total: usize, q: &Quantity) -> bool {
        let Some(total_stat) = self.found.get(total).map(|e| &e.statistic) else {
            return false;
        };
        let countable = matches!(
            total_stat.unit,
            Unit::Count | Unit::Mass(_) | Unit::Volume(_) | Unit::Area(_) | Unit::Currency(_)
        );
        let unit = if q.unit_written {
            q.unit.clone()
        } else {
            total_stat.unit.clone()
        };
        if !countable || !unit.is_compatible_with(&total_stat.unit) || q.range_end.is_some() {
            return false;
        }
        let (measure, span) = self.part_measure(q, &total_stat.measure);
        let mut part = self.statistic(q, measure, span);
        part.unit = unit;
        let mut parts = total_stat.breakdown.clone();
        parts.push(part.clone());
        if !fits(total_stat, &parts) {
            return false;
        }
        if let Some(e) = self.found.get_mut(total) {
            e.statistic.breakdown.push(part);
        }
        true
    }

    fn statistic(&self, q: &Quantity, measure: String, span: Range<usize>) -> Statistic {
        let mut s = Statistic::new(measure, q.value, q.unit.clone());
        s.qualifier = q.qualifier;
        s.range_end = q.range_end;
        s.role = q.role;
        s.phrase = self.doc.text.get(span).map(str::to_owned);
        s
    }

    fn quantity_span(&self, q: &Quantity) -> Range<usize> {
        self.doc.byte_span(q.first..q.end)
    }

    /// The measure of a statistic, the byte span of its phrase, and whether the measure was
    /// read from the text (not the phrase itself as a last resort).
    fn measure(&self, q: &Quantity) -> (String, Range<usize>, bool) {
        let doc = self.doc;
        let span = self.quantity_span(q);
        let forward = match &q.unit {
            _ if q.link == Link::OfWhich => doc.part_phrase(self.after_of_which(q), true),
            Unit::Count | Unit::Factor => doc.noun_phrase(q.end),
            // Russian: the thing weighed follows in the genitive ("5 кг гашиша").
            _ if doc.word(q.end).is_some_and(super::russian::is_cyrillic) => doc.noun_phrase(q.end),
            _ if doc.words_at(q.end, &["of"]) => {
                let k = if doc.words_at(q.end + 1, &["the"]) {
                    q.end + 2
                } else {
                    q.end + 1
                };
                doc.noun_phrase(k)
            }
            // "15 years in prison", "10 days in detention"; not "5 years in Almaty".
            Unit::Duration(_) if doc.words_at(q.end, &["in"]) => doc
                .noun_phrase(q.end + 1)
                .filter(|r| doc.tok(r.start).is_some_and(|t| !t.capitalized)),
            _ => None,
        };
        if let Some(r) = forward {
            let end = doc.byte_span(r.clone()).end.max(span.end);
            return (collapse_spaces(doc.text_of(r)), span.start..end, true);
        }
        if let Some((r, phrase_start)) = doc.backward_phrase(q.first) {
            let start = doc.byte_span(phrase_start..r.end).start.min(span.start);
            return (collapse_spaces(doc.text_of(r)), start..span.end, true);
        }
        match &self.last_measure {
            Some(m) => (m.clone(), span, true),
            None => {
                let phrase = collapse_spaces(doc.text.get(span.clone()).unwrap_or(""));
                (phrase, span, false)
            }
        }
    }

    /// The first token after "of which" and its verbs ("of which are classified as").
    fn after_of_which(&self, q: &Quantity) -> usize {
        let doc = self.doc;
        let mut k = q.end + 2;
        while doc.word(k).is_some_and(|w| PART_AUXILIARIES.contains(&w)) {
            k += 1;
        }
        if doc.word(k).is_some_and(is_participle) {
            k += 1;
        }
        if doc.word(k) == Some("as") {
            k += 1;
        }
        k
    }

    /// The measure of a part: its own phrase, with the total's noun when the phrase starts
    /// with a preposition or a verb form ("cases for drug use", "laboratories producing
    /// synthetic drugs"), or the total's noun alone.
    fn part_measure(&self, q: &Quantity, total_measure: &str) -> (String, Range<usize>) {
        let doc = self.doc;
        let span = self.quantity_span(q);
        let phrase = match q.link {
            Link::OfWhich => doc.part_phrase(self.after_of_which(q), true),
            _ if q.unit_written && doc.words_at(q.end, &["of"]) => doc.noun_phrase(q.end + 1),
            _ => doc.part_phrase(q.end, false),
        };
        let head = head_noun(total_measure);
        let Some(r) = phrase else {
            return (head.to_owned(), span);
        };
        let end = doc.byte_span(r.clone()).end.max(span.end);
        let text = collapse_spaces(doc.text_of(r.clone()));
        let needs_head = doc
            .word(r.start)
            .is_some_and(|w| PREPOSITIONS.contains(&w) || is_gerund(w) || is_participle(w));
        let measure = if needs_head {
            format!("{head} {text}")
        } else {
            text
        };
        (measure, span.start..end)
    }
}

/// Whether `parts` stay within `total` in its base unit (or the total allows more).
fn fits(total: &Statistic, parts: &[Statistic]) -> bool {
    let Some((base, limit)) = total.unit.in_base(total.value) else {
        return false;
    };
    let mut sum = Decimal::ZERO;
    for part in parts {
        match part.unit.in_base(part.value) {
            Some((unit, value)) if unit == base => match sum.checked_add(&value) {
                Some(s) => sum = s,
                None => return false,
            },
            _ => return false,
        }
    }
    !sum.cmp_value(&limit).is_gt()
}
