//! Streams of many releases, read and written one release at a time: JSON Lines and the
//! XML collection (see the [archive module documentation](super#streams-of-releases)).

use crate::xml::{attribute_error, lowercase_first};
use std::borrow::Borrow;
use std::io::{self, BufRead, Read, Write};
use std::iter::FusedIterator;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::Release;
use crate::limits::{Limit, LimitError, Limits};
use crate::xml::{NAMESPACE, VERSION, WriteConfig};

/// The root element of an XML collection.
const ROOT: &str = "releases";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The two stream formats a [`ReleaseReader`] reads.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, StreamFormat};
///
/// let reader = ReleaseReader::detect("<releases/>".as_bytes())?;
/// assert_eq!(reader.format(), StreamFormat::XmlCollection);
/// # Ok::<(), caricc_release::collection::ReadError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamFormat {
    /// JSON Lines: one release as compact JSON per line.
    JsonLines,
    /// An XML document whose root `<releases>` holds `<release>` elements.
    XmlCollection,
}

/// A record of a stream could not be read, or the stream itself could not.
///
/// [`record`](Self::record) says which record (1-based: the first release is record 1),
/// [`line`](Self::line) the line of the input where it begins, and the message what went
/// wrong. When the error is about one record, the [`ReleaseReader`] goes on with the next
/// one; when it is about the stream ([`is_fatal`](Self::is_fatal)), it is the reader's last
/// item.
///
/// ```
/// use caricc_release::collection::ReleaseReader;
///
/// let mut reader = ReleaseReader::json_lines("{\"number\": 16,\n".as_bytes());
/// let err = reader.next().unwrap().unwrap_err();
/// assert_eq!((err.record(), err.line(), err.is_fatal()), (Some(1), Some(1), false));
/// assert_eq!(
///     err.to_string(),
///     "record 1 (line 1): invalid JSON at line 1, column 14: EOF while parsing a value"
/// );
/// assert!(reader.next().is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct ReadError {
    record: Option<usize>,
    line: Option<usize>,
    message: String,
    fatal: bool,
    limit: Option<Limit>,
}

impl ReadError {
    fn new(
        record: Option<usize>,
        line: Option<usize>,
        fatal: bool,
        message: impl Into<String>,
    ) -> ReadError {
        ReadError {
            record,
            line,
            message: message.into(),
            fatal,
            limit: None,
        }
    }

    fn beyond(mut self, limit: Option<Limit>) -> ReadError {
        self.limit = limit;
        self
    }

    /// The limit a record went beyond, when that is the error (see [`ReleaseReader::with_limits`]).
    pub fn limit(&self) -> Option<Limit> {
        self.limit
    }

    fn io(record: Option<usize>, line: Option<usize>, err: &io::Error) -> ReadError {
        ReadError::new(record, line, true, format!("cannot read the input: {err}"))
    }

    /// The record (1-based) the error is about; `None` when it is about the stream (the
    /// XML collection's root, a DOCTYPE, text between releases, an I/O failure between
    /// records).
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let xml = "<!DOCTYPE releases []><releases/>";
    /// let err = ReleaseReader::xml_collection(xml.as_bytes()).next().unwrap().unwrap_err();
    /// assert_eq!(err.record(), None);
    /// ```
    pub fn record(&self) -> Option<usize> {
        self.record
    }

    /// The 1-based line of the input where the record begins (for an error about the
    /// stream, where the error was found); `None` when unknown.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let err = ReleaseReader::json_lines("\n\n[]\n".as_bytes()).next().unwrap().unwrap_err();
    /// assert_eq!((err.record(), err.line()), (Some(1), Some(3)));
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What went wrong, without the record and line. It includes the reader's own position
    /// where it has one: within the record (its line) for JSON Lines, within the document
    /// for an XML collection.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let err = ReleaseReader::json_lines("[]".as_bytes()).next().unwrap().unwrap_err();
    /// assert!(err.message().starts_with("not a release at line 1, column "));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether the stream cannot be read any further (an I/O failure, XML that is not
    /// well-formed, a DOCTYPE, a wrong root): the reader yields nothing after it.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let err = ReleaseReader::xml_collection("<release/>".as_bytes()).next().unwrap().unwrap_err();
    /// assert!(err.is_fatal());
    /// ```
    pub fn is_fatal(&self) -> bool {
        self.fatal
    }

    fn describe(&self) -> String {
        match (self.record, self.line) {
            (Some(record), Some(line)) => {
                format!("record {record} (line {line}): {}", self.message)
            }
            (Some(record), None) => format!("record {record}: {}", self.message),
            (None, Some(line)) => format!("line {line}: {}", self.message),
            (None, None) => self.message.clone(),
        }
    }
}

/// A release could not be written to a stream.
///
/// ```
/// use caricc_release::collection::write_xml_collection;
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let mut release = caricc_release::from_json(&json)?;
/// release.place = "Almaty\u{1}".to_owned();
/// let err = write_xml_collection(Vec::new(), [&release]).unwrap_err();
/// assert_eq!(err.record(), Some(1));
/// assert!(err.to_string().starts_with("release 1: cannot write XML in place: "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct WriteError {
    record: Option<usize>,
    message: String,
}

impl WriteError {
    /// The release (1-based, in the order given) that could not be written; `None` when
    /// writing failed outside any release (the collection's root, say).
    ///
    /// ```
    /// use caricc_release::collection::write_json_lines;
    ///
    /// struct Broken;
    /// impl std::io::Write for Broken {
    ///     fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
    ///         Err(std::io::Error::other("disk full"))
    ///     }
    ///     fn flush(&mut self) -> std::io::Result<()> {
    ///         Ok(())
    ///     }
    /// }
    /// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
    /// let release = caricc_release::from_json(&json)?;
    /// let err = write_json_lines(Broken, [&release]).unwrap_err();
    /// assert_eq!(err.record(), Some(1));
    /// assert_eq!(err.message(), "cannot write the output: disk full");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record(&self) -> Option<usize> {
        self.record
    }

    /// What went wrong, without the release.
    ///
    /// ```
    /// use caricc_release::collection::write_json_lines;
    ///
    /// let releases: [caricc_release::Release; 0] = [];
    /// assert_eq!(write_json_lines(Vec::new(), releases).ok(), Some(0));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    fn io(record: Option<usize>, err: &io::Error) -> WriteError {
        WriteError {
            record,
            message: format!("cannot write the output: {err}"),
        }
    }

    fn describe(&self) -> String {
        match self.record {
            Some(record) => format!("release {record}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

/// Writes releases as JSON Lines: each as compact JSON on a line of its own, ending with a
/// line feed. Returns how many were written.
///
/// Each release is serialised into a reused buffer and written with one `write_all`, so
/// memory holds one release's JSON at a time, whatever the number of releases.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, write_json_lines};
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let mut out = Vec::new();
/// assert_eq!(write_json_lines(&mut out, [&release, &release])?, 2);
/// assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 2);
///
/// let back: Vec<_> = ReleaseReader::json_lines(out.as_slice()).collect::<Result<_, _>>()?;
/// assert_eq!(back, [release.clone(), release]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// When the writer fails, naming the release being written.
pub fn write_json_lines(
    mut writer: impl Write,
    releases: impl IntoIterator<Item = impl Borrow<Release>>,
) -> Result<usize, WriteError> {
    let mut buf = Vec::new();
    let mut count = 0;
    for release in releases {
        count += 1;
        buf.clear();
        serde_json::to_writer(&mut buf, release.borrow()).map_err(|e| WriteError {
            record: Some(count),
            message: crate::json::Error::from_serde(e).to_string(),
        })?;
        buf.push(b'\n');
        writer
            .write_all(&buf)
            .map_err(|e| WriteError::io(Some(count), &e))?;
    }
    writer.flush().map_err(|e| WriteError::io(None, &e))?;
    Ok(count)
}

/// Writes releases as an XML collection: the declaration, the root
/// `<releases xmlns="urn:caricc-release:1" version="1.0">`, then each release as
/// [`to_xml_with`](crate::to_xml_with) writes it compact and without a declaration, one per
/// line (each keeps its own, redundant, namespace declaration and `version`), then
/// `</releases>`. Returns how many releases were written.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, write_xml_collection};
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let mut out = Vec::new();
/// assert_eq!(write_xml_collection(&mut out, [&release])?, 1);
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with(
///     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
///      <releases xmlns=\"urn:caricc-release:1\" version=\"1.0\">\n\
///      <release xmlns=\"urn:caricc-release:1\" version=\"1.0\" number=\"16\""
/// ));
/// assert!(text.ends_with("</release>\n</releases>\n"));
///
/// let back: Vec<_> = ReleaseReader::xml_collection(text.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(back, [release]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// When a release cannot be written as XML (a text holds a character XML 1.0 cannot carry,
/// breakdowns nest too deep: nothing of that release is written) or the writer fails,
/// naming the release.
pub fn write_xml_collection(
    mut writer: impl Write,
    releases: impl IntoIterator<Item = impl Borrow<Release>>,
) -> Result<usize, WriteError> {
    let head = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{ROOT} xmlns=\"{NAMESPACE}\" version=\"{VERSION}\">\n"
    );
    writer
        .write_all(head.as_bytes())
        .map_err(|e| WriteError::io(None, &e))?;
    let config = WriteConfig::compact().with_declaration(false);
    let mut buf = Vec::new();
    let mut count = 0;
    for release in releases {
        count += 1;
        buf.clear();
        crate::xml::to_xml_writer(&mut buf, release.borrow(), &config).map_err(|e| WriteError {
            record: Some(count),
            message: e.to_string(),
        })?;
        buf.push(b'\n');
        writer
            .write_all(&buf)
            .map_err(|e| WriteError::io(Some(count), &e))?;
    }
    writer
        .write_all(format!("</{ROOT}>\n").as_bytes())
        .and_then(|()| writer.flush())
        .map_err(|e| WriteError::io(None, &e))?;
    Ok(count)
}

/// An iterator over the releases of a stream, reading one release at a time: memory holds
/// one release (and the reader's buffers), however many the stream has.
///
/// Each item is a release or a [`ReadError`] naming the record. After an error about one
/// record (JSON that does not read, a `<release>` that is not a release) the reader goes on
/// with the next record, so one bad record does not lose the rest; after an error about
/// the stream ([`ReadError::is_fatal`]) it yields nothing more.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, write_json_lines};
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let mut lines = Vec::new();
/// write_json_lines(&mut lines, [&release, &release])?;
/// lines.splice(0..0, b"{\"oops\": true}\n\n".iter().copied());
///
/// let mut events = 0;
/// let mut failed = Vec::new();
/// for item in ReleaseReader::json_lines(lines.as_slice()) {
///     match item {
///         Ok(release) => events += release.summary.total_events,
///         Err(err) => failed.push((err.record(), err.line())),
///     }
/// }
/// assert_eq!(events, 26);
/// assert_eq!(failed, [(Some(1), Some(1))]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct ReleaseReader<R> {
    inner: Inner<R>,
}

enum Inner<R> {
    Json(JsonLines<R>),
    Xml(Box<XmlCollection<R>>),
}

impl<R: BufRead> ReleaseReader<R> {
    /// Reads JSON Lines: one release per line, as [`from_json`](crate::from_json) reads it.
    /// Lines holding only white space are skipped (and not counted as records); a line may
    /// end in LF or CRLF; a UTF-8 byte order mark at the start is skipped.
    ///
    /// An error names the record and its line and wraps the JSON error, whose line and
    /// column are within the record (its line is always 1). Reading goes on with the next
    /// line; only an I/O failure ends it.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let mut reader = ReleaseReader::json_lines("\n   \n".as_bytes());
    /// assert!(reader.next().is_none());
    /// ```
    pub fn json_lines(reader: R) -> Self {
        ReleaseReader {
            inner: Inner::Json(JsonLines::new(reader, Position::START)),
        }
    }

    /// Reads an XML collection: a document whose root is
    /// `<releases xmlns="urn:caricc-release:1" version="1.x">` and whose children are
    /// `<release>` elements, each read as [`from_xml`](crate::from_xml) reads a document.
    /// The input is read as events, with one buffer reused; only the release being read is
    /// held in memory.
    ///
    /// The root and the prolog are checked first: a DOCTYPE, another root, another
    /// namespace or a version other than `1.x` is a fatal error. Errors inside a release
    /// give the line and column in the whole document and the element path
    /// (`/releases/release[2]/sections/section[1]`); XML that is not well-formed ends the
    /// reading, a release that does not read does not. An empty input, or one holding only
    /// white space, has no releases.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let xml = "<releases xmlns=\"urn:caricc-release:1\" version=\"1.0\">\n  <release/>\n</releases>";
    /// let err = ReleaseReader::xml_collection(xml.as_bytes()).next().unwrap().unwrap_err();
    /// assert_eq!((err.record(), err.line(), err.is_fatal()), (Some(1), Some(2), false));
    /// assert_eq!(
    ///     err.message(),
    ///     "invalid release XML at line 2, column 3 in /releases/release[1]: \
    ///      <release> lacks its version attribute"
    /// );
    /// ```
    pub fn xml_collection(reader: R) -> Self {
        ReleaseReader {
            inner: Inner::Xml(Box::new(XmlCollection::new(reader, Position::START))),
        }
    }

    /// Chooses the format by the first byte that is not white space (after a UTF-8 byte
    /// order mark): `{` is JSON Lines, `<` an XML collection. An empty input (or only white
    /// space) gives a JSON Lines reader with no releases.
    ///
    /// ```
    /// use caricc_release::collection::{ReleaseReader, StreamFormat};
    ///
    /// let reader = ReleaseReader::detect("\n{\"number\": 1}\n".as_bytes())?;
    /// assert_eq!(reader.format(), StreamFormat::JsonLines);
    /// assert!(ReleaseReader::detect("[1, 2]".as_bytes()).is_err());
    /// # Ok::<(), caricc_release::collection::ReadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// When reading fails, or the first byte is neither `{` nor `<`.
    pub fn detect(mut reader: R) -> Result<Self, ReadError> {
        let mut position = Position::START;
        loop {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(ReadError::io(None, Some(position.line), &e)),
            };
            if buf.is_empty() {
                return Ok(ReleaseReader {
                    inner: Inner::Json(JsonLines::new(reader, position)),
                });
            }
            let skip = if position.offset == 0 && buf.starts_with(BOM) {
                BOM.len()
            } else {
                0
            };
            let found = buf
                .iter()
                .skip(skip)
                .position(|&b| !is_blank_byte(b))
                .and_then(|i| Some((i + skip, *buf.get(i + skip)?)));
            let consumed = found.map_or(buf.len(), |(i, _)| i);
            position.advance(&buf[..consumed]);
            reader.consume(consumed);
            match found {
                None => continue,
                Some((_, b'{')) => {
                    return Ok(ReleaseReader {
                        inner: Inner::Json(JsonLines::new(reader, position)),
                    });
                }
                Some((_, b'<')) => {
                    return Ok(ReleaseReader {
                        inner: Inner::Xml(Box::new(XmlCollection::new(reader, position))),
                    });
                }
                Some(_) => {
                    return Err(ReadError::new(
                        None,
                        Some(position.line),
                        true,
                        "cannot tell the format: expected { (JSON Lines) or < (an XML collection)",
                    ));
                }
            }
        }
    }

    /// The format being read.
    ///
    /// ```
    /// use caricc_release::collection::{ReleaseReader, StreamFormat};
    ///
    /// let reader = ReleaseReader::json_lines(std::io::empty());
    /// assert_eq!(reader.format(), StreamFormat::JsonLines);
    /// ```
    /// The same reader, reading each record within `limits` instead of the default
    /// [`Limits`]: a record larger than [`Limits::input_bytes`] is not held in memory. A JSON
    /// line that is too long is skipped with an error and reading goes on; an XML record that
    /// is too long ends the reading (the rest of it cannot be found without reading it).
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    /// use caricc_release::limits::{Limit, Limits};
    ///
    /// let lines = format!("{{\"title\": \"{}\"}}\n", "x".repeat(5_000));
    /// let limits = Limits::default().with_input_bytes(1_000);
    /// let err = ReleaseReader::json_lines(lines.as_bytes()).with_limits(limits).next().unwrap().unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::InputBytes));
    /// assert_eq!(
    ///     err.message(),
    ///     "5013 bytes of input, more than the limit of 1000 (input_bytes)"
    /// );
    /// ```
    pub fn with_limits(mut self, limits: Limits) -> Self {
        match &mut self.inner {
            Inner::Json(json) => json.limits = limits,
            Inner::Xml(xml) => xml.limits = limits,
        }
        self
    }

    /// The stream's format.
    pub fn format(&self) -> StreamFormat {
        match self.inner {
            Inner::Json(_) => StreamFormat::JsonLines,
            Inner::Xml(_) => StreamFormat::XmlCollection,
        }
    }
}

impl<R: BufRead> Iterator for ReleaseReader<R> {
    type Item = Result<Release, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            Inner::Json(json) => json.next(),
            Inner::Xml(xml) => xml.next(),
        }
    }
}

impl<R: BufRead> FusedIterator for ReleaseReader<R> {}

impl<R> std::fmt::Debug for ReleaseReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let format = match self.inner {
            Inner::Json(_) => StreamFormat::JsonLines,
            Inner::Xml(_) => StreamFormat::XmlCollection,
        };
        f.debug_struct("ReleaseReader")
            .field("format", &format)
            .finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------- positions

/// A place in the input: byte offset, 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Position {
    offset: u64,
    line: usize,
    column: usize,
}

impl Position {
    const START: Position = Position {
        offset: 0,
        line: 1,
        column: 1,
    };

    /// Moves past `bytes` (a byte order mark at offset 0 takes no column).
    fn advance(&mut self, bytes: &[u8]) {
        let chars = |b: &[u8]| b.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        let mut bytes_for_columns = bytes;
        if self.offset == 0 && bytes.starts_with(BOM) {
            bytes_for_columns = &bytes[BOM.len()..];
        }
        self.offset += bytes.len() as u64;
        // Counting first (vectorised) spares the backward search when there is no newline.
        let newlines = bytes_for_columns.iter().filter(|&&b| b == b'\n').count();
        if newlines == 0 {
            self.column += chars(bytes_for_columns);
            return;
        }
        self.line += newlines;
        let tail = match bytes_for_columns.iter().rposition(|&b| b == b'\n') {
            Some(last) => bytes_for_columns.get(last + 1..).unwrap_or_default(),
            None => bytes_for_columns,
        };
        self.column = 1 + chars(tail);
    }
}

/// A `BufRead` that keeps the position of what has been consumed from it, and fails with
/// [`OverBudget`] rather than give out more than `budget` bytes.
struct Counting<R> {
    inner: R,
    position: Position,
    budget: usize,
}

/// The bytes of one record (or of one event between records) went beyond the input limit.
#[derive(Debug, thiserror::Error)]
#[error("the record is larger than the input limit")]
struct OverBudget;

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let room = out.len().min(self.budget.saturating_add(1));
        let n = self.inner.read(&mut out[..room])?;
        if n > self.budget {
            return Err(io::Error::other(OverBudget));
        }
        self.budget -= n;
        self.position.advance(out.get(..n).unwrap_or(out));
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let budget = self.budget;
        let available = self.inner.fill_buf()?;
        if budget == 0 && !available.is_empty() {
            return Err(io::Error::other(OverBudget));
        }
        Ok(available.get(..budget).unwrap_or(available))
    }

    fn consume(&mut self, amt: usize) {
        // The bytes being consumed are still in the buffer: looking at them reads nothing.
        let Counting {
            inner,
            position,
            budget,
        } = self;
        if let Ok(buf) = inner.fill_buf() {
            position.advance(buf.get(..amt).unwrap_or(buf));
        }
        *budget = budget.saturating_sub(amt);
        inner.consume(amt);
    }
}

// ---------------------------------------------------------------- JSON Lines

struct JsonLines<R> {
    reader: R,
    buf: Vec<u8>,
    /// The line last read (1-based).
    line: usize,
    /// Whether the next line is the first of the input (may start with a byte order mark).
    first: bool,
    records: usize,
    done: bool,
    limits: Limits,
}

impl<R: BufRead> JsonLines<R> {
    fn new(reader: R, at: Position) -> Self {
        JsonLines {
            reader,
            buf: Vec::new(),
            line: at.line - 1,
            first: at.offset == 0,
            records: 0,
            done: false,
            limits: Limits::DEFAULT,
        }
    }

    fn next(&mut self) -> Option<Result<Release, ReadError>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            // Room for the line ending beyond the limit: a line is too long when it does not
            // fit, ending included. Its whole length is known, since it is read through.
            let max = self.limits.input_bytes();
            let read = read_line(&mut self.reader, &mut self.buf, max.saturating_add(2));
            let consumed = match read {
                Ok(0) if self.buf.is_empty() => {
                    self.done = true;
                    return None;
                }
                Ok(consumed) => consumed,
                Err(e) => {
                    self.done = true;
                    return Some(Err(ReadError::io(None, Some(self.line + 1), &e)));
                }
            };
            self.line += 1;
            if consumed > self.buf.len() - usize::from(self.buf.ends_with(b"\n")) {
                // Cut short: never skipped as blank, never read as a record.
                self.records += 1;
                let e = LimitError::input(max, consumed);
                let err = ReadError::new(Some(self.records), Some(self.line), false, e.to_string());
                return Some(Err(err.beyond(Some(e.limit()))));
            }
            let mut bytes = self.buf.as_slice();
            bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            if std::mem::take(&mut self.first) {
                bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
            }
            if bytes.iter().all(|&b| is_blank_byte(b)) {
                continue;
            }
            self.records += 1;
            let (record, line) = (Some(self.records), Some(self.line));
            if let Err(e) = self.limits.check_input(bytes.len()) {
                let err = ReadError::new(record, line, false, e.to_string());
                return Some(Err(err.beyond(Some(e.limit()))));
            }
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let message = format!(
                        "not UTF-8 text: invalid byte at column {} (in bytes)",
                        e.valid_up_to() + 1
                    );
                    return Some(Err(ReadError::new(record, line, false, message)));
                }
            };
            return Some(
                crate::json::from_json_with_limits(text, &self.limits).map_err(|e| {
                    ReadError::new(record, line, false, e.to_string()).beyond(e.limit())
                }),
            );
        }
    }
}

/// Reads through the next LF (or the end) like `read_until`, keeping at most `keep` bytes of
/// the line in `buf`; returns how many bytes of the line were consumed, without its LF (more
/// than `buf` holds when the line was cut).
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>, keep: usize) -> io::Result<usize> {
    let mut consumed = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(consumed);
        }
        let ends = available.iter().position(|&b| b == b'\n');
        let used = ends.map_or(available.len(), |i| i + 1);
        let room = keep.saturating_sub(buf.len()).min(used);
        buf.extend_from_slice(&available[..room]);
        reader.consume(used);
        consumed += used - usize::from(ends.is_some());
        if ends.is_some() {
            return Ok(consumed);
        }
    }
}

// ---------------------------------------------------------------- XML collection

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the root; `true` once something other than white space was read.
    Prolog(bool),
    /// Inside the root, between releases.
    Root,
    /// After the root.
    Epilog,
    Done,
}

/// What the root's namespace declarations added to a release's start tag, for mapping the
/// positions of errors back to the document.
#[derive(Debug, Clone, Copy, Default)]
struct Insertion {
    /// The line and column (1-based, within the release's text) of the first character
    /// added.
    line: usize,
    column: usize,
    /// How many characters were added.
    chars: usize,
}

/// A child of the root whose start tag was just read.
struct Child {
    /// Where its `<` is.
    at: Position,
    empty: bool,
    /// `Ok` for a `<release>` (its start tag is in `XmlCollection::record`), else why not.
    release: Result<Insertion, String>,
}

/// What to do once an event's bytes are no longer needed.
enum Step {
    Continue,
    Child(Child),
    Yield(ReadError),
}

struct XmlCollection<R> {
    reader: NsReader<Counting<R>>,
    /// The current event's bytes.
    buf: Vec<u8>,
    /// The current release's text.
    record: String,
    state: State,
    /// The root's namespace declarations (`xmlns`, `xmlns:p`) with their raw values, added
    /// to each release that does not make them itself.
    declarations: Vec<(String, String)>,
    records: usize,
    /// Whether the text being read between releases was already reported (once per run).
    stray: bool,
    limits: Limits,
}

impl<R: BufRead> XmlCollection<R> {
    fn new(reader: R, at: Position) -> Self {
        let mut reader = NsReader::from_reader(Counting {
            inner: reader,
            position: at,
            budget: Limits::DEFAULT.input_bytes(),
        });
        let config = reader.config_mut();
        config.trim_text(false);
        config.expand_empty_elements = false;
        config.check_end_names = true;
        XmlCollection {
            reader,
            buf: Vec::new(),
            record: String::new(),
            state: State::Prolog(false),
            declarations: Vec::new(),
            records: 0,
            stray: false,
            limits: Limits::DEFAULT,
        }
    }

    /// Gives the next event (between records) or record a whole input limit of bytes.
    fn refill_budget(&mut self) {
        self.reader.get_mut().budget = self.limits.input_bytes();
    }

    /// The fatal error for a failed read: the input limit when the budget ran out, else the
    /// XML syntax error.
    fn read_failed(
        &mut self,
        record: Option<usize>,
        at: Position,
        e: &quick_xml::Error,
    ) -> ReadError {
        let over = match e {
            quick_xml::Error::Io(io) => io.get_ref().is_some_and(|inner| inner.is::<OverBudget>()),
            _ => false,
        };
        if over {
            let max = self.limits.input_bytes();
            let err = LimitError::stream_input(LimitError::input(max, max.saturating_add(1)));
            let limit = Some(err.limit());
            return self.fatal(record, at, err.to_string()).beyond(limit);
        }
        let message = xml_syntax(e);
        self.fatal(record, at, message)
    }

    fn position(&self) -> Position {
        self.reader.get_ref().position
    }

    /// An error after which nothing more is read.
    fn fatal(
        &mut self,
        record: Option<usize>,
        at: Position,
        message: impl Into<String>,
    ) -> ReadError {
        self.state = State::Done;
        ReadError::new(record, Some(at.line), true, message)
    }

    fn next(&mut self) -> Option<Result<Release, ReadError>> {
        loop {
            let step = match self.state {
                State::Done => return None,
                State::Root => self.inside(),
                State::Prolog(_) | State::Epilog => self.outside(),
            };
            match step {
                Step::Continue => {}
                Step::Yield(err) => return Some(Err(err)),
                Step::Child(child) => return Some(self.child(child)),
            }
        }
    }

    /// One event before or after the root.
    fn outside(&mut self) -> Step {
        let at = self.position();
        self.buf.clear();
        self.refill_budget();
        let (ours, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
            Ok((ns, event)) => (is_ours(&ns), event),
            Err(e) => return Step::Yield(self.read_failed(None, at, &e)),
        };
        let (prolog, started) = match self.state {
            State::Prolog(started) => (true, started),
            _ => (false, true),
        };
        let empty = matches!(event, Event::Empty(_));
        let message = match event {
            Event::Text(t) if is_blank(&t) => return Step::Continue,
            Event::Eof => {
                // Before the root: nothing but white space, comments or a declaration, so
                // no releases.
                self.state = State::Done;
                return Step::Continue;
            }
            Event::Decl(decl) if !started => match decl.version() {
                Ok(v) if v == "1.0" || v == "1.1" => {
                    self.state = State::Prolog(true);
                    return Step::Continue;
                }
                Ok(v) => format!("XML version {v:?} is not 1.0 or 1.1"),
                Err(e) => lowercase_first(&e.to_string()),
            },
            Event::Comment(_) | Event::PI(_) => {
                if prolog {
                    self.state = State::Prolog(true);
                }
                return Step::Continue;
            }
            Event::Decl(_) => {
                "an XML declaration is allowed only at the very start of the document".to_owned()
            }
            Event::DocType(_) => {
                "a DOCTYPE is not allowed: entities are never declared or fetched".to_owned()
            }
            Event::Start(start) | Event::Empty(start) if prolog => {
                match root(&self.reader, &start, ours) {
                    Ok(declarations) => {
                        self.declarations = declarations;
                        // An empty root, `<releases …/>`, holds no releases.
                        self.state = if empty { State::Epilog } else { State::Root };
                        return Step::Continue;
                    }
                    Err(message) => message,
                }
            }
            _ if prolog => "text before the root element".to_owned(),
            _ => format!("content after </{ROOT}>"),
        };
        Step::Yield(self.fatal(None, at, message))
    }

    /// One event inside the root, between releases.
    fn inside(&mut self) -> Step {
        let at = self.position();
        self.buf.clear();
        // A record's budget starts with its start tag and runs through its end tag.
        self.refill_budget();
        let (ours, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
            Ok((ns, event)) => (is_ours(&ns), event),
            Err(e) => return Step::Yield(self.read_failed(None, at, &e)),
        };
        let stray = std::mem::take(&mut self.stray);
        let empty = matches!(event, Event::Empty(_));
        let message = match event {
            Event::Comment(_) | Event::PI(_) => {
                self.stray = stray;
                return Step::Continue;
            }
            Event::Text(t) if is_blank(&t) => return Step::Continue,
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                self.stray = true;
                if stray {
                    return Step::Continue;
                }
                // Point at the text itself, not at the line break before it.
                let mut at = at;
                if let Event::Text(t) = &event {
                    let blank = t.bytes().take_while(|&b| is_blank_byte(b)).count();
                    at.advance(t.as_bytes().get(..blank).unwrap_or_default());
                }
                return Step::Yield(ReadError::new(
                    None,
                    Some(at.line),
                    false,
                    format!(
                        "text at column {} is not allowed between releases, only <release> elements",
                        at.column
                    ),
                ));
            }
            Event::End(_) => {
                self.state = State::Epilog;
                return Step::Continue;
            }
            Event::Start(start) | Event::Empty(start) => {
                self.records += 1;
                self.record.clear();
                let name = start.name().into_inner();
                let local = start.local_name().into_inner();
                let release = if ours && local == "release" {
                    Ok(open_release(
                        &mut self.record,
                        &start,
                        empty,
                        &self.declarations,
                    ))
                } else if local == "release" {
                    Err(format!(
                        "element <{name}> at column {} is not in the namespace {NAMESPACE}",
                        at.column
                    ))
                } else {
                    Err(format!(
                        "unknown element <{name}> at column {}: a collection holds <release> elements only",
                        at.column
                    ))
                };
                return Step::Child(Child { at, empty, release });
            }
            Event::DocType(_) => {
                "a DOCTYPE is not allowed: entities are never declared or fetched".to_owned()
            }
            Event::Decl(_) => {
                "an XML declaration is allowed only at the very start of the document".to_owned()
            }
            Event::Eof => format!("the document ends before </{ROOT}>"),
        };
        Step::Yield(self.fatal(None, at, message))
    }

    /// Reads a child of the root through its end tag, then reads it as a release.
    fn child(&mut self, child: Child) -> Result<Release, ReadError> {
        let record = self.records;
        if !child.empty {
            self.through_end(record, child.release.is_ok())?;
        }
        let insertion = child
            .release
            .map_err(|message| ReadError::new(Some(record), Some(child.at.line), false, message))?;
        crate::xml::from_xml_with_limits(&self.record, &self.limits)
            .map_err(|e| release_error(&e, record, child.at, insertion).beyond(e.limit()))
    }

    /// Reads the events of the element just opened up to its end tag, copying them into
    /// `self.record` when `keep`.
    fn through_end(&mut self, record: usize, keep: bool) -> Result<(), ReadError> {
        let mut depth = 1usize;
        loop {
            let at = self.position();
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(event) => event,
                Err(e) => return Err(self.read_failed(Some(record), at, &e)),
            };
            let (before, text, after): (&str, &str, &str) = match &event {
                Event::Start(e) => {
                    depth += 1;
                    ("<", e, ">")
                }
                Event::End(e) => {
                    depth -= 1;
                    ("</", e, ">")
                }
                Event::Empty(e) => ("<", e, "/>"),
                Event::Text(e) => ("", e, ""),
                Event::CData(e) => ("<![CDATA[", e, "]]>"),
                Event::Comment(e) => ("<!--", e, "-->"),
                Event::PI(e) => ("<?", e, "?>"),
                // `from_xml` refuses it, with its position.
                Event::Decl(e) => ("<?", e, "?>"),
                Event::GeneralRef(e) => ("&", e, ";"),
                Event::DocType(_) => {
                    let message =
                        "a DOCTYPE is not allowed: entities are never declared or fetched";
                    return Err(self.fatal(Some(record), at, message));
                }
                Event::Eof => {
                    let message = "the document ends inside this record";
                    return Err(self.fatal(Some(record), at, message));
                }
            };
            if keep {
                for part in [before, text, after] {
                    self.record.push_str(part);
                }
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

/// Checks the root's start tag; its namespace declarations, or why it is not a collection.
fn root<R>(
    reader: &NsReader<R>,
    start: &BytesStart<'_>,
    ours: bool,
) -> Result<Vec<(String, String)>, String> {
    let name = start.name().into_inner();
    let local = start.local_name().into_inner();
    if !ours || local != ROOT {
        let hint = if ours && local == "release" {
            " (a document of one release, which from_xml reads)"
        } else {
            ""
        };
        return Err(format!(
            "the root element must be <{ROOT} xmlns=\"{NAMESPACE}\">, not <{name}>{hint}"
        ));
    }
    let mut declarations = Vec::new();
    let mut version = None;
    for attr in start.attributes() {
        let attr =
            attr.map_err(|e| format!("invalid XML: {}", attribute_error(&e, start.as_ref())))?;
        let key = attr.key;
        if key.as_namespace_binding().is_some() {
            declarations.push((key.into_inner().to_owned(), attr.value.into_owned()));
            continue;
        }
        let (ns, local) = reader.resolver().resolve_attribute(key);
        match ns {
            ResolveResult::Unbound if local.into_inner() == "version" => {
                version = Some(attr.value.into_owned());
            }
            ResolveResult::Bound(n) if n.into_inner() == XSI => {}
            _ => {
                return Err(format!(
                    "unknown attribute {} on <{name}>",
                    key.into_inner()
                ));
            }
        }
    }
    let version = version.ok_or_else(|| format!("<{name}> lacks its version attribute"))?;
    match parse_version(&version) {
        Some((1, _)) => Ok(declarations),
        Some((major, minor)) => Err(format!(
            "collection version {major}.{minor} is not supported; this reader reads 1.x"
        )),
        None => Err(format!(
            "invalid version {version:?} on <{name}>: expected MAJOR.MINOR, e.g. 1.0"
        )),
    }
}

/// Writes a release's start tag into `out`, adding the root's namespace declarations the
/// tag does not make itself (so that it reads alone); says what was added, and where.
fn open_release(
    out: &mut String,
    start: &BytesStart<'_>,
    empty: bool,
    declarations: &[(String, String)],
) -> Insertion {
    let content: &str = start;
    out.push('<');
    out.push_str(content);
    let declared: Vec<&str> = start
        .attributes()
        .with_checks(false)
        .flatten()
        .filter(|a| a.key.as_namespace_binding().is_some())
        .map(|a| a.key.into_inner())
        .collect();
    let mut added = String::new();
    for (key, value) in declarations {
        if !declared.contains(&key.as_str()) {
            let quote = if value.contains('"') { '\'' } else { '"' };
            added.push_str(&format!(" {key}={quote}{value}{quote}"));
        }
    }
    out.push_str(&added);
    out.push_str(if empty { "/>" } else { ">" });
    let (line, column) = match content.rfind('\n') {
        Some(i) => (
            1 + content.matches('\n').count(),
            1 + content.get(i + 1..).map_or(0, |s| s.chars().count()),
        ),
        None => (1, 2 + content.chars().count()),
    };
    Insertion {
        line,
        column,
        chars: added.chars().count(),
    }
}

/// A release's XML error, its position mapped from the release's text to the document and
/// its path put under the collection's root.
fn release_error(
    err: &crate::xml::Error,
    record: usize,
    at: Position,
    insertion: Insertion,
) -> ReadError {
    use crate::xml::ErrorKind;
    let mut message = match err.kind() {
        ErrorKind::Syntax => "invalid XML",
        ErrorKind::Vocabulary => "invalid release XML",
        ErrorKind::Forbidden => "refused XML",
        ErrorKind::Limit => "XML beyond a limit",
        _ => "cannot read XML",
    }
    .to_owned();
    if err.line() > 0 {
        let (mut line, mut column) = (err.line(), err.column());
        if line == insertion.line
            && insertion.chars > 0
            && column >= insertion.column + insertion.chars
        {
            column -= insertion.chars;
        }
        if line == 1 {
            column += at.column - 1;
        }
        line += at.line - 1;
        message.push_str(&format!(" at line {line}, column {column}"));
    }
    let path = err.path();
    if !path.is_empty() {
        let rest = path.strip_prefix("/release").unwrap_or(path);
        message.push_str(&format!(" in /{ROOT}/release[{record}]{rest}"));
    }
    message.push_str(": ");
    message.push_str(err.message());
    ReadError::new(Some(record), Some(at.line), false, message)
}

fn is_ours(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.into_inner() == NAMESPACE)
}

/// XML's (and JSON's) white space.
fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn is_blank(text: &str) -> bool {
    text.bytes().all(is_blank_byte)
}

/// `MAJOR.MINOR`, both decimal digits.
fn parse_version(v: &str) -> Option<(u32, u32)> {
    let (major, minor) = v.split_once('.')?;
    let number = |p: &str| {
        (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    Some((number(major)?, number(minor)?))
}

/// A quick-xml reading error as a message (the position is the error's own).
fn xml_syntax(err: &quick_xml::Error) -> String {
    match err {
        quick_xml::Error::Io(e) => format!("cannot read the input: {e}"),
        other => format!("invalid XML: {}", lowercase_first(&other.to_string())),
    }
}
