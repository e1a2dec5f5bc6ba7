//! The English wording of a release that writers share: a period in words and the summary
//! sentence.

use chrono::Datelike;

use crate::model::{Period, Release};
use crate::words::month_name;

/// "from 16 to 31 August 2025", "from 28 August to 3 September 2025",
/// "from 28 December 2025 to 3 January 2026".
pub(crate) fn period_in_words(p: Period) -> String {
    let (s, e) = (p.start, p.end);
    if s.year() != e.year() {
        format!(
            "from {} {} {} to {} {} {}",
            s.day(),
            month_name(s.month() as u8),
            s.year(),
            e.day(),
            month_name(e.month() as u8),
            e.year()
        )
    } else if s.month() != e.month() {
        format!(
            "from {} {} to {} {} {}",
            s.day(),
            month_name(s.month() as u8),
            e.day(),
            month_name(e.month() as u8),
            e.year()
        )
    } else {
        format!(
            "from {} to {} {} {}",
            s.day(),
            e.day(),
            month_name(e.month() as u8),
            e.year()
        )
    }
}

/// The summary sentence, generated from the summary's counts:
/// "In the period from 16 to 31 August 2025, based on information from the media CARICC member
/// states and other countries covered 13 events in the counter-narcotics field (Azerbaijan – 7,
/// Kazakhstan – 3, Kyrgyzstan – 1, Russia – 2)."
///
/// ```
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// assert_eq!(
///     caricc_release::render::summary_sentence(&release),
///     "In the period from 16 to 31 August 2025, based on information from the media CARICC \
///      member states and other countries covered 13 events in the counter-narcotics field \
///      (Azerbaijan – 7, Kazakhstan – 3, Kyrgyzstan – 1, Russia – 2)."
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn summary_sentence(r: &Release) -> String {
    let counts: Vec<String> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| format!("{} – {}", c.country.common_name(), c.events))
        .collect();
    format!(
        "In the period {}, based on information from the media CARICC member states and other countries covered {} in the counter-narcotics field ({}).",
        period_in_words(r.period),
        events(r.summary.total_events),
        counts.join(", ")
    )
}

/// "1 event", "13 events".
fn events(n: u32) -> String {
    if n == 1 {
        "1 event".to_owned()
    } else {
        format!("{n} events")
    }
}
