//! Which country a heading names: exactly, or as the one closest name within a few typing
//! errors ("KYRGYZ PEPUBLIC", "TURKMENSITAN"), so that a misspelt heading is read, with a
//! warning, rather than lost.

use crate::Country;
use crate::words::collapse_spaces;

/// The country a heading names: exactly, or as the one closest name within a small number
/// of typing errors (then `true`).
pub(super) fn country_of(heading: &str) -> Option<(Country, bool)> {
    // PDF text has typographic apostrophes and Turkish capitals where the tables have ASCII.
    let name = collapse_spaces(heading.trim_matches(|c: char| !c.is_alphanumeric() && c != ')'))
        .replace(['’', 'ʼ'], "'")
        .replace('İ', "I");
    if let Some(c) = Country::from_name(&name) {
        return Some((c, false));
    }
    let wanted = name.to_uppercase();
    let wanted_count = wanted.chars().count();
    let allowed = (wanted_count / 5).clamp(1, 3);
    let mut best: Option<(usize, Country)> = None;
    let mut tie = false;
    let wanted_chars: Vec<char> = wanted.chars().collect();
    let wanted_counts = char_counts(&wanted_chars);
    let mut rows = Rows::default();
    for candidate in fuzzy_names() {
        // Names whose lengths differ by more than the allowance cannot be close.
        if candidate.chars.len().abs_diff(wanted_count) > allowed {
            continue;
        }
        // Nor can names whose characters differ too much: an edit changes the counts of
        // characters (here of 64 classes) by at most two in all, so the distance is at least
        // half the difference of the counts. Cheaper than the distance, and exact.
        let differ: u32 = wanted_counts
            .iter()
            .zip(&candidate.counts)
            .map(|(w, c)| u32::from(w.abs_diff(*c)))
            .sum();
        if differ as usize > 2 * allowed {
            continue;
        }
        let Some(d) = distance_within(&wanted_chars, &candidate.chars, allowed, &mut rows) else {
            continue;
        };
        let country = &candidate.country;
        match best {
            Some((bd, bc)) if d == bd && bc != *country => tie = true,
            Some((bd, _)) if d >= bd => {}
            _ => {
                best = Some((d, *country));
                tie = false;
            }
        }
    }
    match best {
        Some((_, c)) if !tie && wanted_count >= 5 => Some((c, true)),
        _ => None,
    }
}

/// Edit distance in characters when it is at most `limit`, a swap of two neighbours counting
/// as one edit (optimal string alignment): "TURKMENSITAN" is one edit from "TURKMENISTAN".
/// Only cells within `limit` of the diagonal are computed, and the walk stops as soon as a
/// row exceeds the limit: most candidates are ruled out after a few characters.
/// The characters and rows are the caller's, reused over the candidates.
fn distance_within(a: &[char], b: &[char], limit: usize, rows: &mut Rows) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let far = limit + 1;
    let width = b.len() + 1;
    // Three rows: the one before the previous (for swaps), the previous, the current.
    let Rows {
        before,
        previous,
        current,
    } = rows;
    before.clear();
    before.resize(width, far);
    previous.clear();
    previous.extend((0..width).map(|j| if j <= limit { j } else { far }));
    current.clear();
    current.resize(width, far);
    for i in 1..=a.len() {
        current.iter_mut().for_each(|c| *c = far);
        current[0] = if i <= limit { i } else { far };
        let from = i.saturating_sub(limit).max(1);
        let to = (i + limit).min(b.len());
        let mut row_min = current[0];
        for j in from..=to {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d.min(far);
            row_min = row_min.min(current[j]);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    Some(previous[b.len()]).filter(|d| *d <= limit)
}

/// Scratch rows of [`distance_within`].
#[derive(Default)]
struct Rows {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

/// A country's name in capitals, as the fuzzy heading match compares it.
struct FuzzyName {
    country: Country,
    chars: Vec<char>,
    counts: [u8; 64],
}

/// [`crate::model::upper_case_names`] with their characters and character counts, made
/// once: a heading is compared with hundreds of them.
fn fuzzy_names() -> &'static [FuzzyName] {
    static NAMES: std::sync::OnceLock<Vec<FuzzyName>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        crate::model::upper_case_names()
            .iter()
            .map(|(country, name)| {
                let chars: Vec<char> = name.chars().collect();
                FuzzyName {
                    country: *country,
                    counts: char_counts(&chars),
                    chars,
                }
            })
            .collect()
    })
}

/// How many characters of each of 64 classes (a character's low six bits) `chars` has.
fn char_counts(chars: &[char]) -> [u8; 64] {
    let mut counts = [0u8; 64];
    for c in chars {
        let n = &mut counts[*c as usize & 63];
        *n = n.saturating_add(1);
    }
    counts
}
