//! Substances and event kinds derived from prose (issue #15): the issue's "Done when"
//! sentences through `prose::extract`, and release #16/2025 read from its text, against a
//! hand annotation made by reading the release before the reader was run on it.

mod support;

use caricc_release::prose::extract;
use caricc_release::{Decimal, EventKind, Statistic, Substance, Unit};
use support::fixtures::seed;

#[test]
fn the_issue_s_sentences_yield_their_substances_and_the_breakdown() {
    let text = "Police found a package of hashish weighing 3 kg 412 g and 120 grams of marijuana. \
                This year over 2 tons of drugs, including 1 ton 380 kilograms of marijuana and 515 kilograms of hashish, \
                and over 25 tons of precursors were seized.";
    let found: Vec<Statistic> = extract(text).into_iter().map(|e| e.statistic).collect();
    let kinds: Vec<(String, String, Option<Substance>)> = found
        .iter()
        .map(|s| (s.value.to_string(), s.unit.to_string(), s.substance))
        .collect();
    let row = |v: &str, u: &str, s| (v.to_owned(), u.to_owned(), Some(s));
    assert_eq!(
        kinds,
        [
            row("3.412", "kg", Substance::CannabisResin),
            row("120", "g", Substance::CannabisHerb),
            row("2", "t", Substance::Drugs),
            row("25", "t", Substance::Precursors),
        ]
    );
    let parts: Vec<(Decimal, Option<Substance>)> = found[2]
        .breakdown
        .iter()
        .map(|p| (p.value, p.substance))
        .collect();
    assert_eq!(
        parts,
        [
            ("1.380".parse().unwrap(), Some(Substance::CannabisHerb)),
            (Decimal::from(515u32), Some(Substance::CannabisResin)),
        ]
    );
    assert_eq!(found[2].breakdown[0].unit, "t".parse::<Unit>().unwrap());
}

/// The hand annotation of release #16/2025: each article's headline (its start) and the
/// kinds of event its text states. The seven Azerbaijani trainings, the Zhetysu run and the
/// Irkutsk campaign are prevention; the MVD's seven-month figures report seizures, arrests,
/// laboratories cracked down on and criminal cases initiated (the "international
/// cooperation" that led to one arrest is the background of an arrest, not a meeting or an
/// agreement); the MVD's teenagers article reports arrests, a seizure from a schoolgirl and,
/// as the release's summary says, preventive measures ("preventing minors from becoming
/// involved"), while its "imprisonment for a term of 5 to 20 years" is a reminder of the
/// law, no sentence; the CSTO meeting is cooperation; the Russian government's resolutions
/// proposing SCO agreements are cooperation and legislation.
const EVENT_KINDS: [(&str, &[EventKind]); 13] = {
    use EventKind::*;
    [
        ("REGULAR TRAINING SESSIONS HELD AS PART", &[Prevention]),
        ("REGULAR TRAINING SESSIONS HELD IN TERTER", &[Prevention]),
        ("TRAINING SESSIONS CONTINUE", &[Prevention]),
        (
            "REGULAR TRAINING SESSIONS HELD IN THE GERANBOY",
            &[Prevention],
        ),
        ("EDUCATIONAL TRAINING SESSIONS CONTINUE", &[Prevention]),
        ("ANTI-DRUG TRAINING SESSIONS", &[Prevention]),
        ("TRAINING CONDUCTED IN ABSHERON", &[Prevention]),
        (
            "MVD: 20,000 DRUG WEBSITES",
            &[Seizure, Arrest, LaboratoryDismantled, CriminalCase],
        ),
        ("A MASS ANTI-DRUG RUN", &[Prevention]),
        ("MVD STRENGTHENS CONTROL", &[Seizure, Arrest, Prevention]),
        ("REPRESENTATIVES OF CSTO", &[Cooperation]),
        ("ANTI-NARCOTIC CAMPAIGN", &[Prevention]),
        ("RUSSIAN GOVERNMENT SUBMITTED", &[Cooperation, Legislation]),
    ]
};

/// The hand annotation of the release's quantities of a substance: "Over 11 tons of drugs"
/// kept off the market are unspecified drugs, the "over one ton" of synthetic drugs seized
/// is synthetic drugs. No other statistic is a quantity of a substance: crimes, criminal
/// cases, groups, leaders, participants, websites, card accounts, tenge, laboratories (and
/// their parts), dollars, teenagers, cases and years.
const SUBSTANCES: [(&str, Substance); 2] = [
    ("Over 11 tons of drugs", Substance::Drugs),
    ("over one ton", Substance::SyntheticDrugs),
];

#[test]
fn release_16_read_from_its_text_matches_the_hand_annotation() {
    let release = caricc_release::layout::parse(&seed())
        .expect("the seed reads")
        .release;
    let articles: Vec<_> = release.sections.iter().flat_map(|s| &s.articles).collect();
    assert_eq!(articles.len(), EVENT_KINDS.len());
    for (article, (headline, kinds)) in articles.iter().zip(EVENT_KINDS) {
        assert!(
            article.headline.starts_with(headline),
            "{}",
            article.headline
        );
        assert_eq!(article.event_kinds, kinds, "{headline}");
    }
    let mut typed = Vec::new();
    let mut quantities = 0;
    for s in articles.iter().flat_map(|a| &a.statistics) {
        quantities += 1 + s.breakdown.len();
        for t in std::iter::once(s).chain(&s.breakdown) {
            if let Some(substance) = t.substance {
                typed.push((t.phrase.clone().unwrap_or_default(), substance));
            }
        }
    }
    let want: Vec<(String, Substance)> = SUBSTANCES
        .iter()
        .map(|(phrase, s)| ((*phrase).to_owned(), *s))
        .collect();
    assert_eq!(typed, want);
    assert!(quantities > 20, "{quantities} statistics read");
}
