//! Release PDFs read directly: both producers' PDFs of release #16 and of a synthetic
//! 100-article release (`tests/fixtures/pdf/`) read back to what their pages carry, through
//! the one assembler the text reader uses.
#![cfg(feature = "pdf")]

#[path = "support/printed.rs"]
mod printed;

use std::fs;
use std::path::Path;

use caricc_release::layout::{self, DiagnosticCode};
use caricc_release::pdf::{self, ErrorKind, Parsed};
use printed::{expected, unsplit};

fn bytes(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf")
        .join(name);
    fs::read(&path).expect("the fixture PDF")
}

fn read(name: &str) -> Parsed {
    pdf::from_pdf(&bytes(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn both_producers_pdfs_of_release_16_read_back_exactly() {
    let want = expected("release-2025-16");
    for producer in ["office", "chromium"] {
        let got = read(&format!("release-2025-16.{producer}.pdf"));
        assert_eq!(got.release, want, "{producer}");
        assert!(
            got.release.validate().errors().next().is_none(),
            "{producer}"
        );
    }
}

#[test]
fn both_producers_pdfs_of_a_100_article_release_read_back() {
    let want = expected("synthetic-100");
    let office = read("synthetic-100.office.pdf").release;
    assert_eq!(office, want);
    assert_eq!(office.articles().count(), 100);
    // Chromium's text reads quotations that themselves open with a quotation mark
    // («“…” — …» said X) with their speaker; the Markdown the expected release is read from
    // cannot tell them, and leaves them as paragraphs. Compared as printed paragraphs.
    let chromium = read("synthetic-100.chromium.pdf").release;
    assert_eq!(unsplit(chromium), unsplit(want));
}

#[test]
fn a_pdf_and_its_pdftotext_text_read_the_same_through_one_assembler() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf");
    for producer in ["office", "chromium"] {
        let text = fs::read_to_string(
            dir.join(format!("release-2025-16.{producer}.pdftotext-layout.txt")),
        )
        .expect("the text");
        let from_text = layout::parse(&text).expect("the text reads").release;
        let from_pdf = read(&format!("release-2025-16.{producer}.pdf")).release;
        assert_eq!(from_pdf, from_text, "{producer}");
    }
}

/// The fixtures print the release's own contents pages; its sections really start on other
/// printed pages (`section-pages.tsv`), which the PDF knows.
#[test]
fn contents_pages_that_differ_from_the_pages_printed_are_diagnosed_by_page() {
    for producer in ["office", "chromium"] {
        let got = read(&format!("release-2025-16.{producer}.pdf"));
        let pages: Vec<&str> = got
            .diagnostics
            .iter()
            .filter(|d| d.code() == DiagnosticCode::ContentsPage)
            .map(|d| d.message())
            .collect();
        assert_eq!(pages.len(), 3, "{producer}: {pages:?}");
        assert!(pages[0].starts_with(
            "the contents give page 6 for REPUBLIC OF KAZAKHSTAN, but its section starts on page 5"
        ));
        assert!(got.diagnostics.iter().all(|d| d.page().is_some()));
        assert!(
            got.diagnostics
                .iter()
                .any(|d| d.to_string().starts_with("page 2, line "))
        );
    }
}

#[test]
fn a_pdf_that_is_no_release_is_refused_as_such() {
    let err = pdf::from_pdf(&bytes("libreoffice.pdf")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotARelease, "{err}");
    assert!(
        err.to_string().starts_with("not a release (page 1): "),
        "{err}"
    );
    assert!(!err.to_string().contains('\n'));
}
