//! Composing a release: builders that derive what can be derived and report every problem.
//!
//! Setters never panic: a value that cannot be converted (a bad period, an unknown country
//! code, a malformed URL) is remembered and reported by `build()`, together with every
//! missing field, in the style of the `http` crate. Once every input is present and readable,
//! `build()` reports every error `validate()` finds.

use std::fmt;

use chrono::Datelike;
use url::Url;

use crate::model::path::{Field, Path};
use crate::model::{
    SERIES_SUBTITLE, SERIES_SUBTITLE_RU, SERIES_TITLE, SERIES_TITLE_RU, count_events,
};
use crate::{
    Article, ArticleDate, Block, ChangeRole, Code, ContentsEntry, Country, CountryCount,
    CountrySection, Decimal, EventKind, Format, LanguageTag, Period, Problem, Publisher, Qualifier,
    Release, ReleaseId, Severity, Speaker, Statistic, Substance, Summary, Unit,
};

/// `build()` failed: every missing field and unconvertible value or, when there are none, every
/// error of `validate()`.
///
/// ```
/// use caricc_release::{Code, Release};
///
/// let err = Release::builder().period("31-16.08.2025").build().unwrap_err();
/// assert!(err.problems().iter().any(|p| p.code() == Code::InvalidValue && p.path() == "period"));
/// assert!(err.problems().iter().any(|p| p.code() == Code::MissingField && p.path() == "publisher"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot build the release: {}", describe(.problems))]
pub struct BuildError {
    problems: Vec<Problem>,
}

impl BuildError {
    /// Every problem, in the order found.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Takes the problems out.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }
}

/// The first problem, and how many more there are.
fn describe(problems: &[Problem]) -> String {
    match problems {
        [only] => only.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more)", rest.len()),
        [] => "no problem recorded".to_owned(),
    }
}

/// A path that starts at `field`: a field of the release, or of the part a builder builds
/// (its problems are moved under the part's own path when the part is added).
fn at(field: Field) -> Path {
    Path::root().field(field)
}

/// Converts `value`, or records why not at `path`.
fn convert<T, V>(value: V, path: &Path, problems: &mut Vec<Problem>) -> Option<T>
where
    V: TryInto<T>,
    V::Error: fmt::Display,
{
    match value.try_into() {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::new(
                path.to_string(),
                Code::InvalidValue,
                e.to_string(),
            ));
            None
        }
    }
}

/// `value`, or a missing-field problem unless a refused value was already reported at the
/// release's `field`.
fn require<T>(
    problems: &mut Vec<Problem>,
    value: Option<T>,
    field: Field,
    what: &str,
) -> Option<T> {
    let path = at(field);
    if value.is_none() && !problems.iter().any(|p| p.path() == path.to_string()) {
        missing(problems, &path, what);
    }
    value
}

fn missing(problems: &mut Vec<Problem>, path: &Path, what: &str) {
    problems.push(Problem::new(
        path.to_string(),
        Code::MissingField,
        format!("{what} is required"),
    ));
}

/// Builds a [`Release`]. Start from [`Release::builder`] (nothing preset) or
/// [`ReleaseBuilder::caricc`] (CARICC's series title, subtitle, place, publisher, PDF, English).
///
/// Derived unless given: the number and year from the period on the semi-monthly schedule
/// (or the period from the number and year), the summary's total and per-country counts from
/// the sections, and the contents from the sections' countries, headings and pages.
///
/// ```
/// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
///
/// let release = ReleaseBuilder::caricc()
///     .period("16-31.08.2025")
///     .section(
///         SectionBuilder::new("KZ").page(2).article(
///             ArticleBuilder::new("MVD: 20,000 DRUG WEBSITES BLOCKED IN 7 MONTHS")
///                 .paragraph("Police blocked over 20,000 drug websites.")
///                 .source("https://polisia.kz/ru/mvd-za-7-mesyatsev-zablokirovano-20-tysyach-narkosajtov/")
///                 .statistic(StatisticBuilder::new("drug websites blocked").qualifier("over").value(20_000u32).unit("count")),
///         ),
///     )
///     .build()?;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.summary.total_events, 1);
/// assert_eq!(release.contents[0].heading, "REPUBLIC OF KAZAKHSTAN");
/// # Ok::<(), caricc_release::BuildError>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct ReleaseBuilder {
    title: Option<String>,
    subtitle: Option<String>,
    number: Option<u32>,
    year: Option<i32>,
    period: Option<Period>,
    place: Option<String>,
    publisher: Option<Publisher>,
    format: Option<Format>,
    language: Option<LanguageTag>,
    contents: Option<Vec<ContentsEntry>>,
    total_events: Option<u32>,
    events_by_country: Option<Vec<CountryCount>>,
    topics: Option<String>,
    sections: Vec<CountrySection>,
    /// Calls of `events` and `contents_entry`, so paths follow the caller's order even when
    /// a value is refused.
    events_calls: usize,
    contents_calls: usize,
    problems: Vec<Problem>,
}

impl Release {
    /// A builder with nothing preset; see [`ReleaseBuilder`].
    pub fn builder() -> ReleaseBuilder {
        ReleaseBuilder::default()
    }
}

impl ReleaseBuilder {
    /// A builder with CARICC's series preset: title, subtitle, place (Almaty), publisher
    /// ([`Publisher::caricc`]), format (PDF) and language (English).
    pub fn caricc() -> ReleaseBuilder {
        ReleaseBuilder {
            title: Some(SERIES_TITLE.to_owned()),
            subtitle: Some(SERIES_SUBTITLE.to_owned()),
            place: Some("Almaty".to_owned()),
            publisher: Some(Publisher::caricc()),
            format: Some(Format::Pdf),
            language: Some(LanguageTag::english()),
            ..ReleaseBuilder::default()
        }
    }

    /// A builder with the series preset of CARICC's Russian releases: the Russian title and
    /// subtitle ([`SERIES_TITLE_RU`], [`SERIES_SUBTITLE_RU`]), place (Алматы), publisher
    /// ([`Publisher::caricc_ru`]), format (PDF) and language (`ru`).
    ///
    /// ```
    /// use caricc_release::{ArticleBuilder, LanguageTag, ReleaseBuilder, SectionBuilder};
    ///
    /// let release = ReleaseBuilder::caricc_ru()
    ///     .id("#17/2025")
    ///     .section(
    ///         SectionBuilder::new("TJ").page(2).article(
    ///             ArticleBuilder::new("ИЗЪЯТО 5 КГ ГАШИША")
    ///                 .paragraph("Сотрудники агентства изъяли 5 кг гашиша.")
    ///                 .source("https://khovar.tj/rus/a"),
    ///         ),
    ///     )
    ///     .build()?;
    /// assert_eq!(release.language, LanguageTag::russian());
    /// assert_eq!(release.sections[0].heading, "РЕСПУБЛИКА ТАДЖИКИСТАН");
    /// assert_eq!(release.place, "Алматы");
    /// # Ok::<(), caricc_release::BuildError>(())
    /// ```
    pub fn caricc_ru() -> ReleaseBuilder {
        ReleaseBuilder {
            title: Some(SERIES_TITLE_RU.to_owned()),
            subtitle: Some(SERIES_SUBTITLE_RU.to_owned()),
            place: Some("Алматы".to_owned()),
            publisher: Some(Publisher::caricc_ru()),
            format: Some(Format::Pdf),
            language: Some(LanguageTag::russian()),
            ..ReleaseBuilder::default()
        }
    }

    /// The series title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The series subtitle.
    pub fn subtitle(mut self, subtitle: impl Into<String>) -> Self {
        self.subtitle = Some(subtitle.into());
        self
    }

    /// The number within the year.
    pub fn number(mut self, number: u32) -> Self {
        self.number = Some(number);
        self
    }

    /// The year of the number.
    pub fn year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// Number and year at once: a [`ReleaseId`] or its text, `"#16/2025"`.
    pub fn id<T>(mut self, id: T) -> Self
    where
        T: TryInto<ReleaseId>,
        T::Error: fmt::Display,
    {
        if let Some(id) = convert::<ReleaseId, _>(id, &at(Field::Number), &mut self.problems) {
            self.number = Some(id.number);
            self.year = Some(id.year);
        }
        self
    }

    /// The period: a [`Period`] or its text, `"16-31.08.2025"`.
    pub fn period<T>(mut self, period: T) -> Self
    where
        T: TryInto<Period>,
        T::Error: fmt::Display,
    {
        self.period = convert(period, &at(Field::Period), &mut self.problems);
        self
    }

    /// The place of publication.
    pub fn place(mut self, place: impl Into<String>) -> Self {
        self.place = Some(place.into());
        self
    }

    /// The publisher.
    pub fn publisher(mut self, publisher: Publisher) -> Self {
        self.publisher = Some(publisher);
        self
    }

    /// The format.
    pub fn format(mut self, format: Format) -> Self {
        self.format = Some(format);
        self
    }

    /// The language: a [`LanguageTag`] or its text, `"en"`.
    pub fn language<T>(mut self, language: T) -> Self
    where
        T: TryInto<LanguageTag>,
        T::Error: fmt::Display,
    {
        self.language = convert(language, &at(Field::Language), &mut self.problems);
        self
    }

    /// The summary's topics paragraph.
    pub fn topics(mut self, topics: impl Into<String>) -> Self {
        self.topics = Some(topics.into());
        self
    }

    /// The summary's total, given rather than derived; `validate()` checks it.
    pub fn total_events(mut self, total: u32) -> Self {
        self.total_events = Some(total);
        self
    }

    /// A country's count in the summary, given rather than derived. Once one count is given,
    /// the summary holds the given counts only, in the order given.
    pub fn events<T>(mut self, country: T, events: u32) -> Self
    where
        T: TryInto<Country>,
        T::Error: fmt::Display,
    {
        let path = at(Field::Summary)
            .field(Field::EventsByCountry)
            .index(self.events_calls);
        self.events_calls += 1;
        if let Some(country) = convert(country, &path, &mut self.problems) {
            self.events_by_country
                .get_or_insert_with(Vec::new)
                .push(CountryCount { country, events });
        }
        self
    }

    /// A line of the contents, given rather than derived. Once one line is given, the
    /// contents hold the given lines only, in the order given.
    pub fn contents_entry<T>(mut self, country: T, heading: impl Into<String>, page: u32) -> Self
    where
        T: TryInto<Country>,
        T::Error: fmt::Display,
    {
        let path = at(Field::Contents).index(self.contents_calls);
        self.contents_calls += 1;
        if let Some(country) = convert(country, &path, &mut self.problems) {
            self.contents
                .get_or_insert_with(Vec::new)
                .push(ContentsEntry {
                    country,
                    heading: heading.into(),
                    page,
                });
        }
        self
    }

    /// Adds a country section after those already added. A section whose heading is not
    /// given is headed by its country's official name in capitals: the Russian one when the
    /// builder's language is Russian (as with [`ReleaseBuilder::caricc_ru`]).
    pub fn section(mut self, section: SectionBuilder) -> Self {
        let prefix = at(Field::Sections).index(self.sections.len());
        self.problems.extend(
            section
                .problems
                .into_iter()
                .map(|p| p.under(&prefix.to_string())),
        );
        let mut s = section.section;
        // A Russian release's derived heading is the Russian official name.
        if !section.heading_given && self.language.as_ref().is_some_and(LanguageTag::is_russian) {
            s.heading = s.country.russian_official_name().to_uppercase();
        }
        self.sections.push(s);
        self
    }

    /// The release, or every problem at once: every missing field, every value that did not
    /// convert, and every error of [`Release::validate`] that they do not explain (warnings
    /// do not fail the build). Only without a period (nor a number and year to derive it)
    /// is validation left out, having no release to check.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] with every missing field (`missing-field`), every value that did not
    /// convert (`invalid-value`) and every error of [`Release::validate`] they do not explain.
    pub fn build(self) -> Result<Release, BuildError> {
        let mut problems = self.problems;
        let (number, year, period) = identity(self.number, self.year, self.period, &mut problems);
        let title = require(&mut problems, self.title, Field::Title, "the series title");
        let subtitle = require(
            &mut problems,
            self.subtitle,
            Field::Subtitle,
            "the series subtitle",
        );
        let place = require(
            &mut problems,
            self.place,
            Field::Place,
            "the place of publication",
        );
        let publisher = require(
            &mut problems,
            self.publisher,
            Field::Publisher,
            "the publisher",
        );
        let format = require(&mut problems, self.format, Field::Format, "the format");
        let language = require(
            &mut problems,
            self.language,
            Field::Language,
            "the language",
        );

        let contents = match self.contents {
            Some(given) => given,
            None => derive_contents(&self.sections, &mut problems),
        };
        let summary = Summary {
            total_events: self
                .total_events
                .unwrap_or_else(|| article_count(&self.sections)),
            events_by_country: self
                .events_by_country
                .unwrap_or_else(|| count_events(&self.sections)),
            topics: self.topics,
        };

        // Without a period (or a number and year to derive it) there is no release to check.
        let (Some(number), Some(year), Some(period)) = (number, year, period) else {
            return Err(BuildError { problems });
        };
        // Missing fields are reported above; stand-ins let validation check the rest at once.
        let release = Release {
            title: title.unwrap_or_default(),
            subtitle: subtitle.unwrap_or_default(),
            number,
            year,
            period,
            place: place.unwrap_or_default(),
            publisher: publisher.unwrap_or_else(Publisher::caricc),
            format: format.unwrap_or(Format::Pdf),
            language: language.unwrap_or_else(LanguageTag::english),
            contents,
            summary,
            sections: self.sections,
        };
        checked(release, problems)
    }
}

/// The release, unless input was missing or refused or validation finds an error; then every
/// problem at once: the input's, and the validation errors that the missing or refused input
/// does not explain (a refused source leaves an article without it, a refused country a
/// section with a stand-in: what validation says there is left out).
fn checked(release: Release, mut problems: Vec<Problem>) -> Result<Release, BuildError> {
    let errors: Vec<Problem> = release
        .validate()
        .into_iter()
        .filter(|p| p.severity() == Severity::Error)
        .filter(|p| !problems.iter().any(|input| explains(input, p)))
        .collect();
    problems.extend(errors);
    if problems.is_empty() {
        Ok(release)
    } else {
        Err(BuildError { problems })
    }
}

/// Whether the input problem `input` may be the cause of the validation problem `found`.
fn explains(input: &Problem, found: &Problem) -> bool {
    let (cause, at) = (input.path(), found.path());
    let counts = matches!(
        found.code(),
        Code::SummaryTotalMismatch
            | Code::SummaryCountryMismatch
            | Code::ContentsMismatch
            | Code::ContentsPageOrder
            | Code::DuplicateSection
    );
    // A refused source or breakdown part leaves a list without it.
    let lists = matches!(
        found.code(),
        Code::SourceMissing | Code::StatisticBreakdownExceeds | Code::StatisticUnitMismatch
    );
    let section_country = cause.strip_suffix(".country");
    within(cause, at)
        || (lists && within(at, cause))
        // A refused count, contents line or country changes what the counts compare.
        || (counts && (cause.starts_with("summary") || cause.starts_with("contents") || section_country.is_some()))
        // A section whose country was refused has no heading derived from it, nor has the
        // contents line derived from the section.
        || (section_country.is_some()
            && found.code() == Code::EmptyText
            && at.ends_with(".heading")
            && (at.starts_with("sections[") || at.starts_with("contents[")))
}

/// Whether `path` is `outer` or a place inside it (`sections[1]` holds `sections[1].page`).
fn within(outer: &str, path: &str) -> bool {
    path.strip_prefix(outer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

fn article_count(sections: &[CountrySection]) -> u32 {
    sections.iter().map(|s| s.articles.len() as u32).sum()
}

/// Number, year and period, each derived from the others where missing.
fn identity(
    number: Option<u32>,
    year: Option<i32>,
    period: Option<Period>,
    problems: &mut Vec<Problem>,
) -> (Option<u32>, Option<i32>, Option<Period>) {
    let year = year.or_else(|| period.map(|p| p.start.year()));
    let number = number.or_else(|| period.and_then(|p| p.semi_monthly_number()));
    let period = period.or_else(|| match (number, year) {
        (Some(n), Some(y)) => {
            let derived = Period::semi_monthly(n, y);
            if derived.is_none() {
                problems.push(Problem::new(
                    at(Field::Period).to_string(),
                    Code::MissingField,
                    format!("the period is required: #{n}/{y} is not on the semi-monthly schedule"),
                ));
            }
            derived
        }
        _ => None,
    });
    // A refused period explains every gap here; nothing more is reported.
    if problems
        .iter()
        .any(|p| p.path() == at(Field::Period).to_string())
    {
        return (number, year, period);
    }
    let number = match (number, period.is_some()) {
        (None, true) => {
            problems.push(Problem::new(
                at(Field::Number).to_string(),
                Code::MissingField,
                "the number is required: the period is not one of the semi-monthly schedule",
            ));
            None
        }
        (number, _) => require(
            problems,
            number,
            Field::Number,
            "the number (or the period)",
        ),
    };
    // The year matters only with a number to go with it; otherwise the period covers both.
    if number.is_some() {
        require(problems, year, Field::Year, "the year (or the period)");
    }
    let period = require(
        problems,
        period,
        Field::Period,
        "the period (or the number and year)",
    );
    (number, year, period)
}

fn derive_contents(sections: &[CountrySection], problems: &mut Vec<Problem>) -> Vec<ContentsEntry> {
    sections
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s.page {
            Some(page) => Some(ContentsEntry {
                country: s.country,
                heading: s.heading.clone(),
                page,
            }),
            None => {
                problems.push(Problem::new(
                    at(Field::Sections).index(i).field(Field::Page).to_string(),
                    Code::MissingField,
                    "the page is required to derive the contents (or give the contents)",
                ));
                None
            }
        })
        .collect()
}

/// Builds a [`CountrySection`]; add it with [`ReleaseBuilder::section`].
///
/// The heading, unless given, is the country's official name in capitals, as the releases
/// print it ("REPUBLIC OF KAZAKHSTAN", "KYRGYZ REPUBLIC").
///
/// ```
/// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder};
///
/// let article = || ArticleBuilder::new("CSTO COUNCIL MET").paragraph("It met.").source("https://mvd.gov.kg/a");
/// let build = |section| ReleaseBuilder::caricc().period("16-31.08.2025").section(section).build();
///
/// let release = build(SectionBuilder::new("KG").page(8).article(article()))?;
/// assert_eq!(release.sections[0].heading, "KYRGYZ REPUBLIC");
/// assert_eq!((release.contents[0].heading.as_str(), release.contents[0].page), ("KYRGYZ REPUBLIC", 8));
///
/// let err = build(SectionBuilder::new("XX").page(8).article(article())).unwrap_err();
/// assert_eq!(err.problems()[0].path(), "sections[0].country");
/// # Ok::<(), caricc_release::BuildError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct SectionBuilder {
    section: CountrySection,
    problems: Vec<Problem>,
    /// Whether the heading was given, not derived from the country.
    heading_given: bool,
}

impl SectionBuilder {
    /// A section of `country`: a [`Country`] or its alpha-2 code, `"KZ"`.
    pub fn new<T>(country: T) -> SectionBuilder
    where
        T: TryInto<Country>,
        T::Error: fmt::Display,
    {
        let mut problems = Vec::new();
        let country = convert(country, &at(Field::Country), &mut problems);
        let heading = country
            .map(|c| c.official_name().to_uppercase())
            .unwrap_or_default();
        // An unknown country is reported; the section keeps a placeholder that build() never returns.
        let section = CountrySection::new(country.unwrap_or(Country::KZ), heading);
        SectionBuilder {
            section,
            problems,
            heading_given: false,
        }
    }

    /// The heading as printed.
    pub fn heading(mut self, heading: impl Into<String>) -> Self {
        self.section.heading = heading.into();
        self.heading_given = true;
        self
    }

    /// The page the section starts on.
    pub fn page(mut self, page: u32) -> Self {
        self.section.page = Some(page);
        self
    }

    /// Adds an article after those already added.
    pub fn article(mut self, article: ArticleBuilder) -> Self {
        let prefix = at(Field::Articles).index(self.section.articles.len());
        self.problems.extend(
            article
                .problems
                .into_iter()
                .map(|p| p.under(&prefix.to_string())),
        );
        self.section.articles.push(article.article);
        self
    }
}

/// Builds an [`Article`]; add it with [`SectionBuilder::article`].
///
/// ```
/// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, Speaker};
///
/// let article = ArticleBuilder::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION")
///     .date("29 August")
///     .place("Zhetysu region")
///     .paragraph("Volunteers and athletes ran under the slogan “A world without drugs.”")
///     .quote_by("We act", Speaker::new("Aibek Sultanov"))
///     .source("https://polisia.kz/ru/zabeg/");
/// let section = SectionBuilder::new("KZ").page(2).article(article);
/// let release = ReleaseBuilder::caricc().period("16-31.08.2025").section(section).build()?;
/// let built = &release.sections[0].articles[0];
/// assert_eq!(built.date.map(|d| d.to_iso_string()).as_deref(), Some("--08-29"));
/// assert_eq!(built.places, ["Zhetysu region"]);
/// assert_eq!(built.body.len(), 2);
/// # Ok::<(), caricc_release::BuildError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct ArticleBuilder {
    article: Article,
    /// Calls of `source` and `statistic`, so paths follow the caller's order even when a
    /// value is refused.
    source_calls: usize,
    statistic_calls: usize,
    problems: Vec<Problem>,
}

impl ArticleBuilder {
    /// An article with this headline.
    pub fn new(headline: impl Into<String>) -> ArticleBuilder {
        ArticleBuilder {
            article: Article::new(headline),
            source_calls: 0,
            statistic_calls: 0,
            problems: Vec::new(),
        }
    }

    /// The date: an [`ArticleDate`] or its text, `"29 August"`, `"18 August 2025"`.
    pub fn date<T>(mut self, date: T) -> Self
    where
        T: TryInto<ArticleDate>,
        T::Error: fmt::Display,
    {
        self.article.date = convert(date, &at(Field::Date), &mut self.problems);
        self
    }

    /// Adds a place.
    pub fn place(mut self, place: impl Into<String>) -> Self {
        self.article.places.push(place.into());
        self
    }

    /// Adds an organisation.
    pub fn organisation(mut self, organisation: impl Into<String>) -> Self {
        self.article.organisations.push(organisation.into());
        self
    }

    /// Adds a paragraph to the body.
    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.article.body.push(Block::paragraph(text));
        self
    }

    /// Adds a bulleted list to the body.
    pub fn bullets<I, S>(mut self, items: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.article.body.push(Block::bullets(items));
        self
    }

    /// Adds a quotation with no named speaker to the body.
    pub fn quote(mut self, text: impl Into<String>) -> Self {
        self.article.body.push(Block::quote(text, None));
        self
    }

    /// Adds a quotation by `speaker` to the body.
    pub fn quote_by(mut self, text: impl Into<String>, speaker: Speaker) -> Self {
        self.article.body.push(Block::quote(text, Some(speaker)));
        self
    }

    /// Adds a source: a [`Url`] or its text.
    pub fn source<T>(mut self, url: T) -> Self
    where
        T: TryInto<Url>,
        T::Error: fmt::Display,
    {
        let path = at(Field::Sources).index(self.source_calls);
        self.source_calls += 1;
        if let Some(url) = convert(url, &path, &mut self.problems) {
            self.article.sources.push(url);
        }
        self
    }

    /// Adds a topic.
    pub fn topic(mut self, topic: impl Into<String>) -> Self {
        self.article.topics.push(topic.into());
        self
    }

    /// Adds a kind of event the article reports: an [`EventKind`] or its code
    /// (`"seizure"`, `"arrest"`); the kinds are kept in [`EventKind`]'s order, each once.
    ///
    /// ```
    /// use caricc_release::{ArticleBuilder, EventKind, ReleaseBuilder, SectionBuilder};
    ///
    /// let article = ArticleBuilder::new("HEROIN SEIZED IN OSH").event_kind("arrest").event_kind(EventKind::Seizure);
    /// let release = ReleaseBuilder::caricc().period("16-31.08.2025").section(SectionBuilder::new("KG").page(2).article(article)).build()?;
    /// assert_eq!(release.sections[0].articles[0].event_kinds, [EventKind::Seizure, EventKind::Arrest]);
    /// # Ok::<(), caricc_release::BuildError>(())
    /// ```
    pub fn event_kind<T>(mut self, kind: T) -> Self
    where
        T: TryInto<EventKind>,
        T::Error: fmt::Display,
    {
        let path = at(Field::EventKinds).index(self.article.event_kinds.len());
        if let Some(kind) = convert(kind, &path, &mut self.problems) {
            if let Err(i) = self.article.event_kinds.binary_search(&kind) {
                self.article.event_kinds.insert(i, kind);
            }
        }
        self
    }

    /// Adds a statistic.
    pub fn statistic(mut self, statistic: StatisticBuilder) -> Self {
        let path = at(Field::Statistics).index(self.statistic_calls);
        self.statistic_calls += 1;
        if let Some(s) = statistic.finish(&path, &mut self.problems) {
            self.article.statistics.push(s);
        }
        self
    }
}

/// Builds a [`Statistic`]; add it with [`ArticleBuilder::statistic`] or as a part with
/// [`StatisticBuilder::part`]. The value and the unit are required.
///
/// ```
/// use caricc_release::{ArticleBuilder, StatisticBuilder};
///
/// // "imprisonment for a term of 5 to 20 years"
/// let term = StatisticBuilder::new("prison term for drug trafficking").value(5u32).range_end(20u32).unit("year");
/// let article = ArticleBuilder::new("MVD STRENGTHENS CONTROL").statistic(term);
/// # let _ = article;
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct StatisticBuilder {
    measure: String,
    qualifier: Qualifier,
    /// `Err(())` when a value was given but refused (already reported).
    value: Result<Option<Decimal>, ()>,
    range_end: Option<Decimal>,
    unit: Result<Option<Unit>, ()>,
    role: Option<ChangeRole>,
    substance: Option<Substance>,
    reference_period: Option<String>,
    area: Option<String>,
    parts: Vec<StatisticBuilder>,
    phrase: Option<String>,
    problems: Vec<Problem>,
}

impl StatisticBuilder {
    /// A statistic of `measure` ("drug crimes detected").
    pub fn new(measure: impl Into<String>) -> StatisticBuilder {
        StatisticBuilder {
            measure: measure.into(),
            qualifier: Qualifier::Exact,
            value: Ok(None),
            range_end: None,
            unit: Ok(None),
            role: None,
            substance: None,
            reference_period: None,
            area: None,
            parts: Vec::new(),
            phrase: None,
            problems: Vec::new(),
        }
    }

    /// The value: a [`Decimal`], an integer, or decimal text (`"2500000000"`, `"2.5"`).
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: TryInto<Decimal>,
        T::Error: fmt::Display,
    {
        self.value = convert(value, &at(Field::Value), &mut self.problems)
            .map(Some)
            .ok_or(());
        self
    }

    /// The upper end of a range ("5 to 20 years": 20).
    pub fn range_end<T>(mut self, end: T) -> Self
    where
        T: TryInto<Decimal>,
        T::Error: fmt::Display,
    {
        self.range_end = convert(end, &at(Field::RangeEnd), &mut self.problems);
        self
    }

    /// The part the value plays in a change ("from 12,000 to 31,000": before, after).
    pub fn role(mut self, role: ChangeRole) -> Self {
        self.role = Some(role);
        self
    }

    /// The substance counted or weighed: a [`Substance`] or its code (`"cannabis_resin"`).
    ///
    /// ```
    /// use caricc_release::{StatisticBuilder, Substance};
    ///
    /// let hashish = StatisticBuilder::new("hashish").value("3.412").unit("kg").substance("cannabis_resin");
    /// # let _ = hashish;
    /// ```
    pub fn substance<T>(mut self, substance: T) -> Self
    where
        T: TryInto<Substance>,
        T::Error: fmt::Display,
    {
        self.substance = convert(substance, &at(Field::Substance), &mut self.problems);
        self
    }

    /// The qualifier: a [`Qualifier`], or its code or words (`"over"`, `"more than"`, `"almost"`).
    pub fn qualifier<T>(mut self, qualifier: T) -> Self
    where
        T: TryInto<Qualifier>,
        T::Error: fmt::Display,
    {
        if let Some(q) = convert(qualifier, &at(Field::Qualifier), &mut self.problems) {
            self.qualifier = q;
        }
        self
    }

    /// The unit: a [`Unit`] or its code, `"kg"`, `"count"`, `"KZT"`.
    pub fn unit<T>(mut self, unit: T) -> Self
    where
        T: TryInto<Unit>,
        T::Error: fmt::Display,
    {
        self.unit = convert(unit, &at(Field::Unit), &mut self.problems)
            .map(Some)
            .ok_or(());
        self
    }

    /// The time the value refers to, as written.
    pub fn reference_period(mut self, period: impl Into<String>) -> Self {
        self.reference_period = Some(period.into());
        self
    }

    /// The place the value refers to, as written.
    pub fn area(mut self, area: impl Into<String>) -> Self {
        self.area = Some(area.into());
        self
    }

    /// Adds a part to the breakdown.
    pub fn part(mut self, part: StatisticBuilder) -> Self {
        self.parts.push(part);
        self
    }

    /// The phrase as written.
    pub fn phrase(mut self, phrase: impl Into<String>) -> Self {
        self.phrase = Some(phrase.into());
        self
    }

    fn finish(self, path: &Path, problems: &mut Vec<Problem>) -> Option<Statistic> {
        problems.extend(
            self.problems
                .into_iter()
                .map(|p| p.under(&path.to_string())),
        );
        if self.value == Ok(None) {
            missing(problems, &path.clone().field(Field::Value), "the value");
        }
        if self.unit == Ok(None) {
            missing(problems, &path.clone().field(Field::Unit), "the unit");
        }
        let breakdown: Vec<Statistic> = self
            .parts
            .into_iter()
            .enumerate()
            .filter_map(|(k, part)| {
                part.finish(&path.clone().field(Field::Breakdown).index(k), problems)
            })
            .collect();
        Some(Statistic {
            measure: self.measure,
            qualifier: self.qualifier,
            value: self.value.ok()??,
            range_end: self.range_end,
            unit: self.unit.ok()??,
            role: self.role,
            substance: self.substance,
            reference_period: self.reference_period,
            area: self.area,
            breakdown,
            phrase: self.phrase,
        })
    }
}
