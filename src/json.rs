//! JSON: lossless reading and writing of releases.
//!
//! Field names are snake_case and mirror the model; decimals are strings (`"2.5"`) so that no
//! reader rounds them through a float; unknown fields are refused so that nothing is dropped
//! silently. A release that is well-formed but invalid (a summary that does not add up, say)
//! still reads; [`Release::validate`] reports it.

use std::io::{Read, Write};

use crate::Release;

/// A release could not be read from or written to JSON.
///
/// The message is lowercase and carries the position for syntax and data errors:
///
/// ```
/// let err = caricc_release::from_json("{\"number\": 16,\n \"year\": }").unwrap_err();
/// assert_eq!((err.line(), err.column()), (2, 10));
/// assert!(err.to_string().starts_with("invalid JSON at line 2, column 10: "));
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
    message: String,
}

/// What kind of failure a JSON [`Error`] is.
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
}

impl Error {
    pub(crate) fn from_serde(err: serde_json::Error) -> Error {
        let kind = match err.classify() {
            serde_json::error::Category::Syntax => ErrorKind::Syntax,
            serde_json::error::Category::Data => ErrorKind::Data,
            serde_json::error::Category::Eof => ErrorKind::Eof,
            serde_json::error::Category::Io => ErrorKind::Io,
        };
        let (line, column) = (err.line(), err.column());
        let mut message = err.to_string();
        // serde_json appends " at line L column C"; the position is kept apart.
        let suffix = format!(" at line {line} column {column}");
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_owned();
        }
        Error {
            kind,
            line,
            column,
            message,
        }
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
pub fn from_json(text: &str) -> Result<Release, Error> {
    serde_json::from_str(text).map_err(Error::from_serde)
}

/// Reads a release from a JSON byte stream (buffer it: it is read in small pieces).
pub fn from_json_reader(reader: impl Read) -> Result<Release, Error> {
    serde_json::from_reader(reader).map_err(Error::from_serde)
}

/// Writes a release as compact JSON.
pub fn to_json(release: &Release) -> Result<String, Error> {
    serde_json::to_string(release).map_err(Error::from_serde)
}

/// Writes a release as JSON indented by two spaces, ending with a newline.
pub fn to_json_pretty(release: &Release) -> Result<String, Error> {
    let mut text = serde_json::to_string_pretty(release).map_err(Error::from_serde)?;
    text.push('\n');
    Ok(text)
}

/// Writes a release as JSON indented by two spaces, ending with a newline, to `writer`.
pub fn to_json_writer(mut writer: impl Write, release: &Release) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut writer, release).map_err(Error::from_serde)?;
    writer
        .write_all(b"\n")
        .map_err(|e| Error::from_serde(serde_json::Error::io(e)))
}
