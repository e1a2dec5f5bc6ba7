//! A typed model of CARICC's *Information Release about past events in the anti-drug sphere
//! (according to the media)*: the semi-monthly digest the Central Asian Regional Information
//! and Coordination Centre (Almaty) publishes as a PDF.
//!
//! - [`Release`], [`CountrySection`], [`Article`], [`Statistic`] and their parts, typed:
//!   chrono dates, [`url::Url`] sources, ISO 3166-1 [`Country`] codes, ISO 4217 [`Currency`]
//!   codes, exact [`Decimal`] values and [`Unit`]s;
//! - [`Release::validate`], which reports every problem at once, each with a path, a
//!   [`Severity`], a stable [`Code`] and a message;
//! - [`ReleaseBuilder`], which composes a release, derives what can be derived and fails with
//!   every problem;
//! - lossless JSON: [`to_json`], [`to_json_pretty`], [`from_json`], [`from_json_reader`];
//! - lossless XML in a documented, versioned vocabulary ([`xml`]): [`to_xml`],
//!   [`to_xml_with`], [`from_xml`], [`from_xml_reader`];
//! - schemas for both formats in the package: `schema/release.schema.json` (JSON Schema
//!   2020-12) and `schema/release.xsd` (XML Schema 1.0);
//! - [`layout::parse`], which reads the text layout a release's PDF gives when extracted,
//!   with a diagnostic for everything it guessed or repaired, and [`layout::markdown`], which
//!   writes that layout; [`prose::extract`], which types the quantities of prose ("over 11
//!   tons of drugs", "5 to 20 years").
//!
//! ```
//! use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};
//!
//! let release = ReleaseBuilder::caricc()
//!     .period("16-31.08.2025")
//!     .topics("Published articles contain information about a mass anti-drug run (Kazakhstan).")
//!     .section(
//!         SectionBuilder::new("KZ").page(2).article(
//!             ArticleBuilder::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION")
//!                 .place("Zhetysu region")
//!                 .paragraph("Volunteers and athletes ran under the slogan “A world without drugs.”")
//!                 .source("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/"),
//!         ),
//!     )
//!     .build()?;
//!
//! assert!(release.validate().is_empty());
//! let json = caricc_release::to_json(&release)?;
//! assert_eq!(caricc_release::from_json(&json)?, release);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Validation codes
//!
//! Codes are stable: a code never changes meaning, and new codes may be added
//! ([`Code`] is non-exhaustive). Paths name the field, e.g.
//! `sections[1].articles[0].sources[0]`; the empty path is the whole release.
//!
//! | code | severity | what it means |
//! |---|---|---|
//! | `period-reversed` | error | the period ends before it starts |
//! | `period-number-mismatch` | warning | the period is not the one the semi-monthly schedule gives the number and year (#1 = 1–15 January, #2 = 16–31 January, … #16 = 16–31 August, … #24 = 16–31 December), or the number is outside 1–24 |
//! | `summary-total-mismatch` | error | the summary's total differs from the number of articles |
//! | `summary-country-mismatch` | error | a country's summary count differs from its section's articles, a counted country has no section, a section's country has no count, or a country is counted twice |
//! | `contents-mismatch` | error | the contents do not list the sections' countries in the sections' order, or give another page than the section's own |
//! | `contents-page-order` | error | a page in the contents is lower than the one before it |
//! | `duplicate-section` | error | a country has two sections |
//! | `empty-section` | error | a section has no articles |
//! | `empty-text` | error | a text that must say something is empty or blank (titles, headings, headlines, paragraphs, list items, quotations, speaker names, measures, …) |
//! | `source-missing` | warning | an article names no source (real releases occasionally omit one) |
//! | `source-scheme` | error | a source URL is neither http nor https |
//! | `duplicate-source` | warning | a source URL is cited again, in the same article or another |
//! | `article-date-outside-period` | warning | an article's date (in the period's year when it gives none) falls outside the period |
//! | `event-kinds-unordered` | warning | an article's event kind repeats one before it or stands before one that comes earlier in [`EventKind`]'s order (the builder and the readers of text keep them in order, each once; JSON may list them otherwise) |
//! | `statistic-range-reversed` | error | a range's end is below its start |
//! | `statistic-breakdown-exceeds` | error | a breakdown's parts add up to more than the total (masses are converted; not checked when the total is qualified "over", "at least" or "about") |
//! | `statistic-unit-mismatch` | error | a part of a breakdown is in a unit of another kind than the total (a count under a mass, tenge under dollars) |
//! | `statistic-substance-unit` | warning | a statistic names a substance but its unit cannot be a quantity of one: a currency, a percentage, a duration or a factor ("a 14% rise in heroin seizures" counts no heroin) |
//! | `invalid-character` | error | a text holds a character XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates cannot occur in Rust strings) |
//! | `invalid-contact` | error | the publisher has no telephone, a phone or fax number has fewer than 7 or more than 15 digits, the e-mail domain is not a domain name, or the website is not http or https |
//! | `missing-field` | error | builder only: a required field was not given and cannot be derived |
//! | `invalid-value` | error | builder only: a value given as text could not be read (the message says why) |
//!
//! # JSON
//!
//! The JSON form mirrors the model field by field in snake_case. Top level: `title`,
//! `subtitle`, `number`, `year`, `period` (`{"start": "2025-08-16", "end": "2025-08-31"}`),
//! `place`, `publisher`, `format`, `language`, `contents`, `summary`, `sections`. A section has
//! `country` (ISO alpha-2, `"KZ"`), `heading`, `page` and `articles`; an article has
//! `headline`, `date` (`"2025-08-18"`, or `"--08-29"` without a year), `places`,
//! `organisations`, `body`, `sources`, `topics`, `statistics` and `event_kinds` (codes of
//! [`EventKind`]). Statistic values are strings (`"2.5"`) so that they stay exact; units are
//! codes ([`Unit`]); qualifiers are codes ([`Qualifier`]); a statistic's `substance` is a code
//! of [`Substance`] (`"cannabis_resin"`). Optional fields that are absent, and optional lists
//! that are empty (`places`, `organisations`, `topics`, `event_kinds`, `breakdown`, a
//! section's `page`), are left out; an
//! article's `body`, `sources` and `statistics` are always written, empty or not. Unknown
//! fields are refused.
//!
//! # A tour of the modules
//!
//! | module | for |
//! |---|---|
//! | crate root | the model ([`Release`] and its parts), [`ReleaseBuilder`] and the other builders, the JSON and XML entry points |
//! | [`validate`] | [`Report`], [`Problem`], [`Code`], [`Severity`]: what [`Release::validate`] returns |
//! | [`json`], [`xml`] | the two lossless formats, their errors, `_with_limits` readers; [`xml`] documents the vocabulary element by element |
//! | [`layout`] | the text layout of a release: [`layout::parse`] reads what a release's PDF gives as text (and the Markdown [`layout::markdown`] writes) into a release, with diagnostics |
//! | [`prose`] | [`prose::extract`]: typed quantities from prose |
//! | [`render`] | a standalone HTML page for screen and A4 print |
//! | [`collection`] | many releases side by side: [`collection::ReleaseReader`] streams JSON Lines or an XML collection one release at a time; [`collection::Archive`] summarises them |
//! | [`limits`] | [`Limits`]: what the readers accept |
//! | pdf (the `pdf` feature) | `pdf::pages`: positioned text runs and links out of a PDF's bytes, hostile files refused by kind |
//!
//! The modules form layers, and data flows one way: documents (the text layout, JSON, XML)
//! are read into the model, the model is checked ([`limits`], [`validate`]), and writers and
//! renderers read it; [`collection`] and the command line sit on top. A module uses only
//! the layers below it, and no format or reader uses another: what readers of a release's
//! layout share, the assembler that builds a release from a document's blocks (with its
//! [`layout::Diagnostic`]s), is a private layer of its own below them, whose public types
//! [`layout`] re-exports (the repository's `tests/architecture.rs` checks it; README.md draws
//! the tree).
//!
//! # Untrusted input
//!
//! Every reader answers any input with a release or an error (or, for the text layout, a
//! diagnostic): never a panic, never a release that silently lacks part of its input. Input
//! size, nesting, counts of sections, articles and statistics and the length of one text are
//! bounded by [`Limits`] (generous defaults; each reader has a `_with_limits` form), so a
//! hostile document costs bounded time and memory. XML is read without a DOCTYPE, external
//! entities or entity expansion. Byte-stream readers name the offset of the first byte that is
//! not UTF-8. The readers are fuzzed (`fuzz/` in the repository) and a hostile-input suite
//! runs with the tests.
//!
//! # Features
//!
//! - `pdf` (off by default): `pdf::pages`, positioned text and links out
//!   of a PDF's bytes, with lopdf as a dependency (it needs Rust 1.88).
//!
//! Nothing else needs a feature. The `caricc` command-line tool (`validate`,
//! `convert`, `render`, `stats`) is the separate package `caricc-cli` (`cli/` in the
//! repository).
//!
//! # Minimum supported Rust version
//!
//! Rust 1.86. Raising it is a minor-version change.

#![deny(missing_docs)]
#![deny(unsafe_code)]

// Layers, lowest first; a module reaches only the ones above it in this list
// (tests/architecture.rs checks it):
// leaves (error, words, chars) → model → limits, validate → builder, prose, wording
// → the assembler (assemble) → formats and readers (json, xml, layout) → render
// → collection; the CLI on top.
mod chars;
mod error;
mod words;

mod model;

pub mod limits;
pub mod validate;

pub mod builder;
pub mod prose;
mod wording;

mod assemble;

pub mod json;
pub mod layout;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod xml;

pub mod render;

pub mod collection;

pub use builder::{ArticleBuilder, BuildError, ReleaseBuilder, SectionBuilder, StatisticBuilder};
pub use chrono;
pub use error::ParseError;
pub use json::{from_json, from_json_reader, to_json, to_json_pretty, to_json_writer};
pub use limits::{LimitError, Limits};
pub use model::{
    AreaUnit, Article, ArticleDate, Block, ChangeRole, ContentsEntry, Country, CountryCount,
    CountrySection, Currency, Decimal, DrugGroup, DurationUnit, EmailAddress, EventKind, Format,
    LanguageTag, MassUnit, Period, PhoneNumber, PostalAddress, Publisher, Qualifier, Release,
    ReleaseId, SERIES_SUBTITLE, SERIES_SUBTITLE_RU, SERIES_TITLE, SERIES_TITLE_RU, Speaker,
    Statistic, Substance, Summary, Unit, VolumeUnit,
};
pub use url;
pub use validate::{Code, Problem, Report, Severity};
pub use xml::{from_xml, from_xml_reader, to_xml, to_xml_with, to_xml_writer};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
