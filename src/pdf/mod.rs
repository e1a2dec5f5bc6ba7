//! Positioned text out of a PDF: [`pages`] reads the bytes of a PDF into [`Page`]s of
//! [`TextRun`]s and [`Link`]s, refusing hostile or unreadable files with an [`Error`] whose
//! [`ErrorKind`] says why. Only with the `pdf` feature.
//!
//! The objects, streams and encryption of the file are read with
//! [lopdf](https://docs.rs/lopdf) (docs/pdf-crate.md in the repository says why); the content
//! streams are interpreted here: the text state (`Tc`, `Tw`, `Tz`, `TL`, `Tf`, `Ts`), the text
//! and line matrices (`Tm`, `Td`, `TD`, `T*`), the show operators (`Tj`, `TJ`, `'`, `"`), the
//! graphics state (`cm`, `q`, `Q`) and form XObjects (`Do`). Text comes from each font's
//! `/ToUnicode` map (`bfchar` and `bfrange`), else, for simple fonts, from its encoding
//! (WinAnsi, the ASCII part of Standard and MacRoman, glyph names of `/Differences`
//! including `uniXXXX` and the Cyrillic `afii` names), else, for composite fonts with a
//! predefined `Uni…-UCS2` CMap, from the codes themselves.
//!
//! # Coordinates
//!
//! Points (1/72 inch) from the **top-left** corner of the page's `/MediaBox`, `y` growing
//! downwards; a run's `y` is its **baseline**. Links use the same coordinates. `/Rotate` is not
//! applied.
//!
//! # Runs and spaces
//!
//! A run is a contiguous sequence of glyphs in one font and size on one baseline: glyphs of
//! consecutive show operators join the run when they continue it. Where the gap between two
//! glyphs (a `TJ` adjustment included) is more than 0.25 em, a space is put in, so words are
//! separated as `pdftotext` separates them; a gap of more than 1.5 em, or going back more
//! than 0.5 em, starts a new run.
//!
//! # Untrusted input
//!
//! Every input gives pages or an [`Error`], never a panic: the header and the nesting depth
//! are checked on the raw bytes before anything is parsed; parsing runs on its own thread
//! with a large stack, and a panic of the parser is caught and reported as
//! [`ErrorKind::Internal`]; every stream is decompressed with a bound ([`PdfLimits`]), so a
//! decompression bomb stops at the limit instead of inflating. A file encrypted with an empty
//! user password (only an owner password that restricts printing or copying) is decrypted and
//! read; one that needs a password to open is refused ([`ErrorKind::Encrypted`]). A file
//! without `%%EOF` in its last kilobyte is taken as truncated ([`ErrorKind::Corrupt`]). A font whose glyphs cannot be
//! decoded (one glyph in ten or more) is refused ([`ErrorKind::NoUnicode`]) rather than
//! turned into garbage; a rarer undecodable glyph becomes U+FFFD.
//!
//! ```
//! use caricc_release::pdf::{self, PdfLimits};
//!
//! let bytes = pdf::sample();
//! let pages = pdf::pages(&bytes, &PdfLimits::default())?;
//! assert_eq!(pages[0].runs[0].text, "Hello, world");
//! assert!(pages[0].runs[0].bold);
//! # Ok::<(), pdf::Error>(())
//! ```

mod budget;
mod cmap;
mod document;
mod encoding;
mod error;
mod font;
mod interp;
mod limits;
mod lines;
mod release;
mod scan;

pub use error::{Error, ErrorKind, PdfLimit};
pub use limits::{PDF_DEPTH_CEILING, PdfLimits};
pub use release::{from_pdf, from_pdf_in_language, from_pdf_with_limits};

pub use crate::assemble::{Diagnostic, DiagnosticCode, Parsed};

use std::panic::{AssertUnwindSafe, catch_unwind};

/// The stack of the thread that parses: deep enough for the parser's own bounded recursion.
const PARSER_STACK: usize = 64 * 1024 * 1024;

/// One page: its size and the text and links on it.
///
/// ```
/// use caricc_release::pdf::{self, PdfLimits};
///
/// let page = &pdf::pages(&pdf::sample(), &PdfLimits::default())?[0];
/// assert_eq!((page.number, page.width, page.height), (1, 612.0, 792.0));
/// # Ok::<(), pdf::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// 1 for the first page.
    pub number: u32,
    /// Width of the `/MediaBox`, in points.
    pub width: f32,
    /// Height of the `/MediaBox`, in points.
    pub height: f32,
    /// The text, run by run, in the order the page draws it.
    pub runs: Vec<TextRun>,
    /// The links to URIs.
    pub links: Vec<Link>,
}

/// A contiguous sequence of glyphs in one font, size and baseline.
///
/// ```
/// use caricc_release::pdf::{self, PdfLimits};
///
/// let run = &pdf::pages(&pdf::sample(), &PdfLimits::default())?[0].runs[0];
/// assert_eq!((run.x, run.y, run.font_size), (72.0, 92.0, 12.0));
/// assert_eq!(run.font, "Helvetica-Bold");
/// assert!(run.bold && !run.italic);
/// # Ok::<(), pdf::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge of the first glyph, in points from the left of the page.
    pub x: f32,
    /// Baseline, in points from the top of the page.
    pub y: f32,
    /// Advance from the first glyph's origin to past the last glyph, in points.
    pub width: f32,
    /// The font size on the page: the `Tf` size scaled by the text matrix and the CTM.
    pub font_size: f32,
    /// The font is bold: by its name (`…-Bold`, `…Black`, `…Semibold`), its descriptor's
    /// force-bold flag or a `/FontWeight` of 600 or more.
    pub bold: bool,
    /// The font is italic: by its name (`…Italic`, `…Oblique`), its descriptor's italic
    /// flag or a non-zero `/ItalicAngle`.
    pub italic: bool,
    /// The font's `/BaseFont` without a subset prefix (`ABCDEF+`).
    pub font: String,
    /// The text of the glyphs, with spaces put in where the gap is wider than 0.25 em.
    pub text: String,
}

/// A link annotation (`/Subtype /Link`) whose action opens a URI.
///
/// ```
/// use caricc_release::pdf::{self, PdfLimits};
///
/// let link = &pdf::pages(&pdf::sample(), &PdfLimits::default())?[0].links[0];
/// assert_eq!(link.uri, "https://caricc.org/");
/// assert_eq!(link.rect, [72.0, 80.0, 150.0, 95.0]);
/// # Ok::<(), pdf::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// `[x0, y0, x1, y1]`: left, top, right, bottom, in the coordinates of [`TextRun`].
    pub rect: [f32; 4],
    /// The URI, as the file gives it.
    pub uri: String,
}

/// Reads every page of the PDF `bytes`.
///
/// ```
/// use caricc_release::pdf::{self, ErrorKind, PdfLimits};
///
/// let pages = pdf::pages(&pdf::sample(), &PdfLimits::default())?;
/// assert_eq!(pages.len(), 1);
/// let err = pdf::pages(b"%PDF-1.4\n%%EOF", &PdfLimits::default()).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Corrupt);
/// # Ok::<(), pdf::Error>(())
/// ```
///
/// # Errors
///
/// An [`Error`] whose [`kind`](Error::kind) is [`ErrorKind::NotPdf`], `Encrypted`,
/// `NoTextLayer` (only images), `NoUnicode` (a font without a usable Unicode map), `Corrupt`,
/// `Limit` (which of the [`PdfLimits`]) or `Internal` (a panic of the parser, caught).
pub fn pages(bytes: &[u8], limits: &PdfLimits) -> Result<Vec<Page>, Error> {
    if bytes.len() > limits.input_bytes() {
        return Err(Error::limit_exceeded(
            PdfLimit::InputBytes,
            limits.input_bytes(),
            "the file has",
        ));
    }
    scan::check_header(bytes)?;
    scan::check_end(bytes)?;
    scan::check_depth(bytes, limits.depth())?;
    let limits = *limits;
    std::thread::scope(|scope| {
        let parser = std::thread::Builder::new()
            .name("caricc-pdf".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, move || {
                catch_unwind(AssertUnwindSafe(|| read(bytes, limits)))
                    .unwrap_or_else(|panic| Err(Error::internal(&panic_text(&*panic))))
            });
        match parser {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(Error::internal("the parser thread died"))),
            // No thread to be had: parse here, still catching a panic.
            Err(_) => catch_unwind(AssertUnwindSafe(|| read(bytes, limits)))
                .unwrap_or_else(|panic| Err(Error::internal(&panic_text(&*panic)))),
        }
    })
}

fn read(bytes: &[u8], limits: PdfLimits) -> Result<Vec<Page>, Error> {
    let mut budget = budget::Budget::new(limits);
    let doc = document::load(bytes, &budget)?;
    document::read_pages(&doc, &mut budget)
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// A small PDF made here: one page of US Letter with "Hello, world" in Helvetica-Bold 12 pt
/// at (72, 92) from the top left, and a link to `https://caricc.org/`. For examples and
/// tests.
///
/// ```
/// assert!(caricc_release::pdf::sample().starts_with(b"%PDF-1.4"));
/// ```
pub fn sample() -> Vec<u8> {
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold \
                /Encoding /WinAnsiEncoding >>";
    let content = "BT /F1 12 Tf 72 700 Td (Hello, world) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [6 0 R] >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        font.to_owned(),
        "<< /Type /Annot /Subtype /Link /Rect [72 697 150 712] \
         /A << /S /URI /URI (https://caricc.org/) >> >>"
            .to_owned(),
    ];
    assemble(&objects)
}

/// A PDF file of `objects` (numbered from 1, the first the catalog) with a correct xref.
fn assemble(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}
