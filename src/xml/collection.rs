//! Many releases in one document: a root `<releases>` holding `<release>` records, read
//! from a stream one record at a time (what the collection module's `ReleaseReader` gives
//! for an XML collection).
//!
//! One event stream runs through the whole document. Between records this module reads it
//! (the prolog, the root, white space, stray content); at each `<release>` start tag it hands
//! the same events, namespace scopes included, to the parser `from_xml` uses, which reads
//! the record's sub-tree in place: lines, columns and paths are the document's as they come.
//! A record that does not read is skipped through its end tag, and reading goes on; input
//! that cannot be read any further (not well-formed, a DOCTYPE, a failed read, a record
//! larger than the input limit) ends it.

use std::io::BufRead;
use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::error::{
    DECLARATION_MISPLACED, DOCTYPE_REFUSED, attribute_message, check_xml_version, lowercase_first,
};
use super::read::events::{Broken, OverBudget, Position, Stream};
use super::read::parser::{At, Parser, Tag};
use super::{Error, ErrorKind, MAJOR, NAMESPACE, XSI, parse_version};
use crate::Release;
use crate::limits::{LimitError, Limits};

/// The root element of a collection.
pub(crate) const ROOT: &str = "releases";
/// The path of the collection's root, under which records' paths go.
const ROOT_AT: At<'static> = At::root(ROOT);

/// A record of a collection could not be read, or the collection itself could not.
#[derive(Debug)]
pub(crate) struct RecordError {
    /// The record (1-based) it is about; `None` when it is about the stream.
    pub(crate) record: Option<usize>,
    /// The line where the record begins; for an error about the stream, or one that ends
    /// the reading, the line where it was found.
    pub(crate) line: usize,
    /// Whether nothing more will be read.
    pub(crate) fatal: bool,
    pub(crate) failure: Failure,
}

/// What went wrong.
#[derive(Debug)]
pub(crate) enum Failure {
    /// XML that is not a collection, or a record that is not a release. `message` is what
    /// the collection reports: the whole error for what is inside a record (with the
    /// document's line, column and path), the error's message alone for the collection's
    /// own structure.
    Xml { message: String, error: Box<Error> },
    /// Reading the input failed.
    Io(Arc<std::io::Error>),
    /// A record (or the stretch between two records) is larger than the input limit.
    Limit(LimitError),
}

impl Failure {
    fn xml(message: String, error: Error) -> Failure {
        Failure::Xml {
            message,
            error: Box::new(error),
        }
    }
}

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

/// What to do after an event between records.
enum Step {
    Continue,
    /// A `<release>` in the vocabulary's namespace just started: read it.
    Record(Tag<'static>),
    Yield(RecordError),
}

/// The records of an XML collection, read one at a time from a stream.
pub(crate) struct Records<R> {
    parser: Parser<'static, Stream<R>>,
    state: State,
    records: usize,
    /// Whether the text being read between releases was already reported (once per run).
    stray: bool,
    limits: Limits,
}

impl<R: BufRead> Records<R> {
    /// Reads `reader`, whose first byte is at `at` in the input, within the default limits.
    pub(crate) fn new(reader: R, at: Position) -> Self {
        let limits = Limits::DEFAULT;
        let stream = Stream::new(reader, at, limits.input_bytes());
        Records {
            parser: Parser::new(stream, limits.depth()),
            state: State::Prolog(false),
            records: 0,
            stray: false,
            limits,
        }
    }

    /// Reads each record (and each stretch between records) within `limits`.
    pub(crate) fn set_limits(&mut self, limits: Limits) {
        self.parser.max_depth = limits.depth();
        self.limits = limits;
    }

    /// The next release, or why the next record (or the collection) does not read; `None`
    /// at the end, and after a fatal error.
    pub(crate) fn next(&mut self) -> Option<Result<Release, RecordError>> {
        loop {
            let step = match self.state {
                State::Done => return None,
                State::Root => self.inside(),
                State::Prolog(_) | State::Epilog => self.outside(),
            };
            match step {
                Step::Continue => {}
                Step::Yield(err) => return Some(Err(err)),
                Step::Record(tag) => return Some(self.record(tag)),
            }
        }
    }

    /// The next event between records, with a whole input limit of bytes: a record's
    /// budget starts with its start tag and runs through its end tag.
    fn event(&mut self) -> Result<Event<'static>, RecordError> {
        let budget = self.limits.input_bytes();
        self.parser.events.source_mut().refill(budget);
        match self.parser.events.next() {
            Ok(event) => Ok(event),
            Err(broken) => {
                let error = self.parser.broken((*broken).clone(), None);
                Err(self.stopped(None, *broken, error))
            }
        }
    }

    /// One event before or after the root.
    fn outside(&mut self) -> Step {
        let event = match self.event() {
            Ok(event) => event,
            Err(err) => return Step::Yield(err),
        };
        let at = self.parser.events.last();
        let (prolog, started) = match self.state {
            State::Prolog(started) => (true, started),
            _ => (false, true),
        };
        let empty = matches!(event, Event::Empty(_));
        let (kind, message) = match event {
            Event::Text(t) if is_blank(&t) => return Step::Continue,
            Event::Eof => {
                // Before the root: nothing but white space, comments or a declaration, so
                // no releases.
                self.state = State::Done;
                return Step::Continue;
            }
            Event::Decl(decl) if !started => {
                let checked = match decl.version() {
                    Ok(v) => check_xml_version(&v),
                    Err(e) => Err(lowercase_first(&e.to_string())),
                };
                match checked {
                    Ok(()) => {
                        self.state = State::Prolog(true);
                        return Step::Continue;
                    }
                    Err(message) => (ErrorKind::Syntax, message),
                }
            }
            Event::Comment(_) | Event::PI(_) => {
                if prolog {
                    self.state = State::Prolog(true);
                }
                return Step::Continue;
            }
            Event::Decl(_) => (ErrorKind::Syntax, DECLARATION_MISPLACED.to_owned()),
            Event::DocType(_) => (ErrorKind::Forbidden, DOCTYPE_REFUSED.to_owned()),
            Event::Start(start) | Event::Empty(start) if prolog => {
                match self.root(&start, self.parser.events.ours()) {
                    // An empty root, `<releases …/>`, holds no releases.
                    Ok(()) if empty => self.state = State::Epilog,
                    Ok(()) => self.state = State::Root,
                    Err(problem) => return Step::Yield(self.structure(at, problem)),
                }
                return Step::Continue;
            }
            _ if prolog => (ErrorKind::Syntax, "text before the root element".to_owned()),
            _ => (ErrorKind::Syntax, format!("content after </{ROOT}>")),
        };
        Step::Yield(self.structure(at, (kind, message)))
    }

    /// Checks the root's start tag: `<releases>` in the vocabulary's namespace, version
    /// `1.x`, no attributes but namespace declarations and `xsi:` ones.
    fn root(&self, start: &BytesStart<'_>, ours: bool) -> Result<(), (ErrorKind, String)> {
        let name = start.name().into_inner();
        let local = start.local_name().into_inner();
        let vocabulary = |message| Err((ErrorKind::Vocabulary, message));
        if !ours || local != ROOT {
            let hint = if ours && local == "release" {
                " (a document of one release, which from_xml reads)"
            } else {
                ""
            };
            return vocabulary(format!(
                "the root element must be <{ROOT} xmlns=\"{NAMESPACE}\">, not <{name}>{hint}"
            ));
        }
        let mut version = None;
        for attr in start.attributes() {
            let attr = attr.map_err(|e| {
                let message = format!("invalid XML: {}", attribute_message(&e, start.as_ref()));
                (ErrorKind::Syntax, message)
            })?;
            let key = attr.key;
            if key.as_namespace_binding().is_some() {
                continue;
            }
            match self.parser.events.resolver().resolve_attribute(key) {
                (ResolveResult::Unbound, local) if local.into_inner() == "version" => {
                    version = Some(attr.value);
                }
                (ResolveResult::Bound(n), _) if n.into_inner() == XSI => {}
                _ => {
                    return vocabulary(format!(
                        "unknown attribute {} on <{name}>",
                        key.into_inner()
                    ));
                }
            }
        }
        let Some(version) = version else {
            return vocabulary(format!("<{name}> lacks its version attribute"));
        };
        match parse_version(&version) {
            Ok((MAJOR, _)) => Ok(()),
            Ok((major, minor)) => vocabulary(format!(
                "collection version {major}.{minor} is not supported; this reader reads {MAJOR}.x"
            )),
            Err(why) => vocabulary(format!("invalid version {version:?} on <{name}>: {why}")),
        }
    }

    /// One event inside the root, between records.
    fn inside(&mut self) -> Step {
        let event = match self.event() {
            Ok(event) => event,
            Err(err) => return Step::Yield(err),
        };
        let mut at = self.parser.events.last();
        let stray = std::mem::take(&mut self.stray);
        let (kind, message) = match event {
            Event::Start(start) => return self.child(self.parser.tag(start, false)),
            Event::Empty(start) => return self.child(self.parser.tag(start, true)),
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
                if let Event::Text(t) = &event {
                    let blank = t.bytes().take_while(|&b| is_blank_byte(b)).count();
                    at.advance(t.as_bytes().get(..blank).unwrap_or_default());
                }
                let message = format!(
                    "text at column {} is not allowed between releases, only <release> elements",
                    at.column()
                );
                let error = self.vocabulary(at, &message);
                return Step::Yield(RecordError {
                    record: None,
                    line: at.line(),
                    fatal: false,
                    failure: Failure::xml(message, error),
                });
            }
            Event::End(_) => {
                self.state = State::Epilog;
                return Step::Continue;
            }
            Event::DocType(_) => (ErrorKind::Forbidden, DOCTYPE_REFUSED.to_owned()),
            Event::Decl(_) => (ErrorKind::Syntax, DECLARATION_MISPLACED.to_owned()),
            Event::Eof => (
                ErrorKind::Syntax,
                format!("the document ends before </{ROOT}>"),
            ),
        };
        Step::Yield(self.structure(at, (kind, message)))
    }

    /// A child of the root whose start tag was just read: a record to read, or an element
    /// that is not one, skipped through its end.
    fn child(&mut self, tag: Tag<'static>) -> Step {
        self.records += 1;
        let ours = self.parser.events.ours();
        let name = tag.start.name().into_inner();
        let local = tag.start.local_name().into_inner();
        if ours && local == "release" {
            return Step::Record(tag);
        }
        let message = if local == "release" {
            format!(
                "element <{name}> at column {} is not in the namespace {NAMESPACE}",
                tag.at.column()
            )
        } else {
            format!(
                "unknown element <{name}> at column {}: a collection holds <release> elements only",
                tag.at.column()
            )
        };
        let error = self.vocabulary(tag.at, &message);
        let failure = Failure::xml(message, error);
        Step::Yield(self.rejected(self.records, tag.at, failure))
    }

    /// Reads a record through its end tag, as a release.
    fn record(&mut self, tag: Tag<'static>) -> Result<Release, RecordError> {
        let record = self.records;
        let root = ROOT_AT;
        let at = root.child("release", Some(record));
        let error = match self.parser.release(&tag, &at) {
            Ok(release) => match self.limits.check(&release) {
                Ok(()) => return Ok(release),
                Err(e) => Error::beyond(e),
            },
            Err(error) => error,
        };
        if let Some(broken) = self.parser.events.broken() {
            return Err(self.stopped(Some(record), broken.clone(), error));
        }
        if self.parser.events.ended() {
            return Err(self.ends_inside(record, error));
        }
        let message = error.to_string();
        Err(self.rejected(record, tag.at, Failure::xml(message, error)))
    }

    /// The error about a record that does not read, once the rest of it is skipped: unless
    /// that fails, which ends the reading with its own error.
    fn rejected(&mut self, record: usize, start: Position, failure: Failure) -> RecordError {
        while self.parser.events.open_elements() > 1 {
            match self.parser.events.next() {
                Ok(Event::Eof) => {
                    let error = self.parser.error(
                        ErrorKind::Syntax,
                        self.parser.events.last(),
                        None,
                        "the document ends before this element is closed",
                    );
                    return self.ends_inside(record, error);
                }
                Ok(_) => {}
                Err(broken) => {
                    let error = self.parser.broken((*broken).clone(), None);
                    return self.stopped(Some(record), *broken, error);
                }
            }
        }
        RecordError {
            record: Some(record),
            line: start.line(),
            fatal: false,
            failure,
        }
    }

    /// The fatal error for input that cannot be read any further, `error` saying it as
    /// xml does.
    fn stopped(
        &mut self,
        record: Option<usize>,
        (why, at): (Broken, Position),
        error: Error,
    ) -> RecordError {
        let failure = match why {
            Broken::Xml(e) if OverBudget::caused(&e) => {
                let max = self.limits.input_bytes();
                Failure::Limit(LimitError::stream_input(LimitError::input(
                    max,
                    max.saturating_add(1),
                )))
            }
            Broken::Xml(quick_xml::Error::Io(e)) => Failure::Io(e),
            Broken::Xml(_) => Failure::xml(format!("invalid XML: {}", error.message()), error),
            Broken::DocType => Failure::xml(error.message().to_owned(), error),
        };
        self.fatal(record, at, failure)
    }

    /// The fatal error for a document that ends inside a record.
    fn ends_inside(&mut self, record: usize, error: Error) -> RecordError {
        let message = "the document ends inside this record".to_owned();
        let at = self.parser.events.last();
        self.fatal(Some(record), at, Failure::xml(message, error))
    }

    /// The fatal error for a collection whose structure is wrong, found at `at`.
    fn structure(&mut self, at: Position, (kind, message): (ErrorKind, String)) -> RecordError {
        let error = self.parser.error(kind, at, None, message.as_str());
        self.fatal(None, at, Failure::xml(message, error))
    }

    /// An error after which nothing more is read.
    fn fatal(&mut self, record: Option<usize>, at: Position, failure: Failure) -> RecordError {
        self.state = State::Done;
        RecordError {
            record,
            line: at.line(),
            fatal: true,
            failure,
        }
    }

    /// xml's error for something under the root that is not a release.
    fn vocabulary(&self, at: Position, message: &str) -> Error {
        let root = ROOT_AT;
        self.parser
            .error(ErrorKind::Vocabulary, at, Some(&root), message)
    }
}

/// XML's (and JSON's) white space.
pub(crate) fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn is_blank(text: &str) -> bool {
    text.bytes().all(is_blank_byte)
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;

    const GOLDEN: &str = include_str!("../../tests/golden/release-2025-16.xml");
    const ROOT_TAG: &str = "<c:releases xmlns:c=\"urn:caricc-release:1\" version=\"1.0\"\n    \
        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

    /// The golden release, indented over many lines, its elements prefixed `c:` and without
    /// a namespace declaration of its own: it relies on the root's.
    fn prefixed() -> String {
        let body = GOLDEN.split_once('\n').map_or(GOLDEN, |(_, rest)| rest);
        let body = body.replacen(" xmlns=\"urn:caricc-release:1\"", "", 1);
        let mut out = String::new();
        let mut rest = body.as_str();
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..=i]);
            rest = &rest[i + 1..];
            if let Some(after) = rest.strip_prefix('/') {
                out.push('/');
                rest = after;
            }
            out.push_str("c:");
        }
        out.push_str(rest);
        out
    }

    fn read(doc: &str) -> Vec<Result<Release, RecordError>> {
        let mut records = Records::new(doc.as_bytes(), Position::START);
        std::iter::from_fn(|| records.next()).collect()
    }

    /// The 1-based line and column (in characters) of `offset` in `text`.
    fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        )
    }

    #[test]
    fn records_relying_on_the_roots_prefix_read_on_later_lines_with_document_positions() {
        let release = crate::from_xml(GOLDEN).expect("the golden release reads");
        let record = prefixed();
        let bad = record.replacen("<c:heading>", "\n      <c:colour/><c:heading>", 1);
        let doc = format!(
            "<?xml version=\"1.0\"?>\n<!-- two releases -->\n{ROOT_TAG}\n{record}\n{bad}</c:releases>\n"
        );
        let items = read(&doc);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].as_ref().ok(), Some(&release));
        let Err(err) = &items[1] else {
            panic!("the second record does not read");
        };
        let second = doc.match_indices("<c:release ").nth(1).map(|(i, _)| i);
        let colour = doc.find("<c:colour/>");
        let (Some(second), Some(colour)) = (second, colour) else {
            panic!("two records, one colour");
        };
        assert_eq!((err.record, err.fatal), (Some(2), false));
        assert_eq!(err.line, line_and_column(&doc, second).0);
        let Failure::Xml { message, error } = &err.failure else {
            panic!("an XML error: {err:?}");
        };
        let (line, column) = line_and_column(&doc, colour);
        assert!(line > 400, "a later line: {line}");
        assert_eq!((error.line(), error.column()), (line, column));
        assert_eq!(error.path(), "/releases/release[2]/sections/section[1]");
        assert_eq!(error.kind(), ErrorKind::Vocabulary);
        assert_eq!(
            message,
            &format!(
                "invalid release XML at line {line}, column {column} in \
                 /releases/release[2]/sections/section[1]: unknown element <colour>"
            )
        );
    }

    #[test]
    fn a_prefix_the_root_does_not_declare_is_not_well_formed_and_ends_the_reading() {
        let record = prefixed().replacen("<c:title>", "<d:title>", 1);
        let doc = format!("{ROOT_TAG}\n{record}</c:releases>\n");
        let items = read(&doc);
        assert_eq!(items.len(), 1, "{items:?}");
        let Err(err) = &items[0] else {
            panic!("an unbound prefix reads");
        };
        assert_eq!((err.record, err.fatal), (Some(1), true));
        let title = doc.find("<d:title>").expect("the title");
        assert_eq!(err.line, line_and_column(&doc, title).0);
        let Failure::Xml { message, error } = &err.failure else {
            panic!("an XML error: {err:?}");
        };
        assert!(message.starts_with("invalid XML: "), "{message}");
        assert!(error.source().is_some_and(|e| e.is::<quick_xml::Error>()));
    }

    #[test]
    fn a_record_that_does_not_read_is_skipped_through_its_end_tag() {
        let record = prefixed();
        let bad = record.replacen(
            "<c:title>",
            "<c:colour><c:deep><c:er/></c:deep></c:colour><c:title>",
            1,
        );
        let doc = format!("{ROOT_TAG}{bad}{record}</c:releases>");
        let items = read(&doc);
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(items[0].as_ref().is_err_and(|e| !e.fatal));
        assert!(items[1].is_ok());
    }

    #[test]
    fn a_record_over_the_input_limit_keeps_the_limit() {
        let doc = format!("{ROOT_TAG}{}</c:releases>", prefixed());
        let mut records = Records::new(doc.as_bytes(), Position::START);
        records.set_limits(Limits::default().with_input_bytes(1_000));
        let Some(Err(err)) = records.next() else {
            panic!("the record is too large");
        };
        assert_eq!((err.record, err.fatal), (Some(1), true));
        let Failure::Limit(limit) = &err.failure else {
            panic!("a limit: {err:?}");
        };
        assert_eq!(limit.limit(), crate::limits::Limit::InputBytes);
        assert!(records.next().is_none());
    }
}
