//! XML: a documented, versioned vocabulary, written and read with quick-xml's events.
//!
//! # The vocabulary, version 1.0
//!
//! Namespace `urn:caricc-release:1` ([`NAMESPACE`]), root element `release` with
//! `version="1.0"` ([`VERSION`]). Names mirror the JSON form: a JSON field is an XML attribute
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
//!         statistic*     @qualifier? (absent: exact) @value @range_end? @unit
//!           measure            text
//!           reference_period?  text
//!           area?              text
//!           phrase?            text
//!           breakdown?         statistic+ (the parts, same shape)
//! ```
//!
//! Values are the text forms of the model: `@value` and `@range_end` are decimals (`2.5`,
//! `2500000000`), `@unit` a unit code (`t`, `count`, `KZT`, `other:doses`), `@qualifier` one
//! of `over`, `at_least`, `almost`, `about`, `up_to`, `less_than` (`exact` is written by
//! leaving the attribute out, and also accepted), `@format` one of `PDF`, `HTML`, `print`.
//!
//! Many releases in one document: a root `<releases xmlns="urn:caricc-release:1"
//! version="1.0">` holding `release` elements, read one at a time by
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
//! The root's `version` is `MAJOR.MINOR`. This reader reads every `1.x` document. A newer
//! minor version may add optional elements and attributes; this reader refuses those with an
//! error that names them and both versions, rather than dropping them silently. A new major
//! version (a new namespace) changes meaning and is refused.
//!
//! ```
//! let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
//! let release = caricc_release::from_json(&json)?;
//! let xml = caricc_release::to_xml(&release)?;
//! assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<release xmlns=\"urn:caricc-release:1\" version=\"1.0\""));
//! assert_eq!(caricc_release::from_xml(&xml)?, release);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::io::{BufRead, Write};

use chrono::{Datelike, NaiveDate};
use quick_xml::events::attributes::{AttrError, Attribute};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::{NamespaceResolver, QName, ResolveResult};
use quick_xml::reader::Reader;

use crate::chars::{any_byte, first_non_xml_char, is_xml_char};
use crate::limits::{Limit, LimitError, Limits};
use crate::validate::first_invalid_character;
use crate::{
    Article, ArticleDate, Block, ContentsEntry, Country, CountryCount, CountrySection, Decimal,
    EmailAddress, Format, LanguageTag, Period, PhoneNumber, PostalAddress, Publisher, Qualifier,
    Release, Speaker, Statistic, Summary, Unit,
};

/// The vocabulary's namespace.
pub const NAMESPACE: &str = "urn:caricc-release:1";
/// The vocabulary version this crate writes.
pub const VERSION: &str = "1.0";
const MAJOR: u32 = 1;
const MINOR: u32 = 0;
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
/// Deepest nesting of breakdowns the vocabulary allows and the reader follows, so hostile
/// input cannot exhaust the stack ([`limits::DEPTH_CEILING`](crate::limits::DEPTH_CEILING)).
pub const MAX_BREAKDOWN_DEPTH: usize = crate::limits::DEPTH_CEILING;

/// How [`to_xml_with`] lays out its output.
///
/// ```
/// use caricc_release::xml::WriteConfig;
///
/// let compact = WriteConfig::compact();
/// assert_eq!(compact.indent, None);
/// let pretty = WriteConfig::default().with_declaration(false);
/// assert_eq!((pretty.indent, pretty.declaration), (Some(2), false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteConfig {
    /// Spaces per level of indentation; `None` writes everything on one line.
    pub indent: Option<usize>,
    /// Whether to begin with `<?xml version="1.0" encoding="UTF-8"?>`.
    pub declaration: bool,
}

impl Default for WriteConfig {
    /// Indented by two spaces, with the declaration.
    fn default() -> Self {
        WriteConfig {
            indent: Some(2),
            declaration: true,
        }
    }
}

impl WriteConfig {
    /// Indented by two spaces, with the declaration (the default).
    pub fn pretty() -> Self {
        WriteConfig::default()
    }

    /// One line, with the declaration.
    pub fn compact() -> Self {
        WriteConfig {
            indent: None,
            declaration: true,
        }
    }

    /// The same layout with or without the declaration.
    pub fn with_declaration(mut self, declaration: bool) -> Self {
        self.declaration = declaration;
        self
    }

    /// The same layout indented by `spaces` per level (`0` for one line).
    pub fn with_indent(mut self, spaces: usize) -> Self {
        self.indent = (spaces > 0).then_some(spaces);
        self
    }
}

/// What kind of failure an XML [`Error`] is.
///
/// ```
/// use caricc_release::from_xml;
/// use caricc_release::xml::ErrorKind;
///
/// assert_eq!(from_xml("<release").unwrap_err().kind(), ErrorKind::Syntax);
/// assert_eq!(from_xml("<!DOCTYPE release><release/>").unwrap_err().kind(), ErrorKind::Forbidden);
/// let v2 = r#"<release xmlns="urn:caricc-release:1" version="2.0"/>"#;
/// assert_eq!(from_xml(v2).unwrap_err().kind(), ErrorKind::Vocabulary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not well-formed XML.
    Syntax,
    /// Well-formed XML that is not a release of this vocabulary: an unknown, missing or
    /// repeated element or attribute, a value that does not read, another version.
    Vocabulary,
    /// Something refused for safety: a DOCTYPE, an entity that is not predefined.
    Forbidden,
    /// Text that XML 1.0 cannot carry (writing).
    InvalidCharacter,
    /// Reading or writing failed.
    Io,
    /// The input goes beyond one of the reader's [`Limits`]; [`Error::limit`] says which.
    Limit,
}

/// A release could not be read from or written to XML.
///
/// Reading errors carry the line, the column and the element path:
///
/// ```
/// let xml = r#"<release xmlns="urn:caricc-release:1" version="1.0" number="16" year="2025" format="PDF" language="en">
///   <colour/>
/// </release>"#;
/// let err = caricc_release::from_xml(xml).unwrap_err();
/// assert_eq!((err.line(), err.column()), (2, 3));
/// assert_eq!(err.path(), "/release");
/// assert_eq!(
///     err.to_string(),
///     "invalid release XML at line 2, column 3 in /release: unknown element <colour>"
/// );
/// ```
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
    path: String,
    message: String,
    limit: Option<Limit>,
}

impl Error {
    fn describe(&self) -> String {
        let what = match self.kind {
            ErrorKind::Syntax => "invalid XML",
            ErrorKind::Vocabulary => "invalid release XML",
            ErrorKind::Forbidden => "refused XML",
            ErrorKind::InvalidCharacter => "cannot write XML",
            ErrorKind::Io => "XML input/output failed",
            ErrorKind::Limit => "XML beyond a limit",
        };
        let mut text = what.to_owned();
        if self.line > 0 {
            text.push_str(&format!(" at line {}, column {}", self.line, self.column));
        }
        if !self.path.is_empty() {
            text.push_str(&format!(" in {}", self.path));
        }
        text.push_str(": ");
        text.push_str(&self.message);
        text
    }

    fn io(err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io,
            line: 0,
            column: 0,
            path: String::new(),
            message: err.to_string(),
            limit: None,
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The 1-based line where reading failed; 0 when writing or without a position.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column (in characters) where reading failed; 0 without a position.
    pub fn column(&self) -> usize {
        self.column
    }

    /// Where: the element path when reading (`/release/sections/section[2]`), the model path
    /// when writing (`sections[1].articles[0].headline`); empty when unknown.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What went wrong, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The limit the input went beyond, for [`ErrorKind::Limit`].
    pub fn limit(&self) -> Option<Limit> {
        self.limit
    }

    fn beyond(err: LimitError) -> Error {
        Error {
            kind: ErrorKind::Limit,
            line: 0,
            column: 0,
            path: String::new(),
            message: err.to_string(),
            limit: Some(err.limit()),
        }
    }
}

// ---------------------------------------------------------------- writing

/// Writes a release as XML, indented, with the declaration.
///
/// Fails with [`ErrorKind::InvalidCharacter`] when a text holds a character XML 1.0 cannot
/// carry (`validate()` reports the same as `invalid-character`); nothing is dropped.
///
/// ```
/// use caricc_release::xml::ErrorKind;
///
/// let mut release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// assert_eq!(caricc_release::to_xml(&release)?, include_str!("../../tests/golden/release-2025-16.xml"));
/// release.sections[0].articles[0].headline.push('\u{1}');
/// let err = caricc_release::to_xml(&release).unwrap_err();
/// assert_eq!((err.kind(), err.path()), (ErrorKind::InvalidCharacter, "sections[0].articles[0].headline"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_xml(release: &Release) -> Result<String, Error> {
    to_xml_with(release, &WriteConfig::default())
}

/// Writes a release as XML laid out as `config` says.
///
/// ```
/// use caricc_release::xml::WriteConfig;
///
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let xml = caricc_release::to_xml_with(&release, &WriteConfig::compact().with_declaration(false))?;
/// assert!(xml.starts_with(r#"<release xmlns="urn:caricc-release:1" version="1.0" number="16" year="2025" format="PDF" language="en"><title>"#));
/// assert!(!xml.contains("\n  <"));
/// assert_eq!(caricc_release::from_xml(&xml)?, release);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_xml_with(release: &Release, config: &WriteConfig) -> Result<String, Error> {
    // About 2.5 KB of XML per article: one allocation for most releases.
    let articles: usize = release.sections.iter().map(|s| s.articles.len()).sum();
    let mut out = Vec::with_capacity(4096 + articles * 2560);
    // Into memory the characters are checked while escaping, in the same pass; a refusal
    // then throws the output away and finds the text to name.
    match write(&mut out, release, config, Check::WhileWriting) {
        Err(e) if e.kind == ErrorKind::InvalidCharacter => return Err(invalid_character(release)),
        other => other?,
    }
    // Only `&str`s were written, so the bytes are UTF-8.
    String::from_utf8(out)
        .map_err(|e| Error::io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

/// Writes a release as XML to `writer` (buffer it: it receives many small writes).
///
/// ```
/// use std::io::{BufWriter, Write};
/// use caricc_release::xml::WriteConfig;
///
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let mut out = BufWriter::new(Vec::new());
/// caricc_release::to_xml_writer(&mut out, &release, &WriteConfig::default())?;
/// out.flush()?;
/// assert_eq!(out.get_ref().as_slice(), caricc_release::to_xml(&release)?.as_bytes());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_xml_writer(
    writer: impl Write,
    release: &Release,
    config: &WriteConfig,
) -> Result<(), Error> {
    // Checked before the first byte goes out: a refused release writes nothing.
    if first_invalid_character(release).is_some() {
        return Err(invalid_character(release));
    }
    write(writer, release, config, Check::Done)
}

/// Whether the texts still have to be checked for characters XML 1.0 cannot carry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Done,
    WhileWriting,
}

/// The `InvalidCharacter` error naming the first text XML cannot carry.
fn invalid_character(release: &Release) -> Error {
    let (path, message) = match first_invalid_character(release) {
        Some(problem) => (problem.path().to_owned(), problem.message().to_owned()),
        None => (
            String::new(),
            "a text holds a character XML 1.0 cannot carry".to_owned(),
        ),
    };
    Error {
        kind: ErrorKind::InvalidCharacter,
        line: 0,
        column: 0,
        path,
        message,
        limit: None,
    }
}

fn write(
    writer: impl Write,
    release: &Release,
    config: &WriteConfig,
    check: Check,
) -> Result<(), Error> {
    if let Some((path, year)) = unwritable_date(release) {
        return Err(Error {
            kind: ErrorKind::Vocabulary,
            line: 0,
            column: 0,
            path,
            message: crate::model::unwritable_year(year),
            limit: None,
        });
    }
    if let Some(path) = too_deep(release) {
        return Err(Error {
            kind: ErrorKind::Vocabulary,
            line: 0,
            column: 0,
            path,
            message: format!(
                "breakdowns nest deeper than {MAX_BREAKDOWN_DEPTH} levels, which the vocabulary does not allow"
            ),
            limit: None,
        });
    }
    let inner = match config.indent {
        Some(n) => quick_xml::Writer::new_with_indent(writer, b' ', n),
        None => quick_xml::Writer::new(writer),
    };
    let mut w = XmlWriter {
        w: inner,
        indent: config.indent.is_some(),
        check,
    };
    w.release(release, config.declaration).map_err(|e| {
        if e.get_ref()
            .is_some_and(|inner| inner.is::<NonXmlCharacter>())
        {
            Error {
                kind: ErrorKind::InvalidCharacter,
                line: 0,
                column: 0,
                path: String::new(),
                message: String::new(),
                limit: None,
            }
        } else {
            Error::io(e)
        }
    })
}

/// Raised inside the writer when a text holds a character XML 1.0 cannot carry.
#[derive(Debug, thiserror::Error)]
#[error("a text holds a character XML 1.0 cannot carry")]
struct NonXmlCharacter;

struct XmlWriter<W: Write> {
    w: quick_xml::Writer<W>,
    indent: bool,
    check: Check,
}

type Attrs<'a> = &'a [(&'a str, &'a str)];

impl<W: Write> XmlWriter<W> {
    fn start_tag<'a>(&self, name: &'a str, attrs: Attrs<'_>) -> std::io::Result<BytesStart<'a>> {
        let mut start = BytesStart::new(name);
        for (key, value) in attrs {
            start.push_attribute(Attribute {
                key: QName(key),
                value: escape(value, true, self.check)?,
            });
        }
        Ok(start)
    }

    fn open(&mut self, name: &str, attrs: Attrs<'_>) -> std::io::Result<()> {
        let start = self.start_tag(name, attrs)?;
        self.w.write_event(Event::Start(start))
    }

    fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: Attrs<'_>) -> std::io::Result<()> {
        let start = self.start_tag(name, attrs)?;
        self.w.write_event(Event::Empty(start))
    }

    /// `<name>text</name>`; an empty text as `<name/>`, so no indentation creeps in.
    fn text(&mut self, name: &str, attrs: Attrs<'_>, text: &str) -> std::io::Result<()> {
        if text.is_empty() {
            return self.empty(name, attrs);
        }
        self.open(name, attrs)?;
        let escaped = escape(text, false, self.check)?;
        self.w
            .write_event(Event::Text(BytesText::from_escaped(escaped)))?;
        self.close(name)
    }

    fn release(&mut self, r: &Release, declaration: bool) -> std::io::Result<()> {
        if declaration {
            self.w
                .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        }
        let (number, year) = (r.number.to_string(), r.year.to_string());
        let (format, language) = (r.format.to_string(), r.language.to_string());
        self.open(
            "release",
            &[
                ("xmlns", NAMESPACE),
                ("version", VERSION),
                ("number", &number),
                ("year", &year),
                ("format", &format),
                ("language", &language),
            ],
        )?;
        self.text("title", &[], &r.title)?;
        self.text("subtitle", &[], &r.subtitle)?;
        let (start, end) = (iso_date(r.period.start), iso_date(r.period.end));
        self.empty("period", &[("start", &start), ("end", &end)])?;
        self.text("place", &[], &r.place)?;
        self.publisher(&r.publisher)?;

        self.open("contents", &[])?;
        for entry in &r.contents {
            let page = entry.page.to_string();
            self.text(
                "entry",
                &[("country", entry.country.alpha2()), ("page", &page)],
                &entry.heading,
            )?;
        }
        self.close("contents")?;

        let total = r.summary.total_events.to_string();
        self.open("summary", &[("total_events", &total)])?;
        for count in &r.summary.events_by_country {
            let events = count.events.to_string();
            self.empty(
                "count",
                &[("country", count.country.alpha2()), ("events", &events)],
            )?;
        }
        if let Some(topics) = &r.summary.topics {
            self.text("topics", &[], topics)?;
        }
        self.close("summary")?;

        self.open("sections", &[])?;
        for section in &r.sections {
            self.section(section)?;
        }
        self.close("sections")?;
        self.close("release")?;
        if self.indent {
            self.w.get_mut().write_all(b"\n")?;
        }
        Ok(())
    }

    fn publisher(&mut self, p: &Publisher) -> std::io::Result<()> {
        self.open("publisher", &[])?;
        self.text("name", &[], &p.name)?;
        self.text("acronym", &[], &p.acronym)?;
        self.open("address", &[("country", p.address.country.alpha2())])?;
        self.text("postal_code", &[], &p.address.postal_code)?;
        self.text("city", &[], &p.address.city)?;
        self.text("street", &[], &p.address.street)?;
        self.close("address")?;
        for telephone in &p.telephones {
            self.text("telephone", &[], telephone.as_str())?;
        }
        if let Some(fax) = &p.fax {
            self.text("fax", &[], fax.as_str())?;
        }
        self.text("email", &[], p.email.as_str())?;
        self.text("website", &[], p.website.as_str())?;
        self.close("publisher")
    }

    fn section(&mut self, s: &CountrySection) -> std::io::Result<()> {
        let page = s.page.map(|p| p.to_string());
        let mut attrs = vec![("country", s.country.alpha2())];
        if let Some(page) = &page {
            attrs.push(("page", page));
        }
        self.open("section", &attrs)?;
        self.text("heading", &[], &s.heading)?;
        for article in &s.articles {
            self.article(article)?;
        }
        self.close("section")
    }

    fn article(&mut self, a: &Article) -> std::io::Result<()> {
        let date = a.date.map(|d| d.to_iso_string());
        match &date {
            Some(date) => self.open("article", &[("date", date)])?,
            None => self.open("article", &[])?,
        }
        self.text("headline", &[], &a.headline)?;
        for place in &a.places {
            self.text("place", &[], place)?;
        }
        for organisation in &a.organisations {
            self.text("organisation", &[], organisation)?;
        }
        if !a.body.is_empty() {
            self.open("body", &[])?;
            for block in &a.body {
                self.block(block)?;
            }
            self.close("body")?;
        }
        for source in &a.sources {
            self.text("source", &[], source.as_str())?;
        }
        for topic in &a.topics {
            self.text("topic", &[], topic)?;
        }
        for statistic in &a.statistics {
            self.statistic(statistic)?;
        }
        self.close("article")
    }

    fn block(&mut self, block: &Block) -> std::io::Result<()> {
        match block {
            Block::Paragraph { text } => self.text("paragraph", &[], text),
            Block::Bullets { items } => {
                self.open("bullets", &[])?;
                for item in items {
                    self.text("item", &[], item)?;
                }
                self.close("bullets")
            }
            Block::Quote { text, speaker } => {
                self.open("quote", &[])?;
                self.text("text", &[], text)?;
                if let Some(speaker) = speaker {
                    self.open("speaker", &[])?;
                    self.text("name", &[], &speaker.name)?;
                    if let Some(role) = &speaker.role {
                        self.text("role", &[], role)?;
                    }
                    self.close("speaker")?;
                }
                self.close("quote")
            }
        }
    }

    fn statistic(&mut self, s: &Statistic) -> std::io::Result<()> {
        let value = s.value.to_string();
        let range_end = s.range_end.map(|d| d.to_string());
        let unit = s.unit.to_string();
        let mut attrs: Vec<(&str, &str)> = Vec::with_capacity(4);
        if !s.qualifier.is_exact() {
            attrs.push(("qualifier", s.qualifier.as_str()));
        }
        attrs.push(("value", &value));
        if let Some(end) = &range_end {
            attrs.push(("range_end", end));
        }
        attrs.push(("unit", &unit));
        self.open("statistic", &attrs)?;
        self.text("measure", &[], &s.measure)?;
        if let Some(t) = &s.reference_period {
            self.text("reference_period", &[], t)?;
        }
        if let Some(t) = &s.area {
            self.text("area", &[], t)?;
        }
        if let Some(t) = &s.phrase {
            self.text("phrase", &[], t)?;
        }
        if !s.breakdown.is_empty() {
            self.open("breakdown", &[])?;
            for part in &s.breakdown {
                self.statistic(part)?;
            }
            self.close("breakdown")?;
        }
        self.close("statistic")
    }
}

/// The model path of the first statistic nested deeper than [`MAX_BREAKDOWN_DEPTH`];
/// walked without recursion, however deep.
fn too_deep(release: &Release) -> Option<String> {
    for (i, section) in release.sections.iter().enumerate() {
        for (j, article) in section.articles.iter().enumerate() {
            for (k, top) in article.statistics.iter().enumerate() {
                if !top.breakdown.is_empty() && crate::limits::measure(top).1 > MAX_BREAKDOWN_DEPTH
                {
                    return Some(format!("sections[{i}].articles[{j}].statistics[{k}]"));
                }
            }
        }
    }
    None
}

/// The model path and year of the first date whose year the vocabulary cannot write (it has
/// four digits and no sign); only releases made by hand can hold one.
fn unwritable_date(release: &Release) -> Option<(String, i32)> {
    use crate::model::writable_year;
    for (name, date) in [
        ("period.start", release.period.start),
        ("period.end", release.period.end),
    ] {
        if !writable_year(date.year()) {
            return Some((name.to_owned(), date.year()));
        }
    }
    for (i, section) in release.sections.iter().enumerate() {
        for (j, article) in section.articles.iter().enumerate() {
            if let Some(year) = article.date.and_then(|d| d.year()) {
                if !writable_year(year) {
                    return Some((format!("sections[{i}].articles[{j}].date"), year));
                }
            }
        }
    }
    None
}

fn iso_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Escapes markup characters, and the characters a reader would normalise away: a carriage
/// return anywhere, a tab or line feed in an attribute.
/// With `Check::WhileWriting`, also refuses a character XML 1.0 cannot carry.
fn escape(text: &str, attribute: bool, check: Check) -> std::io::Result<Cow<'_, str>> {
    let checking = check == Check::WhileWriting;
    // A branch-free pass over the bytes (vectorised) finds the common case: nothing to do.
    // Bytes below 0x20 and 0xEF are the suspects of the character check.
    let special = any_byte(text.as_bytes(), |b| {
        (b == b'&')
            | (b == b'<')
            | (b == b'>')
            | (b < 0x20)
            | (attribute & (b == b'"'))
            | (checking & (b == 0xEF))
    });
    if !special {
        return Ok(Cow::Borrowed(text));
    }
    if checking && first_non_xml_char(text).is_some() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            NonXmlCharacter,
        ));
    }
    let needs_escape = |b: u8| {
        matches!(b, b'&' | b'<' | b'>' | b'\r') || (attribute && matches!(b, b'"' | b'\t' | b'\n'))
    };
    if !text.bytes().any(needs_escape) {
        return Ok(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
    Ok(Cow::Owned(out))
}

// ---------------------------------------------------------------- reading

/// Reads a release from XML text, within the default [`Limits`].
///
/// The XML and JSON forms of a release carry the same release:
///
/// ```
/// let release = caricc_release::from_xml(include_str!("../../tests/golden/release-2025-16.xml"))?;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.sections.len(), 4);
/// assert_eq!(release, caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_xml(text: &str) -> Result<Release, Error> {
    from_xml_with_limits(text, &Limits::DEFAULT)
}

/// Reads a release from XML text within `limits`: a larger document is refused before it is
/// parsed, deeper breakdowns where they start, and more sections, articles or statistics, or a
/// longer text, once the release is read (each with [`ErrorKind::Limit`]).
///
/// ```
/// use caricc_release::limits::{Limit, Limits};
/// use caricc_release::xml::{ErrorKind, from_xml_with_limits};
///
/// let xml = include_str!("../../tests/golden/release-2025-16.xml");
/// let err = from_xml_with_limits(xml, &Limits::default().with_sections(3)).unwrap_err();
/// assert_eq!((err.kind(), err.limit()), (ErrorKind::Limit, Some(Limit::Sections)));
/// assert_eq!(
///     err.to_string(),
///     "XML beyond a limit: 4 sections, more than the limit of 3 (sections)"
/// );
/// ```
pub fn from_xml_with_limits(text: &str, limits: &Limits) -> Result<Release, Error> {
    limits.check_input(text.len()).map_err(Error::beyond)?;
    let release = Parser::new(text, limits.depth()).document()?;
    limits.check(&release).map_err(Error::beyond)?;
    Ok(release)
}

/// Reads a release from an XML byte stream, within the default [`Limits`]. The whole
/// document is read into memory first (it must be UTF-8), so errors can give lines and
/// columns; a stream longer than the input limit is not read beyond it.
///
/// ```
/// let xml = include_str!("../../tests/golden/release-2025-16.xml");
/// let release = caricc_release::from_xml_reader(xml.as_bytes())?;
/// assert_eq!(release.id().to_string(), "#16/2025");
///
/// let err = caricc_release::from_xml_reader(&b"<release>caf\xE9</release>"[..]).unwrap_err();
/// assert_eq!(err.to_string(), "invalid XML: the input is not UTF-8 (invalid byte at offset 12)");
/// # Ok::<(), caricc_release::xml::Error>(())
/// ```
pub fn from_xml_reader(reader: impl BufRead) -> Result<Release, Error> {
    from_xml_reader_with_limits(reader, &Limits::DEFAULT)
}

/// Reads a release from an XML byte stream within `limits` (see [`from_xml_with_limits`]).
///
/// ```
/// use caricc_release::limits::{Limit, Limits};
/// use caricc_release::xml::{ErrorKind, from_xml_reader_with_limits};
///
/// let xml = include_str!("../../tests/golden/release-2025-16.xml").as_bytes();
/// let err = from_xml_reader_with_limits(xml, &Limits::default().with_input_bytes(1_000)).unwrap_err();
/// assert_eq!((err.kind(), err.limit()), (ErrorKind::Limit, Some(Limit::InputBytes)));
/// assert_eq!(
///     err.to_string(),
///     "XML beyond a limit: 1001 or more bytes of input, more than the limit of 1000 (input_bytes)"
/// );
/// assert_eq!(from_xml_reader_with_limits(xml, &Limits::default().with_articles(13))?.number, 16);
/// # Ok::<(), caricc_release::xml::Error>(())
/// ```
pub fn from_xml_reader_with_limits(
    reader: impl BufRead,
    limits: &Limits,
) -> Result<Release, Error> {
    let bytes = limits
        .read_input(reader)
        .map_err(Error::io)?
        .map_err(Error::beyond)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Error {
            kind: ErrorKind::Syntax,
            line: 0,
            column: 0,
            path: String::new(),
            message: format!("the input is not UTF-8 (invalid byte at offset {offset})"),
            limit: None,
        }
    })?;
    from_xml_with_limits(&text, limits)
}

/// A link in the chain of elements being read; rendered only for errors.
struct At<'a> {
    parent: Option<&'a At<'a>>,
    name: &'static str,
    /// 1-based position among same-named siblings, when they repeat.
    index: Option<usize>,
}

impl At<'_> {
    fn child<'a>(&'a self, name: &'static str, index: Option<usize>) -> At<'a> {
        At {
            parent: Some(self),
            name,
            index,
        }
    }

    fn render(&self) -> String {
        let mut parts = Vec::new();
        let mut at = Some(self);
        while let Some(a) = at {
            parts.push(match a.index {
                Some(i) => format!("{}[{i}]", a.name),
                None => a.name.to_owned(),
            });
            at = a.parent;
        }
        parts.reverse();
        format!("/{}", parts.join("/"))
    }
}

/// A start tag just read.
struct Tag<'i> {
    start: BytesStart<'i>,
    /// `<x/>`: no content and no end tag to read.
    empty: bool,
    /// Byte offset of the `<`.
    offset: u64,
    /// Where the local name begins in the name (after `prefix:`), found once.
    local: usize,
}

impl Tag<'_> {
    fn local_name(&self) -> &str {
        let name = self.start.name().into_inner();
        name.get(self.local..).unwrap_or(name)
    }
}

struct Parser<'i> {
    /// A plain reader: namespaces are tracked here, and a scope is opened only for the
    /// elements that declare one, which an `NsReader` would do for every element.
    reader: Reader<&'i [u8]>,
    ns: NamespaceResolver,
    /// Elements open, counting one just read empty until the next event.
    depth: usize,
    /// The depths of the open elements that opened a namespace scope, innermost last.
    scopes: Vec<usize>,
    /// The last event closed an element (an end tag or an empty one): leave it first.
    pending_pop: bool,
    /// Where the local name of the last start tag read begins (see [`Tag::local`]).
    local: usize,
    input: &'i str,
    /// The document's minor version, for messages about newer vocabularies.
    minor: u32,
    /// The most levels of breakdowns to read ([`Limits::depth`]).
    max_depth: usize,
}

type Result<T, E = Error> = std::result::Result<T, E>;

impl<'i> Parser<'i> {
    fn new(input: &'i str, max_depth: usize) -> Self {
        // Positions count from after a byte-order mark, as the reader's do.
        let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
        let mut reader = Reader::from_str(input);
        let config = reader.config_mut();
        config.trim_text(false);
        config.expand_empty_elements = false;
        config.check_end_names = true;
        Parser {
            reader,
            ns: NamespaceResolver::default(),
            depth: 0,
            scopes: Vec::new(),
            pending_pop: false,
            local: 0,
            input,
            minor: MINOR,
            max_depth,
        }
    }

    /// Line and column (in characters) of a byte offset.
    fn position(&self, offset: u64) -> (usize, usize) {
        let offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.input.len());
        let before = self.input.get(..offset).unwrap_or(self.input);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    fn error(
        &self,
        kind: ErrorKind,
        offset: u64,
        at: Option<&At<'_>>,
        message: impl Into<String>,
    ) -> Error {
        let (line, column) = self.position(offset);
        Error {
            kind,
            line,
            column,
            path: at.map(At::render).unwrap_or_default(),
            message: message.into(),
            limit: None,
        }
    }

    fn vocabulary(&self, tag: &Tag<'_>, at: &At<'_>, message: impl Into<String>) -> Error {
        self.error(ErrorKind::Vocabulary, tag.offset, Some(at), message)
    }

    fn syntax(&self, err: quick_xml::Error, at: Option<&At<'_>>) -> Error {
        let kind = match err {
            quick_xml::Error::Escape(_) => ErrorKind::Forbidden,
            _ => ErrorKind::Syntax,
        };
        let message = match &err {
            quick_xml::Error::Escape(e) => format!(
                "{e} (only the five predefined entities and character references are allowed)"
            ),
            other => other.to_string(),
        };
        self.error(
            kind,
            self.reader.error_position(),
            at,
            lowercase_first(&message),
        )
    }

    /// An unknown element, named with both versions when the document is newer.
    fn unknown_element(&self, tag: &Tag<'_>, at: &At<'_>) -> Error {
        let mut message = format!("unknown element <{}>", tag.local_name());
        if self.minor > MINOR {
            message.push_str(&format!(
                " (this reader knows vocabulary {VERSION}; the document is {MAJOR}.{})",
                self.minor
            ));
        }
        self.vocabulary(tag, at, message)
    }

    /// The next event that matters: comments and processing instructions are skipped.
    fn event(&mut self, at: &At<'_>) -> Result<(Event<'i>, u64, bool)> {
        loop {
            if self.pending_pop {
                self.pending_pop = false;
                if self.scopes.last() == Some(&self.depth) {
                    self.scopes.pop();
                    self.ns.pop();
                }
                self.depth = self.depth.saturating_sub(1);
            }
            let offset = self.reader.buffer_position();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => return Err(self.syntax(e, Some(at))),
            };
            // Only element names need their namespace: resolved for starts alone.
            let ns = match &event {
                Event::Start(start) | Event::Empty(start) => {
                    self.depth += 1;
                    self.pending_pop = matches!(event, Event::Empty(_));
                    // Every declaration is an `xmlns` or `xmlns:p` attribute, so a tag
                    // without those letters declares nothing and needs no scope of its own.
                    if may_declare(start.attributes_raw()) {
                        if let Err(e) = self.ns.push(start) {
                            return Err(self.syntax(e.into(), Some(at)));
                        }
                        self.scopes.push(self.depth);
                    }
                    let (ns, local) = self.ns.resolve_element(start.name());
                    self.local = start.name().into_inner().len() - local.into_inner().len();
                    matches!(ns, ResolveResult::Bound(n) if n.into_inner() == NAMESPACE)
                }
                Event::End(_) => {
                    self.pending_pop = true;
                    false
                }
                _ => false,
            };
            match event {
                Event::Comment(_) | Event::PI(_) => continue,
                Event::Decl(_) if offset != 0 => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        Some(at),
                        "an XML declaration is allowed only at the very start of the document",
                    ));
                }
                Event::DocType(_) => {
                    return Err(self.error(
                        ErrorKind::Forbidden,
                        offset,
                        Some(at),
                        "a DOCTYPE is not allowed: entities are never declared or fetched",
                    ));
                }
                event => return Ok((event, offset, ns)),
            }
        }
    }

    /// The next child element of the element at `at`, or `None` at its end tag.
    /// White space between elements is layout; other text is an error.
    fn next_child(&mut self, at: &At<'_>) -> Result<Option<Tag<'i>>> {
        loop {
            let (event, offset, ours) = self.event(at)?;
            match event {
                Event::Start(start) | Event::Empty(start) if !ours => {
                    let tag = Tag {
                        start,
                        empty: true,
                        offset,
                        local: self.local,
                    };
                    let name =
                        String::from_utf8_lossy(tag.start.name().as_ref().as_bytes()).into_owned();
                    return Err(self.vocabulary(
                        &tag,
                        at,
                        format!("element <{name}> is not in the namespace {NAMESPACE}"),
                    ));
                }
                Event::Start(start) => {
                    return Ok(Some(Tag {
                        start,
                        empty: false,
                        offset,
                        local: self.local,
                    }));
                }
                Event::Empty(start) => {
                    return Ok(Some(Tag {
                        start,
                        empty: true,
                        offset,
                        local: self.local,
                    }));
                }
                Event::End(_) => return Ok(None),
                Event::Text(t) if t.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) => {
                    continue;
                }
                Event::Eof => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        Some(at),
                        "the document ends before this element is closed",
                    ));
                }
                _ => {
                    return Err(self.error(
                        ErrorKind::Vocabulary,
                        offset,
                        Some(at),
                        "text is not allowed here, only elements",
                    ));
                }
            }
        }
    }

    /// Refuses any content: for elements that are empty by definition.
    fn no_content(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<()> {
        if tag.empty {
            return Ok(());
        }
        match self.next_child(at)? {
            None => Ok(()),
            Some(child) => Err(self.unknown_element(&child, at)),
        }
    }

    /// The text of a text-only element without attributes.
    fn text(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<String> {
        self.attributes(tag, at, &mut [])?;
        self.content(tag, at)
    }

    /// The content of a text-only element: text, CDATA and references, line ends normalised.
    fn content(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<String> {
        if tag.empty {
            return Ok(String::new());
        }
        let mut text = String::new();
        loop {
            let (event, offset, _) = self.event(at)?;
            match event {
                Event::Text(t) => self.push_chars(&mut text, &t.xml10_content(), offset, at)?,
                Event::CData(c) => self.push_chars(&mut text, &c.xml10_content(), offset, at)?,
                Event::GeneralRef(r) => {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) if is_xml_char(c) => text.push(c),
                        Ok(Some(c)) => {
                            return Err(self.error(ErrorKind::Syntax, offset, Some(at), format!("the character reference &{}; stands for U+{:04X}, which XML 1.0 does not allow", &*r, c as u32)));
                        }
                        Ok(None) => match predefined_entity(&r) {
                            Some(c) => text.push(c),
                            None => {
                                return Err(self.error(ErrorKind::Forbidden, offset, Some(at), format!("the entity &{}; is not one of the five predefined entities", &*r)));
                            }
                        },
                        Err(e) => {
                            return Err(self.error(
                                ErrorKind::Syntax,
                                offset,
                                Some(at),
                                lowercase_first(&e.to_string()),
                            ));
                        }
                    }
                }
                Event::End(_) => return Ok(text),
                Event::Start(_) | Event::Empty(_) => {
                    return Err(self.error(
                        ErrorKind::Vocabulary,
                        offset,
                        Some(at),
                        format!("<{}> holds text only, not elements", at.name),
                    ));
                }
                Event::Eof => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        Some(at),
                        "the document ends inside this element",
                    ));
                }
                _ => continue,
            }
        }
    }

    /// Appends text read from the document, refusing characters XML 1.0 does not allow.
    fn push_chars(&self, text: &mut String, chunk: &str, offset: u64, at: &At<'_>) -> Result<()> {
        if let Some((_, c)) = first_non_xml_char(chunk) {
            let message = format!(
                "the text holds U+{:04X}, which XML 1.0 does not allow",
                c as u32
            );
            return Err(self.error(ErrorKind::Syntax, offset, Some(at), message));
        }
        text.push_str(chunk);
        Ok(())
    }

    /// Reads the attributes of `tag` into `wanted` (name, slot); any other is an error.
    fn attributes<'t>(
        &self,
        tag: &'t Tag<'_>,
        at: &At<'_>,
        wanted: &mut [(&str, &mut Option<Cow<'t, str>>)],
    ) -> Result<()> {
        for attr in tag.start.attributes() {
            let attr = attr.map_err(|e| {
                self.error(
                    ErrorKind::Syntax,
                    tag.offset,
                    Some(at),
                    attribute_error(&e, tag.start.as_ref()),
                )
            })?;
            let key = attr.key;
            if key.as_namespace_binding().is_some() {
                continue;
            }
            let (ns, local) = self.ns.resolve_attribute(key);
            match ns {
                ResolveResult::Unbound => {}
                ResolveResult::Bound(n) if n.into_inner() == XSI => continue,
                _ => {
                    return Err(self.vocabulary(
                        tag,
                        at,
                        format!(
                            "unknown attribute {} on <{}>",
                            key.into_inner(),
                            tag.local_name()
                        ),
                    ));
                }
            }
            let name = local.into_inner();
            let Some((_, slot)) = wanted.iter_mut().find(|(n, _)| *n == name) else {
                let mut message = format!("unknown attribute {name} on <{}>", tag.local_name());
                if self.minor > MINOR {
                    message.push_str(&format!(
                        " (this reader knows vocabulary {VERSION}; the document is {MAJOR}.{})",
                        self.minor
                    ));
                }
                return Err(self.vocabulary(tag, at, message));
            };
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| {
                    let kind = if matches!(e, quick_xml::Error::Escape(_)) {
                        ErrorKind::Forbidden
                    } else {
                        ErrorKind::Syntax
                    };
                    self.error(
                        kind,
                        tag.offset,
                        Some(at),
                        format!("in attribute {name}: {}", lowercase_first(&e.to_string())),
                    )
                })?;
            if let Some((_, c)) = first_non_xml_char(&value) {
                return Err(self.error(
                    ErrorKind::Syntax,
                    tag.offset,
                    Some(at),
                    format!(
                        "attribute {name} holds U+{:04X}, which XML 1.0 does not allow",
                        c as u32
                    ),
                ));
            }
            **slot = Some(value);
        }
        Ok(())
    }

    /// A required attribute's value, read with `parse`.
    fn required<T>(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        name: &str,
        value: Option<Cow<'_, str>>,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T> {
        let value = value.ok_or_else(|| {
            self.vocabulary(
                tag,
                at,
                format!("<{}> lacks its {name} attribute", tag.local_name()),
            )
        })?;
        self.value(tag, at, name, &value, parse)
    }

    fn value<T>(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        name: &str,
        value: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T> {
        parse(value)
            .map_err(|why| self.vocabulary(tag, at, format!("invalid {name} {value:?}: {why}")))
    }

    fn document(mut self) -> Result<Release> {
        let top = At {
            parent: None,
            name: "release",
            index: None,
        };
        let root = loop {
            let (event, offset, ours) = self.event(&top)?;
            match event {
                Event::Decl(decl) => {
                    let version = decl.version().map(|v| v.into_owned()).unwrap_or_default();
                    if version != "1.0" && version != "1.1" {
                        return Err(self.error(
                            ErrorKind::Syntax,
                            offset,
                            None,
                            format!("XML version {version:?} is not 1.0 or 1.1"),
                        ));
                    }
                }
                Event::Text(t) if t.xml10_content().trim().is_empty() => continue,
                Event::Start(start) | Event::Empty(start)
                    if !ours || start.local_name().into_inner() != "release" =>
                {
                    let tag = Tag {
                        start,
                        empty: true,
                        offset,
                        local: self.local,
                    };
                    return Err(self.vocabulary(
                        &tag,
                        &top,
                        format!("the root element must be <release xmlns=\"{NAMESPACE}\">"),
                    ));
                }
                Event::Start(start) => {
                    break Tag {
                        start,
                        empty: false,
                        offset,
                        local: self.local,
                    };
                }
                Event::Empty(start) => {
                    break Tag {
                        start,
                        empty: true,
                        offset,
                        local: self.local,
                    };
                }
                Event::Eof => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        None,
                        "the document is empty",
                    ));
                }
                _ => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        None,
                        "text before the root element",
                    ));
                }
            }
        };
        let release = self.release(&root, &top)?;
        loop {
            let (event, offset, _) = self.event(&top)?;
            match event {
                Event::Eof => return Ok(release),
                Event::Text(t) if t.xml10_content().trim().is_empty() => continue,
                _ => {
                    return Err(self.error(
                        ErrorKind::Syntax,
                        offset,
                        None,
                        "content after the root element",
                    ));
                }
            }
        }
    }
}

/// The vocabulary, element by element.
impl<'i> Parser<'i> {
    fn put<T>(&self, slot: &mut Option<T>, value: T, child: &Tag<'_>, at: &At<'_>) -> Result<()> {
        if slot.is_some() {
            return Err(self.vocabulary(
                child,
                at,
                format!("<{}> appears more than once", child.local_name()),
            ));
        }
        *slot = Some(value);
        Ok(())
    }

    fn need<T>(&self, slot: Option<T>, tag: &Tag<'_>, at: &At<'_>, child: &str) -> Result<T> {
        slot.ok_or_else(|| {
            self.vocabulary(
                tag,
                at,
                format!("<{}> lacks its <{child}> element", tag.local_name()),
            )
        })
    }

    fn release(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Release> {
        // The version first, so that messages about the root's other attributes can name it.
        let declared = tag
            .start
            .attributes()
            .flatten()
            .find(|a| a.key.into_inner() == "version");
        if let Some(Ok((MAJOR, minor))) = declared.map(|a| parse_version(&a.value)) {
            self.minor = minor;
        }
        let (mut version, mut number, mut year, mut format, mut language) =
            (None, None, None, None, None);
        self.attributes(
            tag,
            at,
            &mut [
                ("version", &mut version),
                ("number", &mut number),
                ("year", &mut year),
                ("format", &mut format),
                ("language", &mut language),
            ],
        )?;
        let (major, minor) = self.required(tag, at, "version", version, parse_version)?;
        if major != MAJOR {
            return Err(self.vocabulary(tag, at, format!("vocabulary version {major}.{minor} is not supported; this reader reads {MAJOR}.x")));
        }
        self.minor = minor;
        // Any u32, as in JSON: validate() reports a number off the schedule.
        let number = self.required(tag, at, "number", number, parse_count)?;
        let year = self.required(tag, at, "year", year, |v| {
            v.parse::<i32>()
                .map_err(|_| "expected a year such as 2025".to_owned())
        })?;
        let format = self.required(tag, at, "format", format, |v| {
            v.parse::<Format>().map_err(|e| e.reason().to_owned())
        })?;
        let language = self.required(tag, at, "language", language, |v| {
            v.parse::<LanguageTag>().map_err(|e| e.reason().to_owned())
        })?;

        let (mut title, mut subtitle, mut period, mut place, mut publisher) =
            (None, None, None, None, None);
        let (mut contents, mut summary, mut sections) = (None, None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "title" => {
                        let v = self.text(&child, &at.child("title", None))?;
                        self.put(&mut title, v, &child, at)?;
                    }
                    "subtitle" => {
                        let v = self.text(&child, &at.child("subtitle", None))?;
                        self.put(&mut subtitle, v, &child, at)?;
                    }
                    "period" => {
                        let v = self.period(&child, &at.child("period", None))?;
                        self.put(&mut period, v, &child, at)?;
                    }
                    "place" => {
                        let v = self.text(&child, &at.child("place", None))?;
                        self.put(&mut place, v, &child, at)?;
                    }
                    "publisher" => {
                        let v = self.publisher(&child, &at.child("publisher", None))?;
                        self.put(&mut publisher, v, &child, at)?;
                    }
                    "contents" => {
                        let v = self.contents(&child, &at.child("contents", None))?;
                        self.put(&mut contents, v, &child, at)?;
                    }
                    "summary" => {
                        let v = self.summary(&child, &at.child("summary", None))?;
                        self.put(&mut summary, v, &child, at)?;
                    }
                    "sections" => {
                        let v = self.sections(&child, &at.child("sections", None))?;
                        self.put(&mut sections, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Release {
            title: self.need(title, tag, at, "title")?,
            subtitle: self.need(subtitle, tag, at, "subtitle")?,
            number,
            year,
            period: self.need(period, tag, at, "period")?,
            place: self.need(place, tag, at, "place")?,
            publisher: self.need(publisher, tag, at, "publisher")?,
            format,
            language,
            contents: self.need(contents, tag, at, "contents")?,
            summary: self.need(summary, tag, at, "summary")?,
            sections: self.need(sections, tag, at, "sections")?,
        })
    }

    fn period(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Period> {
        let (mut start, mut end) = (None, None);
        self.attributes(tag, at, &mut [("start", &mut start), ("end", &mut end)])?;
        let start = self.required(tag, at, "start", start, parse_date)?;
        let end = self.required(tag, at, "end", end, parse_date)?;
        self.no_content(tag, at)?;
        // A reversed period is kept for validate() to report, as in JSON.
        Ok(Period { start, end })
    }

    fn publisher(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Publisher> {
        self.attributes(tag, at, &mut [])?;
        let (mut name, mut acronym, mut address, mut fax, mut email, mut website) =
            (None, None, None, None, None, None);
        let mut telephones = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "name" => {
                        let v = self.text(&child, &at.child("name", None))?;
                        self.put(&mut name, v, &child, at)?;
                    }
                    "acronym" => {
                        let v = self.text(&child, &at.child("acronym", None))?;
                        self.put(&mut acronym, v, &child, at)?;
                    }
                    "address" => {
                        let v = self.address(&child, &at.child("address", None))?;
                        self.put(&mut address, v, &child, at)?;
                    }
                    "telephone" => {
                        let here = at.child("telephone", Some(telephones.len() + 1));
                        let v = self.text(&child, &here)?;
                        telephones.push(self.value(
                            &child,
                            &here,
                            "telephone",
                            &v,
                            parse_via::<PhoneNumber>,
                        )?);
                    }
                    "fax" => {
                        let here = at.child("fax", None);
                        let v = self.text(&child, &here)?;
                        let v = self.value(&child, &here, "fax", &v, parse_via::<PhoneNumber>)?;
                        self.put(&mut fax, v, &child, at)?;
                    }
                    "email" => {
                        let here = at.child("email", None);
                        let v = self.text(&child, &here)?;
                        let v =
                            self.value(&child, &here, "email", &v, parse_via::<EmailAddress>)?;
                        self.put(&mut email, v, &child, at)?;
                    }
                    "website" => {
                        let here = at.child("website", None);
                        let v = self.text(&child, &here)?;
                        let v = self.value(&child, &here, "website", &v, parse_url)?;
                        self.put(&mut website, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Publisher {
            name: self.need(name, tag, at, "name")?,
            acronym: self.need(acronym, tag, at, "acronym")?,
            address: self.need(address, tag, at, "address")?,
            telephones,
            fax,
            email: self.need(email, tag, at, "email")?,
            website: self.need(website, tag, at, "website")?,
        })
    }

    fn address(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<PostalAddress> {
        let mut country = None;
        self.attributes(tag, at, &mut [("country", &mut country)])?;
        let country = self.required(tag, at, "country", country, parse_via::<Country>)?;
        let (mut postal_code, mut city, mut street) = (None, None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let (slot, name) = match child.local_name() {
                    "postal_code" => (&mut postal_code, "postal_code"),
                    "city" => (&mut city, "city"),
                    "street" => (&mut street, "street"),
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let v = self.text(&child, &at.child(name, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        Ok(PostalAddress {
            country,
            postal_code: self.need(postal_code, tag, at, "postal_code")?,
            city: self.need(city, tag, at, "city")?,
            street: self.need(street, tag, at, "street")?,
        })
    }

    fn contents(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<ContentsEntry>> {
        self.attributes(tag, at, &mut [])?;
        let mut entries = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "entry" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("entry", Some(entries.len() + 1));
                let (mut country, mut page) = (None, None);
                self.attributes(
                    &child,
                    &here,
                    &mut [("country", &mut country), ("page", &mut page)],
                )?;
                let country =
                    self.required(&child, &here, "country", country, parse_via::<Country>)?;
                let page = self.required(&child, &here, "page", page, parse_count)?;
                let heading = self.content(&child, &here)?;
                entries.push(ContentsEntry {
                    country,
                    heading,
                    page,
                });
            }
        }
        Ok(entries)
    }

    fn summary(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Summary> {
        let mut total = None;
        self.attributes(tag, at, &mut [("total_events", &mut total)])?;
        let total_events = self.required(tag, at, "total_events", total, parse_count)?;
        let (mut events_by_country, mut topics) = (Vec::new(), None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "count" => {
                        let here = at.child("count", Some(events_by_country.len() + 1));
                        let (mut country, mut events) = (None, None);
                        self.attributes(
                            &child,
                            &here,
                            &mut [("country", &mut country), ("events", &mut events)],
                        )?;
                        let country =
                            self.required(&child, &here, "country", country, parse_via::<Country>)?;
                        let events = self.required(&child, &here, "events", events, parse_count)?;
                        self.no_content(&child, &here)?;
                        events_by_country.push(CountryCount { country, events });
                    }
                    "topics" => {
                        let v = self.text(&child, &at.child("topics", None))?;
                        self.put(&mut topics, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Summary {
            total_events,
            events_by_country,
            topics,
        })
    }

    fn sections(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<CountrySection>> {
        self.attributes(tag, at, &mut [])?;
        let mut sections = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "section" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("section", Some(sections.len() + 1));
                sections.push(self.section(&child, &here)?);
            }
        }
        Ok(sections)
    }

    fn section(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<CountrySection> {
        let (mut country, mut page) = (None, None);
        self.attributes(
            tag,
            at,
            &mut [("country", &mut country), ("page", &mut page)],
        )?;
        let country = self.required(tag, at, "country", country, parse_via::<Country>)?;
        let page = match page {
            Some(p) => Some(self.value(tag, at, "page", &p, parse_count)?),
            None => None,
        };
        let (mut heading, mut articles) = (None, Vec::new());
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "heading" => {
                        let v = self.text(&child, &at.child("heading", None))?;
                        self.put(&mut heading, v, &child, at)?;
                    }
                    "article" => {
                        let here = at.child("article", Some(articles.len() + 1));
                        articles.push(self.article(&child, &here)?);
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(CountrySection {
            country,
            heading: self.need(heading, tag, at, "heading")?,
            page,
            articles,
        })
    }

    fn article(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Article> {
        let mut date = None;
        self.attributes(tag, at, &mut [("date", &mut date)])?;
        let mut article = Article::new(String::new());
        if let Some(d) = date {
            article.date = Some(self.value(tag, at, "date", &d, |v| {
                ArticleDate::from_iso(v).ok_or_else(|| "expected YYYY-MM-DD or --MM-DD".to_owned())
            })?);
        }
        let (mut headline, mut body) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "headline" => {
                        let v = self.text(&child, &at.child("headline", None))?;
                        self.put(&mut headline, v, &child, at)?;
                    }
                    "place" => {
                        let v =
                            self.text(&child, &at.child("place", Some(article.places.len() + 1)))?;
                        article.places.push(v);
                    }
                    "organisation" => {
                        let here = at.child("organisation", Some(article.organisations.len() + 1));
                        let v = self.text(&child, &here)?;
                        article.organisations.push(v);
                    }
                    "body" => {
                        let v = self.body(&child, &at.child("body", None))?;
                        self.put(&mut body, v, &child, at)?;
                    }
                    "source" => {
                        let here = at.child("source", Some(article.sources.len() + 1));
                        let v = self.text(&child, &here)?;
                        article
                            .sources
                            .push(self.value(&child, &here, "source", &v, parse_url)?);
                    }
                    "topic" => {
                        let v =
                            self.text(&child, &at.child("topic", Some(article.topics.len() + 1)))?;
                        article.topics.push(v);
                    }
                    "statistic" => {
                        let here = at.child("statistic", Some(article.statistics.len() + 1));
                        article.statistics.push(self.statistic(&child, &here, 0)?);
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        article.headline = self.need(headline, tag, at, "headline")?;
        article.body = body.unwrap_or_default();
        Ok(article)
    }

    fn body(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<Block>> {
        self.attributes(tag, at, &mut [])?;
        let mut blocks = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let index = Some(blocks.len() + 1);
                let block = match child.local_name() {
                    "paragraph" => Block::Paragraph {
                        text: self.text(&child, &at.child("paragraph", index))?,
                    },
                    "bullets" => self.bullets(&child, &at.child("bullets", index))?,
                    "quote" => self.quote(&child, &at.child("quote", index))?,
                    _ => return Err(self.unknown_element(&child, at)),
                };
                blocks.push(block);
            }
        }
        Ok(blocks)
    }

    fn bullets(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Block> {
        self.attributes(tag, at, &mut [])?;
        let mut items = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "item" {
                    return Err(self.unknown_element(&child, at));
                }
                items.push(self.text(&child, &at.child("item", Some(items.len() + 1)))?);
            }
        }
        Ok(Block::Bullets { items })
    }

    fn quote(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Block> {
        self.attributes(tag, at, &mut [])?;
        let (mut text, mut speaker) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "text" => {
                        let v = self.text(&child, &at.child("text", None))?;
                        self.put(&mut text, v, &child, at)?;
                    }
                    "speaker" => {
                        let v = self.speaker(&child, &at.child("speaker", None))?;
                        self.put(&mut speaker, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Block::Quote {
            text: self.need(text, tag, at, "text")?,
            speaker,
        })
    }

    fn speaker(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Speaker> {
        self.attributes(tag, at, &mut [])?;
        let (mut name, mut role) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let (slot, element) = match child.local_name() {
                    "name" => (&mut name, "name"),
                    "role" => (&mut role, "role"),
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let v = self.text(&child, &at.child(element, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        Ok(Speaker {
            name: self.need(name, tag, at, "name")?,
            role,
        })
    }

    fn statistic(&mut self, tag: &Tag<'_>, at: &At<'_>, depth: usize) -> Result<Statistic> {
        if depth > MAX_BREAKDOWN_DEPTH {
            return Err(self.vocabulary(
                tag,
                at,
                format!("breakdowns nest deeper than {MAX_BREAKDOWN_DEPTH} levels"),
            ));
        }
        if depth > self.max_depth {
            let mut err = self.error(
                ErrorKind::Limit,
                tag.offset,
                Some(at),
                format!(
                    "breakdowns nest deeper than the limit of {} levels (depth)",
                    self.max_depth
                ),
            );
            err.limit = Some(Limit::Depth);
            return Err(err);
        }
        let (mut qualifier, mut value, mut range_end, mut unit) = (None, None, None, None);
        self.attributes(
            tag,
            at,
            &mut [
                ("qualifier", &mut qualifier),
                ("value", &mut value),
                ("range_end", &mut range_end),
                ("unit", &mut unit),
            ],
        )?;
        let qualifier = match qualifier {
            Some(q) => self.value(tag, at, "qualifier", &q, |v| {
                Qualifier::from_code(v).ok_or_else(|| {
                    "expected exact, over, at_least, almost, about, up_to or less_than".to_owned()
                })
            })?,
            None => Qualifier::Exact,
        };
        let value = self.required(tag, at, "value", value, parse_via::<Decimal>)?;
        let range_end = match range_end {
            Some(r) => Some(self.value(tag, at, "range_end", &r, parse_via::<Decimal>)?),
            None => None,
        };
        let unit = self.required(tag, at, "unit", unit, parse_via::<Unit>)?;
        let mut statistic = Statistic::new(String::new(), value, unit);
        statistic.qualifier = qualifier;
        statistic.range_end = range_end;
        let (mut measure, mut breakdown) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let slot = match child.local_name() {
                    "measure" => &mut measure,
                    "reference_period" => &mut statistic.reference_period,
                    "area" => &mut statistic.area,
                    "phrase" => &mut statistic.phrase,
                    "breakdown" => {
                        let v = self.breakdown(&child, &at.child("breakdown", None), depth)?;
                        self.put(&mut breakdown, v, &child, at)?;
                        continue;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let name = match child.local_name() {
                    "measure" => "measure",
                    "reference_period" => "reference_period",
                    "area" => "area",
                    _ => "phrase",
                };
                let v = self.text(&child, &at.child(name, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        statistic.measure = self.need(measure, tag, at, "measure")?;
        statistic.breakdown = breakdown.unwrap_or_default();
        Ok(statistic)
    }

    fn breakdown(&mut self, tag: &Tag<'_>, at: &At<'_>, depth: usize) -> Result<Vec<Statistic>> {
        self.attributes(tag, at, &mut [])?;
        let mut parts = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "statistic" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("statistic", Some(parts.len() + 1));
                parts.push(self.statistic(&child, &here, depth + 1)?);
            }
        }
        Ok(parts)
    }
}

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

fn parse_count(v: &str) -> Result<u32, String> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a whole number".to_owned());
    }
    v.parse().map_err(|_| "the number is too large".to_owned())
}

fn parse_date(v: &str) -> Result<NaiveDate, String> {
    crate::model::parse_iso_date(v).ok_or_else(|| "expected a real date as YYYY-MM-DD".to_owned())
}

fn parse_url(v: &str) -> Result<url::Url, String> {
    url::Url::parse(v).map_err(|e| e.to_string())
}

fn parse_via<T: std::str::FromStr<Err = crate::ParseError>>(v: &str) -> Result<T, String> {
    v.parse()
        .map_err(|e: crate::ParseError| e.reason().to_owned())
}

/// quick-xml's attribute error without its byte positions (the error has line and column),
/// naming the attribute a duplicate repeats (`start` is the tag's content, where quick-xml's
/// positions point).
pub(crate) fn attribute_error(err: &AttrError, start: &str) -> String {
    if let AttrError::Duplicated(at, _) = *err {
        let name = start.as_bytes().get(at..).unwrap_or_default();
        let end = name
            .iter()
            .position(|b| matches!(b, b'=' | b' ' | b'\t' | b'\r' | b'\n'))
            .unwrap_or(name.len());
        return format!(
            "duplicated attribute {}",
            String::from_utf8_lossy(&name[..end])
        );
    }
    let message = err.to_string();
    let message = message.as_str();
    let message = match message.strip_prefix("position ") {
        Some(rest) => rest.split_once(": ").map_or(rest, |(_, m)| m),
        None => message,
    };
    let message = message
        .split(", previous declaration at position")
        .next()
        .unwrap_or(message);
    lowercase_first(message)
}

pub(crate) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

/// Whether a start tag's attributes may hold a namespace declaration: they spell `xmlns`.
fn may_declare(attributes: &str) -> bool {
    // `find(char)` is a memchr; `contains(&str)` sets up a substring search per tag.
    let mut rest = attributes;
    while let Some(i) = rest.find('x') {
        rest = &rest[i + 1..];
        if rest.starts_with("mlns") {
            return true;
        }
    }
    false
}

fn predefined_entity(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => return None,
    })
}
