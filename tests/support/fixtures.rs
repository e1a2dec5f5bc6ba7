//! The files the tests read, in one place: the golden release #16/2025 (`tests/golden/`, as
//! text built into the test and as paths for the command line), the text-layout fixture
//! #19/2025 (`tests/fixtures/`), and the seed, the real document in the corpus beside the
//! checkout (`../shared/corpus/`), which is not part of the package and so is read at run time.

use caricc_release::{Release, from_json};

/// `tests/golden/release-2025-16.json`, as a path (for the command line and messages).
pub const GOLDEN_JSON_PATH: &str = concat!(library_root!(), "/tests/golden/release-2025-16.json");

/// `tests/golden/release-2025-16.xml`, as a path (for the command line, and for rewriting it).
pub const GOLDEN_XML_PATH: &str = concat!(library_root!(), "/tests/golden/release-2025-16.xml");

/// The golden JSON: release #16/2025 as the example `release_2025_16` prints it.
pub const GOLDEN_JSON: &str = include_str!("../golden/release-2025-16.json");

/// The golden XML: what `to_xml` writes of the golden release.
pub const GOLDEN_XML: &str = include_str!("../golden/release-2025-16.xml");

/// How the golden JSON is made again, when the example changes on purpose.
pub const REGENERATE_GOLDEN_JSON: &str =
    "cargo run -q --example release_2025_16 > tests/golden/release-2025-16.json";

/// The golden release, read from the golden JSON.
pub fn golden() -> Release {
    from_json(GOLDEN_JSON).unwrap_or_else(|e| {
        panic!(
            "tests/golden/release-2025-16.json does not read: {e}\n\
             regenerate it with: {REGENERATE_GOLDEN_JSON}"
        )
    })
}

/// `tests/fixtures/release-2025-19-variant.txt`, as a path: #19/2025 (Tajikistan 2,
/// Turkmenistan 1, Uzbekistan 2) in the text layout, with the layout's variations.
pub const VARIANT_19_PATH: &str = concat!(
    library_root!(),
    "/tests/fixtures/release-2025-19-variant.txt"
);

/// The text of `VARIANT_19_PATH`.
pub const VARIANT_19: &str = include_str!("../fixtures/release-2025-19-variant.txt");

/// The seed: the real release #16/2025 as a PDF-to-text tool left it, in the corpus beside
/// the checkout.
pub const SEED_PATH: &str = concat!(
    library_root!(),
    "/../shared/corpus/caricc-information-release-2025-16.txt"
);

/// The text of `SEED_PATH`; a missing corpus fails the test, saying where it must be.
pub fn seed() -> String {
    std::fs::read_to_string(SEED_PATH).unwrap_or_else(|e| {
        panic!("{SEED_PATH}: {e} (the corpus must sit beside the checkout, in ../shared/corpus/)")
    })
}

/// `tests/fixtures/substances-and-event-kinds.json`, written by hand: release #17/2025 with
/// one Kazakh section whose statistics carry substances (hashish, marijuana, precursors, a
/// total of unspecified drugs with typed parts) and whose articles carry event kinds.
pub const SUBSTANCES_JSON: &str = include_str!("../fixtures/substances-and-event-kinds.json");

/// `tests/fixtures/substances-and-event-kinds.xml`: the same release in the XML vocabulary
/// 1.1, written by hand.
pub const SUBSTANCES_XML: &str = include_str!("../fixtures/substances-and-event-kinds.xml");

/// The release less what version 1.1 of the JSON form and of the XML vocabulary added (the
/// substances and event kinds of issue #15): what a 1.0 document of it reads to.
pub fn without_substances_and_event_kinds(mut release: Release) -> Release {
    fn clear(statistic: &mut caricc_release::Statistic) {
        statistic.substance = None;
        statistic.breakdown.iter_mut().for_each(clear);
    }
    for article in release.sections.iter_mut().flat_map(|s| &mut s.articles) {
        article.event_kinds.clear();
        article.statistics.iter_mut().for_each(clear);
    }
    release
}
