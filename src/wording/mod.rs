//! The wording of a release that writers share: a period in words and the summary sentence,
//! in English here and in Russian in [`ru`]; [`summary_sentence`] speaks the release's language.

pub(crate) mod ru;

use std::fmt;
use std::str::FromStr;

use chrono::Datelike;

use crate::error::ParseError;
use crate::model::{LanguageTag, Period, Release};
use crate::words::{is_mostly_cyrillic, month_name};

/// A language the crate reads and writes releases in: its layout's words, headings and
/// summary sentence. A release's own [`LanguageTag`] says which one it is written in.
///
/// The text form is the language's code (`en`, `ru`).
///
/// ```
/// use caricc_release::layout::Language;
///
/// assert_eq!("ru".parse::<Language>()?, Language::Russian);
/// assert_eq!(Language::Russian.to_string(), "ru");
/// assert_eq!(Language::of_text("ИНФОРМАЦИОННЫЙ РЕЛИЗ о прошедших событиях"), Language::Russian);
/// assert_eq!(Language::of_text("INFORMATION RELEASE about past events"), Language::English);
/// assert!(Language::Russian.tag().is_russian());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    #[default]
    English,
    /// Russian (`ru`).
    Russian,
}

impl Language {
    /// Every language, English first.
    pub const ALL: &'static [Language] = &[Language::English, Language::Russian];

    /// The language's code (BCP 47): `en`, `ru`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Russian => "ru",
        }
    }

    /// The language tag a release written in it carries.
    pub fn tag(self) -> LanguageTag {
        match self {
            Language::English => LanguageTag::english(),
            Language::Russian => LanguageTag::russian(),
        }
    }

    /// The language of a release's tag: Russian for `ru` and its regional forms, else English.
    pub fn of_tag(tag: &LanguageTag) -> Language {
        if tag.is_russian() {
            Language::Russian
        } else {
            Language::English
        }
    }

    /// The language a text is written in: Russian when it has more Cyrillic letters than
    /// Latin ones, else English.
    pub fn of_text(text: &str) -> Language {
        Language::of_texts([text])
    }

    /// The language texts are written in, all counted together, as [`Language::of_text`]
    /// counts one.
    pub(crate) fn of_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Language {
        if is_mostly_cyrillic(texts) {
            Language::Russian
        } else {
            Language::English
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Language {
    type Err = ParseError;

    /// Reads a language's code, in any letter case: `en`, `ru`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| ParseError::new("language", s, "expected en or ru"))
    }
}

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
///
/// A Russian release (its `language` is `ru`) gets the Russian sentence, with the numerals'
/// agreement Russian requires:
///
/// ```
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let mut release = caricc_release::from_json(&json)?;
/// release.language = caricc_release::LanguageTag::russian();
/// assert_eq!(
///     caricc_release::render::summary_sentence(&release),
///     "В период с 16 по 31 августа 2025 года по информации СМИ государств – участников ЦАРИКЦ \
///      и других стран освещено 13 событий в антинаркотической сфере (Азербайджан – 7, \
///      Казахстан – 3, Кыргызстан – 1, Россия – 2)."
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn summary_sentence(r: &Release) -> String {
    if r.language.is_russian() {
        return ru::summary_sentence(r);
    }
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
