//! XML: a documented, versioned vocabulary, written and read with quick-xml's events.
//!
//! # The vocabulary, version 1.1
//!
//! Namespace `urn:caricc-release:1` ([`NAMESPACE`]), root element `release` with
//! `version="1.1"` ([`VERSION`]). Names mirror the JSON form: a JSON field is an XML attribute
//! when its value is a code, a number or a date, and an element when it is text; a JSON list
//! is a run of repeated elements named in the singular (`places` → `place*`), except
//! `contents`, `sections`, `body` and `breakdown`, which keep a wrapper element. Attributes
//! are unqualified. The writer writes elements in the order below; `schema/release.xsd`
//! states the same order (`xs:sequence`). Text is carried exactly: leading and trailing
//! spaces, line breaks (a carriage return is written `&#13;`), markup characters.
//!
//! ```text
//! release          @version @number @year @format @language
//!   title            text
//!   subtitle         text
//!   period           @start @end (YYYY-MM-DD), empty
//!   place            text
//!   publisher
//!     name           text
//!     acronym        text
//!     address        @country (ISO 3166-1 alpha-2)
//!       postal_code  text
//!       city         text
//!       street       text
//!     telephone*     text (a phone number)
//!     fax?           text (a phone number)
//!     email          text
//!     website        text (an http or https URL)
//!   contents
//!     entry*         @country @page, text: the heading as the contents print it
//!   summary          @total_events
//!     count*         @country @events, empty
//!     topics?        text
//!   sections
//!     section*       @country @page?
//!       heading      text
//!       article*     @date? (YYYY-MM-DD, or --MM-DD without a year)
//!         headline       text
//!         place*         text
//!         organisation*  text
//!         body?
//!           (paragraph | bullets | quote)*
//!             paragraph  text
//!             bullets    item+ (text)
//!             quote      text (text), speaker? (name text, role? text)
//!         source*        text (a URL)
//!         topic*         text
//!         statistic*     @qualifier? (absent: exact) @value @range_end? @unit @role? @substance?
//!           measure            text
//!           reference_period?  text
//!           area?              text
//!           phrase?            text
//!           breakdown?         statistic+ (the parts, same shape)
//!         event_kind*    text (an event kind code, in EventKind's order, each once)
//! ```
//!
//! Values are the text forms of the model: `@value` and `@range_end` are decimals (`2.5`,
//! `2500000000`), `@unit` a unit code (`t`, `count`, `KZT`, `other:doses`), `@qualifier` one
//! of `over`, `at_least`, `almost`, `about`, `up_to`, `less_than` (`exact` is written by
//! leaving the attribute out, and also accepted), `@role` one of `before`, `after`, `change`
//! (a value in a change, absent for others), `@substance` a [`Substance`](crate::Substance)
//! code (`cannabis_resin`, `heroin`, `drugs`; absent when the statistic counts no substance),
//! `event_kind` an [`EventKind`](crate::EventKind) code (`seizure`, `arrest`), `@format` one
//! of `PDF`, `HTML`, `print`.
//!
//! Many releases in one document: a root `<releases xmlns="urn:caricc-release:1"
//! version="1.1">` holding `release` elements, read one at a time by
//! [`crate::collection::ReleaseReader::xml_collection`] (see the `archive` module).
//!
//! # Reading
//!
//! [`from_xml`] reads a document of this vocabulary and nothing else:
//!
//! - a `<!DOCTYPE>` is refused, so no entity is ever declared, expanded or fetched; only the
//!   five predefined entities and character references are understood (a billion-laughs or
//!   external-entity document fails at its DOCTYPE, before anything is read into memory);
//! - an unknown element or attribute is an error that names it, and so is a missing
//!   required one or a value that does not read; errors carry the line, the column and the
//!   element path (`/release/sections/section[2]/article[1]/statistic[3]`);
//! - comments and processing instructions are skipped; CDATA sections are text; white space
//!   between elements is layout, inside a text element it is content;
//! - children are accepted in any order (the schema and the writer use the documented one);
//!   attributes of other namespaces are refused except the `xsi:` ones and namespace
//!   declarations.
//!
//! # Versions
//!
//! Version 1.1 added `@substance` on `statistic` and the `event_kind` elements of an
//! article; a 1.0 document has neither and reads as it always did (its statistics without a
//! substance, its articles without event kinds).
//!
//! The root's `version` is `MAJOR.MINOR`. This reader reads every `1.x` document. A newer
//! minor version may add optional elements and attributes; this reader refuses those with an
//! error that names them and both versions, rather than dropping them silently. A new major
//! version (a new namespace) changes meaning and is refused.
//!
//! ```
//! let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
//! let release = caricc_release::from_json(&json)?;
//! let xml = caricc_release::to_xml(&release)?;
//! assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<release xmlns=\"urn:caricc-release:1\" version=\"1.1\""));
//! assert_eq!(caricc_release::from_xml(&xml)?, release);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The files, by concern: `error` (the error, and the wording xml gives quick-xml's errors),
// `write` (the layout and the writer), `read` (`from_xml` and its layers: events → parser →
// vocabulary), `collection` (many releases in one document, each read by read's parser in
// place; the collection module drives it).

mod collection;
mod error;
mod read;
mod write;

pub(crate) use self::collection::{
    Failure, ROOT as COLLECTION_ROOT, RecordError, Records, is_blank_byte,
};
pub use self::error::{Error, ErrorKind};
pub(crate) use self::read::events::{BOM, Position};
pub use self::read::{
    from_xml, from_xml_reader, from_xml_reader_with_limits, from_xml_with_limits,
};
pub use self::write::{WriteConfig, to_xml, to_xml_with, to_xml_writer};

/// The vocabulary's namespace.
pub const NAMESPACE: &str = "urn:caricc-release:1";
/// The vocabulary version this crate writes.
pub const VERSION: &str = "1.1";
const MAJOR: u32 = 1;
const MINOR: u32 = 1;
/// The namespace of `xsi:` attributes, which every element may carry.
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Reads a `version` attribute: `MAJOR.MINOR`, both decimal digits.
fn parse_version(v: &str) -> Result<(u32, u32), String> {
    let bad = || "expected MAJOR.MINOR, e.g. 1.0".to_owned();
    let (major, minor) = v.split_once('.').ok_or_else(bad)?;
    let number = |p: &str| {
        (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    Ok((
        number(major).ok_or_else(bad)?,
        number(minor).ok_or_else(bad)?,
    ))
}
