//! Deeply nested breakdowns fail with a clear error instead of exhausting the stack.

use caricc_release::limits::DEPTH_CEILING as MAX_BREAKDOWN_DEPTH;
use caricc_release::xml::ErrorKind;

fn document(depth: usize) -> String {
    let open = r#"<statistic value="1" unit="count"><measure>m</measure><breakdown>"#;
    let close = "</breakdown></statistic>";
    format!(
        r#"<release xmlns="urn:caricc-release:1" version="1.0" number="16" year="2025" format="PDF" language="en"><title>t</title><subtitle>s</subtitle><period start="2025-08-16" end="2025-08-31"/><place>Almaty</place><publisher><name>n</name><acronym>a</acronym><address country="KZ"><postal_code>1</postal_code><city>c</city><street>s</street></address><email>a@b.kz</email><website>https://b.kz/</website></publisher><contents/><summary total_events="1"/><sections><section country="KZ"><heading>h</heading><article><headline>h</headline>{}<statistic value="1" unit="count"><measure>m</measure></statistic>{}</article></section></sections></release>"#,
        open.repeat(depth),
        close.repeat(depth)
    )
}

#[test]
fn nesting_up_to_the_limit_reads() {
    let release = caricc_release::from_xml(&document(MAX_BREAKDOWN_DEPTH)).unwrap();
    let mut statistic = &release.sections[0].articles[0].statistics[0];
    let mut depth = 0;
    while let Some(part) = statistic.breakdown.first() {
        statistic = part;
        depth += 1;
    }
    assert_eq!(depth, MAX_BREAKDOWN_DEPTH);
}

#[test]
fn nesting_beyond_the_limit_is_an_error_not_a_crash() {
    for depth in [MAX_BREAKDOWN_DEPTH + 1, 100_000] {
        let err = caricc_release::from_xml(&document(depth)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Vocabulary);
        assert!(
            err.message()
                .contains("breakdowns nest deeper than 32 levels"),
            "{err}"
        );
        assert!(err.line() == 1 && err.column() > 1, "{err}");
    }
}
