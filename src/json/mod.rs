//! JSON: lossless reading and writing of releases.
//!
//! Field names are snake_case and mirror the model; decimals are strings (`"2.5"`) so that no
//! reader rounds them through a float; unknown fields are refused so that nothing is dropped
//! silently. A release that is well-formed but invalid (a summary that does not add up, say)
//! still reads; [`Release::validate`] reports it.
//!
//! Every document starts with the JSON form's [`VERSION`] (`"version": "1.1"`). Reading, it
//! is optional; a document of a newer major version is refused with a message naming both
//! versions, rather than with an "unknown field" further down.

use std::fmt;
use std::io::{Read, Write};
use std::sync::Arc;

use crate::Release;
use crate::limits::{Limit, LimitError, Limits};

mod version;

pub use version::VERSION;
use version::Versioned;

/// How serde_json words the error of JSON nested deeper than it recurses.
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// A release could not be read from or written to JSON.
///
/// The message is lowercase and carries the position for syntax and data errors:
///
/// ```
/// let err = caricc_release::from_json("{\"number\": 16,\n \"year\": }").unwrap_err();
/// assert_eq!((err.line(), err.column()), (2, 10));
/// assert!(err.to_string().starts_with("invalid JSON at line 2, column 10: "));
/// assert_eq!(err.message(), "expected value");
/// ```
///
/// [`source()`](std::error::Error::source) gives the error underneath: the JSON parser's
/// (whose own source is the I/O error, for [`ErrorKind::Io`]), the [`LimitError`], or the
/// UTF-8 error.
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
    message: String,
    limit: Option<Limit>,
    /// Shared, so that the error is `Clone` though serde_json's and the I/O error are not.
    cause: Option<Arc<dyn std::error::Error + Send + Sync + 'static>>,
}

/// Errors are equal when they say the same: kind, position, message and limit (the error
/// underneath is not compared).
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        (self.kind, self.line, self.column, &self.message, self.limit)
            == (
                other.kind,
                other.line,
                other.column,
                &other.message,
                other.limit,
            )
    }
}

impl Eq for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let cause: &(dyn std::error::Error + 'static) = self.cause.as_deref()?;
        Some(cause)
    }
}

/// What kind of failure a JSON [`Error`] is.
///
/// ```
/// use caricc_release::from_json;
/// use caricc_release::json::ErrorKind;
///
/// assert_eq!(from_json("{]").unwrap_err().kind(), ErrorKind::Syntax);
/// assert_eq!(from_json("{\"colour\": 1}").unwrap_err().kind(), ErrorKind::Data);
/// assert_eq!(from_json("{").unwrap_err().kind(), ErrorKind::Eof);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not well-formed JSON.
    Syntax,
    /// Well-formed JSON that is not a release (a missing field, a wrong type, an unknown field,
    /// an invalid value).
    Data,
    /// The input ended too early.
    Eof,
    /// Reading or writing failed.
    Io,
    /// The input goes beyond one of the reader's [`Limits`]; [`Error::limit`] says which.
    Limit,
}

impl Error {
    pub(crate) fn from_serde(err: serde_json::Error) -> Error {
        let kind = match err.classify() {
            serde_json::error::Category::Syntax => ErrorKind::Syntax,
            serde_json::error::Category::Data => ErrorKind::Data,
            serde_json::error::Category::Eof => ErrorKind::Eof,
            // The I/O error itself becomes the source (serde_json's own hides it).
            serde_json::error::Category::Io => return Error::io(std::io::Error::from(err)),
        };
        let (line, column) = (err.line(), err.column());
        let mut message = err.to_string();
        // serde_json appends " at line L column C"; the position is kept apart (the wording
        // is serde_json's, pinned by a test below).
        let suffix = format!(" at line {line} column {column}");
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_owned();
        }
        let (kind, message, limit) = if message == RECURSION_LIMIT {
            let message = "the JSON nests deeper than 128 arrays and objects (depth)";
            (ErrorKind::Limit, message.to_owned(), Some(Limit::Depth))
        } else {
            (kind, message, None)
        };
        Error {
            kind,
            line,
            column,
            message,
            limit,
            cause: Some(Arc::new(err)),
        }
    }

    /// Reading or writing failed; the I/O error is the source.
    fn io(err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io,
            line: 0,
            column: 0,
            message: err.to_string(),
            limit: None,
            cause: Some(Arc::new(err)),
        }
    }

    fn beyond(err: LimitError) -> Error {
        Error {
            kind: ErrorKind::Limit,
            line: 0,
            column: 0,
            message: err.to_string(),
            limit: Some(err.limit()),
            cause: Some(Arc::new(err)),
        }
    }

    /// What is wrong, without the position: `"expected value"`, `"unknown field `colour`"`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The limit the input went beyond, for [`ErrorKind::Limit`].
    pub fn limit(&self) -> Option<Limit> {
        self.limit
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The 1-based line of the failure; 0 when there is no position (an I/O failure).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column of the failure; 0 when there is no position.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl Error {
    fn describe(&self) -> String {
        let what = match self.kind {
            ErrorKind::Syntax | ErrorKind::Eof => "invalid JSON",
            ErrorKind::Data => "not a release",
            ErrorKind::Io => "JSON input/output failed",
            ErrorKind::Limit => "JSON beyond a limit",
        };
        if self.line == 0 {
            format!("{what}: {}", self.message)
        } else {
            format!(
                "{what} at line {}, column {}: {}",
                self.line, self.column, self.message
            )
        }
    }
}

/// Reads a release from JSON text.
///
/// ```
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed JSON ([`ErrorKind::Syntax`]), ends too early
/// ([`ErrorKind::Eof`]) or is not a release: a missing or unknown field, a wrong type, a value
/// whose text form does not read ([`ErrorKind::Data`]).
/// The default [`Limits`] apply ([`ErrorKind::Limit`]).
pub fn from_json(text: &str) -> Result<Release, Error> {
    from_json_with_limits(text, &Limits::DEFAULT)
}

/// Reads a release from JSON text within `limits`: a larger document is refused before it is
/// parsed; more sections, articles, statistics or levels of breakdowns, or a longer text, once
/// it is read (each with [`ErrorKind::Limit`]). JSON nested deeper than 128 arrays and objects
/// is refused as [`Limit::Depth`] too, whatever the limits: the parser recurses once per level.
///
/// ```
/// use caricc_release::json::{ErrorKind, from_json_with_limits};
/// use caricc_release::limits::{Limit, Limits};
///
/// let json = include_str!("../../tests/golden/release-2025-16.json");
/// let strict = Limits::default().with_text_bytes(200);
/// let err = from_json_with_limits(json, &strict).unwrap_err();
/// assert_eq!((err.kind(), err.limit()), (ErrorKind::Limit, Some(Limit::TextBytes)));
/// assert!(err.to_string().starts_with("JSON beyond a limit: "));
/// assert!(err.to_string().ends_with("more than the limit of 200 (text_bytes) at summary.topics"));
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed JSON ([`ErrorKind::Syntax`]), ends too early
/// ([`ErrorKind::Eof`]) or is not a release: a missing or unknown field, a wrong type, a value
/// whose text form does not read ([`ErrorKind::Data`]).
/// Also when the release goes beyond `limits` ([`ErrorKind::Limit`]).
pub fn from_json_with_limits(text: &str, limits: &Limits) -> Result<Release, Error> {
    limits.check_input(text.len()).map_err(Error::beyond)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let release = version::read(&mut deserializer).map_err(Error::from_serde)?;
    deserializer.end().map_err(Error::from_serde)?;
    limits.check(&release).map_err(Error::beyond)?;
    Ok(release)
}

/// Reads a release from a JSON byte stream, within the default [`Limits`]. The document is
/// read into memory first, never further than the input limit, and must be UTF-8.
///
/// ```
/// let err = caricc_release::from_json_reader(&b"{\"title\": \"caf\xE9\"}"[..]).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid JSON: the input is not UTF-8 (invalid byte at offset 14)"
/// );
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed JSON ([`ErrorKind::Syntax`]), ends too early
/// ([`ErrorKind::Eof`]) or is not a release: a missing or unknown field, a wrong type, a value
/// whose text form does not read ([`ErrorKind::Data`]).
/// Also when reading fails ([`ErrorKind::Io`]), the bytes are not UTF-8
/// ([`ErrorKind::Syntax`]) or the input goes beyond the default [`Limits`] ([`ErrorKind::Limit`]).
pub fn from_json_reader(reader: impl Read) -> Result<Release, Error> {
    from_json_reader_with_limits(reader, &Limits::DEFAULT)
}

/// Reads a release from a JSON byte stream within `limits` (see [`from_json_with_limits`]).
///
/// A stream is not read further than the input limit, so the size found is a lower bound:
///
/// ```
/// use caricc_release::json::from_json_reader_with_limits;
/// use caricc_release::limits::{Limit, Limits};
///
/// let json = include_str!("../../tests/golden/release-2025-16.json").as_bytes();
/// let err = from_json_reader_with_limits(json, &Limits::default().with_input_bytes(1_000)).unwrap_err();
/// assert_eq!(err.limit(), Some(Limit::InputBytes));
/// assert_eq!(
///     err.to_string(),
///     "JSON beyond a limit: 1001 or more bytes of input, more than the limit of 1000 (input_bytes)"
/// );
/// assert_eq!(from_json_reader_with_limits(json, &Limits::default())?.number, 16);
/// # Ok::<(), caricc_release::json::Error>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed JSON ([`ErrorKind::Syntax`]), ends too early
/// ([`ErrorKind::Eof`]) or is not a release: a missing or unknown field, a wrong type, a value
/// whose text form does not read ([`ErrorKind::Data`]).
/// Also when reading fails ([`ErrorKind::Io`]), the bytes are not UTF-8
/// ([`ErrorKind::Syntax`]) or the input or the release goes beyond `limits` ([`ErrorKind::Limit`]).
pub fn from_json_reader_with_limits(reader: impl Read, limits: &Limits) -> Result<Release, Error> {
    let bytes = limits
        .read_input(reader)
        .map_err(Error::io)?
        .map_err(Error::beyond)?;
    let text = String::from_utf8(bytes).map_err(|e| Error {
        kind: ErrorKind::Syntax,
        line: 0,
        column: 0,
        message: format!(
            "the input is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
        limit: None,
        cause: Some(Arc::new(e.utf8_error())),
    })?;
    from_json_with_limits(&text, limits)
}

/// Writes a release as compact JSON.
///
/// ```
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let json = caricc_release::to_json(&release)?;
/// assert!(json.starts_with(r#"{"version":"1.1","title":"Information Release about past events in the anti-drug sphere","#));
/// assert!(!json.contains('\n'));
/// assert_eq!(caricc_release::from_json(&json)?, release);
/// # Ok::<(), caricc_release::json::Error>(())
/// ```
///
/// # Errors
///
/// Fails when a date of the release (of its period or of an article) has a year outside
/// 0000–9999, which the data formats cannot write; only a release made by hand can hold one.
pub fn to_json(release: &Release) -> Result<String, Error> {
    serde_json::to_string(&Versioned::new(release)).map_err(Error::from_serde)
}

/// Writes a release as JSON indented by two spaces, ending with a newline.
///
/// The golden file is written this way, so a release read from it writes it back unchanged:
///
/// ```
/// let golden = include_str!("../../tests/golden/release-2025-16.json");
/// let json = caricc_release::to_json_pretty(&caricc_release::from_json(golden)?)?;
/// assert!(json.starts_with("{\n  \"version\": \"1.1\",\n  \"title\": "));
/// assert!(json.ends_with("}\n"));
/// assert_eq!(json, golden);
/// # Ok::<(), caricc_release::json::Error>(())
/// ```
///
/// # Errors
///
/// Fails when a date of the release (of its period or of an article) has a year outside
/// 0000–9999, which the data formats cannot write; only a release made by hand can hold one.
pub fn to_json_pretty(release: &Release) -> Result<String, Error> {
    let mut text =
        serde_json::to_string_pretty(&Versioned::new(release)).map_err(Error::from_serde)?;
    text.push('\n');
    Ok(text)
}

/// Writes a release as JSON indented by two spaces, ending with a newline, to `writer`.
///
/// ```
/// let release = caricc_release::from_json(include_str!("../../tests/golden/release-2025-16.json"))?;
/// let mut out = Vec::new();
/// caricc_release::to_json_writer(&mut out, &release)?;
/// assert_eq!(out, caricc_release::to_json_pretty(&release)?.into_bytes());
/// assert_eq!(caricc_release::from_json_reader(&out[..])?, release);
/// # Ok::<(), caricc_release::json::Error>(())
/// ```
///
/// # Errors
///
/// Fails when a date of the release (of its period or of an article) has a year outside
/// 0000–9999, which the data formats cannot write; only a release made by hand can hold one.
/// Also when writing to `writer` fails ([`ErrorKind::Io`]).
pub fn to_json_writer(mut writer: impl Write, release: &Release) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut writer, &Versioned::new(release))
        .map_err(Error::from_serde)?;
    writer.write_all(b"\n").map_err(Error::io)
}

/// Writes a release as compact JSON to `writer`, for the JSON Lines writer.
pub(crate) fn to_json_writer_compact(writer: impl Write, release: &Release) -> Result<(), Error> {
    serde_json::to_writer(writer, &Versioned::new(release)).map_err(Error::from_serde)
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::{ErrorKind, RECURSION_LIMIT};
    use crate::limits::{Limit, Limits};

    /// The reader takes serde_json's messages apart by their wording; an upgrade that
    /// changes it fails here rather than silently changing our messages.
    #[test]
    fn serde_json_wording_is_what_the_reader_expects() {
        let deep = "[".repeat(200);
        let err = serde_json::from_str::<serde_json::Value>(&deep).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{RECURSION_LIMIT} at line 1 column 128")
        );
        let err = serde_json::from_str::<serde_json::Value>("{]").unwrap_err();
        assert_eq!(err.to_string(), "key must be a string at line 1 column 2");
    }

    #[test]
    fn errors_clone_and_compare_by_what_they_say() {
        let err = crate::from_json("{]").unwrap_err();
        let copy = err.clone();
        assert_eq!(copy, err);
        assert!(copy.source().is_some());
        assert_ne!(crate::from_json("{").unwrap_err(), err);
    }

    #[test]
    fn errors_chain_to_what_caused_them() {
        let err = crate::from_json("{]").unwrap_err();
        let cause = err.source().expect("a source");
        assert!(cause.downcast_ref::<serde_json::Error>().is_some());
        assert_eq!(err.message(), "key must be a string");

        let strict = Limits::default().with_input_bytes(1);
        let err = super::from_json_with_limits("{}", &strict).unwrap_err();
        let cause = err.source().expect("a source");
        let limit = cause
            .downcast_ref::<crate::LimitError>()
            .expect("a limit error");
        assert_eq!(limit.limit(), Limit::InputBytes);

        let err = crate::from_json_reader(&b"{\"title\": \"\xFF\"}"[..]).unwrap_err();
        assert!(err.source().expect("a source").is::<std::str::Utf8Error>());

        struct Failing;
        impl std::io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk on fire"))
            }
        }
        let err = crate::from_json_reader(Failing).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        let io = err.source().expect("the I/O error");
        assert!(io.is::<std::io::Error>());
        assert_eq!(io.to_string(), "disk on fire");
    }
}
