//! A small valid release shared by the integration tests `validation`, `builder` and `json`.

use caricc_release::{
    ArticleBuilder, Release, ReleaseBuilder, SectionBuilder, Speaker, Statistic, StatisticBuilder,
};

/// The release #16/2025 (16-31.08.2025) with two sections:
///
/// - `sections[0]`: KZ, page 2
///   - `articles[0]`: dated "18 August 2025", one source
///   - `articles[1]`: dated "29 August", one source, `statistics[0]` = 102 labs
///     (`breakdown[0]` = 11 synthetic, `breakdown[1]` = 91 plant-based)
/// - `sections[1]`: KG, page 4
///   - `articles[0]`: dated "20 August 2025", one source; body: `[0]` paragraph,
///     `[1]` quote by a named speaker, `[2]` bullets with two items
pub fn valid_release() -> Release {
    ReleaseBuilder::caricc()
        .period("16-31.08.2025")
        .topics("Published articles contain information about a mass anti-drug run (Kazakhstan).")
        .section(
            SectionBuilder::new("KZ")
                .page(2)
                .article(
                    ArticleBuilder::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION")
                        .date("18 August 2025")
                        .place("Zhetysu region")
                        .organisation("Ministry of Internal Affairs")
                        .paragraph("Volunteers and athletes ran under the slogan “A world without drugs.”")
                        .source("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg/")
                        .topic("prevention"),
                )
                .article(
                    ArticleBuilder::new("102 DRUG LABORATORIES CRACKED DOWN ON")
                        .date("29 August")
                        .paragraph("Since the beginning of the year 102 drug laboratories were cracked down on.")
                        .source("https://polisia.kz/ru/102-narkolaboratorii/")
                        .statistic(
                            StatisticBuilder::new("drug laboratories cracked down on")
                                .value(102u32)
                                .unit("count")
                                .reference_period("since the beginning of the year")
                                .part(StatisticBuilder::new("synthetic drug laboratories").value(11u32).unit("count"))
                                .part(StatisticBuilder::new("plant-based laboratories").value(91u32).unit("count")),
                        ),
                ),
        )
        .section(
            SectionBuilder::new("KG").page(4).article(
                ArticleBuilder::new("KYRGYZ POLICE SEIZED A LARGE BATCH OF HASHISH")
                    .date("20 August 2025")
                    .place("Chui region")
                    .paragraph("Police officers seized a large batch of drugs.")
                    .quote_by(
                        "We will continue the fight against drug trafficking.",
                        Speaker::new("Azamat Ibraimov").with_role("head of the drug control service"),
                    )
                    .bullets(["hashish", "heroin"])
                    .source("https://mvd.kg/news/seized-hashish"),
            ),
        )
        .build()
        .expect("the sample release builds")
}

/// The path of the sample's statistic with a breakdown: the 102 laboratories.
#[allow(dead_code)] // for the validation tests
pub const LABS: &str = "sections[0].articles[1].statistics[0]";

/// The statistic at `LABS`.
#[allow(dead_code)] // for the validation tests
pub fn labs(release: &mut Release) -> &mut Statistic {
    &mut release.sections[0].articles[1].statistics[0]
}
