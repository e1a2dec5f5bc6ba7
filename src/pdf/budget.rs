//! What the reading of one document has spent: decompressed bytes and operators.

use lopdf::{DecompressError, Stream};

use super::error::{Error, PdfLimit};
use super::limits::PdfLimits;

/// Counts decompressed bytes and operators against the [`PdfLimits`].
#[derive(Debug)]
pub(crate) struct Budget {
    pub(crate) limits: PdfLimits,
    bytes: usize,
    operators: usize,
}

impl Budget {
    pub(crate) fn new(limits: PdfLimits) -> Self {
        Budget {
            limits,
            bytes: 0,
            operators: 0,
        }
    }

    /// The decoded data of `stream`, never inflating more than the limits leave.
    pub(crate) fn decode(&mut self, stream: &Stream) -> Result<Vec<u8>, Error> {
        let left = self.limits.total_bytes().saturating_sub(self.bytes);
        let (max, limit) = if left < self.limits.stream_bytes() {
            (left, PdfLimit::TotalBytes)
        } else {
            (self.limits.stream_bytes(), PdfLimit::StreamBytes)
        };
        match stream.get_plain_content_with_limit(max) {
            Ok(data) => {
                self.bytes += data.len();
                Ok(data)
            }
            Err(lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
                let what = match limit {
                    PdfLimit::TotalBytes => "all streams together decompress to",
                    _ => "a stream decompresses to",
                };
                let max = match limit {
                    PdfLimit::TotalBytes => self.limits.total_bytes(),
                    _ => max,
                };
                Err(Error::limit_exceeded(limit, max, what))
            }
            Err(err) => Err(Error::corrupt("a stream cannot be decompressed").with_source(err)),
        }
    }

    /// Counts one operator; fails past the limit.
    pub(crate) fn operator(&mut self) -> Result<(), Error> {
        self.operators += 1;
        if self.operators > self.limits.operators() {
            return Err(Error::limit_exceeded(
                PdfLimit::Operators,
                self.limits.operators(),
                "the content streams hold",
            ));
        }
        Ok(())
    }
}
