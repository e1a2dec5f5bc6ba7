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

use std::borrow::Cow;
use std::ops::Range;

use crate::words::{collapse_spaces, is_number_word_ignoring_case, small_number};
use crate::{
    AreaUnit, Currency, Decimal, DurationUnit, MassUnit, Qualifier, Statistic, Unit, VolumeUnit,
};

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
        && phrase.contains("manat")
        && !phrase.contains("azerbaijan")
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
///   ("2.5 billion tenge" is exactly `2500000000`);
/// - qualifiers before the number: over, more than, exceeded, almost, nearly, about,
///   around, approximately, up to, at least, no less than, less than, fewer than;
/// - units: masses (t, kg, g, mg), volumes, hectares, currencies (tenge, US dollars, rubles,
///   manat, som, somoni, euros, …), percent, durations, factors ("threefold", "3 times");
///   without a unit word the value is a count;
/// - compounds ("3 tons 205 kilograms" is 3.205 t), ranges ("5 to 20 years",
///   "163,000–202,000");
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
    reader.found
}

/// Whether the text may hold a number: an ASCII digit, or a run of ASCII letters that is a
/// number word or ends in "fold". Every quantity starts at a numeral (ASCII digits) or at a
/// word that [`small_number`] or [`factor_word`] reads; such a word, lower-cased, is ASCII
/// letters and hyphens, and no other character lower-cases to an ASCII letter of a number
/// word, so each of its parts is such a run. Most paragraphs hold neither and are not
/// tokenized at all.
fn may_hold_number(text: &str) -> bool {
    // One pass: a digit settles it, each run of letters is tested where it ends.
    let bytes = text.as_bytes();
    let number_run = |run: &[u8]| is_number_word_ignoring_case(run) || ends_with_fold(run);
    let mut start = 0;
    for (at, b) in bytes.iter().enumerate() {
        if b.is_ascii_alphabetic() {
            continue;
        }
        if b.is_ascii_digit() || bytes.get(start..at).is_some_and(number_run) {
            return true;
        }
        start = at + 1;
    }
    bytes.get(start..).is_some_and(number_run)
}

fn ends_with_fold(run: &[u8]) -> bool {
    run.len() >= 4
        && run
            .get(run.len() - 4..)
            .is_some_and(|end| end.eq_ignore_ascii_case(b"fold"))
}

// ---------------------------------------------------------------------------------------
// Word tables
// ---------------------------------------------------------------------------------------

/// Qualifier phrases before a number, longest first so "no more than" wins over "more than".
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["in", "excess", "of"], Qualifier::Over),
    (&["more", "than"], Qualifier::Over),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::UpTo),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["over"], Qualifier::Over),
    (&["exceeded"], Qualifier::Over),
    (&["exceeding"], Qualifier::Over),
    (&["exceeds"], Qualifier::Over),
    (&["above"], Qualifier::Over),
    (&["almost"], Qualifier::Almost),
    (&["nearly"], Qualifier::Almost),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
];

/// Scale words after a number, with their power of ten.
const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("mln", 6),
    ("mn", 6),
    ("billion", 9),
    ("bln", 9),
    ("bn", 9),
    ("trillion", 12),
];

/// Unit words after a number, longest first.
const UNITS: &[(&[&str], Unit)] = &[
    (&["u.s", ".", "dollars"], Unit::Currency(Currency::USD)),
    (&["us", "dollars"], Unit::Currency(Currency::USD)),
    (&["u.s", "dollars"], Unit::Currency(Currency::USD)),
    (&["american", "dollars"], Unit::Currency(Currency::USD)),
    (&["turkmen", "manat"], Unit::Currency(Currency::TMT)),
    (&["uzbek", "sums"], Unit::Currency(Currency::UZS)),
    (&["uzbek", "soums"], Unit::Currency(Currency::UZS)),
    (&["metric", "tons"], Unit::Mass(MassUnit::Tonne)),
    (&["metric", "tonnes"], Unit::Mass(MassUnit::Tonne)),
    (&["square", "metres"], Unit::Area(AreaUnit::SquareMetre)),
    (&["square", "meters"], Unit::Area(AreaUnit::SquareMetre)),
    (&["cubic", "metres"], Unit::Volume(VolumeUnit::CubicMetre)),
    (&["cubic", "meters"], Unit::Volume(VolumeUnit::CubicMetre)),
    (&["per", "cent"], Unit::Percent),
    (&["tons"], Unit::Mass(MassUnit::Tonne)),
    (&["tonnes"], Unit::Mass(MassUnit::Tonne)),
    (&["ton"], Unit::Mass(MassUnit::Tonne)),
    (&["tonne"], Unit::Mass(MassUnit::Tonne)),
    (&["t"], Unit::Mass(MassUnit::Tonne)),
    (&["tn"], Unit::Mass(MassUnit::Tonne)),
    (&["kilograms"], Unit::Mass(MassUnit::Kilogram)),
    (&["kilogram"], Unit::Mass(MassUnit::Kilogram)),
    (&["kilos"], Unit::Mass(MassUnit::Kilogram)),
    (&["kg"], Unit::Mass(MassUnit::Kilogram)),
    (&["grams"], Unit::Mass(MassUnit::Gram)),
    (&["gram"], Unit::Mass(MassUnit::Gram)),
    (&["grammes"], Unit::Mass(MassUnit::Gram)),
    (&["gr"], Unit::Mass(MassUnit::Gram)),
    (&["g"], Unit::Mass(MassUnit::Gram)),
    (&["milligrams"], Unit::Mass(MassUnit::Milligram)),
    (&["milligram"], Unit::Mass(MassUnit::Milligram)),
    (&["mg"], Unit::Mass(MassUnit::Milligram)),
    (&["litres"], Unit::Volume(VolumeUnit::Litre)),
    (&["liters"], Unit::Volume(VolumeUnit::Litre)),
    (&["litre"], Unit::Volume(VolumeUnit::Litre)),
    (&["liter"], Unit::Volume(VolumeUnit::Litre)),
    (&["l"], Unit::Volume(VolumeUnit::Litre)),
    (&["millilitres"], Unit::Volume(VolumeUnit::Millilitre)),
    (&["milliliters"], Unit::Volume(VolumeUnit::Millilitre)),
    (&["ml"], Unit::Volume(VolumeUnit::Millilitre)),
    (&["hectares"], Unit::Area(AreaUnit::Hectare)),
    (&["hectare"], Unit::Area(AreaUnit::Hectare)),
    (&["ha"], Unit::Area(AreaUnit::Hectare)),
    (&["tenge"], Unit::Currency(Currency::KZT)),
    (&["kzt"], Unit::Currency(Currency::KZT)),
    (&["dollars"], Unit::Currency(Currency::USD)),
    (&["dollar"], Unit::Currency(Currency::USD)),
    (&["usd"], Unit::Currency(Currency::USD)),
    (&["euros"], Unit::Currency(Currency::EUR)),
    (&["euro"], Unit::Currency(Currency::EUR)),
    (&["eur"], Unit::Currency(Currency::EUR)),
    (&["rubles"], Unit::Currency(Currency::RUB)),
    (&["roubles"], Unit::Currency(Currency::RUB)),
    (&["ruble"], Unit::Currency(Currency::RUB)),
    (&["rouble"], Unit::Currency(Currency::RUB)),
    (&["rub"], Unit::Currency(Currency::RUB)),
    (&["manat"], Unit::Currency(Currency::AZN)),
    (&["manats"], Unit::Currency(Currency::AZN)),
    (&["azn"], Unit::Currency(Currency::AZN)),
    (&["tmt"], Unit::Currency(Currency::TMT)),
    (&["som"], Unit::Currency(Currency::KGS)),
    (&["sum"], Unit::Currency(Currency::UZS)),
    (&["sums"], Unit::Currency(Currency::UZS)),
    (&["soum"], Unit::Currency(Currency::UZS)),
    (&["soums"], Unit::Currency(Currency::UZS)),
    (&["so'm"], Unit::Currency(Currency::UZS)),
    (&["so‘m"], Unit::Currency(Currency::UZS)),
    (&["soms"], Unit::Currency(Currency::KGS)),
    (&["kgs"], Unit::Currency(Currency::KGS)),
    (&["somoni"], Unit::Currency(Currency::TJS)),
    (&["tjs"], Unit::Currency(Currency::TJS)),
    (&["soums"], Unit::Currency(Currency::UZS)),
    (&["uzs"], Unit::Currency(Currency::UZS)),
    (&["yuan"], Unit::Currency(Currency::CNY)),
    (&["afghani"], Unit::Currency(Currency::AFN)),
    (&["afghanis"], Unit::Currency(Currency::AFN)),
    (&["percent"], Unit::Percent),
    (&["%"], Unit::Percent),
    (&["pct"], Unit::Percent),
    (&["years"], Unit::Duration(DurationUnit::Year)),
    (&["year"], Unit::Duration(DurationUnit::Year)),
    (&["months"], Unit::Duration(DurationUnit::Month)),
    (&["month"], Unit::Duration(DurationUnit::Month)),
    (&["weeks"], Unit::Duration(DurationUnit::Week)),
    (&["week"], Unit::Duration(DurationUnit::Week)),
    (&["days"], Unit::Duration(DurationUnit::Day)),
    (&["day"], Unit::Duration(DurationUnit::Day)),
    (&["hours"], Unit::Duration(DurationUnit::Hour)),
    (&["hour"], Unit::Duration(DurationUnit::Hour)),
    (&["times"], Unit::Factor),
    (&["fold"], Unit::Factor),
];

/// Unit abbreviations that may be glued to the digits ("5kg", "2.5bn").
const GLUED_UNITS: &[&str] = &[
    "kg", "g", "gr", "mg", "t", "tn", "l", "ml", "ha", "mln", "bln", "bn",
];

/// Currency symbols glued before the digits ("$110").
const CURRENCY_SYMBOLS: &[(char, Currency)] = &[
    ('$', Currency::USD),
    ('€', Currency::EUR),
    ('₸', Currency::KZT),
    ('₽', Currency::RUB),
];

/// Comparatives after a factor ("three times more drug websites").
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger", "smaller",
];

/// Words after a duration that make it a point in time ("ten years ago").
const TIME_POINTS: &[&str] = &["ago", "later", "earlier"];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Auxiliary verbs: they end a phrase counted forward and a part's phrase alike.
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "was", "were", "are", "is", "be", "been", "being", "will", "would",
];

/// Words that end the thing counted when read forward from the number, besides the
/// [`AUXILIARIES`] (see [`is_stop_word`]).
const STOP_WORDS: &[&str] = &[
    "can",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "do",
    "does",
    "did",
    "with",
    "which",
    "who",
    "whom",
    "whose",
    "that",
    "from",
    "for",
    "in",
    "on",
    "at",
    "during",
    "and",
    "or",
    "nor",
    "but",
    "totaling",
    "totalling",
    "totaled",
    "amounting",
    "amounted",
    "worth",
    "valued",
    "by",
    "to",
    "as",
    "than",
    "since",
    "while",
    "after",
    "before",
    "into",
    "under",
    "over",
    "including",
    "among",
    "between",
    "through",
    "against",
    "per",
    "via",
    "where",
    "when",
    "also",
    "not",
    "there",
    "here",
    "it",
    "they",
    "this",
    "these",
    "those",
    "such",
    "each",
    "both",
    "respectively",
    "the",
    "a",
    "an",
    "alone",
    "ago",
    "about",
    "around",
    "almost",
    "nearly",
    "approximately",
    "more",
    "less",
    "of",
];

/// Whether `word` ends the thing counted when read forward from the number.
fn is_stop_word(word: &str) -> bool {
    AUXILIARIES.contains(&word) || STOP_WORDS.contains(&word)
}

/// Words that, besides the stop words, end the thing counted when read backward.
const BACKWARD_STOPS: &[&str] = &[
    "their", "its", "his", "her", "our", "your", "my", "some", "any", "every", "all", "he", "she",
    "we", "you", "i", "them", "us", "thanks", "reminder",
];

/// Words between the thing counted and a number that follows it ("losses amounting to",
/// "transactions totaling", "imprisonment for a term of").
const LINKING: &[&str] = &[
    "amounting",
    "amounted",
    "totaling",
    "totalling",
    "totaled",
    "to",
    "of",
    "a",
    "an",
    "the",
    "term",
    "period",
    "for",
    "by",
    "at",
    "reached",
    "reaching",
    "reaches",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "being",
    "increased",
    "decreased",
    "grew",
    "grown",
    "rose",
    "risen",
    "fell",
    "fallen",
    "equal",
    "stood",
    "made",
    "up",
    "constituted",
    "estimated",
    "valued",
    "worth",
];

/// Heads that say nothing by themselves: "their number", "the volume of synthetic drugs".
const GENERIC_HEADS: &[&str] = &[
    "number", "amount", "volume", "total", "quantity", "figure", "count", "sum", "value",
];

/// After "of", these end the phrase ("cases of which", "three of them").
const OF_STOPS: &[&str] = &[
    "which", "whom", "them", "these", "those", "it", "this", "that", "whose", "us",
];

/// Words ending a part's phrase ("11 producing synthetic drugs and 91 …"), besides the
/// [`AUXILIARIES`] (see [`is_part_stop`]).
const PART_STOPS: &[&str] = &[
    "which",
    "who",
    "whom",
    "that",
    "while",
    "but",
    "whereas",
    "respectively",
];

/// Whether `word` ends a part's phrase.
fn is_part_stop(word: &str) -> bool {
    AUXILIARIES.contains(&word) || PART_STOPS.contains(&word)
}

/// Verbs between "of which" and what the part is ("of which are classified as …").
const PART_AUXILIARIES: &[&str] = &[
    "are", "is", "were", "was", "have", "has", "had", "been", "being", "be",
];

/// A part's phrase starting with one of these needs the total's noun ("one for drug use").
const PREPOSITIONS: &[&str] = &[
    "for",
    "with",
    "in",
    "on",
    "at",
    "from",
    "by",
    "of",
    "to",
    "among",
    "involving",
    "under",
];

/// Function words trimmed from the end of a phrase.
const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "for", "with", "in", "on", "at", "to", "by", "from",
];

/// Words ending in "-ed" that are not participles.
const ED_NOUNS: &[&str] = &[
    "speed", "seed", "weed", "need", "hundred", "bed", "shed", "breed", "greed", "deed", "feed",
];

/// Common verbs not ending in "-ed" (irregular pasts, present forms): they end the thing
/// counted ("officers took part") and are never read as part of it.
const VERBS: &[&str] = &[
    "took", "take", "takes", "made", "make", "makes", "became", "become", "becomes", "went",
    "came", "gave", "give", "gives", "held", "hold", "holds", "kept", "left", "found", "saw",
    "sent", "brought", "caught", "fled", "stole", "sold", "sell", "sells", "bought", "paid", "ran",
    "began", "led", "lost", "met", "spent", "won", "hid", "put", "got", "get", "gets", "remain",
    "remains", "face", "faces", "include", "includes", "contain", "contains", "account", "reach",
    "reaches", "exceed", "seize", "seizes", "detain", "detains", "say", "says", "said", "told",
    "noted", "reported", "stated",
];

/// Words before a number that make it a name or a reference ("Article 228", "No. 5").
const IDENTIFIER_BEFORE: &[&str] = &[
    "call",
    "calling",
    "dial",
    "article",
    "articles",
    "part",
    "paragraph",
    "clause",
    "section",
    "chapter",
    "page",
    "pages",
    "item",
    "point",
    "no",
    "nos",
    "number",
    "decree",
    "resolution",
    "order",
    "law",
    "protocol",
    "hotline",
    "helpline",
    "line",
    "tel",
    "fax",
    "phone",
    "telephone",
    "mobile",
    "room",
    "office",
    "building",
    "house",
    "apartment",
    "flat",
    "issue",
    "edition",
    "version",
    "flight",
    "channel",
    "route",
    "box",
];

/// Address words; a comma may stand between them and the number ("Abay Avenue, 52").
const ADDRESS_BEFORE: &[&str] = &["avenue", "street", "st", "ave", "road", "square", "lane"];

/// Words after a number that make it a name ("the 802 hotline").
const IDENTIFIER_AFTER: &[&str] = &["hotline", "helpline", "a.m", "p.m", "o'clock"];

/// Words before a number that make it a phone number.
const PHONE_WORDS: &[&str] = &["tel", "fax", "phone", "telephone", "mobile", "mob"];

/// Words before a year-like number that make it a year ("since 2024", "in 2026").
const YEAR_BEFORE: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "to",
    "by",
    "of",
    "before",
    "after",
    "during",
    "for",
    "year",
    "years",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "and",
    "or",
    "through",
    "between",
    "throughout",
];

/// Units of time in reference periods ("the first seven months", "the past year").
const PERIOD_UNITS: &[&str] = &[
    "months", "month", "weeks", "week", "days", "day", "years", "year", "quarter", "half", "decade",
];

/// Opening quotes and brackets stripped from the start of a glued cluster.
const OPENERS: &[char] = &['“', '‘', '«', '„', '‹', '"', '\'', '(', '[', '{', '*', '_'];

/// Closing quotes, brackets and punctuation stripped from the end of a glued cluster.
const CLOSERS: &[char] = &[
    '”', '’', '»', '“', '›', '"', '\'', ')', ']', '}', '*', '_', ',', '.', ';', ':', '!', '?', '…',
];

/// Most words in the thing counted.
const MAX_MEASURE_WORDS: usize = 8;
/// Most linking words skipped before reading the thing counted backward.
const MAX_LINKING_WORDS: usize = 5;
/// Most tokens between a phone marker and a number of the phone.
const MAX_PHONE_PARTS: usize = 6;
/// Most words in a quoted title (longer quotations are speech and are read).
const MAX_TITLE_WORDS: usize = 12;

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
    /// Never a number nor part of a measure: URLs, "COVID-19", "5th", phone numbers.
    Opaque,
    /// An age ("17-year-old"), skipped before the thing counted.
    Age,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    kind: Kind,
    span: Range<usize>,
    /// Lower-cased text of a word; the character of punctuation. Borrowed from the text
    /// when it has no upper-case letter, as most tokens do.
    lower: Cow<'a, str>,
    /// The value of a numeral.
    value: Option<Decimal>,
    /// A numeral of digits only, without separator or point: it may be a year or a code.
    plain: bool,
    /// A currency symbol glued before the numeral ("$110").
    currency: Option<Currency>,
    /// The first letter of a word is upper-case.
    capitalized: bool,
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

    fn is_plain_number(&self) -> bool {
        self.kind == Kind::Number && self.plain && self.currency.is_none()
    }

    fn is_punct(&self, chars: &[char]) -> bool {
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
fn numeral_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while digit_at(bytes, i) {
        i += 1;
    }
    if i - start <= 3 {
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
fn raw_tokens(text: &str) -> Vec<Raw> {
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
            (RawKind::Digits, numeral_end(bytes, i))
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

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let raws = raw_tokens(text);
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
    group_digit_runs(text, tokens)
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

fn is_dash_char(c: char) -> bool {
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
            if d.kind == Digits && w.kind == Word && GLUED_UNITS.contains(&lower(w).as_str()) =>
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
            if word == "fold" {
                out.extend([token(d), token(w)]);
            } else if word.ends_with("old") {
                out.push(Token::new(Kind::Age, text, whole));
            } else {
                out.push(Token::new(Kind::Opaque, text, whole));
            }
        }
        _ => out.push(Token::new(Kind::Opaque, text, whole)),
    }
}

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
    let has_run = tokens.windows(2).any(|pair| {
        matches!(pair, [a, b] if a.is_plain_number()
            && b.is_plain_number()
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
                if !(next.is_plain_number() && only_spaces(text, prev.span.end..next.span.start)) {
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

fn merge_groups<'a>(text: &'a str, run: &[Token<'a>]) -> Option<Token<'a>> {
    let (first, others) = run.split_first()?;
    let digits = |t: &Token| t.span.len();
    if !(1..=3).contains(&digits(first)) || others.iter().any(|t| digits(t) != 3) {
        return None;
    }
    let span = first.span.start..run.last()?.span.end;
    let joined: String = run
        .iter()
        .map(|t| text.get(t.span.clone()).unwrap_or(""))
        .collect();
    Some(Token {
        value: Some(joined.parse().ok()?),
        plain: false,
        ..Token::new(Kind::Number, text, span)
    })
}

// ---------------------------------------------------------------------------------------
// Word helpers
// ---------------------------------------------------------------------------------------

/// "twofold", "threefold", "three-fold", "tenfold", "hundredfold".
fn factor_word(word: &str) -> Option<Decimal> {
    let stem = word.strip_suffix("fold")?;
    let stem = stem.strip_suffix('-').unwrap_or(stem);
    let value = match stem {
        "hundred" => 100,
        "thousand" => 1000,
        _ => small_number(stem)?,
    };
    Some(Decimal::from(value))
}

fn scale_exponent(word: &str) -> Option<u32> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, e)| e)
}

/// A past participle closing a noun phrase ("teenagers involved", "drugs seized"); compound
/// adjectives ("drug-related", "plant-based") are not.
fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.contains('-') && !ED_NOUNS.contains(&word)
}

fn is_gerund(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && !word.contains('-')
}

fn is_verb(word: &str) -> bool {
    VERBS.contains(&word)
}

/// A one-word unit ("litres", "tenge"): the end of a phrase read backward.
fn is_unit_word(word: &str) -> bool {
    UNITS
        .iter()
        .any(|(words, _)| matches!(words, [only] if *only == word))
}

/// The noun of a measure: "laboratories" of "drug laboratories", "cases" of "cases of …".
fn head_noun(measure: &str) -> &str {
    let before_of = measure.split(" of ").next().unwrap_or(measure);
    before_of.split_whitespace().last().unwrap_or(measure)
}

fn pow10(exp: u32) -> Option<Decimal> {
    10u64.checked_pow(exp).map(Decimal::from)
}

/// Power of ten of a unit of mass or volume in its family's smallest unit.
fn unit_exponent(unit: &Unit) -> Option<(u8, u32)> {
    match unit {
        Unit::Mass(m) => Some((0, m.milligram_exponent())),
        Unit::Volume(VolumeUnit::CubicMetre) => Some((1, 6)),
        Unit::Volume(VolumeUnit::Litre) => Some((1, 3)),
        Unit::Volume(VolumeUnit::Millilitre) => Some((1, 0)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// The marked document
// ---------------------------------------------------------------------------------------

/// A reference period: the tokens it covers and the tokens of the text reported.
#[derive(Debug, Clone)]
struct PeriodMatch {
    tokens: Range<usize>,
    reported: Range<usize>,
}

struct Doc<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    /// The sentence of each token.
    sentence: Vec<usize>,
    /// Inside a quoted title, `<…>` or a reference period: never a number.
    blocked: Vec<bool>,
    periods: Vec<PeriodMatch>,
}

/// A number read with its scale.
#[derive(Debug, Clone)]
struct Num {
    value: Decimal,
    /// The value before the scale word.
    unscaled: Decimal,
    scale: u32,
    /// The token after the number and scale.
    end: usize,
    /// The single word "one", a number only in some places.
    bare_one: bool,
    /// "threefold": the value of a factor.
    factor: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
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
struct Quantity {
    /// First token of the phrase: qualifier, "from"/"between", or the number.
    first: usize,
    /// The number's first token.
    number: usize,
    /// The token after number, scale, unit, range and comparative.
    end: usize,
    qualifier: Qualifier,
    value: Decimal,
    range_end: Option<Decimal>,
    unit: Unit,
    /// The unit was written (not defaulted to a count).
    unit_written: bool,
    link: Link,
}

enum Scan {
    Nothing,
    /// Not a statistic; continue after these tokens.
    Consumed(usize),
    Found(Quantity),
}

enum RangeRead {
    None,
    Found {
        first: usize,
        value: Decimal,
        end_value: Decimal,
        unit: Option<Unit>,
        next: usize,
    },
}

impl<'a> Doc<'a> {
    fn new(text: &'a str) -> Doc<'a> {
        let tokens = tokenize(text);
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

    fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).map(|t| t.kind)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_ref())
    }

    fn is_word(&self, i: Option<usize>, word: &str) -> bool {
        i.and_then(|i| self.word(i)) == Some(word)
    }

    fn is_blocked(&self, i: usize) -> bool {
        self.blocked.get(i).copied().unwrap_or(true)
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.sentence.get(i).copied().unwrap_or(usize::MAX)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.lower.chars().all(is_dash_char))
    }

    /// The tokens from `i` read `words` (punctuation compares by its character).
    fn words_at(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            self.tok(i + k)
                .is_some_and(|t| t.lower == *w && matches!(t.kind, Kind::Word | Kind::Punct))
        })
    }

    /// The words just before `i` read `words`.
    fn words_before(&self, i: usize, words: &[&str]) -> bool {
        i.checked_sub(words.len()).is_some_and(|start| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(start + k) == Some(*w))
        })
    }

    /// A month, or a range of months written as one word ("January-July").
    fn is_month(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.lower.split('-').all(|m| MONTHS.contains(&m))
                // "may" is a month only as "May".
                && (t.lower != "may" || t.capitalized)
        })
    }

    fn is_year_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is_plain_number()
                && t.span.len() == 4
                && t.value.is_some_and(|v| {
                    v.cmp_value(&1900.into()).is_ge() && v.cmp_value(&2099.into()).is_le()
                })
        })
    }

    /// The index before `i`, stepping over punctuation in `skip`.
    fn prev_skipping(&self, i: usize, skip: &[char]) -> Option<usize> {
        let mut p = i.checked_sub(1)?;
        while self.tok(p)?.is_punct(skip) {
            p = p.checked_sub(1)?;
        }
        Some(p)
    }

    fn text_of(&self, tokens: Range<usize>) -> &'a str {
        let (Some(a), Some(b)) = (
            self.tok(tokens.start),
            tokens.end.checked_sub(1).and_then(|e| self.tok(e)),
        ) else {
            return "";
        };
        self.text.get(a.span.start..b.span.end).unwrap_or("")
    }

    fn byte_span(&self, tokens: Range<usize>) -> Range<usize> {
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

    fn find_periods(&self) -> Vec<PeriodMatch> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            match self.period_at(i).filter(|_| !self.is_blocked(i)) {
                Some(p) => {
                    i = p.tokens.end.max(i + 1);
                    found.push(p);
                }
                None => i += 1,
            }
        }
        found
    }

    /// A reference period starting at `i`.
    fn period_at(&self, i: usize) -> Option<PeriodMatch> {
        let w = self.word(i)?;
        let whole = |end: usize| PeriodMatch {
            tokens: i..end,
            reported: i..end,
        };
        let after_preposition = |end: usize| PeriodMatch {
            tokens: i..end,
            reported: i + 1..end,
        };
        // "since the beginning of the year", "from the start of 2025"
        if matches!(w, "since" | "from")
            && self.words_at(i + 1, &["the"])
            && matches!(self.word(i + 2), Some("beginning" | "start"))
            && self.words_at(i + 3, &["of"])
        {
            return self.year_reference(i + 4).map(whole);
        }
        // "first seven months of this year", "past year", "last 3 months"
        if matches!(w, "first" | "past" | "last" | "previous") {
            let mut k = i + 1;
            if let Some(n) = self.number_at(k).filter(|n| !n.factor) {
                k = n.end;
            }
            if self.word(k).is_some_and(|u| PERIOD_UNITS.contains(&u)) {
                k += 1;
                if self.words_at(k, &["of"]) {
                    if let Some(end) = self.year_reference(k + 1) {
                        k = end;
                    }
                }
                return Some(whole(k));
            }
        }
        // "this year", "current month"
        if matches!(w, "this" | "current")
            && matches!(self.word(i + 1), Some("year" | "month" | "week"))
        {
            return Some(whole(i + 2));
        }
        // "in August", "in August 2025", "since May" (the cheap word test first)
        let before_month = matches!(
            w,
            "in" | "during" | "throughout" | "for" | "since" | "until" | "till"
        );
        if before_month && self.is_month(i + 1) {
            let end = if self.is_year_number(i + 2) {
                i + 3
            } else {
                i + 2
            };
            return match w {
                "in" | "during" | "throughout" | "for" => Some(after_preposition(end)),
                "since" | "until" | "till" => Some(whole(end)),
                _ => None,
            };
        }
        // "in 2024", "in 2020-2021"
        if matches!(w, "in" | "during" | "throughout") && self.is_year_number(i + 1) {
            let end = if self.is_dash(i + 2) && self.is_year_number(i + 3) {
                i + 4
            } else {
                i + 2
            };
            return Some(after_preposition(end));
        }
        // "in 7 months", "within the 3 days"
        if matches!(w, "in" | "within" | "during") {
            let k = if self.words_at(i + 1, &["the"]) {
                i + 2
            } else {
                i + 1
            };
            let n = self.number_at(k).filter(|n| !n.factor)?;
            if matches!(
                self.word(n.end),
                Some("months" | "weeks" | "days" | "years" | "hours")
            ) {
                return Some(PeriodMatch {
                    tokens: i..n.end + 1,
                    reported: k..n.end + 1,
                });
            }
        }
        None
    }

    /// The end of "the year", "this year", "the current year", "last year" or a year number.
    fn year_reference(&self, k: usize) -> Option<usize> {
        if self.words_at(k, &["the", "current", "year"]) {
            Some(k + 3)
        } else if ["the", "this", "last", "current"]
            .iter()
            .any(|d| self.words_at(k, &[d, "year"]))
        {
            Some(k + 2)
        } else if self.is_year_number(k) {
            Some(k + 1)
        } else {
            None
        }
    }

    /// The nearest reference period in the sentence of token `i`. Periods are in order and
    /// sentences only grow, so the nearest one before and after `i` are the candidates.
    fn period_near(&self, i: usize) -> Option<String> {
        let sentence = self.sentence_of(i);
        let after = self.periods.partition_point(|p| p.tokens.start <= i);
        let candidates = [after.checked_sub(1), Some(after)];
        candidates
            .into_iter()
            .flatten()
            .filter_map(|k| self.periods.get(k))
            .filter(|p| self.sentence_of(p.tokens.start) == sentence)
            .min_by_key(|p| {
                if p.tokens.end <= i {
                    i - p.tokens.end
                } else {
                    p.tokens.start.saturating_sub(i)
                }
            })
            .map(|p| self.period_text(p))
            .filter(|s| !s.is_empty())
    }

    /// The period as written, but "Since the beginning …" at the start of a sentence reads
    /// "since the beginning …" (a month or a heading in capitals stays as it is).
    fn period_text(&self, p: &PeriodMatch) -> String {
        let text = collapse_spaces(self.text_of(p.reported.clone()));
        let start = p.reported.start;
        let sentence_case = self.tok(start).is_some_and(|t| {
            let word = self.text.get(t.span.clone()).unwrap_or("");
            t.kind == Kind::Word
                && t.capitalized
                && !self.is_month(start)
                && word.chars().skip(1).any(char::is_lowercase)
        });
        if !sentence_case {
            return text;
        }
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or(text)
    }

    // --- numbers ---

    /// The number at `i`: a numeral or number words, with a scale word.
    fn number_at(&self, i: usize) -> Option<Num> {
        let t = self.tok(i)?;
        let (unscaled, mut end, mut bare_one) = match t.kind {
            Kind::Number => (t.value?, i + 1, false),
            Kind::Word => {
                if let Some(value) = factor_word(&t.lower) {
                    return Some(Num {
                        value,
                        unscaled: value,
                        scale: 0,
                        end: i + 1,
                        bare_one: false,
                        factor: true,
                    });
                }
                let (value, end) = self.number_words(i)?;
                (Decimal::from(value), end, end == i + 1 && t.lower == "one")
            }
            _ => return None,
        };
        let mut value = unscaled;
        let mut scale = 0;
        if let Some(exp) = self.word(end).and_then(scale_exponent) {
            value = unscaled.checked_scale_up(exp)?.normalized();
            scale = exp;
            end += 1;
            bare_one = false;
        }
        Some(Num {
            value,
            unscaled,
            scale,
            end,
            bare_one,
            factor: false,
        })
    }

    /// Number words: "six", "Twenty-four", "twenty four", "two hundred and fifty".
    fn number_words(&self, i: usize) -> Option<(u64, usize)> {
        let small = |k: usize| -> Option<(u64, usize)> {
            let v = small_number(self.word(k)?)?;
            let is_tens = v >= 20 && v % 10 == 0;
            match self.word(k + 1).and_then(small_number) {
                Some(o) if is_tens && o < 10 => Some((v + o, k + 2)),
                _ => Some((v, k + 1)),
            }
        };
        let (mut value, mut end) = small(i)?;
        if self.word(end) == Some("hundred") {
            value *= 100;
            end += 1;
            let rest = if self.word(end) == Some("and") {
                end + 1
            } else {
                end
            };
            if let Some((v, e)) = small(rest) {
                value += v;
                end = e;
            }
        }
        Some((value, end))
    }

    fn qualifier_before(&self, i: usize) -> Option<(Qualifier, usize)> {
        QUALIFIERS
            .iter()
            .find(|(words, _)| self.words_before(i, words))
            .map(|(words, q)| (*q, i - words.len()))
    }

    fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        // Only a word or punctuation can start a unit; its text rules out most entries
        // before their other words are looked at.
        let first = self
            .tok(i)
            .filter(|t| matches!(t.kind, Kind::Word | Kind::Punct))?;
        let first = first.lower.as_ref();
        UNITS
            .iter()
            .find(|(words, _)| words.first() == Some(&first) && self.words_at(i, words))
            .map(|(words, unit)| (unit.clone(), i + words.len()))
    }

    // --- what is not a statistic ---

    fn excluded(&self, i: usize, num: &Num) -> bool {
        let numeral = self.kind(i) == Some(Kind::Number);
        (numeral
            && (self.has_leading_zero(i)
                || self.after_phone_marker(i)
                || self.after_leader_dots(i)))
            || self.is_date(i, num)
            || self.is_age(i, num.end)
            || self.is_identifier(i, num.end)
            || self.is_year(i, num)
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
            if country_code || self.word(prev).is_some_and(|w| PHONE_WORDS.contains(&w)) {
                return true;
            }
            let continues = t.is_punct(&[':', '.', '(', ')']) || t.is_plain_number();
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
            || i.checked_sub(1).is_some_and(|p| self.is_month(p))
            || ((self.is_dash(end) || matches!(self.word(end), Some("to" | "and")))
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
        range_of_ages
            || self.is_word(i.checked_sub(1), "aged")
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
            (t.kind == Kind::Word && IDENTIFIER_BEFORE.contains(&t.lower.as_ref()))
                || t.is_punct(&['#', '№'])
        });
        let address = self
            .prev_skipping(i, &['.', ':', ','])
            .and_then(|p| self.word(p))
            .is_some_and(|w| ADDRESS_BEFORE.contains(&w));
        let named = self
            .word(end)
            .is_some_and(|w| IDENTIFIER_AFTER.contains(&w));
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
        let counts = self.words_at(end, &["of", "which"])
            || self.words_at(end, &["of", "whom"])
            || self
                .unit_at(end)
                .is_some_and(|(u, _)| !matches!(u, Unit::Duration(_)))
            || self.qualifier_before(i).is_some();
        if counts {
            return false;
        }
        let year_context = self.prev_skipping(i, &[]).is_some_and(|p| {
            self.word(p).is_some_and(|w| YEAR_BEFORE.contains(&w))
                || self.is_month(p)
                || self.is_dash(p)
                || (self.tok(p).is_some_and(|t| t.is_punct(&[',']))
                    && p.checked_sub(1)
                        .is_some_and(|q| self.kind(q) == Some(Kind::Number) || self.is_month(q)))
        });
        let counted_follows = self.tok(end).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.capitalized
                && !is_stop_word(&t.lower)
                && !PERIOD_UNITS.contains(&t.lower.as_ref())
        });
        year_context || !counted_follows
    }

    // --- quantities ---

    fn quantity_at(&self, i: usize) -> Scan {
        if self.is_blocked(i) {
            return Scan::Nothing;
        }
        let Some(num) = self.number_at(i) else {
            return Scan::Nothing;
        };
        if self.excluded(i, &num) {
            return Scan::Consumed(num.end);
        }
        let (qualifier, mut first) = self.qualifier_before(i).unwrap_or((Qualifier::Exact, i));
        let mut value = num.value;
        let mut next = num.end;
        let mut unit = if num.factor {
            Some(Unit::Factor)
        } else {
            self.tok(i).and_then(|t| t.currency).map(Unit::Currency)
        };
        if unit.is_none() {
            if let Some((u, n)) = self.unit_at(next) {
                unit = Some(u);
                next = n;
            }
        }
        if num.bare_one && !self.one_is_a_number(qualifier, first, unit.as_ref()) {
            return Scan::Nothing;
        }
        if let Some(u) = unit.clone() {
            if let Some((v, small, n)) = self.compound(value, &u, next) {
                value = v;
                unit = Some(small);
                next = n;
            }
        }
        if matches!(unit, Some(Unit::Duration(_)))
            && self.word(next).is_some_and(|w| TIME_POINTS.contains(&w))
        {
            return Scan::Consumed(next);
        }
        let link = self.link_before(first);
        let mut range_end = None;
        if let RangeRead::Found {
            first: f,
            value: v,
            end_value,
            unit: u,
            next: n,
        } = self.range_after(first, &num, unit.as_ref(), next)
        {
            first = f;
            value = v;
            range_end = Some(end_value);
            unit = u;
            next = n;
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
        })
    }

    /// A bare "one" counts only before a unit word ("one ton"), after a qualifier ("over
    /// one") or after "including": "One striking example" is no statistic.
    fn one_is_a_number(&self, qualifier: Qualifier, first: usize, unit: Option<&Unit>) -> bool {
        !qualifier.is_exact()
            || self.is_word(first.checked_sub(1), "including")
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
        if self.is_word(before, "including") {
            Link::Including
        } else if self.is_word(before, "and")
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

    /// "5 to 20 years", "between 5 and 10", "163,000 - 202,000", "1 to 2 million".
    fn range_after(&self, first: usize, num: &Num, unit: Option<&Unit>, next: usize) -> RangeRead {
        let before = first.checked_sub(1);
        let between = self.is_word(before, "between");
        let joined = self.is_dash(next)
            || self.word(next) == Some("to")
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
        if end.value.cmp_value(&value).is_lt() {
            return RangeRead::None;
        }
        let first = if self.is_word(before, "from") || between {
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

    // --- the thing counted ---

    /// The noun phrase from `start`: "drug crimes", "cases of drug smuggling", "teenagers"
    /// (after an age), up to a stop word or punctuation.
    fn noun_phrase(&self, start: usize) -> Option<Range<usize>> {
        let mut k = start;
        while self.kind(k) == Some(Kind::Age) {
            k += 1;
        }
        let first = k;
        let mut last = None;
        let mut words = 0;
        while words < MAX_MEASURE_WORDS {
            let Some(w) = self.word(k) else { break };
            if self.is_blocked(k) || self.is_month(k) || small_number(w).is_some() {
                break;
            }
            let after_of =
                k > first && matches!(self.word(k - 1), Some("of" | "the")) && last.is_some();
            if w == "of" {
                let continues =
                    last.is_some() && self.word(k + 1).is_some_and(|n| !OF_STOPS.contains(&n));
                if !continues {
                    break;
                }
                k += 1;
                continue;
            }
            if w == "the" && after_of {
                k += 1;
                continue;
            }
            if is_stop_word(w) || is_verb(w) || (is_participle(w) && last.is_some() && !after_of) {
                break;
            }
            last = Some(k);
            k += 1;
            words += 1;
        }
        last.map(|l| first..l + 1)
    }

    /// The phrase of a part, read loosely: prepositions are kept ("one for drug use"); it
    /// ends at punctuation, a verb, and, unless `allow_and`, at "and"/"or".
    fn part_phrase(&self, start: usize, allow_and: bool) -> Option<Range<usize>> {
        let mut k = start;
        while self.kind(k) == Some(Kind::Age) {
            k += 1;
        }
        let first = k;
        let mut last: Option<usize> = None;
        while k - first < MAX_MEASURE_WORDS {
            let Some(w) = self.word(k) else { break };
            let conjunction = matches!(w, "and" | "or") && !allow_and;
            if self.is_blocked(k)
                || is_part_stop(w)
                || is_verb(w)
                || conjunction
                || small_number(w).is_some()
            {
                break;
            }
            last = Some(k);
            k += 1;
        }
        let mut last = last?;
        while last > first && self.word(last).is_some_and(|w| FUNCTION_WORDS.contains(&w)) {
            last -= 1;
        }
        let all_function =
            (first..=last).all(|k| self.word(k).is_some_and(|w| FUNCTION_WORDS.contains(&w)));
        (!all_function).then_some(first..last + 1)
    }

    /// The words just before a quantity: "losses" in "losses amounting to more than …",
    /// "imprisonment" in "imprisonment for a term of 5 to 20 years"; generic heads are
    /// dropped ("the volume of synthetic drugs" is "synthetic drugs", "their number" nothing).
    /// Returns the measure's tokens and the first token of the phrase (with the head).
    fn backward_phrase(&self, start: usize) -> Option<(Range<usize>, usize)> {
        // "Police seized more than 5 kg": the number is the verb's object and what stands
        // before the verb is the agent, not the thing measured.
        let verb_before = start
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| !LINKING.contains(&w) && (is_participle(w) || is_verb(w)));
        if verb_before {
            return None;
        }
        let mut k = start;
        let mut skipped = 0;
        while skipped < MAX_LINKING_WORDS {
            let Some(p) = k.checked_sub(1) else { break };
            match self.word(p) {
                Some(w) if LINKING.contains(&w) || is_participle(w) => {
                    k = p;
                    skipped += 1;
                }
                _ => break,
            }
        }
        let end = k;
        let content = |p: usize| {
            self.word(p).is_some_and(|w| {
                !is_stop_word(w)
                    && !BACKWARD_STOPS.contains(&w)
                    && !is_participle(w)
                    && !is_verb(w)
                    && !is_unit_word(w)
                    && small_number(w).is_none()
                    && factor_word(w).is_none()
            }) && !self.is_month(p)
                && !self.is_blocked(p)
        };
        let mut words = 0;
        while words < MAX_MEASURE_WORDS {
            let Some(p) = k.checked_sub(1) else { break };
            if content(p) {
                k = p;
                words += 1;
            } else if self.word(p) == Some("of") && k < end && p.checked_sub(1).is_some_and(content)
            {
                k = p;
            } else {
                break;
            }
        }
        let phrase_start = k;
        // Generic heads say nothing: "their number", "the volume of …".
        while k < end && self.word(k).is_some_and(|w| GENERIC_HEADS.contains(&w)) {
            k += 1;
            if self.word(k) == Some("of") {
                k += 1;
                if self.word(k) == Some("the") {
                    k += 1;
                }
            }
        }
        (k < end).then_some((k..end, phrase_start))
    }
}

// ---------------------------------------------------------------------------------------
// Placing quantities: measures, spans, breakdowns
// ---------------------------------------------------------------------------------------

struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    found: Vec<Extracted>,
    /// Sentence and token of each found statistic's number.
    anchors: Vec<(usize, usize)>,
    /// The statistic whose part was placed last, if the last placement was a part.
    last_part_of: Option<usize>,
    last_measure: Option<String>,
}

impl<'d, 'a> Reader<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        Reader {
            doc,
            found: Vec::new(),
            anchors: Vec::new(),
            last_part_of: None,
            last_measure: None,
        }
    }

    fn place(&mut self, q: Quantity) {
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
