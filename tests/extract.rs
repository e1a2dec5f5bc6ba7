//! `prose::extract`: reading typed statistics from the prose of the releases, case by case:
//! numbers, qualifiers, units, ranges and factors, breakdowns, what is not a statistic,
//! reference periods, measures; arbitrary text; and what running unseen releases found. The
//! statistics of the seed, release #16/2025, and their spans are in `extract_seed`.

mod support;

use caricc_release::prose::extract;
use caricc_release::{Currency, Decimal, DurationUnit, Qualifier, Unit, VolumeUnit};
use proptest::prelude::*;
use support::prose::*;

// ---------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------

#[test]
fn thousands_separators() {
    assert_eq!(only("38,000 card accounts were blocked.").value, n(38_000));
    assert_eq!(only("Police seized 1,250,000 pills.").value, n(1_250_000));
    assert_eq!(only("4655 drug crimes were detected.").value, n(4655));
    // Spaces between groups of three digits.
    assert_eq!(only("Police seized 163 000 pills.").value, n(163_000));
    // A comma not followed by exactly three digits separates numbers: "1,25" is no
    // number, "7, 3" are two.
    assert_none("The ratio was 1,25 in the report.");
    let two = stats("Groups of 7, 3 and 5 couriers.");
    assert_eq!(two.len(), 3);
}

#[test]
fn decimals_stay_exact() {
    let s = only("Police seized 2.5 kg of heroin.");
    assert_eq!((s.value, &s.unit), (d("2.5"), &KG));
    assert_eq!(s.value.to_string(), "2.5");
    assert_eq!(only("They found 0.75 grams of cocaine.").value, d("0.75"));
}

#[test]
fn number_words() {
    assert_eq!(only("Twenty-four criminal cases were opened.").value, n(24));
    assert_eq!(only("twenty four suspects were detained.").value, n(24));
    assert_eq!(only("Twelve leaders were detained.").value, n(12));
    assert_eq!(
        only("three transnational groups were eliminated.").value,
        n(3)
    );
    assert_eq!(only("There were six cases.").value, n(6));
    assert_eq!(
        only("two hundred and fifty officers took part.").value,
        n(250)
    );
    assert_eq!(
        only("Ninety-one plant-based laboratories were closed.").value,
        n(91)
    );
}

#[test]
fn a_bare_one_is_a_number_only_before_a_unit_or_after_a_qualifier_or_including() {
    assert_none("One striking example: a citizen was detained.");
    assert_none("One such operation took place this year.");
    assert_none("One example is COVID-19.");
    assert_none("He was one of the organizers.");
    let ton = only("Police seized one ton of hashish.");
    assert_eq!((ton.value, &ton.unit), (n(1), &T));
    let over = only("The seizures amounted to over one ton.");
    assert_eq!((over.value, over.qualifier), (n(1), Qualifier::Over));
    let six = only("There were six cases, including one for drug use.");
    assert_eq!(six.breakdown[0].value, n(1));
}

#[test]
fn scale_words() {
    let tenge = only("Suspicious transactions totaling 2.5 billion tenge were blocked.");
    assert_eq!(tenge.value, n(2_500_000_000));
    assert_eq!(tenge.value.scale(), 0);
    assert_eq!(tenge.unit, Unit::Currency(Currency::KZT));
    let usd = only("The drug trade suffered losses of 110 million US dollars.");
    assert_eq!(
        (usd.value, &usd.unit),
        (n(110_000_000), &Unit::Currency(Currency::USD))
    );
    assert_eq!(only("Fines reached 3 thousand roubles.").value, n(3000));
    assert_eq!(
        only("Damage reached 1.25 million euros.").value,
        n(1_250_000)
    );
    assert_eq!(only("Bribes of 4 mln tenge were paid.").value, n(4_000_000));
    assert_eq!(only("Two thousand pills were seized.").value, n(2000));
}

// ---------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------

#[test]
fn each_qualifier() {
    use Qualifier::*;
    for (text, q) in [
        ("over 11 tons of drugs", Over),
        ("Over 11 tons of drugs", Over),
        ("more than 11 tons of drugs", Over),
        ("Their number has exceeded 11 tons of drugs", Over),
        ("seizures exceeding 11 tons of drugs", Over),
        ("almost 11 tons of drugs", Almost),
        ("nearly 11 tons of drugs", Almost),
        ("about 11 tons of drugs", About),
        ("around 11 tons of drugs", About),
        ("approximately 11 tons of drugs", About),
        ("up to 11 tons of drugs", UpTo),
        ("at least 11 tons of drugs", AtLeast),
        ("no less than 11 tons of drugs", AtLeast),
        ("less than 11 tons of drugs", LessThan),
        ("fewer than 11 tons of drugs", LessThan),
        ("11 tons of drugs", Exact),
    ] {
        let found = stats(text);
        assert_eq!(found.len(), 1, "{text}");
        let e = &found[0];
        assert_eq!(e.statistic.qualifier, q, "{text}");
        assert_eq!(
            (e.statistic.value, &e.statistic.unit),
            (n(11), &T),
            "{text}"
        );
        assert_eq!(e.statistic.measure, "drugs", "{text}");
        // The span covers the qualifier and the number.
        let qualifier_start = text.find("11").unwrap()
            - match q {
                Exact => 0,
                _ => {
                    text[..text.find("11").unwrap()]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .unwrap()
                        .len()
                        + 1
                }
            };
        assert!(e.span.start <= qualifier_start, "{text}: {:?}", e.span);
        assert!(e.span.end >= text.find("11").unwrap() + 2, "{text}");
    }
}

#[test]
fn exceeded_without_unit_is_over_and_inherits_the_measure() {
    let found = stats(
        "Three times more drug websites have been blocked. Their number has exceeded 20,000.",
    );
    let over = &found[1];
    assert_eq!(over.statistic.qualifier, Qualifier::Over);
    assert_eq!(over.statistic.value, n(20_000));
    assert_eq!(over.statistic.measure, "drug websites");
}

// ---------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------

const LITRE: Unit = Unit::Volume(VolumeUnit::Litre);
const HECTARE: Unit = Unit::Area(caricc_release::AreaUnit::Hectare);
const MONTH: Unit = Unit::Duration(DurationUnit::Month);
const WEEK: Unit = Unit::Duration(DurationUnit::Week);
const DAY: Unit = Unit::Duration(DurationUnit::Day);
const HOUR: Unit = Unit::Duration(DurationUnit::Hour);
const KZT: Unit = Unit::Currency(Currency::KZT);
const USD: Unit = Unit::Currency(Currency::USD);
const RUB: Unit = Unit::Currency(Currency::RUB);

/// Each way of writing a unit of each family: the text, its only statistic's value and unit.
const UNIT_FAMILIES: &[(&str, u64, Unit)] = &[
    ("11 tons of drugs", 11, T),
    ("11 tonnes of drugs", 11, T),
    ("one ton of drugs", 1, T),
    ("11 t of drugs", 11, T),
    ("5 kilograms of heroin", 5, KG),
    ("5 kilogram of heroin", 5, KG),
    ("5 kg of heroin", 5, KG),
    ("5kg of heroin", 5, KG),
    ("952 grams of heroin", 952, G),
    ("952 gram of heroin", 952, G),
    ("952 g of heroin", 952, G),
    ("300 litres of precursors", 300, LITRE),
    ("300 liters of precursors", 300, LITRE),
    ("1 litre of precursors", 1, LITRE),
    ("12 hectares of poppy", 12, HECTARE),
    ("1 hectare of poppy", 1, HECTARE),
    ("12 ha of poppy", 12, HECTARE),
    ("fines of 500 tenge", 500, KZT),
    ("fines of 500 US dollars", 500, USD),
    ("fines of 500 dollars", 500, USD),
    ("fines of 500 USD", 500, USD),
    ("fines of 500 rubles", 500, RUB),
    ("fines of 500 roubles", 500, RUB),
    ("fines of 500 manat", 500, Unit::Currency(Currency::AZN)),
    ("fines of 500 som", 500, Unit::Currency(Currency::KGS)),
    ("fines of 500 somoni", 500, Unit::Currency(Currency::TJS)),
    ("fines of 500 euros", 500, Unit::Currency(Currency::EUR)),
    ("a share of 15 percent", 15, Unit::Percent),
    ("a share of 15 per cent", 15, Unit::Percent),
    ("a share of 15%", 15, Unit::Percent),
    ("a share of 15 %", 15, Unit::Percent),
    ("a sentence of 3 years", 3, YEAR),
    ("a sentence of 1 year", 1, YEAR),
    ("a sentence of 6 months", 6, MONTH),
    ("a sentence of 1 month", 1, MONTH),
    ("an arrest of 2 weeks", 2, WEEK),
    ("an arrest of 10 days", 10, DAY),
    ("an arrest of 48 hours", 48, HOUR),
    ("48 active participants", 48, Unit::Count),
];

#[test]
fn each_unit_family() {
    for (text, value, unit) in UNIT_FAMILIES {
        let s = only(text);
        assert_eq!((s.value, &s.unit), (n(*value), unit), "{text}");
    }
}

#[test]
fn the_thing_after_of_is_the_measure_of_masses_and_money() {
    assert_eq!(only("11 tons of drugs were seized.").measure, "drugs");
    assert_eq!(
        only("Bribes worth 5 million tenge of public money.").measure,
        "public money"
    );
    let count = only("There have been 322 cases of drug-containing plants being cultivated.");
    assert_eq!(count.measure, "cases of drug-containing plants");
}

#[test]
fn compound_quantities_are_exact_decimals() {
    let t = only("Police seized 3 tons 205 kilograms of hashish.");
    assert_eq!((t.value, &t.unit), (d("3.205"), &T));
    assert_eq!(t.measure, "hashish");
    let kg = only("Police seized 5 kg 952 g of heroin.");
    assert_eq!((kg.value, &kg.unit), (d("5.952"), &KG));
    assert_eq!(kg.phrase.as_deref(), Some("5 kg 952 g of heroin"));
}

// ---------------------------------------------------------------------------------------
// Ranges and factors
// ---------------------------------------------------------------------------------------

#[test]
fn durations_read_where_they_are_served() {
    let s = only("The detainee faces up to 15 years in prison.");
    assert_eq!(
        (s.value, &s.unit, s.qualifier),
        (n(15), &YEAR, Qualifier::UpTo)
    );
    assert_eq!(s.measure, "prison");
    assert_eq!(
        only("He was sentenced to 3 years of imprisonment.").measure,
        "imprisonment"
    );
    // A place is no measure; with nothing else the phrase itself stands.
    assert_eq!(only("He spent 5 years in Almaty.").measure, "5 years");
}

#[test]
fn range_with_to() {
    let s = only("Drug trafficking is punishable by imprisonment for a term of 5 to 20 years.");
    assert_eq!((s.value, s.range_end, &s.unit), (n(5), Some(n(20)), &YEAR));
    let between = only("The term is between 8 and 15 years of imprisonment.");
    assert_eq!((between.value, between.range_end), (n(8), Some(n(15))));
    assert!(between.phrase.as_deref().unwrap().starts_with("between 8"));
}

#[test]
fn range_with_hyphen_or_en_dash() {
    for text in [
        "Experts estimate 163,000 - 202,000 drug users.",
        "Experts estimate 163,000–202,000 drug users.",
        "Experts estimate 163,000 – 202,000 drug users.",
        "Experts estimate 163,000-202,000 drug users.",
    ] {
        let s = only(text);
        assert_eq!(
            (s.value, s.range_end),
            (n(163_000), Some(n(202_000))),
            "{text}"
        );
        assert_eq!(s.measure, "drug users", "{text}");
    }
}

#[test]
fn a_range_never_runs_backward() {
    // Each way of writing a range above, written backward: the two numbers are read, each as
    // a statistic of its own, and neither is made a range (`stats` also checks that no range
    // it finds runs backward).
    for (text, first, second) in [
        ("Groups grew from 20 to 5 members.", n(20), n(5)),
        (
            "The term is between 15 and 8 years of imprisonment.",
            n(15),
            n(8),
        ),
        (
            "Experts estimate 202,000 - 163,000 drug users.",
            n(202_000),
            n(163_000),
        ),
        (
            "Experts estimate 202,000–163,000 drug users.",
            n(202_000),
            n(163_000),
        ),
    ] {
        let read: Vec<(Decimal, Option<Decimal>)> = stats(text)
            .iter()
            .map(|e| (e.statistic.value, e.statistic.range_end))
            .collect();
        assert_eq!(read, [(first, None), (second, None)], "{text}");
    }
}

#[test]
fn factors() {
    let almost = only("Seizures of synthetic drugs have increased almost threefold.");
    assert_eq!(
        (almost.value, &almost.unit, almost.qualifier),
        (n(3), &Unit::Factor, Qualifier::Almost)
    );
    let times = only("Three times more drug websites have been blocked.");
    assert_eq!((times.value, &times.unit), (n(3), &Unit::Factor));
    assert_eq!(times.measure, "drug websites");
    for (text, value) in [
        ("Seizures grew twofold.", n(2)),
        ("Seizures grew fourfold.", n(4)),
        ("Seizures grew 3-fold.", n(3)),
        ("Seizures grew 1.5-fold.", d("1.5")),
        ("Seizures grew 2 times.", n(2)),
        ("Seizures grew 2.5 times.", d("2.5")),
    ] {
        let s = only(text);
        assert_eq!((s.value, &s.unit), (value, &Unit::Factor), "{text}");
        assert_eq!(s.measure, "Seizures", "{text}");
    }
}

// ---------------------------------------------------------------------------------------
// Breakdowns
// ---------------------------------------------------------------------------------------

#[test]
fn breakdown_n_of_which() {
    let found = stats(
        "4655 drug crimes have been detected, 2100 of which are classified as serious crimes.",
    );
    assert_eq!(found.len(), 1);
    let total = &found[0].statistic;
    assert_eq!(total.breakdown.len(), 1);
    assert_eq!(total.breakdown[0].value, n(2100));
    assert_eq!(total.breakdown[0].measure, "serious crimes");
}

#[test]
fn breakdown_including_n_and_n() {
    let labs = only(
        "102 drug laboratories were cracked down on, including 11 producing synthetic drugs and 91 plant-based laboratories.",
    );
    let values: Vec<Decimal> = labs.breakdown.iter().map(|p| p.value).collect();
    assert_eq!(values, [n(11), n(91)]);
    let six = only("In August alone, there were six cases, including one for drug use.");
    assert_eq!(six.breakdown.len(), 1);
    assert_eq!(six.breakdown[0].value, n(1));
}

#[test]
fn parts_take_the_total_unit() {
    let drugs = only("Police seized 12 tons of drugs, 5 of which were heroin.");
    assert_eq!(drugs.breakdown.len(), 1);
    assert_eq!(
        (drugs.breakdown[0].value, &drugs.breakdown[0].unit),
        (n(5), &T)
    );
    let kg = only("Police seized 12 kg of drugs, including 5 kg of heroin and 3000 g of hashish.");
    let parts: Vec<(Decimal, &Unit, &str)> = kg
        .breakdown
        .iter()
        .map(|p| (p.value, &p.unit, p.measure.as_str()))
        .collect();
    assert_eq!(parts, [(n(5), &KG, "heroin"), (n(3000), &G, "hashish")]);
}

#[test]
fn of_which_n_is_a_statistic_of_its_own() {
    let found = stats(
        "Twenty-four criminal cases have been initiated for the creation of organized criminal groups, of which three transnational criminal groups have been eliminated.",
    );
    assert_eq!(found.len(), 2);
    assert!(found[0].statistic.breakdown.is_empty());
    assert_eq!(found[1].statistic.value, n(3));
}

#[test]
fn parts_that_would_exceed_the_total_or_mismatch_its_unit_stay_apart() {
    let found = stats("Police seized 12 kg of drugs, including 15 kg of heroin.");
    assert_eq!(found.len(), 2);
    assert!(found[0].statistic.breakdown.is_empty());
    let found = stats("Police seized 12 kg of drugs, including 5 million tenge in cash.");
    assert_eq!(found.len(), 2);
    assert!(found[0].statistic.breakdown.is_empty());
    // "and" links only after a part.
    let found = stats("Twelve leaders and 48 active participants have been detained.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|e| e.statistic.breakdown.is_empty()));
}

// ---------------------------------------------------------------------------------------
// What is not a statistic
// ---------------------------------------------------------------------------------------

#[test]
fn years_are_not_statistics() {
    assert_none("A foreign citizen who had been wanted since 2024 was detained.");
    assert_none("The next meeting will take place in 2026.");
    assert_none("COVID was prevalent in 2020-2021.");
    assert_none("This was reported on 18 August 2025 by the press service.");
    assert_none("Almaty - 2025");
    // …but a number of that size followed by what it counts is one.
    let crimes = only("Of all crimes, 2100 of which are serious, most were solved.");
    assert_eq!(crimes.value, n(2100));
    assert_eq!(only("In 2024, 1500 people were detained.").value, n(1500));
    assert_eq!(only("Police seized 2000 tons of drugs.").value, n(2000));
    assert_eq!(only("Police detained over 1990 couriers.").value, n(1990));
}

#[test]
fn ages_are_not_statistics() {
    assert_none("A 16-year-old college student and his 15-year-old acquaintance were detained.");
    assert_none("A student aged 16 was detained.");
    assert_none("He started at the age of 14.");
    assert_none("A man 30 years old was detained.");
    assert_eq!(
        only("Two 17-year-old teenagers were detained.").measure,
        "teenagers"
    );
}

#[test]
fn dates_are_not_statistics() {
    assert_none("The training was held on 29 August this year.");
    assert_none("This was reported on 18 August 2025.");
    assert_none("The operation ended on August 29.");
    assert_none("In the period from 16 to 31 August 2025 nothing happened.");
    assert_none("Covered period: 16-31.08.2025.");
}

#[test]
fn phone_numbers_are_not_statistics() {
    assert_none("tel.: +7 727 259 99 90");
    assert_none("fax: +7 727 392 15 54");
    assert_none("Call +7 (727) 2599990 or phone 2599990.");
}

#[test]
fn hotlines_are_not_statistics() {
    assert_none("Activities of the “802” hotline were presented.");
    assert_none("Activities of the \"802\" hotline were presented.");
    assert_none("Call the 802 hotline.");
    assert_none("Call the hotline 802.");
}

#[test]
fn ordinals_are_not_statistics() {
    assert_none("The fifth meeting of the Coordination Council was held.");
    assert_none("The 5th meeting and the 1st session were held.");
    assert_none("It was the 22nd and 3rd time.");
}

#[test]
fn numbers_glued_to_letters_are_not_statistics() {
    assert_none("One example is COVID-19, which is still present.");
    assert_none("See mir24 and #16 and SCO-2025 and A4 and F-16.");
    assert_none("Under Article 228 and No. 5 of the Code.");
}

#[test]
fn urls_are_not_statistics() {
    assert_none("<https://www.nmdk.gov.az/page/post/3414/>");
    assert_none("<https://mir24.tv/news/16644413/predstaviteli-stran-odkb>");
    assert_none("See https://www.ogirk.ru/2025/08/18/akcija/ and www.caricc.org/16.");
    assert_none("Write to registry2025@caricc.org.");
}

#[test]
fn quoted_titles_are_not_read_but_speech_is() {
    assert_none("A brochure titled “Top 10 Drugs of 2024” was presented.");
    assert_none("The campaign «20 Steps To Health» ended.");
    let said = only("He said: “We seized 5 tons of heroin last year.”");
    assert_eq!((said.value, &said.unit), (n(5), &T));
}

// ---------------------------------------------------------------------------------------
// Reference periods
// ---------------------------------------------------------------------------------------

#[test]
fn reference_periods_as_written() {
    for (text, period) in [
        (
            "4655 drug crimes have been detected in the first seven months of this year.",
            "first seven months of this year",
        ),
        (
            "Over 11 tons of drugs have been seized this year.",
            "this year",
        ),
        (
            "Since the beginning of the year, the police have detained 49 teenagers.",
            "since the beginning of the year",
        ),
        ("In August alone, there were six cases.", "August"),
        ("In August, there were six cases.", "August"),
        ("Police detained 120 dealers last year.", "last year"),
        ("Police detained 120 dealers in 2024.", "2024"),
        (
            "In the first half of 2025, 37 laboratories were closed.",
            "first half of 2025",
        ),
        (
            "Over the past year, 37 laboratories were closed.",
            "past year",
        ),
        (
            "In January-July 2025, 1,234 drug-related crimes were registered.",
            "January-July 2025",
        ),
    ] {
        let s = only(text);
        assert_eq!(s.reference_period.as_deref(), Some(period), "{text}");
    }
    // The period of another sentence does not carry over.
    let found = stats("This year was hard. Police detained 120 dealers.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].statistic.reference_period, None);
}

#[test]
fn numbers_inside_reference_periods_are_not_statistics() {
    let found = stats("In the first seven months of this year 4655 crimes were detected.");
    assert_eq!(summary(&found), [(n(4655), Unit::Count, Qualifier::Exact)]);
    assert_none("It happened in the first 3 months of 2025.");
}

// ---------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------

#[test]
fn every_measure_says_something() {
    for text in [
        "7",
        "Over 5.",
        "$110 million was laundered.",
        "He was sentenced to 3 years.",
        "Of these, 5 were minors.",
        "the 2100 of which",
        "3 times",
        "between 5 and 10",
    ] {
        for e in stats(text) {
            assert!(!e.statistic.measure.trim().is_empty(), "{text}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------

/// Pieces of text near the reader's edge cases: separators, dashes, scale and unit words,
/// qualifiers, quotes, brackets, multi-byte letters.
const PIECES: &[&str] = &[
    "0",
    "1",
    "7",
    "12",
    "2024",
    "100",
    "000",
    ",",
    ".",
    "-",
    "–",
    " ",
    "  ",
    "\n",
    "\n\n",
    "%",
    "$",
    "+",
    "#",
    "<",
    ">",
    "“",
    "”",
    "«",
    "»",
    "\"",
    "'",
    "’",
    "(",
    ")",
    ":",
    "/",
    "one",
    "One",
    "three",
    "Twenty-four",
    "-fold",
    "threefold",
    "times",
    "more",
    "over",
    "more than",
    "up to",
    "at least",
    "almost",
    "about",
    "billion",
    "million",
    "thousand",
    "tons",
    "kg",
    "g",
    "tenge",
    "US dollars",
    "percent",
    "years",
    "months",
    "to",
    "and",
    "between",
    "from",
    "of",
    "which",
    "of which",
    "including",
    "cases",
    "drug",
    "year-old",
    "aged",
    "August",
    "May",
    "this year",
    "since",
    "in",
    "the first",
    "hotline",
    "tel",
    "Article",
    "https://",
    "www.",
    "@",
    "Қазақстан",
    "ə",
    "ş",
    "ğ",
    "Москва",
    "🙂",
    "é",
    "\u{a0}",
    "\u{202f}",
    "\t",
];

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_owned),
            1 => "[0-9,.\\-– a-zA-Zəğş]{1,12}",
            1 => any::<String>(),
        ],
        0..40,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn extraction_never_panics_and_its_statistics_are_sound(text in arbitrary_text()) {
        for e in extract(&text) {
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            prop_assert_eq!(text.get(e.span.clone()), e.statistic.phrase.as_deref());
            assert_statistic_is_sound(&e.statistic);
        }
    }
}

// ---------------------------------------------------------------- found by running unseen releases

#[test]
fn age_ranges_list_markers_and_numbers_to_call_are_not_statistics() {
    assert_none("Teenagers aged 14 to 17 took part in the lessons.");
    assert_none("Young people aged 18-25 were surveyed.");
    assert_none(
        "The plan provides for: 1) tracing of suppliers; 2) closing websites; 3) prevention.",
    );
    assert_none("Citizens can call 102 to report a dealer.");
    // A count beside them is still read.
    let s = only("Police questioned 40 teenagers aged 14 to 17.");
    assert_eq!((s.value, s.unit), (n(40), Unit::Count));
}

#[test]
fn uzbek_sums_and_turkmen_manat() {
    let s = only("The fine was 2 million sums.");
    assert_eq!(
        (s.value, s.unit),
        (n(2_000_000), Unit::Currency(Currency::UZS))
    );
    let s = only("The fine was 3 million so'm.");
    assert_eq!(s.unit, Unit::Currency(Currency::UZS));
    // "manat" is Azerbaijani unless the text is about Turkmenistan.
    assert_eq!(
        only("Fines of 2,000 manat were imposed.").unit,
        Unit::Currency(Currency::AZN)
    );
    let found = caricc_release::prose::extract_in(
        "Fines of 2,000 manat were imposed.",
        caricc_release::Country::TM,
    );
    assert_eq!(found[0].statistic.unit, Unit::Currency(Currency::TMT));
    let found = caricc_release::prose::extract_in(
        "Fines of 2,000 manat were imposed.",
        caricc_release::Country::AZ,
    );
    assert_eq!(found[0].statistic.unit, Unit::Currency(Currency::AZN));
}
