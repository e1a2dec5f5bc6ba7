//! The release: metadata, contents, summary and country sections.

use std::fmt;
use std::str::FromStr;

use super::{Article, Country, CountrySection, Period, Publisher};
use crate::error::ParseError;
use crate::error::serde_via_str;

/// The series title CARICC prints on every release.
pub const SERIES_TITLE: &str = "Information Release about past events in the anti-drug sphere";
/// The series subtitle CARICC prints on every release.
pub const SERIES_SUBTITLE: &str = "according to the media";
/// The series title of a Russian release («Информационный релиз о прошедших событиях в
/// антинаркотической сфере»).
pub const SERIES_TITLE_RU: &str =
    "Информационный релиз о прошедших событиях в антинаркотической сфере";
/// The series subtitle of a Russian release («по данным СМИ»).
pub const SERIES_SUBTITLE_RU: &str = "по данным СМИ";

/// One issue of the *Information Release about past events in the anti-drug sphere
/// (according to the media)*.
///
/// Compose one with [`Release::builder`], read one with [`crate::from_json`], check one
/// with [`Release::validate`].
///
/// ```
/// use caricc_release::{Country, Release};
///
/// let release: Release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.period.to_string(), "16-31.08.2025");
/// let countries: Vec<Country> = release.sections.iter().map(|s| s.country).collect();
/// assert_eq!(countries, [Country::AZ, Country::KZ, Country::KG, Country::RU]);
/// assert_eq!(release.articles().count(), 13);
/// assert!(release.validate().is_valid());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Release {
    /// Series title ([`SERIES_TITLE`]; [`SERIES_TITLE_RU`] in Russian).
    pub title: String,
    /// Series subtitle ([`SERIES_SUBTITLE`]; [`SERIES_SUBTITLE_RU`] in Russian).
    pub subtitle: String,
    /// Number within the year (16 for #16/2025).
    pub number: u32,
    /// Year of the number (2025 for #16/2025).
    pub year: i32,
    /// The days covered.
    pub period: Period,
    /// Place of publication ("Almaty").
    pub place: String,
    /// Who publishes it.
    pub publisher: Publisher,
    /// How it circulates ("PDF").
    pub format: Format,
    /// Language of the text.
    pub language: LanguageTag,
    /// Table of contents: the sections and their pages, in order.
    pub contents: Vec<ContentsEntry>,
    /// The summary: events counted in total and per country, and the topics paragraph.
    pub summary: Summary,
    /// Country sections, in order.
    pub sections: Vec<CountrySection>,
}

impl Release {
    /// Number and year together.
    pub fn id(&self) -> ReleaseId {
        ReleaseId {
            number: self.number,
            year: self.year,
        }
    }

    /// Every article, with the section it stands in.
    pub fn articles(&self) -> impl Iterator<Item = (&CountrySection, &Article)> {
        self.sections
            .iter()
            .flat_map(|s| s.articles.iter().map(move |a| (s, a)))
    }
}

/// A release's number and year, shown as `#16/2025`.
///
/// Serializes as that text: `"#16/2025"`.
///
/// ```
/// use caricc_release::ReleaseId;
///
/// let id: ReleaseId = "#16/2025".parse()?;
/// assert_eq!((id.number, id.year), (16, 2025));
/// assert_eq!(id.to_string(), "#16/2025");
/// assert_eq!("16/2025".parse::<ReleaseId>()?, id);
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct ReleaseId {
    /// Year first, so ids sort in time.
    pub year: i32,
    /// Number within the year, from 1.
    pub number: u32,
}

impl ReleaseId {
    /// The id of release `number` of `year`.
    pub fn new(number: u32, year: i32) -> ReleaseId {
        ReleaseId { year, number }
    }
}

impl serde::Serialize for ReleaseId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for ReleaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Four digits, as the text form requires: year 611 reads from "0611" and prints so.
        crate::error::pad(f, format_args!("#{}/{:04}", self.number, self.year))
    }
}

impl FromStr for ReleaseId {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || {
            ParseError::new(
                "release id",
                s,
                "expected \"#NUMBER/YEAR\", e.g. \"#16/2025\"",
            )
        };
        let rest = s.strip_prefix('#').unwrap_or(s);
        let (number, year) = rest.split_once('/').ok_or_else(err)?;
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(number) || year.len() != 4 || !digits(year) {
            return Err(err());
        }
        let number: u32 = number.parse().map_err(|_| err())?;
        if number == 0 {
            return Err(ParseError::new("release id", s, "numbers start at 1"));
        }
        Ok(ReleaseId {
            number,
            year: year.parse().map_err(|_| err())?,
        })
    }
}

impl TryFrom<&str> for ReleaseId {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// One line of the table of contents: the heading as printed and its page.
///
/// The contents keep their own heading, misprints included:
///
/// ```
/// use caricc_release::Country;
///
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let entry = &release.contents[2];
/// assert_eq!((entry.country, entry.page), (Country::KG, 8));
/// assert_eq!(entry.heading, "KYRGYZ PEPUBLIC");
/// assert_eq!(release.sections[2].heading, "KYRGYZ REPUBLIC");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ContentsEntry {
    /// The section's country.
    pub country: Country,
    /// The heading as the contents print it (which may differ from the section's own).
    pub heading: String,
    /// The page.
    pub page: u32,
}

impl ContentsEntry {
    /// The entry of `country`'s section, printed as `heading` on `page`.
    pub fn new(country: Country, heading: impl Into<String>, page: u32) -> ContentsEntry {
        ContentsEntry {
            country,
            heading: heading.into(),
            page,
        }
    }
}

/// The summary of a release: "… covered 13 events … (Azerbaijan – 7, Kazakhstan – 3, …)",
/// then the topics paragraph.
///
/// ```
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let summary = &release.summary;
/// assert_eq!(summary.total_events, 13);
/// let counts: Vec<(&str, u32)> =
///     summary.events_by_country.iter().map(|c| (c.country.alpha2(), c.events)).collect();
/// assert_eq!(counts, [("AZ", 7), ("KZ", 3), ("KG", 1), ("RU", 2)]);
/// assert!(summary.topics.as_deref().is_some_and(|t| t.starts_with("Published articles contain")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Summary {
    /// Events covered in total.
    pub total_events: u32,
    /// Events per country, in the summary's order.
    pub events_by_country: Vec<CountryCount>,
    /// The paragraph on what the articles are about, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<String>,
}

impl Summary {
    /// A summary of `total_events` events, `events_by_country` in the summary's order, and no
    /// topics paragraph.
    pub fn new(total_events: u32, events_by_country: Vec<CountryCount>) -> Summary {
        Summary {
            total_events,
            events_by_country,
            topics: None,
        }
    }

    /// The same summary with the topics paragraph.
    pub fn with_topics(mut self, topics: impl Into<String>) -> Summary {
        self.topics = Some(topics.into());
        self
    }
}

/// The summary's counts as the sections give them: one per country, in the sections' order.
pub(crate) fn count_events(sections: &[CountrySection]) -> Vec<CountryCount> {
    let mut counts: Vec<CountryCount> = Vec::new();
    for s in sections {
        let events = s.articles.len() as u32;
        match counts.iter_mut().find(|c| c.country == s.country) {
            Some(c) => c.events += events,
            None => counts.push(CountryCount {
                country: s.country,
                events,
            }),
        }
    }
    counts
}

/// A country's number of events in the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CountryCount {
    /// The country.
    pub country: Country,
    /// Its number of events.
    pub events: u32,
}

impl CountryCount {
    /// `events` events in `country`.
    pub fn new(country: Country, events: u32) -> CountryCount {
        CountryCount { country, events }
    }
}

/// How a release circulates. Text form: `PDF`, `HTML`, `print`.
///
/// ```
/// use caricc_release::Format;
///
/// assert_eq!("PDF".parse::<Format>()?, Format::Pdf);
/// assert_eq!(Format::Print.to_string(), "print");
/// assert!("pdf".parse::<Format>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// A PDF file ("Circulation in PDF format").
    Pdf,
    /// A web page.
    Html,
    /// On paper.
    Print,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Format::Pdf => "PDF",
            Format::Html => "HTML",
            Format::Print => "print",
        })
    }
}

impl FromStr for Format {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "PDF" => Ok(Format::Pdf),
            "HTML" => Ok(Format::Html),
            "print" => Ok(Format::Print),
            _ => Err(ParseError::new("format", s, "expected PDF, HTML or print")),
        }
    }
}
impl TryFrom<&str> for Format {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(Format, "a format: PDF, HTML or print");

/// A BCP 47 language tag such as `en`, `ru` or `kk-Cyrl-KZ`, checked for well-formed syntax.
///
/// ```
/// use caricc_release::LanguageTag;
///
/// assert_eq!("en".parse::<LanguageTag>()?.as_str(), "en");
/// assert!("kk-Cyrl-KZ".parse::<LanguageTag>().is_ok());
/// assert!("english language".parse::<LanguageTag>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// English, the language of CARICC's English releases.
    pub fn english() -> LanguageTag {
        LanguageTag("en".to_owned())
    }

    /// Russian, the language of CARICC's Russian releases.
    pub fn russian() -> LanguageTag {
        LanguageTag("ru".to_owned())
    }

    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the tag names Russian (`ru`, `ru-RU`, `RU-KZ`...): its primary subtag is `ru`.
    ///
    /// ```
    /// use caricc_release::LanguageTag;
    ///
    /// assert!(LanguageTag::russian().is_russian());
    /// assert!("ru-KZ".parse::<LanguageTag>()?.is_russian());
    /// assert!(!LanguageTag::english().is_russian());
    /// assert!(!"rue".parse::<LanguageTag>()?.is_russian());
    /// # Ok::<(), caricc_release::ParseError>(())
    /// ```
    pub fn is_russian(&self) -> bool {
        self.0
            .split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case("ru"))
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl FromStr for LanguageTag {
    type Err = ParseError;

    /// Checks RFC 5646's shape: a primary subtag of 2–8 letters (or `x`/`i` for private and
    /// grandfathered tags), then subtags of 1–8 letters or digits, joined by `-`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut subtags = s.split('-');
        let primary = subtags.next().unwrap_or("");
        let primary_ok = (primary.len() >= 2 && primary.len() <= 8
            || primary.eq_ignore_ascii_case("x")
            || primary.eq_ignore_ascii_case("i"))
            && primary.bytes().all(|b| b.is_ascii_alphabetic());
        let rest_ok = subtags
            .all(|t| !t.is_empty() && t.len() <= 8 && t.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !primary_ok || !rest_ok {
            return Err(ParseError::new(
                "language tag",
                s,
                "expected a BCP 47 tag such as \"en\" or \"ru-RU\"",
            ));
        }
        Ok(LanguageTag(s.to_owned()))
    }
}

impl TryFrom<&str> for LanguageTag {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(LanguageTag, "a BCP 47 language tag such as \"en\"");
