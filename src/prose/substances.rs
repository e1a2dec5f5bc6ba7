//! The substance a statistic weighs or counts: "3 kg 412 g" of "a package of hashish" is
//! cannabis resin, "2,000 cannabis bushes" are cannabis plants, "102 drug laboratories" are
//! no substance at all.
//!
//! A statistic is typed after it is placed, from its measure and its sentence:
//!
//! - a mass or a volume takes the substance its measure names, else the nearest substance
//!   word of its clause;
//! - a count takes one only when the things counted are the drug's units or plants
//!   ("15,000 tablets of tramadol", "2,000 cannabis bushes"), never laboratories, crimes,
//!   cases or people;
//! - an area takes one only for plantations or crops of a drug plant ("12 ha of wild hemp
//!   plantations");
//! - money, percentages, durations and factors take none.

use std::ops::Range;

use super::Extracted;
use crate::{Statistic, Substance, Unit};

/// Lower-casing: ASCII text in place of a copy of each character's case (English), any
/// other (Russian) in full; Cyrillic letters keep their byte length, so offsets hold.
trait ToLower {
    fn to_lower(&self) -> String;
}

impl ToLower for str {
    fn to_lower(&self) -> String {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else {
            self.to_lowercase()
        }
    }
}

/// Types the statistics found in `text` (and their parts) with their substances.
pub(super) fn type_substances(text: &str, found: &mut [Extracted]) {
    for e in found {
        let clause = clause_around(text, e.span.start, e.span.end);
        let at = e.span.start.saturating_sub(clause.start)..e.span.end.saturating_sub(clause.start);
        let clause_text = text.get(clause).unwrap_or("");
        let s = &mut e.statistic;
        s.substance = substance_of(s, Some((clause_text, at)));
        let whole = s.substance;
        for part in &mut s.breakdown {
            part.substance = substance_of(part, None);
            // "over 2 tons of drugs, including 1 ton 380 kilograms of …": a part whose own
            // words name nothing is of the total's kind.
            if part.substance.is_none() && is_quantity_unit(&part.unit) {
                part.substance = whole;
            }
        }
    }
}

/// The substance of one statistic, from its measure (and phrase), else from the clause it
/// stands in (with the byte range of its phrase in the clause).
fn substance_of(s: &Statistic, clause: Option<(&str, Range<usize>)>) -> Option<Substance> {
    // Money, percentages, durations and factors are never a quantity of a substance, and
    // most statistics are counts of something else: both are told before any word is read.
    let count = match &s.unit {
        Unit::Mass(_) | Unit::Volume(_) => false,
        Unit::Count => true,
        Unit::Area(_) => return planted(&s.measure, clause.map(|(text, _)| text)),
        _ => return None,
    };
    // The counted head is told without lower-casing the measure: most counts end here.
    let head = if count {
        let (word, kind) = counted_head(word_iter(&s.measure))?;
        if kind.is_none() {
            // "500 ecstasy", "2,000 hemp": a count whose head is a specific substance.
            let word = word.to_lower();
            return lookup(&word, "")
                .map(|(s, _)| s)
                .filter(Substance::is_specific);
        }
        kind
    } else {
        None
    };
    let measure = s.measure.to_lower();
    let words = word_spans(&measure);
    let mut own = named(&words).or_else(|| {
        let phrase = s.phrase.as_deref()?.to_lower();
        named(&word_spans(&phrase))
    });
    // "the synthetic drug “salt”": a generic name followed by the drug's quoted name.
    if !own.is_some_and(|s| s.is_specific()) {
        if let Some(quoted) = clause
            .as_ref()
            .and_then(|(text, at)| quoted_after(text, at.end))
        {
            own = Some(quoted);
        }
    }
    // Tablets and doses take a drug of their clause only if it comes in doses ("doses of
    // heroin", "fentanyl pills"), never cannabis, cocaine or precursors ("ampoules of
    // phenobarbital" beside "hemp" is no cannabis).
    if let (Some(Counted::Doses), false) = (head, s.measure.is_ascii()) {
        // «разовых доз» of a named drug, or of the drug the clause names.
        return own.or_else(|| clause.and_then(|(text, at)| nearest(text, at)));
    }
    if let Some(Counted::Doses) = head {
        let own = own.or_else(|| {
            clause
                .and_then(|(text, at)| nearest(text, at))
                .filter(|s| comes_in_doses(*s))
        });
        return Some(match own {
            None | Some(Substance::Drugs) => Substance::PsychotropicMedicines,
            Some(k) if plant_of(k).is_some() && k != Substance::Opium => {
                Substance::PsychotropicMedicines
            }
            Some(k) => k,
        });
    }
    let own = own.or_else(|| clause.and_then(|(text, at)| nearest(text, at)));
    match head {
        Some(Counted::Packets) => own,
        Some(_) => own.and_then(plant_of),
        None => own,
    }
}

/// Whether a drug is sold in tablets or doses: opiates, stimulants, new psychoactive
/// substances and medicines.
fn comes_in_doses(s: Substance) -> bool {
    use crate::DrugGroup::*;
    s != Substance::PoppyStraw
        && matches!(
            s.group(),
            Opiates | AmphetamineTypeStimulants | NewPsychoactiveSubstances | Pharmaceuticals
        )
}

/// The specific substance a quoted name right after `at` names: “salt”, «mephedrone».
fn quoted_after(text: &str, at: usize) -> Option<Substance> {
    let rest = text.get(at..)?.trim_start();
    let inner = rest.strip_prefix(['“', '"', '«', '‘', '\''])?;
    let end = inner.find(['”', '"', '»', '’', '\''])?;
    let lower = inner.get(..end)?.to_lower();
    named(&word_spans(&lower)).filter(Substance::is_specific)
}

fn is_quantity_unit(unit: &Unit) -> bool {
    matches!(unit, Unit::Mass(_) | Unit::Volume(_))
}

/// What a count of a substance counts.
#[derive(Clone, Copy)]
enum Counted {
    /// Bushes, plants: the substance is the plant's.
    Plants,
    /// Tablets, doses: the substance is the drug's, psychotropic medicines if unnamed.
    Doses,
    /// Packets, wraps, briquettes (Russian «свертков», «брикетов»): what they hold.
    Packets,
}

/// Whether a Russian word reads as an adjective or participle by its ending.
fn is_russian_adjective(w: &str) -> bool {
    let w = w.to_lowercase();
    w.chars().count() > 3
        && [
            "ых", "их", "ого", "его", "ыми", "ими", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие",
            "ой",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Russian stems of things counted that are plants of a drug.
const RU_PLANT_UNITS: &[&str] = &["куст", "растени", "стебл", "рассад"];

/// Russian stems of things counted that are units of a drug.
const RU_DOSE_UNITS: &[&str] = &["таблет", "капсул", "доз", "ампул", "марок", "марки"];

/// Russian stems of packets that hold a drug.
const RU_PACKETS: &[&str] = &[
    "сверт",
    "свёрт",
    "пакет",
    "брикет",
    "упаков",
    "закладк",
    "плит",
    "спичечн",
    "кулек",
    "кульк",
    "бутыл",
    "флакон",
    "банок",
    "банк",
];

/// The counted head of a measure (the last word before "of", or the last word), and its
/// kind when it is a drug's plant or unit.
fn counted_head<'w>(
    words: impl Iterator<Item = (usize, &'w str)>,
) -> Option<(&'w str, Option<Counted>)> {
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let mut words = words.peekable();
    // Russian: the head comes first ("кустов конопли", "свертков с героином").
    if let Some(&(_, first)) = words.peek() {
        if !first.is_ascii() {
            // Adjectives before the head: «196 спрессованных брикетов», «три больших мешка».
            let first = words
                .map(|(_, w)| w)
                .find(|w| !is_russian_adjective(w))
                .unwrap_or(first);
            let lower = first.to_lowercase();
            let stem = |list: &[&str]| list.iter().any(|s| lower.starts_with(s));
            let kind = if stem(RU_PLANT_UNITS) {
                Some(Counted::Plants)
            } else if stem(RU_DOSE_UNITS) {
                Some(Counted::Doses)
            } else if stem(RU_PACKETS) {
                Some(Counted::Packets)
            } else {
                None
            };
            return Some((first, kind));
        }
    }
    let (_, head) = words
        .take_while(|(_, w)| !is(w, &["of", "with", "for"]))
        .last()?;
    let kind = if is(head, PLANT_UNITS) {
        Some(Counted::Plants)
    } else if is(head, DOSE_UNITS) {
        Some(Counted::Doses)
    } else {
        None
    };
    Some((head, kind))
}

/// An area is of a substance only for plantations or crops of a drug plant.
fn planted(measure: &str, clause: Option<&str>) -> Option<Substance> {
    let mut text = measure.to_lower();
    if let Some(clause) = clause {
        text.push(' ');
        text.push_str(&clause.to_lower());
    }
    let words = word_spans(&text);
    let russian_field = |w: &str| {
        [
            "плантац",
            "посев",
            "очаг",
            "заросл",
            "поле",
            "полях",
            "участ",
            "дикорастущ",
            "произрастан",
        ]
        .iter()
        .any(|s| w.starts_with(s))
    };
    if !words
        .iter()
        .any(|(_, w)| FIELD_WORDS.contains(w) || russian_field(w))
    {
        return None;
    }
    substances(&words).find_map(|(_, s)| plant_of(s))
}

/// The plant of a cannabis or opium substance.
fn plant_of(s: Substance) -> Option<Substance> {
    match s {
        Substance::CannabisHerb
        | Substance::CannabisOther
        | Substance::CannabisPlants
        | Substance::CannabisResin => Some(Substance::CannabisPlants),
        Substance::PoppyStraw | Substance::Opium => Some(Substance::PoppyStraw),
        _ => None,
    }
}

/// Things counted that are plants of a drug.
const PLANT_UNITS: &[&str] = &[
    "bushes",
    "bush",
    "plants",
    "plant",
    "seedlings",
    "stems",
    "shrubs",
];

/// Things counted that are units of a drug.
const DOSE_UNITS: &[&str] = &[
    "tablets", "tablet", "pills", "pill", "capsules", "capsule", "doses", "dose", "ampoules",
    "ampules", "ampoule", "blotters", "vials",
];

/// Words that make an area one of drug plants.
const FIELD_WORDS: &[&str] = &[
    "plantation",
    "plantations",
    "crops",
    "crop",
    "sowings",
    "thickets",
    "cultivation",
    "cultivated",
    "wild-growing",
    "grown",
    "growing",
    "hemp",
    "poppy",
    "fields",
];

/// The substances lower-cased words name, with the byte offset of each name's first word.
fn substances<'w>(words: &'w [(usize, &str)]) -> impl Iterator<Item = (usize, Substance)> + 'w {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&(at, w)) = words.get(i) {
            let next = words.get(i + 1).map_or("", |(_, n)| *n);
            i += 1;
            if let Some((s, width)) = lookup(w, next) {
                i += width - 1;
                return Some((at, s));
            }
        }
        None
    })
}

/// The first specific substance the words name ("the synthetic drug “salt”" is alpha-PVP),
/// else the first unspecific one ("drugs").
fn named(words: &[(usize, &str)]) -> Option<Substance> {
    let mut all = substances(words).map(|(_, s)| s);
    let first = all.next()?;
    if first.is_specific() {
        return Some(first);
    }
    Some(all.find(Substance::is_specific).unwrap_or(first))
}

/// The substance named nearest to `at` in `clause` (bytes), outside `at`.
fn nearest(clause: &str, at: Range<usize>) -> Option<Substance> {
    let lower = clause.to_lower();
    let words = word_spans(&lower);
    substances(&words)
        .filter(|(start, _)| !at.contains(start))
        .min_by_key(|(start, _)| {
            if *start >= at.end {
                start - at.end
            } else {
                at.start - start
            }
        })
        .map(|(_, s)| s)
}

/// The substance a word (with the words after it) names, and how many words it takes.
fn lookup(w: &str, next: &str) -> Option<(Substance, usize)> {
    if !w.is_ascii() {
        return lookup_russian(w, next);
    }
    let s = match w {
        "heroin" => Substance::Heroin,
        "opium" if matches!(next, "poppy" | "poppies") => return Some((Substance::PoppyStraw, 2)),
        "opium" => Substance::Opium,
        "morphine" => Substance::Morphine,
        "poppy" | "poppies" | "poppy-straw" => Substance::PoppyStraw,
        "marijuana" | "marihuana" | "marijuana-containing" | "ganja" => Substance::CannabisHerb,
        "hashish" | "hasheesh" | "hash" | "charas" if next == "oil" => {
            return Some((Substance::CannabisOil, 2));
        }
        "hashish" | "hasheesh" | "hash" | "charas" | "nasha" => Substance::CannabisResin,
        "hemp" | "hemp-containing" => Substance::CannabisPlants,
        "cannabis" | "cannabis-containing" => {
            let s = match next {
                "resin" => Substance::CannabisResin,
                "oil" => Substance::CannabisOil,
                "herb" => Substance::CannabisHerb,
                "plants" | "plant" | "bushes" | "seedlings" => Substance::CannabisPlants,
                _ => return Some((Substance::CannabisOther, 1)),
            };
            return Some((s, 2));
        }
        "cocaine" => Substance::Cocaine,
        "methamphetamine" | "metamphetamine" | "methamphetamines" | "meth" => {
            Substance::Methamphetamine
        }
        "amphetamine" | "amphetamines" => Substance::Amphetamine,
        "mdma" | "ecstasy" => Substance::Mdma,
        "mephedrone" | "4-mmc" => Substance::Mephedrone,
        "alpha-pvp" | "a-pvp" | "α-pvp" | "pvp" | "salt" | "salts" => Substance::AlphaPvp,
        "cathinone" | "cathinones" => Substance::SyntheticCathinones,
        "spice" | "cannabinoids" | "cannabinoid" => Substance::SyntheticCannabinoids,
        "tramadol" => Substance::Tramadol,
        "methadone" => Substance::Methadone,
        "codeine" | "fentanyl" | "buprenorphine" | "oxycodone" => Substance::PharmaceuticalOpioids,
        "pregabalin" | "lyrica" | "tropicamide" | "benzodiazepines" => {
            Substance::PsychotropicMedicines
        }
        "psychotropic" | "psychotropics"
            if matches!(
                next,
                "tablets" | "pills" | "medicines" | "drugs" | "medications" | "capsules"
            ) =>
        {
            return Some((Substance::PsychotropicMedicines, 2));
        }
        "psychotropic" if next == "substances" => return Some((Substance::Drugs, 2)),
        "acetic" if next == "anhydride" => return Some((Substance::AceticAnhydride, 2)),
        "anhydride" => Substance::AceticAnhydride,
        "precursor" | "precursors" | "ephedrine" | "pseudoephedrine" => Substance::Precursors,
        "synthetic" => {
            let s = match next {
                "drugs" | "narcotics" | "substances" | "drug" => Substance::SyntheticDrugs,
                "cannabinoids" => Substance::SyntheticCannabinoids,
                "cathinones" => Substance::SyntheticCathinones,
                _ => return None,
            };
            return Some((s, 2));
        }
        "drugs" | "narcotics" | "drug-containing" | "narcotic-containing" => Substance::Drugs,
        "narcotic" | "psychoactive" if matches!(next, "drugs" | "substances" | "substance") => {
            return Some((Substance::Drugs, 2));
        }
        // "drug" names a substance only at the end of a phrase, not in "drug crimes".
        "drug" | "narcotic" if next.is_empty() => Substance::Drugs,
        _ => return None,
    };
    Some((s, 1))
}

/// The substance a Russian word (lower-cased, with the word after it) names, by stem, and
/// how many words it takes: «гашиша», «героином», «маковой соломы», «кустов конопли».
fn lookup_russian(w: &str, next: &str) -> Option<(Substance, usize)> {
    use Substance::*;
    let has = |stem: &str| w.starts_with(stem);
    let next_has = |stem: &str| next.starts_with(stem);
    let two = |s: Substance| Some((s, 2));
    let s = if has("героин") {
        Heroin
    } else if has("маков") && next_has("солом") {
        return two(PoppyStraw);
    } else if matches!(w, "мак" | "мака" | "маку" | "маком") || has("маковн")
    {
        PoppyStraw
    } else if has("опиоид") || has("опийн") || has("опиат") {
        return None;
    } else if has("опи") {
        Opium
    } else if has("морфин") {
        Morphine
    } else if has("марихуан") || has("ганджа") {
        CannabisHerb
    } else if has("гашишн") && next_has("масл") {
        return two(CannabisOil);
    } else if has("гашиш") || has("чарс") || has("анаш") {
        CannabisResin
    } else if has("каннабис") || has("конопл") {
        if next_has("масл") {
            return two(CannabisOil);
        }
        CannabisOther
    } else {
        return lookup_russian_synthetic(w, next);
    };
    Some((s, 1))
}

/// [`lookup_russian`] for stimulants, new substances, medicines, precursors and drugs in
/// general.
fn lookup_russian_synthetic(w: &str, next: &str) -> Option<(Substance, usize)> {
    use Substance::*;
    let has = |stem: &str| w.starts_with(stem);
    let next_has = |stem: &str| next.starts_with(stem);
    let two = |s: Substance| Some((s, 2));
    let s = if has("кокаин") {
        Cocaine
    } else if has("метамфетамин") || has("метаамфетамин") || has("первитин")
    {
        Methamphetamine
    } else if has("амфетамин") {
        Amphetamine
    } else if has("экстази") || has("мдма") {
        Mdma
    } else if has("мефедрон") {
        if next == "и" {
            return None;
        }
        Mephedrone
    } else if has("альфа-pvp") || has("a-pvp") || matches!(w, "соль" | "соли" | "солью")
    {
        AlphaPvp
    } else if has("катинон") || has("метилон") {
        SyntheticCathinones
    } else if has("спайс") || has("каннабиноид") {
        SyntheticCannabinoids
    } else if has("трамадол") {
        Tramadol
    } else if has("метадон") {
        Methadone
    } else if has("кодеин") || has("фентанил") || has("бупренорфин") {
        PharmaceuticalOpioids
    } else if has("прегабалин") || has("лирик") || has("тропикамид") {
        PsychotropicMedicines
    } else if has("психотропн") && (next_has("таблет") || next_has("лекарств"))
    {
        return two(PsychotropicMedicines);
    } else if has("уксусн") && next_has("ангидрид") {
        return two(AceticAnhydride);
    } else if has("ангидрид") {
        AceticAnhydride
    } else if has("прекурсор") || has("эфедрин") || has("псевдоэфедрин")
    {
        Precursors
    } else if has("синтетическ") {
        return if next_has("наркот") || next_has("веществ") || next_has("средств")
        {
            two(SyntheticDrugs)
        } else if next_has("каннабиноид") {
            two(SyntheticCannabinoids)
        } else if next_has("катинон") {
            two(SyntheticCathinones)
        } else {
            None
        };
    } else if matches!(
        w,
        "синтетика" | "синтетики" | "синтетику" | "синтетикой" | "синтетике"
    ) {
        SyntheticDrugs
    } else if has("наркотическ") || has("запрещенн") || has("запрещённ")
    {
        return (next_has("средств") || next_has("веществ")).then_some((Drugs, 2));
    } else if has("наркотик") || has("наркосодержащ") || has("наркот") && w.len() <= 18
    {
        Drugs
    } else {
        return None;
    };
    Some((s, 1))
}

/// The words of a lower-cased text, with their byte offsets.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    word_iter(text).collect()
}

/// The words of a text, with their byte offsets: runs of letters, digits and inner hyphens.
fn word_iter(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to a word's first character, then take letters, digits and hyphens.
        let (start, _) = loop {
            let (at, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (at, c);
            }
        };
        let mut end = text.len();
        while let Some(&(at, c)) = chars.peek() {
            if !(c.is_alphanumeric() || c == '-') {
                end = at;
                break;
            }
            chars.next();
        }
        let word = text.get(start..end)?.trim_end_matches('-');
        Some((start, word))
    })
}

/// Whether byte `i` of `bytes` ends a clause: ";", "!", "?", a line break or a "." that is
/// no decimal point ("3.5").
pub(super) fn ends_clause(bytes: &[u8], i: usize) -> bool {
    let Some(&b) = bytes.get(i) else {
        return false;
    };
    match b {
        b';' | b'!' | b'?' | b'\n' => true,
        b'.' => {
            !(i > 0
                && bytes.get(i - 1).is_some_and(u8::is_ascii_digit)
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        }
        _ => false,
    }
}

/// The byte range of the clause around `start..end`: from the previous sentence end or
/// semicolon to the next one ("3.5" is no sentence end).
fn clause_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let is_end = |i: usize| ends_clause(bytes, i);
    let from = (0..start.min(bytes.len()))
        .rev()
        .find(|&i| is_end(i))
        .map_or(0, |i| i + 1);
    let to = (end..bytes.len())
        .find(|&i| is_end(i))
        .unwrap_or(bytes.len());
    from..to.max(from)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::Substance::{self, *};

    /// The substance of each statistic of `text` (parts after their total).
    fn substances(text: &str) -> Vec<Option<Substance>> {
        let mut out = Vec::new();
        for e in extract(text) {
            out.push(e.statistic.substance);
            out.extend(e.statistic.breakdown.iter().map(|p| p.substance));
        }
        out
    }

    fn one(text: &str) -> Option<Substance> {
        let found = substances(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn each_substance_by_its_names() {
        let cases: &[(&str, Substance)] = &[
            ("Police seized 300 grams of heroin.", Heroin),
            ("They found 12 kg of opium in the truck.", Opium),
            ("5 kg of morphine were found.", Morphine),
            ("Officers seized 200 kg of poppy straw.", PoppyStraw),
            ("He carried 120 grams of marijuana.", CannabisHerb),
            ("He carried 120 grams of marihuana.", CannabisHerb),
            ("a package of hashish weighing 3 kg 412 g", CannabisResin),
            ("2 kg of hasheesh", CannabisResin),
            ("40 kg of cannabis resin were seized", CannabisResin),
            ("1.5 litres of hashish oil", CannabisOil),
            ("3 kg of cannabis were seized", CannabisOther),
            ("Police destroyed 2,000 cannabis bushes.", CannabisPlants),
            (
                "12 hectares of wild hemp plantations were destroyed.",
                CannabisPlants,
            ),
            ("Customs found 1.2 tons of cocaine in bananas.", Cocaine),
            ("4 kg of methamphetamine", Methamphetamine),
            ("700 grams of amphetamine", Amphetamine),
            ("Police seized 5,000 ecstasy tablets.", Mdma),
            ("5 kg of MDMA", Mdma),
            ("2 kg of mephedrone", Mephedrone),
            ("300 grams of alpha-PVP", AlphaPvp),
            ("150 grams of the synthetic drug “salt”", AlphaPvp),
            ("1 kg of spice was found", SyntheticCannabinoids),
            ("3 kg of synthetic cannabinoids", SyntheticCannabinoids),
            ("Customs seized 15,000 tablets of tramadol.", Tramadol),
            ("2 litres of methadone", Methadone),
            (
                "30,000 psychotropic tablets were seized",
                PsychotropicMedicines,
            ),
            ("Over 25 tons of precursors were seized.", Precursors),
            ("5 tons of acetic anhydride", AceticAnhydride),
            ("over 1 kg of synthetic drugs", SyntheticDrugs),
            ("Over 11 tons of drugs", Drugs),
            ("20 kg of narcotics", Drugs),
            ("7 kg of narcotic drugs", Drugs),
            ("15 kg of drug-containing plants", Drugs),
        ];
        for (text, want) in cases {
            assert_eq!(one(text), Some(*want), "{text}");
        }
    }

    #[test]
    fn a_total_of_drugs_and_its_parts() {
        let text = "Over 2 tons of drugs, including 1 ton 380 kilograms of marijuana and 515 kilograms of hashish, were seized.";
        assert_eq!(
            substances(text),
            [Some(Drugs), Some(CannabisHerb), Some(CannabisResin)]
        );
    }

    #[test]
    fn a_mass_without_its_own_substance_takes_the_clause_s() {
        assert_eq!(
            one("The volume of synthetic drugs seized amounted to over one ton."),
            Some(SyntheticDrugs)
        );
        assert_eq!(
            one("During the search, heroin weighing more than 300 grams was found."),
            Some(Heroin)
        );
        // Another sentence does not lend its substance.
        assert_eq!(
            substances("Heroin is dangerous. The parcel weighed 2 kg."),
            [None]
        );
    }

    #[test]
    fn counts_of_things_other_than_drugs_have_none() {
        for text in [
            "102 drug laboratories were cracked down on, including 11 producing synthetic drugs and 91 plant-based laboratories.",
            "4655 drug crimes have been detected this year.",
            "500 drug addicts are registered.",
            "Police detained 49 teenagers involved in drug crimes.",
            "There were 322 cases of drug-containing plants being cultivated.",
            "120 seizures of heroin were recorded.",
            "Police arrested 12 heroin couriers.",
        ] {
            assert!(substances(text).iter().all(Option::is_none), "{text}");
        }
    }

    #[test]
    fn money_percentages_durations_and_areas_of_other_things_have_none() {
        for text in [
            "A fine of 2.5 billion tenge was imposed for selling heroin.",
            "Heroin seizures rose by 14%.",
            "He was sentenced to 10 years in prison for smuggling heroin.",
            "The farm of 300 hectares grew wheat.",
            "Drug-related deaths fell to 2,000.",
            "The volume of synthetic drugs seized has increased almost threefold.",
        ] {
            assert!(substances(text).iter().all(Option::is_none), "{text}");
        }
    }

    #[test]
    fn plants_and_tablets_take_the_drug_they_are() {
        assert_eq!(
            one("Police found 450 bushes of hemp."),
            Some(CannabisPlants)
        );
        assert_eq!(
            one("Police destroyed 3,000 opium poppy plants."),
            Some(PoppyStraw)
        );
        assert_eq!(one("He sold 200 tablets."), Some(PsychotropicMedicines));
        // Doses take a drug of their clause only if it comes in doses.
        assert_eq!(
            substances("Police found hemp and 40 ampoules of phenobarbital."),
            [Some(PsychotropicMedicines)]
        );
        assert_eq!(
            substances("The heroin seized would have made 10,000 doses."),
            [Some(Heroin)]
        );
        assert_eq!(
            one("5 hectares of opium poppy crops were destroyed."),
            Some(PoppyStraw)
        );
    }
}
