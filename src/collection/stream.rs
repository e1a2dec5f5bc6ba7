//! [`ReleaseReader`]: a stream of releases, JSON Lines or an XML collection, chosen by hand
//! or detected from the first byte, read one release at a time.

use std::io::{self, BufRead};
use std::iter::FusedIterator;
use std::sync::Arc;

use super::ReadError;
use super::json_lines::JsonLines;
use crate::Release;
use crate::limits::Limits;
use crate::xml::{self, BOM, Position, is_blank_byte};

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
    Xml(Box<xml::Records<R>>),
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
            inner: Inner::Xml(Box::new(xml::Records::new(reader, Position::START))),
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
                Err(e) => return Err(ReadError::io(None, Some(position.line()), Arc::new(e))),
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
                        inner: Inner::Xml(Box::new(xml::Records::new(reader, position))),
                    });
                }
                Some(_) => {
                    return Err(ReadError::new(
                        None,
                        Some(position.line()),
                        true,
                        "cannot tell the format: expected { (JSON Lines) or < (an XML collection)",
                    ));
                }
            }
        }
    }

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
            Inner::Xml(xml) => xml.set_limits(limits),
        }
        self
    }

    /// The format being read.
    ///
    /// ```
    /// use caricc_release::collection::{ReleaseReader, StreamFormat};
    ///
    /// let reader = ReleaseReader::json_lines(std::io::empty());
    /// assert_eq!(reader.format(), StreamFormat::JsonLines);
    /// ```
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
            Inner::Xml(xml) => xml.next().map(|item| item.map_err(ReadError::xml)),
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
