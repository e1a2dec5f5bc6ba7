//! Periods of releases and the dates articles give.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Month, NaiveDate};

use crate::error::ParseError;
use crate::words::month_name;

/// The span of days a release covers, both ends included.
///
/// The text form is the release's own notation, as short as the dates allow:
/// `16-31.08.2025`, `28.08-03.09.2025`, `28.12.2025-03.01.2026`. Reading also takes the long
/// form `16.08.2025-31.08.2025`, an en dash or spaces around the dash, and ISO 8601
/// `2025-08-16/2025-08-31`. A reversed period is refused when read from text; built from its
/// fields (or JSON) it is kept, and `validate()` reports it as `period-reversed`.
///
/// ```
/// use caricc_release::Period;
///
/// let p: Period = "16-31.08.2025".parse()?;
/// assert_eq!(p, "2025-08-16/2025-08-31".parse()?);
/// assert_eq!(p, "16.08.2025 – 31.08.2025".parse()?);
/// assert_eq!(p.to_string(), "16-31.08.2025");
/// assert_eq!(p.to_iso_string(), "2025-08-16/2025-08-31");
/// assert_eq!(Period::semi_monthly(16, 2025), Some(p));
/// assert_eq!(p.semi_monthly_number(), Some(16));
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Period {
    /// First day covered.
    #[serde(with = "crate::model::serde_form::iso_date")]
    pub start: NaiveDate,
    /// Last day covered.
    #[serde(with = "crate::model::serde_form::iso_date")]
    pub end: NaiveDate,
}

impl Period {
    /// A period from `start` to `end`; `None` when `end` is before `start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period { start, end })
    }

    /// The period of release `number` of `year` on CARICC's semi-monthly schedule:
    /// #1 is 1–15 January, #2 is 16–31 January, … #24 is 16–31 December.
    pub fn semi_monthly(number: u32, year: i32) -> Option<Period> {
        if !(1..=24).contains(&number) {
            return None;
        }
        let month = number.div_ceil(2);
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        if number % 2 == 1 {
            Period::new(first, first.with_day(15)?)
        } else {
            Period::new(first.with_day(16)?, last_day_of_month(first)?)
        }
    }

    /// The number this period has on the semi-monthly schedule, if it is one of its periods.
    pub fn semi_monthly_number(&self) -> Option<u32> {
        let half = if self.start.day() == 1 { 1 } else { 2 };
        let number = self.start.month0() * 2 + half;
        (Period::semi_monthly(number, self.start.year()) == Some(*self)).then_some(number)
    }

    /// Whether `date` falls within the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Number of days covered, both ends included; zero or less when reversed.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// ISO 8601 interval notation, `2025-08-16/2025-08-31`.
    pub fn to_iso_string(&self) -> String {
        format!(
            "{}/{}",
            self.start.format("%Y-%m-%d"),
            self.end.format("%Y-%m-%d")
        )
    }
}

/// Whether a date of year `year` has an ISO 8601 form every reader reads back: four digits,
/// no sign.
pub(crate) fn writable_year(year: i32) -> bool {
    (0..=9999).contains(&year)
}

/// Reads exactly `YYYY-MM-DD`, as the data formats write dates (chrono's `%Y-%m-%d` also
/// takes `2025-8-16` and a sign).
pub(crate) fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(
        i32::try_from(number(0..4)?).ok()?,
        number(5..7)?,
        number(8..10)?,
    )
}

fn last_day_of_month(first: NaiveDate) -> Option<NaiveDate> {
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)?
    };
    next.pred_opt()
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (s, e) = (self.start, self.end);
        let start = if s.year() != e.year() {
            s.format("%d.%m.%Y")
        } else if s.month() != e.month() {
            s.format("%d.%m")
        } else {
            s.format("%d")
        };
        crate::error::pad(f, format_args!("{start}-{}", e.format("%d.%m.%Y")))
    }
}

impl FromStr for Period {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| ParseError::new("period", s, reason);
        let (start, end) = if let Some((a, b)) = s.split_once('/') {
            let iso = |p: &str| {
                parse_iso_date(p.trim())
                    .ok_or_else(|| err("expected ISO dates, e.g. \"2025-08-16/2025-08-31\""))
            };
            (iso(a)?, iso(b)?)
        } else {
            let compact: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| {
                    if matches!(c, '\u{2013}' | '\u{2014}' | '\u{2012}') {
                        '-'
                    } else {
                        c
                    }
                })
                .collect();
            let (a, b) = compact.split_once('-').ok_or_else(|| {
                err("expected two dates joined by a dash, e.g. \"16-31.08.2025\"")
            })?;
            let end = dotted(b, None)
                .ok_or_else(|| err("the end date is not a valid DD.MM.YYYY date"))?;
            let start =
                dotted(a, Some(end)).ok_or_else(|| err("the start date is not a valid date"))?;
            (start, end)
        };
        Period::new(start, end).ok_or_else(|| err("the end is before the start"))
    }
}

/// Reads `DD.MM.YYYY`, or with `full` given, also `DD` and `DD.MM` taking the rest from it.
pub(crate) fn dotted(text: &str, full: Option<NaiveDate>) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('.').collect();
    let number = |p: &str, max_len: usize| -> Option<u32> {
        if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let year = |p: &str| (p.len() == 4).then(|| number(p, 4)).flatten();
    let (day, month, year) = match (parts.as_slice(), full) {
        ([d, m, y], _) => (number(d, 2)?, number(m, 2)?, year(y)? as i32),
        ([d, m], Some(f)) => (number(d, 2)?, number(m, 2)?, f.year()),
        ([d], Some(f)) => (number(d, 2)?, f.month(), f.year()),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

impl TryFrom<&str> for Period {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// The date an article gives: a day and month, with or without a year ("29 August",
/// "18 August 2025").
///
/// The text form is the release's own ("29 August", "18 August 2025"); reading also takes
/// ISO 8601 (`2025-08-18`, and `--08-29` for a date without a year, as JSON writes it) and
/// `18.08.2025`.
///
/// ```
/// use caricc_release::ArticleDate;
///
/// let d: ArticleDate = "29 August".parse()?;
/// assert_eq!(d.year(), None);
/// assert_eq!(d.to_iso_string(), "--08-29");
/// assert_eq!(d.in_year(2025).unwrap().to_string(), "2025-08-29");
/// let full: ArticleDate = "2025-08-18".parse()?;
/// assert_eq!(full.to_string(), "18 August 2025");
/// assert!("30 February".parse::<ArticleDate>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArticleDate {
    year: Option<i32>,
    month: u8,
    day: u8,
}

impl ArticleDate {
    /// A full date.
    pub fn from_date(date: NaiveDate) -> ArticleDate {
        ArticleDate {
            year: Some(date.year()),
            month: date.month() as u8,
            day: date.day() as u8,
        }
    }

    /// A day of a month without a year; `None` if no year has that day (29 February is allowed).
    pub fn without_year(month: u32, day: u32) -> Option<ArticleDate> {
        // 2000 is a leap year: every day that any year has exists in it.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        Some(ArticleDate {
            year: None,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year, when the article gives one.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month.
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// The full date, when the article gives a year.
    pub fn to_date(&self) -> Option<NaiveDate> {
        self.in_year(self.year?)
    }

    /// The date in `year`, or in its own year when it has one; `None` for 29 February in a
    /// common year.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.unwrap_or(year), self.month(), self.day())
    }

    /// Reads ISO 8601 only, as the data formats write it: `2025-08-18` or `--08-29`.
    pub(crate) fn from_iso(text: &str) -> Option<ArticleDate> {
        match text.strip_prefix("--") {
            Some(md) => {
                let (m, d) = md.split_once('-')?;
                ArticleDate::without_year(two_digits(m)?, two_digits(d)?)
            }
            None => parse_iso_date(text).map(ArticleDate::from_date),
        }
    }

    /// ISO 8601: `2025-08-18`, or `--08-29` without a year.
    pub fn to_iso_string(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (day, month) = (self.day, month_name(self.month));
        match self.year {
            Some(y) => crate::error::pad(f, format_args!("{day} {month} {y}")),
            None => crate::error::pad(f, format_args!("{day} {month}")),
        }
    }
}

impl FromStr for ArticleDate {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || {
            ParseError::new(
                "article date",
                s,
                "expected a real date such as \"29 August\", \"18 August 2025\", \"2025-08-18\" or \"--08-29\"",
            )
        };
        let t = s.trim();
        if let Some(md) = t.strip_prefix("--") {
            let (m, d) = md.split_once('-').ok_or_else(err)?;
            let (m, d) = (
                two_digits(m).ok_or_else(err)?,
                two_digits(d).ok_or_else(err)?,
            );
            return ArticleDate::without_year(m, d).ok_or_else(err);
        }
        if let Some(date) = parse_iso_date(t) {
            return Ok(ArticleDate::from_date(date));
        }
        if let Some(date) = dotted(t, None) {
            return Ok(ArticleDate::from_date(date));
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let (day, month, year) = match words.as_slice() {
            [d, m] => (*d, *m, None),
            [d, m, y] => (*d, *m, Some(*y)),
            _ => return Err(err()),
        };
        let day: u32 = day.parse().map_err(|_| err())?;
        let month = month
            .parse::<Month>()
            .map_err(|_| err())?
            .number_from_month();
        match year {
            None => ArticleDate::without_year(month, day).ok_or_else(err),
            Some(y) => {
                // Up to four digits and no sign: the years the data formats can write.
                if y.len() > 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(err());
                }
                let y: i32 = y.parse().map_err(|_| err())?;
                NaiveDate::from_ymd_opt(y, month, day)
                    .map(ArticleDate::from_date)
                    .ok_or_else(err)
            }
        }
    }
}

fn two_digits(p: &str) -> Option<u32> {
    (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| p.parse().ok())
        .flatten()
}

impl TryFrom<&str> for ArticleDate {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// The serde form: ISO 8601, `"2025-08-18"` or `"--08-29"`.
impl serde::Serialize for ArticleDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.year {
            Some(y) if !writable_year(y) => Err(serde::ser::Error::custom(unwritable_year(y))),
            _ => serializer.serialize_str(&self.to_iso_string()),
        }
    }
}

/// Why a date cannot be written.
pub(crate) fn unwritable_year(year: i32) -> String {
    format!("the year {year} cannot be written: dates are written with years 0000 to 9999")
}

impl<'de> serde::Deserialize<'de> for ArticleDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::serde_form::deserialize_str_with(deserializer, |text| {
            ArticleDate::from_iso(text).ok_or_else(|| {
                format!("invalid article date {text:?}: expected \"YYYY-MM-DD\" or \"--MM-DD\"")
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_every_notation() {
        let aug = Period::new(ymd(2025, 8, 16), ymd(2025, 8, 31)).unwrap();
        for s in [
            "16-31.08.2025",
            "16.08.2025-31.08.2025",
            "16.08-31.08.2025",
            "16–31.08.2025",
            "16.08.2025 – 31.08.2025",
            "2025-08-16/2025-08-31",
        ] {
            assert_eq!(s.parse::<Period>().unwrap(), aug, "{s}");
        }
        let across = "28.08-03.09.2025".parse::<Period>().unwrap();
        assert_eq!(
            across,
            Period::new(ymd(2025, 8, 28), ymd(2025, 9, 3)).unwrap()
        );
        assert_eq!(across.to_string(), "28.08-03.09.2025");
        let new_year = "28.12.2025-03.01.2026".parse::<Period>().unwrap();
        assert_eq!(new_year.to_string(), "28.12.2025-03.01.2026");
        assert_eq!(new_year.days(), 7);
    }

    #[test]
    fn refuses_impossible_and_reversed() {
        for s in [
            "31-16.08.2025",
            "31.02.2025-01.03.2025",
            "16-32.08.2025",
            "16-31.13.2025",
            "",
            "16.08.2025",
            "a-b",
            "16-31.08.25",
        ] {
            assert!(s.parse::<Period>().is_err(), "{s}");
        }
    }

    #[test]
    fn semi_monthly_schedule() {
        assert_eq!(
            Period::semi_monthly(1, 2025).unwrap().to_string(),
            "01-15.01.2025"
        );
        assert_eq!(
            Period::semi_monthly(4, 2024).unwrap().to_string(),
            "16-29.02.2024"
        );
        assert_eq!(
            Period::semi_monthly(24, 2025).unwrap().to_string(),
            "16-31.12.2025"
        );
        assert_eq!(Period::semi_monthly(0, 2025), None);
        assert_eq!(Period::semi_monthly(25, 2025), None);
        for n in 1..=24 {
            assert_eq!(
                Period::semi_monthly(n, 2025).unwrap().semi_monthly_number(),
                Some(n)
            );
        }
        assert_eq!(
            "28.08-03.09.2025"
                .parse::<Period>()
                .unwrap()
                .semi_monthly_number(),
            None
        );
    }

    #[test]
    fn json_dates_read_as_strings_only() {
        let err = |json: &str| {
            serde_json::from_str::<ArticleDate>(json)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            serde_json::from_str::<ArticleDate>("\"--08-29\"").unwrap(),
            "29 August".parse::<ArticleDate>().unwrap()
        );
        assert_eq!(
            serde_json::from_str::<Period>(r#"{"start": "2025-08-16", "end": "2025-08-31"}"#)
                .unwrap(),
            "16-31.08.2025".parse::<Period>().unwrap()
        );
        assert_eq!(
            err("18"),
            "invalid type: integer `18`, expected a string at line 1 column 2"
        );
        assert_eq!(
            err("\"2025-8-18\""),
            "invalid article date \"2025-8-18\": expected \"YYYY-MM-DD\" or \"--MM-DD\" \
             at line 1 column 11"
        );
        let period = |json: &str| {
            serde_json::from_str::<Period>(json)
                .unwrap_err()
                .to_string()
        };
        assert!(
            period(r#"{"start": null, "end": "2025-08-31"}"#)
                .starts_with("invalid type: null, expected a string")
        );
        assert!(
            period(r#"{"start": "2025-08-32", "end": "2025-08-31"}"#)
                .starts_with("invalid date \"2025-08-32\": expected YYYY-MM-DD")
        );
    }

    #[test]
    fn article_dates() {
        let d: ArticleDate = "29 August".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (None, 8, 29));
        assert_eq!(d.to_string(), "29 August");
        assert_eq!("--08-29".parse::<ArticleDate>().unwrap(), d);
        assert_eq!(
            "29 february"
                .parse::<ArticleDate>()
                .unwrap()
                .to_iso_string(),
            "--02-29"
        );
        assert!("29 February 2025".parse::<ArticleDate>().is_err());
        assert!("--02-30".parse::<ArticleDate>().is_err());
        assert_eq!(
            "18.08.2025".parse::<ArticleDate>().unwrap().to_string(),
            "18 August 2025"
        );
    }
}
