//! Small PDFs written in code for the PDF reader's tests.

/// A PDF file of `objects` (numbered from 1; the first is the catalog) with a correct xref
/// table; `trailer` adds entries to the trailer.
pub fn assemble(objects: &[Vec<u8>], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    let size = objects.len() + 1;
    out.extend_from_slice(
        format!("trailer\n<< /Size {size} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
    out
}

/// A stream object with `dict` entries added to its `/Length`.
pub fn stream(data: &[u8], dict: &str) -> Vec<u8> {
    let mut out = format!("<< /Length {} {dict}>>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A one-page document: catalog, pages, the page (612 × 792, `resources`, contents object
/// 4), the content stream `content`, then `more` objects from number 5 on.
pub fn one_page(resources: &str, content: &[u8], more: Vec<Vec<u8>>) -> Vec<u8> {
    one_page_with(resources, stream(content, ""), more, "")
}

/// [`one_page`] with the content stream object given whole and trailer entries.
pub fn one_page_with(
    resources: &str,
    content: Vec<u8>,
    more: Vec<Vec<u8>>,
    trailer: &str,
) -> Vec<u8> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {resources} \
             /Contents 4 0 R >>"
        )
        .into_bytes(),
        content,
    ];
    objects.extend(more);
    assemble(&objects, trailer)
}

/// A scan: one page that draws an image and no text.
pub fn scan() -> Vec<u8> {
    let image = stream(
        &[0xFF; 30],
        "/Type /XObject /Subtype /Image /Width 10 /Height 1 /ColorSpace /DeviceRGB \
         /BitsPerComponent 8 ",
    );
    one_page(
        "<< /XObject << /Im0 5 0 R >> >>",
        b"q 612 0 0 792 0 0 cm /Im0 Do Q",
        vec![image],
    )
}

/// Helvetica with WinAnsiEncoding, as object text.
pub const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A zlib stream of fixed-Huffman deflate blocks that inflates to `bytes` zero bytes at
/// about 160:1 (each 13-bit code repeats the last 258 bytes), with a wrong checksum: it is
/// never meant to be inflated to the end.
pub fn zeros_bomb(bytes: u64) -> Vec<u8> {
    let mut w = Bits::default();
    w.out.extend_from_slice(&[0x78, 0x01]);
    w.value(1, 1); // BFINAL
    w.value(1, 2); // fixed Huffman
    w.code(0x30, 8); // the literal 0
    for _ in 0..bytes / 258 {
        w.code(0xC5, 8); // length 258 (symbol 285)
        w.code(0, 5); // distance 1
    }
    w.code(0, 7); // end of block
    w.flush();
    w.out.extend_from_slice(&[0, 0, 0, 0]);
    w.out
}

#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits {
    fn bit(&mut self, b: u32) {
        self.acc |= b << self.n;
        self.n += 1;
        if self.n == 8 {
            self.out.push(self.acc as u8);
            (self.acc, self.n) = (0, 0);
        }
    }
    /// A value, least significant bit first.
    fn value(&mut self, v: u32, len: u32) {
        (0..len).for_each(|i| self.bit((v >> i) & 1));
    }
    /// A Huffman code, most significant bit first.
    fn code(&mut self, c: u32, len: u32) {
        (0..len).rev().for_each(|i| self.bit((c >> i) & 1));
    }
    fn flush(&mut self) {
        while self.n != 0 {
            self.bit(0);
        }
    }
}

/// A one-page document of `lines` in any script, one under another: an Identity-H font whose
/// CIDs are the characters' Unicode code points (Basic Multilingual Plane), with a
/// ToUnicode map saying so, as LibreOffice's and Chromium's Cyrillic fonts are read.
pub fn unicode_page(lines: &[&str]) -> Vec<u8> {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
        3 beginbfrange <0020> <007E> <0020> <00A0> <04FF> <00A0> <2010> <203A> <2010> endbfrange\n\
        endcmap end end";
    let font = b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+LiberationSans \
        /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"
        .to_vec();
    let cid = b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+LiberationSans \
        /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 550 >>"
        .to_vec();
    let mut content = String::from("BT /F1 11 Tf 56 740 Td 14 TL");
    for line in lines {
        let hex: String = line.encode_utf16().map(|u| format!("{u:04X}")).collect();
        content.push_str(&format!(" <{hex}> Tj T*"));
    }
    content.push_str(" ET");
    one_page(
        "<< /Font << /F1 5 0 R >> >>",
        content.as_bytes(),
        vec![font, cid, stream(cmap, "")],
    )
}
