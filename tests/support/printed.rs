#![allow(dead_code)]
//! What the readers of printed releases are checked against (`pdftotext`, `pdf_release`):
//! the release a fixture PDF was made from, and what its printed pages carry of it.

use std::fs;
use std::path::Path;

use caricc_release::layout::{markdown, parse};
use caricc_release::{Block, Release, from_json};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

/// The release the fixture `stem` (`release-2025-16`, `synthetic-100`) was made from.
pub fn source(stem: &str) -> Release {
    let path = match stem {
        "release-2025-16" => "tests/golden/release-2025-16.json",
        _ => "tests/fixtures/pdf/synthetic-100.json",
    };
    let json = fs::read_to_string(Path::new(MANIFEST).join(path)).expect("the release's JSON");
    from_json(&json).expect("the release")
}

/// What the printed pages of `stem` carry: its Markdown without the `<!-- caricc … -->`
/// comments (places, organisations, topics, dates and statistics, which a printed page does
/// not show), read back; its statistics are then read from the prose, as a printed release's
/// are.
pub fn expected(stem: &str) -> Release {
    let text: String = markdown(&source(stem))
        .lines()
        .filter(|l| !l.starts_with("<!-- caricc"))
        .map(|l| format!("{l}\n"))
        .collect();
    parse(&text).expect("the Markdown reads").release
}

/// The release with each article's paragraphs run together (a quotation with a speaker as
/// the paragraph it is printed as): for comparing where paragraph breaks may be lost.
pub fn unsplit(mut r: Release) -> Release {
    for article in r.sections.iter_mut().flat_map(|s| &mut s.articles) {
        let mut body: Vec<Block> = Vec::new();
        for block in std::mem::take(&mut article.body) {
            let block = match block {
                Block::Quote {
                    text,
                    speaker: Some(s),
                    ..
                } => Block::paragraph(match &s.role {
                    Some(role) => format!("«{text}» said {}, {role}.", s.name),
                    None => format!("«{text}» said {}.", s.name),
                }),
                other => other,
            };
            match (body.last_mut(), block) {
                (Some(Block::Paragraph { text, .. }), Block::Paragraph { text: more, .. }) => {
                    text.push(' ');
                    text.push_str(&more);
                }
                (_, block) => body.push(block),
            }
        }
        article.body = body;
    }
    r
}
