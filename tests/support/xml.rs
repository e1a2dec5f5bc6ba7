//! Reading and writing XML in the `tests/xml*.rs` files: a minimal root, documents built on
//! it, and reads that must succeed or must fail.

use caricc_release::xml::Error;
use caricc_release::{Release, from_xml, to_xml};

/// The root start tag of a 1.0 document, 103 characters long.
pub const ROOT: &str = r#"<release xmlns="urn:caricc-release:1" version="1.1" number="16" year="2025" format="PDF" language="en">"#;

pub fn xml(release: &Release) -> String {
    to_xml(release).expect("the release writes as XML")
}

pub fn read(text: &str) -> Release {
    match from_xml(text) {
        Ok(release) => release,
        Err(err) => panic!("the document should read, but: {err}"),
    }
}

/// The error of something that must fail, without printing what it returned otherwise.
#[track_caller]
pub fn refused<T>(result: Result<T, Error>, what: &str) -> Error {
    match result {
        Ok(_) => panic!("{what}: expected an error, but it succeeded"),
        Err(err) => err,
    }
}

pub fn read_err(text: &str) -> Error {
    match from_xml(text) {
        Ok(_) => panic!("the document should not read:\n{text}"),
        Err(err) => err,
    }
}

/// `ROOT` + `body` + `</release>`.
pub fn doc(body: &str) -> String {
    format!("{ROOT}{body}</release>")
}

/// The golden XML with every element of the vocabulary prefixed `c:`.
pub fn prefixed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4096);
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        if rest.starts_with('/') {
            out.push_str("/c:");
            rest = &rest[1..];
        } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push_str("c:");
        }
    }
    out.push_str(rest);
    out.replacen(
        "xmlns=\"urn:caricc-release:1\"",
        "xmlns:c=\"urn:caricc-release:1\"",
        1,
    )
}

/// A document whose title expands, through nine levels of entities, to a billion "lol"s.
pub fn billion_laughs() -> String {
    let mut text =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE release [\n  <!ENTITY lol \"lol\">\n");
    for i in 1..=9 {
        let previous = if i == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", i - 1)
        };
        text.push_str(&format!(
            "  <!ENTITY lol{i} \"{}\">\n",
            format!("&{previous};").repeat(10)
        ));
    }
    text.push_str("]>\n");
    text.push_str(&doc("<title>&lol9;</title>"));
    text
}
