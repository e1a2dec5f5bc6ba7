//! The Russian wording of a release: a period in words («с 16 по 31 августа 2025 года»), the
//! summary sentence with its numerals' agreement, and the words the Russian layout prints.

use chrono::Datelike;

use crate::model::{Period, Release};
use crate::words::month_name_ru;

/// The summary sentence's words between the period and the count.
pub(crate) const SUMMARY_MEDIA: &str =
    "по информации СМИ государств – участников ЦАРИКЦ и других стран";
/// The summary sentence's words after the count.
pub(crate) const SUMMARY_FIELD: &str = "в антинаркотической сфере";

/// «с 16 по 31 августа 2025 года», «с 28 августа по 3 сентября 2025 года»,
/// «с 28 декабря 2025 года по 3 января 2026 года».
pub(crate) fn period_in_words(p: Period) -> String {
    let (s, e) = (p.start, p.end);
    let month = |d: chrono::NaiveDate| month_name_ru(d.month() as u8);
    if s.year() != e.year() {
        format!(
            "с {} {} {} года по {} {} {} года",
            s.day(),
            month(s),
            s.year(),
            e.day(),
            month(e),
            e.year()
        )
    } else if s.month() != e.month() {
        format!(
            "с {} {} по {} {} {} года",
            s.day(),
            month(s),
            e.day(),
            month(e),
            e.year()
        )
    } else {
        format!(
            "с {} по {} {} {} года",
            s.day(),
            e.day(),
            month(e),
            e.year()
        )
    }
}

/// The Russian summary sentence: «В период с 16 по 31 августа 2025 года по информации СМИ
/// государств – участников ЦАРИКЦ и других стран освещено 13 событий в антинаркотической
/// сфере (Азербайджан – 7, Казахстан – 3, Кыргызстан – 1, Россия – 2).»
pub(crate) fn summary_sentence(r: &Release) -> String {
    let counts: Vec<String> = r
        .summary
        .events_by_country
        .iter()
        .map(|c| format!("{} – {}", c.country.russian_name(), c.events))
        .collect();
    format!(
        "В период {} {SUMMARY_MEDIA} {} {SUMMARY_FIELD} ({}).",
        period_in_words(r.period),
        covered_events(r.summary.total_events),
        counts.join(", ")
    )
}

/// How a Russian numeral governs the noun after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Agreement {
    /// 1, 21, 101: «событие».
    One,
    /// 2–4, 22–24: «события».
    Few,
    /// 0, 5–20, 25–30, 111–114: «событий».
    Many,
}

/// The agreement a cardinal number requires.
pub(crate) fn agreement(n: u32) -> Agreement {
    match (n % 10, n % 100) {
        (_, 11..=14) => Agreement::Many,
        (1, _) => Agreement::One,
        (2..=4, _) => Agreement::Few,
        _ => Agreement::Many,
    }
}

/// «освещено 1 событие», «освещены 3 события», «освещено 13 событий»: the participle agrees
/// with the numeral as Russian requires (plural with 2–4, neuter singular otherwise).
pub(crate) fn covered_events(n: u32) -> String {
    match agreement(n) {
        Agreement::One => format!("освещено {n} событие"),
        Agreement::Few => format!("освещены {n} события"),
        Agreement::Many => format!("освещено {n} событий"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn period(a: (i32, u32, u32), b: (i32, u32, u32)) -> Period {
        let d = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        Period::new(d(a), d(b)).expect("a period")
    }

    #[test]
    fn periods_in_words() {
        assert_eq!(
            period_in_words(period((2025, 8, 16), (2025, 8, 31))),
            "с 16 по 31 августа 2025 года"
        );
        assert_eq!(
            period_in_words(period((2025, 8, 28), (2025, 9, 3))),
            "с 28 августа по 3 сентября 2025 года"
        );
        assert_eq!(
            period_in_words(period((2025, 12, 28), (2026, 1, 3))),
            "с 28 декабря 2025 года по 3 января 2026 года"
        );
    }

    #[test]
    fn numerals_agree() {
        for (n, text) in [
            (0, "освещено 0 событий"),
            (1, "освещено 1 событие"),
            (2, "освещены 2 события"),
            (4, "освещены 4 события"),
            (5, "освещено 5 событий"),
            (11, "освещено 11 событий"),
            (12, "освещено 12 событий"),
            (13, "освещено 13 событий"),
            (20, "освещено 20 событий"),
            (21, "освещено 21 событие"),
            (22, "освещены 22 события"),
            (101, "освещено 101 событие"),
            (111, "освещено 111 событий"),
            (114, "освещено 114 событий"),
            (124, "освещены 124 события"),
        ] {
            assert_eq!(covered_events(n), text, "{n}");
        }
    }
}
