//! The parser's steps that every element of the vocabulary shares: the next child, a text,
//! the attributes, a value; with the element path kept for errors and the errors they give.

use std::borrow::Cow;

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::events::{Broken, Events, Position, Source};
use crate::chars::{first_non_xml_char, is_xml_char};
use crate::xml::error::{
    Cause, DECLARATION_MISPLACED, DOCTYPE_REFUSED, attribute_message, lowercase_first,
    quick_xml_message,
};
use crate::xml::{Error, ErrorKind, MAJOR, MINOR, NAMESPACE, VERSION, XSI};

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

/// A link in the chain of elements being read; rendered only for errors.
pub(crate) struct At<'a> {
    parent: Option<&'a At<'a>>,
    pub(crate) name: &'static str,
    /// 1-based position among same-named siblings, when they repeat.
    index: Option<usize>,
}

impl At<'_> {
    /// The document's root element.
    pub(crate) const fn root(name: &'static str) -> At<'static> {
        At {
            parent: None,
            name,
            index: None,
        }
    }

    pub(crate) fn child<'a>(&'a self, name: &'static str, index: Option<usize>) -> At<'a> {
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
pub(crate) struct Tag<'i> {
    pub(crate) start: BytesStart<'i>,
    /// `<x/>`: no content and no end tag to read.
    pub(crate) empty: bool,
    /// Where its `<` is.
    pub(crate) at: Position,
    /// Where the local name begins in the name (after `prefix:`), found once.
    local: usize,
}

impl Tag<'_> {
    pub(crate) fn local_name(&self) -> &str {
        let name = self.start.name().into_inner();
        name.get(self.local..).unwrap_or(name)
    }
}

/// Why a value does not read: the reason the message gives, and the error behind it.
pub(crate) struct Invalid {
    reason: String,
    cause: Option<Cause>,
}

impl From<String> for Invalid {
    fn from(reason: String) -> Self {
        Invalid {
            reason,
            cause: None,
        }
    }
}

impl From<crate::ParseError> for Invalid {
    fn from(err: crate::ParseError) -> Self {
        Invalid {
            reason: err.reason().to_owned(),
            cause: Some(Cause::Value(err)),
        }
    }
}

impl From<url::ParseError> for Invalid {
    fn from(err: url::ParseError) -> Self {
        Invalid {
            reason: err.to_string(),
            cause: Some(Cause::Url(err)),
        }
    }
}

/// Reads the vocabulary from events: the steps here, the elements in `vocabulary`.
pub(crate) struct Parser<'i, S> {
    pub(crate) events: Events<'i, S>,
    /// The release's minor version, for messages about newer vocabularies.
    pub(crate) minor: u32,
    /// The most levels of breakdowns to read ([`Limits::depth`](crate::Limits::depth)).
    pub(crate) max_depth: usize,
}

impl<'i, S: Source<'i>> Parser<'i, S> {
    pub(crate) fn new(source: S, max_depth: usize) -> Self {
        Parser {
            events: Events::new(source),
            minor: MINOR,
            max_depth,
        }
    }

    pub(crate) fn error(
        &self,
        kind: ErrorKind,
        position: Position,
        at: Option<&At<'_>>,
        message: impl Into<String>,
    ) -> Error {
        let path = at.map(At::render).unwrap_or_default();
        Error::new(kind, self.events.locate(position), path, message)
    }

    pub(crate) fn vocabulary(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        message: impl Into<String>,
    ) -> Error {
        self.error(ErrorKind::Vocabulary, tag.at, Some(at), message)
    }

    /// The error for input that cannot be read any further.
    pub(crate) fn broken(&self, (why, position): (Broken, Position), at: Option<&At<'_>>) -> Error {
        match why {
            Broken::Xml(e) => {
                let kind = match e {
                    quick_xml::Error::Escape(_) => ErrorKind::Forbidden,
                    _ => ErrorKind::Syntax,
                };
                self.error(kind, position, at, quick_xml_message(&e))
                    .caused_by(Cause::Xml(e))
            }
            Broken::DocType => self.error(ErrorKind::Forbidden, position, at, DOCTYPE_REFUSED),
        }
    }

    /// Names both versions when the document is newer than this reader.
    fn newer(&self) -> String {
        if self.minor > MINOR {
            format!(
                " (this reader knows vocabulary {VERSION}; the document is {MAJOR}.{})",
                self.minor
            )
        } else {
            String::new()
        }
    }

    pub(crate) fn unknown_element(&self, tag: &Tag<'_>, at: &At<'_>) -> Error {
        let message = format!("unknown element <{}>{}", tag.local_name(), self.newer());
        self.vocabulary(tag, at, message)
    }

    /// The next event that matters (comments and processing instructions are skipped);
    /// [`Events::last`] says where it began.
    pub(crate) fn event(&mut self, at: &At<'_>) -> Result<Event<'i>> {
        loop {
            let event = self
                .events
                .next()
                .map_err(|broken| self.broken(*broken, Some(at)))?;
            match event {
                Event::Comment(_) | Event::PI(_) => continue,
                Event::Decl(_) if self.events.last().offset != 0 => {
                    let position = self.events.last();
                    let kind = ErrorKind::Syntax;
                    return Err(self.error(kind, position, Some(at), DECLARATION_MISPLACED));
                }
                event => return Ok(event),
            }
        }
    }

    /// The tag of the start tag just read.
    pub(crate) fn tag(&self, start: BytesStart<'i>, empty: bool) -> Tag<'i> {
        Tag {
            start,
            empty,
            at: self.events.last(),
            local: self.events.local(),
        }
    }

    /// The next child element of the element at `at`, or `None` at its end tag.
    /// White space between elements is layout; other text is an error.
    pub(crate) fn next_child(&mut self, at: &At<'_>) -> Result<Option<Tag<'i>>> {
        loop {
            let event = self.event(at)?;
            let position = self.events.last();
            let (start, empty) = match event {
                Event::Start(start) => (start, false),
                Event::Empty(start) => (start, true),
                Event::End(_) => return Ok(None),
                Event::Text(t) if t.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) => {
                    continue;
                }
                Event::Eof => {
                    let message = "the document ends before this element is closed";
                    return Err(self.error(ErrorKind::Syntax, position, Some(at), message));
                }
                _ => {
                    let message = "text is not allowed here, only elements";
                    return Err(self.error(ErrorKind::Vocabulary, position, Some(at), message));
                }
            };
            if !self.events.ours() {
                let name = String::from_utf8_lossy(start.name().as_ref().as_bytes()).into_owned();
                let message = format!("element <{name}> is not in the namespace {NAMESPACE}");
                return Err(self.error(ErrorKind::Vocabulary, position, Some(at), message));
            }
            return Ok(Some(self.tag(start, empty)));
        }
    }

    /// Refuses any content: for elements that are empty by definition.
    pub(crate) fn no_content(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<()> {
        if tag.empty {
            return Ok(());
        }
        match self.next_child(at)? {
            None => Ok(()),
            Some(child) => Err(self.unknown_element(&child, at)),
        }
    }

    /// The text of a text-only element without attributes.
    pub(crate) fn text(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<String> {
        self.attributes(tag, at, &mut [])?;
        self.content(tag, at)
    }

    /// The content of a text-only element: text, CDATA and references, line ends normalised.
    pub(crate) fn content(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<String> {
        if tag.empty {
            return Ok(String::new());
        }
        let mut text = String::new();
        loop {
            let event = self.event(at)?;
            let position = self.events.last();
            let (kind, message) = match event {
                Event::Text(t) => {
                    self.push_chars(&mut text, &t.xml10_content(), position, at)?;
                    continue;
                }
                Event::CData(c) => {
                    self.push_chars(&mut text, &c.xml10_content(), position, at)?;
                    continue;
                }
                Event::GeneralRef(r) => {
                    text.push(self.reference(&r, position, at)?);
                    continue;
                }
                Event::End(_) => return Ok(text),
                Event::Start(_) | Event::Empty(_) => (
                    ErrorKind::Vocabulary,
                    format!("<{}> holds text only, not elements", at.name),
                ),
                Event::Eof => (
                    ErrorKind::Syntax,
                    "the document ends inside this element".to_owned(),
                ),
                _ => continue,
            };
            return Err(self.error(kind, position, Some(at), message));
        }
    }

    /// The character a reference in a text stands for: a character reference to a
    /// character XML 1.0 allows, or one of the five predefined entities.
    fn reference(&self, r: &BytesRef<'_>, position: Position, at: &At<'_>) -> Result<char> {
        let (kind, message, cause) = match r.resolve_char_ref() {
            Ok(Some(c)) if is_xml_char(c) => return Ok(c),
            Ok(Some(c)) => (
                ErrorKind::Syntax,
                format!(
                    "the character reference &{}; stands for U+{:04X}, which XML 1.0 does not allow",
                    &**r, c as u32
                ),
                None,
            ),
            Ok(None) => match predefined_entity(r) {
                Some(c) => return Ok(c),
                None => (
                    ErrorKind::Forbidden,
                    format!(
                        "the entity &{}; is not one of the five predefined entities",
                        &**r
                    ),
                    None,
                ),
            },
            Err(e) => (
                ErrorKind::Syntax,
                lowercase_first(&e.to_string()),
                Some(Cause::Xml(e)),
            ),
        };
        let err = self.error(kind, position, Some(at), message);
        Err(match cause {
            Some(cause) => err.caused_by(cause),
            None => err,
        })
    }

    /// Appends text read from the document, refusing characters XML 1.0 does not allow.
    fn push_chars(
        &self,
        text: &mut String,
        chunk: &str,
        position: Position,
        at: &At<'_>,
    ) -> Result<()> {
        if let Some((_, c)) = first_non_xml_char(chunk) {
            let message = format!(
                "the text holds U+{:04X}, which XML 1.0 does not allow",
                c as u32
            );
            return Err(self.error(ErrorKind::Syntax, position, Some(at), message));
        }
        text.push_str(chunk);
        Ok(())
    }

    /// Reads the attributes of `tag` into `wanted` (name, slot); any other is an error.
    pub(crate) fn attributes<'t>(
        &self,
        tag: &'t Tag<'_>,
        at: &At<'_>,
        wanted: &mut [(&str, &mut Option<Cow<'t, str>>)],
    ) -> Result<()> {
        for attr in tag.start.attributes() {
            let attr = attr.map_err(|e| {
                let message = attribute_message(&e, tag.start.as_ref());
                self.error(ErrorKind::Syntax, tag.at, Some(at), message)
                    .caused_by(Cause::Attribute(e))
            })?;
            let key = attr.key;
            if key.as_namespace_binding().is_some() {
                continue;
            }
            let (ns, local) = self.events.resolver().resolve_attribute(key);
            match ns {
                ResolveResult::Unbound => {}
                ResolveResult::Bound(n) if n.into_inner() == XSI => continue,
                _ => {
                    let message = format!(
                        "unknown attribute {} on <{}>",
                        key.into_inner(),
                        tag.local_name()
                    );
                    return Err(self.vocabulary(tag, at, message));
                }
            }
            let name = local.into_inner();
            let Some((_, slot)) = wanted.iter_mut().find(|(n, _)| *n == name) else {
                let message = format!(
                    "unknown attribute {name} on <{}>{}",
                    tag.local_name(),
                    self.newer()
                );
                return Err(self.vocabulary(tag, at, message));
            };
            **slot = Some(self.attribute_value(tag, at, name, &attr)?);
        }
        Ok(())
    }

    /// An attribute's value, normalised, refusing characters XML 1.0 does not allow.
    fn attribute_value<'t>(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        name: &str,
        attr: &Attribute<'t>,
    ) -> Result<Cow<'t, str>> {
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| {
                let kind = match e {
                    quick_xml::Error::Escape(_) => ErrorKind::Forbidden,
                    _ => ErrorKind::Syntax,
                };
                let message = format!("in attribute {name}: {}", lowercase_first(&e.to_string()));
                self.error(kind, tag.at, Some(at), message)
                    .caused_by(Cause::Xml(e))
            })?;
        if let Some((_, c)) = first_non_xml_char(&value) {
            let message = format!(
                "attribute {name} holds U+{:04X}, which XML 1.0 does not allow",
                c as u32
            );
            return Err(self.error(ErrorKind::Syntax, tag.at, Some(at), message));
        }
        Ok(value)
    }

    /// A required attribute's value, read with `parse`.
    pub(crate) fn required<T, E: Into<Invalid>>(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        name: &str,
        value: Option<Cow<'_, str>>,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Result<T> {
        let value = value.ok_or_else(|| {
            let message = format!("<{}> lacks its {name} attribute", tag.local_name());
            self.vocabulary(tag, at, message)
        })?;
        self.value(tag, at, name, &value, parse)
    }

    /// A value read with `parse`; the error names it and says why it does not read.
    pub(crate) fn value<T, E: Into<Invalid>>(
        &self,
        tag: &Tag<'_>,
        at: &At<'_>,
        name: &str,
        value: &str,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Result<T> {
        parse(value).map_err(|why| {
            let Invalid { reason, cause } = why.into();
            let err = self.vocabulary(tag, at, format!("invalid {name} {value:?}: {reason}"));
            match cause {
                Some(cause) => err.caused_by(cause),
                None => err,
            }
        })
    }

    /// Puts a child's value in its slot; a second one is an error.
    pub(crate) fn put<T>(
        &self,
        slot: &mut Option<T>,
        value: T,
        child: &Tag<'_>,
        at: &At<'_>,
    ) -> Result<()> {
        if slot.is_some() {
            let message = format!("<{}> appears more than once", child.local_name());
            return Err(self.vocabulary(child, at, message));
        }
        *slot = Some(value);
        Ok(())
    }

    /// A required child's value.
    pub(crate) fn need<T>(
        &self,
        slot: Option<T>,
        tag: &Tag<'_>,
        at: &At<'_>,
        child: &str,
    ) -> Result<T> {
        slot.ok_or_else(|| {
            let message = format!("<{}> lacks its <{child}> element", tag.local_name());
            self.vocabulary(tag, at, message)
        })
    }
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
