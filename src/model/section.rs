//! Country sections of a release.

use super::{Article, Country};

/// The articles of one country, under its heading as printed.
///
/// ```
/// use caricc_release::{Country, CountrySection};
///
/// let section = CountrySection::new(Country::KG, "KYRGYZ REPUBLIC");
/// assert_eq!(section.country.common_name(), "Kyrgyzstan");
/// assert!(section.articles.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CountrySection {
    /// The country.
    pub country: Country,
    /// The heading as printed ("REPUBLIC OF AZERBAIJAN").
    pub heading: String,
    /// The page the section starts on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The articles, in the release's order.
    pub articles: Vec<Article>,
}

impl CountrySection {
    /// A section with no page and no articles yet.
    pub fn new(country: Country, heading: impl Into<String>) -> CountrySection {
        CountrySection {
            country,
            heading: heading.into(),
            page: None,
            articles: Vec::new(),
        }
    }
}
