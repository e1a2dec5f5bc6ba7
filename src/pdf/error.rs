//! The error of [`pages`](super::pages): what went wrong, as a [`ErrorKind`], and what to do.

use std::fmt;

/// Why a PDF was refused.
///
/// ```
/// use caricc_release::pdf::{self, ErrorKind, PdfLimits};
///
/// let err = pdf::pages(b"hello", &PdfLimits::default()).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NotPdf);
/// assert!(err.to_string().starts_with("not a PDF"));
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// What kind of problem an [`Error`] is.
///
/// ```
/// use caricc_release::pdf::{ErrorKind, PdfLimit};
///
/// assert_ne!(ErrorKind::Limit(PdfLimit::Pages), ErrorKind::Corrupt);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The input does not start with `%PDF-` (after at most 1,024 bytes of anything).
    NotPdf,
    /// The PDF is encrypted and cannot be opened without a password.
    Encrypted,
    /// The PDF draws images but no text: a scan without OCR.
    NoTextLayer,
    /// A font's glyphs cannot be turned into text: no `/ToUnicode` map and an encoding whose
    /// glyph names say nothing.
    NoUnicode,
    /// The file is truncated or broken beyond what the reader repairs.
    Corrupt,
    /// The PDF goes beyond one of the [`PdfLimits`](super::PdfLimits).
    Limit(PdfLimit),
    /// The third-party PDF parser panicked; the panic was caught.
    Internal,
    /// The PDF reads, but it is not a CARICC release ([`from_pdf`](super::from_pdf)).
    NotARelease,
    /// The release read goes beyond one of the crate's [`Limits`](crate::limits::Limits).
    ReleaseLimit(crate::limits::Limit),
}

/// Which of the [`PdfLimits`](super::PdfLimits) a PDF went beyond.
///
/// ```
/// use caricc_release::pdf::PdfLimit;
///
/// assert_eq!(PdfLimit::StreamBytes.to_string(), "stream_bytes");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PdfLimit {
    /// Bytes of the whole file.
    InputBytes,
    /// Decompressed bytes of one stream.
    StreamBytes,
    /// Decompressed bytes of all streams together.
    TotalBytes,
    /// Pages of the document.
    Pages,
    /// Nesting of arrays and dictionaries (and of form XObjects drawn inside each other).
    Depth,
    /// Content-stream operators, all pages together.
    Operators,
}

impl fmt::Display for PdfLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PdfLimit::InputBytes => "input_bytes",
            PdfLimit::StreamBytes => "stream_bytes",
            PdfLimit::TotalBytes => "total_bytes",
            PdfLimit::Pages => "pages",
            PdfLimit::Depth => "depth",
            PdfLimit::Operators => "operators",
        })
    }
}

impl Error {
    /// What kind of problem this is.
    ///
    /// ```
    /// use caricc_release::pdf::{self, ErrorKind, PdfLimits};
    ///
    /// let err = pdf::pages(b"%PDF-1.7\n", &PdfLimits::default()).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Corrupt);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The limit the PDF went beyond, if that is the problem.
    ///
    /// ```
    /// use caricc_release::pdf::{self, PdfLimit, PdfLimits};
    ///
    /// let limits = PdfLimits::default().with_input_bytes(4);
    /// let err = pdf::pages(b"%PDF-1.7\n", &limits).unwrap_err();
    /// assert_eq!(err.limit(), Some(PdfLimit::InputBytes));
    /// ```
    pub fn limit(&self) -> Option<PdfLimit> {
        match self.kind {
            ErrorKind::Limit(limit) => Some(limit),
            _ => None,
        }
    }

    fn new(kind: ErrorKind, message: String) -> Self {
        Error {
            kind,
            message,
            source: None,
        }
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub(crate) fn not_pdf() -> Self {
        Error::new(
            ErrorKind::NotPdf,
            "not a PDF: the input does not start with %PDF-; give the PDF file itself".into(),
        )
    }

    pub(crate) fn encrypted() -> Self {
        Error::new(
            ErrorKind::Encrypted,
            "the PDF is encrypted: save an unencrypted copy and try again".into(),
        )
    }

    pub(crate) fn no_text_layer() -> Self {
        Error::new(
            ErrorKind::NoTextLayer,
            "no text layer: the PDF holds only images; run OCR first".into(),
        )
    }

    pub(crate) fn no_unicode(font: &str, page: u32) -> Self {
        Error::new(
            ErrorKind::NoUnicode,
            format!(
                "font {font:?} on page {page} has no usable Unicode map, so its text cannot be \
                 decoded; export the PDF again with Unicode fonts, or run OCR"
            ),
        )
    }

    pub(crate) fn corrupt(detail: impl fmt::Display) -> Self {
        Error::new(
            ErrorKind::Corrupt,
            format!(
                "the PDF is damaged: {detail}; open and save it again (or print it to a new PDF) \
                 and retry"
            ),
        )
    }

    pub(crate) fn limit_exceeded(limit: PdfLimit, max: usize, what: &str) -> Self {
        Error::new(
            ErrorKind::Limit(limit),
            format!(
                "the PDF goes beyond a limit: {what} more than {max} ({limit}); raise \
                 PdfLimits::{limit} if the file is trusted"
            ),
        )
    }

    /// The text is there, but no release: what the assembler missed, and where.
    pub(crate) fn not_a_release(failure: crate::assemble::NotARelease) -> Self {
        let page = failure.at.page.unwrap_or(1);
        Error::new(
            ErrorKind::NotARelease,
            format!(
                "not a release (page {page}): {}; is this a CARICC Information Release?",
                failure.message
            ),
        )
    }

    /// The release read goes beyond one of the crate's limits.
    pub(crate) fn beyond(err: crate::limits::LimitError) -> Self {
        Error::new(
            ErrorKind::ReleaseLimit(err.limit()),
            format!("the release goes beyond a limit: {err}"),
        )
        .with_source(err)
    }

    pub(crate) fn internal(panic: &str) -> Self {
        Error::new(
            ErrorKind::Internal,
            format!(
                "the PDF parser failed internally ({panic}); the file is probably damaged, \
                 please report it"
            ),
        )
    }
}
