//! Every word of the archive report, by language: one table per language, so that a new
//! language (Russian, issue #16) is one more table and no code changes.

use crate::model::{DrugGroup, Qualifier};

use super::ReportLanguage;

/// The report's words in one language.
pub(super) struct Labels {
    /// The `lang` attribute of the page.
    pub(super) lang: &'static str,
    pub(super) default_title: &'static str,
    pub(super) generated_by: &'static str,
    pub(super) no_releases: &'static str,
    pub(super) no_data: &'static str,
    pub(super) summary: &'static str,
    pub(super) releases_covered: &'static str,
    pub(super) period_span: &'static str,
    pub(super) countries: &'static str,
    pub(super) events: &'static str,
    pub(super) quantities: &'static str,
    pub(super) quantities_column: &'static str,
    pub(super) kilograms_total: &'static str,
    pub(super) largest: &'static str,
    pub(super) releases: &'static str,
    pub(super) release: &'static str,
    pub(super) period: &'static str,
    pub(super) statistics: &'static str,
    pub(super) source: &'static str,
    pub(super) country: &'static str,
    pub(super) drug_group: &'static str,
    pub(super) kilograms: &'static str,
    pub(super) total: &'static str,
    pub(super) kg_title: &'static str,
    pub(super) kg_desc: &'static str,
    pub(super) kg_axis: &'static str,
    pub(super) events_title: &'static str,
    pub(super) events_desc: &'static str,
    pub(super) events_axis: &'static str,
    pub(super) top_title: &'static str,
    pub(super) top_desc: &'static str,
    pub(super) rank: &'static str,
    pub(super) substance: &'static str,
    pub(super) amount: &'static str,
    pub(super) headline: &'static str,
    pub(super) log_scale: &'static str,
    pub(super) log_note: &'static str,
    pub(super) approximate_note: &'static str,
    pub(super) method_note: &'static str,
    pub(super) qualifiers: fn(Qualifier) -> &'static str,
    pub(super) groups: fn(DrugGroup) -> &'static str,
}

impl Labels {
    pub(super) fn of(language: ReportLanguage) -> &'static Labels {
        match language {
            ReportLanguage::English => &ENGLISH,
        }
    }
}

static ENGLISH: Labels = Labels {
    lang: "en",
    default_title: "CARICC Information Releases: archive report",
    generated_by: "Made by caricc-release from the releases listed below.",
    no_releases: "No release was given: there is nothing to report.",
    no_data: "No data.",
    summary: "At a glance",
    releases_covered: "Releases covered",
    period_span: "Period covered",
    countries: "Countries",
    events: "Events",
    quantities: "Quantities of drugs reported",
    quantities_column: "Quantities",
    kilograms_total: "Kilograms seized (counted in the totals)",
    largest: "Largest seizure",
    releases: "Releases",
    release: "Release",
    period: "Period",
    statistics: "Statistics",
    source: "Source",
    country: "Country",
    drug_group: "Drug group",
    kilograms: "Kilograms",
    total: "Total",
    kg_title: "Kilograms seized per drug group and country",
    kg_desc: "Horizontal bars: for each country, one bar per drug group, its length the \
              kilograms seized across all the releases.",
    kg_axis: "Kilograms",
    events_title: "Events per country per release",
    events_desc: "Small multiples: one panel per country, one bar per release, its height the \
                  number of events (articles) the release reports for the country; every panel \
                  has the same scale.",
    events_axis: "Events (articles)",
    top_title: "The largest seizures",
    top_desc: "Horizontal bars: the ten largest quantities of drugs by mass, largest first, \
               each labelled with its rank, country, substance and release.",
    rank: "No.",
    substance: "Substance",
    amount: "Amount as written",
    headline: "Headline",
    log_scale: "logarithmic scale",
    log_note: "The scale is logarithmic: the largest value is at least a thousand times the \
               smallest, whose bar would not show on a linear scale.",
    approximate_note: "* approximate: the sum includes amounts the text qualifies (over, about, \
                       a range).",
    method_note: "Kilograms count quantities given as a mass only (volumes, plants and tablets \
                  are not converted). Where a release gives a whole and its parts (\u{201c}over \
                  2 tons of drugs, including 1,380 kg of marijuana\u{201d}), the parts count and \
                  the whole does not.",
    qualifiers: crate::render::qualifier_words,
    groups: english_group,
};

fn english_group(group: DrugGroup) -> &'static str {
    group.name()
}
