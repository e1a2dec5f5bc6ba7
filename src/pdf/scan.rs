//! Cheap checks on the raw bytes before the parser sees them: the `%PDF-` header and the
//! nesting depth of arrays and dictionaries (so that no recursive parse can run deep).

use super::error::{Error, PdfLimit};

/// How far into the file the `%PDF-` header may start (as readers allow).
const HEADER_WINDOW: usize = 1024;

/// Fails with [`ErrorKind::NotPdf`](super::ErrorKind::NotPdf) unless `%PDF-` starts within the
/// first kilobyte.
pub(crate) fn check_header(bytes: &[u8]) -> Result<(), Error> {
    let window = &bytes[..bytes.len().min(HEADER_WINDOW + 5)];
    if window.windows(5).any(|w| w == b"%PDF-") {
        Ok(())
    } else {
        Err(Error::not_pdf())
    }
}

/// Fails with [`ErrorKind::Corrupt`](super::ErrorKind::Corrupt) when no `%%EOF` marker is in
/// the last kilobyte: the file was cut short (a download or copy that did not finish).
pub(crate) fn check_end(bytes: &[u8]) -> Result<(), Error> {
    let tail = &bytes[bytes.len().saturating_sub(HEADER_WINDOW)..];
    if tail.windows(5).any(|w| w == b"%%EOF") {
        Ok(())
    } else {
        Err(Error::corrupt("it is truncated (no %%EOF at its end)"))
    }
}

/// Fails with the [`PdfLimit::Depth`] error when arrays and dictionaries outside strings,
/// comments and stream data nest deeper than `max`.
pub(crate) fn check_depth(bytes: &[u8], max: usize) -> Result<(), Error> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => i = skip_literal(bytes, i),
            b'%' => i = skip_line(bytes, i),
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'<' => i = find_byte(bytes, i, b'>'),
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 2;
            }
            b'[' => {
                depth += 1;
                i += 1;
            }
            b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b's' if is_stream_keyword(bytes, i) => i = skip_stream(bytes, i),
            _ => i += 1,
        }
        if depth > max {
            return Err(Error::limit_exceeded(
                PdfLimit::Depth,
                max,
                "arrays or dictionaries nest",
            ));
        }
    }
    Ok(())
}

/// The index after the literal string opening at `start` (nested parentheses, escapes).
fn skip_literal(bytes: &[u8], start: usize) -> usize {
    let mut level = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'(' => level += 1,
            b')' => {
                level -= 1;
                if level == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn skip_line(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |p| start + p + 1)
}

fn find_byte(bytes: &[u8], start: usize, byte: u8) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b == byte)
        .map_or(bytes.len(), |p| start + p + 1)
}

/// `stream` as a keyword at `i`: not the end of `endstream`, and followed by an end of line.
fn is_stream_keyword(bytes: &[u8], i: usize) -> bool {
    bytes[i..].starts_with(b"stream")
        && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
        && matches!(bytes.get(i + 6), Some(b'\r' | b'\n'))
}

/// The index after the `endstream` that closes the stream whose keyword is at `i`.
fn skip_stream(bytes: &[u8], i: usize) -> usize {
    let data = i + 6;
    bytes[data..]
        .windows(9)
        .position(|w| w == b"endstream")
        .map_or(bytes.len(), |p| data + p + 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_outside_strings_and_streams() {
        assert!(check_depth(b"[[[ ]]]", 3).is_ok());
        assert!(check_depth(b"[[[[ ]]]]", 3).is_err());
        assert!(check_depth(b"<< /A << /B [ (((([[[[) ] >> >>", 3).is_ok());
        assert!(check_depth(b"stream\n[[[[[[endstream [", 1).is_ok());
        assert!(check_depth(b"% [[[[[[\n[", 1).is_ok());
    }

    #[test]
    fn header_within_a_kilobyte() {
        assert!(check_header(b"junk%PDF-1.4").is_ok());
        assert!(check_header(b"%PS-Adobe").is_err());
    }
}
