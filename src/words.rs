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
    (3..=9).contains(&word.len())
        && ONES
            .iter()
            .chain(&TENS)
            .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// Runs of white space as one space, without leading or trailing space.
pub(crate) fn collapse_spaces(s: &str) -> String {
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
