//! `prose::extract` over the seed, the real release #16/2025 (16-31.08.2025): its country
//! sections are embedded below verbatim, as printed in
//! `caricc-information-release-2025-16.txt`. Every statistic of the Kazakhstan section, with
//! its span, in document order; none in the others; and an article built from them validates.

mod support;

use caricc_release::prose::extract;
use caricc_release::{Code, Currency, Decimal, Qualifier, Unit};
use support::fixtures::golden;
use support::prose::*;

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
// Spans and order, over the Kazakhstan paragraphs
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
