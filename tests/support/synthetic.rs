//! A deterministic synthetic release of any number of articles, for benchmarks and tests.
//!
//! Each article carries about as much text as one of release #16 (13 articles in ~30 KB of
//! XML): a headline, two or three paragraphs (now and then a bulleted list or a quotation by a
//! named speaker), places, organisations, topics, a unique source URL and zero to three
//! statistics, some with a breakdown. Text mixes plain English words with Cyrillic, Kazakh and
//! Azerbaijani names, “typographic quotes”, «guillemets», dashes and, in about one paragraph in
//! twelve, markup characters (`&`, `<`, `>`).
//!
//! No randomness: a fixed-seed linear congruential generator picks the words, so every call
//! with the same count returns the same release. Also included by `benches/xml.rs` via
//! `#[path]`, so it uses nothing but `caricc_release`.

use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, Speaker, StatisticBuilder,
};

/// Knuth's MMIX LCG; the high bits are the usable ones.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// True about once in `n` calls.
    fn one_in(&mut self, n: u64) -> bool {
        self.next() % n == 0
    }
}

struct Country {
    code: &'static str,
    name: &'static str,
    domain: &'static str,
    places: &'static [&'static str],
    organisations: &'static [&'static str],
    speakers: &'static [&'static str],
}

const COUNTRIES: [Country; 7] = [
    Country {
        code: "AZ",
        name: "Azerbaijan",
        domain: "https://mia.gov.az/az/news",
        places: &[
            "Baku",
            "Gəncə",
            "Sumqayıt",
            "Şəki",
            "Lənkəran",
            "Agdam district",
            "Masallı district",
        ],
        organisations: &[
            "Ministry of Internal Affairs",
            "State Customs Committee",
            "State Commission on Combating Drug Addiction",
            "Main Department for Combating Drug Trafficking",
        ],
        speakers: &["Rəşad Məmmədov", "Günay Əliyeva", "Elşən Hüseynov"],
    },
    Country {
        code: "KZ",
        name: "Kazakhstan",
        domain: "https://polisia.kz/ru",
        places: &[
            "Almaty",
            "Astana",
            "Zhetysu region",
            "Қарағанды",
            "Shymkent",
            "Aktobe region",
            "Түркістан облысы",
        ],
        organisations: &[
            "Ministry of Internal Affairs of the Republic of Kazakhstan",
            "Department of Police of Almaty",
            "Committee of National Security",
            "Anti-Drug Department",
        ],
        speakers: &["Айгерим Жұмабаева", "Ерлан Нұрланов", "Sergey Kuznetsov"],
    },
    Country {
        code: "KG",
        name: "Kyrgyzstan",
        domain: "https://mvd.gov.kg/news",
        places: &[
            "Bishkek",
            "Osh",
            "Chui region",
            "Issyk-Kul region",
            "Джалал-Абад",
            "Batken region",
        ],
        organisations: &[
            "Service for Combating Drug Trafficking of the Ministry of Internal Affairs",
            "State Border Service",
            "CSTO Coordination Council",
        ],
        speakers: &["Бакыт Асанов", "Nurlan Toktogulov", "Гүлнара Исаева"],
    },
    Country {
        code: "RU",
        name: "Russia",
        domain: "https://мвд.рф/news/item",
        places: &[
            "Moscow",
            "Irkutsk",
            "Novosibirsk",
            "Orenburg region",
            "Екатеринбург",
            "Astrakhan",
        ],
        organisations: &[
            "Main Directorate for Drug Control of the Ministry of Internal Affairs",
            "Federal Customs Service",
            "State Anti-Drug Committee",
            "Government of the Russian Federation",
        ],
        speakers: &["Алексей Петров", "Irina Volkova", "Дмитрий Соколов"],
    },
    Country {
        code: "TJ",
        name: "Tajikistan",
        domain: "https://akn.tj/en/news",
        places: &[
            "Dushanbe",
            "Khujand",
            "Kulob",
            "Бохтар",
            "GBAO",
            "Panj district",
        ],
        organisations: &[
            "Drug Control Agency under the President of the Republic of Tajikistan",
            "Border Troops of the State Committee for National Security",
            "Customs Service",
        ],
        speakers: &["Фаррух Шарипов", "Nilufar Rahimova", "Хуршед Саидов"],
    },
    Country {
        code: "TM",
        name: "Turkmenistan",
        domain: "https://tdh.gov.tm/en/post",
        places: &[
            "Ashgabat",
            "Türkmenabat",
            "Mary",
            "Daşoguz",
            "Balkanabat",
            "Lebap velayat",
        ],
        organisations: &[
            "State Service for Combating Drugs",
            "Ministry of Internal Affairs of Turkmenistan",
            "State Customs Service",
        ],
        speakers: &["Merdan Annaýew", "Aýna Gurbanowa", "Bayram Orazow"],
    },
    Country {
        code: "UZ",
        name: "Uzbekistan",
        domain: "https://iiv.uz/en/news",
        places: &[
            "Tashkent",
            "Samarkand",
            "Bukhara",
            "Fergana region",
            "Termiz",
            "Наманган",
        ],
        organisations: &[
            "National Information and Analytical Centre on Drug Control",
            "Ministry of Internal Affairs of the Republic of Uzbekistan",
            "State Customs Committee",
        ],
        speakers: &["Бахтиёр Рахимов", "Dilnoza Karimova", "Ulugbek Tursunov"],
    },
];

const SUBJECTS: &[&str] = &[
    "police officers",
    "customs inspectors",
    "border guards",
    "operatives of the anti-drug unit",
    "investigators",
    "volunteers",
    "school psychologists",
    "representatives of the working group",
    "members of the interdepartmental commission",
    "employees of the drug control agency",
];

const VERBS: &[&str] = &[
    "detained",
    "seized",
    "uncovered",
    "dismantled",
    "inspected",
    "questioned",
    "identified",
    "warned",
    "trained",
    "briefed",
    "escorted",
    "blocked",
];

const OBJECTS: &[&str] = &[
    "a clandestine laboratory producing mephedrone",
    "couriers of an online drug shop",
    "a consignment of hashish hidden in a lorry",
    "members of a transnational criminal group",
    "wild-growing hemp on abandoned plots",
    "several kilograms of synthetic drugs",
    "precursors stored in a rented warehouse",
    "students of colleges and universities",
    "parents and teachers of secondary schools",
    "drug-selling websites and Telegram channels",
    "heroin concealed in a passenger's luggage",
    "illegal poppy crops in a mountain gorge",
];

const CIRCUMSTANCES: &[&str] = &[
    "during a joint operation",
    "as part of the “Mak-2025” preventive operation",
    "under the slogan «A world without drugs»",
    "after weeks of covert surveillance",
    "at a road checkpoint on the border",
    "following a tip-off from local residents",
    "within the framework of the national anti-drug strategy",
    "in cooperation with colleagues from neighbouring states",
    "during raids on markets and railway stations",
    "on the outskirts of the city — near the ring road",
];

const CLOSINGS: &[&str] = &[
    "A criminal case has been opened and the investigation is continuing.",
    "The seized substances were sent for forensic examination.",
    "The suspects face imprisonment for a term of 5 to 20 years.",
    "Participants received leaflets on the harm of drug use and a hotline number.",
    "The event ended with a friendly football match between students and police.",
    "Work to identify other members of the group is under way.",
    "Experts noted that drug use among minors under 18 has fallen.",
    "The organisers thanked the volunteers for their “tireless and sincere” work.",
];

const TOPICS: &[&str] = &[
    "prevention",
    "youth",
    "training",
    "drug seizures",
    "synthetic drugs",
    "drug laboratories",
    "online drug trade",
    "international cooperation",
    "organized crime",
    "border control",
    "treatment and rehabilitation",
    "healthy lifestyle",
];

const ROLES: &[&str] = &[
    "head of the anti-drug department",
    "deputy minister",
    "chief specialist",
    "spokesperson of the regional police",
];

/// One sentence of 15–35 words, about 170 characters.
fn sentence(rng: &mut Lcg, country: &Country) -> String {
    let subject = rng.pick(SUBJECTS);
    let mut s = String::with_capacity(200);
    let mut first = subject.chars();
    if let Some(c) = first.next() {
        s.extend(c.to_uppercase());
        s.push_str(first.as_str());
    }
    s.push_str(" of ");
    s.push_str(rng.pick(country.places));
    s.push(' ');
    s.push_str(rng.pick(VERBS));
    s.push(' ');
    s.push_str(rng.pick(OBJECTS));
    s.push(' ');
    s.push_str(rng.pick(CIRCUMSTANCES));
    if rng.one_in(3) {
        s.push_str(", together with the ");
        s.push_str(rng.pick(country.organisations));
    }
    s.push('.');
    s
}

fn paragraph(rng: &mut Lcg, country: &Country) -> String {
    let sentences = rng.range(1, 3);
    let mut p = String::with_capacity(600);
    for _ in 0..sentences {
        p.push_str(&sentence(rng, country));
        p.push(' ');
    }
    p.push_str(rng.pick(CLOSINGS));
    // Markup characters, now and then (release #16 has none; XML must still escape them).
    if rng.one_in(12) {
        p.push_str(" Sources: police & customs reports, items <1> to <3>.");
    }
    p
}

/// Zero to three statistics, every breakdown within its total.
fn statistics(rng: &mut Lcg, mut article: ArticleBuilder, area: &str) -> ArticleBuilder {
    let count = rng.next() % 4;
    for _ in 0..count {
        let statistic = match rng.next() % 5 {
            0 => {
                let total = rng.range(100, 5000);
                let serious = rng.range(1, total);
                StatisticBuilder::new("drug crimes detected")
                    .value(total as u32)
                    .unit("count")
                    .reference_period("first seven months of this year")
                    .phrase(format!(
                        "{total} drug crimes have been detected, {serious} of which are serious"
                    ))
                    .part(
                        StatisticBuilder::new("serious and particularly serious drug crimes")
                            .value(serious as u32)
                            .unit("count"),
                    )
            }
            1 => {
                let whole = rng.range(10, 900);
                let tenth = rng.range(0, 9);
                let heroin = rng.range(1, whole / 2 + 1);
                let hashish = rng.range(0, whole - heroin);
                StatisticBuilder::new("narcotic drugs seized")
                    .qualifier("over")
                    .value(format!("{whole}.{tenth}").as_str())
                    .unit("kg")
                    .area(area)
                    .phrase(format!(
                        "over {whole}.{tenth} kg of narcotic drugs, including {heroin} kg of heroin"
                    ))
                    .part(
                        StatisticBuilder::new("heroin")
                            .value(heroin as u32)
                            .unit("kg"),
                    )
                    .part(
                        StatisticBuilder::new("hashish")
                            .value(hashish as u32)
                            .unit("kg"),
                    )
            }
            2 => {
                let millions = rng.range(5, 2500);
                StatisticBuilder::new("value of the seized drugs")
                    .qualifier("about")
                    .value(millions * 1_000_000)
                    .unit("KZT")
                    .phrase(format!(
                        "worth about {millions} million tenge on the black market"
                    ))
            }
            3 => {
                let low = rng.range(2, 8);
                let high = low + rng.range(2, 12);
                StatisticBuilder::new("prison term for drug trafficking")
                    .value(low as u32)
                    .range_end(high as u32)
                    .unit("year")
                    .phrase(format!("imprisonment for a term of {low} to {high} years"))
            }
            _ => {
                let hectares = rng.range(1, 400);
                StatisticBuilder::new("hectares of wild-growing hemp destroyed")
                    .value(hectares as u32)
                    .unit("ha")
                    .area(area)
                    .phrase(format!(
                        "{hectares} hectares of wild-growing hemp were destroyed"
                    ))
            }
        };
        article = article.statistic(statistic);
    }
    article
}

fn article(rng: &mut Lcg, country: &Country, index: usize) -> ArticleBuilder {
    let place = rng.pick(country.places);
    let headline = format!(
        "{} {} {} IN {}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        place
    )
    .to_uppercase();
    let slug: String = headline
        .split_whitespace()
        .take(6)
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let mut a = ArticleBuilder::new(headline).place(place);
    match index % 3 {
        0 => {}
        1 => a = a.date(format!("{} August", 16 + index % 16).as_str()),
        _ => a = a.date(format!("{} August 2025", 16 + index % 16).as_str()),
    }
    if rng.one_in(2) {
        a = a.place(rng.pick(country.places));
    }
    for _ in 0..rng.range(1, 3) {
        a = a.organisation(rng.pick(country.organisations));
    }
    for _ in 0..rng.range(2, 3) {
        a = a.paragraph(paragraph(rng, country));
    }
    if rng.one_in(5) {
        a = a.bullets([
            format!("{} {}", rng.pick(VERBS), rng.pick(OBJECTS)),
            format!("{} {}", rng.pick(VERBS), rng.pick(OBJECTS)),
            rng.pick(CLOSINGS).to_owned(),
        ]);
    }
    if rng.one_in(4) {
        let mut speaker = Speaker::new(rng.pick(country.speakers));
        if rng.one_in(2) {
            speaker = speaker.with_role(rng.pick(ROLES));
        }
        a = a.quote_by(
            format!(
                "“{}” — {}",
                sentence(rng, country),
                rng.pick(CLOSINGS).to_lowercase()
            ),
            speaker,
        );
    }
    a = a.source(format!("{}/{index}-{slug}/", country.domain).as_str());
    for _ in 0..rng.range(2, 4) {
        a = a.topic(rng.pick(TOPICS));
    }
    statistics(rng, a, place)
}

/// A release #16/2025 of `articles` articles, spread in order over the seven CARICC member
/// states (AZ, KZ, KG, RU, TJ, TM, UZ), sections on increasing pages. Valid: `validate()`
/// reports no errors (and no warnings). The same count always gives the same release.
pub fn synthetic_release(articles: usize) -> Release {
    let mut rng = Lcg(0x00C4_41CC_2025_0016);
    let mut release = ReleaseBuilder::caricc().number(16).year(2025);
    let mut page = 2;
    let mut topics = Vec::new();
    for (c, country) in COUNTRIES.iter().enumerate() {
        let (first, end) = (c * articles / 7, (c + 1) * articles / 7);
        if first == end {
            continue;
        }
        let mut section = SectionBuilder::new(country.code).page(page);
        for index in first..end {
            section = section.article(article(&mut rng, country, index));
        }
        release = release.section(section);
        topics.push(format!(
            "{} events on {} (“{}”)",
            end - first,
            rng.pick(TOPICS),
            country.name
        ));
        // About three articles a page.
        page += 1 + (end - first) as u32 / 3;
    }
    if !topics.is_empty() {
        release = release.topics(format!(
            "Published articles contain information about {}.",
            topics.join(", ")
        ));
    }
    match release.build() {
        Ok(r) => r,
        Err(e) => panic!("the synthetic release is invalid: {e}"),
    }
}
