//! Fonts as the text interpreter needs them: codes, widths, Unicode text, bold and italic.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::budget::Budget;
use super::cmap::ToUnicode;
use super::error::Error;

/// A font of a page's resources.
#[derive(Debug)]
pub(crate) struct Font {
    /// `/BaseFont` without a subset prefix (`ABCDEF+`).
    pub(crate) name: String,
    pub(crate) bold: bool,
    pub(crate) italic: bool,
    /// Codes are two bytes (a composite font), not one.
    two_byte: bool,
    /// Glyph widths in glyph space (thousandths of text space for all but Type 3).
    widths: HashMap<u32, f32>,
    default_width: f32,
    /// Glyph space to text space.
    scale: f32,
    to_unicode: Option<ToUnicode>,
    /// Text of one-byte codes by the font's encoding, for fonts without `/ToUnicode`.
    simple: Option<Vec<Option<char>>>,
    /// Two-byte codes are UTF-16 units (the predefined `Uni…-UCS2` CMaps).
    ucs2: bool,
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, o)| o)
}

fn dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    d.get(key).ok().and_then(|o| deref(doc, o).as_dict().ok())
}

fn name<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    d.get(key).ok().and_then(|o| deref(doc, o).as_name().ok())
}

fn number(doc: &Document, object: &Object) -> Option<f32> {
    match deref(doc, object) {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn array<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Vec<Object>> {
    d.get(key).ok().and_then(|o| deref(doc, o).as_array().ok())
}

impl Font {
    /// Reads the font dictionary `font`.
    pub(crate) fn load(
        doc: &Document,
        font: &Dictionary,
        budget: &mut Budget,
    ) -> Result<Self, Error> {
        let subtype = name(doc, font, b"Subtype").unwrap_or(b"Type1");
        let base = name(doc, font, b"BaseFont").map(|n| String::from_utf8_lossy(n).into_owned());
        let two_byte = subtype == b"Type0";
        let descendant = array(doc, font, b"DescendantFonts")
            .and_then(|a| a.first())
            .and_then(|o| deref(doc, o).as_dict().ok());
        let described = descendant.unwrap_or(font);
        let descriptor = dict(doc, described, b"FontDescriptor");
        let full = base.unwrap_or_else(|| "unnamed".into());
        let short = match full.split_once('+') {
            Some((prefix, rest)) if prefix.len() == 6 => rest.to_owned(),
            _ => full.clone(),
        };
        let (bold, italic) = style(doc, &short, descriptor);
        let to_unicode = match font.get(b"ToUnicode").ok().map(|o| deref(doc, o)) {
            Some(Object::Stream(s)) => Some(ToUnicode::parse(&budget.decode(s)?)),
            _ => None,
        };
        let encoding_name = name(doc, font, b"Encoding").unwrap_or(b"");
        let ucs2 = two_byte
            && encoding_name.starts_with(b"Uni")
            && (contains(encoding_name, b"UCS2") || contains(encoding_name, b"UTF16"));
        let simple = (!two_byte).then(|| simple_encoding(doc, font, descriptor));
        let mut out = Font {
            name: short,
            bold,
            italic,
            two_byte,
            widths: HashMap::new(),
            default_width: if two_byte { 1000.0 } else { 500.0 },
            scale: 0.001,
            to_unicode,
            simple,
            ucs2,
        };
        out.read_widths(doc, font, descendant, descriptor);
        if subtype == b"Type3" {
            out.scale = array(doc, font, b"FontMatrix")
                .and_then(|m| m.first())
                .and_then(|a| number(doc, a))
                .unwrap_or(0.001);
        }
        Ok(out)
    }

    fn read_widths(
        &mut self,
        doc: &Document,
        font: &Dictionary,
        descendant: Option<&Dictionary>,
        descriptor: Option<&Dictionary>,
    ) {
        if let Some(missing) = descriptor
            .and_then(|d| d.get(b"MissingWidth").ok())
            .and_then(|o| number(doc, o))
            .filter(|w| *w > 0.0)
        {
            self.default_width = missing;
        }
        if let Some(cid) = descendant {
            if let Some(dw) = cid.get(b"DW").ok().and_then(|o| number(doc, o)) {
                self.default_width = dw;
            }
            if let Some(w) = array(doc, cid, b"W") {
                self.cid_widths(doc, w);
            }
            return;
        }
        let first = font.get(b"FirstChar").ok().and_then(|o| number(doc, o));
        if let (Some(first), Some(widths)) = (first, array(doc, font, b"Widths")) {
            for (i, w) in widths.iter().enumerate().take(256) {
                if let Some(w) = number(doc, w) {
                    self.widths.insert(first as u32 + i as u32, w);
                }
            }
        }
    }

    /// `/W`: `c [w1 w2 …]` and `cfirst clast w`.
    fn cid_widths(&mut self, doc: &Document, w: &[Object]) {
        let mut i = 0;
        while i + 1 < w.len() {
            let Some(first) = number(doc, &w[i]) else {
                return;
            };
            let first = first as u32;
            if let Ok(list) = deref(doc, &w[i + 1]).as_array() {
                for (k, width) in list.iter().enumerate().take(65_536) {
                    if let Some(width) = number(doc, width) {
                        self.widths.insert(first + k as u32, width);
                    }
                }
                i += 2;
            } else {
                let (Some(last), Some(width)) = (
                    number(doc, &w[i + 1]),
                    w.get(i + 2).and_then(|o| number(doc, o)),
                ) else {
                    return;
                };
                for code in first..=(last as u32).min(first + 65_535) {
                    self.widths.insert(code, width);
                }
                i += 3;
            }
        }
    }

    /// The character codes of a string shown in this font.
    pub(crate) fn codes(&self, bytes: &[u8]) -> Vec<u32> {
        if self.two_byte {
            bytes
                .chunks(2)
                .map(|c| (u32::from(c[0]) << 8) | u32::from(*c.get(1).unwrap_or(&0)))
                .collect()
        } else {
            bytes.iter().map(|&b| u32::from(b)).collect()
        }
    }

    /// Whether `code` is a word space (`Tw` applies): the one-byte code 32.
    pub(crate) fn is_word_space(&self, code: u32) -> bool {
        !self.two_byte && code == 32
    }

    /// The horizontal advance of `code` in text space, per unit of font size.
    pub(crate) fn width(&self, code: u32) -> f32 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
            * self.scale
    }

    /// The text `code` stands for, or `None` when nothing says.
    pub(crate) fn text(&self, code: u32) -> Option<String> {
        if let Some(text) = self.to_unicode.as_ref().and_then(|m| m.get(code)) {
            return usable(text);
        }
        if self.ucs2 {
            return char::from_u32(code).map(String::from).and_then(usable);
        }
        let table = self.simple.as_ref()?;
        table
            .get(code as usize)
            .copied()
            .flatten()
            .map(String::from)
    }
}

/// Text that is not the replacement character nor a control character.
fn usable(text: String) -> Option<String> {
    let bad = text.is_empty()
        || text
            .chars()
            .any(|c| c == '\u{FFFD}' || (c.is_control() && c != '\t'));
    (!bad).then_some(text)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Bold and italic from the name, then the descriptor's flags, weight and italic angle.
fn style(doc: &Document, name: &str, descriptor: Option<&Dictionary>) -> (bool, bool) {
    let lower = name.to_ascii_lowercase();
    let mut bold = ["bold", "black", "heavy", "demi", "semibold"]
        .iter()
        .any(|w| lower.contains(w));
    let mut italic = lower.contains("italic")
        || lower.contains("oblique")
        || lower.ends_with("-it")
        || lower.ends_with(",italic");
    if let Some(d) = descriptor {
        let get = |key: &[u8]| d.get(key).ok().and_then(|o| number(doc, o));
        let flags = get(b"Flags").unwrap_or(0.0) as u32;
        bold |= flags & (1 << 18) != 0 || get(b"FontWeight").is_some_and(|w| w >= 600.0);
        italic |= flags & (1 << 6) != 0 || get(b"ItalicAngle").is_some_and(|a| a.abs() > 0.5);
    }
    (bold, italic)
}

/// The text of each one-byte code by `/Encoding` (a base encoding and `/Differences`).
fn simple_encoding(
    doc: &Document,
    font: &Dictionary,
    descriptor: Option<&Dictionary>,
) -> Vec<Option<char>> {
    let symbolic = descriptor
        .and_then(|d| d.get(b"Flags").ok())
        .and_then(|o| number(doc, o))
        .is_some_and(|f| (f as u32) & 4 != 0);
    let encoding = font.get(b"Encoding").ok().map(|o| deref(doc, o));
    let (base, differences) = match encoding {
        Some(Object::Name(n)) => (Some(n.as_slice()), None),
        Some(Object::Dictionary(d)) => {
            (name(doc, d, b"BaseEncoding"), array(doc, d, b"Differences"))
        }
        _ => (None, None),
    };
    let mut table: Vec<Option<char>> = (0..=255u8)
        .map(|b| match base {
            Some(b"WinAnsiEncoding") => super::encoding::win_ansi(b),
            Some(b"MacRomanEncoding") | Some(b"StandardEncoding") => super::encoding::standard(b),
            _ if symbolic => None,
            _ => super::encoding::standard(b),
        })
        .collect();
    let mut code = 0usize;
    for item in differences.into_iter().flatten() {
        match deref(doc, item) {
            Object::Integer(n) => code = usize::try_from(*n).unwrap_or(256),
            Object::Name(glyph) => {
                if let Some(slot) = table.get_mut(code) {
                    *slot = super::encoding::glyph(glyph);
                }
                code += 1;
            }
            _ => {}
        }
    }
    table
}
