//! Reading JSON Lines: one release per line, each read with [`from_json`](crate::from_json)'s
//! rules; blank lines skipped, a line longer than the input limit skipped with an error
//! without being held in memory.

use std::io::{self, BufRead};
use std::sync::Arc;

use super::ReadError;
use crate::Release;
use crate::limits::{LimitError, Limits};
use crate::xml::{BOM, Position, is_blank_byte};

/// The records of a JSON Lines stream, read one line at a time.
pub(super) struct JsonLines<R> {
    reader: R,
    buf: Vec<u8>,
    /// The line last read (1-based).
    line: usize,
    /// Whether the next line is the first of the input (may start with a byte order mark).
    first: bool,
    records: usize,
    done: bool,
    pub(super) limits: Limits,
}

impl<R: BufRead> JsonLines<R> {
    pub(super) fn new(reader: R, at: Position) -> Self {
        JsonLines {
            reader,
            buf: Vec::new(),
            line: at.line() - 1,
            first: at.offset == 0,
            records: 0,
            done: false,
            limits: Limits::DEFAULT,
        }
    }

    pub(super) fn next(&mut self) -> Option<Result<Release, ReadError>> {
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
                    let line = Some(self.line + 1);
                    return Some(Err(ReadError::io(None, line, Arc::new(e))));
                }
            };
            self.line += 1;
            if consumed > self.buf.len() - usize::from(self.buf.ends_with(b"\n")) {
                // Cut short: never skipped as blank, never read as a record.
                self.records += 1;
                let e = LimitError::input(max, consumed);
                return Some(Err(ReadError::beyond(self.records, self.line, e)));
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
            return Some(record(bytes, self.records, self.line, &self.limits));
        }
    }
}

/// Reads the line `line`, record `record` (without its line ending), as a release.
fn record(bytes: &[u8], record: usize, line: usize, limits: &Limits) -> Result<Release, ReadError> {
    limits
        .check_input(bytes.len())
        .map_err(|e| ReadError::beyond(record, line, e))?;
    let text = std::str::from_utf8(bytes).map_err(|e| ReadError::not_utf8(record, line, e))?;
    crate::json::from_json_with_limits(text, limits).map_err(|e| ReadError::json(record, line, e))
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
