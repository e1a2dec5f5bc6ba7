//! Composes CARICC's Information Release #16 of 2025 (16-31.08.2025) with the builder,
//! validates it and prints its pretty JSON to standard output.
//!
//! Headlines, names, numbers, dates and URLs are exact; the article bodies are abridged.
//!
//! ```text
//! cargo run -q --example release_2025_16 > tests/golden/release-2025-16.json
//! ```

use std::io::Write;
use std::process::ExitCode;

use caricc_release::{
    ArticleBuilder, BuildError, Release, ReleaseBuilder, SectionBuilder, Speaker, StatisticBuilder,
};

/// The summary's second paragraph, as printed (without the PDF's italics).
const TOPICS: &str = "Published articles contain information about preventive measures taken for young people (Azerbaijan), on implementation of preventive measures by police officers (Kazakhstan), On fifth meeting of the Coordination Council of Competent Authorities of CSTO Member States (Kyrgyzstan), about anti-drug campaign conducted in Irkutsk, about the Russian Federation Government's proposal to sign agreements within the framework of the SCO on establishment of anti-terrorist and anti-drug structures (Russia).";

const PWG: &str = "Permanent Working Group of the State Commission";
const YOUTH_FUND: &str = "Youth Fund of the Republic of Azerbaijan";
const MIA: &str = "Ministry of Internal Affairs";

fn main() -> ExitCode {
    let release = match release() {
        Ok(release) => release,
        Err(err) => {
            eprintln!("{err}");
            for problem in err.problems() {
                eprintln!("  {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    for warning in release.validate().warnings() {
        eprintln!("{warning}");
    }
    let json = match caricc_release::to_json_pretty(&release) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    // `to_json_pretty` already ends with a newline.
    let mut stdout = std::io::stdout().lock();
    if let Err(err) = stdout
        .write_all(json.as_bytes())
        .and_then(|()| stdout.flush())
    {
        eprintln!("cannot write the JSON: {err}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The whole release #16/2025.
fn release() -> Result<Release, BuildError> {
    ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .topics(TOPICS)
        // The contents print "KYRGYZ PEPUBLIC"; given explicitly so the typo is kept.
        .contents_entry("AZ", "REPUBLIC OF AZERBAIJAN", 2)
        .contents_entry("KZ", "REPUBLIC OF KAZAKHSTAN", 6)
        .contents_entry("KG", "KYRGYZ PEPUBLIC", 8)
        .contents_entry("RU", "RUSSIAN FEDERATION", 9)
        .section(azerbaijan())
        .section(kazakhstan())
        .section(kyrgyzstan())
        .section(russia())
        .build()
}

/// The materials handed out at the end of the "Mobile Youth Service" trainings.
fn brochures_paragraph(audience: &str) -> String {
    format!(
        "{audience} received the {PWG}'s materials “Learn Truth About Drugs,” “Truth About Marijuana,” and “Truth About Psychotropic Substances.”"
    )
}

fn azerbaijan() -> SectionBuilder {
    SectionBuilder::new("AZ")
        .heading("REPUBLIC OF AZERBAIJAN")
        .page(2)
        .article(agdam_trainings())
        .article(terter_trainings())
        .article(terter_trainings_continue())
        .article(goranboy_trainings())
        .article(geranboy_trainings_continue())
        .article(geranboy_anti_drug_trainings())
        .article(absheron_training())
}

/// "REGULAR TRAINING SESSIONS HELD AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT".
fn agdam_trainings() -> ArticleBuilder {
    ArticleBuilder::new(
        "REGULAR TRAINING SESSIONS HELD AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    .place("Agdam district")
    .event_kind("prevention")
    .organisation(PWG)
    .paragraph(
        "Schoolchildren in the Agdam district attended a series of trainings of the Mobile Youth Service project, which is dedicated to the Year of the Constitution and Sovereignty. Themes included “Youth Policy and Statehood,” “Say No to Bad Habits,” “Choosing a Profession and Career,” and “Healthy and Safe Living.”",
    )
    .paragraph(format!(
        "A representative of the {PWG} took part and spoke about what puts young people at risk of drug use, how psychoactive substances harm health, how addiction develops, and why anti-drug propaganda and the fight against addiction matter; the participants' own questions were discussed."
    ))
    .paragraph(brochures_paragraph("Afterwards the young people"))
    .source("https://www.nmdk.gov.az/page/post/3414/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "REGULAR TRAINING SESSIONS HELD IN TERTER DISTRICT …".
fn terter_trainings() -> ArticleBuilder {
    ArticleBuilder::new(
        "REGULAR TRAINING SESSIONS HELD IN TERTER DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    .place("Terter district")
    .event_kind("prevention")
    .organisation(YOUTH_FUND)
    .organisation(PWG)
    .paragraph(format!(
        "The {YOUTH_FUND} helped organise an educational training in the Terter district under the “Mobile Youth Service” project."
    ))
    .paragraph(
        "To make young people more aware of drug addiction, the first day covered the risk factors of drug use, psychoactive substances and their damage to health, leisure for teenagers and the work of the “802” hotline, followed by a discussion of the participants' questions.",
    )
    .paragraph(brochures_paragraph("At the close, the participants"))
    .source("https://www.nmdk.gov.az/page/post/3415/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "TRAINING SESSIONS CONTINUE AS PART OF …" (Terter).
fn terter_trainings_continue() -> ArticleBuilder {
    ArticleBuilder::new(
        "TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    .place("Terter district")
    .event_kind("prevention")
    .organisation(PWG)
    .paragraph(
        "The Mobile Youth Service project, dedicated to the Year of the Constitution and Sovereignty, brought its series of trainings for schoolchildren to the Terter district, on youth policy and statehood, saying no to bad habits, choosing a career, and healthy and safe living.",
    )
    .paragraph(format!(
        "With a representative of the {PWG} present, the sessions explained the risk factors of drug use, the effects of psychoactive substances, the stages by which addiction forms and the ways of fighting it, and took up the participants' questions."
    ))
    .paragraph(brochures_paragraph("The schoolchildren then"))
    .source("https://www.nmdk.gov.az/page/post/3416/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "REGULAR TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT …".
fn goranboy_trainings() -> ArticleBuilder {
    ArticleBuilder::new(
        "REGULAR TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    // The headline spells it "Geranboy", the text "Goranboy".
    .place("Goranboy district")
    .event_kind("prevention")
    .organisation(YOUTH_FUND)
    .organisation(PWG)
    .paragraph(format!(
        "An educational training of the “Mobile Youth Service” project took place in the Goranboy district, organised with the support of the {YOUTH_FUND}."
    ))
    .paragraph(
        "Its first day dealt with the risk factors of drug use, the harm psychoactive substances do, how to organise teenagers' leisure and what the “802” hotline does, so that young people understand the drug problem better; questions from the participants were discussed.",
    )
    .paragraph(brochures_paragraph("At the end, the young people"))
    .source("https://www.nmdk.gov.az/page/post/3417/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "EDUCATIONAL TRAINING SESSIONS CONTINUE …" (Geranboy).
fn geranboy_trainings_continue() -> ArticleBuilder {
    ArticleBuilder::new(
        "EDUCATIONAL TRAINING SESSIONS CONTINUE AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    .place("Geranboy district")
    .event_kind("prevention")
    .organisation(PWG)
    .paragraph(
        "Trainings of the Mobile Youth Service project, held for the Year of the Constitution and Sovereignty, continued for schoolchildren in the Geranboy district with the same four themes: youth policy and statehood, no to bad habits, profession and career, and healthy and safe living.",
    )
    .paragraph(format!(
        "A representative of the {PWG} took part; the talks covered why young people start using drugs, what psychoactive substances do to health, how addiction develops, anti-drug propaganda and methods of combating addiction, and the participants' questions."
    ))
    .paragraph(brochures_paragraph("The participants finally"))
    .source("https://www.nmdk.gov.az/page/post/3419/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "ANTI-DRUG TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT …".
fn geranboy_anti_drug_trainings() -> ArticleBuilder {
    ArticleBuilder::new(
        "ANTI-DRUG TRAINING SESSIONS HELD IN THE GERANBOY DISTRICT AS PART OF THE “MOBILE YOUTH SERVICE” PROJECT",
    )
    .place("Geranboy district")
    .event_kind("prevention")
    .organisation(PWG)
    .paragraph(
        "More trainings of the Mobile Youth Service project, dedicated to the Year of the Constitution and Sovereignty, were held in the Geranboy district, with schoolchildren taking an active part in sessions on youth policy and statehood, bad habits, careers and healthy living.",
    )
    .paragraph(
        "The meetings set out the dangers of drug addiction, its risk factors and stages, the harm of psychoactive substances, the role of anti-drug propaganda and the ways of countering addiction; questions were answered and views exchanged.",
    )
    .paragraph(brochures_paragraph("At the conclusion, the youth"))
    .source("https://www.nmdk.gov.az/page/post/3425/")
    .topic("prevention")
    .topic("youth")
    .topic("training")
}

/// "TRAINING CONDUCTED IN ABSHERON DISTRICT".
fn absheron_training() -> ArticleBuilder {
    ArticleBuilder::new("TRAINING CONDUCTED IN ABSHERON DISTRICT")
        .date("29 August")
        .place("Absheron district")
        .event_kind("prevention")
        .place("Heydar Aliyev Center")
        .organisation("Permanent Working Group of the State Commission for Combating Drug Addiction and Illicit Trafficking in Narcotic Drugs")
        .organisation("Executive Authority of the Absheron District")
        .organisation("District Commission for Combating Drug Addiction and Illicit Drug Trafficking")
        .paragraph(
            "On 29 August the Heydar Aliyev Center in the Absheron district hosted a training on “Guidelines for Combating Drug Addiction”, organised by the Permanent Working Group of the State Commission for Combating Drug Addiction and Illicit Trafficking in Narcotic Drugs together with the Executive Authority of the Absheron District.",
        )
        .paragraph(
            "The deputy head of the district executive authority, a member of the District Commission for Combating Drug Addiction and Illicit Drug Trafficking, a senior official of the Permanent Working Group and school psychologists of the district attended.",
        )
        .paragraph(
            "The psychologists learned about the risk factors and socio-psychological causes of psychoactive substance use among adolescents, the stages and the physical, emotional and behavioural signs of addiction, individual work with adolescents at risk, students' leisure and anti-drug propaganda; questions were answered and discussed.",
        )
        .paragraph(
            "Participants received the Permanent Working Group's brochure “Methodological recommendations for identifying persons who abuse narcotic drugs and psychotropic substances.”",
        )
        .source("https://www.nmdk.gov.az/page/post/3428")
        .topic("prevention")
        .topic("training")
        .topic("school psychologists")
        .topic("adolescents")
}

fn kazakhstan() -> SectionBuilder {
    SectionBuilder::new("KZ")
        .heading("REPUBLIC OF KAZAKHSTAN")
        .page(6)
        .article(websites_blocked())
        .article(
            ArticleBuilder::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION")
                .place("Zhetysu region")
                .event_kind("prevention")
                .organisation("Department for Combating Drug Crime")
                .paragraph(
                    "On the initiative of the Department for Combating Drug Crime, volunteers and athletes of the Zhetysu region who back a healthy lifestyle ran a mass race under the slogan “A world without drugs.”",
                )
                .paragraph(
                    "The run was meant to draw public attention to drug addiction. The organisers presented sport as a worthy alternative to harmful habits that strengthens the nation, whereas drugs endanger the country's future; youth events of this kind instil sound principles and a healthy lifestyle.",
                )
                .paragraph(
                    "The police stressed that drug crime cannot be beaten without citizens' active participation: only together can a generation be raised that prefers sport and self-development to destructive paths.",
                )
                .source("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/")
                .topic("prevention")
                .topic("youth")
                .topic("sport")
                .topic("healthy lifestyle"),
        )
        .article(teenagers())
}

/// "MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS": the figures of seven months.
fn websites_blocked() -> ArticleBuilder {
    let article = ArticleBuilder::new("MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS")
        .organisation(MIA)
        .organisation("Committee for Combating Drug Crime")
        .event_kind("seizure")
        .event_kind("arrest")
        .event_kind("laboratory_dismantled")
        .event_kind("criminal_case")
        .paragraph(format!("The {MIA} keeps working on the principle of “law and order.”"))
        .bullets([
            "In the first seven months of this year 4655 drug crimes were detected, 2100 of them serious or particularly serious; schemes from street dealers up to organisers of trafficking were exposed. Twenty-four criminal cases were opened for creating organized criminal groups, three transnational groups were eliminated, and twelve leaders and 48 active participants were detained.",
        ])
        .paragraph(
            "For instance, in cooperation with the Russian Federation, police detained a foreign citizen wanted since 2024 who had set up several laboratories producing synthetic drugs in Kazakhstan.",
        )
        .paragraph(
            "This year over 11 tons of drugs were kept off the drug market. Seizures of synthetic drugs grew almost threefold to over one ton; 322 cases of cultivating drug-containing plants and 76 cases of drug smuggling were recorded.",
        )
        .paragraph(
            "New digital tools tripled the number of drug websites blocked, now above 20,000, and 38,000 card accounts with suspicious transactions totaling 2.5 billion tenge were blocked.",
        )
        .paragraph(
            "Police shut down 102 drug laboratories, 11 of them synthetic and 91 plant-based, costing the drug trade more than 110 million US dollars. The work continues, according to Daniyar Meyirkhan, acting chairman of the Interior Ministry’s Committee for Combating Drug Crime.",
        )
        .source("https://polisia.kz/ru/mvd-za-7-mesyatsev-zablokirovano-20-tysyach-narkosajtov/")
        .topic("drug crime statistics")
        .topic("organized crime")
        .topic("drug seizures")
        .topic("synthetic drugs")
        .topic("drug laboratories")
        .topic("online drug trade")
        .topic("international cooperation");
    crime_figures()
        .into_iter()
        .chain(seizure_figures())
        .chain(website_and_laboratory_figures())
        .fold(article, ArticleBuilder::statistic)
}

/// A count of `measure`, the unit of most figures of the release.
fn count(measure: &str, value: u32) -> StatisticBuilder {
    StatisticBuilder::new(measure).value(value).unit("count")
}

/// The crimes detected and the criminal groups broken up.
fn crime_figures() -> [StatisticBuilder; 5] {
    [
        count("drug crimes detected", 4655)
            .reference_period("first seven months of this year")
            .phrase("4655 drug crimes have been detected in the first seven months of this year")
            .part(
                count("serious and particularly serious drug crimes", 2100)
                    .phrase("2100 of which are classified as serious and particularly serious crimes"),
            ),
        count("criminal cases initiated for creation of organized criminal groups", 24)
            .phrase("Twenty-four criminal cases have been initiated for the creation of organized criminal groups"),
        count("transnational criminal groups eliminated", 3)
            .phrase("three transnational criminal groups have been eliminated"),
        count("leaders of criminal groups detained", 12)
            .phrase("Twelve leaders and 48 active participants have been detained"),
        count("active participants of criminal groups detained", 48)
            .phrase("Twelve leaders and 48 active participants have been detained"),
    ]
}

/// The drugs kept off the market and the cases of cultivation and smuggling.
fn seizure_figures() -> [StatisticBuilder; 5] {
    [
        StatisticBuilder::new("drugs prevented from entering the drug market")
            .qualifier("over")
            .value(11u32)
            .unit("t")
            .substance("drugs")
            .reference_period("this year")
            .phrase(
                "Over 11 tons of drugs have been prevented from entering the drug market this year",
            ),
        StatisticBuilder::new("synthetic drugs seized")
            .qualifier("over")
            .value(1u32)
            .unit("t")
            .substance("synthetic_drugs")
            .phrase("amounting to over one ton"),
        StatisticBuilder::new("increase in synthetic drugs seized")
            .qualifier("almost")
            .value(3u32)
            .unit("factor")
            .phrase("the volume of synthetic drugs seized has increased almost threefold"),
        count("cases of cultivation of drug-containing plants", 322)
            .phrase("322 cases of drug-containing plants being cultivated"),
        count("drug smuggling cases", 76).phrase("76 cases of drug smuggling"),
    ]
}

/// The websites and card accounts blocked and the laboratories shut down.
fn website_and_laboratory_figures() -> [StatisticBuilder; 6] {
    [
        count("drug websites blocked", 20_000)
            .qualifier("over")
            .phrase("Their number has exceeded 20,000"),
        StatisticBuilder::new("increase in drug websites blocked")
            .value(3u32)
            .unit("factor")
            .phrase("three times more drug websites have been blocked"),
        count("card accounts with suspicious transactions blocked", 38_000)
            .phrase("38,000 card accounts with suspicious transactions totaling 2.5 billion tenge have been blocked"),
        StatisticBuilder::new("suspicious transactions on blocked card accounts")
            .value("2500000000")
            .unit("KZT")
            .phrase("2.5 billion tenge"),
        count("drug laboratories cracked down on", 102)
            .phrase("102 drug laboratories were cracked down on")
            .part(
                count("laboratories producing synthetic drugs", 11)
                    .phrase("11 producing synthetic drugs"),
            )
            .part(count("plant-based laboratories", 91).phrase("91 plant-based laboratories")),
        StatisticBuilder::new("losses of the drug trade")
            .qualifier("over")
            .value("110000000")
            .unit("USD")
            .phrase("more than 110 million US dollars"),
    ]
}

/// "MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME".
fn teenagers() -> ArticleBuilder {
    ArticleBuilder::new("MVD STRENGTHENS CONTROL OVER INVOLVEMENT OF TEENAGERS IN DRUG CRIME")
        .place("Abai region")
        .event_kind("seizure")
        .event_kind("arrest")
        .event_kind("prevention")
        .place("Shymkent")
        .organisation(MIA)
        .paragraph(
            "Under the principle of “Law and Order,” the Ministry of Internal Affairs is stepping up its control over the involvement of minors in drug crime as part of its systematic fight against illegal drug trafficking.",
        )
        .paragraph(
            "Police have detained 49 teenagers involved in drug crimes since the beginning of the year, six of them in August alone, one of these for drug use.",
        )
        .paragraph(
            "In the Abai region a 16-year-old college student and a 15-year-old schoolgirl he knew were detained: a large quantity of synthetic drugs was found on her. The student worked as a so-called “dead dropper” and had tried to hide the drugs in her bag for further distribution. In Shymkent two 17-year-olds involved in drug trafficking were detained on separate occasions.",
        )
        .paragraph(
            "The ministry urges parents, teachers and others raising children to watch for changes in adolescents' behaviour, their contacts and whereabouts, to check phones and messengers for suspicious messages, and to talk regularly with children about the risks of drugs.",
        )
        .paragraph(
            "The ministry recalls that drug trafficking carries imprisonment for a term of 5 to 20 years, and says it will go on protecting the younger generation and the safety of citizens.",
        )
        .source("https://polisia.kz/ru/mvd-usilivaet-kontrol-za-vovlecheniem-podrostkov-v-narkoprestupleniya/")
        .topic("minors")
        .topic("drug crime")
        .topic("prevention")
        .topic("synthetic drugs")
        .statistic(
            StatisticBuilder::new("teenagers involved in drug crimes detained")
                .value(49u32)
                .unit("count")
                .reference_period("since the beginning of the year")
                .phrase("Since the beginning of the year, the police have detained 49 teenagers involved in drug crimes"),
        )
        .statistic(
            StatisticBuilder::new("cases of teenagers' involvement in drug crime")
                .value(6u32)
                .unit("count")
                .reference_period("August")
                .phrase("In August alone, there were six cases")
                .part(
                    StatisticBuilder::new("cases of drug use")
                        .value(1u32)
                        .unit("count")
                        .phrase("including one for drug use"),
                ),
        )
        .statistic(
            StatisticBuilder::new("prison term for drug trafficking")
                .value(5u32)
                .range_end(20u32)
                .unit("year")
                .phrase("imprisonment for a term of 5 to 20 years"),
        )
}

fn kyrgyzstan() -> SectionBuilder {
    SectionBuilder::new("KG")
        .heading("KYRGYZ REPUBLIC")
        .page(8)
        .article(
            ArticleBuilder::new(
                "REPRESENTATIVES OF CSTO COUNTRIES ON THE SHORES OF ISSYK-KUL DISCUSSED BIOSAFETY AND COMBATING DRUGS",
            )
            .place("Issyk-Kul")
            .event_kind("cooperation")
            .place("Aral")
            .organisation("CSTO")
            .organisation("Coordination Council of Competent Authorities of CSTO Member States")
            .organisation("Kyrgyz Ministry of Health")
            .organisation("CSTO Secretariat")
            .paragraph(
                "At the fifth meeting of the Coordination Council of Competent Authorities of CSTO Member States, held on the coast of Issyk-Kul, the CSTO countries agreed to work more closely on protecting the health and safety of their citizens. Common threats and joint responses were on the agenda; participants held that no country can ensure biological security alone.",
            )
            .quote_by(
                "First and foremost, we note the presence of various viruses and infections in our countries. They know no borders.",
                Speaker::new("Valery Semerikov").with_role(
                    "Deputy Secretary General of the Collective Security Treaty Organization (CSTO)",
                ),
            )
            .paragraph(
                "The Kyrgyz health ministry reported years of work against biological threats: the country now has a ready action plan for outbreaks of dangerous infections and viruses, and sanitary and quarantine stations, the Service for the Control of Particularly Dangerous Infections and epidemiological surveillance have been reinforced.",
            )
            .quote_by(
                "We are currently setting up a situation center that will allow us to monitor the epidemiological situation for various infectious diseases in real time.",
                Speaker::new("Erkin Chechebaev").with_role("Minister of Health of the Kyrgyz Republic"),
            )
            .paragraph(
                "The participants confirmed they are ready to keep cooperating, including on professional development and staff exchange, and discussed an anti-drug strategy for the coming years. Joint operational and preventive operations continue; this year one was headquartered in the village of Aral in Kyrgyzstan.",
            )
            .quote_by(
                "It was a very effective operation, joined by our Chinese and Iranian colleagues.",
                Speaker::new("Mikhail Melikhov").with_role("advisor to the CSTO Secretariat"),
            )
            .paragraph(
                "Interdepartmental and international cooperation among CSTO countries and good practice in treating and rehabilitating drug addicts were also discussed. CSTO biosafety experts will meet next in 2026.",
            )
            .source("https://mir24.tv/news/16644413/predstaviteli-stran-odkb-na-poberezhe-issyk-kulya-obsudili-biobezopasnost-i-borbu-s-narkotikami")
            .topic("international cooperation")
            .topic("biosafety")
            .topic("anti-drug strategy")
            .topic("treatment and rehabilitation"),
        )
}

fn russia() -> SectionBuilder {
    SectionBuilder::new("RU")
        .heading("RUSSIAN FEDERATION")
        .page(9)
        .article(
            ArticleBuilder::new("ANTI-NARCOTIC CAMPAIGN HELD IN IRKUTSK")
                .date("18 August 2025")
                .place("Irkutsk")
                .event_kind("prevention")
                .organisation("Department of Physical Culture, Sports, and Youth Policy of the City Administration")
                .paragraph(
                    "Irkutsk held the anti-drug campaign “Your Life – Your Choice” within the “Choose Life!” prevention project: for a week, themed posters hung in educational institutions, sports complexes, administrative buildings and other busy places. The city administration's press service reported it on 18 August 2025.",
                )
                .paragraph(
                    "The campaign tells teenagers and young people what drug use leads to and belongs to the city's systematic work to prevent drug addiction.",
                )
                .quote_by(
                    "Our task is to show young people in an accessible and clear way tragic consequences that use of illegal substances can lead to.",
                    Speaker::new("Ilya Tokarev").with_role("head of the youth policy department"),
                )
                .paragraph(
                    "The Department of Physical Culture, Sports, and Youth Policy of the City Administration organises the event.",
                )
                .source("https://www.ogirk.ru/2025/08/18/antinarkoticheskaja-akcija-proshla-v-irkutske/")
                .topic("prevention")
                .topic("youth")
                .topic("anti-drug campaign"),
        )
        .article(
            ArticleBuilder::new(
                "RUSSIAN GOVERNMENT SUBMITTED PROPOSALS TO PUTIN ON SIGNING AGREEMENTS WITHIN THE FRAMEWORK OF THE SCO ON ESTABLISHMENT OF ANTI-TERRORISM AND ANTI-DRUG STRUCTURES",
            )
            .place("Tashkent")
            .event_kind("cooperation")
            .event_kind("legislation")
            .place("Bishkek")
            .place("Tianjin")
            .organisation("Russian Federation Government")
            .organisation("SCO")
            .organisation("Universal Center for Countering Challenges and Threats to the Security of SCO Member States")
            .organisation("Regional Anti-Terrorist Structure (RATS)")
            .organisation("Information Security Center")
            .organisation("Center for Combating Transnational Organized Crime")
            .organisation("Shanghai Cooperation Organization Anti-Drug Center")
            .organisation("UN")
            .paragraph(
                "The Russian government has proposed that the President sign an agreement on a Universal Center for Countering Challenges and Threats to the Security of SCO Member States; the resolution appeared on Sunday on the official portal of legal acts.",
            )
            .paragraph(
                "Under the draft, the Center succeeds the SCO's Regional Anti-Terrorist Structure (RATS) on its premises in Tashkent (Uzbekistan) and takes in the Information Security Center, with the Center for Combating Transnational Organized Crime as a branch in Bishkek (Kyrgyzstan).",
            )
            .quote(
                "The Universal Center is a permanent body of the SCO and is designed to facilitate interaction between competent authorities of the Parties and coordinate their cooperation in countering security challenges and threats related to terrorism, separatism, extremism, transnational organized crime, and their manifestations in information space…",
            )
            .paragraph(
                "By another resolution, the government also put forward for signature an agreement between the SCO member states on the Shanghai Cooperation Organization Anti-Drug Center.",
            )
            .quote(
                "The Anti-Drug Center is a permanent body of the SCO and is designed to facilitate interaction between competent authorities of the Parties and coordinate their cooperation in combating illicit trafficking of drugs and their precursors.",
            )
            .paragraph("The documents are expected to be signed at the SCO summit in Tianjin, China.")
            .source("https://www.interfax-russia.ru/rossiya-i-mir/pravitelstvo-rf-predstavilo-putinu-predlozheniya-o-podpisanii-v-ramkah-shos-soglasheniy-o-sozdanii-antiterroristicheskoy-i-antinarkoticheskoy-struktur")
            .topic("international cooperation")
            .topic("counter-terrorism")
            .topic("transnational organized crime")
            .topic("anti-drug structures"),
        )
}
