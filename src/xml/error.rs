//! The XML error: what kind of failure, where (line, column, element path), what went
//! wrong and the error behind it; and the wording xml gives quick-xml's errors.

use std::fmt;
use std::sync::Arc;

use quick_xml::events::attributes::AttrError;

use crate::ParseError;
use crate::limits::{Limit, LimitError};

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
    /// The input goes beyond one of the reader's [`Limits`](crate::Limits);
    /// [`Error::limit`] says which.
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
///
/// An error that wraps another gives it as its [`source`](std::error::Error::source):
/// quick-xml's error for XML that is not well-formed, the [`std::io::Error`] of a failed
/// read or write, the [`LimitError`] of a limit, the [`ParseError`] of a value that does
/// not read.
///
/// ```
/// use std::error::Error as _;
/// use caricc_release::{LimitError, Limits};
///
/// let xml = include_str!("../../tests/golden/release-2025-16.xml");
/// let limits = Limits::default().with_sections(3);
/// let err = caricc_release::xml::from_xml_with_limits(xml, &limits).unwrap_err();
/// let limit = err.source().and_then(|e| e.downcast_ref::<LimitError>()).expect("the limit");
/// assert_eq!(limit.to_string(), "4 sections, more than the limit of 3 (sections)");
/// ```
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
    path: String,
    message: String,
    limit: Option<Limit>,
    /// Boxed: errors travel in `Result`s, which stay small.
    cause: Option<Box<Cause>>,
}

/// The error an [`Error`] wraps.
#[derive(Debug, Clone)]
pub(crate) enum Cause {
    /// XML that quick-xml could not read, or a value it could not unescape.
    Xml(quick_xml::Error),
    /// An attribute quick-xml could not read.
    Attribute(AttrError),
    /// A failed read or write (shared, so that the error stays `Clone`).
    Io(Arc<std::io::Error>),
    /// A limit the input went beyond.
    Limit(LimitError),
    /// Bytes that are not UTF-8.
    Utf8(std::str::Utf8Error),
    /// A value of the model that does not read.
    Value(ParseError),
    /// A URL that does not read.
    Url(url::ParseError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Syntax => "invalid XML",
            ErrorKind::Vocabulary => "invalid release XML",
            ErrorKind::Forbidden => "refused XML",
            ErrorKind::InvalidCharacter => "cannot write XML",
            ErrorKind::Io => "XML input/output failed",
            ErrorKind::Limit => "XML beyond a limit",
        };
        f.write_str(what)?;
        if self.line > 0 {
            write!(f, " at line {}, column {}", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, " in {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Errors are equal when they say the same: kind, position, path, message and limit (the
/// error underneath is not compared).
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        (self.kind, self.line, self.column, self.limit)
            == (other.kind, other.line, other.column, other.limit)
            && (&self.path, &self.message) == (&other.path, &other.message)
    }
}

impl Eq for Error {}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(match &**self.cause.as_ref()? {
            Cause::Xml(e) => e,
            Cause::Attribute(e) => e,
            Cause::Io(e) => &**e,
            Cause::Limit(e) => e,
            Cause::Utf8(e) => e,
            Cause::Value(e) => e,
            Cause::Url(e) => e,
        })
    }
}

impl Error {
    /// An error of `kind` at `line` and `column` (0 for none) in `path` (empty for none).
    pub(crate) fn new(
        kind: ErrorKind,
        (line, column): (usize, usize),
        path: String,
        message: impl Into<String>,
    ) -> Error {
        Error {
            kind,
            line,
            column,
            path,
            message: message.into(),
            limit: None,
            cause: None,
        }
    }

    /// The same error, wrapping `cause`.
    pub(crate) fn caused_by(mut self, cause: Cause) -> Error {
        if let Cause::Limit(e) = &cause {
            self.limit = Some(e.limit());
        }
        self.cause = Some(Box::new(cause));
        self
    }

    /// The same error, about the limit it names (when no [`LimitError`] says it).
    pub(crate) fn at_limit(mut self, limit: Limit) -> Error {
        self.limit = Some(limit);
        self
    }

    /// Reading or writing failed.
    pub(crate) fn io(err: std::io::Error) -> Error {
        Error::new(ErrorKind::Io, (0, 0), String::new(), err.to_string())
            .caused_by(Cause::Io(Arc::new(err)))
    }

    /// The input went beyond a limit.
    pub(crate) fn beyond(err: LimitError) -> Error {
        Error::new(ErrorKind::Limit, (0, 0), String::new(), err.to_string())
            .caused_by(Cause::Limit(err))
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
}

// ---------------------------------------------------------------- wording

/// A DOCTYPE anywhere: refused, so that no entity is ever declared, expanded or fetched.
pub(crate) const DOCTYPE_REFUSED: &str =
    "a DOCTYPE is not allowed: entities are never declared or fetched";

/// An XML declaration after the start.
pub(crate) const DECLARATION_MISPLACED: &str =
    "an XML declaration is allowed only at the very start of the document";

/// Checks the version an XML declaration gives: XML 1.0 or 1.1.
pub(crate) fn check_xml_version(version: &str) -> Result<(), String> {
    if version == "1.0" || version == "1.1" {
        Ok(())
    } else {
        Err(format!("XML version {version:?} is not 1.0 or 1.1"))
    }
}

/// What xml says for a quick-xml error: its message, lowercased, with a hint for an
/// entity that is not predefined.
pub(crate) fn quick_xml_message(err: &quick_xml::Error) -> String {
    match err {
        quick_xml::Error::Escape(e) => lowercase_first(&format!(
            "{e} (only the five predefined entities and character references are allowed)"
        )),
        other => lowercase_first(&other.to_string()),
    }
}

/// quick-xml's attribute error without its byte positions (the error has line and column),
/// naming the attribute a duplicate repeats (`start` is the tag's content, where quick-xml's
/// positions point).
pub(crate) fn attribute_message(err: &AttrError, start: &str) -> String {
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

/// Messages begin in lower case, as the crate's do; an acronym (`XML …`) is kept.
pub(crate) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    //! xml's messages repeat quick-xml's wording, reshaped; these pin that wording so that a
    //! quick-xml upgrade that changes it fails here, not in a message users see.

    use super::*;
    use quick_xml::errors::{IllFormedError, SyntaxError};

    #[test]
    fn quick_xml_words_its_attribute_errors_as_attribute_message_expects() {
        assert_eq!(
            AttrError::ExpectedEq(4).to_string(),
            "position 4: attribute key must be directly followed by `=` or space"
        );
        assert_eq!(
            AttrError::ExpectedValue(4).to_string(),
            "position 4: `=` must be followed by an attribute value"
        );
        assert_eq!(
            AttrError::UnquotedValue(4).to_string(),
            "position 4: attribute value must be enclosed in `\"` or `'`"
        );
        assert_eq!(
            AttrError::ExpectedQuote(4, b'"').to_string(),
            "position 4: missing closing quote `\"` in attribute value"
        );
        assert_eq!(
            AttrError::Duplicated(9, 4).to_string(),
            "position 9: duplicated attribute, previous declaration at position 4"
        );
    }

    #[test]
    fn attribute_messages_drop_the_positions() {
        let start = r#"release number="1" number="2""#;
        assert_eq!(
            attribute_message(&AttrError::Duplicated(19, 8), start),
            "duplicated attribute number"
        );
        assert_eq!(
            attribute_message(&AttrError::ExpectedEq(8), start),
            "attribute key must be directly followed by `=` or space"
        );
    }

    #[test]
    fn quick_xml_words_its_syntax_errors_as_the_tests_expect() {
        let mismatched = quick_xml::Error::from(IllFormedError::MismatchedEndTag {
            expected: "title".to_owned(),
            found: "release".to_owned(),
        });
        assert_eq!(
            quick_xml_message(&mismatched),
            "ill-formed document: expected `</title>`, but `</release>` was found"
        );
        assert_eq!(
            quick_xml_message(&SyntaxError::UnclosedTag.into()),
            "syntax error: tag not closed: `>` not found before end of input"
        );
        let io = quick_xml::Error::Io(Arc::new(std::io::Error::other("gone")));
        assert_eq!(io.to_string(), "I/O error: gone");
    }

    #[test]
    fn quick_xml_words_an_unknown_entity_as_the_hint_expects() {
        let err = quick_xml::escape::unescape("&nbsp;").unwrap_err();
        assert_eq!(
            quick_xml_message(&quick_xml::Error::Escape(err)),
            "at 1..5: unrecognized entity `nbsp` (only the five predefined entities and \
             character references are allowed)"
        );
    }

    #[test]
    fn only_a_capital_before_a_small_letter_is_lowered() {
        assert_eq!(lowercase_first("Expected a value"), "expected a value");
        assert_eq!(lowercase_first("XML version"), "XML version");
        assert_eq!(lowercase_first(""), "");
    }

    /// The golden release with `from` replaced by `to` once, read.
    fn read_changed(from: &str, to: &str) -> Error {
        let xml = include_str!("../../tests/golden/release-2025-16.xml").replacen(from, to, 1);
        crate::xml::from_xml(&xml).expect_err("the change is refused")
    }

    fn source_of(err: &Error) -> &(dyn std::error::Error + 'static) {
        std::error::Error::source(err).unwrap_or_else(|| panic!("no source: {err}"))
    }

    #[test]
    fn errors_clone_and_compare_by_what_they_say() {
        let err = crate::from_xml("<release").unwrap_err();
        assert_eq!(err.clone(), err);
        assert_ne!(crate::from_xml("<x/>").unwrap_err(), err);
    }

    #[test]
    fn each_error_keeps_the_error_behind_it() {
        let err = read_changed("</title>", "</titel>");
        assert!(source_of(&err).is::<quick_xml::Error>(), "{err}");
        let err = read_changed("number=\"16\"", "number=\"16\" number=\"17\"");
        assert!(source_of(&err).is::<AttrError>(), "{err}");
        let err = read_changed("country=\"KZ\"", "country=\"XX\"");
        assert!(source_of(&err).is::<ParseError>(), "{err}");
        let err = read_changed("<website>https://", "<website>no scheme ");
        assert!(source_of(&err).is::<url::ParseError>(), "{err}");
        let limits = crate::Limits::default().with_sections(1);
        let xml = include_str!("../../tests/golden/release-2025-16.xml");
        let err = crate::xml::from_xml_with_limits(xml, &limits).expect_err("too many");
        assert!(source_of(&err).is::<LimitError>(), "{err}");

        let err =
            crate::xml::from_xml_reader(&b"<release>caf\xE9</release>"[..]).expect_err("latin-1");
        assert!(source_of(&err).is::<std::str::Utf8Error>(), "{err}");
        struct Failing;
        impl std::io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk gone"))
            }
        }
        let err = crate::xml::from_xml_reader(std::io::BufReader::new(Failing)).expect_err("gone");
        assert!(source_of(&err).is::<std::io::Error>(), "{err}");

        // An error of the vocabulary alone wraps nothing.
        let err = read_changed("<subtitle>", "<colour/><subtitle>");
        assert!(std::error::Error::source(&err).is_none());
    }
}
