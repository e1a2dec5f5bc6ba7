//! The character references the Markdown writer puts in place of the characters that would
//! read as markup, and the reader's way back.
//!
//! [`crate::layout::markdown()`] writes `&` as `&amp;`, `<` as `&lt;`, `>` as `&gt;`, `[` as
//! `&#91;` and `]` as `&#93;` in every text of a release: CommonMark shows a character
//! reference as its character and never takes it for markup, so no text becomes an HTML tag,
//! a link or an image (a backslash escape would not do inside an HTML block). The reader
//! reads these five references back as their characters in every block except sources and
//! comments, whether the text came from the writer or from a PDF: it reads what a Markdown
//! viewer shows. A PDF's text holds them literally only rarely; any other `&` is left as it is.

use std::borrow::Cow;

/// The references the writer makes, and the characters they stand for.
const REFERENCES: [(&str, char); 5] = [
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&#91;", '['),
    ("&#93;", ']'),
];

/// `text` with `&`, `<`, `>`, `[` and `]` written as character references.
pub(super) fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '[', ']']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match REFERENCES.iter().find(|(_, of)| *of == c) {
            Some((reference, _)) => out.push_str(reference),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` with the references [`escape`] makes read back as their characters, in one pass
/// from the left (so `&amp;lt;` is `&lt;`); any other `&` stays.
pub(super) fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match REFERENCES.iter().find(|(r, _)| rest.starts_with(r)) {
            Some((reference, c)) => {
                out.push(*c);
                rest = &rest[reference.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{escape, unescape};

    #[test]
    fn references_go_both_ways() {
        let text = "<img src=x onerror=alert(1)> & [a](b) &lt; AT&T";
        let escaped = escape(text);
        assert_eq!(
            escaped,
            "&lt;img src=x onerror=alert(1)&gt; &amp; &#91;a&#93;(b) &amp;lt; AT&amp;T"
        );
        assert_eq!(unescape(&escaped), text);
        assert_eq!(unescape("AT&T &copy; &"), "AT&T &copy; &");
        assert_eq!(escape("plain"), "plain");
    }
}
