//! Property tests: arbitrary valid releases survive JSON unchanged, and the small types'
//! text forms round-trip.

#[allow(dead_code)] // the fuzz targets use some checks this file does not
#[path = "support/checks.rs"]
mod checks;
mod support;

use caricc_release::{
    ArticleDate, Decimal, EmailAddress, Period, PhoneNumber, from_json, to_json, to_json_pretty,
};
use chrono::NaiveDate;
use proptest::prelude::*;

/// Text for the readers of small types: anything at all, or text near the shapes they read
/// (numbers, periods, dates, release ids, codes and tags, qualifiers and formats, units, phone
/// numbers, e-mail addresses), so that much of it reads and what reads is written and read back.
fn small_type_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[-+]?[0-9]{1,4}([.,][0-9]{0,4})?",
        "[0-3]?[0-9](\\.[01]?[0-9])? ?[-–] ?[0-3]?[0-9]\\.[01]?[0-9]\\.[0-9]{4}",
        "[0-9]{4}-[01][0-9]-[0-3][0-9](/[0-9]{4}-[01][0-9]-[0-3][0-9])?",
        "--[01][0-9]-[0-3][0-9]",
        "[0-3]?[0-9] (January|August|December|Aug)( [0-9]{1,5})?",
        "#?[0-9]{1,3}/[0-9]{3,5}",
        "[A-Za-z]{1,3}(-[A-Za-z0-9]{1,9}){0,2}",
        "[A-Z]{2,3}",
        "(exact|over|at_least|about|up_to|less_than|more than|Nearly|up  to|PDF|HTML|print|pdf|KZT|USD|kzt)",
        "(count|t|kg|g|mg|l|ha|percent|year|month|day|factor|other:[a-z ]{0,5}|[A-Z]{3})",
        "\\+?[0-9 ().-]{1,20}",
        "[a-z.]{0,8}@[a-z.@-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trips(r in support::release()) {
        prop_assert!(r.validate().is_valid());
        let compact = to_json(&r).unwrap();
        prop_assert_eq!(&from_json(&compact).unwrap(), &r);
        let pretty = to_json_pretty(&r).unwrap();
        let back = from_json(&pretty).unwrap();
        prop_assert_eq!(&back, &r);
        prop_assert_eq!(to_json_pretty(&back).unwrap(), pretty);
    }

    #[test]
    fn xml_round_trips(r in support::release()) {
        let pretty = caricc_release::to_xml(&r).unwrap();
        prop_assert_eq!(&caricc_release::from_xml(&pretty).unwrap(), &r);
        let compact = caricc_release::to_xml_with(&r, &caricc_release::xml::WriteConfig::compact().with_declaration(false)).unwrap();
        prop_assert_eq!(&caricc_release::from_xml(&compact).unwrap(), &r);
        // JSON -> XML -> JSON gives the same bytes.
        let json = to_json_pretty(&r).unwrap();
        let again = to_json_pretty(&caricc_release::from_xml(&caricc_release::to_xml(&from_json(&json).unwrap()).unwrap()).unwrap()).unwrap();
        prop_assert_eq!(again, json);
    }

    #[test]
    fn decimal_text_round_trips(m in any::<i64>(), s in 0u8..=28) {
        let d = Decimal::new(i128::from(m), s).unwrap();
        prop_assert_eq!(d.to_string().parse::<Decimal>().unwrap(), d);
    }

    #[test]
    fn period_text_round_trips(start in 0i64..40_000, len in 0i64..400) {
        let base = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
        let p = Period::new(base + chrono::Days::new(start as u64), base + chrono::Days::new((start + len) as u64)).unwrap();
        prop_assert_eq!(p.to_string().parse::<Period>().unwrap(), p);
        prop_assert_eq!(p.to_iso_string().parse::<Period>().unwrap(), p);
    }

    #[test]
    fn article_date_text_round_trips(month in 1u32..=12, day in 1u32..=31, year in prop::option::of(1900i32..2100)) {
        let date = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day).map(ArticleDate::from_date),
            None => ArticleDate::without_year(month, day),
        };
        if let Some(d) = date {
            prop_assert_eq!(d.to_string().parse::<ArticleDate>().unwrap(), d);
            prop_assert_eq!(d.to_iso_string().parse::<ArticleDate>().unwrap(), d);
        }
    }

    #[test]
    fn small_type_readers_never_panic_and_what_they_read_round_trips(s in small_type_text()) {
        // Whatever a reader of a small type reads (a period, decimal, article date, unit,
        // country, currency, qualifier, format, release id or language tag; a phone number or
        // e-mail address) shows as text that reads back equal; the rest is its ParseError.
        // The same text through the release readers, and statistic extraction, which must
        // not panic either: a release they read round-trips through JSON and XML.
        checks::all(s.as_bytes());
        checks::reparses::<PhoneNumber>(&s);
        checks::reparses::<EmailAddress>(&s);
    }

    #[test]
    fn text_reader_never_panics_on_release_shaped_text(lines in prop::collection::vec(prop::sample::select(vec![
        "# INFORMATION RELEASE", "16-31.08.2025", "#16", "Almaty - 2025", "## CONTENTS",
        "<i>KYRGYZ PEPUBLIC</i> .....\t8", "## REPUBLIC OF KAZAKHSTAN", "KYRGYZ REPUBLIC", "**HEADLINE**",
        "- 4655 drug crimes, 2100 of which", "«Quote,» said Name, role.", "<https://polisia.kz/ru/>",
        "covered 13 events (Kazakhstan – 3)", "", "", "text without end", "tel.: +7 727", "registry@caricc.org www.caricc.org",
        "«Information Release», #16, 2025", "over 11 tons", "5 to 20 years", "\u{FEFF}", "\r", "Қазақстан ə ş", "*", "(", ")",
    ]), 0..40)) {
        let text = lines.join("\n");
        if let Ok(parsed) = caricc_release::layout::parse(&text) {
            let _ = parsed.release.validate();
            let _ = caricc_release::to_json(&parsed.release);
        }
    }

    #[test]
    fn xml_reader_never_panics_on_mangled_documents(cut in 0usize..32_000, junk in "\\PC{0,8}") {
        let xml = caricc_release::to_xml(&support::fixtures::golden()).unwrap();
        let mut at = cut.min(xml.len());
        while !xml.is_char_boundary(at) {
            at -= 1;
        }
        let mangled = format!("{}{}{}", &xml[..at], junk, &xml[at..]);
        let _ = caricc_release::from_xml(&mangled);
        let _ = caricc_release::from_xml(&xml[..at]);
    }
}
