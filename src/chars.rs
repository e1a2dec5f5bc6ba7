//! The characters XML 1.0 can carry, tested fast: the validator reports the others
//! (`invalid-character`) and the XML writer refuses them.

/// The first character of `text` XML 1.0 cannot carry, with its byte offset.
///
/// Such characters are C0 controls (single bytes below 0x20 other than tab, LF and CR) and
/// U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`). A branch-free pass over each block of bytes, which
/// the compiler vectorises, rules out almost every block; only a block with a suspect byte is
/// looked at byte by byte, and no character is decoded unless it is the one reported.
pub(crate) fn first_non_xml_char(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    if !any_suspect(bytes) {
        return None;
    }
    for (at, &b) in bytes.iter().enumerate() {
        let bad = match b {
            b'\t' | b'\n' | b'\r' => false,
            0..=0x1F => true,
            // In valid UTF-8, 0xEF only ever leads a three-byte character.
            0xEF => matches!(bytes.get(at + 1..at + 3), Some([0xBF, 0xBE | 0xBF])),
            _ => false,
        };
        if bad {
            return text[at..].chars().next().map(|c| (at, c));
        }
    }
    None
}

/// Whether any byte is [`suspect`]. Most texts are short (a place, a headline), so the cost
/// per call matters as much as the cost per byte: blocks of 16 bytes, each a handful of vector
/// instructions, the last block overlapping the one before instead of a byte-by-byte tail.
fn any_suspect(bytes: &[u8]) -> bool {
    /// Whether a block of `N` bytes (a slice of exactly that length) has a suspect byte.
    fn block_hit<const N: usize>(block: &[u8]) -> bool {
        let block: &[u8; N] = block.try_into().unwrap_or(&[b' '; N]);
        block.iter().fold(0u8, |hit, &b| hit | u8::from(suspect(b))) != 0
    }
    let Some(last) = bytes.last_chunk::<16>() else {
        return match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (Some(first), Some(last)) => word_hit(*first) | word_hit(*last),
            _ => any_byte(bytes, suspect),
        };
    };
    // An early exit per block also keeps the compiler from vectorising across blocks, which
    // would undo the vectorising within each. Paragraphs go by 64 bytes, the rest by 16, and
    // the last 16 bytes cover whatever is left.
    let mut long = bytes.chunks_exact(64);
    long.any(block_hit::<64>)
        || block_hit::<16>(last)
        || long.remainder().chunks_exact(16).any(block_hit::<16>)
}

/// Whether any of eight bytes is [`suspect`], with word arithmetic: `w - 0x20…` borrows into
/// a byte's top bit where the byte is below 0x20, and `(w ^ 0xEF…) - 0x01…` where it is 0xEF.
fn word_hit(bytes: [u8; 8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const TOPS: u64 = ONES << 7;
    let w = u64::from_ne_bytes(bytes);
    let below = w.wrapping_sub(ONES * 0x20) & !w;
    let ef = w ^ (ONES * 0xEF);
    let ef = ef.wrapping_sub(ONES) & !ef;
    (below | ef) & TOPS != 0
}

/// Bytes below 0x20 (C0 controls, tab, LF and CR too) and 0xEF, the lead byte of U+FFFE and
/// U+FFFF: the only bytes that can start a character XML 1.0 cannot carry.
#[inline]
fn suspect(b: u8) -> bool {
    (b < 0x20) | (b == 0xEF)
}

/// Whether any byte satisfies `test`: a fold without an early exit, so the compiler turns
/// the comparisons into vector instructions.
#[inline]
pub(crate) fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes.iter().fold(0u8, |hit, &b| hit | u8::from(test(b))) != 0
}

/// Whether XML 1.0 can carry `c` (its production `Char`).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::{first_non_xml_char, is_xml_char};

    /// The block-wise scan agrees with a character-by-character one wherever the character
    /// sits, block boundaries (64 bytes) included.
    #[test]
    fn block_scan_agrees_with_the_character_check() {
        let suspects = [
            '\0',
            '\u{1}',
            '\t',
            '\n',
            '\u{B}',
            '\r',
            '\u{1F}',
            ' ',
            '\u{7F}',
            'é',
            '“',
            '\u{D7FF}',
            '\u{E000}',
            '\u{EFFF}',
            '\u{FEFF}',
            '\u{FFFD}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{10000}',
            '\u{10FFFF}',
        ];
        for c in suspects {
            for before in (0..=70).chain([127, 128, 200]) {
                for after in [0, 1, 2, 70] {
                    let text = format!("{}{c}{}", "a".repeat(before), "ï".repeat(after));
                    let expected = text.char_indices().find(|&(_, c)| !is_xml_char(c));
                    assert_eq!(first_non_xml_char(&text), expected, "{c:?} after {before}");
                }
            }
        }
    }
}
