//! Words shared by the readers of prose: number words and spacing.

/// Number words up to nineteen ("zero" is left out: "zero tolerance" is no statistic).
const ONES: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens from twenty.
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// "one" … "nineteen", "twenty" … "ninety", "twenty-four".
pub(crate) fn small_number(word: &str) -> Option<u64> {
    let ones = |w: &str| ONES.iter().position(|o| *o == w).map(|p| p as u64 + 1);
    let tens = |w: &str| {
        TENS.iter()
            .position(|t| *t == w)
            .map(|p| p as u64 * 10 + 20)
    };
    if let Some((t, o)) = word.split_once('-') {
        return Some(tens(t)? + ones(o).filter(|v| *v < 10)?);
    }
    ones(word).or_else(|| tens(word))
}

/// Whether ASCII letters spell a word of [`small_number`] ("one" … "nineteen", "twenty" …
/// "ninety") in any case.
pub(crate) fn is_number_word_ignoring_case(word: &[u8]) -> bool {
    // Lower-cased on the stack, then one `match` the compiler turns into a few compares:
    // most words are tested here.
    // Every number word starts with one of these letters.
    if !word.first().is_some_and(|b| b"ofstenOFSTEN".contains(b)) {
        return false;
    }
    let mut lower = [0u8; 9];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
    )
}

/// Runs of white space as one space, without leading or trailing space.
pub(crate) fn collapse_spaces(s: &str) -> String {
    if is_collapsed(s) {
        return s.to_owned();
    }
    // One pass into one allocation: each word is copied whole when the space after it is
    // found.
    let mut out = String::with_capacity(s.len());
    let mut word_start = None;
    let push = |out: &mut String, word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    for (at, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                push(&mut out, s.get(start..at).unwrap_or(""));
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
    }
    if let Some(start) = word_start {
        push(&mut out, s.get(start..).unwrap_or(""));
    }
    out
}

/// Whether `s` has no white space but single ASCII spaces between words: most text, which
/// [`collapse_spaces`] then copies whole. A byte scan; only the lead bytes of non-ASCII
/// characters are decoded (every white-space character but the ASCII ones is non-ASCII).
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (at, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if after_space => return false,
            b' ' => {
                after_space = true;
                continue;
            }
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            0xc0.. => {
                let c = s.get(at..).and_then(|rest| rest.chars().next());
                if c.is_some_and(char::is_whitespace) {
                    return false;
                }
            }
            _ => {}
        }
        after_space = false;
    }
    true
}

/// The English name of month 1–12 ("August"), `"?"` for any other number.
pub(crate) fn month_name(month: u8) -> &'static str {
    chrono::Month::try_from(month).map_or("?", |m| m.name())
}

/// Russian month names in the genitive, as dates print them («16 августа»).
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The Russian genitive name of month 1–12 («августа»), `"?"` for any other number.
pub(crate) fn month_name_ru(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS_RU_GENITIVE.get(i))
        .copied()
        .unwrap_or("?")
}

/// The month 1–12 a Russian month name in the genitive stands for, in any letter case
/// («августа», «Августа»); the nominative («август») is read too, as typists write it.
pub(crate) fn month_from_russian(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let stem = |m: &'static str| -> &'static str {
        m.strip_suffix('я')
            .or_else(|| m.strip_suffix('а'))
            .unwrap_or(m)
    };
    MONTHS_RU_GENITIVE
        .iter()
        .position(|m| {
            *m == lower
                || stem(m) == lower
                || lower.strip_suffix('ь').is_some_and(|l| l == stem(m))
                || lower.strip_suffix('й').is_some_and(|l| l == stem(m))
        })
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The month 1–12 an English or Russian month name stands for, in any letter case.
pub(crate) fn month_from_name(word: &str) -> Option<u8> {
    word.parse::<chrono::Month>()
        .ok()
        .map(|m| m.number_from_month() as u8)
        .or_else(|| month_from_russian(word))
}

/// Whether texts are written mostly in Cyrillic: more Cyrillic letters than Latin ones, all
/// the texts counted together (so a document's blocks need not be joined first).
pub(crate) fn is_mostly_cyrillic<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut cyrillic, mut latin) = (0usize, 0usize);
    for ch in texts.into_iter().flat_map(str::chars) {
        if ('\u{400}'..='\u{4ff}').contains(&ch) {
            cyrillic += 1;
        } else if ch.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    cyrillic > latin
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass collapse and its copy-whole shortcut agree with `split_whitespace`.
    #[test]
    fn collapse_spaces_is_split_and_join() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a b",
            "a b ",
            "a  b",
            "a\tb",
            "a\nb",
            "a\u{a0}b",
            "“a” b\u{2009}c",
            "a\u{3000}b\u{85}c",
            "Ministry’s \u{202f} 25 kg",
        ] {
            let expected = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_spaces(s), expected, "{s:?}");
        }
    }

    #[test]
    fn russian_months_both_ways() {
        for m in 1..=12u8 {
            assert_eq!(month_from_russian(month_name_ru(m)), Some(m));
            assert_eq!(month_from_name(month_name(m)), Some(m));
        }
        assert_eq!(month_name_ru(8), "августа");
        assert_eq!(month_name_ru(0), "?");
        assert_eq!(month_name_ru(13), "?");
        assert_eq!(month_from_russian("Августа"), Some(8));
        assert_eq!(month_from_russian("август"), Some(8));
        assert_eq!(month_from_russian("сентябрь"), Some(9));
        assert_eq!(month_from_russian("мая"), Some(5));
        assert_eq!(month_from_russian("май"), Some(5));
        assert_eq!(month_from_russian("марта"), Some(3));
        assert_eq!(month_from_russian("март"), Some(3));
        assert_eq!(month_from_russian("года"), None);
        assert_eq!(month_from_russian(""), None);
        assert!(is_mostly_cyrillic([
            "В период с 16 по 31 августа 2025 года, www.caricc.org"
        ]));
        assert!(!is_mostly_cyrillic([
            "In the period from 16 to 31 August (Россия – 2)"
        ]));
    }

    #[test]
    fn number_words_in_any_case() {
        for word in ONES.iter().chain(&TENS) {
            assert!(is_number_word_ignoring_case(word.as_bytes()), "{word}");
            let upper = word.to_uppercase();
            assert!(is_number_word_ignoring_case(upper.as_bytes()), "{upper}");
        }
        assert!(is_number_word_ignoring_case(b"Twenty"));
        assert!(is_number_word_ignoring_case(b"SEVEN"));
        assert!(!is_number_word_ignoring_case(b"hundred"));
        assert!(!is_number_word_ignoring_case(b"sevens"));
    }
}
