//! What the integration tests share (`mod support;` in each): generators of arbitrary valid
//! releases for the property tests (here), and
//!
//! - `fixtures`: the files they read, the golden release, the #19 variant and the seed;
//! - `synthetic`: a deterministic release of any size;
//! - for the files of one topic: `problems` (`validation*`), `prose` (`extract*`) and `xml` (`xml*`).
//!
//! Each test uses some of it, hence no dead-code warnings here.
#![allow(dead_code)]

use caricc_release::{
    ArticleBuilder, ChangeRole, Country, Currency, Decimal, EventKind, Qualifier, Release,
    ReleaseBuilder, SectionBuilder, Speaker, StatisticBuilder, Substance, Unit,
};
use proptest::prelude::*;

/// Pieces text is made of: markup characters, CDATA ends, Cyrillic, Azerbaijani and Kazakh
/// letters, emoji, quotes of the releases, line breaks and tabs.
const PIECES: &[&str] = &[
    "drug",
    " ",
    "  ",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "&amp;",
    "Қазақстан",
    "ң",
    "ү",
    "ə",
    "ş",
    "ğ",
    "Gəncə",
    "Москва",
    "🚓",
    "💊",
    "«",
    "»",
    "“",
    "”",
    "\n",
    "\r\n",
    "\t",
    "2.5",
    "#16",
    "\\",
    "/",
    "{",
    "}",
];

pub fn text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(PIECES), 0..8),
        "[A-Za-z]{1,12}",
    )
        .prop_map(|(pieces, word)| {
            // A word in the middle keeps the text non-blank; the pieces put spaces at the ends.
            let half = pieces.len() / 2;
            format!(
                "{}{}{}",
                pieces[..half].concat(),
                word,
                pieces[half..].concat()
            )
        })
}

pub fn decimal() -> impl Strategy<Value = Decimal> {
    (0i128..1_000_000_000_000_000_000_000_000_000i128, 0u8..=6)
        .prop_map(|(m, s)| Decimal::new(m, s).unwrap_or(Decimal::ZERO))
}

pub fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        prop::sample::select(vec![
            "count", "t", "kg", "g", "l", "ha", "percent", "year", "month", "factor"
        ])
        .prop_map(|c| c.parse::<Unit>().unwrap_or(Unit::Count)),
        prop::sample::select(vec![
            Currency::KZT,
            Currency::USD,
            Currency::RUB,
            Currency::AZN
        ])
        .prop_map(Unit::Currency),
        text().prop_map(Unit::Other),
    ]
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(Qualifier::ALL.to_vec())
}

/// A statistic whose parts never add up to more than the total and whose range never runs backwards.
fn statistic() -> impl Strategy<Value = StatisticBuilder> {
    (
        text(),
        qualifier(),
        decimal(),
        prop::option::of(decimal()),
        unit(),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::collection::vec((text(), decimal()), 0..3),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(ChangeRole::ALL.to_vec())),
        prop::option::of(prop::sample::select(Substance::ALL.to_vec())),
    )
        .prop_map(
            |(
                measure,
                q,
                extra,
                range_extra,
                unit,
                period,
                area,
                parts,
                phrase,
                role,
                substance,
            )| {
                let parts_sum = parts.iter().fold(Decimal::ZERO, |sum, (_, v)| {
                    sum.checked_add(v).unwrap_or(sum)
                });
                let value = parts_sum.checked_add(&extra).unwrap_or(parts_sum);
                let mut b = StatisticBuilder::new(measure)
                    .qualifier(q)
                    .value(value)
                    .unit(unit.clone());
                if let Some(r) = range_extra.and_then(|r| value.checked_add(&r)) {
                    b = b.range_end(r);
                }
                if let Some(p) = period {
                    b = b.reference_period(p);
                }
                if let Some(a) = area {
                    b = b.area(a);
                }
                if let Some(p) = phrase {
                    b = b.phrase(p);
                }
                if let Some(r) = role {
                    b = b.role(r);
                }
                // A substance only where the unit can be a quantity of one (else validate() warns).
                let quantity = !matches!(
                    unit,
                    Unit::Currency(_) | Unit::Percent | Unit::Duration(_) | Unit::Factor
                );
                if let Some(s) = substance.filter(|_| quantity) {
                    b = b.substance(s);
                }
                for (m, v) in parts {
                    let mut part = StatisticBuilder::new(m).value(v).unit(unit.clone());
                    if let Some(s) = substance.filter(|_| quantity) {
                        part = part.substance(s);
                    }
                    b = b.part(part);
                }
                b
            },
        )
}

fn article(index: usize) -> impl Strategy<Value = ArticleBuilder> {
    (
        text(),
        prop::collection::vec(
            prop_oneof![
                text().prop_map(|t| (0u8, vec![t], None)),
                prop::collection::vec(text(), 1..4).prop_map(|items| (1u8, items, None)),
                (text(), prop::option::of((text(), prop::option::of(text()))))
                    .prop_map(|(t, s)| (2u8, vec![t], s)),
            ],
            0..4,
        ),
        extras(),
        "[a-z0-9/-]{0,20}",
    )
        .prop_map(move |(headline, blocks, extras, path)| {
            let mut a = ArticleBuilder::new(headline);
            for (kind, texts, speaker) in blocks {
                a = match kind {
                    0 => a.paragraph(texts.concat()),
                    1 => a.bullets(texts),
                    _ => match speaker {
                        Some((name, role)) => {
                            let s = Speaker::new(name);
                            a.quote_by(
                                texts.concat(),
                                match role {
                                    Some(r) => s.with_role(r),
                                    None => s,
                                },
                            )
                        }
                        None => a.quote(texts.concat()),
                    },
                };
            }
            with_extras(a, extras)
                .source(format!("https://example.kz/{index}/{path}?q=ə&x=1").as_str())
        })
}

pub fn release() -> impl Strategy<Value = Release> {
    releases(article, prop::option::of(text()))
}

/// Releases of up to four sections from the region, one to three articles each, with unique
/// sources: the shape both generators share.
fn releases<A, T>(article: fn(usize) -> A, topics: T) -> impl Strategy<Value = Release>
where
    A: Strategy<Value = ArticleBuilder> + 'static,
    T: Strategy<Value = Option<String>>,
{
    let countries = prop::sample::subsequence(
        vec![
            Country::AZ,
            Country::KZ,
            Country::KG,
            Country::RU,
            Country::TJ,
            Country::TM,
            Country::UZ,
            Country::AF,
            Country::CN,
            Country::IR,
        ],
        1..5,
    );
    (countries, topics, 1u32..=24)
        .prop_flat_map(move |(countries, topics, number)| {
            let sections: Vec<_> = countries
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    prop::collection::vec(article(i), 1..4)
                        .prop_map(move |articles| (c, i, articles))
                })
                .collect();
            (sections, Just(topics), Just(number))
        })
        .prop_map(|(sections, topics, number)| {
            let mut b = ReleaseBuilder::caricc().number(number).year(2025);
            if let Some(t) = topics {
                b = b.topics(t);
            }
            for (country, i, articles) in sections {
                let mut s = SectionBuilder::new(country).page(2 + 3 * i as u32);
                for (j, a) in articles.into_iter().enumerate() {
                    // Sources must differ across the release: re-source each article uniquely.
                    s = s.article(a.source(format!("https://example.org/{i}/{j}").as_str()));
                }
                b = b.section(s);
            }
            match b.build() {
                Ok(r) => r,
                Err(e) => panic!("generator made an invalid release: {e}"),
            }
        })
}

/// An article's date (a day of August, with or without the year), places, organisations,
/// topics, statistics and event kinds.
type Extras = (
    Option<(u32, bool)>,
    Vec<String>,
    Vec<String>,
    Vec<String>,
    Vec<StatisticBuilder>,
    Vec<EventKind>,
);

fn extras() -> impl Strategy<Value = Extras> {
    (
        prop::option::of((16u32..=31, any::<bool>())),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(statistic(), 0..3),
        prop::sample::subsequence(EventKind::ALL.to_vec(), 0..4),
    )
}

fn with_extras(
    mut a: ArticleBuilder,
    (date, places, orgs, topics, stats, kinds): Extras,
) -> ArticleBuilder {
    if let Some((day, with_year)) = date {
        let date = if with_year {
            format!("{day} August 2025")
        } else {
            format!("{day} August")
        };
        a = a.date(date.as_str());
    }
    for p in places {
        a = a.place(p);
    }
    for o in orgs {
        a = a.organisation(o);
    }
    for t in topics {
        a = a.topic(t);
    }
    for s in stats {
        a = a.statistic(s);
    }
    for k in kinds {
        a = a.event_kind(k);
    }
    a
}

/// The folder of the library package, which holds `tests/golden/` and `tests/fixtures/`
/// (`cli/tests/support/mod.rs` names it from the command line's package).
macro_rules! library_root {
    () => {
        env!("CARGO_MANIFEST_DIR")
    };
}

pub mod chromium;
pub mod fixtures;
pub mod noise;
pub mod odt;
pub mod problems;
pub mod process;
pub mod prose;
pub mod seizures;
pub mod synthetic;
pub mod xml;

/// The 13 headlines of release #16 of 2025, as printed.
pub const HEADLINES: [&str; 13] = [
    "REGULAR TRAINING SESSIONS HELD AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "REGULAR TRAINING SESSIONS HELD IN TERTER DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "REGULAR TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "EDUCATIONAL TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "ANTI-DRUG TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    "TRAINING CONDUCTED IN ABSHERON DISTRICT",
    "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS",
    "A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION",
    "MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME",
    "REPRESENTATIVES OF CSTO COUNTRIES ON THE SHORES OF ISSYK-KUL DISCUSSED BIOSAFETY AND COMBATING DRUGS",
    "ANTI-NARCOTIC CAMPAIGN HELD IN IRKUTSK",
    "RUSSIAN GOVERNMENT SUBMITTED PROPOSALS TO PUTIN ON SIGNING AGREEMENTS WITHIN THE FRAMEWORK OF THE SCO ON ESTABLISHMENT OF ANTI-TERRORISM AND ANTI-DRUG STRUCTURES",
];

/// Words of texts the printed layout can carry: no quotation marks, no words the summary
/// reader looks for, no country names.
const LAYOUT_WORDS: &[&str] = &[
    "police",
    "seized",
    "drugs",
    "hashish",
    "Қазақстан",
    "ңүə",
    "Gəncə",
    "Москва",
    "tons",
    "2.5",
    "<b>",
    "&",
    "&amp;",
    "#16",
    "a*b",
    "x>y",
    "50%",
    "—",
    "(CSTO)",
    "🚓",
    "laboratory",
    "border",
    "youth",
    "training",
    "Ministry",
];

/// A sentence: a capital first letter, single spaces, a full stop.
fn sentence() -> impl Strategy<Value = String> {
    sentence_of(
        vec![
            "Police",
            "Officers",
            "The ministry",
            "Volunteers",
            "#Seven",
            "<Note>",
            "- Dash",
            "Http",
        ],
        LAYOUT_WORDS,
        1..10,
    )
}

fn headline() -> impl Strategy<Value = String> {
    headline_of(LAYOUT_WORDS, 2..8)
}

/// A sentence of generated prose: one of `firsts`, then `count` of `words`, single spaces, a
/// full stop.
pub fn sentence_of(
    firsts: Vec<&'static str>,
    words: &'static [&'static str],
    count: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    (
        prop::sample::select(firsts),
        prop::collection::vec(prop::sample::select(words), count),
    )
        .prop_map(|(first, words)| format!("{first} {}.", words.join(" ")))
}

/// A headline of generated prose: `count` of `words`, in capitals.
pub fn headline_of(
    words: &'static [&'static str],
    count: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(words), count)
        .prop_map(|w| w.join(" ").to_uppercase())
}

/// A name without commas or full stops.
fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Ilya Tokarev",
        "Erkin Chechebaev",
        "Айгерим Сапарова",
        "the ministry",
        "Gülnar Əliyeva",
    ])
    .prop_map(str::to_owned)
}

fn layout_article() -> impl Strategy<Value = ArticleBuilder> {
    let block = prop_oneof![
        sentence().prop_map(|t| (0u8, vec![t], None, None)),
        prop::collection::vec(sentence(), 1..4).prop_map(|items| (1u8, items, None, None)),
        (
            sentence(),
            prop::option::of(name()),
            prop::option::of(headline().prop_map(|r| r.to_lowercase()))
        )
            .prop_map(|(t, n, r)| (2u8, vec![t], n, r)),
    ];
    (headline(), prop::collection::vec(block, 0..5), extras()).prop_map(
        |(headline, blocks, extras)| {
            let mut a = ArticleBuilder::new(headline);
            let mut previous_bullets = false;
            for (kind, texts, speaker, role) in blocks {
                let bullets = kind == 1 && !previous_bullets;
                a = match kind {
                    0 => a.paragraph(texts.concat()),
                    1 if bullets => a.bullets(texts),
                    1 => a.paragraph(texts.concat()),
                    _ => match speaker {
                        Some(n) => a.quote_by(
                            texts.concat(),
                            match role {
                                Some(r) => Speaker::new(n).with_role(r),
                                None => Speaker::new(n),
                            },
                        ),
                        None => a.quote(texts.concat()),
                    },
                };
                previous_bullets = bullets;
            }
            with_extras(a, extras)
        },
    )
}

/// Valid releases whose texts the printed layout carries: what `layout::markdown` writes and
/// `layout::parse` reads back.
pub fn layout_release() -> impl Strategy<Value = Release> {
    let topics =
        prop::option::of(prop::collection::vec(sentence(), 1..3).prop_map(|t| t.join("\n")));
    releases(|_| layout_article(), topics)
}
