//! The words of the layout, one table per language: the reader's logic is one, and a
//! release in another language is one more table. The reader looks for any language's words
//! (a typist may leave an English label in a Russian release); the release's language picks
//! the defaults (series title, subtitle, place).

use crate::model::Publisher;
use crate::model::{SERIES_SUBTITLE, SERIES_SUBTITLE_RU, SERIES_TITLE, SERIES_TITLE_RU};
use crate::wording::Language;

/// The words of one language's layout.
pub(crate) struct Lexicon {
    /// How the cover's title and the editorial block's heading begin.
    pub(crate) title_start: &'static str,
    pub(crate) series_title: &'static str,
    pub(crate) series_subtitle: &'static str,
    /// The place of publication when the cover prints none.
    pub(crate) place: &'static str,
    /// The contents heading.
    pub(crate) contents: &'static str,
    /// How the publisher's name begins, as the closing block prints it.
    pub(crate) publisher_start: &'static str,
    /// The editorial block's address label, in lower case.
    pub(crate) editorial_address: &'static str,
    /// How the telephone, fax and website lines begin, in lower case.
    pub(crate) telephone: &'static [&'static str],
    pub(crate) fax: &'static [&'static str],
    pub(crate) website: &'static [&'static str],
    /// Labels before an e-mail address or a website on their line, in lower case.
    pub(crate) labels: &'static [&'static str],
    /// How the circulation line begins, in lower case.
    pub(crate) circulation: &'static str,
    /// The summary sentence's verbs (their stems, in lower case) and its nouns for "event".
    pub(crate) covered: &'static [&'static str],
    pub(crate) events: &'static [&'static str],
    /// "and" between the last two items of a list, with its spaces.
    pub(crate) and: &'static str,
    /// The verbs that name a quotation's speaker, in lower case.
    pub(crate) speech_verbs: &'static [&'static str],
}

static ENGLISH: Lexicon = Lexicon {
    title_start: "INFORMATION RELEASE",
    series_title: SERIES_TITLE,
    series_subtitle: SERIES_SUBTITLE,
    place: "Almaty",
    contents: "CONTENTS",
    publisher_start: "Central Asian Regional",
    editorial_address: "editorial address",
    telephone: &["tel"],
    fax: &["fax"],
    website: &["website", "web:"],
    labels: &["e-mail:", "email:", "website:", "web:"],
    circulation: "circulation in",
    covered: &["covered"],
    events: &["event", "events"],
    and: " and ",
    speech_verbs: &[
        "said",
        "noted",
        "stated",
        "added",
        "emphasized",
        "emphasised",
        "stressed",
        "explained",
        "reported",
        "announced",
        "informed",
        "told",
        "warned",
        "underlined",
        "recalled",
        "says",
        "notes",
        "states",
        "reports",
    ],
};

static RUSSIAN: Lexicon = Lexicon {
    title_start: "ИНФОРМАЦИОННЫЙ РЕЛИЗ",
    series_title: SERIES_TITLE_RU,
    series_subtitle: SERIES_SUBTITLE_RU,
    place: "Алматы",
    contents: "СОДЕРЖАНИЕ",
    publisher_start: "Центрально-Азиатский региональный",
    editorial_address: "адрес редакции",
    telephone: &["тел"],
    fax: &["факс"],
    website: &["сайт", "веб-сайт", "интернет-сайт"],
    labels: &[
        "e-mail:",
        "email:",
        "эл.",
        "эл.почта:",
        "почта:",
        "сайт:",
        "веб-сайт:",
        "интернет-сайт:",
    ],
    circulation: "распространяется в",
    // «освещено», «освещены», «освещалось»; «отражено», «зафиксировано» in other hands.
    covered: &["освещ", "отраж", "зафиксирован"],
    events: &["событие", "события", "событий"],
    and: " и ",
    speech_verbs: &[
        "сказал",
        "сказала",
        "отметил",
        "отметила",
        "подчеркнул",
        "подчеркнула",
        "заявил",
        "заявила",
        "добавил",
        "добавила",
        "пояснил",
        "пояснила",
        "сообщил",
        "сообщила",
        "рассказал",
        "рассказала",
        "уточнил",
        "уточнила",
        "напомнил",
        "напомнила",
        "предупредил",
        "предупредила",
        "указал",
        "указала",
        "констатировал",
        "констатировала",
        "резюмировал",
        "резюмировала",
        // «…», – отметили в пресс-службе МВД.
        "сказали",
        "отметили",
        "подчеркнули",
        "заявили",
        "добавили",
        "пояснили",
        "сообщили",
        "рассказали",
        "уточнили",
        "напомнили",
        "говорит",
        "отмечает",
        "подчеркивает",
        "подчёркивает",
        "считает",
        "говорится",
        "отмечается",
        "сообщается",
    ],
};

impl Lexicon {
    /// The publisher a release in this language assumes when its editorial block is not
    /// complete: CARICC, named in the language.
    pub(crate) fn publisher(&self) -> Publisher {
        if std::ptr::eq(self, &RUSSIAN) {
            Publisher::caricc_ru()
        } else {
            Publisher::caricc()
        }
    }
}

/// Every language's words, English first.
pub(crate) const LEXICONS: [&Lexicon; 2] = [&ENGLISH, &RUSSIAN];

/// The words of `language`.
pub(crate) fn lexicon(language: Language) -> &'static Lexicon {
    match language {
        Language::Russian => &RUSSIAN,
        _ => &ENGLISH,
    }
}

/// Whether `text` begins with `prefix`, ignoring letter case in any alphabet.
pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    prefix_len_ignore_case(text, prefix).is_some()
}

/// The length in bytes of `text`'s beginning that is `prefix` in any letter case.
pub(crate) fn prefix_len_ignore_case(text: &str, prefix: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if c != p && !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Whether two texts are the same in any letter case.
pub(crate) fn eq_ignore_case(a: &str, b: &str) -> bool {
    prefix_len_ignore_case(a, b) == Some(a.len())
}

/// The lexicon whose title (`INFORMATION RELEASE`, «ИНФОРМАЦИОННЫЙ РЕЛИЗ») begins `text`.
pub(crate) fn title_lexicon(text: &str) -> Option<&'static Lexicon> {
    LEXICONS
        .into_iter()
        .find(|l| starts_with_ignore_case(text, l.title_start))
}

/// Whether `text` is a contents heading in any language.
pub(crate) fn is_contents_heading(text: &str) -> bool {
    LEXICONS
        .iter()
        .any(|l| eq_ignore_case(text.trim(), l.contents))
}

/// The series title `title` is, in any letter case: the constant, else `None`.
pub(crate) fn series_title(title: &str) -> Option<&'static str> {
    LEXICONS
        .iter()
        .map(|l| l.series_title)
        .find(|t| eq_ignore_case(title, t))
}

/// Whether `word` (in lower case) is a speech verb in any language.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    LEXICONS.iter().any(|l| l.speech_verbs.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_ignored_in_any_alphabet() {
        assert!(starts_with_ignore_case(
            "Информационный релиз ЦАРИКЦ",
            "ИНФОРМАЦИОННЫЙ РЕЛИЗ"
        ));
        assert!(starts_with_ignore_case(
            "information release",
            "INFORMATION RELEASE"
        ));
        assert!(!starts_with_ignore_case(
            "ИНФОРМАЦИЯ",
            "ИНФОРМАЦИОННЫЙ РЕЛИЗ"
        ));
        assert_eq!(
            prefix_len_ignore_case("релиз X", "РЕЛИЗ"),
            Some("релиз".len())
        );
        assert!(is_contents_heading("Содержание"));
        assert!(is_contents_heading("CONTENTS"));
        assert_eq!(
            series_title("ИНФОРМАЦИОННЫЙ РЕЛИЗ О ПРОШЕДШИХ СОБЫТИЯХ В АНТИНАРКОТИЧЕСКОЙ СФЕРЕ"),
            Some(SERIES_TITLE_RU)
        );
        assert_eq!(
            title_lexicon("ИНФОРМАЦИОННЫЙ РЕЛИЗ").map(|l| l.place),
            Some("Алматы")
        );
    }
}
