//! The layer under the vocabulary: quick-xml's events, from a text held in memory or from a
//! stream read as it goes, each with its place in the input and its element's namespace
//! resolved. A DOCTYPE stops it, so nothing above ever sees one.

use std::io::{self, BufRead, Read};
use std::marker::PhantomData;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{NamespaceResolver, ResolveResult};
use quick_xml::reader::Reader;

use crate::xml::NAMESPACE;

/// A UTF-8 byte order mark.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A place in the input: the byte offset, and the 1-based line and column (in characters).
/// A text in memory leaves line and column 0, to be found from the offset when an error
/// needs them; a stream counts them as it reads (saturating: `u32`s keep every event's place
/// in two registers, which the reader's speed feels).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Position {
    /// Bytes before this place.
    pub(crate) offset: u64,
    /// 1-based line; 0 when not counted.
    pub(crate) line: u32,
    /// 1-based column, in characters; 0 when not counted.
    pub(crate) column: u32,
}

impl Position {
    /// The start of an input.
    pub(crate) const START: Position = Position {
        offset: 0,
        line: 1,
        column: 1,
    };

    /// The line, as errors give it.
    pub(crate) fn line(&self) -> usize {
        self.line as usize
    }

    /// The column, as errors give it.
    pub(crate) fn column(&self) -> usize {
        self.column as usize
    }

    /// Moves past `bytes` (a byte order mark at offset 0 takes no column).
    pub(crate) fn advance(&mut self, bytes: &[u8]) {
        let chars = |b: &[u8]| {
            let n = b.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        let mut bytes_for_columns = bytes;
        if self.offset == 0 && bytes.starts_with(BOM) {
            bytes_for_columns = &bytes[BOM.len()..];
        }
        self.offset += bytes.len() as u64;
        // Counting first (vectorised) spares the backward search when there is no newline.
        let newlines = bytes_for_columns.iter().filter(|&&b| b == b'\n').count();
        if newlines == 0 {
            self.column = self.column.saturating_add(chars(bytes_for_columns));
            return;
        }
        self.line = self
            .line
            .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
        let tail = match bytes_for_columns.iter().rposition(|&b| b == b'\n') {
            Some(last) => bytes_for_columns.get(last + 1..).unwrap_or_default(),
            None => bytes_for_columns,
        };
        self.column = chars(tail).saturating_add(1);
    }
}

/// Where events come from.
pub(crate) trait Source<'i> {
    /// The next event, or quick-xml's error.
    fn read(&mut self) -> quick_xml::Result<Event<'i>>;
    /// Where the next event begins.
    fn here(&self) -> Position;
    /// Where the error [`read`](Self::read) just returned was found.
    fn error_at(&self) -> Position;
    /// The line and column of a place.
    fn locate(&self, at: Position) -> (usize, usize);
}

/// quick-xml read as this crate reads every document: text untrimmed, empty elements as
/// such, end tags checked against their start tags.
fn configure<R>(reader: &mut Reader<R>) {
    let config = reader.config_mut();
    config.trim_text(false);
    config.expand_empty_elements = false;
    config.check_end_names = true;
}

/// A whole document in memory: events borrow from it, positions are found on demand.
pub(crate) struct Text<'i> {
    reader: Reader<&'i [u8]>,
    input: &'i str,
}

impl<'i> Text<'i> {
    pub(crate) fn new(input: &'i str) -> Self {
        // Positions count from after a byte-order mark, as the reader's do.
        let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
        let mut reader = Reader::from_str(input);
        configure(&mut reader);
        Text { reader, input }
    }

    fn at(offset: u64) -> Position {
        Position {
            offset,
            line: 0,
            column: 0,
        }
    }
}

impl<'i> Source<'i> for Text<'i> {
    #[inline]
    fn read(&mut self) -> quick_xml::Result<Event<'i>> {
        self.reader.read_event()
    }

    fn here(&self) -> Position {
        Text::at(self.reader.buffer_position())
    }

    fn error_at(&self) -> Position {
        Text::at(self.reader.error_position())
    }

    fn locate(&self, at: Position) -> (usize, usize) {
        let offset = usize::try_from(at.offset)
            .unwrap_or(usize::MAX)
            .min(self.input.len());
        let before = self.input.get(..offset).unwrap_or(self.input);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }
}

/// A byte stream read one event at a time, each event copied out of one reused buffer;
/// positions are counted as the bytes go by. Reads at most a budget of bytes, which its
/// owner refills.
pub(crate) struct Stream<R> {
    reader: Reader<Counting<R>>,
    buf: Vec<u8>,
    /// Where the event being read began.
    started: Position,
}

impl<R: BufRead> Stream<R> {
    /// Reads `reader`, whose first byte is at `at`, within `budget` bytes.
    pub(crate) fn new(reader: R, at: Position, budget: usize) -> Self {
        let mut reader = Reader::from_reader(Counting {
            inner: reader,
            position: at,
            budget,
        });
        configure(&mut reader);
        Stream {
            reader,
            buf: Vec::new(),
            started: at,
        }
    }

    /// Allows `budget` more bytes to be read.
    pub(crate) fn refill(&mut self, budget: usize) {
        self.reader.get_mut().budget = budget;
    }
}

impl<R: BufRead> Source<'static> for Stream<R> {
    fn read(&mut self) -> quick_xml::Result<Event<'static>> {
        self.started = self.here();
        self.buf.clear();
        self.reader
            .read_event_into(&mut self.buf)
            .map(Event::into_owned)
    }

    fn here(&self) -> Position {
        self.reader.get_ref().position
    }

    /// The start of the event that failed: the stream cannot go back to the byte.
    fn error_at(&self) -> Position {
        self.started
    }

    fn locate(&self, at: Position) -> (usize, usize) {
        (at.line(), at.column())
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
pub(crate) struct OverBudget;

impl OverBudget {
    /// Whether quick-xml failed because a [`Stream`] ran out of budget.
    pub(crate) fn caused(err: &quick_xml::Error) -> bool {
        match err {
            quick_xml::Error::Io(io) => io.get_ref().is_some_and(|inner| inner.is::<OverBudget>()),
            _ => false,
        }
    }
}

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

// ---------------------------------------------------------------- namespaces

/// Why the input cannot be read any further.
#[derive(Debug, Clone)]
pub(crate) enum Broken {
    /// quick-xml could not read on: not well-formed, a bad namespace declaration, a failed
    /// read.
    Xml(quick_xml::Error),
    /// A DOCTYPE: entities are never declared, so none is read past.
    DocType,
}

/// The events of one input with namespaces tracked: a scope is opened only for the
/// elements that declare one, which an `NsReader` would do for every element.
pub(crate) struct Events<'i, S> {
    source: S,
    ns: NamespaceResolver,
    /// Elements open, counting one just read empty until the next event.
    depth: usize,
    /// The depths of the open elements that opened a namespace scope, innermost last.
    scopes: Vec<usize>,
    /// The last event closed an element (an end tag or an empty one): leave it first.
    pending_pop: bool,
    /// Why reading stopped, and where; nothing is read after it.
    broken: Option<(Broken, Position)>,
    /// Where the last event began.
    last: Position,
    /// The last start tag is in the vocabulary's namespace.
    ours: bool,
    /// Where the last start tag's local name begins in its name (after `prefix:`).
    local: usize,
    /// The end of the input was read.
    ended: bool,
    _input: PhantomData<&'i str>,
}

impl<'i, S: Source<'i>> Events<'i, S> {
    pub(crate) fn new(source: S) -> Self {
        let last = source.here();
        Events {
            source,
            ns: NamespaceResolver::default(),
            depth: 0,
            scopes: Vec::new(),
            pending_pop: false,
            broken: None,
            last,
            ours: false,
            local: 0,
            ended: false,
            _input: PhantomData,
        }
    }

    /// The next event, namespaces resolved: [`last`](Self::last) says where it began and,
    /// for a start tag, [`ours`](Self::ours) and [`local`](Self::local) what it is named
    /// (kept here rather than returned, so the event moves alone). Comments, processing
    /// instructions and white space are given like any other event. Once the input cannot
    /// be read any further, why and where (boxed: every event's `Result` stays small).
    #[inline]
    pub(crate) fn next(&mut self) -> Result<Event<'i>, Box<(Broken, Position)>> {
        if let Some(broken) = &self.broken {
            return Err(Box::new(broken.clone()));
        }
        if self.pending_pop {
            self.pending_pop = false;
            if self.scopes.last() == Some(&self.depth) {
                self.scopes.pop();
                self.ns.pop();
            }
            self.depth = self.depth.saturating_sub(1);
        }
        let at = self.source.here();
        self.last = at;
        let event = match self.source.read() {
            Ok(event) => event,
            Err(e) => return Err(self.stop(Broken::Xml(e))),
        };
        match &event {
            Event::Start(start) | Event::Empty(start) => {
                self.depth += 1;
                self.pending_pop = matches!(event, Event::Empty(_));
                if let Err(e) = self.open(start) {
                    return Err(self.stop(Broken::Xml(e)));
                }
            }
            Event::End(_) => self.pending_pop = true,
            Event::DocType(_) => return Err(self.stop_at(Broken::DocType, at)),
            Event::Eof => self.ended = true,
            _ => {}
        }
        Ok(event)
    }

    /// Opens a start tag's namespace scope, if it declares one; notes whether it is ours,
    /// and where its local name begins.
    #[inline]
    fn open(&mut self, start: &BytesStart<'_>) -> quick_xml::Result<()> {
        // Every declaration is an `xmlns` or `xmlns:p` attribute, so a tag without those
        // letters declares nothing and needs no scope of its own.
        if may_declare(start.attributes_raw()) {
            self.ns.push(start)?;
            self.scopes.push(self.depth);
        }
        let (ns, local) = self.ns.resolve_element(start.name());
        self.ours = matches!(ns, ResolveResult::Bound(n) if n.into_inner() == NAMESPACE);
        self.local = start.name().into_inner().len() - local.into_inner().len();
        Ok(())
    }

    fn stop(&mut self, why: Broken) -> Box<(Broken, Position)> {
        let at = self.source.error_at();
        self.stop_at(why, at)
    }

    fn stop_at(&mut self, why: Broken, at: Position) -> Box<(Broken, Position)> {
        self.broken = Some((why.clone(), at));
        Box::new((why, at))
    }

    /// The namespaces in scope, for resolving attributes.
    pub(crate) fn resolver(&self) -> &NamespaceResolver {
        &self.ns
    }

    /// Elements open after the last event.
    pub(crate) fn open_elements(&self) -> usize {
        self.depth - usize::from(self.pending_pop)
    }

    /// Why reading stopped, and where, once it did.
    pub(crate) fn broken(&self) -> Option<&(Broken, Position)> {
        self.broken.as_ref()
    }

    /// Whether the end of the input was read.
    pub(crate) fn ended(&self) -> bool {
        self.ended
    }

    /// Where the last event began.
    pub(crate) fn last(&self) -> Position {
        self.last
    }

    /// Whether the last start tag is in the vocabulary's namespace.
    pub(crate) fn ours(&self) -> bool {
        self.ours
    }

    /// Where the last start tag's local name begins in its name (after `prefix:`).
    pub(crate) fn local(&self) -> usize {
        self.local
    }

    /// The line and column of a place.
    pub(crate) fn locate(&self, at: Position) -> (usize, usize) {
        self.source.locate(at)
    }

    pub(crate) fn source_mut(&mut self) -> &mut S {
        &mut self.source
    }
}

/// Whether a start tag's attributes may hold a namespace declaration: they spell `xmlns`.
#[inline]
fn may_declare(attributes: &str) -> bool {
    // `find(char)` is a memchr; `contains(&str)` sets up a substring search per tag.
    let mut rest = attributes;
    while let Some(i) = rest.find('x') {
        rest = &rest[i + 1..];
        if rest.starts_with("mlns") {
            return true;
        }
    }
    false
}
