//! Positioned text and links out of PDFs: small ones written here, and one made by Chromium
//! and one by LibreOffice (`tests/fixtures/pdf/`, from the `.html` beside each), whose text is
//! compared with what `pdftotext` gives for them (recorded here).
#![cfg(feature = "pdf")]

#[path = "support/pdf_bytes.rs"]
#[allow(dead_code)] // each test file uses part of it
mod pdf_bytes;

use caricc_release::pdf::{self, Page, PdfLimits, TextRun};
use pdf_bytes::{HELVETICA, one_page, stream};

fn read(bytes: &[u8]) -> Vec<Page> {
    pdf::pages(bytes, &PdfLimits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn fixture(name: &str) -> Vec<Page> {
    let path = format!("{}/tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
    read(&std::fs::read(path).unwrap())
}

/// The page's text a line per baseline, runs in x order, joined as pdftotext joins words:
/// a space where the gap is wider than a fifth of the font size.
fn lines(page: &Page) -> Vec<String> {
    let mut runs: Vec<&TextRun> = page.runs.iter().collect();
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<(f32, f32, String)> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some((y, end, text)) if (run.y - *y).abs() < run.font_size * 0.3 => {
                let gap = run.x - *end;
                if gap > run.font_size * 0.2 && !text.ends_with(' ') && !run.text.starts_with(' ') {
                    text.push(' ');
                }
                text.push_str(&run.text);
                *end = run.x + run.width;
            }
            _ => lines.push((run.y, run.x + run.width, run.text.clone())),
        }
    }
    lines
        .into_iter()
        .map(|(_, _, t)| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn run_with<'p>(page: &'p Page, text: &str) -> &'p TextRun {
    page.runs
        .iter()
        .find(|r| r.text.contains(text))
        .unwrap_or_else(|| panic!("no run with {text:?} in {:#?}", page.runs))
}

#[test]
fn the_sample() {
    let pages = read(&pdf::sample());
    let run = &pages[0].runs[0];
    assert_eq!(run.text, "Hello, world");
    assert_eq!(
        (run.x, run.y, run.font_size, run.width),
        (72.0, 92.0, 12.0, 72.0)
    );
    assert_eq!(pages[0].links[0].rect, [72.0, 80.0, 150.0, 95.0]);
}

#[test]
fn tj_adjustments_wider_than_a_quarter_em_are_spaces() {
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 10 Tf 50 700 Td [(Hel) -300 (lo) -100 (w) 20 (orld)] TJ ET",
        vec![HELVETICA.as_bytes().to_vec()],
    );
    let pages = read(&bytes);
    assert_eq!(pages[0].runs.len(), 1);
    assert_eq!(pages[0].runs[0].text, "Hel loworld");
}

#[test]
fn separate_show_operators_join_into_words() {
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 10 Tf 50 700 Td (one) Tj 18 0 Td (two) Tj 15 0 Td (three) Tj \
          0 -14 Td (next) Tj 300 0 Td (far) Tj ET",
        vec![HELVETICA.as_bytes().to_vec()],
    );
    let runs: Vec<_> = read(&bytes)[0]
        .runs
        .iter()
        .map(|r| r.text.clone())
        .collect();
    assert_eq!(runs, ["one twothree", "next", "far"]);
}

#[test]
fn identity_h_with_a_to_unicode_map_and_ctm_scaling() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
        1 beginbfchar <0003> <0020> endbfchar\n\
        1 beginbfrange <0010> <0030> <0410> endbfrange\n\
        1 beginbfrange <0040> <0041> [<0064> <00660069>] endbfrange\n\
        endcmap end end";
    let font = b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+PTSans-Regular \
        /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"
        .to_vec();
    let cid = b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+PTSans-Regular \
        /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
        /DW 500 /W [16 [600 700] 3 3 250] >>"
        .to_vec();
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"q 2 0 0 2 0 0 cm BT /F1 12 Tf 10 300 Td <001000110003002F00400041> Tj ET Q",
        vec![font, cid, stream(cmap, "")],
    );
    let page = &read(&bytes)[0];
    let run = &page.runs[0];
    assert_eq!(run.text, "АБ Яdfi");
    assert_eq!(run.font, "PTSans-Regular");
    assert_eq!((run.x, run.y, run.font_size), (20.0, 192.0, 24.0));
    // (600 + 700 + 250 + 500 + 500 + 500) / 1000 × 12 pt × 2
    assert!((run.width - 73.2).abs() < 0.01, "{}", run.width);
}

#[test]
fn differences_with_glyph_names_and_styles_from_the_descriptor() {
    let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /TimesNewRomanPS-BoldItalicMT \
        /FirstChar 65 /LastChar 67 /Widths [500 500 500] \
        /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /afii10017 /uni0416 /afii10071] >> >>"
        .to_vec();
    let plain = b"<< /Type /Font /Subtype /TrueType /BaseFont /Serif /FontDescriptor 7 0 R \
        /Encoding /WinAnsiEncoding >>"
        .to_vec();
    let descriptor =
        b"<< /Type /FontDescriptor /FontName /Serif /Flags 32 /FontWeight 700 /ItalicAngle -12 >>"
            .to_vec();
    let bytes = one_page(
        "<< /Font << /F1 5 0 R /F2 6 0 R >> >>",
        b"BT /F1 10 Tf 50 700 Td (ABC) Tj /F2 10 Tf 0 -20 Td (caf\xe9 \x93x\x94) Tj ET",
        vec![font, plain, descriptor],
    );
    let page = &read(&bytes)[0];
    let cyrillic = run_with(page, "АЖё");
    assert!(cyrillic.bold && cyrillic.italic);
    let styled = run_with(page, "café “x”");
    assert!(styled.bold && styled.italic, "{styled:?}");
}

#[test]
fn next_line_operators_and_the_text_matrix() {
    let bytes = one_page(
        "<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 10 Tf 14 TL 1 0 0 1 100 500 Tm (first) Tj T* (second) Tj (third) ' \
          2 1 (fourth) \" 0 -14 TD (fifth) Tj T* (sixth) Tj ET \
          BT /F1 10 Tf 0 2 -2 0 300 300 Tm (rotated) Tj ET",
        vec![HELVETICA.as_bytes().to_vec()],
    );
    let page = &read(&bytes)[0];
    let ys: Vec<_> = page.runs.iter().map(|r| (r.text.as_str(), r.y)).collect();
    assert_eq!(
        ys,
        [
            ("first", 292.0),
            ("second", 306.0),
            ("third", 320.0),
            ("fourth", 334.0),
            ("fifth", 348.0),
            ("sixth", 362.0),
            ("rotated", 492.0)
        ]
    );
    let rotated = run_with(page, "rotated");
    assert_eq!((rotated.x, rotated.font_size), (300.0, 20.0));
    // Seven glyphs of Helvetica without /Widths, half an em each, and the character spacing of
    // 1 that `"` set (the text state outlives BT … ET), scaled by 2 along the rotated baseline.
    assert_eq!(rotated.width, 7.0 * (5.0 + 1.0) * 2.0);
}

#[test]
fn a_form_xobject_is_drawn_with_its_matrix() {
    let form = stream(
        b"BT /F1 10 Tf 0 0 Td (inside) Tj ET",
        "/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 40 60] \
         /Resources << /Font << /F1 6 0 R >> >> ",
    );
    let bytes = one_page(
        "<< /XObject << /Fm0 5 0 R >> >>",
        b"q 1 0 0 1 10 20 cm /Fm0 Do Q",
        vec![form, HELVETICA.as_bytes().to_vec()],
    );
    let run = &read(&bytes)[0].runs[0];
    assert_eq!((run.text.as_str(), run.x, run.y), ("inside", 50.0, 712.0));
}

/// `pdftotext tests/fixtures/pdf/chromium.pdf -`, blank lines left out.
const CHROMIUM_TEXT: &[&str] = &[
    "INFORMATION",
    "RELEASE",
    "Published articles contain information about a mass",
    "anti-drug run in Zhetysu region.",
    "Информационный бюллетень о событиях в",
    "антинаркотической сфере.",
    "Source: polisia.kz massovyj antinarkoticheskij zabeg",
    "proshel v oblasti end.",
];

/// `pdftotext tests/fixtures/pdf/libreoffice.pdf -`, blank lines left out.
const LIBREOFFICE_TEXT: &[&str] = &[
    "INFORMATION RELEASE",
    "Published articles contain information about a mass anti-drug run in Zhetysu region.",
    "Информационный бюллетень о событиях в антинаркотической сфере.",
    "Source: polisia.kz massovyj antinarkoticheskij zabeg proshel v oblasti zhetysu with a link text long",
    "enough to wrap onto the next line end.",
];

const URI: &str =
    "https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/";

/// Styles, and a link that wraps: two rectangles, each over a line of the link's text.
fn check_styles_and_link(page: &Page, heading: &str) {
    let heading = run_with(page, heading);
    assert!(heading.bold && !heading.italic);
    assert!(heading.font_size > 20.0, "{heading:?}");
    assert!(run_with(page, "mass").bold);
    let italic = run_with(page, "Zhetysu region");
    assert!(italic.italic && !italic.bold);
    assert!(!run_with(page, "Информационный").bold);
    assert_eq!(page.links.len(), 2);
    for link in &page.links {
        assert_eq!(link.uri, URI);
        let [x0, y0, x1, y1] = link.rect;
        assert!(
            page.runs
                .iter()
                .any(|r| r.y > y0 && r.y < y1 && r.x < x1 && r.x + r.width > x0),
            "no text under {link:?}"
        );
    }
}

#[test]
fn a_chromium_pdf() {
    let pages = fixture("chromium.pdf");
    assert_eq!(pages.len(), 1);
    assert_eq!((pages[0].width, pages[0].height), (612.0, 792.0));
    assert_eq!(lines(&pages[0]), CHROMIUM_TEXT);
    check_styles_and_link(&pages[0], "INFORMATION");
}

#[test]
fn a_libreoffice_pdf() {
    let pages = fixture("libreoffice.pdf");
    assert_eq!(pages.len(), 1);
    assert!((pages[0].width - 595.3).abs() < 0.1, "A4");
    assert_eq!(lines(&pages[0]), LIBREOFFICE_TEXT);
    check_styles_and_link(&pages[0], "INFORMATION RELEASE");
}

#[test]
fn a_pdf_encrypted_only_against_printing_is_read() {
    // LibreOffice with a permissions password and printing forbidden: the user password is
    // empty, so the file opens (and is decrypted) like any other.
    let pages = fixture("libreoffice-permissions.pdf");
    assert_eq!(lines(&pages[0]), LIBREOFFICE_TEXT);
}

#[test]
fn pages_in_order_sharing_a_font_read_once() {
    let content = |text: &str| {
        stream(
            format!("BT /F1 10 Tf 50 700 Td ({text}) Tj ET").as_bytes(),
            "",
        )
    };
    let page = |contents: u32| {
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] \
             /Resources << /Font << /F1 6 0 R >> >> /Contents {contents} 0 R >>"
        )
        .into_bytes()
    };
    // A /ToUnicode map of about 4 kB: read once, it fits a total of 6 kB; read per page, not.
    let mut cmap = b"1 beginbfrange <20> <7E> <0020> endbfrange\n".to_vec();
    cmap.resize(4000, b' ');
    let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>".to_vec();
    let objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>".to_vec(),
        page(7),
        page(8),
        page(10),
        font,
        content("one"),
        content("two"),
        stream(&cmap, ""),
        content("three"),
    ];
    let bytes = pdf_bytes::assemble(&objects, "");
    let limits = PdfLimits::default().with_total_bytes(6000);
    let pages = pdf::pages(&bytes, &limits).unwrap();
    let texts: Vec<_> = pages
        .iter()
        .map(|p| (p.number, p.runs[0].text.as_str()))
        .collect();
    assert_eq!(texts, [(1, "one"), (2, "two"), (3, "three")]);
    assert_eq!((pages[2].width, pages[2].height), (300.0, 400.0));
}
