//! `prose::extract`: reading typed statistics from the prose of the releases.
//!
//! The seed is the real release #16/2025 (16-31.08.2025); its country sections are embedded
//! below verbatim, as printed in `caricc-information-release-2025-16.txt`.

mod support;

use caricc_release::prose::{Extracted, extract};
use caricc_release::{
    Code, Currency, Decimal, DurationUnit, MassUnit, Qualifier, Statistic, Unit, VolumeUnit,
};
use proptest::prelude::*;
use support::fixtures::golden;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn n(v: u64) -> Decimal {
    Decimal::from(v)
}

const T: Unit = Unit::Mass(MassUnit::Tonne);
const KG: Unit = Unit::Mass(MassUnit::Kilogram);
const G: Unit = Unit::Mass(MassUnit::Gram);
const YEAR: Unit = Unit::Duration(DurationUnit::Year);

/// Extracts and checks what must hold for every statistic: the phrase is the text of the
/// span, the measure says something, ranges run upward, breakdowns stay within totals.
fn stats(text: &str) -> Vec<Extracted> {
    let found = extract(text);
    for e in &found {
        assert_invariants(text, e);
    }
    found
}

fn assert_invariants(text: &str, e: &Extracted) {
    let s = &e.statistic;
    assert_eq!(
        text.get(e.span.clone()),
        s.phrase.as_deref(),
        "phrase is the text of the span"
    );
    assert_statistic_is_sound(s);
}

fn assert_statistic_is_sound(s: &Statistic) {
    assert!(!s.measure.trim().is_empty(), "empty measure in {s:?}");
    assert!(
        s.phrase.as_deref().is_some_and(|p| !p.trim().is_empty()),
        "{s:?}"
    );
    if let Some(end) = s.range_end {
        assert!(!end.cmp_value(&s.value).is_lt(), "reversed range {s:?}");
    }
    if !s.breakdown.is_empty() {
        // Masses convert, as `Release::validate` converts them; other units must match.
        let total = in_milligrams_or_as_is(s.value, &s.unit);
        let sum = s.breakdown.iter().try_fold(Decimal::ZERO, |sum, part| {
            assert!(part.unit.is_compatible_with(&s.unit), "{s:?}");
            sum.checked_add(&in_milligrams_or_as_is(part.value, &part.unit))
        });
        assert!(
            sum.is_some_and(|sum| !sum.cmp_value(&total).is_gt()),
            "breakdown over total: {s:?}"
        );
    }
    for part in &s.breakdown {
        assert_statistic_is_sound(part);
    }
}

fn in_milligrams_or_as_is(value: Decimal, unit: &Unit) -> Decimal {
    match unit {
        Unit::Mass(m) => value
            .checked_scale_up(m.milligram_exponent())
            .unwrap()
            .normalized(),
        _ => value,
    }
}

/// The only statistic of `text`.
fn only(text: &str) -> Statistic {
    let found = stats(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    found.into_iter().next().unwrap().statistic
}

/// (value, unit, qualifier) of each statistic, in order.
fn summary(found: &[Extracted]) -> Vec<(Decimal, Unit, Qualifier)> {
    found
        .iter()
        .map(|e| {
            let s = &e.statistic;
            (s.value, s.unit.clone(), s.qualifier)
        })
        .collect()
}

fn assert_none(text: &str) {
    let found = stats(text);
    assert!(found.is_empty(), "{text:?} gave {found:#?}");
}

/// Paragraphs of a section: blocks between blank lines, headings and sources included.
fn paragraphs(section: &str) -> impl Iterator<Item = &str> {
    section
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

// ---------------------------------------------------------------------------------------
// The seed's sections, verbatim
// ---------------------------------------------------------------------------------------

/// The Azerbaijan section: training sessions, the “802” hotline, 29 August.
const AZ_SECTION: &str = r#"## REPUBLIC OF AZERBAIJAN



### REGULAR TRAINING SESSIONS HELD AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



As part of the Mobile Youth Service project dedicated to the Year of the Constitution and Sovereignty, a series of training sessions for schoolchildren was organized in the Agdam district on the topics: “Youth Policy and Statehood,” “Say No to Bad Habits,” “Choosing a Profession and Career,” and “Healthy and Safe Living.”

During training sessions conducted with the participation of a representative of the Permanent Working Group of the State Commission, detailed information was presented on the risk factors for drug use, the properties of psychoactive substances and their harmful effects on health, stages of drug addiction formation, importance of anti-drug propaganda, and methods of combating drug addiction. Issues of interest to participants were also discussed.

At the end of the event, young people were given informational and educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3414/>



## REGULAR TRAINING SESSIONS HELD IN TERTER DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



Educational training was conducted in the Terter district with organizational support of the Youth Fund of the Republic of Azerbaijan as part of the “Mobile Youth Service” project.

On the first day of the event, detailed information was presented on risk factors for drug use, properties of psychoactive substances and harmful effects on health, organization of leisure activities

for teenagers, activities of the “802” hotline, and other relevant issues, with the aim of raising young people’s awareness of the problem of drug addiction. Discussions were also held on topics that were of interest to participants.

At the end of the event, young people were given informational and educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3415/>



## TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



As part of the Mobile Youth Service project dedicated to the Year of the Constitution and Sovereignty, a series of training sessions for schoolchildren was organized in the Terter district on the topics: “Youth Policy and Statehood,” “Say No to Bad Habits,” “Choosing a Profession and Career,” and “Healthy and Safe Living.”

During training sessions conducted with the participation of a representative of the Permanent Working Group of the State Commission, detailed information was presented on risk factors for drug use, properties of psychoactive substances and their harmful effects on health, stages of drug addiction formation, the importance of anti-drug propaganda, and methods of combating drug addiction. Discussions were also held on issues of interest to participants.

At the end of the event, young people were given informational and educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3416/>



## REGULAR TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



With organizational support from the Youth Fund of the Republic of Azerbaijan, an educational training session was held in the Goranboy district as part of the “Mobile Youth Service” project.

On the first day of the event, detailed information was presented on risk factors for drug use, properties of psychoactive substances and their harmful effects on health, issues related to

organizing leisure activities for teenagers, activities of the “802” hotline, and other relevant topics, with the aim of raising young people’s awareness of drug addiction issues. Discussions were also held on issues of interest to participants.

At the end of the event, young people were given informational and educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3417/>



## EDUCATIONAL TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



As part of the Mobile Youth Service project dedicated to the Year of the Constitution and Sovereignty, a series of training sessions for schoolchildren was organized in the Geranboy district on the topics: “Youth Policy and Statehood,” “Say No to Bad Habits,” “Choosing a Profession and Career,” and “Healthy and Safe Living.”

During training sessions, conducted with participation of a representative of the Permanent Working Group of the State Commission, detailed information was presented on risk factors for drug use, properties of psychoactive substances and their harmful effects on health, stages of drug addiction formation, the importance of anti-drug propaganda, and methods of combating drug addiction. Discussions were also held on issues of interest to participants.

At the end of the event, young people were given informational and educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3419/>



## ANTI-DRUG TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT



As part of the Mobile Youth Service project dedicated to the Year of the Constitution and Sovereignty, regular training sessions were organized in the Geranboy district with active participation of schoolchildren.

During training sessions participants received detailed information on topics such as: “Youth policy and statehood,” “Say no to bad habits,”

“Choosing a profession and career,” and “Healthy and safe living.”

At meetings aimed at raising young people’s awareness of drug addiction, they were presented with information about dangers of drug addiction, risk factors for drug use, characteristics of psychoactive substances and their harmful effects on health, stages of addiction formation, importance of anti-drug propaganda, and existing methods of combating drug addiction. During the training sessions, participants’ questions were answered and opinions were exchanged.

At the conclusion of the event, the youth were given educational materials prepared by the Permanent Working Group of the State Commission: “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”

<https://www.nmdk.gov.az/page/post/3425/>



## TRAINING CONDUCTED IN ABSHERON DISTRICT



A training session on “Guidelines for Combating Drug Addiction” was held at the Heydar Aliyev Center in the Absheron district on 29 August this year as part of measures to strengthen efforts to combat drugs. The event was organized by the Permanent Working Group of the State Commission for Combating Drug Addiction and Illicit Trafficking in Narcotic Drugs in conjunction with the Executive Authority of the Absheron District.

The training was attended by the deputy head of the Absheron District Executive Authority, a member of the District Commission for Combating Drug Addiction and Illicit Drug Trafficking, a senior official of the Permanent Working Group of the State Commission, and psychologists from secondary schools in the district.

Main goal of the training was to inform participants about risk factors for psychoactive substance use, characteristics of addiction formation, and socio-psychological causes of its occurrence in adolescents, stages of drug addiction development, physiological signs and emotional and behavioral changes associated with psychoactive substance use, methods for school psychologists to work individually with at-risk adolescents, issues related to organizing leisure activities for students, and importance of anti-drug propaganda. Participants’ questions were answered and discussions were held.

As part of the training, participants were presented with a brochure prepared by the Permanent Working Group of the State Commission entitled “Methodological recommendations for identifying persons who abuse narcotic drugs and psychotropic substances.”

<https://www.nmdk.gov.az/page/post/3428>
"#;

/// The Kazakhstan section: the statistics.
const KZ_SECTION: &str = r#"## REPUBLIC OF KAZAKHSTAN



## MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS



Ministry of Internal Affairs continues to operate according to the principle of “law and order.”

- 4655 drug crimes have been detected in the first seven months of this year, 2100 of which are classified as serious and particularly serious crimes. Criminal schemes have been uncovered, ranging from drug dealers to drug trafficking organizers. Twenty-four criminal cases have been initiated for the creation of organized criminal groups, of which three transnational criminal groups have been eliminated. Twelve leaders and 48 active participants

have been detained.

One striking example: as part of international cooperation with the Russian Federation, a foreign citizen who had been wanted since 2024 was detained. He organized several drug laboratories for production of synthetic drugs in our country.

Over 11 tons of drugs have been prevented from entering the drug market this year. At the same time, the volume of synthetic drugs seized has increased almost threefold, amounting to over one ton. There have been 322 cases of drug-containing plants being cultivated and 76 cases of drug smuggling.

Thanks to new digital solutions, three times more drug websites have been blocked. Their number has exceeded 20,000. In addition, 38,000 card accounts with suspicious transactions totaling 2.5 billion tenge have been blocked.

102 drug laboratories were cracked down on, including 11 producing synthetic drugs and 91 plant-based laboratories. The drug trade suffered losses amounting to more than 110 million US dollars. Work in this area is ongoing, according to Daniyar Meyirkhan, acting chairman of the Interior Ministry’s Committee for Combating Drug Crime.

<https://polisia.kz/ru/mvd-za-7-mesyatsev-zablokirovano-20-tysyach-narkosajtov/>



## A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION



A race was held in the Zhetysu region under the slogan “A world without drugs.”

A mass run under the slogan “A world without drugs” was held in the Zhetysu region on the initiative of the Department for Combating Drug Crime. Volunteers and athletes from the region who support the idea of a healthy lifestyle took part in the event.

Main goal of the campaign is to draw public attention to the problem of drug addiction. Organizers emphasized that sports

are a worthy alternative to harmful habits. They noted that sports strengthen the health and spirit of the nation, while drugs pose a threat to the country’s future.

Youth events help instill important life principles in young people and promote a healthy lifestyle.

Law enforcement officials emphasized that combating drug crime is impossible without active participation of citizens. Only by joining forces can we raise a generation that chooses sports and self-development over destructive paths.

<https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/>

## MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME



MVD tightens control over involvement of minors in drug crime.

Ministry of Internal Affairs, within the framework of the principle of “Law and Order,” continues its systematic work to combat illegal drug trafficking, paying particular attention to preventing minors from becoming involved in criminal activity.

Since the beginning of the year, the police have detained 49 teenagers involved in drug crimes. In August alone, there were six cases, including one for drug use.

In the Abai region, a 16-year-old college student and his 15-year-old acquaintance, a schoolgirl, were

detained. During a personal search, a large quantity of synthetic drugs was seized from the schoolgirl. The student worked as a so-called “dead dropper” and tried to conceal drugs in the schoolgirl’s bag for further distribution.

Two 17-year-old teenagers who were also involved in drug trafficking were detained in Shymkent at different times.

Such cases are cause for serious concern. MVD calls on parents, teachers, and those responsible for raising children to monitor changes in the behavior of adolescents, control who they communicate with and where they spend their time, check mobile phones and messengers for suspicious correspondence, and regularly talk to children about the risks and consequences of drug use.

Reminder: drug trafficking is punishable by imprisonment for a term of 5 to 20 years.

Ministry of Internal Affairs continues its consistent work to protect the younger generation and ensure safety of citizens.

<https://polisia.kz/ru/mvd-usilivaet-kontrol-za-vovlecheniem-podrostkov-v-narkoprestupleniya/>
"#;

/// The Kyrgyzstan section: fifth meeting, COVID-19, 2020-2021, 2026.
const KG_SECTION: &str = r#"## KYRGYZ REPUBLIC

**REPRESENTATIVES OF CSTO COUNTRIES ON THE SHORES OF ISSYK-KUL DISCUSSED BIOSAFETY AND COMBATING DRUGS**

Representatives of the CSTO countries agreed to strengthen cooperation on issues related to protecting health and safety of citizens. The fifth meeting of the Coordination Council of Competent Authorities of CSTO Member States was held on the coast of Issyk-Kul.

On the agenda are common threats and joint countermeasures. According to the meeting participants, biological security cannot be ensured independently. It is necessary to rely on experience and support of partner countries.

First and foremost, we note the presence of various viruses and infections in our countries. They know no borders. One example is COVID-19, which was prevalent in 2020-2021. It is still present and continues to spread. Work on developing biological countermeasures to COVID-19 is still ongoing,» noted Valery Semerikov, Deputy Secretary General of the Collective Security Treaty Organization (CSTO).

The head of the Kyrgyz Ministry of Health noted that over the past few years, the republic has done a lot of work to counter biological threats. Today, the country has a ready-made action plan in case of outbreaks of dangerous infections and viruses.

«Not only have sanitary and quarantine stations been reinforced, but also the entire Service for the Control of Particularly Dangerous Infections and sanitary and epidemiological surveillance system. We are currently setting up a situation center that will allow us to monitor the epidemiological situation for various infectious diseases in real time,» said Erkin Chechebaev, Minister of Health of the Kyrgyz Republic.

The meeting participants confirmed their readiness for further cooperation, including in the field of professional development and personnel exchange. Here, on the shores of Issyk-Kul, representatives of the CSTO countries discussed an anti-drug strategy for the coming years.

Comprehensive operational and preventive operations are being carried out. One such operation took place this year with headquarters located in the village of Aral, here in Kyrgyzstan. It was a very effective operation, joined by our Chinese and Iranian colleagues. Although they are not members of the Collective Security Treaty Organization, they share our concern about drug trafficking in the region,» said Mikhail Melikhov, advisor to the CSTO Secretariat.

Issues of interdepartmental and international cooperation among CSTO countries were discussed, as well as positive experiences in the treatment and rehabilitation of drug addicts.

The next meeting of CSTO biosafety experts will take place in 2026.

<https://mir24.tv/news/16644413/predstaviteli-stran-odkb-na-poberezhe-issyk-kulya-obsudili-biobezopasnost-i-borbu-s-narkotikami>
"#;

/// The Russia section: 18 August 2025.
const RU_SECTION: &str = r#"RUSSIAN FEDERATION



ANTI-NARCOTIC CAMPAIGN HELD IN IRKUTSK



An anti-drug campaign called “Your Life – Your Choice” was held in Irkutsk as part of the “Choose Life!” prevention project. Throughout the week, themed posters were displayed in educational institutions, sports complexes, administrative buildings, and other places where large numbers of people gather. This was reported on 18 August 2025 by the city administration’s press service.

The campaign aims to inform teenagers and young people about the consequences of drug use and has become part of a systematic effort to prevent drug addiction in Irkutsk.

“Drug addiction is an addiction that needs to be talked about constantly. Our task is to show young people in an accessible and clear way tragic consequences that use of illegal substances can lead to,” said Ilya Tokarev, head of the youth policy department.

The event is organized by the Department of Physical Culture, Sports, and Youth Policy of the City Administration.

<https://www.ogirk.ru/2025/08/18/antinarkoticheskaja-akcija-proshla-v-irkutske/>



## RUSSIAN GOVERNMENT SUBMITTED PROPOSALS TO PUTIN ON SIGNING AGREEMENTS WITHIN THE FRAMEWORK OF THE SCO ON ESTABLISHMENT OF ANTI-TERRORISM AND ANTI-DRUG STRUCTURES

Russian government has submitted a proposal to the Russian President to sign an agreement on a Universal Center for Countering Challenges and Threats to the Security of SCO Member States. The relevant resolution was posted on Sunday on official portal of legal acts.

According to the draft agreement, the Center will be the successor to the Regional Anti-Terrorist Structure (RATS) of the SCO and will be established on its premises in Tashkent (Uzbekistan) with the inclusion in its structure of the Information Security Center, as well as the Center for Combating Transnational Organized Crime as a branch with the status of a structural unit of the Universal Center located in Bishkek (Kyrgyzstan).

The Universal Center is a permanent body of the SCO and is designed to facilitate interaction between competent authorities of the Parties and coordinate their cooperation in countering security challenges and threats related to terrorism, separatism, extremism, transnational organized crime, and their manifestations in information space, which are to be countered in accordance with relevant applicable international legal documents of the UN and the SCO,» the draft agreement states.

According to another resolution, the government also submitted to the president for signing an agreement between the SCO member states on the Shanghai Cooperation Organization Anti-Drug Center.

According to the draft agreement, “The Anti-Drug Center is a permanent body of the SCO and is designed to facilitate interaction between competent authorities of the Parties and coordinate their cooperation in combating illicit trafficking of drugs and their precursors.”

The documents are expected to be signed during the SCO summit in Tianjin, China.

<https://www.interfax-russia.ru/rossiya-i-mir/pravitelstvo-rf-predstavilo-putinu-predlozheniya-o-podpisanii-v-ramkah-shos-soglasheniy-o-sozdanii-antiterroristicheskoy-i-antinarkoticheskoy-struktur>
"#;

// ---------------------------------------------------------------------------------------
// The seed: Kazakhstan
// ---------------------------------------------------------------------------------------

const KZ_BULLET: &str = "4655 drug crimes have been detected in the first seven months of this year, 2100 of which are classified as serious and particularly serious crimes. Criminal schemes have been uncovered, ranging from drug dealers to drug trafficking organizers. Twenty-four criminal cases have been initiated for the creation of organized criminal groups, of which three transnational criminal groups have been eliminated. Twelve leaders and 48 active participants\n\nhave been detained.";
const KZ_EXAMPLE: &str = "One striking example: as part of international cooperation with the Russian Federation, a foreign citizen who had been wanted since 2024 was detained. He organized several drug laboratories for production of synthetic drugs in our country.";
const KZ_TONS: &str = "Over 11 tons of drugs have been prevented from entering the drug market this year. At the same time, the volume of synthetic drugs seized has increased almost threefold, amounting to over one ton. There have been 322 cases of drug-containing plants being cultivated and 76 cases of drug smuggling.";
const KZ_WEBSITES: &str = "Thanks to new digital solutions, three times more drug websites have been blocked. Their number has exceeded 20,000. In addition, 38,000 card accounts with suspicious transactions totaling 2.5 billion tenge have been blocked.";
const KZ_LABORATORIES: &str = "102 drug laboratories were cracked down on, including 11 producing synthetic drugs and 91 plant-based laboratories. The drug trade suffered losses amounting to more than 110 million US dollars. Work in this area is ongoing, according to Daniyar Meyirkhan, acting chairman of the Interior Ministry’s Committee for Combating Drug Crime.";
const KZ_TEENAGERS: &str = "Since the beginning of the year, the police have detained 49 teenagers involved in drug crimes. In August alone, there were six cases, including one for drug use.";
const KZ_ABAI: &str = "In the Abai region, a 16-year-old college student and his 15-year-old acquaintance, a schoolgirl, were detained. During a personal search, a large quantity of synthetic drugs was seized from the schoolgirl.";
const KZ_SHYMKENT: &str = "Two 17-year-old teenagers who were also involved in drug trafficking were detained in Shymkent at different times.";
const KZ_REMINDER: &str =
    "Reminder: drug trafficking is punishable by imprisonment for a term of 5 to 20 years.";

#[test]
fn kz_section_paragraphs_are_verbatim_from_the_seed() {
    let flat = KZ_SECTION.replace("\n\n", " ");
    for p in [
        KZ_EXAMPLE,
        KZ_TONS,
        KZ_WEBSITES,
        KZ_LABORATORIES,
        KZ_TEENAGERS,
        KZ_SHYMKENT,
        KZ_REMINDER,
    ] {
        assert!(KZ_SECTION.contains(p), "{p}");
    }
    assert!(KZ_SECTION.contains(KZ_BULLET));
    assert!(flat.contains("a 16-year-old college student and his 15-year-old acquaintance"));
}

#[test]
fn kz_crimes_with_serious_part_cases_groups_leaders_participants() {
    let found = stats(KZ_BULLET);
    assert_eq!(
        summary(&found),
        [
            (n(4655), Unit::Count, Qualifier::Exact),
            (n(24), Unit::Count, Qualifier::Exact),
            (n(3), Unit::Count, Qualifier::Exact),
            (n(12), Unit::Count, Qualifier::Exact),
            (n(48), Unit::Count, Qualifier::Exact),
        ]
    );
    let crimes = &found[0].statistic;
    assert_eq!(crimes.measure, "drug crimes");
    assert_eq!(
        crimes.reference_period.as_deref(),
        Some("first seven months of this year")
    );
    assert_eq!(crimes.phrase.as_deref(), Some("4655 drug crimes"));
    assert_eq!(crimes.breakdown.len(), 1);
    let serious = &crimes.breakdown[0];
    assert_eq!(
        (serious.value, &serious.unit, serious.qualifier),
        (n(2100), &Unit::Count, Qualifier::Exact)
    );
    assert_eq!(serious.measure, "serious and particularly serious crimes");
    assert_eq!(
        serious.phrase.as_deref(),
        Some("2100 of which are classified as serious and particularly serious crimes")
    );
    let measures: Vec<&str> = found.iter().map(|e| e.statistic.measure.as_str()).collect();
    assert_eq!(
        measures,
        [
            "drug crimes",
            "criminal cases",
            "transnational criminal groups",
            "leaders",
            "active participants"
        ]
    );
    // "of which three …": a statistic of its own, not a part of the 24 cases.
    assert!(found[1].statistic.breakdown.is_empty());
    assert_eq!(
        found[1].statistic.phrase.as_deref(),
        Some("Twenty-four criminal cases")
    );
    // "seven months" is the reference period, not a statistic.
    assert!(found.iter().all(|e| e.statistic.value != n(7)));
}

#[test]
fn kz_striking_example_has_no_statistic() {
    // "One striking example", "since 2024", "several drug laboratories".
    assert_none(KZ_EXAMPLE);
}

#[test]
fn kz_tons_threefold_and_cases() {
    let found = stats(KZ_TONS);
    assert_eq!(
        summary(&found),
        [
            (n(11), T, Qualifier::Over),
            (n(3), Unit::Factor, Qualifier::Almost),
            (n(1), T, Qualifier::Over),
            (n(322), Unit::Count, Qualifier::Exact),
            (n(76), Unit::Count, Qualifier::Exact),
        ]
    );
    let drugs = &found[0].statistic;
    assert_eq!(drugs.measure, "drugs");
    assert_eq!(drugs.reference_period.as_deref(), Some("this year"));
    assert_eq!(drugs.phrase.as_deref(), Some("Over 11 tons of drugs"));
    assert_eq!(found[1].statistic.measure, "synthetic drugs");
    assert_eq!(
        found[1].statistic.phrase.as_deref(),
        Some("volume of synthetic drugs seized has increased almost threefold")
    );
    assert_eq!(found[2].statistic.phrase.as_deref(), Some("over one ton"));
    assert_eq!(found[2].statistic.measure, "synthetic drugs");
    assert_eq!(
        found[3].statistic.measure,
        "cases of drug-containing plants"
    );
    assert_eq!(found[4].statistic.measure, "cases of drug smuggling");
}

#[test]
fn kz_websites_accounts_and_tenge() {
    let found = stats(KZ_WEBSITES);
    assert_eq!(
        summary(&found),
        [
            (n(3), Unit::Factor, Qualifier::Exact),
            (n(20_000), Unit::Count, Qualifier::Over),
            (n(38_000), Unit::Count, Qualifier::Exact),
            (
                n(2_500_000_000),
                Unit::Currency(Currency::KZT),
                Qualifier::Exact
            ),
        ]
    );
    let measures: Vec<&str> = found.iter().map(|e| e.statistic.measure.as_str()).collect();
    assert_eq!(
        measures,
        [
            "drug websites",
            // "Their number has exceeded 20,000": the websites of the sentence before.
            "drug websites",
            "card accounts",
            "suspicious transactions"
        ]
    );
    assert_eq!(
        found[0].statistic.phrase.as_deref(),
        Some("three times more drug websites")
    );
    assert_eq!(
        found[1].statistic.phrase.as_deref(),
        Some("exceeded 20,000")
    );
    // Exactly 2500000000, not 2500000000.0 nor a float.
    assert_eq!(found[3].statistic.value.to_string(), "2500000000");
}

#[test]
fn kz_laboratories_with_parts_and_dollars() {
    let found = stats(KZ_LABORATORIES);
    assert_eq!(
        summary(&found),
        [
            (n(102), Unit::Count, Qualifier::Exact),
            (
                n(110_000_000),
                Unit::Currency(Currency::USD),
                Qualifier::Over
            ),
        ]
    );
    let labs = &found[0].statistic;
    assert_eq!(labs.measure, "drug laboratories");
    let parts: Vec<(Decimal, &Unit, &str)> = labs
        .breakdown
        .iter()
        .map(|p| (p.value, &p.unit, p.measure.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (
                n(11),
                &Unit::Count,
                "laboratories producing synthetic drugs"
            ),
            (n(91), &Unit::Count, "plant-based laboratories"),
        ]
    );
    assert_eq!(labs.breakdown_total(), Some(n(102)));
    let losses = &found[1].statistic;
    assert_eq!(losses.measure, "losses");
    assert_eq!(
        losses.phrase.as_deref(),
        Some("losses amounting to more than 110 million US dollars")
    );
}

#[test]
fn kz_teenagers_and_august_cases() {
    let found = stats(KZ_TEENAGERS);
    assert_eq!(
        summary(&found),
        [
            (n(49), Unit::Count, Qualifier::Exact),
            (n(6), Unit::Count, Qualifier::Exact),
        ]
    );
    let teens = &found[0].statistic;
    assert_eq!(teens.measure, "teenagers");
    assert_eq!(
        teens.reference_period.as_deref(),
        Some("since the beginning of the year")
    );
    let cases = &found[1].statistic;
    assert_eq!(cases.measure, "cases");
    assert_eq!(cases.reference_period.as_deref(), Some("August"));
    assert_eq!(cases.breakdown.len(), 1);
    let use_ = &cases.breakdown[0];
    assert_eq!((use_.value, &use_.unit), (n(1), &Unit::Count));
    assert_eq!(use_.measure, "cases for drug use");
    assert_eq!(use_.phrase.as_deref(), Some("one for drug use"));
}

#[test]
fn kz_ages_are_skipped() {
    assert_none(KZ_ABAI);
    let two = only(KZ_SHYMKENT);
    assert_eq!((two.value, &two.unit), (n(2), &Unit::Count));
    assert_eq!(two.measure, "teenagers");
    assert_eq!(two.phrase.as_deref(), Some("Two 17-year-old teenagers"));
}

#[test]
fn kz_prison_term_is_a_range_of_years() {
    let term = only(KZ_REMINDER);
    assert_eq!(
        (term.value, term.range_end, &term.unit),
        (n(5), Some(n(20)), &YEAR)
    );
    assert_eq!(term.measure, "imprisonment");
    assert_eq!(
        term.phrase.as_deref(),
        Some("imprisonment for a term of 5 to 20 years")
    );
}

#[test]
fn kz_section_gives_exactly_the_listed_statistics() {
    let mut all = Vec::new();
    for p in paragraphs(KZ_SECTION) {
        all.extend(summary(&stats(p)));
    }
    use Qualifier::*;
    let usd = Unit::Currency(Currency::USD);
    let kzt = Unit::Currency(Currency::KZT);
    let c = Unit::Count;
    assert_eq!(
        all,
        [
            // Headline "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS".
            (n(20_000), c.clone(), Exact),
            (n(4655), c.clone(), Exact),
            (n(24), c.clone(), Exact),
            (n(3), c.clone(), Exact),
            (n(12), c.clone(), Exact),
            (n(48), c.clone(), Exact),
            (n(11), T, Over),
            (n(3), Unit::Factor, Almost),
            (n(1), T, Over),
            (n(322), c.clone(), Exact),
            (n(76), c.clone(), Exact),
            (n(3), Unit::Factor, Exact),
            (n(20_000), c.clone(), Over),
            (n(38_000), c.clone(), Exact),
            (n(2_500_000_000), kzt, Exact),
            (n(102), c.clone(), Exact),
            (n(110_000_000), usd, Over),
            (n(49), c.clone(), Exact),
            (n(6), c.clone(), Exact),
            (n(2), c, Exact),
            (n(5), YEAR, Exact),
        ]
    );
}

#[test]
fn headline_period_and_measure() {
    let s = only("MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS");
    assert_eq!(s.measure, "DRUG WEBSITES");
    assert_eq!(s.reference_period.as_deref(), Some("7 MONTHS"));
}

// ---------------------------------------------------------------------------------------
// The seed: no statistics in the Azerbaijan, Kyrgyzstan and Russia sections
// ---------------------------------------------------------------------------------------

#[test]
fn az_section_has_no_statistic() {
    let mut seen = 0;
    for p in paragraphs(AZ_SECTION) {
        assert_none(p);
        seen += 1;
    }
    assert!(seen > 30, "{seen} paragraphs");
    assert!(AZ_SECTION.contains("activities of the “802” hotline"));
    assert!(AZ_SECTION.contains("on 29 August this year"));
    assert!(AZ_SECTION.contains("<https://www.nmdk.gov.az/page/post/3414/>"));
}

#[test]
fn kg_section_has_no_statistic() {
    for p in paragraphs(KG_SECTION) {
        assert_none(p);
    }
    for quoted in [
        "The fifth meeting of the Coordination Council of Competent Authorities of CSTO Member States was held on the coast of Issyk-Kul.",
        "One example is COVID-19, which was prevalent in 2020-2021.",
        "The next meeting of CSTO biosafety experts will take place in 2026.",
        "One such operation took place this year with headquarters located in the village of Aral, here in Kyrgyzstan.",
    ] {
        assert!(KG_SECTION.contains(quoted));
        assert_none(quoted);
    }
}

#[test]
fn ru_section_has_no_statistic() {
    for p in paragraphs(RU_SECTION) {
        assert_none(p);
    }
    let sentence =
        "This was reported on 18 August 2025 by the city administration’s press service.";
    assert!(RU_SECTION.contains(sentence));
    assert_none(sentence);
}

#[test]
fn release_front_matter_has_only_the_event_counts() {
    // Phone, fax, postal code, house number, "#16", "16-31.08.2025", contents pages.
    for text in [
        "tel.: +7 727 259 99 90",
        "fax: +7 727 392 15 54",
        "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52",
        "«Information Release about past events in the anti-drug  \nsphere», #16, 2025",
        "16-31.08.2025\n\n#16\n\nAlmaty - 2025",
        "<i>REPUBLIC OF KAZAKHSTAN</i> .....\t6",
        "registry@caricc.org www.caricc.org",
    ] {
        assert_none(text);
    }
    let found = stats(
        "In the period from 16 to 31 August 2025, based on information from the media CARICC member states and other countries covered 13 events in the counter-narcotics field (*Azerbaijan – 7, Kazakhstan – 3, Kyrgyzstan – 1, Russia – 2*).",
    );
    let values: Vec<Decimal> = found.iter().map(|e| e.statistic.value).collect();
    assert_eq!(values, [n(13), n(7), n(3), n(1), n(2)]);
    assert!(found.iter().all(|e| e.statistic.measure == "events"));
}

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

#[test]
fn each_unit_family() {
    let cur = Unit::Currency;
    for (text, value, unit) in [
        ("11 tons of drugs", n(11), T),
        ("11 tonnes of drugs", n(11), T),
        ("one ton of drugs", n(1), T),
        ("11 t of drugs", n(11), T),
        ("5 kilograms of heroin", n(5), KG),
        ("5 kilogram of heroin", n(5), KG),
        ("5 kg of heroin", n(5), KG),
        ("5kg of heroin", n(5), KG),
        ("952 grams of heroin", n(952), G),
        ("952 gram of heroin", n(952), G),
        ("952 g of heroin", n(952), G),
        (
            "300 litres of precursors",
            n(300),
            Unit::Volume(VolumeUnit::Litre),
        ),
        (
            "300 liters of precursors",
            n(300),
            Unit::Volume(VolumeUnit::Litre),
        ),
        (
            "1 litre of precursors",
            n(1),
            Unit::Volume(VolumeUnit::Litre),
        ),
        (
            "12 hectares of poppy",
            n(12),
            Unit::Area(caricc_release::AreaUnit::Hectare),
        ),
        (
            "1 hectare of poppy",
            n(1),
            Unit::Area(caricc_release::AreaUnit::Hectare),
        ),
        (
            "12 ha of poppy",
            n(12),
            Unit::Area(caricc_release::AreaUnit::Hectare),
        ),
        ("fines of 500 tenge", n(500), cur(Currency::KZT)),
        ("fines of 500 US dollars", n(500), cur(Currency::USD)),
        ("fines of 500 dollars", n(500), cur(Currency::USD)),
        ("fines of 500 USD", n(500), cur(Currency::USD)),
        ("fines of 500 rubles", n(500), cur(Currency::RUB)),
        ("fines of 500 roubles", n(500), cur(Currency::RUB)),
        ("fines of 500 manat", n(500), cur(Currency::AZN)),
        ("fines of 500 som", n(500), cur(Currency::KGS)),
        ("fines of 500 somoni", n(500), cur(Currency::TJS)),
        ("fines of 500 euros", n(500), cur(Currency::EUR)),
        ("a share of 15 percent", n(15), Unit::Percent),
        ("a share of 15 per cent", n(15), Unit::Percent),
        ("a share of 15%", n(15), Unit::Percent),
        ("a share of 15 %", n(15), Unit::Percent),
        ("a sentence of 3 years", n(3), YEAR),
        ("a sentence of 1 year", n(1), YEAR),
        (
            "a sentence of 6 months",
            n(6),
            Unit::Duration(DurationUnit::Month),
        ),
        (
            "a sentence of 1 month",
            n(1),
            Unit::Duration(DurationUnit::Month),
        ),
        (
            "an arrest of 2 weeks",
            n(2),
            Unit::Duration(DurationUnit::Week),
        ),
        (
            "an arrest of 10 days",
            n(10),
            Unit::Duration(DurationUnit::Day),
        ),
        (
            "an arrest of 48 hours",
            n(48),
            Unit::Duration(DurationUnit::Hour),
        ),
        ("48 active participants", n(48), Unit::Count),
    ] {
        let s = only(text);
        assert_eq!((s.value, &s.unit), (value, &unit), "{text}");
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
// Spans, measures, order
// ---------------------------------------------------------------------------------------

#[test]
fn spans_are_the_phrases_and_cover_qualifier_and_number() {
    for text in [
        KZ_BULLET,
        KZ_TONS,
        KZ_WEBSITES,
        KZ_LABORATORIES,
        KZ_TEENAGERS,
        KZ_SHYMKENT,
        KZ_REMINDER,
    ] {
        let found = stats(text);
        let mut previous_number = 0;
        for e in &found {
            let phrase = &text[e.span.clone()];
            assert_eq!(Some(phrase), e.statistic.phrase.as_deref());
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            // In document order.
            let number_at = e.span.start;
            assert!(number_at >= previous_number, "{found:#?}");
            previous_number = number_at;
        }
    }
    let found = stats(KZ_LABORATORIES);
    let usd = &found[1];
    let span = &KZ_LABORATORIES[usd.span.clone()];
    assert!(span.contains("more than 110 million"), "{span}");
    let parts = &found[0].statistic.breakdown;
    assert_eq!(
        parts[0].phrase.as_deref(),
        Some("11 producing synthetic drugs")
    );
    assert_eq!(
        parts[1].phrase.as_deref(),
        Some("91 plant-based laboratories")
    );
}

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
// Validation of an article built from the extracted statistics
// ---------------------------------------------------------------------------------------

#[test]
fn an_article_with_the_extracted_kz_statistics_validates() {
    let mut release = golden();
    let kz = release
        .sections
        .iter_mut()
        .find(|s| s.country.alpha2() == "KZ")
        .unwrap();
    let mut count = 0;
    for (article, text) in kz.articles.iter_mut().zip([
        vec![KZ_BULLET, KZ_EXAMPLE, KZ_TONS, KZ_WEBSITES, KZ_LABORATORIES],
        vec![],
        vec![KZ_TEENAGERS, KZ_ABAI, KZ_SHYMKENT, KZ_REMINDER],
    ]) {
        article.statistics = text
            .into_iter()
            .flat_map(extract)
            .map(|e| e.statistic)
            .collect();
        count += article.statistics.len();
    }
    assert_eq!(count, 20);
    let report = release.validate();
    let statistic_problems: Vec<_> = report
        .problems()
        .iter()
        .filter(|p| {
            matches!(
                p.code(),
                Code::StatisticRangeReversed
                    | Code::StatisticBreakdownExceeds
                    | Code::StatisticUnitMismatch
                    | Code::EmptyText
            ) || p.path().contains("statistics")
        })
        .collect();
    assert!(statistic_problems.is_empty(), "{statistic_problems:#?}");
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
