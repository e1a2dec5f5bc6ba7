//! The archive view: many releases side by side, as rows.
//!
//! An [`Archive`] collects releases (each under a *source* name, usually the file it was
//! read from) and turns them into three kinds of rows:
//!
//! - **events**: one [`EventRow`] per release and country, the country's events being the
//!   articles of its section(s); with per-country totals across the releases
//!   ([`CountryTotal`]) and a grand total ([`Archive::total_events`]);
//! - **statistics**: one [`StatisticRow`] per statistic of every article, breakdown parts
//!   included (right after the statistic they are part of, with its measure in
//!   [`StatisticRow::part_of`]), in document order;
//! - **seizures**: one [`SeizureRow`] per quantity of a substance (the statistics with a
//!   [`Substance`](crate::Substance)), with its amount in kilograms where it is a mass; with
//!   totals by release, country and substance ([`Archive::seizure_totals`]) and by year
//!   ([`Archive::seizure_totals_by_year`]) that count a whole or its parts, never both.
//!
//! Rows keep the order in which releases were added, and within a release the document's
//! order. A release added twice (say, once from its JSON and once from its XML) is counted
//! twice; the `source` column tells the copies apart.
//!
//! # Outputs
//!
//! Each output comes for every [`View`]: [`View::Events`] (the events and their totals),
//! [`View::Statistics`], [`View::Seizures`] (the seizures and their totals by release and
//! by year), [`View::SeizureTotals`] (the totals by release), [`View::SeizureTotalsByYear`]
//! (the totals by year) or [`View::All`] (the events, the statistics and the seizures, with
//! their totals).
//!
//! - **table** ([`Archive::table`]): aligned plain text for a terminal, columns two spaces
//!   apart, numbers right-aligned, each line ending in `\n` without trailing spaces; the
//!   tables of the view, a blank line apart, in this order: the events table (`RELEASE`,
//!   `PERIOD`, `COUNTRY`, `EVENTS`, `SOURCE`), the totals table (`COUNTRY`, `RELEASES`,
//!   `EVENTS`, ending with a `TOTAL` line), the statistics table (`RELEASE`, `COUNTRY`,
//!   `QUALIFIER`, `VALUE`, `TO`, `UNIT`, `MEASURE`, `HEADLINE`), the seizures table
//!   (`RELEASE`, `COUNTRY`, `DATE`, `SUBSTANCE`, `QUALIFIER`, `AMOUNT`, `TO`, `UNIT`,
//!   `KILOGRAMS`, `COUNTED`, `HEADLINE`), the seizure totals by release (`RELEASE`,
//!   `COUNTRY`, `SUBSTANCE`, `GROUP`, `QUANTITIES`, `KILOGRAMS`) and by year (the same,
//!   `YEAR` first). A table without rows is its header line. In the table only,
//!   periods read `16-31.08.2025` (a seizure's one day `18.08.2025`), the `exact`
//!   qualifier is left blank, a breakdown part's measure is marked `└ ` (indented by two
//!   spaces per further level) and so is the substance of a seizure that is part of
//!   another, substances and groups are their names, `COUNTED` is `yes` or `no`
//!   ([`SeizureRow::in_totals`]), a total's kilograms are blank when none of its
//!   quantities is a mass and read `~25000` when [approximate](SeizureTotal::approximate),
//!   and control characters (line breaks in a headline, say) are shown as spaces. The
//!   seizure totals have no `TOTAL` line: kilograms of different substances do not add up.
//! - **CSV** ([`Archive::csv`]):
//!   RFC 4180: a header line, then one line per row, lines ending in CRLF; a field holding a
//!   comma, a double quote, a CR or an LF is put in double quotes, with its double quotes
//!   doubled. The columns are the fields of [`EventRow`], [`StatisticRow`], [`SeizureRow`]
//!   and [`SeizureTotal`] (by year without `release`), in their order and with their
//!   names; absent values are empty fields. One CSV holds one table: the events CSV carries
//!   rows only (their totals are the sums of the `events` column), [`View::Seizures`] the
//!   seizure rows only, [`View::SeizureTotals`] and [`View::SeizureTotalsByYear`] the
//!   totals. [`View::All`] gives the events CSV, a blank line (CRLF), the statistics CSV,
//!   a blank line, then the seizures CSV.
//! - **JSON** ([`Archive::json`]): one object, indented by two spaces and ending with a
//!   newline, with the keys `releases` (a list of [`ReleaseRow`]), then for the events
//!   `events` ([`EventRow`]s), `country_totals` ([`CountryTotal`]s) and `total_events`,
//!   for the statistics `statistics` ([`StatisticRow`]s), and for the seizures `seizures`
//!   ([`SeizureRow`]s), `seizure_totals` and `seizure_totals_by_year` ([`SeizureTotal`]s,
//!   `release` being `null` in the latter); the keys of the view only. Field names are
//!   snake_case; absent values are `null`, so every row has every key.
//!
//! In CSV and JSON, release ids read `#16/2025`, periods are ISO 8601 intervals
//! (`2025-08-16/2025-08-31`, which [`Period`]'s `FromStr` reads back), days are ISO 8601
//! dates (`2025-08-18`), countries are ISO 3166-1 alpha-2 codes beside their common names,
//! qualifiers, units, substances and drug groups are their codes ([`Qualifier`], [`Unit`],
//! [`Substance`](crate::Substance), [`DrugGroup`](crate::DrugGroup)), flags are `true` or
//! `false`, and values are exactly as [`Decimal`] writes them (`2500000000`, `2.5`), as
//! strings in JSON, so that nothing is rounded through a float.
//!
//! ## The seizures CSV in DuckDB, Polars and pandas
//!
//! The seizures CSVs are made for analysis tools to type on their own: dates `YYYY-MM-DD`,
//! decimals without exponent, thousands separator or quotes, `true`/`false`, empty fields
//! for absent values. In them only, a whole number gets a decimal point (`amount`,
//! `range_end` and `kilograms` read `3412.0`, `0.12`): a reader that types a column from
//! its first rows would otherwise take `3412` for an integer and fail on a later `0.12`.
//! `tests/seizures.rs` checks that these calls give `date_from` and `date_to` as dates,
//! `amount`, `range_end` and `kilograms` as floating-point numbers, `in_totals` as
//! booleans and the codes as text:
//!
//! ```text
//! DuckDB   SELECT * FROM read_csv('seizures.csv');
//! Polars   pl.read_csv("seizures.csv", try_parse_dates=True, infer_schema_length=None)
//! pandas   pd.read_csv("seizures.csv", parse_dates=["date_from", "date_to"],
//!                      keep_default_na=False, na_values=[""])
//! ```
//!
//! Polars and pandas type dates only when asked; Polars types a column from its first 100
//! rows unless `infer_schema_length=None` has it read them all (`range_end` is empty in
//! most rows), as DuckDB does from its first 20,480 (`sample_size=-1` for all);
//! `keep_default_na=False` keeps pandas from reading Namibia's code `NA` as a missing
//! value. No reader can type a column that is empty in every row (`range_end` when no
//! amount is a range): DuckDB and Polars take it for text; give its type when that may
//! happen (`types={'range_end': 'DOUBLE'}`, `schema_overrides={"range_end": pl.Float64}`).
//!
//! ```
//! use caricc_release::collection::{Archive, View};
//!
//! let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
//! let release = caricc_release::from_json(&json)?;
//! let mut next = release.clone();
//! next.number = 17;
//! next.period = "01-15.09.2025".parse()?;
//!
//! let mut archive = Archive::new();
//! archive.add("release-2025-16.json", &release).add("release-2025-17.json", &next);
//!
//! assert_eq!(archive.total_events(), 26);
//! let kz = &archive.country_totals()[1];
//! assert_eq!((kz.country.alpha2(), kz.releases, kz.events), ("KZ", 2, 6));
//!
//! let table = archive.table(View::Events);
//! assert!(table.starts_with("RELEASE   PERIOD         COUNTRY        EVENTS  SOURCE\n"));
//! assert!(table.contains("\n#17/2025  01-15.09.2025  KZ Kazakhstan       3  release-2025-17.json\n"));
//! assert!(table.ends_with("\nTOTAL                 2      26\n"));
//!
//! let csv = archive.csv(View::Events);
//! assert!(csv.starts_with("source,release,period,country,country_name,events\r\n"));
//! assert!(csv.contains("\r\nrelease-2025-16.json,#16/2025,2025-08-16/2025-08-31,AZ,Azerbaijan,7\r\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Streams of releases
//!
//! An archive of many releases can be kept in one file and read one release at a time,
//! in constant memory, with a [`ReleaseReader`] (an iterator of
//! `Result<Release, ReadError>`); [`write_json_lines`] and [`write_xml_collection`] write
//! the two formats it reads:
//!
//! - **JSON Lines** ([`ReleaseReader::json_lines`]): one release per line, each as
//!   [`from_json`](crate::from_json) reads it (the writer gives compact JSON); lines
//!   end in LF or CRLF; blank lines are skipped and are not records.
//! - **XML collection** ([`ReleaseReader::xml_collection`]): one XML document whose root
//!   is `<releases xmlns="urn:caricc-release:1" version="1.1">` (the root's `version` is
//!   the vocabulary's, `MAJOR.MINOR`; every `1.x` is read), whose children are `release`
//!   elements of the [XML vocabulary](crate::xml), each with its own `version`; white space,
//!   comments and processing instructions may stand between them. A `release` may rely on
//!   namespace prefixes the root declares. The reading rules are those of
//!   [`from_xml`](crate::from_xml): a DOCTYPE is refused (and ends the reading) and so is
//!   anything outside the vocabulary; errors give the line and column in the whole document
//!   and the path under the root (`/releases/release[2]/sections/section[1]`).
//!
//! [`ReleaseReader::detect`] chooses between them by the first byte that is not white space
//! (`{` or `<`). Records are numbered from 1 in the order of the stream. An error about one
//! record (it does not read, or it is not a release) is that record's item, and reading
//! goes on with the next record; an error about the stream (an I/O failure, XML that is not
//! well-formed, a DOCTYPE, another root) is the last item ([`ReadError::is_fatal`]).
//!
//! Memory holds one release and the readers' buffers, which grow to the largest record;
//! summarise as you go (an [`Archive`] keeps a row per release and country, and one per
//! statistic, so it grows with the stream).
//!
//! ```
//! use std::collections::BTreeMap;
//!
//! use caricc_release::collection::{ReleaseReader, write_xml_collection};
//!
//! let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
//! let release = caricc_release::from_json(&json)?;
//! let mut file = Vec::new(); // or a `BufWriter<File>`
//! write_xml_collection(&mut file, std::iter::repeat_n(&release, 3))?;
//!
//! let mut events_by_country = BTreeMap::new();
//! for item in ReleaseReader::xml_collection(file.as_slice()) { // or a `BufReader<File>`
//!     let release = item?;
//!     assert!(!release.validate().has_errors());
//!     for section in &release.sections {
//!         *events_by_country.entry(section.country.alpha2()).or_insert(0) += section.articles.len();
//!     }
//! }
//! assert_eq!(events_by_country["KZ"], 9);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod json_lines;
mod report;
mod seizure_outputs;
mod seizures;
mod stream;
mod write;

pub use error::{ReadError, WriteError};
pub use report::{ReportLanguage, ReportOptions};
pub use seizures::{SeizureRow, SeizureTotal};
pub use stream::{ReleaseReader, StreamFormat};
pub use write::{write_json_lines, write_xml_collection};

use std::fmt::Write as _;

use serde::Serialize;

use std::ops::ControlFlow;

use seizures::SeizureRows;

use crate::model::path::Path;
use crate::model::walk::{Visitor, walk};
use crate::model::{
    Article, Country, CountrySection, Decimal, Period, Qualifier, Release, ReleaseId, Statistic,
    Unit,
};

/// Which rows an output carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum View {
    /// The events, the statistics and the seizures (the default).
    #[default]
    All,
    /// The events per release and country, with their totals.
    Events,
    /// The statistics.
    Statistics,
    /// The seizures ([`SeizureRow`]s), with their totals by release and by year; in CSV,
    /// the rows only.
    Seizures,
    /// The seizure totals by release, country and substance
    /// ([`Archive::seizure_totals`]).
    SeizureTotals,
    /// The seizure totals by year, country and substance
    /// ([`Archive::seizure_totals_by_year`]).
    SeizureTotalsByYear,
}

impl View {
    fn events(self) -> bool {
        matches!(self, View::All | View::Events)
    }

    fn statistics(self) -> bool {
        matches!(self, View::All | View::Statistics)
    }

    fn seizures(self) -> bool {
        matches!(self, View::All | View::Seizures)
    }

    fn seizure_totals(self) -> bool {
        matches!(self, View::All | View::Seizures | View::SeizureTotals)
    }

    fn seizure_totals_by_year(self) -> bool {
        matches!(self, View::All | View::Seizures | View::SeizureTotalsByYear)
    }
}

/// One release of the archive: where it came from and how much it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReleaseRow {
    /// The name the release was added under (usually its file).
    pub source: String,
    /// The release's number and year; `"#16/2025"` in CSV and JSON.
    #[serde(serialize_with = "display")]
    pub release: ReleaseId,
    /// The days covered; `"2025-08-16/2025-08-31"` in CSV and JSON.
    #[serde(serialize_with = "iso_period")]
    pub period: Period,
    /// Its events: the articles of all its sections.
    pub events: u64,
    /// Its statistic rows, breakdown parts included.
    pub statistics: u64,
}

/// The events of one country in one release: the articles of the country's section (of
/// its sections, should a release wrongly have two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EventRow {
    /// The name the release was added under.
    pub source: String,
    /// The release's number and year; `"#16/2025"` in CSV and JSON.
    #[serde(serialize_with = "display")]
    pub release: ReleaseId,
    /// The days the release covers; `"2025-08-16/2025-08-31"` in CSV and JSON.
    #[serde(serialize_with = "iso_period")]
    pub period: Period,
    /// The country; its alpha-2 code (`"KZ"`) in CSV and JSON.
    pub country: Country,
    /// The country's common name (`"Kazakhstan"`).
    pub country_name: &'static str,
    /// The articles in the country's section.
    pub events: u32,
}

/// A country's events across every release of the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CountryTotal {
    /// The country; its alpha-2 code in JSON.
    pub country: Country,
    /// The country's common name.
    pub country_name: &'static str,
    /// How many releases have a section for the country.
    pub releases: u64,
    /// Its events in all of them.
    pub events: u64,
}

/// One statistic of an article, or one part of a statistic's breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatisticRow {
    /// The name the release was added under.
    pub source: String,
    /// The release's number and year; `"#16/2025"` in CSV and JSON.
    #[serde(serialize_with = "display")]
    pub release: ReleaseId,
    /// The country of the article's section; its alpha-2 code in CSV and JSON.
    pub country: Country,
    /// The country's common name.
    pub country_name: &'static str,
    /// The article's headline, as printed.
    pub headline: String,
    /// What is measured.
    pub measure: String,
    /// How the value is qualified; its code (`"over"`) in CSV and JSON.
    pub qualifier: Qualifier,
    /// The value, or the lower end of a range, exactly as written (`"2.5"`).
    pub value: Decimal,
    /// The upper end of a range.
    pub range_end: Option<Decimal>,
    /// The unit; its code (`"t"`, `"KZT"`) in CSV and JSON.
    pub unit: Unit,
    /// The time the value refers to, as written.
    pub reference_period: Option<String>,
    /// The place the value refers to, as written.
    pub area: Option<String>,
    /// For a breakdown part, the measure of the statistic it is part of.
    pub part_of: Option<String>,
    /// How deep in breakdowns the row stands: 0 for an article's own statistic, 1 for a
    /// part of it, 2 for a part of a part. Not a column: it is what `part_of` implies.
    #[serde(skip)]
    pub depth: usize,
}

/// Many releases as rows of events and statistics; see the [module documentation](self)
/// for the outputs.
///
/// ```
/// use caricc_release::collection::Archive;
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let archive = Archive::from_releases([("release-2025-16.json", &release)]);
///
/// assert_eq!(archive.len(), 1);
/// assert_eq!(archive.events().len(), 4); // AZ, KZ, KG, RU
/// assert_eq!(archive.total_events(), 13);
/// let row = &archive.statistics()[0];
/// assert_eq!(row.measure, "drug crimes detected");
/// assert_eq!(row.value.to_string(), "4655");
/// let part = &archive.statistics()[1];
/// assert_eq!(part.part_of.as_deref(), Some("drug crimes detected"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Archive {
    releases: Vec<ReleaseRow>,
    events: Vec<EventRow>,
    statistics: Vec<StatisticRow>,
    seizures: Vec<SeizureRow>,
}

impl Archive {
    /// An empty archive.
    pub fn new() -> Archive {
        Archive::default()
    }

    /// An archive of `releases`, each with the name it goes by (usually its file).
    pub fn from_releases<'a, S: Into<String>>(
        releases: impl IntoIterator<Item = (S, &'a Release)>,
    ) -> Archive {
        let mut archive = Archive::new();
        for (source, release) in releases {
            archive.add(source, release);
        }
        archive
    }

    /// Adds `release` under the name `source` (usually its file), after the releases already
    /// added.
    pub fn add(&mut self, source: impl Into<String>, release: &Release) -> &mut Archive {
        let source = source.into();
        let id = release.id();
        let before = self.statistics.len();
        for count in crate::model::count_events(&release.sections) {
            self.events.push(EventRow {
                source: source.clone(),
                release: id,
                period: release.period,
                country: count.country,
                country_name: count.country.common_name(),
                events: count.events,
            });
        }
        let mut rows = (
            StatisticRows {
                source: &source,
                release: id,
                country: None,
                headline: String::new(),
                rows: &mut self.statistics,
            },
            SeizureRows::new(&source, id, release.period, &mut self.seizures),
        );
        let _ = walk(release, &mut rows);
        self.releases.push(ReleaseRow {
            source,
            release: id,
            period: release.period,
            events: release
                .sections
                .iter()
                .map(|s| s.articles.len() as u64)
                .sum(),
            statistics: (self.statistics.len() - before) as u64,
        });
        self
    }

    /// How many releases were added.
    pub fn len(&self) -> usize {
        self.releases.len()
    }

    /// Whether no release was added.
    pub fn is_empty(&self) -> bool {
        self.releases.is_empty()
    }

    /// The releases, in the order they were added.
    pub fn releases(&self) -> &[ReleaseRow] {
        &self.releases
    }

    /// The events per release and country: releases in the order they were added, countries
    /// in the order of their sections.
    pub fn events(&self) -> &[EventRow] {
        &self.events
    }

    /// The events per country across the releases, countries in the order they first
    /// appear.
    pub fn country_totals(&self) -> Vec<CountryTotal> {
        let mut totals: Vec<CountryTotal> = Vec::new();
        for row in &self.events {
            match totals.iter_mut().find(|t| t.country == row.country) {
                Some(total) => {
                    total.releases += 1;
                    total.events += u64::from(row.events);
                }
                None => totals.push(CountryTotal {
                    country: row.country,
                    country_name: row.country_name,
                    releases: 1,
                    events: u64::from(row.events),
                }),
            }
        }
        totals
    }

    /// The events of every release together.
    pub fn total_events(&self) -> u64 {
        self.events.iter().map(|r| u64::from(r.events)).sum()
    }

    /// Every statistic, breakdown parts right after the statistic they are part of, in
    /// the order of the releases and of each release's document.
    pub fn statistics(&self) -> &[StatisticRow] {
        &self.statistics
    }

    /// One row per quantity of a substance (see [`SeizureRow`] for which statistics are
    /// rows), breakdown parts right after their whole, in the order of the releases and of
    /// each release's document.
    ///
    /// ```
    /// use caricc_release::collection::Archive;
    /// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
    ///
    /// // "over 2 tons of drugs, including 1 ton 380 kilograms of marijuana and 515 kilograms of hashish"
    /// let drugs = StatisticBuilder::new("drugs").qualifier("over").value(2u32).unit("t").substance("drugs")
    ///     .part(StatisticBuilder::new("marijuana").value("1.38").unit("t").substance("cannabis_herb"))
    ///     .part(StatisticBuilder::new("hashish").value(515u32).unit("kg").substance("cannabis_resin"));
    /// let article = ArticleBuilder::new("OVER 2 TONS OF DRUGS SEIZED").statistic(drugs);
    /// let release = ReleaseBuilder::caricc().number(16).year(2025)
    ///     .section(SectionBuilder::new("KZ").page(2).article(article)).build()?;
    ///
    /// let archive = Archive::from_releases([("release-2025-16.json", &release)]);
    /// let rows: Vec<(&str, String, bool)> = archive.seizures().iter()
    ///     .map(|r| (r.substance.as_str(), r.kilograms.unwrap().to_string(), r.in_totals))
    ///     .collect();
    /// assert_eq!(rows, [("drugs", "2000".to_owned(), false),
    ///                   ("cannabis_herb", "1380".to_owned(), true),
    ///                   ("cannabis_resin", "515".to_owned(), true)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seizures(&self) -> &[SeizureRow] {
        &self.seizures
    }

    /// The seizures by release, country and substance, each group in the order it first
    /// appears. Only the rows [`in_totals`](SeizureRow::in_totals) count, so a whole and
    /// its parts are not counted twice; the unspecified rest of such a whole (the 2 tons
    /// of drugs less the marijuana and hashish in them) is in no total.
    pub fn seizure_totals(&self) -> Vec<SeizureTotal> {
        seizures::totals(&self.seizures, true)
    }

    /// The seizures by year (of the release), country and substance, as
    /// [`seizure_totals`](Archive::seizure_totals) counts them.
    pub fn seizure_totals_by_year(&self) -> Vec<SeizureTotal> {
        seizures::totals(&self.seizures, false)
    }

    /// Aligned plain-text tables of the rows `view` selects (see the
    /// [module documentation](self)).
    pub fn table(&self, view: View) -> String {
        let mut parts = Vec::new();
        if view.events() {
            parts.push(self.events_table());
            parts.push(self.totals_table());
        }
        if view.statistics() {
            parts.push(self.statistics_table());
        }
        if view.seizures() {
            parts.push(self.seizures_table());
        }
        if view.seizure_totals() {
            parts.push(self.seizure_totals_table(true));
        }
        if view.seizure_totals_by_year() {
            parts.push(self.seizure_totals_table(false));
        }
        parts.join("\n")
    }

    fn events_table(&self) -> String {
        let rows: Vec<Vec<String>> = self
            .events
            .iter()
            .map(|r| {
                vec![
                    r.release.to_string(),
                    r.period.to_string(),
                    country_cell(r.country),
                    r.events.to_string(),
                    r.source.clone(),
                ]
            })
            .collect();
        Table {
            headers: &["RELEASE", "PERIOD", "COUNTRY", "EVENTS", "SOURCE"],
            right: &[3],
        }
        .render(&rows)
    }

    fn totals_table(&self) -> String {
        let mut rows: Vec<Vec<String>> = self
            .country_totals()
            .iter()
            .map(|t| {
                vec![
                    country_cell(t.country),
                    t.releases.to_string(),
                    t.events.to_string(),
                ]
            })
            .collect();
        rows.push(vec![
            "TOTAL".to_owned(),
            self.len().to_string(),
            self.total_events().to_string(),
        ]);
        Table {
            headers: &["COUNTRY", "RELEASES", "EVENTS"],
            right: &[1, 2],
        }
        .render(&rows)
    }

    fn statistics_table(&self) -> String {
        let rows: Vec<Vec<String>> = self
            .statistics
            .iter()
            .map(|r| {
                let measure = match r.depth {
                    0 => r.measure.clone(),
                    depth => format!("{}└ {}", "  ".repeat(depth - 1), r.measure),
                };
                vec![
                    r.release.to_string(),
                    r.country.alpha2().to_owned(),
                    if r.qualifier.is_exact() {
                        String::new()
                    } else {
                        r.qualifier.to_string()
                    },
                    r.value.to_string(),
                    r.range_end.map(|d| d.to_string()).unwrap_or_default(),
                    r.unit.to_string(),
                    measure,
                    r.headline.clone(),
                ]
            })
            .collect();
        Table {
            headers: &[
                "RELEASE",
                "COUNTRY",
                "QUALIFIER",
                "VALUE",
                "TO",
                "UNIT",
                "MEASURE",
                "HEADLINE",
            ],
            right: &[3, 4],
        }
        .render(&rows)
    }

    /// CSV (RFC 4180, CRLF) of the rows `view` selects: for [`View::Events`], a header line
    /// `source,release,period,country,country_name,events`, then one line per [`EventRow`];
    /// for [`View::Statistics`], a header line `source,release,country,country_name,headline,
    /// measure,qualifier,value,range_end,unit,reference_period,area,part_of` (on one line),
    /// then one line per [`StatisticRow`]; for [`View::Seizures`], a header line
    /// `source,release,country,country_name,date_from,date_to,place,substance,
    /// substance_name,drug_group,qualifier,amount,range_end,unit,kilograms,in_totals,
    /// part_of,measure,headline,source_url`, then one line per [`SeizureRow`]; for
    /// [`View::SeizureTotals`], a header line `release,year,country,country_name,substance,
    /// substance_name,drug_group,quantities,kilograms,approximate`, then one line per
    /// [`SeizureTotal`] by release; for [`View::SeizureTotalsByYear`], the same without
    /// `release`, by year; for [`View::All`], the events CSV, a blank line, the statistics
    /// CSV, a blank line, then the seizures CSV.
    ///
    /// ```
    /// use caricc_release::collection::{Archive, View};
    /// use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
    ///
    /// // "a package of hashish weighing 3 kg 412 g", in Almaty on 18 August
    /// let hashish = StatisticBuilder::new("package of hashish weighing").value("3412").unit("g")
    ///     .substance("cannabis_resin");
    /// let article = ArticleBuilder::new("HASHISH FOUND").date("18 August").place("Almaty")
    ///     .statistic(hashish);
    /// let release = ReleaseBuilder::caricc().number(16).year(2025)
    ///     .section(SectionBuilder::new("KZ").page(2).article(article)).build()?;
    /// let archive = Archive::from_releases([("16.json", &release)]);
    ///
    /// let rows = archive.csv(View::Seizures);
    /// assert!(rows.ends_with("\r\n16.json,#16/2025,KZ,Kazakhstan,2025-08-18,2025-08-18,Almaty,\
    ///     cannabis_resin,Cannabis resin,cannabis,exact,3412.0,,g,3.412,true,,\
    ///     package of hashish weighing,HASHISH FOUND,\r\n"));
    /// let totals = archive.csv(View::SeizureTotals);
    /// assert_eq!(totals, "release,year,country,country_name,substance,substance_name,\
    ///     drug_group,quantities,kilograms,approximate\r\n\
    ///     #16/2025,2025,KZ,Kazakhstan,cannabis_resin,Cannabis resin,cannabis,1,3.412,false\r\n");
    /// assert!(archive.csv(View::SeizureTotalsByYear).starts_with("year,country,"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn csv(&self, view: View) -> String {
        match view {
            View::Events => self.events_csv(),
            View::Statistics => self.statistics_csv(),
            View::Seizures => self.seizures_csv(),
            View::SeizureTotals => self.seizure_totals_csv(true),
            View::SeizureTotalsByYear => self.seizure_totals_csv(false),
            View::All => [
                self.events_csv(),
                self.statistics_csv(),
                self.seizures_csv(),
            ]
            .join("\r\n"),
        }
    }

    /// The events as CSV: `self.csv(View::Events)`.
    fn events_csv(&self) -> String {
        let mut out = String::new();
        csv_record(
            &mut out,
            [
                "source",
                "release",
                "period",
                "country",
                "country_name",
                "events",
            ],
        );
        for r in &self.events {
            csv_record(
                &mut out,
                [
                    r.source.as_str(),
                    &r.release.to_string(),
                    &r.period.to_iso_string(),
                    r.country.alpha2(),
                    r.country_name,
                    &r.events.to_string(),
                ],
            );
        }
        out
    }

    /// The statistics as CSV: `self.csv(View::Statistics)`.
    fn statistics_csv(&self) -> String {
        let mut out = String::new();
        csv_record(&mut out, STATISTIC_COLUMNS);
        for r in &self.statistics {
            csv_record(
                &mut out,
                [
                    r.source.as_str(),
                    &r.release.to_string(),
                    r.country.alpha2(),
                    r.country_name,
                    &r.headline,
                    &r.measure,
                    r.qualifier.as_str(),
                    &r.value.to_string(),
                    &r.range_end.map(|d| d.to_string()).unwrap_or_default(),
                    &r.unit.to_string(),
                    r.reference_period.as_deref().unwrap_or(""),
                    r.area.as_deref().unwrap_or(""),
                    r.part_of.as_deref().unwrap_or(""),
                ],
            );
        }
        out
    }

    /// The JSON object of the rows `view` selects, indented by two spaces and ending with a
    /// newline: `releases` always; `events`, `country_totals` and `total_events` for the
    /// events; `statistics` for the statistics; `seizures`, `seizure_totals` and
    /// `seizure_totals_by_year` for [`View::Seizures`]; one of the last two for
    /// [`View::SeizureTotals`] and [`View::SeizureTotalsByYear`].
    ///
    /// ```
    /// use caricc_release::collection::{Archive, View};
    ///
    /// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
    /// let release = caricc_release::from_json(&json)?;
    /// let archive = Archive::from_releases([("golden", &release)]);
    /// let value: serde_json::Value = serde_json::from_str(&archive.json(View::Events)?)?;
    /// assert_eq!(value["total_events"], 13);
    /// assert_eq!(value["events"][1]["country"], "KZ");
    /// assert_eq!(value["country_totals"][1]["events"], 3);
    /// assert!(value.get("statistics").is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Only if the JSON writer fails, which it does not for these rows.
    pub fn json(&self, view: View) -> Result<String, crate::json::Error> {
        let totals = view.events().then(|| self.country_totals());
        let document = JsonDocument {
            releases: &self.releases,
            events: view.events().then_some(self.events.as_slice()),
            country_totals: totals.as_deref(),
            total_events: view.events().then(|| self.total_events()),
            statistics: view.statistics().then_some(self.statistics.as_slice()),
            seizures: view.seizures().then_some(self.seizures.as_slice()),
            seizure_totals: view.seizure_totals().then(|| self.seizure_totals()),
            seizure_totals_by_year: view
                .seizure_totals_by_year()
                .then(|| self.seizure_totals_by_year()),
        };
        let mut text =
            serde_json::to_string_pretty(&document).map_err(crate::json::Error::from_serde)?;
        text.push('\n');
        Ok(text)
    }
}

/// The statistics CSV's header.
const STATISTIC_COLUMNS: [&str; 13] = [
    "source",
    "release",
    "country",
    "country_name",
    "headline",
    "measure",
    "qualifier",
    "value",
    "range_end",
    "unit",
    "reference_period",
    "area",
    "part_of",
];

/// What [`Archive::json`] writes.
#[derive(Serialize)]
struct JsonDocument<'a> {
    releases: &'a [ReleaseRow],
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<&'a [EventRow]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_totals: Option<&'a [CountryTotal]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_events: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    statistics: Option<&'a [StatisticRow]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seizures: Option<&'a [SeizureRow]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seizure_totals: Option<Vec<SeizureTotal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seizure_totals_by_year: Option<Vec<SeizureTotal>>,
}

/// Makes a [`StatisticRow`] of every statistic, parts included, in one walk of the release.
struct StatisticRows<'a> {
    source: &'a str,
    release: ReleaseId,
    /// The country of the section walked, and the headline of its article walked.
    country: Option<Country>,
    headline: String,
    rows: &'a mut Vec<StatisticRow>,
}

impl Visitor for StatisticRows<'_> {
    fn section(&mut self, _: &Path, section: &CountrySection) -> ControlFlow<()> {
        self.country = Some(section.country);
        ControlFlow::Continue(())
    }

    fn article(&mut self, _: &Path, article: &Article) -> ControlFlow<()> {
        self.headline.clone_from(&article.headline);
        ControlFlow::Continue(())
    }

    fn statistic(
        &mut self,
        _: &Path,
        statistic: &Statistic,
        depth: usize,
        whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        let Some(country) = self.country else {
            return ControlFlow::Continue(());
        };
        self.rows.push(StatisticRow {
            source: self.source.to_owned(),
            release: self.release,
            country,
            country_name: country.common_name(),
            headline: self.headline.clone(),
            measure: statistic.measure.clone(),
            qualifier: statistic.qualifier,
            value: statistic.value,
            range_end: statistic.range_end,
            unit: statistic.unit.clone(),
            reference_period: statistic.reference_period.clone(),
            area: statistic.area.clone(),
            part_of: whole.map(|w| w.measure.clone()),
            depth,
        });
        ControlFlow::Continue(())
    }
}

fn display<T: std::fmt::Display, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

fn iso_period<S: serde::Serializer>(period: &Period, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&period.to_iso_string())
}

/// "KZ Kazakhstan".
fn country_cell(country: Country) -> String {
    format!("{} {}", country.alpha2(), country.common_name())
}

/// Appends one CSV record, ending in CRLF, quoting fields as RFC 4180 requires.
fn csv_record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// An aligned plain-text table.
struct Table<'a> {
    headers: &'a [&'a str],
    /// The columns aligned to the right (numbers).
    right: &'a [usize],
}

impl Table<'_> {
    fn render(&self, rows: &[Vec<String>]) -> String {
        let clean = |cell: &str| -> String {
            cell.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect()
        };
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|c| clean(c)).collect())
            .collect();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let mut out = String::new();
        let headers: Vec<String> = self.headers.iter().map(|h| (*h).to_owned()).collect();
        for row in std::iter::once(&headers).chain(&rows) {
            let mut line = String::new();
            for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                let pad = width.saturating_sub(cell.chars().count());
                if self.right.contains(&i) {
                    let _ = write!(line, "{}{cell}", " ".repeat(pad));
                } else {
                    let _ = write!(line, "{cell}{}", " ".repeat(pad));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Archive, STATISTIC_COLUMNS};

    /// The CSV header is written out by hand; it must name the row's fields as the JSON
    /// form does, in the same order.
    #[test]
    fn the_statistics_csv_names_the_row_fields_in_order() {
        let json = include_str!("../../tests/golden/release-2025-16.json");
        let release = crate::from_json(json).expect("the golden release reads");
        let archive = Archive::from_releases([("golden", &release)]);
        let row = serde_json::to_string(&archive.statistics()[0]).expect("a row writes");
        assert_keys_in_order(&row, &STATISTIC_COLUMNS);
    }

    /// That the JSON object `json` has the keys `columns`, in their order, and no other.
    pub(super) fn assert_keys_in_order(json: &str, columns: &[&str]) {
        let keys: Vec<usize> = columns
            .iter()
            .map(|c| json.find(&format!("\"{c}\":")).expect(c))
            .collect();
        assert!(keys.is_sorted(), "{json}");
        assert_eq!(json.matches("\":").count(), columns.len(), "{json}");
    }
}
