//! Statistics read from prose: "over 11 tons of drugs", "5 to 20 years".
//!
//! Three passes, no regular expressions:
//!
//! 1. a tokenizer turns the text into words, numerals and punctuation; what merely looks like
//!    a number (glued to letters as in "COVID-19", inside a URL, a phone number, an age such
//!    as "17-year-old") becomes an opaque token;
//! 2. a marking pass splits sentences and blocks the tokens that must never be read as a
//!    quantity: quoted titles (“802”), `<…>` and reference periods ("in the first seven
//!    months of this year");
//! 3. a reader walks the tokens: qualifier, number, scale, unit, compound, range, the thing
//!    counted, and links breakdowns ("2100 of which", "including 11 … and 91 …") to totals.

// The files follow the passes:
// - `vocabulary`: the word tables (qualifiers, units, stop words, markers) and predicates
//   over one word;
// - `tokens`: pass 1, the tokenizer;
// - `document`: pass 2, the marked document (sentences, blocked tokens) and the questions
//   the reader asks of a token;
// - `periods`: reference periods, found in pass 2;
// - `numbers`: a number with its scale, the qualifier before it, the unit after it;
// - `exclusions`: numbers that are no statistic (years, dates, ages, phones, identifiers);
// - `quantity`: pass 3, one quantity (unit, compound, range, link to the one before);
// - `measure`: the thing counted, read forward or backward from a quantity;
// - `reader`: placing quantities as statistics and as parts of breakdowns;
// - `russian`: the Russian word tables (units by stem, number words in their cases);
// - `substances`: the substance each statistic weighs or counts;
// - `events`: the kinds of event an article reports.

mod document;
mod events;
mod exclusions;
mod measure;
mod numbers;
mod periods;
mod quantity;
mod reader;
mod russian;
mod substances;
mod tokens;
mod vocabulary;

use std::ops::Range;

use crate::words::is_number_word_ignoring_case;
use crate::{Currency, Statistic, Unit};

use document::Doc;
pub use events::event_kinds;
use quantity::Scan;
use reader::Reader;

/// A statistic found in text, with the byte range of the phrase it was read from.
///
/// ```
/// use caricc_release::prose::extract;
///
/// let text = "Police seized over 5 kg of hashish and 300 grams of heroin.";
/// let found = extract(text);
/// let spans: Vec<&str> = found.iter().map(|e| &text[e.span.clone()]).collect();
/// assert_eq!(spans, ["over 5 kg of hashish", "300 grams of heroin"]);
/// assert_eq!(found[1].statistic.measure, "heroin");
/// assert_eq!(found[1].statistic.phrase.as_deref(), Some(spans[1]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Extracted {
    /// The statistic; its `phrase` is the text of `span`.
    pub statistic: Statistic,
    /// Byte range of the phrase in the text given to [`extract`].
    pub span: Range<usize>,
}

/// Finds the quantities in text about `country`: as [`extract`], and where a currency's name
/// is shared by two member states the country decides ("manat" is Turkmen in Turkmenistan,
/// Azerbaijani elsewhere).
///
/// ```
/// use caricc_release::{Country, Currency, Unit};
/// use caricc_release::prose::extract_in;
///
/// let found = extract_in("Fines of 2,000 manat were imposed.", Country::TM);
/// assert_eq!(found[0].statistic.unit, Unit::Currency(Currency::TMT));
/// ```
pub fn extract_in(text: &str, country: crate::Country) -> Vec<Extracted> {
    let mut found = extract(text);
    if country == crate::Country::TM {
        for e in &mut found {
            turkmen_manat(&mut e.statistic);
        }
    }
    found
}

/// A bare "manat" read as AZN, in Turkmenistan: TMT (the phrase names no other manat).
fn turkmen_manat(s: &mut Statistic) {
    let phrase = s.phrase.as_deref().unwrap_or("").to_lowercase();
    if s.unit == Unit::Currency(Currency::AZN)
        && (phrase.contains("manat") || phrase.contains("манат"))
        && !phrase.contains("azerbaijan")
        && !phrase.contains("азербайдж")
    {
        s.unit = Unit::Currency(Currency::TMT);
    }
    for part in &mut s.breakdown {
        turkmen_manat(part);
    }
}

/// Finds the quantities in a sentence or paragraph, in document order.
///
/// Each statistic has a non-empty `measure` (what is counted), its `phrase` is `text[span]`,
/// and it passes [`Release::validate`](crate::Release::validate): no reversed range, no
/// breakdown larger than its total, parts in the total's unit.
///
/// # What it reads
///
/// - numerals ("38,000", "163 000", "2.5"), number words ("Twenty-four", "six"; a bare
///   "one" only before a unit word or after a qualifier or "including"), scale words
///   ("2.5 billion tenge" is exactly `2500000000`), an article before a unit or scale ("a
///   ton", "half a million"), "one and a half", shares of a whole as percent ("almost half
///   of");
/// - qualifiers before the number: over, more than, exceeded, almost, nearly, about,
///   around, approximately, up to, at least, no less than, less than, fewer than;
/// - units: masses (t, kg, g, mg; lb and oz: "10 pounds of marijuana", while "361 million
///   pounds" is sterling), volumes, hectares, currencies by name (tenge, US dollars, rubles,
///   manat, som, somoni, euros, sterling, …), by symbol ("$", "€", "£", "₸", …) and by
///   upper-case ISO 4217 code before or after the amount ("USD 200", "5,000 CHF"), with
///   scales glued to the amount ("£15m", "$1.2bn"), percent, durations (only where the
///   sentence speaks of a penalty: "sentenced to 10 years"), factors ("threefold", "3 times");
///   without a unit word the value is a count;
/// - compounds ("3 tons 205 kilograms" is 3.205 t), ranges ("5 to 20 years",
///   "163,000–202,000"); "from X to Y" after a word of change ("increased from 12,000 to
///   31,000") is two statistics, not a range;
/// - breakdowns: "N of which …" and "including N [and N]" become parts of the statistic
///   before them in the same sentence;
/// - the thing counted: the noun phrase after the number or unit ("drug crimes", "cases of
///   drug smuggling", "11 tons of drugs"), else the words just before it ("losses amounting
///   to …"), else the measure of the previous statistic in the text;
/// - the reference period of the sentence, as written ("first seven months of this year",
///   "this year", "since the beginning of the year", "August", "2024").
///
/// # What it skips
///
/// Years ("since 2024", "2020-2021"), ages ("16-year-old", "aged 16"), dates ("29 August"),
/// phone numbers, identifiers ("the 802 hotline", “802”, "Article 228", "No. 5"), ordinals
/// ("fifth", "5th"), numbers glued to letters or hyphens ("COVID-19", "mir24", "#16"), URLs
/// and e-mail addresses, numbers inside short quoted titles and inside `<…>`, and the
/// numbers of reference periods ("seven months" in "the first seven months of this year").
///
/// ```
/// use caricc_release::prose::extract;
/// use caricc_release::{Decimal, MassUnit, Qualifier, Unit};
///
/// let text = "Over 11 tons of drugs have been prevented from entering the drug market this year.";
/// let found = extract(text);
/// assert_eq!(found.len(), 1);
/// let s = &found[0].statistic;
/// assert_eq!((s.qualifier, s.value, &s.unit), (Qualifier::Over, Decimal::from(11u32), &Unit::Mass(MassUnit::Tonne)));
/// assert_eq!(s.measure, "drugs");
/// assert_eq!(s.reference_period.as_deref(), Some("this year"));
/// assert_eq!(&text[found[0].span.clone()], "Over 11 tons of drugs");
///
/// // Years, dates, ages and hotline numbers are not statistics.
/// assert!(extract("On 29 August 2025 a 16-year-old pupil called the “802” hotline.").is_empty());
/// // …but "two 16-year-old pupils" counts the pupils.
/// assert_eq!(extract("Two 16-year-old pupils called.")[0].statistic.value, Decimal::from(2u32));
/// ```
pub fn extract(text: &str) -> Vec<Extracted> {
    if !may_hold_number(text) {
        return Vec::new();
    }
    let doc = Doc::new(text);
    let mut reader = Reader::new(&doc);
    let mut i = 0;
    while i < doc.tokens.len() {
        i = match doc.quantity_at(i) {
            Scan::Nothing => i + 1,
            Scan::Consumed(next) => next.max(i + 1),
            Scan::Found(q) => {
                let next = q.end.max(i + 1);
                reader.place(q);
                next
            }
        };
    }
    let mut found = reader.found;
    substances::type_substances(text, &mut found);
    found
}

/// Whether a run of letters is a word after which an article or "half" is a number ("a ton", "half a million", "a
/// dozen"), and the shares of a whole ("almost half of", "a third of"): with them, text
/// without digits or number words may hold a quantity.
#[inline]
fn is_article_head(run: &[u8]) -> bool {
    // Most words are told apart by their first letter and length alone (the heads' lengths
    // by first letter, as bits); only the rest are lower-cased into a small buffer and
    // matched, where a scan of a list cost a tenth of all extraction.
    let lengths: u16 = match run.first().map(u8::to_ascii_lowercase) {
        Some(b'h') => 1 << 4 | 1 << 7,
        Some(b'd' | b'f' | b'p' | b'o' | b'l') => 1 << 5,
        Some(b't') => 1 << 3 | 1 << 5 | 1 << 6 | 1 << 8,
        Some(b'q') => 1 << 7 | 1 << 8,
        Some(b'm') => 1 << 7 | 1 << 9,
        Some(b'b') => 1 << 7,
        Some(b'k') => 1 << 4 | 1 << 8,
        Some(b'g') => 1 << 4,
        _ => 0,
    };
    if run.len() > 9 || lengths & (1 << run.len()) == 0 {
        return false;
    }
    let mut lower = [0u8; 9];
    let Some(buf) = lower.get_mut(..run.len()).filter(|_| run.len() >= 3) else {
        return false;
    };
    for (to, from) in buf.iter_mut().zip(run) {
        *to = from.to_ascii_lowercase();
    }
    matches!(
        &*buf,
        b"half"
            | b"dozen"
            | b"third"
            | b"thirds"
            | b"quarter"
            | b"quarters"
            | b"fifth"
            | b"thousand"
            | b"million"
            | b"billion"
            | b"trillion"
            | b"ton"
            | b"tonne"
            | b"kilogram"
            | b"kilo"
            | b"gram"
            | b"pound"
            | b"ounce"
            | b"litre"
            | b"liter"
            | b"hectare"
            | b"milligram"
    )
}

/// Whether the text may hold a number: an ASCII digit, or a run of ASCII letters that is a
/// number word, ends in "fold" or is one of [`is_article_head`]. Every quantity starts at a
/// numeral (ASCII digits), at a word that [`small_number`](crate::words::small_number) or
/// [`factor_word`](vocabulary::factor_word) reads, or at an article or share before one of
/// [`is_article_head`]; such a word, lower-cased, is ASCII letters and hyphens, and no other
/// character lower-cases to an ASCII letter of a number word, so each of its parts is such
/// a run. Most paragraphs hold neither and are not
/// tokenized at all.
fn may_hold_number(text: &str) -> bool {
    // A digit settles it; each run of letters is tested where it ends, in one pass (a head
    // is told from most words by its first letter and length).
    any_run(text, true, |run: &[u8]| {
        is_article_head(run) || is_number_word_ignoring_case(run) || ends_with_fold(run)
    }) || text.bytes().any(|b| matches!(b, 0xD0 | 0xD1))
}

/// Whether `text` has a run of ASCII letters for which `test` holds, or (with `digits`) an
/// ASCII digit.
fn any_run(text: &str, digits: bool, test: impl Fn(&[u8]) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (at, b) in bytes.iter().enumerate() {
        if b.is_ascii_alphabetic() {
            continue;
        }
        if (digits && b.is_ascii_digit()) || bytes.get(start..at).is_some_and(&test) {
            return true;
        }
        start = at + 1;
    }
    bytes.get(start..).is_some_and(test)
}

fn ends_with_fold(run: &[u8]) -> bool {
    run.len() >= 4
        && run
            .get(run.len() - 4..)
            .is_some_and(|end| end.eq_ignore_ascii_case(b"fold"))
}
