//! The kinds of event an article reports, from the words of its headline and body:
//! "seized", "detained", "laboratories were cracked down on", "criminal cases have been
//! initiated", "sentenced", "an anti-drug campaign", "a meeting of …", "a resolution was
//! adopted".
//!
//! Each kind needs a cue of its own in one sentence, not negated ("no drugs were seized");
//! generic mentions name no event ("the fight against drug trafficking", "law enforcement
//! agencies", "punishable by imprisonment").

use super::substances::ends_clause;
use crate::{Block, EventKind};

/// The kinds of event an article's headline and body make evident, in [`EventKind::ALL`]'s
/// order, each once.
///
/// Precision comes first: a kind is only reported when a sentence states it ("12 people
/// were detained"), not when the text mentions the subject in general ("the fight against
/// drug trafficking", "drug trafficking is punishable by imprisonment").
///
/// ```
/// use caricc_release::{Block, EventKind};
/// use caricc_release::prose::event_kinds;
///
/// let body = [Block::paragraph(
///     "Police detained two couriers and seized 3 kg of hashish. A criminal case has been opened.",
/// )];
/// assert_eq!(
///     event_kinds("HASHISH SEIZED IN ALMATY", &body),
///     [EventKind::Seizure, EventKind::Arrest, EventKind::CriminalCase],
/// );
/// let body = [Block::paragraph("The fight against drug trafficking continues.")];
/// assert!(event_kinds("LAW ENFORCEMENT AGENCIES AT WORK", &body).is_empty());
/// ```
pub fn event_kinds(headline: &str, body: &[Block]) -> Vec<EventKind> {
    let mut seen = vec![false; EventKind::ALL.len()];
    let mut read = |text: &str| {
        for sentence in sentences(text) {
            let words = words(sentence);
            for (seen, kind) in seen.iter_mut().zip(EventKind::ALL) {
                *seen = *seen || states(*kind, &words);
            }
        }
    };
    read(headline);
    for block in body {
        match block {
            Block::Paragraph { text } | Block::Quote { text, .. } => read(text),
            Block::Bullets { items } => items.iter().for_each(|i| read(i)),
        }
    }
    EventKind::ALL
        .iter()
        .zip(seen)
        .filter_map(|(k, s)| s.then_some(*k))
        .collect()
}

/// Whether the sentence's words state an event of `kind`.
fn states(kind: EventKind, w: &[String]) -> bool {
    if w.iter().any(|x| !x.is_ascii()) && russian_states(kind, w) {
        return true;
    }
    match kind {
        EventKind::Seizure => seizure(w),
        EventKind::Arrest => any_cue(w, |i, word| {
            matches!(
                word,
                "detained" | "arrested" | "apprehended" | "detaining" | "arresting"
            ) || (word == "custody" && word_at(w, i.wrapping_sub(1)) == "into")
                || (word == "arrest" && word_at(w, i + 1) == "of")
        }),
        EventKind::LaboratoryDismantled => {
            has(w, |x| {
                x.starts_with("laborator") || x == "lab" || x == "labs"
            }) && any_cue(w, |_, x| LAB_VERBS.contains(&x))
        }
        EventKind::PlantationDestroyed => {
            has(w, |x| PLANT_WORDS.contains(&x)) && any_cue(w, |_, x| DESTROY.contains(&x))
        }
        EventKind::CriminalCase => {
            let case = (0..w.len()).any(|i| {
                word_at(w, i) == "criminal"
                    && matches!(word_at(w, i + 1), "case" | "cases" | "proceedings")
            });
            case && any_cue(w, |_, x| CASE_VERBS.contains(&x))
        }
        EventKind::Sentence => sentence_handed_down(w),
        EventKind::Prevention => prevention(w),
        EventKind::Cooperation => cooperation(w),
        EventKind::Legislation => legislation(w),
    }
}

fn seizure(w: &[String]) -> bool {
    any_cue(w, |i, x| match x {
        "seized" | "confiscated" | "seizing" | "confiscating" | "seize" | "confiscate" => true,
        "seizure" | "seizures" | "confiscation" => word_at(w, i + 1) == "of",
        // "withdrawn from illegal circulation", "removed from illicit trafficking"
        "withdrawn" | "removed" => {
            word_at(w, i + 1) == "from"
                && (i + 2..i + 5).any(|k| matches!(word_at(w, k), "circulation" | "trafficking"))
        }
        _ => false,
    })
}

fn sentence_handed_down(w: &[String]) -> bool {
    let court = has(w, |x| matches!(x, "court" | "judge" | "tribunal"));
    any_cue(w, |i, x| match x {
        "sentenced" | "verdict" | "convicted" => true,
        "sentence" | "sentences" => {
            court
                || matches!(
                    word_at(w, i.wrapping_sub(1)),
                    "handed" | "passed" | "imposed" | "pronounced"
                )
        }
        "prison" | "imprisonment" | "jail" => court && has(w, |y| y == "years"),
        _ => false,
    })
}

fn prevention(w: &[String]) -> bool {
    any_cue(w, |i, x| match x {
        "prevention" | "awareness" | "propaganda" | "lecture" | "lectures" | "campaign" => true,
        // "preventive measures"; not the police's "operational and preventive operations"
        "preventive" | "preventative" => {
            !matches!(
                word_at(w, i + 1),
                "operation" | "operations" | "raid" | "raids"
            ) && !(i.saturating_sub(3)..i).any(|k| word_at(w, k).starts_with("operational"))
        }
        "anti-drug" | "anti-narcotic" | "antidrug" => matches!(
            word_at(w, i + 1),
            "run"
                | "race"
                | "marathon"
                | "rally"
                | "action"
                | "event"
                | "events"
                | "month"
                | "training"
                | "quest"
                | "flash"
                | "concert"
                | "lesson"
                | "lessons"
                | "week"
        ),
        // "preventing minors from becoming involved"
        "preventing" | "prevent" => {
            matches!(
                word_at(w, i + 1),
                "minors"
                    | "children"
                    | "teenagers"
                    | "young"
                    | "youth"
                    | "adolescents"
                    | "drug"
                    | "drugs"
            ) && word_at(w, i + 2) != "trafficking"
        }
        _ => false,
    })
}

fn cooperation(w: &[String]) -> bool {
    let verb = has(w, |x| COOPERATION_VERBS.contains(&x));
    any_cue(w, |i, x| match x {
        "meeting" | "meetings" => {
            matches!(word_at(w, i + 1), "of" | "with" | "between")
                || MEETING_KINDS.contains(&word_at(w, i.wrapping_sub(1)))
        }
        "agreement" | "agreements" | "memorandum" | "summit" | "negotiations" => true,
        "conference" => word_at(w, i.wrapping_sub(1)) != "press",
        "talks" => matches!(
            word_at(w, i.wrapping_sub(1)),
            "held" | "hold" | "bilateral" | "the" | "during"
        ),
        "joint" => matches!(word_at(w, i + 1), "operation" | "operations" | "exercise"),
        "cooperation" | "co-operation" | "interaction" => verb,
        _ => false,
    })
}

fn legislation(w: &[String]) -> bool {
    let noun = (0..w.len()).any(|i| match word_at(w, i) {
        // not "law enforcement", "law and order", "the rule of law"
        "law" => {
            !matches!(word_at(w, i + 1), "enforcement" | "and" | "enforcers")
                && word_at(w, i.wrapping_sub(1)) != "of"
        }
        "laws" | "bill" | "amendment" | "amendments" | "decree" | "resolution" | "regulation"
        | "regulations" | "legislation" | "ordinance" => true,
        _ => false,
    });
    noun && any_cue(w, |i, x| {
        LEGISLATION_VERBS.contains(&x) || (x == "into" && word_at(w, i + 1) == "force")
    })
}

/// Whether a Russian sentence's words state an event of `kind`, by stems: «изъято»,
/// «задержаны», «лаборатория ликвидирована», «уничтожены посевы», «возбуждено уголовное
/// дело», «приговорен», «профилактическая акция», «встреча», «закон принят».
fn russian_states(kind: EventKind, w: &[String]) -> bool {
    let stem = |stems: &'static [&'static str]| {
        move |_: usize, x: &str| stems.iter().any(|s| x.starts_with(s))
    };
    let has_stem = |stems: &[&str]| w.iter().any(|x| stems.iter().any(|s| x.starts_with(s)));
    match kind {
        EventKind::Seizure => ru_cue(w, stem(&["изъя", "изым", "конфиск"])),
        EventKind::Arrest => ru_cue(w, stem(&["задержан", "задержал", "арестова", "задержа"])),
        EventKind::LaboratoryDismantled => {
            has_stem(&["лаборатор", "нарколаборатор"])
                && ru_cue(
                    w,
                    stem(&[
                        "ликвидир",
                        "ликвидац",
                        "выявл",
                        "обнаруж",
                        "пресеч",
                        "уничтож",
                        "накры",
                        "раскры",
                    ]),
                )
        }
        EventKind::PlantationDestroyed => {
            has_stem(&[
                "посев",
                "плантац",
                "куст",
                "конопл",
                "мак",
                "заросл",
                "очаг",
            ]) && ru_cue(
                w,
                stem(&["уничтож", "ликвидир", "скош", "сожж", "выкорчев"]),
            )
        }
        EventKind::CriminalCase => {
            let case = (0..w.len()).any(|i| {
                word_at(w, i).starts_with("уголовн") && word_at(w, i + 1).starts_with("дел")
            });
            case && ru_cue(w, stem(&["возбужд", "заведен", "начат", "возбуди"]))
        }
        EventKind::Sentence => ru_cue(w, stem(&["приговор", "осужден", "осуждён", "осудил"])),
        EventKind::Prevention => ru_prevention(w),
        EventKind::Cooperation => ru_cooperation(w),
        EventKind::Legislation => ru_legislation(w),
    }
}

/// Russian cues of prevention.
fn ru_prevention(w: &[String]) -> bool {
    ru_cue(w, |i, x| {
        [
            "профилакти",
            "акци",
            "лекци",
            "пропаганд",
            "беседы",
            "тренинг",
            "забег",
        ]
        .iter()
        .any(|s| x.starts_with(s))
            // «недопущению вовлечения несовершеннолетних»: preventing minors' involvement.
            || (["недопущ", "предупрежд", "предотвращ"].iter().any(|s| x.starts_with(s))
                && ["вовлеч", "несовершеннолет", "подрост", "молодеж", "молодёж", "детей"]
                    .iter()
                    .any(|s| word_at(w, i + 1).starts_with(s)))
            || (x.starts_with("антинаркотическ")
                && [
                    "акци",
                    "забег",
                    "месячник",
                    "марафон",
                    "мероприят",
                    "урок",
                    "квест",
                ]
                .iter()
                .any(|s| word_at(w, i + 1).starts_with(s)))
    })
}

/// Russian cues of cooperation.
fn ru_cooperation(w: &[String]) -> bool {
    let has_stem = |stems: &[&str]| w.iter().any(|x| stems.iter().any(|s| x.starts_with(s)));
    ru_cue(w, |i, x| {
        [
            "встреч",
            "заседани",
            "соглашени",
            "меморандум",
            "переговор",
            "саммит",
            "совещани",
        ]
        .iter()
        .any(|s| x.starts_with(s))
            || (x.starts_with("конференци") && !word_at(w, i.wrapping_sub(1)).starts_with("пресс"))
            || (x.starts_with("сотрудничеств")
                && has_stem(&["обсуд", "подписа", "укреп", "развит", "расшир", "договор"]))
    })
}

/// Russian cues of legislation.
fn ru_legislation(w: &[String]) -> bool {
    let stem = |stems: &'static [&'static str]| {
        move |_: usize, x: &str| stems.iter().any(|s| x.starts_with(s))
    };
    {
        let noun = w.iter().any(|x| {
            matches!(
                x.as_str(),
                "закон" | "закона" | "законе" | "законом" | "законы" | "законов"
            ) || [
                "законопроект",
                "поправк",
                "постановлени",
                "распоряжени",
                "указ",
            ]
            .iter()
            .any(|s| x.starts_with(s))
        });
        noun && ru_cue(
            w,
            stem(&[
                "принят",
                "принял",
                "утвержд",
                "утверд",
                "одобр",
                "подписа",
                "внес",
                "вступ",
                "разработ",
                "ужесточ",
                "предлож",
                "опубликова",
                "размещ",
            ]),
        )
    }
}

/// As [`any_cue`], for Russian: not negated by «не», «нет» or «без» just before.
fn ru_cue(w: &[String], cue: impl Fn(usize, &str) -> bool) -> bool {
    (0..w.len()).any(|i| {
        cue(i, word_at(w, i))
            && !(i.saturating_sub(2)..i)
                .any(|k| matches!(word_at(w, k), "не" | "нет" | "без" | "ни"))
    })
}

/// Verbs that, with a laboratory, state its end.
const LAB_VERBS: &[&str] = &[
    "liquidated",
    "dismantled",
    "eliminated",
    "cracked",
    "discovered",
    "uncovered",
    "destroyed",
    "neutralized",
    "neutralised",
    "busted",
    "raided",
    "shut",
    "exposed",
    "suppressed",
    "liquidation",
    "dismantling",
];

/// Plants and fields whose destruction is a plantation destroyed.
const PLANT_WORDS: &[&str] = &[
    "plantation",
    "plantations",
    "crops",
    "crop",
    "bushes",
    "thickets",
    "sowings",
    "hemp",
    "poppy",
    "plants",
];

const DESTROY: &[&str] = &[
    "destroyed",
    "eradicated",
    "destruction",
    "eradication",
    "burned",
    "burnt",
    "uprooted",
    "mowed",
    "liquidated",
];

const CASE_VERBS: &[&str] = &[
    "opened",
    "initiated",
    "instituted",
    "launched",
    "filed",
    "registered",
    "started",
    "brought",
    "open",
    "initiate",
    "institute",
];

const MEETING_KINDS: &[&str] = &[
    "bilateral",
    "trilateral",
    "working",
    "joint",
    "international",
    "regional",
    "interdepartmental",
    "ministerial",
    "official",
    "coordination",
];

const COOPERATION_VERBS: &[&str] = &[
    "agreed",
    "strengthen",
    "strengthening",
    "develop",
    "developing",
    "discussed",
    "expand",
    "expanding",
    "signed",
    "deepen",
    "confirmed",
    "discuss",
    "establish",
];

const LEGISLATION_VERBS: &[&str] = &[
    "adopted",
    "approved",
    "signed",
    "proposed",
    "submitted",
    "passed",
    "introduced",
    "drafted",
    "amended",
    "ratified",
    "posted",
    "published",
    "tightened",
    "tightening",
    "draft",
    "enacted",
];

/// Whether some word satisfies `cue` at its index, not negated by "not", "no" or "never"
/// within the three words before it.
fn any_cue(w: &[String], cue: impl Fn(usize, &str) -> bool) -> bool {
    (0..w.len()).any(|i| {
        cue(i, word_at(w, i))
            && !(i.saturating_sub(3)..i)
                .any(|k| matches!(word_at(w, k), "not" | "no" | "never" | "nor" | "without"))
    })
}

fn has(w: &[String], test: impl Fn(&str) -> bool) -> bool {
    w.iter().any(|x| test(x))
}

fn word_at(w: &[String], i: usize) -> &str {
    w.get(i).map_or("", String::as_str)
}

/// The sentences of a text: up to ".", "!", "?", ";" or a line break ("3.5" does not end
/// one).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut cuts = Vec::new();
    for i in 0..bytes.len() {
        if ends_clause(bytes, i) {
            cuts.push(start..i);
            start = i + 1;
        }
    }
    cuts.push(start..bytes.len());
    cuts.into_iter().filter_map(move |r| text.get(r))
}

/// The lower-cased words of a sentence: letters, digits and inner hyphens; "n't" is "not".
fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            if lower.ends_with("n't") || lower.ends_with("n’t") {
                "not".to_owned()
            } else {
                lower
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::event_kinds;
    use crate::Block;
    use crate::EventKind::{self, *};

    fn kinds(text: &str) -> Vec<EventKind> {
        event_kinds("", &[Block::paragraph(text)])
    }

    #[test]
    fn each_kind_from_its_cues() {
        let cases: &[(&str, EventKind)] = &[
            ("Police seized 5 kg of heroin.", Seizure),
            ("Over 3 kg of hashish were confiscated.", Seizure),
            (
                "The drugs were withdrawn from illegal circulation.",
                Seizure,
            ),
            ("Officers found and seized a package of hashish.", Seizure),
            ("Two couriers were detained at the border.", Arrest),
            ("The police arrested a dealer.", Arrest),
            ("The suspect was apprehended in Osh.", Arrest),
            (
                "A drug laboratory was dismantled in the Chui region.",
                LaboratoryDismantled,
            ),
            (
                "102 drug laboratories were cracked down on.",
                LaboratoryDismantled,
            ),
            (
                "Police discovered a clandestine laboratory.",
                LaboratoryDismantled,
            ),
            (
                "Officers destroyed 12 hectares of wild hemp.",
                PlantationDestroyed,
            ),
            ("Poppy crops were eradicated.", PlantationDestroyed),
            ("A criminal case has been opened.", CriminalCase),
            (
                "Twenty-four criminal cases have been initiated.",
                CriminalCase,
            ),
            ("The court sentenced him to 10 years in prison.", Sentence),
            ("The verdict was announced on Monday.", Sentence),
            ("The court imposed 8 years of imprisonment.", Sentence),
            ("A preventive campaign was held in schools.", Prevention),
            ("A mass anti-drug run took place.", Prevention),
            ("Lectures on the harm of drugs were given.", Prevention),
            ("The aim was to raise awareness of addiction.", Prevention),
            (
                "The meeting of the Coordination Council was held.",
                Cooperation,
            ),
            (
                "The sides signed a memorandum of understanding.",
                Cooperation,
            ),
            (
                "The countries agreed to strengthen cooperation.",
                Cooperation,
            ),
            ("A joint operation was carried out with Iran.", Cooperation),
            (
                "Parliament adopted amendments to the law on narcotic drugs.",
                Legislation,
            ),
            (
                "The government approved a decree banning the substance.",
                Legislation,
            ),
            ("The new law entered into force.", Legislation),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), [*want], "{text}");
        }
    }

    #[test]
    fn generic_mentions_and_negations_are_no_events() {
        for text in [
            "The fight against drug trafficking continues.",
            "Law enforcement agencies work on the principle of law and order.",
            "Drug trafficking is punishable by imprisonment for a term of 5 to 20 years.",
            "No drugs were seized.",
            "The suspect was not detained.",
            "Drug seizures remain a priority.",
            "Comprehensive operational and preventive operations are being carried out.",
            "At meetings aimed at young people, the dangers were explained.",
            "As part of international cooperation with Russia, work continues.",
            "The drugs kept as evidence were destroyed.",
            "He organized several drug laboratories.",
            "The press conference took place in Almaty.",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
    }

    #[test]
    fn the_headline_counts_and_kinds_come_in_order_once() {
        let body = [
            Block::paragraph("Police detained two men. Another man was detained later."),
            Block::bullets(["3 kg of heroin were seized."]),
        ];
        assert_eq!(
            event_kinds("ANTI-DRUG CAMPAIGN HELD", &body),
            [Seizure, Arrest, Prevention]
        );
    }
}
