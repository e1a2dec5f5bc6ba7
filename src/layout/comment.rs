//! The `<!-- caricc {…} -->` comment after an article's sources: what the printed layout has
//! no place for (the article's date, places, organisations, topics, typed statistics with
//! their substances, and event kinds), in
//! the model's own JSON form. [`crate::layout::markdown()`] writes it and the reader reads it,
//! with the one [`Extras`] both share.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::assemble::blocks::ArticleExtras;
use crate::{Article, ArticleDate, EventKind, Statistic};

/// What starts a comment's text (after `<!--`) when the comment is the crate's own.
const TAG: &str = "caricc ";

/// The fields of an article that the printed layout has no place for. Borrowed from the
/// article when written; owned when read.
///
/// Reading is as tolerant as JSON allows: a missing field is empty, but an unknown field is
/// refused, so that a comment from another tool is not taken for ours.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Extras<'a> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<ArticleDate>,
    #[serde(default, skip_serializing_if = "<[String]>::is_empty")]
    places: Cow<'a, [String]>,
    #[serde(default, skip_serializing_if = "<[String]>::is_empty")]
    organisations: Cow<'a, [String]>,
    #[serde(default, skip_serializing_if = "<[String]>::is_empty")]
    topics: Cow<'a, [String]>,
    #[serde(default, skip_serializing_if = "<[Statistic]>::is_empty")]
    statistics: Cow<'a, [Statistic]>,
    #[serde(default, skip_serializing_if = "<[EventKind]>::is_empty")]
    event_kinds: Cow<'a, [EventKind]>,
}

impl<'a> Extras<'a> {
    /// The article's extras, borrowed for writing.
    pub(super) fn of(article: &'a Article) -> Self {
        Extras {
            date: article.date,
            places: Cow::Borrowed(&article.places),
            organisations: Cow::Borrowed(&article.organisations),
            topics: Cow::Borrowed(&article.topics),
            statistics: Cow::Borrowed(&article.statistics),
            event_kinds: Cow::Borrowed(&article.event_kinds),
        }
    }

    /// The whole comment, `<!-- caricc {…} -->`; `None` if the JSON cannot be written.
    pub(super) fn to_comment(&self) -> Option<String> {
        let json = serde_json::to_string(self).ok()?;
        // "--" may not stand inside an HTML comment; JSON reads "-\u002d" back as "--".
        Some(format!("<!-- {TAG}{} -->", json.replace("--", "-\\u002d")))
    }

    /// The extras read, as the assembler gives them to the article.
    pub(super) fn into_article_extras(self) -> ArticleExtras {
        ArticleExtras {
            date: self.date,
            places: self.places.into_owned(),
            organisations: self.organisations.into_owned(),
            topics: self.topics.into_owned(),
            statistics: self.statistics.into_owned(),
            event_kinds: self.event_kinds.into_owned(),
        }
    }
}

impl Extras<'static> {
    /// Reads a comment's text (between `<!--` and `-->`, trimmed): `None` when it is not a
    /// `caricc` comment, else the extras or why their JSON does not read.
    pub(super) fn from_comment(text: &str) -> Option<Result<Self, serde_json::Error>> {
        let json = text.strip_prefix(TAG)?;
        Some(serde_json::from_str(json))
    }
}
