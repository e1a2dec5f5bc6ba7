//! Markdown in the release's own layout, read back by the text-layout reader.

mod support;

use caricc_release::Release;
use caricc_release::layout::markdown;
use caricc_release::layout::parse;
use proptest::prelude::*;
use support::fixtures::{SUBSTANCES_JSON, golden};

#[test]
fn release_16_comes_back_from_its_markdown() {
    let release = golden();
    let md = markdown(&release);
    let parsed = parse(&md).unwrap();
    assert_eq!(parsed.release, release);
    // The layout of the real document, line by line where it is fixed.
    for line in [
        "# INFORMATION RELEASE\n\nABOUT PAST EVENTS IN THE ANTI-DRUG SPHERE  \n(according to the media)  \n16-31.08.2025\n\n#16\n\nAlmaty - 2025\n",
        "# INFORMATION RELEASE CARICC\n",
        "**EDITORIAL ADDRESS:**\n\nRepublic of Kazakhstan, 050008, Almaty, Abay Avenue, 52\n\ntel.: +7 727 259 99 90\n\nfax: +7 727 392 15 54\n\nregistry@caricc.org https://www.caricc.org/\n",
        "«Information Release about past events in the anti-drug sphere», #16, 2025\n\nCirculation in PDF format\n\n## CONTENTS\n\n<i>REPUBLIC OF AZERBAIJAN</i> .....\t2\n",
        "In the period from 16 to 31 August 2025, based on information from the media CARICC member states and other countries covered 13 events in the counter-narcotics field (*Azerbaijan – 7, Kazakhstan – 3, Kyrgyzstan – 1, Russia – 2*).\n",
        "## KYRGYZ REPUBLIC\n\n### REPRESENTATIVES OF CSTO COUNTRIES ON THE SHORES OF ISSYK-KUL DISCUSSED BIOSAFETY AND COMBATING DRUGS\n",
        "» said Ilya Tokarev, head of the youth policy department.\n",
        "<https://www.nmdk.gov.az/page/post/3428>\n\n<!-- caricc {\"date\":\"-\\u002d08-29\"",
    ] {
        assert!(md.contains(line), "the Markdown lacks {line:?}");
    }
    // Nothing had to be guessed but the typo the contents carry from the real document.
    let codes: Vec<&str> = parsed
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .collect();
    assert_eq!(
        codes,
        ["heading-typo"],
        "the contents print KYRGYZ PEPUBLIC"
    );
}

/// Substances and event kinds have no place in the printed layout: the article's comment
/// carries them (a statistic's substance inside its JSON), and they come back.
#[test]
fn substances_and_event_kinds_come_back_from_the_comment() {
    let release = caricc_release::from_json(SUBSTANCES_JSON).expect("the fixture reads");
    let md = markdown(&release);
    assert!(
        md.contains("\"unit\":\"kg\",\"substance\":\"cannabis_resin\""),
        "{md}"
    );
    assert!(
        md.contains("\"event_kinds\":[\"seizure\",\"arrest\",\"criminal_case\"]} -->"),
        "{md}"
    );
    let parsed = parse(&md).unwrap();
    assert_eq!(parsed.release, release);
}

#[test]
fn a_release_with_one_event_and_a_period_across_two_months() {
    let mut release = golden();
    release.period = "28.08-03.09.2025".parse().unwrap();
    release.sections.truncate(1);
    release.sections[0].articles.truncate(1);
    release.contents.truncate(1);
    release.summary.total_events = 1;
    release.summary.events_by_country.truncate(1);
    release.summary.events_by_country[0].events = 1;
    let md = markdown(&release);
    assert!(md.contains("In the period from 28 August to 3 September 2025, based on information from the media CARICC member states and other countries covered 1 event in the counter-narcotics field (*Azerbaijan – 1*)."), "{md}");
    assert_eq!(parse(&md).unwrap().release, release);
}

const IMG: &str = "<img src=x onerror=alert(1)>";

/// A headline, a paragraph, a bullet item and a quotation in release 16 that would be markup
/// if written as they stand.
fn markup_release() -> Release {
    let mut release = golden();
    let article = &mut release.sections[0].articles[0];
    article.headline = IMG.to_owned();
    article.body.push(caricc_release::Block::paragraph(format!(
        "A [link](javascript:alert(1)) & {IMG}, AT&T &lt; &#91;."
    )));
    article.body.push(caricc_release::Block::bullets([format!(
        "{IMG} <script>alert(1)</script>."
    )]));
    article
        .body
        .push(caricc_release::Block::quote(format!("{IMG}."), None));
    release
}

#[test]
fn no_text_of_a_release_becomes_markup() {
    let release = markup_release();
    let md = markdown(&release);
    for markup in ["<img", "<script", "[link]", "](", "&T", " & "] {
        assert!(
            !md.contains(markup),
            "the Markdown carries {markup:?}:\n{md}"
        );
    }
    assert!(
        md.contains("### &lt;img src=x onerror=alert(1)&gt;\n"),
        "{md}"
    );
    assert!(
        md.contains("A &#91;link&#93;(javascript:alert(1)) &amp; &lt;img"),
        "{md}"
    );
    assert!(md.contains("AT&amp;T &amp;lt; &amp;#91;."), "{md}");
    // The escapes are read back, and only they: the release comes back as it was.
    assert_eq!(parse(&md).unwrap().release, release);
}

#[test]
fn the_reader_reads_character_references_in_any_text() {
    let md = markdown(&golden()).replace(
        "### REPRESENTATIVES OF CSTO COUNTRIES",
        "### &lt;B&gt; &amp;amp; &copy; AT&T REPRESENTATIVES OF CSTO COUNTRIES",
    );
    let release = parse(&md).unwrap().release;
    let headlines: Vec<&str> = release
        .sections
        .iter()
        .flat_map(|s| &s.articles)
        .map(|a| a.headline.as_str())
        .collect();
    assert!(
        headlines
            .iter()
            .any(|h| h.starts_with("<B> &amp; &copy; AT&T REPRESENTATIVES")),
        "{headlines:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn generated_releases_come_back_from_their_markdown(r in support::layout_release()) {
        let md = markdown(&r);
        let parsed = parse(&md).map_err(|e| TestCaseError::fail(format!("{e}\n{md}")))?;
        let back: Release = parsed.release;
        prop_assert_eq!(&back, &r, "{}", md);
    }
}
