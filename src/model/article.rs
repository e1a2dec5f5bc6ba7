//! Articles: the events a release reports.

use url::Url;

use super::{ArticleDate, EventKind, Statistic};

/// One event as a release reports it: headline, date, places, organisations, body, sources,
/// topics and statistics.
///
/// ```
/// use caricc_release::{Article, Block};
///
/// let mut article = Article::new("A MASS ANTI-DRUG RUN TOOK PLACE IN THE ZHETYSU REGION");
/// article.places.push("Zhetysu region".into());
/// article.body.push(Block::paragraph("Volunteers and athletes ran under the slogan “A world without drugs.”"));
/// article.sources.push("https://polisia.kz/ru/massovyj-antinarkoticheskij-zabeg-proshel-v-oblasti-zhetysu/".parse()?);
/// assert_eq!(article.sources[0].host_str(), Some("polisia.kz"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Article {
    /// The headline, as printed.
    pub headline: String,
    /// The date the article gives for the event, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ArticleDate>,
    /// Places named ("Agdam district", "Irkutsk").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Organisations named ("Ministry of Internal Affairs", "CSTO").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<String>,
    /// The text, block by block.
    #[serde(default, deserialize_with = "crate::model::serde_form::body")]
    pub body: Vec<Block>,
    /// Where the report comes from.
    #[serde(default)]
    pub sources: Vec<Url>,
    /// Topics ("prevention", "drug seizures").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// The quantities the article reports.
    #[serde(default)]
    pub statistics: Vec<Statistic>,
    /// The kinds of event the article reports (a seizure, an arrest, …), where the text
    /// makes them evident; in [`EventKind`]'s order, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event_kinds: Vec<EventKind>,
}

impl Article {
    /// An article with this headline and nothing else yet.
    pub fn new(headline: impl Into<String>) -> Article {
        Article {
            headline: headline.into(),
            date: None,
            places: Vec::new(),
            organisations: Vec::new(),
            body: Vec::new(),
            sources: Vec::new(),
            topics: Vec::new(),
            statistics: Vec::new(),
            event_kinds: Vec::new(),
        }
    }
}

/// One block of an article's body.
///
/// In JSON a block is an object tagged by `type`: `{"type": "paragraph", "text": "…"}`,
/// `{"type": "bullets", "items": ["…"]}`, `{"type": "quote", "text": "…", "speaker": {…}}`.
///
/// Reading takes `type` anywhere in the object and refuses unknown fields.
///
/// ```
/// use caricc_release::{Block, Speaker};
///
/// let quote = Block::quote("We act", Some(Speaker::new("Aibek Sultanov")));
/// let json = serde_json::to_string(&quote)?;
/// assert_eq!(json, r#"{"type":"quote","text":"We act","speaker":{"name":"Aibek Sultanov"}}"#);
/// let read: Block = serde_json::from_str(r#"{"text": "Police seized drugs.", "type": "paragraph"}"#)?;
/// assert_eq!(read, Block::paragraph("Police seized drugs."));
/// assert!(serde_json::from_str::<Block>(r#"{"type": "paragraph", "text": "", "colour": 1}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Block {
    /// A paragraph of running text.
    #[non_exhaustive]
    Paragraph {
        /// The text; line breaks inside are kept.
        text: String,
    },
    /// A bulleted list.
    #[non_exhaustive]
    Bullets {
        /// The items, in order.
        items: Vec<String>,
    },
    /// A quotation, with the speaker when the text names one.
    #[non_exhaustive]
    Quote {
        /// The quoted words, without the quotation marks.
        text: String,
        /// Who said it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<Speaker>,
    },
}

impl Block {
    /// A paragraph.
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block::Paragraph { text: text.into() }
    }

    /// A bulleted list.
    pub fn bullets<I, S>(items: I) -> Block
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Block::Bullets {
            items: items.into_iter().map(Into::into).collect(),
        }
    }

    /// A quotation.
    pub fn quote(text: impl Into<String>, speaker: Option<Speaker>) -> Block {
        Block::Quote {
            text: text.into(),
            speaker,
        }
    }
}

/// Who is quoted: a name and, when given, a role.
///
/// ```
/// use caricc_release::Speaker;
///
/// let s = Speaker::new("Ilya Tokarev").with_role("head of the youth policy department");
/// assert_eq!(s.role.as_deref(), Some("head of the youth policy department"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Speaker {
    /// The speaker's name.
    pub name: String,
    /// The speaker's role or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Speaker {
    /// A speaker with no role.
    pub fn new(name: impl Into<String>) -> Speaker {
        Speaker {
            name: name.into(),
            role: None,
        }
    }

    /// The same speaker with a role.
    pub fn with_role(mut self, role: impl Into<String>) -> Speaker {
        self.role = Some(role.into());
        self
    }
}
