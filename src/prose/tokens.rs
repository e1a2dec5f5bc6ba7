//! Pass 1, the tokenizer: words, numerals and punctuation, with what merely looks like a
//! number made opaque.
//!
//! The text is cut where whitespace stands; each run without whitespace (a cluster) loses
//! its quotes, brackets and final punctuation, and its core is read as a whole: "5kg" is a
//! number and a unit, "$110" a number in dollars, "5–20" a range, "17-year-old" an age,
//! "COVID-19", "5th" or a URL one opaque token. Last, numerals separated by spaces are
//! joined ("163 000") or, when the groups do not read as thousands, made opaque (phone
//! numbers).

use std::borrow::Cow;
use std::ops::Range;

use super::vocabulary::{CLOSERS, CURRENCY_SYMBOLS, GLUED_UNITS, OPENERS};
use crate::{Currency, Decimal};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Number,
    Punct,
    /// Never a number nor part of a measure: URLs, "COVID-19", "5th", phone numbers.
    Opaque,
    /// An age ("17-year-old"), skipped before the thing counted.
    Age,
}

/// A word, numeral or punctuation character, with its byte span in the text.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) kind: Kind,
    pub(super) span: Range<usize>,
    /// Lower-cased text of a word; the character of punctuation. Borrowed from the text
    /// when it has no upper-case letter, as most tokens do.
    pub(super) lower: Cow<'a, str>,
    /// The value of a numeral.
    pub(super) value: Option<Decimal>,
    /// A numeral of digits only, without separator or point: it may be a year or a code.
    pub(super) plain: bool,
    /// A currency symbol glued before the numeral ("$110").
    pub(super) currency: Option<Currency>,
    /// The first letter of a word is upper-case.
    pub(super) capitalized: bool,
}

impl<'a> Token<'a> {
    fn new(kind: Kind, text: &'a str, span: Range<usize>) -> Token<'a> {
        let raw = text.get(span.clone()).unwrap_or("");
        Token {
            kind,
            lower: if raw.chars().any(char::is_uppercase) {
                Cow::Owned(raw.to_lowercase())
            } else {
                Cow::Borrowed(raw)
            },
            capitalized: raw.chars().next().is_some_and(char::is_uppercase),
            span,
            value: None,
            plain: false,
            currency: None,
        }
    }

    /// A numeral; what does not read as a decimal (too many digits) is opaque.
    fn number(text: &'a str, span: Range<usize>) -> Token<'a> {
        let raw = text.get(span.clone()).unwrap_or("");
        // Most numerals have no separator: parse them where they are.
        let digits: Cow<'_, str> = if raw.contains(',') {
            Cow::Owned(raw.chars().filter(|c| *c != ',').collect())
        } else {
            Cow::Borrowed(raw)
        };
        match digits.parse::<Decimal>() {
            Ok(value) => Token {
                value: Some(value),
                plain: raw.bytes().all(|b| b.is_ascii_digit()),
                ..Token::new(Kind::Number, text, span)
            },
            Err(_) => Token::new(Kind::Opaque, text, span),
        }
    }

    #[inline]
    pub(super) fn is_plain_number(&self) -> bool {
        self.kind == Kind::Number && self.plain && self.currency.is_none()
    }

    #[inline]
    pub(super) fn is_punct(&self, chars: &[char]) -> bool {
        self.kind == Kind::Punct
            && self
                .lower
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawKind {
    Word,
    Digits,
    Punct(char),
}

/// A run of letters, a numeral or one punctuation character.
#[derive(Debug, Clone)]
struct Raw {
    kind: RawKind,
    span: Range<usize>,
    /// No whitespace before it.
    glued: bool,
}

/// The character at byte `i` of `text` (a character boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

fn digit_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_digit)
}

/// The end of a numeral: digits, thousands separators (a comma and exactly three digits,
/// after a first group of one to three), and a decimal part. Byte offsets: every character
/// it looks at is ASCII.
fn numeral_end(bytes: &[u8], start: usize, decimal_comma: bool) -> usize {
    let mut i = start;
    while digit_at(bytes, i) {
        i += 1;
    }
    // Russian: "2,5", "135,5", "3,445" (the comma is always a decimal point).
    if decimal_comma {
        if bytes.get(i) == Some(&b',') && digit_at(bytes, i + 1) {
            i += 1;
            while digit_at(bytes, i) {
                i += 1;
            }
            return i;
        }
    } else if i - start <= 3 {
        while bytes.get(i) == Some(&b',')
            && (1..=3).all(|k| digit_at(bytes, i + k))
            && !digit_at(bytes, i + 4)
        {
            i += 4;
        }
    }
    if bytes.get(i) == Some(&b'.') && digit_at(bytes, i + 1) {
        i += 1;
        while digit_at(bytes, i) {
            i += 1;
        }
    }
    i
}

/// The end of a word: letters joined by hyphens and apostrophes ("drug-containing",
/// "Ministry’s"), and dots between single letters ("U.S", "a.m").
fn word_end(text: &str, start: usize) -> usize {
    let mut i = start;
    let mut segment = 0;
    while let Some(c) = char_at(text, i) {
        let next = i + c.len_utf8();
        if c.is_alphabetic() {
            i = next;
            segment += 1;
            continue;
        }
        let letter_follows = char_at(text, next).is_some_and(char::is_alphabetic);
        let joins = match c {
            '-' | '‐' | '\'' | '’' => letter_follows,
            '.' => letter_follows && segment == 1,
            _ => false,
        };
        if !joins {
            break;
        }
        segment = 0;
        i = next;
    }
    i
}

/// One pass over the text by byte offset, without collecting its characters.
fn raw_tokens(text: &str, decimal_comma: bool) -> Vec<Raw> {
    let bytes = text.as_bytes();
    let mut raws = Vec::with_capacity(text.len() / 4);
    let mut glued = false;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() {
            glued = false;
            i += c.len_utf8();
            continue;
        }
        let (kind, next) = if c.is_ascii_digit() {
            (RawKind::Digits, numeral_end(bytes, i, decimal_comma))
        } else if c.is_alphabetic() {
            (RawKind::Word, word_end(text, i))
        } else {
            (RawKind::Punct(c), i + c.len_utf8())
        };
        raws.push(Raw {
            kind,
            span: i..next,
            glued,
        });
        glued = true;
        i = next;
    }
    raws
}

/// The tokens of `text`, in order.
pub(super) fn tokenize(text: &str, russian: bool) -> Vec<Token<'_>> {
    let raws = raw_tokens(text, russian);
    let mut tokens = Vec::with_capacity(raws.len());
    let mut start = 0;
    while start < raws.len() {
        let mut end = start + 1;
        while raws.get(end).is_some_and(|r| r.glued) {
            end += 1;
        }
        push_cluster(text, raws.get(start..end).unwrap_or_default(), &mut tokens);
        start = end;
    }
    if russian {
        for t in &mut tokens {
            decimal_comma_value(text, t);
        }
    }
    group_digit_runs(text, tokens)
}

/// The value of a numeral with a decimal comma ("2,5"), read as the tokenizer of Russian
/// text cut it.
fn decimal_comma_value(text: &str, t: &mut Token<'_>) {
    if t.kind != Kind::Number {
        return;
    }
    let Some(raw) = text.get(t.span.clone()) else {
        return;
    };
    let digits = raw.trim_start_matches(|c: char| !c.is_ascii_digit());
    if digits.contains(',') {
        t.value = digits.replace(',', ".").parse().ok();
        t.plain = false;
        if t.value.is_none() {
            t.kind = Kind::Opaque;
        }
    }
}

/// A URL or e-mail address. Lower-casing maps no other character onto "www.", so an ASCII
/// case-insensitive test reads as one of the lower-cased text, without allocating.
/// Byte windows: clusters are short, too short to pay for a substring searcher.
fn is_address(cluster: &str) -> bool {
    let bytes = cluster.as_bytes();
    bytes.contains(&b'@')
        || bytes.windows(3).any(|w| w == b"://")
        || bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

fn raw_token<'a>(text: &'a str, raw: &Raw) -> Token<'a> {
    match raw.kind {
        RawKind::Word => Token::new(Kind::Word, text, raw.span.clone()),
        RawKind::Digits => Token::number(text, raw.span.clone()),
        RawKind::Punct(_) => Token::new(Kind::Punct, text, raw.span.clone()),
    }
}

/// Tokens of a run of characters without whitespace: quotes, brackets and final
/// punctuation come off, and the core is read as a whole.
fn push_cluster<'a>(text: &'a str, raws: &[Raw], out: &mut Vec<Token<'a>>) {
    let (Some(first), Some(last)) = (raws.first(), raws.last()) else {
        return;
    };
    let whole = first.span.start..last.span.end;
    if is_address(text.get(whole.clone()).unwrap_or("")) {
        out.push(Token::new(Kind::Opaque, text, whole));
        return;
    }
    let is = |r: &Raw, set: &[char]| matches!(r.kind, RawKind::Punct(c) if set.contains(&c));
    let lead = raws.iter().take_while(|r| is(r, OPENERS)).count();
    let (head, rest) = raws.split_at(lead);
    let trail = rest.iter().rev().take_while(|r| is(r, CLOSERS)).count();
    let (core, tail) = rest.split_at(rest.len() - trail);
    out.extend(head.iter().map(|r| raw_token(text, r)));
    push_core(text, core, out);
    out.extend(tail.iter().map(|r| raw_token(text, r)));
}

/// A hyphen or dash, as between the ends of a range.
#[inline]
pub(super) fn is_dash_char(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–' | '—')
}

/// The core of a cluster: a numeral alone, with "%" or a glued unit, a currency symbol, a
/// range ("5–20"), a factor ("3-fold"), an age ("17-year-old"); any other mix of digits and
/// letters or symbols ("COVID-19", "5th", "#16", "16-31.08.2025") is opaque.
fn push_core<'a>(text: &'a str, core: &[Raw], out: &mut Vec<Token<'a>>) {
    use RawKind::{Digits, Punct, Word};
    if !core.iter().any(|r| r.kind == Digits) {
        out.extend(core.iter().map(|r| raw_token(text, r)));
        return;
    }
    let lower = |r: &Raw| text.get(r.span.clone()).unwrap_or("").to_lowercase();
    let token = |r: &Raw| raw_token(text, r);
    let whole = match (core.first(), core.last()) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
        _ => return,
    };
    // Both need digits: most cores are a word alone, and cost nothing here.
    if core.len() > 1 && core.iter().any(|r| r.kind == RawKind::Digits) {
        if let Some(money) = money_core(text, core) {
            out.extend(money);
            return;
        }
        if let Some(tokens) = signed_or_fraction(text, core) {
            out.extend(tokens);
            return;
        }
    }
    match core {
        [d] => out.push(token(d)),
        [d, p] if d.kind == Digits && p.kind == Punct('%') => {
            out.extend([token(d), token(p)]);
        }
        [s, d] if d.kind == Digits => {
            let symbol = match s.kind {
                Punct(c) => CURRENCY_SYMBOLS.iter().find(|(sym, _)| *sym == c),
                _ => None,
            };
            match symbol {
                Some(&(_, currency)) => {
                    let mut t = token(d);
                    if t.kind == Kind::Number {
                        t.span = whole;
                        t.currency = Some(currency);
                        t.plain = false;
                    }
                    out.push(t);
                }
                None => out.push(Token::new(Kind::Opaque, text, whole)),
            }
        }
        [d, w]
            if d.kind == Digits
                && w.kind == Word
                && (GLUED_UNITS.contains(&lower(w).as_str()) || is_glued_russian(&lower(w))) =>
        {
            out.extend([token(d), token(w)]);
        }
        [a, dash, b]
            if a.kind == Digits
                && b.kind == Digits
                && matches!(dash.kind, Punct(c) if is_dash_char(c)) =>
        {
            out.extend([token(a), token(dash), token(b)]);
        }
        [d, dash, w]
            if d.kind == Digits
                && w.kind == Word
                && matches!(dash.kind, Punct(c) if is_dash_char(c)) =>
        {
            let word = lower(w);
            if word == "fold" || HYPHENED_UNITS.contains(&word.as_str()) {
                out.extend([token(d), token(w)]);
            } else if word.ends_with("old") || word.starts_with("летн") {
                out.push(Token::new(Kind::Age, text, whole));
            } else {
                out.push(Token::new(Kind::Opaque, text, whole));
            }
        }
        _ => out.push(Token::new(Kind::Opaque, text, whole)),
    }
}

/// "(-35%)", "(+12%)" and "1½": a signed percentage and a numeral with a vulgar fraction.
fn signed_or_fraction<'a>(text: &'a str, core: &[Raw]) -> Option<Vec<Token<'a>>> {
    use RawKind::{Digits, Punct};
    let token = |r: &Raw| raw_token(text, r);
    let whole = core.first()?.span.start..core.last()?.span.end;
    match core {
        // "(-35%)", "(+12%)": a change in percent; the sign is in the phrase, the value
        // positive (the direction is in the words).
        [sign, d, p]
            if matches!(sign.kind, Punct('-' | '+' | '−' | '–'))
                && d.kind == Digits
                && p.kind == Punct('%') =>
        {
            let mut t = token(d);
            t.span = sign.span.start..d.span.end;
            t.plain = false;
            Some(vec![t, token(p)])
        }
        // "1½ years": a numeral and a vulgar fraction.
        [d, p] if d.kind == Digits && matches!(p.kind, Punct('½' | '¼' | '¾')) => {
            let mut t = token(d);
            let fraction = match p.kind {
                Punct('½') => Decimal::new(5, 1),
                Punct('¼') => Decimal::new(25, 2),
                _ => Decimal::new(75, 2),
            };
            t.value = t.value.zip(fraction).and_then(|(v, f)| v.checked_add(&f));
            t.span = whole.clone();
            t.plain = false;
            Some(vec![if t.value.is_some() {
                t
            } else {
                Token::new(Kind::Opaque, text, whole)
            }])
        }
        _ => None,
    }
}

/// An amount of money written as one cluster: a currency symbol or an upper-case ISO 4217
/// code before the digits ("£15", "US$2,300", "KZT420"), perhaps with a scale glued after
/// them ("£15m", "$1.2bn", "KZT420mln").
fn money_core<'a>(text: &'a str, core: &[Raw]) -> Option<Vec<Token<'a>>> {
    use RawKind::{Digits, Punct, Word};
    let raw = |r: &Raw| text.get(r.span.clone()).unwrap_or("");
    let symbol = |r: &Raw| match r.kind {
        Punct(c) => CURRENCY_SYMBOLS
            .iter()
            .find(|(sym, _)| *sym == c)
            .map(|&(_, cur)| cur),
        _ => None,
    };
    let code = |r: &Raw| {
        (r.kind == Word && raw(r).len() == 3 && raw(r).bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| Currency::from_code(raw(r)))
            .flatten()
    };
    let (currency, rest) = match core {
        [w, s, rest @ ..] if raw(w) == "US" && symbol(s) == Some(Currency::USD) => {
            (Currency::USD, rest)
        }
        [s, rest @ ..] if symbol(s).is_some() && s.kind != Word => (symbol(s)?, rest),
        [w, rest @ ..] if code(w).is_some() => (code(w)?, rest),
        _ => return None,
    };
    let (d, scale) = match rest {
        [d] => (d, None),
        [d, w] if w.kind == Word && is_glued_scale(&raw(w).to_lowercase()) => (d, Some(w)),
        _ => return None,
    };
    if d.kind != Digits {
        return None;
    }
    let first = core.first()?;
    let mut t = Token::number(text, d.span.clone());
    if t.kind != Kind::Number {
        return None;
    }
    t.span = first.span.start..d.span.end;
    t.currency = Some(currency);
    t.plain = false;
    let mut out = vec![t];
    out.extend(scale.map(|w| Token::new(Kind::Word, text, w.span.clone())));
    Some(out)
}

/// Russian unit and scale abbreviations glued to the digits ("56кг", "364гр", "2,5млн").
fn is_glued_russian(word: &str) -> bool {
    super::russian::is_abbreviation(word)
        || super::russian::unit_word(word)
            .is_some_and(|u| matches!(u, crate::Unit::Mass(_) | crate::Unit::Currency(_)))
}

/// A scale glued after an amount of money: "m", "k", "b", "bn", "mln", "million", "billion".
fn is_glued_scale(word: &str) -> bool {
    matches!(
        word,
        "k" | "m" | "b" | "bn" | "mn" | "mln" | "bln" | "million" | "billion" | "thousand"
    )
}

/// Unit words read after a hyphen ("a 5.7-tonne haul", "63-pounds of cocaine").
const HYPHENED_UNITS: &[&str] = &[
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "kg",
    "gram",
    "grams",
    "pound",
    "pounds",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "milligram",
    "mg",
];

/// Whether only horizontal spaces stand between two tokens.
fn only_spaces(text: &str, between: Range<usize>) -> bool {
    text.get(between).is_some_and(|s| {
        !s.is_empty()
            && s.chars()
                .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}'))
    })
}

/// Numerals separated by spaces: "163 000" is one number when every group after the first
/// has three digits; otherwise ("727 259 99 90") it is a phone number or code.
fn group_digit_runs<'a>(text: &'a str, tokens: Vec<Token<'a>>) -> Vec<Token<'a>> {
    // Most texts have no such run: keep their tokens as they are.
    let tail = |t: &Token| decimal_tail(text, t);
    let has_run = tokens.windows(2).any(|pair| {
        matches!(pair, [a, b] if a.is_plain_number()
            && (b.is_plain_number() || tail(b))
            && only_spaces(text, a.span.end..b.span.start))
    });
    if !has_run {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut rest = tokens.as_slice();
    while let Some(first) = rest.first() {
        let mut len = 1;
        if first.is_plain_number() {
            while let (Some(prev), Some(next)) = (rest.get(len - 1), rest.get(len)) {
                if !(prev.is_plain_number()
                    && (next.is_plain_number() || tail(next))
                    && only_spaces(text, prev.span.end..next.span.start))
                {
                    break;
                }
                len += 1;
            }
        }
        let (run, after) = rest.split_at(len);
        if len == 1 {
            out.extend(run.iter().cloned());
        } else if let Some(merged) = merge_groups(text, run) {
            out.push(merged);
        } else {
            out.extend(run.iter().map(|t| Token {
                kind: Kind::Opaque,
                value: None,
                ..t.clone()
            }));
        }
        rest = after;
    }
    out
}

/// The last group of a Russian number with a decimal comma: "986,8" of "2 986,8".
fn decimal_tail(text: &str, t: &Token) -> bool {
    t.kind == Kind::Number
        && t.currency.is_none()
        && text.get(t.span.clone()).is_some_and(|raw| {
            raw.find(',') == Some(3) && raw.bytes().take(3).all(|b| b.is_ascii_digit())
        })
}

fn merge_groups<'a>(text: &'a str, run: &[Token<'a>]) -> Option<Token<'a>> {
    let (first, others) = run.split_first()?;
    let digits = |t: &Token| {
        text.get(t.span.clone())
            .and_then(|raw| raw.find(','))
            .unwrap_or(t.span.len())
    };
    if !(1..=3).contains(&digits(first)) || others.iter().any(|t| digits(t) != 3) {
        return None;
    }
    let span = first.span.start..run.last()?.span.end;
    let joined: String = run
        .iter()
        .map(|t| text.get(t.span.clone()).unwrap_or(""))
        .collect::<String>()
        .replace(',', ".");
    Some(Token {
        value: Some(joined.parse().ok()?),
        plain: false,
        ..Token::new(Kind::Number, text, span)
    })
}
