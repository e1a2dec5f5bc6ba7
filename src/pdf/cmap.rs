//! `/ToUnicode` CMaps: `bfchar` and `bfrange` (both the incrementing and the array form).

use std::collections::HashMap;

/// A parsed `/ToUnicode` map: from a character code to the text it stands for.
#[derive(Debug, Default)]
pub(crate) struct ToUnicode {
    chars: HashMap<u32, String>,
    /// `(low, high, target)`, sorted by `low`.
    ranges: Vec<(u32, u32, Target)>,
}

#[derive(Debug)]
enum Target {
    /// The first code's UTF-16 units; later codes add to the last unit.
    Start(Vec<u16>),
    /// One text per code.
    Each(Vec<String>),
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(&'a [u8]),
}

impl ToUnicode {
    /// Reads the CMap program `data`; what it does not understand, it skips.
    pub(crate) fn parse(data: &[u8]) -> ToUnicode {
        let tokens = tokens(data);
        let mut map = ToUnicode::default();
        let mut i = 0;
        while i < tokens.len() {
            match tokens[i] {
                Token::Word(b"beginbfchar") => i = map.bfchar(&tokens, i + 1),
                Token::Word(b"beginbfrange") => i = map.bfrange(&tokens, i + 1),
                _ => i += 1,
            }
        }
        map.ranges.sort_by_key(|r| r.0);
        map
    }

    fn bfchar(&mut self, tokens: &[Token<'_>], mut i: usize) -> usize {
        while let (Some(Token::Hex(code)), Some(Token::Hex(text))) =
            (tokens.get(i), tokens.get(i + 1))
        {
            self.chars.insert(number(code), utf16(text));
            i += 2;
        }
        i
    }

    fn bfrange(&mut self, tokens: &[Token<'_>], mut i: usize) -> usize {
        while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) = (tokens.get(i), tokens.get(i + 1))
        {
            let (lo, hi) = (number(lo), number(hi));
            i += 2;
            match tokens.get(i) {
                Some(Token::Hex(start)) => {
                    let units = start
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                        .collect();
                    self.ranges.push((lo, hi, Target::Start(units)));
                    i += 1;
                }
                Some(Token::Open) => {
                    let mut each = Vec::new();
                    i += 1;
                    while let Some(Token::Hex(text)) = tokens.get(i) {
                        each.push(utf16(text));
                        i += 1;
                    }
                    self.ranges.push((lo, hi, Target::Each(each)));
                    i += 1;
                }
                _ => break,
            }
        }
        i
    }

    /// The text of `code`, if the map has it.
    pub(crate) fn get(&self, code: u32) -> Option<String> {
        if let Some(text) = self.chars.get(&code) {
            return Some(text.clone());
        }
        let end = self.ranges.partition_point(|r| r.0 <= code);
        self.ranges[..end]
            .iter()
            .rev()
            .find(|r| code <= r.1)
            .and_then(|(lo, _, target)| {
                let offset = code - lo;
                match target {
                    Target::Start(units) => {
                        let mut units = units.clone();
                        let last = units.last_mut()?;
                        *last = last.checked_add(u16::try_from(offset).ok()?)?;
                        Some(String::from_utf16_lossy(&units))
                    }
                    Target::Each(each) => each.get(offset as usize).cloned(),
                }
            })
    }
}

fn number(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |n, &b| (n << 8) | u32::from(b))
}

fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    String::from_utf16_lossy(&units)
}

fn tokens(data: &[u8]) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'<' && data.get(i + 1) != Some(&b'<') {
            let end = data[i..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(data.len(), |p| i + p);
            out.push(Token::Hex(hex(&data[i + 1..end])));
            i = end + 1;
        } else if b == b'[' {
            out.push(Token::Open);
            i += 1;
        } else if b == b']' {
            out.push(Token::Close);
            i += 1;
        } else if b == b'%' {
            i += data[i..]
                .iter()
                .position(|&c| c == b'\n')
                .unwrap_or(data.len() - i);
        } else if b.is_ascii_alphanumeric() {
            let len = data[i..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(data.len() - i);
            out.push(Token::Word(&data[i..i + len]));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

fn hex(text: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = text
        .iter()
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_and_both_bfrange_forms() {
        let map = ToUnicode::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar\n\
              2 beginbfrange <0020> <0022> <0410> <0030> <0031> [<0041> <0042>] endbfrange",
        );
        assert_eq!(map.get(3).as_deref(), Some(" "));
        assert_eq!(map.get(0x11).as_deref(), Some("fi"));
        assert_eq!(map.get(0x22).as_deref(), Some("В"));
        assert_eq!(map.get(0x31).as_deref(), Some("B"));
        assert_eq!(map.get(0x40), None);
    }
}
