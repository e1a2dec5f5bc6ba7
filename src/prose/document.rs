//! Pass 2, the marked document: the tokens with the sentence of each and the tokens that
//! must never be read as a quantity (quoted titles, `<…>`, reference periods), and the
//! small questions the later passes ask of a token ("is it the word *of*?", "a month?").
//!
//! The reading of quantities, periods and measures adds to [`Doc`] in their own files
//! (`numbers`, `periods`, `exclusions`, `quantity`, `measure`).

use std::ops::Range;

use super::periods::PeriodMatch;
use super::tokens::{Kind, Token, is_dash_char, tokenize};
use super::vocabulary::MONTHS;

/// Most words in a quoted title (longer quotations are speech and are read).
const MAX_TITLE_WORDS: usize = 12;

/// The tokens of a text, with what the marking pass found.
pub(super) struct Doc<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: Vec<Token<'a>>,
    /// The sentence of each token.
    sentence: Vec<usize>,
    /// Inside a quoted title, `<…>` or a reference period: never a number.
    blocked: Vec<bool>,
    /// The reference periods, in order.
    pub(super) periods: Vec<PeriodMatch>,
}

impl<'a> Doc<'a> {
    /// Tokenizes and marks `text`.
    pub(super) fn new(text: &'a str) -> Doc<'a> {
        let russian = super::russian::is_russian(text);
        let tokens = tokenize(text, russian);
        let count = tokens.len();
        let mut doc = Doc {
            text,
            sentence: Vec::new(),
            blocked: vec![false; count],
            periods: Vec::new(),
            tokens,
        };
        doc.sentence = doc.sentences();
        doc.block_titles();
        doc.block_angle_brackets();
        doc.periods = doc.find_periods();
        for p in &doc.periods {
            for b in doc.blocked.get_mut(p.tokens.clone()).unwrap_or_default() {
                *b = true;
            }
        }
        doc
    }

    // --- access ---
    //
    // Asked for every token by passes in other files, which the compiler may put in other
    // codegen units: `#[inline]` keeps them as cheap as when all was one file.

    #[inline]
    pub(super) fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    #[inline]
    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).map(|t| t.kind)
    }

    #[inline]
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_ref())
    }

    #[inline]
    pub(super) fn is_word(&self, i: Option<usize>, word: &str) -> bool {
        i.and_then(|i| self.word(i)) == Some(word)
    }

    #[inline]
    pub(super) fn is_blocked(&self, i: usize) -> bool {
        self.blocked.get(i).copied().unwrap_or(true)
    }

    #[inline]
    pub(super) fn sentence_of(&self, i: usize) -> usize {
        self.sentence.get(i).copied().unwrap_or(usize::MAX)
    }

    #[inline]
    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.lower.chars().all(is_dash_char))
    }

    /// The tokens from `i` read `words` (punctuation compares by its character).
    #[inline]
    pub(super) fn words_at(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            self.tok(i + k)
                .is_some_and(|t| t.lower == *w && matches!(t.kind, Kind::Word | Kind::Punct))
        })
    }

    /// The words just before `i` read `words`.
    #[inline]
    pub(super) fn words_before(&self, i: usize, words: &[&str]) -> bool {
        i.checked_sub(words.len()).is_some_and(|start| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(start + k) == Some(*w))
        })
    }

    /// A month, or a range of months written as one word ("January-July").
    #[inline]
    pub(super) fn is_month(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && (t.lower.split('-').all(|m| MONTHS.contains(&m))
                    || (super::russian::is_cyrillic(&t.lower)
                        && super::russian::is_month(&t.lower)))
                // "may" is a month only as "May".
                && (t.lower != "may" || t.capitalized)
        })
    }

    #[inline]
    pub(super) fn is_year_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is_plain_number()
                && t.span.len() == 4
                && t.value.is_some_and(|v| {
                    v.cmp_value(&1900.into()).is_ge() && v.cmp_value(&2099.into()).is_le()
                })
        })
    }

    /// The index before `i`, stepping over punctuation in `skip`.
    #[inline]
    pub(super) fn prev_skipping(&self, i: usize, skip: &[char]) -> Option<usize> {
        let mut p = i.checked_sub(1)?;
        while self.tok(p)?.is_punct(skip) {
            p = p.checked_sub(1)?;
        }
        Some(p)
    }

    pub(super) fn text_of(&self, tokens: Range<usize>) -> &'a str {
        let (Some(a), Some(b)) = (
            self.tok(tokens.start),
            tokens.end.checked_sub(1).and_then(|e| self.tok(e)),
        ) else {
            return "";
        };
        self.text.get(a.span.start..b.span.end).unwrap_or("")
    }

    pub(super) fn byte_span(&self, tokens: Range<usize>) -> Range<usize> {
        let start = self.tok(tokens.start).map_or(0, |t| t.span.start);
        let end = tokens
            .end
            .checked_sub(1)
            .and_then(|e| self.tok(e))
            .map_or(start, |t| t.span.end);
        start..end.max(start)
    }

    // --- marking ---

    /// Sentence ends: ".", "!", "?" (before closing quotes) followed by a capital, a numeral
    /// or an opening quote; a blank line unless a lower-case word continues the sentence
    /// (page breaks of the PDF cut sentences).
    fn sentences(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.tokens.len());
        let mut sentence = 0;
        for (k, t) in self.tokens.iter().enumerate() {
            if k > 0 && self.ends_sentence_before(k, t) {
                sentence += 1;
            }
            out.push(sentence);
        }
        out
    }

    fn ends_sentence_before(&self, k: usize, t: &Token) -> bool {
        let Some(prev) = self.tok(k - 1) else {
            return false;
        };
        let lower_word = t.kind == Kind::Word && !t.capitalized;
        let gap = self.text.get(prev.span.end..t.span.start).unwrap_or("");
        // Gaps are a few bytes: counted directly, not with a searcher.
        if gap.bytes().filter(|b| *b == b'\n').count() >= 2 && !lower_word {
            return true;
        }
        let Some(end) = self.prev_skipping(k, &['”', '»', '’', '"', ')', '\'']) else {
            return false;
        };
        let terminal = self
            .tok(end)
            .is_some_and(|p| p.is_punct(&['.', '!', '?', '…']));
        let starts = t.capitalized
            || matches!(t.kind, Kind::Number | Kind::Age)
            || t.is_punct(&['“', '«', '„', '"', '(']);
        terminal && starts && !gap.is_empty()
    }

    /// Blocks short quoted titles: “802”, “Learn Truth About Drugs”. Longer quotations, or
    /// quoted sentences mostly in lower case, are speech and stay readable.
    fn block_titles(&mut self) {
        let mut open: Option<(usize, char)> = None;
        for k in 0..self.tokens.len() {
            let Some(c) = self
                .tok(k)
                .filter(|t| t.kind == Kind::Punct)
                .and_then(|t| t.lower.chars().next())
            else {
                continue;
            };
            if let Some((o, oc)) = open {
                let closes = matches!(
                    (oc, c),
                    ('“', '”') | ('«', '»') | ('„', '“' | '”') | ('"', '"') | ('‹', '›')
                );
                if closes {
                    if self.is_title(o + 1..k) {
                        for b in self.blocked.get_mut(o..=k).unwrap_or_default() {
                            *b = true;
                        }
                    }
                    open = None;
                    continue;
                }
            }
            if matches!(c, '“' | '«' | '„' | '‹' | '"') {
                open = Some((k, c));
            }
        }
    }

    fn is_title(&self, inside: Range<usize>) -> bool {
        let tokens = self.tokens.get(inside).unwrap_or_default();
        let terms = tokens.iter().filter(|t| t.kind != Kind::Punct).count();
        let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == Kind::Word).collect();
        let capitals = words.iter().filter(|t| t.capitalized).count();
        terms > 0 && terms <= MAX_TITLE_WORDS && capitals * 2 >= words.len()
    }

    /// Blocks `<…>` on one line: markup and bracketed URLs. One pass: a line break or a new
    /// "<" forgets the open one.
    fn block_angle_brackets(&mut self) {
        let mut open: Option<usize> = None;
        for k in 0..self.tokens.len() {
            let Some(t) = self.tok(k) else { break };
            let line_break = k
                .checked_sub(1)
                .and_then(|p| self.tok(p))
                .and_then(|p| self.text.get(p.span.end..t.span.start))
                .is_some_and(|gap| gap.as_bytes().contains(&b'\n'));
            if line_break {
                open = None;
            }
            if t.is_punct(&['<']) {
                open = Some(k);
            } else if t.is_punct(&['>']) {
                if let Some(o) = open.take() {
                    for b in self.blocked.get_mut(o..=k).unwrap_or_default() {
                        *b = true;
                    }
                }
            }
        }
    }
}
