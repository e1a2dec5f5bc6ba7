//! Release PDFs on the command line: told by their `%PDF-` header, whatever the file is
//! called, and read with the library's PDF reader.

use caricc_release::Limits;
use caricc_release::pdf::{self, PdfLimits};

use crate::input::Loaded;

/// How far into a file a PDF's header may stand (as the PDF reader allows).
const HEADER_WITHIN: usize = 1024;

/// Whether the first bytes of an input are a PDF's.
pub fn is_pdf(head: &[u8]) -> bool {
    head.windows(5).take(HEADER_WITHIN).any(|w| w == b"%PDF-")
}

/// The largest PDF read: `--max-input-bytes` when given, else the PDF reader's own limit.
pub fn input_limit(given: Option<usize>) -> usize {
    given.unwrap_or_else(|| PdfLimits::default().input_bytes())
}

/// Reads the release of a PDF, in the language `--language` gives, else the one its text is
/// written in; the error is a whole message (after `caricc: `).
pub fn read(bytes: &[u8], name: &str, limit: usize) -> Result<Loaded, String> {
    let pdf_limits = PdfLimits::default().with_input_bytes(limit);
    match crate::input::text_language() {
        Some(language) => pdf::from_pdf_in_language(bytes, language, &pdf_limits, &Limits::DEFAULT),
        None => pdf::from_pdf_with_limits(bytes, &pdf_limits, &Limits::DEFAULT),
    }
    .map(|parsed| Loaded {
        release: parsed.release,
        diagnostics: parsed.diagnostics,
    })
    .map_err(|e| format!("{name}: {e}"))
}
