//! What is not a statistic though it reads as a number: codes with a leading zero, phone
//! numbers, page numbers of a table of contents, dates, ages, identifiers ("Article 228",
//! "the 802 hotline", list markers) and years.

use super::document::Doc;
use super::numbers::Num;
use super::tokens::Kind;
use super::vocabulary::{
    ADDRESS_BEFORE, IDENTIFIER_AFTER, IDENTIFIER_BEFORE, PERIOD_UNITS, PERSONS, PHONE_WORDS,
    PLURALS, YEAR_BEFORE, is_stop_word,
};
use crate::{Qualifier, Unit};

/// Most tokens between a phone marker and a number of the phone.
const MAX_PHONE_PARTS: usize = 6;

impl<'a> Doc<'a> {
    /// Whether the number `num` at `i` is one of the things above, and no statistic.
    pub(super) fn excluded(&self, i: usize, num: &Num) -> bool {
        let numeral = self.kind(i) == Some(Kind::Number);
        (numeral
            && (self.has_leading_zero(i)
                || self.after_phone_marker(i)
                || self.after_leader_dots(i)))
            || self.after_ordinal(i)
            || self.is_date(i, num)
            || self.is_age(i, num.end)
            || self.is_identifier(i, num.end)
            || self.is_year(i, num)
            || (numeral && self.is_list_marker(i))
            || (numeral && self.continues_legal_list(i))
            || (numeral && self.bracketed_after_name(i, num.end))
            || (numeral && self.after_call(i))
            || (numeral && self.after_date(i))
    }

    /// "Eersel (36)", "in Brussels (1)": a bare number in brackets after a name that is no
    /// country is an age or a footnote; "citizens of Afghanistan (33)" count.
    fn bracketed_after_name(&self, i: usize, end: usize) -> bool {
        let Some(name) = i.checked_sub(2) else {
            return false;
        };
        let bracketed = self.tok(i - 1).is_some_and(|t| t.is_punct(&['(']))
            && self.tok(end).is_some_and(|t| t.is_punct(&[')']));
        bracketed
            && self.tok(name).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.capitalized
                    && self
                        .text
                        .get(t.span.clone())
                        .is_some_and(|n| crate::Country::from_name(n).is_none())
            })
    }

    /// "call the police on 112": a number after "on" or "at" where the sentence asks to call.
    fn after_call(&self, i: usize) -> bool {
        let Some(on) = i
            .checked_sub(1)
            .filter(|&p| matches!(self.word(p), Some("on" | "at")))
        else {
            return false;
        };
        let sentence = self.sentence_of(i);
        (on.saturating_sub(8)..on)
            .filter(|&k| self.sentence_of(k) == sentence)
            .filter_map(|k| self.word(k))
            .any(|w| matches!(w, "call" | "dial" | "ring" | "contact" | "phone"))
    }

    /// "June 16, 10": a number right after a date, ending its sentence.
    fn after_date(&self, i: usize) -> bool {
        let ends = self.tok(i + 1).is_none_or(|t| {
            t.kind == Kind::Punct || self.sentence_of(i + 1) != self.sentence_of(i)
        });
        ends && i.checked_sub(3).is_some_and(|m| {
            self.tok(i - 1).is_some_and(|t| t.is_punct(&[',']))
                && self.tok(i - 2).is_some_and(|t| t.is_plain_number())
                && self.is_month(m)
        })
    }

    /// "в первых трех районах": a number after an ordinal is a back-reference.
    fn after_ordinal(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| matches!(w, "первых" | "первые" | "последних" | "последние"))
    }

    /// "1. Results of the operation", "1 E/INCB/2018/4": a number opening its sentence and
    /// followed by a full stop or by a code.
    fn is_list_marker(&self, i: usize) -> bool {
        let opens = i
            .checked_sub(1)
            .is_none_or(|p| self.sentence_of(p) != self.sentence_of(i));
        opens
            && self
                .tok(i + 1)
                .is_some_and(|t| t.is_punct(&['.']) || (i == 0 && t.kind == Kind::Opaque))
    }

    /// "Articles 246 (smuggling) and 273", "articles 276, 273 and 246": a number after a
    /// legal reference, joined to it by commas, "and" and bracketed words.
    fn continues_legal_list(&self, i: usize) -> bool {
        let mut k = i;
        let mut depth = 0usize;
        for _ in 0..24 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            let Some(t) = self.tok(p) else {
                return false;
            };
            k = p;
            if t.is_punct(&[')']) {
                depth += 1;
            } else if t.is_punct(&['(']) {
                depth = depth.saturating_sub(1);
            } else if depth > 0 || t.is_punct(&[',']) || t.lower == "and" || t.lower == "и" {
                continue;
            } else if t.kind == Kind::Number {
                return self.legal_marker_before(p)
                    || self.is_word(p.checked_sub(1), "ages")
                    || self.continues_legal_list(p);
            } else {
                return false;
            }
        }
        false
    }

    /// "Article 228", "articles 276": the word before the number at `i` names a legal act.
    fn legal_marker_before(&self, i: usize) -> bool {
        self.prev_skipping(i, &['.'])
            .and_then(|p| self.word(p))
            .is_some_and(|w| {
                matches!(w, "article" | "articles" | "part" | "paragraph")
                    || super::russian::is_identifier_before(w)
            })
            || (self.is_dash(i.wrapping_sub(1)) && self.legal_marker_before(i.wrapping_sub(2)))
    }

    /// "050008", "007": codes, not counts.
    fn has_leading_zero(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let raw = self.text.get(t.span.clone()).unwrap_or("");
            raw.starts_with('0') && raw.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
        })
    }

    /// A number after "tel.:", "fax", or a "+7" country code, possibly past an area code in
    /// brackets ("+7 (727) 2599990").
    fn after_phone_marker(&self, i: usize) -> bool {
        let mut p = i;
        // "по телефонам: 02, 102 или 112": a list of numbers after a Russian phone word.
        let mut listed = false;
        for _ in 0..MAX_PHONE_PARTS {
            let Some(prev) = p.checked_sub(1) else {
                return false;
            };
            let Some(t) = self.tok(prev) else {
                return false;
            };
            let country_code = t.kind == Kind::Opaque
                && self
                    .text
                    .get(t.span.clone())
                    .is_some_and(|s| s.starts_with('+'));
            let russian_phone = self
                .word(prev)
                .is_some_and(|w| w == "тел" || w.starts_with("телефон"));
            if country_code
                || russian_phone
                || (!listed && self.word(prev).is_some_and(|w| PHONE_WORDS.contains(&w)))
            {
                return true;
            }
            if t.is_punct(&[',']) || t.lower == "или" {
                listed = true;
            }
            let continues = t.is_punct(&[':', '.', '(', ')', ','])
                || t.lower == "или"
                || t.is_plain_number()
                || self.has_leading_zero(prev);
            if !continues {
                return false;
            }
            p = prev;
        }
        false
    }

    /// Page numbers of a table of contents ("REPUBLIC OF KAZAKHSTAN ..... 6").
    fn after_leader_dots(&self, i: usize) -> bool {
        let dot = |back: usize| {
            i.checked_sub(back)
                .and_then(|k| self.tok(k))
                .is_some_and(|t| t.is_punct(&['.', '…']))
        };
        let ellipsis = i
            .checked_sub(1)
            .and_then(|k| self.tok(k))
            .is_some_and(|t| t.lower == "…");
        ellipsis || (dot(1) && dot(2))
    }

    /// "29 August", "August 29", "16 to 31 August".
    fn is_date(&self, i: usize, num: &Num) -> bool {
        let day = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.is_plain_number()
                    && t.value.is_some_and(|v| {
                        v.cmp_value(&1.into()).is_ge() && v.cmp_value(&31.into()).is_le()
                    })
            })
        };
        if !day(i) || num.end != i + 1 {
            return false;
        }
        let end = num.end;
        self.is_month(end)
            || (self.words_at(end, &["of"]) && self.is_month(end + 1))
            || self
                .prev_skipping(i, &['.'])
                .is_some_and(|p| self.is_month(p))
            || ((self.is_dash(end) || matches!(self.word(end), Some("to" | "and" | "по" | "и")))
                && day(end + 1)
                && self.is_month(end + 2))
    }

    /// "aged 16", "at the age of 16", "16 years old", and the end of "aged 14 to 17".
    fn is_age(&self, i: usize, end: usize) -> bool {
        let range_of_ages = i.checked_sub(2).is_some_and(|start| {
            (self.is_word(Some(i - 1), "to") || self.is_dash(i - 1))
                && self.kind(start) == Some(Kind::Number)
                && (self.is_word(start.checked_sub(1), "aged")
                    || self.is_word(start.checked_sub(1), "ages")
                    || self.words_before(start, &["age", "of"]))
        });
        // "driven by a citizen, 44, was stopped".
        let after_person = self.tok(end).is_some_and(|t| t.is_punct(&[',']))
            && i.checked_sub(2).is_some_and(|p| {
                self.tok(p + 1).is_some_and(|t| t.is_punct(&[',']))
                    && self.word(p).is_some_and(|w| PERSONS.contains(&w))
            });
        // "30 и 29 лет": the first of two ages.
        let pair = matches!(self.word(end), Some("и" | "или"))
            && self.kind(end + 1) == Some(Kind::Number)
            && self.word(end + 2) == Some("лет")
            && !self.sentence_has_penalty(i);
        let russian = pair
            || self
                .word(end)
                .is_some_and(|w| matches!(w, "лет" | "года" | "год"))
                && (i
                    .checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| {
                        matches!(w, "возрасте" | "возраста" | "возраст" | "исполнилось")
                    })
                    || self.words_at(end + 1, &["от", "роду"]));
        range_of_ages
            || russian
            || after_person
            || self.is_word(i.checked_sub(1), "aged")
            || self.is_word(i.checked_sub(1), "ages")
            || self.is_word(i.checked_sub(1), "age")
            || self.words_before(i, &["age", "of"])
            || self.words_before(i, &["ages", "of"])
            || self.words_at(end, &["years", "old"])
            || self.words_at(end, &["year", "old"])
            || self.words_at(end, &["months", "old"])
            || self.words_at(end, &["years", "of", "age"])
    }

    /// "Article 228", "No. 5", "tel.: 2599990", "Abay Avenue, 52", "the 802 hotline", "#5".
    fn is_identifier(&self, i: usize, end: usize) -> bool {
        let before = self.prev_skipping(i, &['.', ':']);
        let marker = before.and_then(|p| self.tok(p)).is_some_and(|t| {
            (t.kind == Kind::Word
                && (IDENTIFIER_BEFORE.contains(&t.lower.as_ref())
                    || super::russian::is_identifier_before(&t.lower)))
                || t.is_punct(&['#', '№'])
        });
        let address = self
            .prev_skipping(i, &['.', ':', ','])
            .and_then(|p| self.word(p))
            .is_some_and(|w| ADDRESS_BEFORE.contains(&w));
        let named = self.word(end).is_some_and(|w| {
            IDENTIFIER_AFTER.contains(&w) || super::russian::is_identifier_after(w)
        }) || (self.tok(end).is_some_and(|t| t.capitalized)
            && self
                .word(end + 1)
                .is_some_and(|w| matches!(w, "street" | "avenue" | "road" | "lane")));
        // "1) tracing …; 2) …": the marker of a numbered list.
        let list_marker = self.tok(end).is_some_and(|t| t.is_punct(&[')']))
            && !i
                .checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|t| t.is_punct(&['(']));
        marker || address || named || list_marker
    }

    /// A number from 1900 to 2099 standing as a year: not one followed by what it counts
    /// ("1500 people", "2000 tons", "…of which"), nor one after a qualifier.
    fn is_year(&self, i: usize, num: &Num) -> bool {
        if !self.is_year_number(i) || num.end != i + 1 {
            return false;
        }
        let end = num.end;
        // "в 2024 году", "2024 г.", "2023-2024 годы".
        if self.word(end).is_some_and(super::russian::is_year_word) {
            return true;
        }
        // "2013-15", "2011-12": a span of years.
        if self.is_dash(end)
            && self
                .tok(end + 1)
                .is_some_and(|t| t.is_plain_number() && matches!(t.span.len(), 2 | 4))
        {
            return true;
        }
        // "shot up 30 per cent over 2013", "an increase over 2005": a year compared with.
        let qualified = self
            .qualifier_before(i)
            .is_some_and(|(q, first)| q != Qualifier::Over || self.word(first) != Some("over"));
        let counts = self.words_at(end, &["of", "which"])
            || self.words_at(end, &["of", "whom"])
            || self
                .unit_at(end)
                .is_some_and(|(u, _)| !matches!(u, Unit::Duration(_)))
            || qualified;
        if counts {
            return false;
        }
        let year_context = self.prev_skipping(i, &[]).is_some_and(|p| {
            self.word(p)
                .is_some_and(|w| YEAR_BEFORE.contains(&w) || super::russian::is_year_before(w))
                || self.is_month(p)
                || self.is_dash(p)
                || (self.tok(p).is_some_and(|t| t.is_punct(&[',']))
                    && p.checked_sub(1)
                        .is_some_and(|q| self.kind(q) == Some(Kind::Number) || self.is_month(q)))
        });
        year_context || !self.plural_follows(end)
    }

    /// Whether a plural noun follows at `end`, within three words ("1500 people", "2000
    /// ecstasy pills"); "the 2014 annual report", "a 2008 sedan" have none.
    fn plural_follows(&self, end: usize) -> bool {
        for k in end..end + 3 {
            let Some(t) = self
                .tok(k)
                .filter(|t| t.kind == Kind::Word && !t.capitalized)
            else {
                return false;
            };
            let w = t.lower.as_ref();
            if super::russian::is_cyrillic(w) {
                // A Russian noun after the number counts ("2000 человек") unless it is a
                // word of a year or a stop word.
                return !super::russian::is_year_word(w) && !super::russian::is_stop_word(w);
            }
            if is_stop_word(w) || PERIOD_UNITS.contains(&w) || w == "data" {
                return false;
            }
            let plural = PLURALS.contains(&w)
                || (w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is"));
            if plural {
                return true;
            }
        }
        false
    }
}
