//! The words the reader knows: qualifiers, scale words, units, and the stop words,
//! linking words and markers that end a measure or rule a number out, with the small
//! predicates over single words ("threefold", "seized", "producing").
//!
//! Every table holds lower-case words, as the tokens carry them; multi-word entries are
//! listed longest first where a shorter one is a prefix.

use crate::words::small_number;
use crate::{AreaUnit, Currency, Decimal, DurationUnit, MassUnit, Qualifier, Unit, VolumeUnit};

/// Qualifier phrases before a number, longest first so "no more than" wins over "more than".
pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["in", "excess", "of"], Qualifier::Over),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated", "at"], Qualifier::About),
    (&["exceed"], Qualifier::Over),
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
pub(super) const SCALES: &[(&str, u32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("thousands", 3),
    ("million", 6),
    ("millions", 6),
    ("mln", 6),
    ("mn", 6),
    ("billion", 9),
    ("billions", 9),
    ("bln", 9),
    ("bn", 9),
    ("trillion", 12),
    ("trillions", 12),
];

/// Scale abbreviations read only glued to an amount of money ("£15m", "$10k", "$1.2b").
pub(super) const MONEY_SCALES: &[(&str, u32)] = &[("k", 3), ("m", 6), ("b", 9)];

/// Unit words after a number, longest first.
pub(super) const UNITS: &[(&[&str], Unit)] = &[
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
    (&["pounds", "sterling"], Unit::Currency(Currency::GBP)),
    (&["british", "pounds"], Unit::Currency(Currency::GBP)),
    (&["egyptian", "pounds"], Unit::Currency(Currency::EGP)),
    (&["swiss", "francs"], Unit::Currency(Currency::CHF)),
    (&["chinese", "yuan"], Unit::Currency(Currency::CNY)),
    (&["indian", "rupees"], Unit::Currency(Currency::INR)),
    (&["pakistani", "rupees"], Unit::Currency(Currency::PKR)),
    (&["turkish", "lira"], Unit::Currency(Currency::TRY)),
    (&["iranian", "rials"], Unit::Currency(Currency::IRR)),
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
    (&["mt"], Unit::Mass(MassUnit::Tonne)),
    (&["kgs"], Unit::Mass(MassUnit::Kilogram)),
    (&["kilo"], Unit::Mass(MassUnit::Kilogram)),
    (&["pounds"], Unit::Mass(MassUnit::Pound)),
    (&["pound"], Unit::Mass(MassUnit::Pound)),
    (&["lbs"], Unit::Mass(MassUnit::Pound)),
    (&["lb"], Unit::Mass(MassUnit::Pound)),
    (&["ounces"], Unit::Mass(MassUnit::Ounce)),
    (&["ounce"], Unit::Mass(MassUnit::Ounce)),
    (&["oz"], Unit::Mass(MassUnit::Ounce)),
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
    (&["somoni"], Unit::Currency(Currency::TJS)),
    (&["tjs"], Unit::Currency(Currency::TJS)),
    (&["soums"], Unit::Currency(Currency::UZS)),
    (&["uzs"], Unit::Currency(Currency::UZS)),
    (&["yuan"], Unit::Currency(Currency::CNY)),
    (&["renminbi"], Unit::Currency(Currency::CNY)),
    (&["rmb"], Unit::Currency(Currency::CNY)),
    (&["sterling"], Unit::Currency(Currency::GBP)),
    (&["yen"], Unit::Currency(Currency::JPY)),
    (&["rupees"], Unit::Currency(Currency::INR)),
    (&["lira"], Unit::Currency(Currency::TRY)),
    (&["hryvnias"], Unit::Currency(Currency::UAH)),
    (&["hryvnia"], Unit::Currency(Currency::UAH)),
    (&["lari"], Unit::Currency(Currency::GEL)),
    (&["drams"], Unit::Currency(Currency::AMD)),
    (&["dram"], Unit::Currency(Currency::AMD)),
    (&["rials"], Unit::Currency(Currency::IRR)),
    (&["francs"], Unit::Currency(Currency::CHF)),
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
pub(super) const GLUED_UNITS: &[&str] = &[
    "kg",
    "kgs",
    "g",
    "gr",
    "mg",
    "t",
    "tn",
    "l",
    "ml",
    "ha",
    "mln",
    "bln",
    "bn",
    "lb",
    "lbs",
    "oz",
    "kilogram",
    "kilograms",
    "kilos",
    "grams",
    "gram",
    "tons",
    "tonnes",
    "ton",
    "tonne",
    "million",
    "billion",
    "mt",
    "k",
    "m",
];

/// Currency symbols glued before the digits ("$110").
pub(super) const CURRENCY_SYMBOLS: &[(char, Currency)] = &[
    ('$', Currency::USD),
    ('€', Currency::EUR),
    ('₸', Currency::KZT),
    ('₽', Currency::RUB),
    ('£', Currency::GBP),
    ('₹', Currency::INR),
    ('₺', Currency::TRY),
    ('₴', Currency::UAH),
    ('₼', Currency::AZN),
    ('₾', Currency::GEL),
    ('₩', Currency::KRW),
    ('¥', Currency::CNY),
];

/// Comparatives after a factor ("three times more drug websites").
pub(super) const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger", "smaller",
];

/// Words after a duration that make it a point in time ("ten years ago").
pub(super) const TIME_POINTS: &[&str] = &["ago", "later", "earlier"];

pub(super) const MONTHS: &[&str] = &[
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
pub(super) const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "was", "were", "are", "is", "be", "been", "being", "will", "would",
];

/// Words that end the thing counted when read forward from the number, besides the
/// [`AUXILIARIES`] (see [`is_stop_word`]).
pub(super) const STOP_WORDS: &[&str] = &[
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
#[inline]
pub(super) fn is_stop_word(word: &str) -> bool {
    if super::russian::is_cyrillic(word) {
        return super::russian::is_stop_word(word);
    }
    AUXILIARIES.contains(&word) || STOP_WORDS.contains(&word)
}

/// Words that, besides the stop words, end the thing counted when read backward.
pub(super) const BACKWARD_STOPS: &[&str] = &[
    "their", "its", "his", "her", "our", "your", "my", "some", "any", "every", "all", "he", "she",
    "we", "you", "i", "them", "us", "thanks", "reminder",
];

/// Words between the thing counted and a number that follows it ("losses amounting to",
/// "transactions totaling", "imprisonment for a term of").
pub(super) const LINKING: &[&str] = &[
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
pub(super) const GENERIC_HEADS: &[&str] = &[
    "number", "amount", "volume", "total", "quantity", "figure", "count", "sum", "value",
];

/// After "of", these end the phrase ("cases of which", "three of them").
pub(super) const OF_STOPS: &[&str] = &[
    "which", "whom", "them", "these", "those", "it", "this", "that", "whose", "us",
];

/// Words ending a part's phrase ("11 producing synthetic drugs and 91 …"), besides the
/// [`AUXILIARIES`] (see [`is_part_stop`]).
pub(super) const PART_STOPS: &[&str] = &[
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
#[inline]
pub(super) fn is_part_stop(word: &str) -> bool {
    AUXILIARIES.contains(&word) || PART_STOPS.contains(&word)
}

/// Verbs between "of which" and what the part is ("of which are classified as …").
pub(super) const PART_AUXILIARIES: &[&str] = &[
    "are", "is", "were", "was", "have", "has", "had", "been", "being", "be",
];

/// A part's phrase starting with one of these needs the total's noun ("one for drug use").
pub(super) const PREPOSITIONS: &[&str] = &[
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
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "for", "with", "in", "on", "at", "to", "by", "from",
];

/// Words ending in "-ed" that are not participles.
pub(super) const ED_NOUNS: &[&str] = &[
    "speed", "seed", "weed", "need", "hundred", "bed", "shed", "breed", "greed", "deed", "feed",
];

/// Common verbs not ending in "-ed" (irregular pasts, present forms): they end the thing
/// counted ("officers took part") and are never read as part of it.
pub(super) const VERBS: &[&str] = &[
    "took", "take", "takes", "made", "make", "makes", "became", "become", "becomes", "went",
    "came", "gave", "give", "gives", "held", "hold", "holds", "kept", "left", "found", "saw",
    "sent", "brought", "caught", "fled", "stole", "sold", "sell", "sells", "bought", "paid", "ran",
    "began", "led", "lost", "met", "spent", "won", "hid", "put", "got", "get", "gets", "remain",
    "remains", "face", "faces", "include", "includes", "contain", "contains", "account", "reach",
    "reaches", "exceed", "seize", "seizes", "detain", "detains", "say", "says", "said", "told",
    "noted", "reported", "stated",
];

/// Words before a number that make it a name or a reference ("Article 228", "No. 5").
pub(super) const IDENTIFIER_BEFORE: &[&str] = &[
    "viewed",
    "phase",
    "goal",
    "issn",
    "isbn",
    "doc",
    "rev",
    "stage",
    "step",
    "sdg",
    "figure",
    "fig",
    "table",
    "annex",
    "session",
    "district",
    "state",
    "ref",
    "e.o",
    "words",
    "box",
    "floor",
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
pub(super) const ADDRESS_BEFORE: &[&str] =
    &["avenue", "street", "st", "ave", "road", "square", "lane"];

/// Words after a number that make it a name ("the 802 hotline").
pub(super) const IDENTIFIER_AFTER: &[&str] = &[
    "hotline", "helpline", "a.m", "p.m", "o'clock", "views", "view", "session", "street", "fax",
    "e-mail", "email", "min", "comments",
];

/// Words that make a length of time a legal penalty ("sentenced to 10 years in prison"):
/// stems, matched at the start of a word. Without one in the sentence a length of time is a
/// period ("for three days", "in more than 20 years"), not a statistic.
pub(super) const PENALTY_STEMS: &[&str] = &[
    "prison",
    "imprison",
    "sentenc",
    "jail",
    "convict",
    "punish",
    "penalt",
    "custod",
    "incarcer",
    "detention",
    "term",
];

/// Whole words that make a length of time a penalty too ("an arrest of 2 weeks", "he spent
/// 5 years").
pub(super) const PENALTY_WORDS: &[&str] = &[
    "arrest", "spent", "spend", "spends", "serve", "served", "serves", "serving",
];

/// People whose age may follow between commas ("a citizen, 44, was stopped").
pub(super) const PERSONS: &[&str] = &[
    "citizen", "resident", "man", "woman", "native", "driver", "suspect", "national", "courier",
];

/// Nouns that are plural without a final "s" ("1500 people").
pub(super) const PLURALS: &[&str] = &[
    "people",
    "police",
    "personnel",
    "staff",
    "children",
    "men",
    "women",
    "youth",
    "cattle",
];

/// Words before a number that make it a phone number.
pub(super) const PHONE_WORDS: &[&str] = &["tel", "fax", "phone", "telephone", "mobile", "mob"];

/// Words before a year-like number that make it a year ("since 2024", "in 2026").
pub(super) const YEAR_BEFORE: &[&str] = &[
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
pub(super) const PERIOD_UNITS: &[&str] = &[
    "months", "month", "weeks", "week", "days", "day", "years", "year", "quarter", "half", "decade",
];

/// Opening quotes and brackets stripped from the start of a glued cluster.
pub(super) const OPENERS: &[char] = &['“', '‘', '«', '„', '‹', '"', '\'', '(', '[', '{', '*', '_'];

/// Closing quotes, brackets and punctuation stripped from the end of a glued cluster.
pub(super) const CLOSERS: &[char] = &[
    '”', '’', '»', '“', '›', '"', '\'', ')', ']', '}', '*', '_', ',', '.', ';', ':', '!', '?', '…',
];

// ---------------------------------------------------------------------------------------
// Predicates over one word
// ---------------------------------------------------------------------------------------
//
// `#[inline]`, as the `Doc` accessors: the readers ask them for every word, from other files.

/// "twofold", "threefold", "three-fold", "tenfold", "hundredfold".
#[inline]
pub(super) fn factor_word(word: &str) -> Option<Decimal> {
    let stem = word.strip_suffix("fold")?;
    let stem = stem.strip_suffix('-').unwrap_or(stem);
    let value = match stem {
        "hundred" => 100,
        "thousand" => 1000,
        _ => small_number(stem)?,
    };
    Some(Decimal::from(value))
}

#[inline]
pub(super) fn scale_exponent(word: &str) -> Option<u32> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, e)| e)
}

/// The power of ten of a scale abbreviation glued to an amount of money ("m" in "£15m").
pub(super) fn money_scale_exponent(word: &str) -> Option<u32> {
    MONEY_SCALES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, e)| e)
}

/// A past participle closing a noun phrase ("teenagers involved", "drugs seized"); compound
/// adjectives ("drug-related", "plant-based") are not.
#[inline]
pub(super) fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.contains('-') && !ED_NOUNS.contains(&word)
}

#[inline]
pub(super) fn is_gerund(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && !word.contains('-')
}

#[inline]
pub(super) fn is_verb(word: &str) -> bool {
    VERBS.contains(&word)
        || (super::russian::is_cyrillic(word) && super::russian::is_verb_like(word))
}

/// A one-word unit ("litres", "tenge"): the end of a phrase read backward.
#[inline]
pub(super) fn is_unit_word(word: &str) -> bool {
    if super::russian::is_cyrillic(word) {
        return super::russian::unit_word(word).is_some();
    }
    UNITS
        .iter()
        .any(|(words, _)| matches!(words, [only] if *only == word))
}

/// The noun of a measure: "laboratories" of "drug laboratories", "cases" of "cases of …".
pub(super) fn head_noun(measure: &str) -> &str {
    let before_of = measure.split(" of ").next().unwrap_or(measure);
    before_of.split_whitespace().last().unwrap_or(measure)
}

/// Stems of words of change: "from X to Y" after one is a before and an after ("increased
/// from 12,000 to 31,000"), not a range.
const CHANGE_STEMS: &[&str] = &[
    "increas", "decreas", "rose", "rise", "risen", "rising", "grew", "grow", "fell", "fall",
    "drop", "declin", "jump", "climb", "doubl", "tripl", "surg", "soar", "reduc", "expand",
    "shrank", "shrink", "plummet", "chang", "rocket", "went", "gone", "up", "down", "higher",
    "lower", "cut",
];

/// Whether `word` speaks of a change ("increased", "fell", "down").
pub(super) fn is_change_word(word: &str) -> bool {
    if super::russian::is_cyrillic(word) {
        return super::russian::is_change_word(word);
    }
    CHANGE_STEMS
        .iter()
        .any(|s| word.starts_with(s) && (s.len() > 3 || word.len() == s.len()))
}
