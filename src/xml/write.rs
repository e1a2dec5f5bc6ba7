//! Writing a release as XML: the layout ([`WriteConfig`]), the entry points and the writer,
//! which refuses what the vocabulary or XML 1.0 cannot carry rather than drop it.

use std::borrow::Cow;
use std::io::Write;

use chrono::{Datelike, NaiveDate};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use std::ops::ControlFlow;

use super::{Error, ErrorKind, NAMESPACE, VERSION};
use crate::chars::{any_byte, first_non_xml_char};
use crate::limits::DEPTH_CEILING as MAX_BREAKDOWN_DEPTH;
use crate::limits::nests_beyond;
use crate::model::path::{Field, Path};
use crate::model::walk::{Visitor, walk};
use crate::model::writable_year;
use crate::validate::first_invalid_character;
use crate::{Article, Block, CountrySection, Publisher, Release, Statistic};

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
///
/// # Errors
///
/// Fails with [`ErrorKind::InvalidCharacter`] when a text holds a character XML 1.0 cannot
/// carry, and with [`ErrorKind::Vocabulary`] when a date has a year outside 0000–9999 or
/// breakdowns nest deeper than [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING); the error's path
/// names the place.
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
/// assert!(xml.starts_with(r#"<release xmlns="urn:caricc-release:1" version="1.1" number="16" year="2025" format="PDF" language="en"><title>"#));
/// assert!(!xml.contains("\n  <"));
/// assert_eq!(caricc_release::from_xml(&xml)?, release);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Fails with [`ErrorKind::InvalidCharacter`] when a text holds a character XML 1.0 cannot
/// carry, and with [`ErrorKind::Vocabulary`] when a date has a year outside 0000–9999 or
/// breakdowns nest deeper than [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING); the error's path
/// names the place.
pub fn to_xml_with(release: &Release, config: &WriteConfig) -> Result<String, Error> {
    // About 2.5 KB of XML per article: one allocation for most releases.
    let articles: usize = release.sections.iter().map(|s| s.articles.len()).sum();
    let mut out = Vec::with_capacity(4096 + articles * 2560);
    // Into memory the characters are checked while escaping, in the same pass; a refusal
    // then throws the output away and finds the text to name.
    match write(&mut out, release, config, Check::WhileWriting) {
        Err(e) if e.kind() == ErrorKind::InvalidCharacter => {
            return Err(invalid_character(release));
        }
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
///
/// # Errors
///
/// Fails with [`ErrorKind::InvalidCharacter`] when a text holds a character XML 1.0 cannot
/// carry, and with [`ErrorKind::Vocabulary`] when a date has a year outside 0000–9999 or
/// breakdowns nest deeper than [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING); the error's path
/// names the place.
/// Also when writing to `writer` fails.
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
    Error::new(ErrorKind::InvalidCharacter, (0, 0), path, message)
}

fn write(
    writer: impl Write,
    release: &Release,
    config: &WriteConfig,
    check: Check,
) -> Result<(), Error> {
    if let Some((path, year)) = unwritable_date(release) {
        let message = crate::model::unwritable_year(year);
        return Err(Error::new(ErrorKind::Vocabulary, (0, 0), path, message));
    }
    if let Some(path) = too_deep(release) {
        let message = format!(
            "breakdowns nest deeper than {MAX_BREAKDOWN_DEPTH} levels, which the vocabulary does not allow"
        );
        return Err(Error::new(ErrorKind::Vocabulary, (0, 0), path, message));
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
            // Only a marker: the caller names the text (see `invalid_character`).
            Error::new(ErrorKind::InvalidCharacter, (0, 0), String::new(), "")
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
        for kind in &a.event_kinds {
            self.text("event_kind", &[], kind.as_str())?;
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
        let mut attrs: Vec<(&str, &str)> = Vec::with_capacity(6);
        if !s.qualifier.is_exact() {
            attrs.push(("qualifier", s.qualifier.as_str()));
        }
        attrs.push(("value", &value));
        if let Some(end) = &range_end {
            attrs.push(("range_end", end));
        }
        attrs.push(("unit", &unit));
        if let Some(role) = s.role {
            attrs.push(("role", role.as_str()));
        }
        if let Some(substance) = s.substance {
            attrs.push(("substance", substance.as_str()));
        }
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

/// The model path of the first statistic nested deeper than [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING).
fn too_deep(release: &Release) -> Option<String> {
    struct Deep(Option<String>);
    impl Visitor for Deep {
        fn statistic(
            &mut self,
            path: &Path,
            s: &Statistic,
            depth: usize,
            _whole: Option<&Statistic>,
        ) -> ControlFlow<()> {
            if nests_beyond(s, depth, MAX_BREAKDOWN_DEPTH).is_some() {
                self.0 = Some(path.to_string());
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        }
    }
    let mut deep = Deep(None);
    let _ = walk(release, &mut deep);
    deep.0
}

/// The model path and year of the first date whose year the vocabulary cannot write (it has
/// four digits and no sign); only releases made by hand can hold one.
fn unwritable_date(release: &Release) -> Option<(String, i32)> {
    struct Dated(Option<(String, i32)>);
    impl Visitor for Dated {
        fn article(&mut self, path: &Path, article: &Article) -> ControlFlow<()> {
            match article.date.and_then(|d| d.year()) {
                Some(year) if !writable_year(year) => {
                    self.0 = Some((path.clone().field(Field::Date).to_string(), year));
                    ControlFlow::Break(())
                }
                _ => ControlFlow::Continue(()),
            }
        }
    }
    let period = Path::root().field(Field::Period);
    let (start, end) = (release.period.start, release.period.end);
    for (field, date) in [(Field::Start, start), (Field::End, end)] {
        if !writable_year(date.year()) {
            return Some((period.clone().field(field).to_string(), date.year()));
        }
    }
    let mut dated = Dated(None);
    let _ = walk(release, &mut dated);
    dated.0
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
