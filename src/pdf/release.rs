//! A release from the bytes of its PDF: positioned text ([`super::pages`]) into printed
//! lines ([`super::lines`]), then the same blocks and the same assembler as the text reader's.

use super::{Error, PdfLimits, lines, pages};
use crate::assemble::{self, Parsed};
use crate::limits::Limits;

/// Reads a release from the bytes of its PDF, within the default [`PdfLimits`] and
/// [`Limits`]: the release and what the reader had to guess or repair, each diagnostic naming
/// its page.
///
/// ```
/// use caricc_release::pdf;
///
/// let bytes = std::fs::read("tests/fixtures/pdf/release-2025-16.office.pdf")?;
/// let parsed = pdf::from_pdf(&bytes)?;
/// assert_eq!(parsed.release.id().to_string(), "#16/2025");
/// assert_eq!(parsed.release.sections.len(), 4);
/// assert!(parsed.diagnostics.iter().all(|d| d.page().is_some()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Every [`ErrorKind`](super::ErrorKind): a file that is no PDF, encrypted, a scan without
/// text, fonts without a Unicode map, a damaged file, one beyond the [`PdfLimits`]; and a PDF
/// that is not a release ([`ErrorKind::NotARelease`](super::ErrorKind::NotARelease)) or whose
/// release goes beyond the [`Limits`].
pub fn from_pdf(bytes: &[u8]) -> Result<Parsed, Error> {
    from_pdf_with_limits(bytes, &PdfLimits::default(), &Limits::DEFAULT)
}

/// Reads a release from the bytes of its PDF within `pdf_limits` (of the file) and `limits`
/// (of the release read).
///
/// ```
/// use caricc_release::limits::Limits;
/// use caricc_release::pdf::{self, ErrorKind, PdfLimits};
///
/// let bytes = std::fs::read("tests/fixtures/pdf/release-2025-16.chromium.pdf")?;
/// let few = Limits::default().with_articles(3);
/// let err = pdf::from_pdf_with_limits(&bytes, &PdfLimits::default(), &few).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::ReleaseLimit(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`from_pdf`], with these limits.
pub fn from_pdf_with_limits(
    bytes: &[u8],
    pdf_limits: &PdfLimits,
    limits: &Limits,
) -> Result<Parsed, Error> {
    let pages = pages(bytes, pdf_limits)?;
    let lines = lines::printed_lines(&pages);
    let blocks = assemble::printed::blocks(lines);
    let parsed = assemble::release(&blocks, None).map_err(Error::not_a_release)?;
    limits.check(&parsed.release).map_err(Error::beyond)?;
    Ok(parsed)
}
