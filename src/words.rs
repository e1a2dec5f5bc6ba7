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

/// Runs of white space as one space, without leading or trailing space.
pub(crate) fn collapse_spaces(s: &str) -> String {
    // One pass into one allocation (no vector of words to join).
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
