//! Hostile and broken PDFs: each is refused with the right kind of error and a message that
//! says what to do, within bounded time and memory, never with a panic.
#![cfg(feature = "pdf")]

#[path = "support/pdf_bytes.rs"]
#[allow(dead_code)] // each test file uses part of it
mod pdf_bytes;

use std::time::{Duration, Instant};

use caricc_release::pdf::{self, Error, ErrorKind, Page, PdfLimit, PdfLimits};
use pdf_bytes::{
    HELVETICA, assemble, one_page, one_page_with, scan, stream, unicode_page, zeros_bomb,
};

/// Reads `bytes` with `limits`, failing the test if it took more than 10 s.
fn read_with(bytes: &[u8], limits: &PdfLimits) -> Result<Vec<Page>, Error> {
    let start = Instant::now();
    let result = pdf::pages(bytes, limits);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    result
}

fn refused(bytes: &[u8]) -> Error {
    read_with(bytes, &PdfLimits::default()).expect_err("the PDF should be refused")
}

fn text_pdf() -> Vec<u8> {
    one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET",
        vec![HELVETICA.as_bytes().to_vec()],
    )
}

#[test]
fn not_a_pdf() {
    let err = refused(b"<html>not a pdf</html>");
    assert_eq!(err.kind(), ErrorKind::NotPdf);
    assert_eq!(
        err.to_string(),
        "not a PDF: the input does not start with %PDF-; give the PDF file itself"
    );
    assert_eq!(refused(b"").kind(), ErrorKind::NotPdf);
}

#[test]
fn a_scan_has_no_text_layer() {
    let bytes = scan();
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::NoTextLayer);
    assert_eq!(
        err.to_string(),
        "no text layer: the PDF holds only images; run OCR first"
    );
}

#[test]
fn a_font_without_unicode_is_named() {
    let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /XYZABC+Custom /Encoding \
                 << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> >>"
        .to_vec();
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td <010203> Tj ET",
        vec![font],
    );
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::NoUnicode);
    assert_eq!(
        err.to_string(),
        "font \"Custom\" on page 1 has no usable Unicode map, so its text cannot be decoded; \
         export the PDF again with Unicode fonts, or run OCR"
    );
}

#[test]
fn a_symbolic_font_without_encoding_nor_map_is_refused() {
    let font =
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings /FontDescriptor 6 0 R >>".to_vec();
    let descriptor = b"<< /Type /FontDescriptor /FontName /Wingdings /Flags 4 >>".to_vec();
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td <8182> Tj ET",
        vec![font, descriptor],
    );
    assert_eq!(refused(&bytes).kind(), ErrorKind::NoUnicode);
}

#[test]
fn an_encrypted_pdf() {
    let encrypt = format!(
        "<< /Filter /Standard /V 1 /R 2 /O <{zeros}> /U <{zeros}> /P -4 >>",
        zeros = "00".repeat(32)
    );
    let bytes = one_page_with(
        "<< /Font << /F1 5 0 R >> >>",
        stream(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET", ""),
        vec![HELVETICA.as_bytes().to_vec(), encrypt.into_bytes()],
        "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ",
    );
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::Encrypted);
    assert_eq!(
        err.to_string(),
        "the PDF is encrypted: save an unencrypted copy and try again"
    );
}

#[test]
fn a_pdf_with_an_open_password() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf/libreoffice-open-password.pdf"
    );
    let err = refused(&std::fs::read(path).unwrap());
    assert_eq!(err.kind(), ErrorKind::Encrypted);
}

#[test]
fn a_truncated_file() {
    let bytes = text_pdf();
    let err = refused(&bytes[..bytes.len() * 2 / 3]);
    assert_eq!(err.kind(), ErrorKind::Corrupt);
    assert_eq!(
        err.to_string(),
        "the PDF is damaged: it is truncated (no %%EOF at its end); open and save it again (or \
         print it to a new PDF) and retry"
    );
}

#[test]
fn garbage_after_the_header() {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut bytes = b"%PDF-1.7\n".to_vec();
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        bytes.push(seed as u8);
    }
    assert_eq!(refused(&bytes).kind(), ErrorKind::Corrupt);
    bytes.extend_from_slice(b"\n%%EOF\n");
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::Corrupt);
    assert!(err.to_string().starts_with("the PDF is damaged: "), "{err}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "the parser's error is the source"
    );
}

#[test]
fn a_decompression_bomb_stops_at_the_limit() {
    // 2 GiB of zeros from 13 MB: refused at 64 MiB, never inflated further.
    let bomb = zeros_bomb(2 << 30);
    let bytes = one_page_with(
        "<< /Font << /F1 5 0 R >> >>",
        stream(&bomb, "/Filter /FlateDecode "),
        vec![HELVETICA.as_bytes().to_vec()],
        "",
    );
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::Limit(PdfLimit::StreamBytes));
    assert_eq!(err.limit(), Some(PdfLimit::StreamBytes));
    assert_eq!(
        err.to_string(),
        "the PDF goes beyond a limit: a stream decompresses to more than 67108864 \
         (stream_bytes); raise PdfLimits::stream_bytes if the file is trusted"
    );
}

#[test]
fn many_small_streams_meet_the_total() {
    let content = zeros_bomb(1 << 20);
    let bytes = one_page_with(
        "<< /Font << /F1 5 0 R >> >>",
        stream(&content, "/Filter /FlateDecode "),
        vec![HELVETICA.as_bytes().to_vec()],
        "",
    );
    let limits = PdfLimits::default().with_total_bytes(1000);
    let err = read_with(&bytes, &limits).unwrap_err();
    assert_eq!(err.limit(), Some(PdfLimit::TotalBytes));
}

#[test]
fn a_bomb_in_an_object_stream_is_refused_while_loading() {
    let objstm = stream(
        &zeros_bomb(1 << 30),
        "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ",
    );
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td (Hi) Tj ET",
        vec![HELVETICA.as_bytes().to_vec(), objstm],
    );
    // lopdf inflates object streams as it loads, bounded by the same limit.
    let result = read_with(&bytes, &PdfLimits::default());
    if let Err(err) = result {
        assert_ne!(err.kind(), ErrorKind::Internal, "{err}");
    }
}

fn nested_object(open: &str, close: &str, levels: usize) -> Vec<u8> {
    let mut object = open.repeat(levels);
    object.push_str(&close.repeat(levels));
    one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td (Hi) Tj ET",
        vec![HELVETICA.as_bytes().to_vec(), object.into_bytes()],
    )
}

#[test]
fn nesting_100_000_levels_is_refused_before_parsing() {
    for (open, close) in [("[", "]"), ("<< /A ", ">>")] {
        let err = refused(&nested_object(open, close, 100_000));
        assert_eq!(err.kind(), ErrorKind::Limit(PdfLimit::Depth));
        assert_eq!(
            err.to_string(),
            "the PDF goes beyond a limit: arrays or dictionaries nest more than 64 (depth); \
             raise PdfLimits::depth if the file is trusted"
        );
    }
    // Brackets inside strings and comments do not count.
    let quiet = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        format!("BT /F1 12 Tf 72 700 Td ({}) Tj ET", "\\[".repeat(1000)).as_bytes(),
        vec![HELVETICA.as_bytes().to_vec()],
    );
    assert!(read_with(&quiet, &PdfLimits::default()).is_ok());
}

#[test]
fn nesting_inside_a_compressed_content_stream_does_not_overflow() {
    let mut content = b"BT /F1 12 Tf 72 700 Td ".to_vec();
    content.extend(std::iter::repeat_n(b'[', 100_000));
    content.extend(std::iter::repeat_n(b']', 100_000));
    content.extend_from_slice(b" TJ ET");
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, &content).unwrap();
    let bytes = one_page_with(
        "<< /Font << /F1 5 0 R >> >>",
        stream(&z.finish().unwrap(), "/Filter /FlateDecode "),
        vec![HELVETICA.as_bytes().to_vec()],
        "",
    );
    // The content parser gives up at its own depth bound; the page has no text.
    let pages = read_with(&bytes, &PdfLimits::default()).unwrap();
    assert!(pages[0].runs.is_empty());
}

#[test]
fn a_form_that_draws_itself() {
    let form = stream(
        b"/Fm0 Do",
        "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Fm0 5 0 R >> >> ",
    );
    let bytes = one_page("<< /XObject << /Fm0 5 0 R >> >>", b"/Fm0 Do", vec![form]);
    let err = refused(&bytes);
    assert_eq!(err.kind(), ErrorKind::Limit(PdfLimit::Depth));
    assert!(
        err.to_string().contains("form XObjects nest more than 64"),
        "{err}"
    );
}

#[test]
fn operators_pages_and_input_are_bounded() {
    let many = "0 0 m ".repeat(1000);
    let bytes = one_page("<< >>", many.as_bytes(), vec![]);
    let limits = PdfLimits::default().with_operators(100);
    assert_eq!(
        read_with(&bytes, &limits).unwrap_err().limit(),
        Some(PdfLimit::Operators)
    );

    let limits = PdfLimits::default().with_pages(0);
    assert_eq!(
        read_with(&text_pdf(), &limits).unwrap_err().limit(),
        Some(PdfLimit::Pages)
    );

    let limits = PdfLimits::default().with_input_bytes(100);
    let err = read_with(&text_pdf(), &limits).unwrap_err();
    assert_eq!(err.limit(), Some(PdfLimit::InputBytes));
    assert!(err.to_string().contains("(input_bytes)"), "{err}");
}

#[test]
fn a_catalog_without_pages_is_damaged() {
    let bytes = assemble(&[b"<< /Type /Catalog >>".to_vec()], "");
    assert_eq!(refused(&bytes).kind(), ErrorKind::Corrupt);
}

#[test]
fn cut_anywhere_never_panics() {
    let bytes = text_pdf();
    for cut in (0..bytes.len()).step_by(7) {
        let mut part = bytes[..cut].to_vec();
        part.extend_from_slice(b"\n%%EOF\n");
        if let Err(err) = read_with(&part, &PdfLimits::default()) {
            assert_ne!(err.kind(), ErrorKind::Internal, "cut at {cut}: {err}");
        }
    }
}

/// A few random edits (bytes replaced, removed, inserted, bits flipped) to the real fixtures:
/// any answer but a caught panic will do. (A longer run of the same found nothing in 6,000
/// files; `fuzz/fuzz_targets/from_pdf.rs` goes further.)
#[test]
fn mutated_real_files_never_panic() {
    for name in ["chromium.pdf", "libreoffice.pdf"] {
        let path = format!("{}/tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
        let base = std::fs::read(path).unwrap();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..60 {
            let mut bytes = base.clone();
            for _ in 0..1 + next() % 8 {
                let at = (next() as usize) % bytes.len();
                match next() % 4 {
                    0 => bytes[at] = next() as u8,
                    1 => drop(bytes.remove(at)),
                    2 => bytes.insert(at, b"[(<>)]/ 0123456789"[(next() % 18) as usize]),
                    _ => bytes[at] ^= 1 << (next() % 8),
                }
            }
            if let Err(err) = read_with(&bytes, &PdfLimits::default()) {
                assert_ne!(err.kind(), ErrorKind::Internal, "{name}, edit {i}: {err}");
            }
        }
    }
}

/// Cyrillic PDFs that are not releases are refused as such, in one line naming the page and
/// what is missing in the document's language: a
/// ministry's press release (a country in capitals, a headline, a source, but no release
/// title), and a page with a release's cover but no country section.
#[test]
fn a_cyrillic_pdf_that_is_no_release_is_refused_as_such() {
    let press_release = [
        "ПРЕСС-РЕЛИЗ МИНИСТЕРСТВА ВНУТРЕННИХ ДЕЛ",
        "РЕСПУБЛИКА КАЗАХСТАН",
        "ПОЛИЦЕЙСКИЕ ИЗЪЯЛИ 5 КГ ГАШИША",
        "29 августа 2025 года сотрудники полиции Алматы изъяли 5 кг гашиша.",
        "«Работа будет продолжена», – сказал начальник департамента.",
        "Источник: https://polisia.kz/ru/a",
    ];
    let cover_only = [
        "ИНФОРМАЦИОННЫЙ РЕЛИЗ",
        "О ПРОШЕДШИХ СОБЫТИЯХ В АНТИНАРКОТИЧЕСКОЙ СФЕРЕ",
        "16-31.08.2025",
        "№16",
        "Алматы – 2025",
        "Выпуск не содержит сведений по странам.",
    ];
    for (lines, missing) in [
        (&press_release, "no \"ИНФОРМАЦИОННЫЙ РЕЛИЗ\" title"),
        (
            &cover_only,
            "no country section (a heading naming a country, such as \"РЕСПУБЛИКА КАЗАХСТАН\")",
        ),
    ] {
        let bytes = unicode_page(&lines[..]);
        // The text reads, in Cyrillic: what is refused is the document, not its fonts.
        let pages = read_with(&bytes, &PdfLimits::default()).expect("the text reads");
        let runs: Vec<&str> = pages[0].runs.iter().map(|r| r.text.as_str()).collect();
        assert!(runs.contains(&lines[1]), "{runs:?}");
        let err = pdf::from_pdf(&bytes).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotARelease, "{err}");
        let message = err.to_string();
        assert!(message.starts_with("not a release (page 1): "), "{message}");
        assert!(message.contains(missing), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }
}
