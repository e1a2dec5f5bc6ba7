//! The synthetic release the XML bench measures: deterministic, as large as asked, valid, and
//! lossless through XML and JSON.

mod support;

use caricc_release::xml::WriteConfig;
use caricc_release::{from_json, from_xml, to_json, to_json_pretty, to_xml, to_xml_with};
use support::synthetic::synthetic_release;

fn articles(r: &caricc_release::Release) -> usize {
    r.sections.iter().map(|s| s.articles.len()).sum()
}

#[test]
fn is_deterministic() {
    assert_eq!(synthetic_release(1000), synthetic_release(1000));
    assert_eq!(
        to_xml(&synthetic_release(13)).unwrap(),
        to_xml(&synthetic_release(13)).unwrap()
    );
}

#[test]
fn has_the_requested_articles_and_validates() {
    for n in [0, 1, 6, 7, 13, 100, 1000] {
        let r = synthetic_release(n);
        assert_eq!(articles(&r), n, "{n} articles asked");
        assert_eq!(r.summary.total_events as usize, n);
        let problems = r.validate();
        assert!(problems.is_empty(), "{n} articles: {problems:?}");
    }
}

#[test]
fn spreads_over_the_member_states_on_increasing_pages() {
    let r = synthetic_release(1000);
    let countries: Vec<&str> = r.sections.iter().map(|s| s.country.alpha2()).collect();
    assert_eq!(countries, ["AZ", "KZ", "KG", "RU", "TJ", "TM", "UZ"]);
    let pages: Vec<u32> = r.sections.iter().filter_map(|s| s.page).collect();
    assert_eq!(pages.len(), 7);
    assert!(pages.windows(2).all(|w| w[0] < w[1]), "{pages:?}");
    let mut sources: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|s| &s.articles)
        .flat_map(|a| &a.sources)
        .map(|u| u.as_str())
        .collect();
    assert_eq!(sources.len(), 1000);
    sources.sort_unstable();
    sources.dedup();
    assert_eq!(sources.len(), 1000, "sources are unique");
    let stats = r
        .sections
        .iter()
        .flat_map(|s| &s.articles)
        .map(|a| a.statistics.len());
    assert!(stats.clone().all(|n| n <= 3));
    assert!(stats.clone().any(|n| n == 0) && stats.clone().any(|n| n == 3));
}

#[test]
fn text_volume_is_like_release_16() {
    // Release #16: 13 articles in about 30 KB of XML, ~2.3 KB an article.
    let xml = to_xml(&synthetic_release(1000)).unwrap();
    let per_article = xml.len() / 1000;
    assert!(
        (1900..=2600).contains(&per_article),
        "{per_article} bytes an article"
    );
    assert!(xml.contains('ə') && xml.contains('“') && xml.contains('Қ') && xml.contains("&amp;"));
}

#[test]
fn round_trips_through_xml_and_json() {
    for n in [13, 1000] {
        let r = synthetic_release(n);
        let pretty = to_xml(&r).unwrap();
        assert_eq!(from_xml(&pretty).unwrap(), r);
        let compact = to_xml_with(&r, &WriteConfig::compact()).unwrap();
        assert_eq!(from_xml(&compact).unwrap(), r);
        assert_eq!(from_json(&to_json(&r).unwrap()).unwrap(), r);
        assert_eq!(from_json(&to_json_pretty(&r).unwrap()).unwrap(), r);
    }
}
