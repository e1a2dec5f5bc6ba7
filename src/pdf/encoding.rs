//! Simple fonts' encodings without a `/ToUnicode` map: WinAnsi, the ASCII part of Standard
//! and MacRoman, and glyph names (`/Differences`).

/// WinAnsiEncoding (Windows-1252 as PDF defines it).
pub(crate) fn win_ansi(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x20..=0x7E => Some(char::from(b)),
        0x80..=0x9F => {
            char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).filter(|&c| c != '\0')
        }
        0xA0 => Some(' '),
        0xAD => Some('-'),
        0xA1..=0xFF => Some(char::from(b)),
        _ => None,
    }
}

/// StandardEncoding (and MacRomanEncoding) for printable ASCII codes; other codes say nothing
/// here.
pub(crate) fn standard(b: u8) -> Option<char> {
    match b {
        0x27 => Some('\u{2019}'),
        0x60 => Some('\u{2018}'),
        0x20..=0x7E => Some(char::from(b)),
        _ => None,
    }
}

const NAMES: &[(&str, char)] = &[
    ("space", ' '),
    ("exclam", '!'),
    ("quotedbl", '"'),
    ("numbersign", '#'),
    ("dollar", '$'),
    ("percent", '%'),
    ("ampersand", '&'),
    ("quotesingle", '\''),
    ("parenleft", '('),
    ("parenright", ')'),
    ("asterisk", '*'),
    ("plus", '+'),
    ("comma", ','),
    ("hyphen", '-'),
    ("period", '.'),
    ("slash", '/'),
    ("zero", '0'),
    ("one", '1'),
    ("two", '2'),
    ("three", '3'),
    ("four", '4'),
    ("five", '5'),
    ("six", '6'),
    ("seven", '7'),
    ("eight", '8'),
    ("nine", '9'),
    ("colon", ':'),
    ("semicolon", ';'),
    ("less", '<'),
    ("equal", '='),
    ("greater", '>'),
    ("question", '?'),
    ("at", '@'),
    ("bracketleft", '['),
    ("backslash", '\\'),
    ("bracketright", ']'),
    ("asciicircum", '^'),
    ("underscore", '_'),
    ("grave", '`'),
    ("braceleft", '{'),
    ("bar", '|'),
    ("braceright", '}'),
    ("asciitilde", '~'),
    ("quoteright", '\u{2019}'),
    ("quoteleft", '\u{2018}'),
    ("quotedblleft", '\u{201C}'),
    ("quotedblright", '\u{201D}'),
    ("quotesinglbase", '\u{201A}'),
    ("quotedblbase", '\u{201E}'),
    ("endash", '\u{2013}'),
    ("emdash", '\u{2014}'),
    ("bullet", '\u{2022}'),
    ("ellipsis", '\u{2026}'),
    ("guillemotleft", '«'),
    ("guillemotright", '»'),
    ("degree", '°'),
    ("section", '§'),
    ("copyright", '©'),
    ("registered", '®'),
    ("trademark", '\u{2122}'),
    ("nbspace", ' '),
    ("numero", '№'),
    ("afii61352", '№'),
    ("Euro", '€'),
    ("minus", '\u{2212}'),
    ("periodcentered", '·'),
];

/// The character a glyph name stands for: the names above, single letters, `uniXXXX`,
/// `uXXXX`, the Cyrillic `afii100NN` names; a suffix after a period (`a.sc`) is ignored.
pub(crate) fn glyph(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next().filter(|n| !n.is_empty())?;
    if let Some(&(_, c)) = NAMES.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_ascii_alphabetic().then_some(c);
    }
    let hex = name
        .strip_prefix("uni")
        .filter(|h| h.len() == 4)
        .or_else(|| {
            name.strip_prefix('u')
                .filter(|h| (4..=6).contains(&h.len()))
        });
    if let Some(hex) = hex {
        return u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .filter(|c| !c.is_control());
    }
    let afii: u32 = name.strip_prefix("afii")?.parse().ok()?;
    let cyrillic = |base: u32, yo_name: u32, yo: u32, first: u32| match afii {
        n if n == yo_name => Some(yo),
        n if (base..yo_name).contains(&n) => Some(first + n - base),
        n if (yo_name + 1..=base + 32).contains(&n) => Some(first + n - base - 1),
        _ => None,
    };
    cyrillic(10017, 10023, 0x401, 0x410)
        .or_else(|| cyrillic(10065, 10071, 0x451, 0x430))
        .and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph(b"A"), Some('A'));
        assert_eq!(glyph(b"a.sc"), Some('a'));
        assert_eq!(glyph(b"uni0416"), Some('Ж'));
        assert_eq!(glyph(b"afii10017"), Some('А'));
        assert_eq!(glyph(b"afii10023"), Some('Ё'));
        assert_eq!(glyph(b"afii10024"), Some('Ж'));
        assert_eq!(glyph(b"afii10049"), Some('Я'));
        assert_eq!(glyph(b"afii10071"), Some('ё'));
        assert_eq!(glyph(b"afii10097"), Some('я'));
        assert_eq!(glyph(b"g17"), None);
        assert_eq!(win_ansi(0x93), Some('\u{201C}'));
        assert_eq!(win_ansi(0x81), None);
    }
}
