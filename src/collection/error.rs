//! The errors of streams of releases: [`ReadError`] for a record (or the stream) that does
//! not read, [`WriteError`] for a release that cannot be written. Each keeps the error
//! behind it (JSON's, XML's, the I/O error, the limit) as its
//! [`source`](std::error::Error::source), and says it in its message as the stream sees it.

use std::fmt;
use std::io;
use std::sync::Arc;

use crate::limits::{Limit, LimitError};
use crate::{json, xml};

/// The error behind a [`ReadError`] or a [`WriteError`].
#[derive(Debug, Clone)]
enum Cause {
    /// JSON's error (shared: it is not `Clone`).
    Json(Arc<json::Error>),
    Xml(xml::Error),
    /// The failed read or write (shared: it is not `Clone`).
    Io(Arc<io::Error>),
    Limit(LimitError),
    Utf8(std::str::Utf8Error),
}

impl Cause {
    fn as_error(&self) -> &(dyn std::error::Error + 'static) {
        match self {
            Cause::Json(e) => &**e,
            Cause::Xml(e) => e,
            Cause::Io(e) => &**e,
            Cause::Limit(e) => e,
            Cause::Utf8(e) => e,
        }
    }
}

/// A record of a stream could not be read, or the stream itself could not.
///
/// [`record`](Self::record) says which record (1-based: the first release is record 1),
/// [`line`](Self::line) the line of the input where it begins, and the message what went
/// wrong. When the error is about one record, the [`ReleaseReader`](super::ReleaseReader)
/// goes on with the next one; when it is about the stream ([`is_fatal`](Self::is_fatal)), it
/// is the reader's last item.
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
///
/// The error behind it is its [`source`](std::error::Error::source), and typed:
///
/// ```
/// use std::error::Error as _;
/// use caricc_release::collection::ReleaseReader;
///
/// let err = ReleaseReader::json_lines("[]\n".as_bytes()).next().unwrap().unwrap_err();
/// let json = err.json_error().expect("JSON's error");
/// assert_eq!(json.kind(), caricc_release::json::ErrorKind::Data);
/// assert!(err.source().is_some_and(|e| e.is::<caricc_release::json::Error>()));
/// ```
#[derive(Debug, Clone)]
pub struct ReadError {
    record: Option<usize>,
    line: Option<usize>,
    message: String,
    fatal: bool,
    limit: Option<Limit>,
    /// Boxed: errors travel in `Result`s, which stay small.
    cause: Option<Box<Cause>>,
}

/// Two errors are equal when they say the same: the errors behind them are in the message.
impl PartialEq for ReadError {
    fn eq(&self, other: &Self) -> bool {
        (
            self.record,
            self.line,
            &self.message,
            self.fatal,
            self.limit,
        ) == (
            other.record,
            other.line,
            &other.message,
            other.fatal,
            other.limit,
        )
    }
}

impl Eq for ReadError {}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.record, self.line) {
            (Some(record), Some(line)) => write!(f, "record {record} (line {line}): ")?,
            (Some(record), None) => write!(f, "record {record}: ")?,
            (None, Some(line)) => write!(f, "line {line}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_deref().map(Cause::as_error)
    }
}

impl ReadError {
    /// An error about `record` (or the stream) whose message is `message`.
    pub(super) fn new(
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
            cause: None,
        }
    }

    fn caused_by(mut self, cause: Cause) -> ReadError {
        self.cause = Some(Box::new(cause));
        self
    }

    /// A record JSON does not read as a release.
    pub(super) fn json(record: usize, line: usize, err: json::Error) -> ReadError {
        let limit = err.limit();
        let mut read = ReadError::new(Some(record), Some(line), false, err.to_string());
        read.limit = limit;
        read.caused_by(Cause::Json(Arc::new(err)))
    }

    /// A record larger than a limit.
    pub(super) fn beyond(record: usize, line: usize, err: LimitError) -> ReadError {
        let mut read = ReadError::new(Some(record), Some(line), false, err.to_string());
        read.limit = Some(err.limit());
        read.caused_by(Cause::Limit(err))
    }

    /// A record that is not UTF-8.
    pub(super) fn not_utf8(record: usize, line: usize, err: std::str::Utf8Error) -> ReadError {
        let message = format!(
            "not UTF-8 text: invalid byte at column {} (in bytes)",
            err.valid_up_to() + 1
        );
        ReadError::new(Some(record), Some(line), false, message).caused_by(Cause::Utf8(err))
    }

    /// Reading the input failed: nothing more is read.
    pub(super) fn io(record: Option<usize>, line: Option<usize>, err: Arc<io::Error>) -> ReadError {
        let message = format!("cannot read the input: {err}");
        ReadError::new(record, line, true, message).caused_by(Cause::Io(err))
    }

    /// A record of an XML collection (or the collection) that does not read.
    pub(super) fn xml(err: xml::RecordError) -> ReadError {
        let xml::RecordError {
            record,
            line,
            fatal,
            failure,
        } = err;
        let line = Some(line);
        let (mut read, limit) = match failure {
            xml::Failure::Xml { message, error } => {
                let limit = error.limit();
                (
                    ReadError::new(record, line, fatal, message).caused_by(Cause::Xml(*error)),
                    limit,
                )
            }
            xml::Failure::Io(e) => (ReadError::io(record, line, e), None),
            xml::Failure::Limit(e) => {
                let limit = Some(e.limit());
                (
                    ReadError::new(record, line, fatal, e.to_string()).caused_by(Cause::Limit(e)),
                    limit,
                )
            }
        };
        read.fatal = fatal;
        read.limit = limit;
        read
    }

    /// The limit a record went beyond, when that is the error (see
    /// [`ReleaseReader::with_limits`](super::ReleaseReader::with_limits)).
    pub fn limit(&self) -> Option<Limit> {
        self.limit
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

    /// The JSON error of a JSON Lines record that does not read as a release.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// let err = ReleaseReader::json_lines("{\"number\": 16,\n".as_bytes()).next().unwrap().unwrap_err();
    /// let json = err.json_error().expect("JSON's error");
    /// assert_eq!((json.line(), json.column()), (1, 14));
    /// ```
    pub fn json_error(&self) -> Option<&json::Error> {
        match self.cause.as_deref() {
            Some(Cause::Json(e)) => Some(e),
            _ => None,
        }
    }

    /// The XML error of an XML collection's record, or of the collection, that does not
    /// read: with the line, the column and the path in the whole document.
    ///
    /// ```
    /// use caricc_release::collection::ReleaseReader;
    /// use caricc_release::xml::ErrorKind;
    ///
    /// let xml = "<releases xmlns=\"urn:caricc-release:1\" version=\"1.0\">\n  <release/>\n</releases>";
    /// let err = ReleaseReader::xml_collection(xml.as_bytes()).next().unwrap().unwrap_err();
    /// let xml = err.xml_error().expect("XML's error");
    /// assert_eq!((xml.kind(), xml.line(), xml.column()), (ErrorKind::Vocabulary, 2, 3));
    /// assert_eq!(xml.path(), "/releases/release[1]");
    /// ```
    pub fn xml_error(&self) -> Option<&xml::Error> {
        match self.cause.as_deref() {
            Some(Cause::Xml(e)) => Some(e),
            _ => None,
        }
    }

    /// The failed read, when reading the input failed.
    ///
    /// ```
    /// use std::io::{BufReader, Read};
    /// use caricc_release::collection::ReleaseReader;
    ///
    /// struct Broken;
    /// impl Read for Broken {
    ///     fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
    ///         Err(std::io::Error::other("disk gone"))
    ///     }
    /// }
    /// let err = ReleaseReader::json_lines(BufReader::new(Broken)).next().unwrap().unwrap_err();
    /// assert_eq!(err.io_error().map(|e| e.to_string()), Some("disk gone".to_owned()));
    /// assert_eq!(err.to_string(), "line 1: cannot read the input: disk gone");
    /// ```
    pub fn io_error(&self) -> Option<&io::Error> {
        match self.cause.as_deref() {
            Some(Cause::Io(e)) => Some(e),
            _ => None,
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
///
/// The error behind it (XML's, JSON's, the failed write) is its
/// [`source`](std::error::Error::source).
#[derive(Debug, Clone)]
pub struct WriteError {
    record: Option<usize>,
    message: String,
    cause: Cause,
}

/// Two errors are equal when they say the same: the errors behind them are in the message.
impl PartialEq for WriteError {
    fn eq(&self, other: &Self) -> bool {
        (self.record, &self.message) == (other.record, &other.message)
    }
}

impl Eq for WriteError {}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(record) = self.record {
            write!(f, "release {record}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.cause.as_error())
    }
}

impl WriteError {
    /// The release `record` cannot be written as JSON.
    pub(super) fn json(record: usize, err: json::Error) -> WriteError {
        WriteError {
            record: Some(record),
            message: err.to_string(),
            cause: Cause::Json(Arc::new(err)),
        }
    }

    /// The release `record` cannot be written as XML.
    pub(super) fn xml(record: usize, err: xml::Error) -> WriteError {
        WriteError {
            record: Some(record),
            message: err.to_string(),
            cause: Cause::Xml(err),
        }
    }

    /// The writer failed, writing `record` or outside any release.
    pub(super) fn io(record: Option<usize>, err: io::Error) -> WriteError {
        WriteError {
            record,
            message: format!("cannot write the output: {err}"),
            cause: Cause::Io(Arc::new(err)),
        }
    }

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

    /// The JSON error, when a release cannot be written as JSON.
    pub fn json_error(&self) -> Option<&json::Error> {
        match &self.cause {
            Cause::Json(e) => Some(e),
            _ => None,
        }
    }

    /// The XML error, when a release cannot be written as XML.
    ///
    /// ```
    /// use caricc_release::collection::write_xml_collection;
    /// use caricc_release::xml::ErrorKind;
    ///
    /// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
    /// let mut release = caricc_release::from_json(&json)?;
    /// release.place = "Almaty\u{1}".to_owned();
    /// let err = write_xml_collection(Vec::new(), [&release]).unwrap_err();
    /// let xml = err.xml_error().expect("XML's error");
    /// assert_eq!((xml.kind(), xml.path()), (ErrorKind::InvalidCharacter, "place"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn xml_error(&self) -> Option<&xml::Error> {
        match &self.cause {
            Cause::Xml(e) => Some(e),
            _ => None,
        }
    }

    /// The failed write, when the writer failed.
    pub fn io_error(&self) -> Option<&io::Error> {
        match &self.cause {
            Cause::Io(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    //! Each error keeps the one behind it, reachable by `source()` with its own type.

    use std::error::Error as _;
    use std::io::{BufReader, Read};

    use super::*;
    use crate::Release;
    use crate::collection::{ReleaseReader, write_json_lines, write_xml_collection};

    fn golden() -> Release {
        let json = include_str!("../../tests/golden/release-2025-16.json");
        crate::from_json(json).expect("the golden release reads")
    }

    fn first_error(reader: ReleaseReader<impl std::io::BufRead>) -> ReadError {
        reader.into_iter().find_map(Result::err).expect("an error")
    }

    /// A reader that fails at once.
    struct Failing;

    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("disk gone"))
        }
    }

    #[test]
    fn a_json_record_keeps_json_error() {
        let err = first_error(ReleaseReader::json_lines("{\"number\": 16,\n".as_bytes()));
        let source = err.source().and_then(|e| e.downcast_ref::<json::Error>());
        let source = source.expect("JSON's error is the source");
        assert_eq!(source.to_string(), err.message());
        assert!(std::ptr::eq(source, err.json_error().expect("typed")));
        assert!(err.xml_error().is_none() && err.io_error().is_none());
    }

    #[test]
    fn an_xml_record_keeps_xml_error_and_quick_xml_error_behind_it() {
        let mut out = Vec::new();
        write_xml_collection(&mut out, [golden()]).expect("written");
        let text = String::from_utf8(out).expect("UTF-8");

        let unknown = text.replacen("<subtitle>", "<colour/><subtitle>", 1);
        let err = first_error(ReleaseReader::xml_collection(unknown.as_bytes()));
        let xml = err.source().and_then(|e| e.downcast_ref::<xml::Error>());
        let xml = xml.expect("XML's error is the source");
        assert_eq!(xml.to_string(), err.message());
        assert_eq!(xml.kind(), xml::ErrorKind::Vocabulary);
        assert!(err.json_error().is_none());

        let broken = text.replacen("</title>", "</titel>", 1);
        let err = first_error(ReleaseReader::xml_collection(broken.as_bytes()));
        assert!(err.is_fatal());
        let xml = err.xml_error().expect("XML's error");
        assert_eq!(err.message(), format!("invalid XML: {}", xml.message()));
        assert!(xml.source().is_some_and(|e| e.is::<quick_xml::Error>()));
    }

    #[test]
    fn a_failed_read_keeps_io_error() {
        for reader in [
            ReleaseReader::json_lines(BufReader::new(Failing)),
            ReleaseReader::xml_collection(BufReader::new(Failing)),
        ] {
            let err = first_error(reader);
            assert!(err.is_fatal());
            assert_eq!(err.message(), "cannot read the input: disk gone");
            let io = err.source().and_then(|e| e.downcast_ref::<io::Error>());
            assert_eq!(io.map(ToString::to_string).as_deref(), Some("disk gone"));
            assert!(err.io_error().is_some());
        }
        let err = ReleaseReader::detect(BufReader::new(Failing)).expect_err("nothing to detect");
        assert!(err.io_error().is_some());
    }

    #[test]
    fn limits_and_bytes_that_are_not_utf8_are_kept_too() {
        let limits = crate::Limits::default().with_input_bytes(10);
        let err = first_error(
            ReleaseReader::json_lines(&b"{\"title\": \"long\"}\n"[..]).with_limits(limits),
        );
        assert!(err.source().is_some_and(|e| e.is::<LimitError>()));
        let err = first_error(ReleaseReader::json_lines(&b"{\"x\": \"\xFF\"}\n"[..]));
        assert!(err.source().is_some_and(|e| e.is::<std::str::Utf8Error>()));

        let mut doc = Vec::new();
        write_xml_collection(&mut doc, [golden()]).expect("written");
        let reader = ReleaseReader::xml_collection(doc.as_slice()).with_limits(limits);
        let err = first_error(reader);
        assert_eq!(err.limit(), Some(Limit::InputBytes));
        assert!(err.source().is_some_and(|e| e.is::<LimitError>()));
    }

    #[test]
    fn write_errors_keep_theirs() {
        let mut bad = golden();
        bad.place.push('\u{1}');
        let err = write_xml_collection(Vec::new(), [&bad]).expect_err("XML cannot carry it");
        let xml = err.source().and_then(|e| e.downcast_ref::<xml::Error>());
        assert_eq!(
            xml.map(xml::Error::kind),
            Some(xml::ErrorKind::InvalidCharacter)
        );
        assert!(err.xml_error().is_some() && err.io_error().is_none());

        struct Full;
        impl io::Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let err = write_json_lines(Full, [golden()]).expect_err("the disk is full");
        assert!(err.source().is_some_and(|e| e.is::<io::Error>()));
        assert_eq!(
            err.io_error().map(ToString::to_string).as_deref(),
            Some("disk full")
        );
        assert!(err.json_error().is_none());
    }
}
