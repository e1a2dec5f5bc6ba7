//! Reading a release from XML: the entry points, and the document around the release (the
//! prolog, the root, nothing after it). The layers under it, lowest first: `events` (quick-xml's
//! events with their places and namespaces), `parser` (the steps every element shares),
//! `vocabulary` (element by element). The XML collection reader drives the same parser over
//! each `<release>` of its stream.

pub(crate) mod events;
pub(crate) mod parser;
mod vocabulary;

use std::io::BufRead;

use quick_xml::events::{BytesDecl, Event};

use self::events::{Position, Source, Text};
use self::parser::{At, Parser, Result, Tag};
use super::error::{Cause, check_xml_version};
use super::{Error, ErrorKind, NAMESPACE};
use crate::Release;
use crate::limits::Limits;

/// Reads a release from XML text, within the default [`Limits`].
///
/// The XML and JSON forms of a release carry the same release:
///
/// ```
/// let release = caricc_release::from_xml(include_str!("../../../tests/golden/release-2025-16.xml"))?;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.sections.len(), 4);
/// assert_eq!(release, caricc_release::from_json(include_str!("../../../tests/golden/release-2025-16.json"))?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed XML or not a release in the crate's vocabulary (an
/// unknown or missing element or attribute, a value whose text form does not read, another
/// major version, breakdowns nested deeper than
/// [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING)); [`Error::kind`] says which.
/// The default [`Limits`] apply too.
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
/// let xml = include_str!("../../../tests/golden/release-2025-16.xml");
/// let err = from_xml_with_limits(xml, &Limits::default().with_sections(3)).unwrap_err();
/// assert_eq!((err.kind(), err.limit()), (ErrorKind::Limit, Some(Limit::Sections)));
/// assert_eq!(
///     err.to_string(),
///     "XML beyond a limit: 4 sections, more than the limit of 3 (sections)"
/// );
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed XML or not a release in the crate's vocabulary (an
/// unknown or missing element or attribute, a value whose text form does not read, another
/// major version, breakdowns nested deeper than
/// [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING)); [`Error::kind`] says which.
/// Also when the input or the release goes beyond `limits`.
pub fn from_xml_with_limits(text: &str, limits: &Limits) -> Result<Release, Error> {
    limits.check_input(text.len()).map_err(Error::beyond)?;
    let release = Parser::new(Text::new(text), limits.depth()).document()?;
    limits.check(&release).map_err(Error::beyond)?;
    Ok(release)
}

/// Reads a release from an XML byte stream, within the default [`Limits`]. The whole
/// document is read into memory first (it must be UTF-8), so errors can give lines and
/// columns; a stream longer than the input limit is not read beyond it.
///
/// ```
/// let xml = include_str!("../../../tests/golden/release-2025-16.xml");
/// let release = caricc_release::from_xml_reader(xml.as_bytes())?;
/// assert_eq!(release.id().to_string(), "#16/2025");
///
/// let err = caricc_release::from_xml_reader(&b"<release>caf\xE9</release>"[..]).unwrap_err();
/// assert_eq!(err.to_string(), "invalid XML: the input is not UTF-8 (invalid byte at offset 12)");
/// # Ok::<(), caricc_release::xml::Error>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed XML or not a release in the crate's vocabulary (an
/// unknown or missing element or attribute, a value whose text form does not read, another
/// major version, breakdowns nested deeper than
/// [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING)); [`Error::kind`] says which.
/// Also when reading fails, the bytes are not UTF-8 or the input goes beyond the default
/// [`Limits`].
pub fn from_xml_reader(reader: impl BufRead) -> Result<Release, Error> {
    from_xml_reader_with_limits(reader, &Limits::DEFAULT)
}

/// Reads a release from an XML byte stream within `limits` (see [`from_xml_with_limits`]).
///
/// ```
/// use caricc_release::limits::{Limit, Limits};
/// use caricc_release::xml::{ErrorKind, from_xml_reader_with_limits};
///
/// let xml = include_str!("../../../tests/golden/release-2025-16.xml").as_bytes();
/// let err = from_xml_reader_with_limits(xml, &Limits::default().with_input_bytes(1_000)).unwrap_err();
/// assert_eq!((err.kind(), err.limit()), (ErrorKind::Limit, Some(Limit::InputBytes)));
/// assert_eq!(
///     err.to_string(),
///     "XML beyond a limit: 1001 or more bytes of input, more than the limit of 1000 (input_bytes)"
/// );
/// assert_eq!(from_xml_reader_with_limits(xml, &Limits::default().with_articles(13))?.number, 16);
/// # Ok::<(), caricc_release::xml::Error>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not well-formed XML or not a release in the crate's vocabulary (an
/// unknown or missing element or attribute, a value whose text form does not read, another
/// major version, breakdowns nested deeper than
/// [`DEPTH_CEILING`](crate::limits::DEPTH_CEILING)); [`Error::kind`] says which.
/// Also when reading fails, the bytes are not UTF-8 or the input or the release goes beyond
/// `limits`.
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
        let message = format!("the input is not UTF-8 (invalid byte at offset {offset})");
        Error::new(ErrorKind::Syntax, (0, 0), String::new(), message)
            .caused_by(Cause::Utf8(e.utf8_error()))
    })?;
    from_xml_with_limits(&text, limits)
}

/// The path of a document's root: `/release`.
const TOP: At<'static> = At::root("release");

/// A document of one release: the prolog, the root, nothing after it.
impl<'i, S: Source<'i>> Parser<'i, S> {
    pub(crate) fn document(mut self) -> Result<Release> {
        let root = self.root()?;
        let release = self.release(&root, &TOP)?;
        self.epilog()?;
        Ok(release)
    }

    /// Reads the prolog (a declaration, comments, white space) through the root's start tag,
    /// which must be `<release>` in the vocabulary's namespace.
    fn root(&mut self) -> Result<Tag<'i>> {
        loop {
            let event = self.event(&TOP)?;
            let at = self.events.last();
            let message = match event {
                Event::Start(start) | Event::Empty(start)
                    if !self.events.ours() || start.local_name().into_inner() != "release" =>
                {
                    let message =
                        format!("the root element must be <release xmlns=\"{NAMESPACE}\">");
                    return Err(self.error(ErrorKind::Vocabulary, at, Some(&TOP), message));
                }
                Event::Start(start) => return Ok(self.tag(start, false)),
                Event::Empty(start) => return Ok(self.tag(start, true)),
                Event::Decl(decl) => {
                    self.declaration(&decl, at)?;
                    continue;
                }
                Event::Text(t) if t.xml10_content().trim().is_empty() => continue,
                Event::Eof => "the document is empty",
                _ => "text before the root element",
            };
            return Err(self.error(ErrorKind::Syntax, at, None, message));
        }
    }

    /// Checks the XML declaration's version.
    fn declaration(&self, decl: &BytesDecl<'_>, at: Position) -> Result<()> {
        let version = decl.version().map(|v| v.into_owned()).unwrap_or_default();
        check_xml_version(&version)
            .map_err(|message| self.error(ErrorKind::Syntax, at, None, message))
    }

    /// After the root: white space, comments, nothing else.
    fn epilog(&mut self) -> Result<()> {
        loop {
            match self.event(&TOP)? {
                Event::Eof => return Ok(()),
                Event::Text(t) if t.xml10_content().trim().is_empty() => continue,
                _ => {
                    let (at, message) = (self.events.last(), "content after the root element");
                    return Err(self.error(ErrorKind::Syntax, at, None, message));
                }
            }
        }
    }
}
