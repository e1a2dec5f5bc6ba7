//! [`PdfLimits`]: what [`pages`](super::pages) accepts.

/// Bounds on what [`pages`](super::pages) reads, so that a hostile PDF costs bounded time
/// and memory; a PDF beyond one fails with [`ErrorKind::Limit`](super::ErrorKind::Limit)
/// naming it.
///
/// | limit | default | what it counts |
/// |---|---:|---|
/// | [`input_bytes`](PdfLimits::input_bytes) | 256 MiB | bytes of the file |
/// | [`stream_bytes`](PdfLimits::stream_bytes) | 64 MiB | decompressed bytes of one stream |
/// | [`total_bytes`](PdfLimits::total_bytes) | 256 MiB | decompressed bytes of all streams read |
/// | [`pages`](PdfLimits::pages) | 10,000 | pages |
/// | [`depth`](PdfLimits::depth) | 64 (at most 90) | nesting of arrays, dictionaries and form XObjects |
/// | [`operators`](PdfLimits::operators) | 10,000,000 | content-stream operators, all pages |
///
/// ```
/// use caricc_release::pdf::PdfLimits;
///
/// let strict = PdfLimits::default().with_pages(50).with_stream_bytes(1 << 20);
/// assert_eq!(strict.pages(), 50);
/// assert_eq!(strict.depth(), PdfLimits::DEFAULT.depth());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PdfLimits {
    input_bytes: usize,
    stream_bytes: usize,
    total_bytes: usize,
    pages: usize,
    depth: usize,
    operators: usize,
}

/// The deepest nesting allowed whatever the limits say: the parser underneath refuses
/// deeper objects itself (at 100 levels), and this reader names the limit before it does.
pub const PDF_DEPTH_CEILING: usize = 90;

impl Default for PdfLimits {
    fn default() -> Self {
        PdfLimits::DEFAULT
    }
}

impl PdfLimits {
    /// The defaults (see the table above).
    pub const DEFAULT: PdfLimits = PdfLimits {
        input_bytes: 256 * 1024 * 1024,
        stream_bytes: 64 * 1024 * 1024,
        total_bytes: 256 * 1024 * 1024,
        pages: 10_000,
        depth: 64,
        operators: 10_000_000,
    };

    /// The most bytes of the file.
    pub fn input_bytes(&self) -> usize {
        self.input_bytes
    }

    /// The most bytes one stream may decompress to; decompression stops there.
    pub fn stream_bytes(&self) -> usize {
        self.stream_bytes
    }

    /// The most decompressed bytes of all streams read, together.
    pub fn total_bytes(&self) -> usize {
        self.total_bytes
    }

    /// The most pages.
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// The deepest nesting of arrays and dictionaries, and of form XObjects.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The most content-stream operators, all pages together.
    pub fn operators(&self) -> usize {
        self.operators
    }

    /// The same limits with at most `bytes` of file.
    pub fn with_input_bytes(mut self, bytes: usize) -> Self {
        self.input_bytes = bytes;
        self
    }

    /// The same limits with at most `bytes` decompressed per stream.
    pub fn with_stream_bytes(mut self, bytes: usize) -> Self {
        self.stream_bytes = bytes;
        self
    }

    /// The same limits with at most `bytes` decompressed in all.
    pub fn with_total_bytes(mut self, bytes: usize) -> Self {
        self.total_bytes = bytes;
        self
    }

    /// The same limits with at most `pages` pages.
    pub fn with_pages(mut self, pages: usize) -> Self {
        self.pages = pages;
        self
    }

    /// The same limits with at most `levels` of nesting, never more than
    /// [`PDF_DEPTH_CEILING`].
    ///
    /// ```
    /// use caricc_release::pdf::{PDF_DEPTH_CEILING, PdfLimits};
    ///
    /// assert_eq!(PdfLimits::default().with_depth(10_000).depth(), PDF_DEPTH_CEILING);
    /// ```
    pub fn with_depth(mut self, levels: usize) -> Self {
        self.depth = levels.min(PDF_DEPTH_CEILING);
        self
    }

    /// The same limits with at most `operators` content-stream operators.
    pub fn with_operators(mut self, operators: usize) -> Self {
        self.operators = operators;
        self
    }
}
