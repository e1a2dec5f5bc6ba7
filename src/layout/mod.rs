//! Reading a release from the text layout its PDF gives when extracted.
//!
//! [`parse`] takes the text as a PDF-to-text tool leaves it, artefacts included, and returns
//! the [`Release`](crate::Release) with a [`Diagnostic`] for everything it had to guess or repair. It reads:
//!
//! - the cover: title lines, "(according to the media)", the period (`16-31.08.2025`), the
//!   number (`#16`) and "Almaty - 2025";
//! - the editorial block: the publisher's name, "EDITORIAL ADDRESS", the address, `tel.:`,
//!   `fax:`, the e-mail and website line, the «…», #16, 2025 line and "Circulation in PDF
//!   format";
//! - CONTENTS lines with `<i>…</i>`, dot leaders, tabs and page numbers;
//! - the summary sentence ("… covered 13 events … (Azerbaijan – 7, Kazakhstan – 3, …)") and
//!   the topics paragraph;
//! - country headings as `#`-headings, bold lines or bare upper-case lines, in official or
//!   short form; a misspelt heading ("KYRGYZ PEPUBLIC") is read as the closest country name
//!   with a warning, never silently;
//! - headlines as `#`-headings, bold lines or bare upper-case lines; body paragraphs,
//!   rejoined where a page break split them mid-sentence; bullet items; quotations in «…»,
//!   “…” or "…" with the speaker and role the text names ("said Ilya Tokarev, head of the
//!   youth policy department"); source URLs in `<…>`; the closing publisher block;
//! - CRLF or CR line ends and a leading byte-order mark, the same as LF;
//! - what [`crate::layout::markdown()`] adds to the layout: a paragraph escaped with a leading
//!   backslash, `> …` for a quotation without a speaker, and the `<!-- caricc {…} -->`
//!   comment after an article's sources carrying its date, places, organisations, topics and
//!   statistics (then nothing of these is guessed).
//! - the character references `&amp;`, `&lt;`, `&gt;`, `&#91;` and `&#93;` the writer puts in
//!   place of `&`, `<`, `>`, `[` and `]`, read back as those characters in every text but a
//!   source or a comment, wherever the text came from (a Markdown viewer shows them so too;
//!   other references, and any other `&`, are kept as they stand).
//!
//! A release in Russian is read the same way, with the Russian words in place of the English
//! ones: «ИНФОРМАЦИОННЫЙ РЕЛИЗ», «(по данным СМИ)», «№16», «АДРЕС РЕДАКЦИИ», «тел.», «факс»,
//! «сайт», «Распространяется в формате PDF», «СОДЕРЖАНИЕ», country headings by their Russian
//! official or short names, the summary sentence «… освещено 13 событий … (Азербайджан – 7,
//! Киргизия – 1, …)», dates with genitive months («18 августа 2025 года») and quotations «…»,
//! – отметил ROLE NAME. The release's `language` is `ru` when the text has more Cyrillic
//! letters than Latin ones ([`Language::of_text`]); [`parse_in_language`] forces a language.
//!
//! Each article's statistics are read from its paragraphs and bullet items with
//! [`crate::prose::extract_in`] (the section's country decides a "manat"), and its date from
//! the first day and month its text names. Places, organisations and topics are not guessed
//! from prose: they stay empty.
//!
//! # Diagnostics
//!
//! Every [`Diagnostic`] names its line, severity and [`DiagnosticCode`]; the code's
//! documentation says what each one means. Text from `pdftotext` has a form feed between
//! pages: when the text has any, blocks and diagnostics also know their page
//! ([`Diagnostic::page`]), and a CONTENTS page that is not the one its section starts on is
//! a [`DiagnosticCode::ContentsPage`] warning: the number that page prints when its footers
//! print page numbers (a cover without one shifts them), else its page in the text.
//!
//! ```
//! let text = std::fs::read_to_string("../shared/corpus/caricc-information-release-2025-16.txt")
//!     .unwrap_or_default();
//! # if text.is_empty() { return Ok(()); }
//! let parsed = caricc_release::layout::parse(&text)?;
//! assert_eq!(parsed.release.id().to_string(), "#16/2025");
//! assert_eq!(parsed.release.summary.total_events, 13);
//! assert!(parsed.release.validate().is_valid());
//! for d in &parsed.diagnostics {
//!     println!("{d}"); // e.g. line 44: warning heading-typo: …
//! }
//! # Ok::<(), caricc_release::layout::Error>(())
//! ```
//!
//! # How the reader is built
//!
//! Reading goes in two steps:
//!
//! 1. text with none of the layout's markup (what `pdftotext` prints, plain or `-layout`) is
//!    read by `printed` as printed lines, what their characters tell of their look beside
//!    them, which the crate's reader of printed lines (shared with a PDF reader) makes into
//!    blocks: page furniture and the crate's HTML extras gone, headings by look and content,
//!    quotations and list items by their indents, CONTENTS against the printed page numbers;
//!    otherwise `lines`: the text into blocks: each line is classified by its markup
//!    (heading, bold line, source, bullet item, contents line, comment, …), plain lines run
//!    together up to a blank line; the markup is read here (a contents line's heading and page, the
//!    character references, the comment, the summary's italics), so the blocks' text is
//!    plain;
//! 2. the crate's assembler (the module `assemble`, shared with any other reader and owned
//!    by none): the release from the blocks: cover, editorial block, contents, summary,
//!    sections and articles. It knows the release, not the text, so any reader that gives
//!    the same blocks gets the same release. [`Diagnostic`], [`DiagnosticCode`] and
//!    [`Parsed`] are its types, public here.
//!
//! `comment` is the `<!-- caricc {…} -->` comment, shared with the Markdown writer;
//! `escape` the character references.

mod comment;
mod escape;
mod lines;
mod markdown;
mod printed;

pub use crate::assemble::{Diagnostic, DiagnosticCode, Parsed};
pub use crate::wording::Language;
pub use markdown::markdown;

use crate::assemble::{self, NotARelease};
use crate::limits::{Limit, LimitError, Limits};

/// The text is not a release at all: no title, no period to place it in time, no number,
/// or no country section.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    line: usize,
    message: String,
    /// The limit gone beyond, if that is what is wrong: the error's `source()`.
    #[source]
    beyond: Option<LimitError>,
}

impl From<NotARelease> for Error {
    /// The text is not a release: the message says what is missing at the line.
    fn from(failure: NotARelease) -> Error {
        Error {
            line: failure.at.line,
            message: failure.message,
            beyond: None,
        }
    }
}

impl Error {
    fn describe(&self) -> String {
        match self.beyond {
            Some(_) => format!("text beyond a limit: {}", self.message),
            None => format!("not a release (line {}): {}", self.line, self.message),
        }
    }

    fn beyond(err: LimitError) -> Error {
        Error {
            line: 0,
            message: err.to_string(),
            beyond: Some(err),
        }
    }

    /// The limit the input went beyond, if that is what is wrong (then [`line`](Self::line)
    /// is 0).
    ///
    /// ```
    /// use caricc_release::limits::{Limit, Limits};
    /// use caricc_release::layout;
    ///
    /// let err = layout::parse_with_limits("# A title\n", &Limits::default().with_input_bytes(4)).unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::InputBytes));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "text beyond a limit: 10 bytes of input, more than the limit of 4 (input_bytes)"
    /// );
    /// let source = std::error::Error::source(&err).expect("the limit error");
    /// assert!(source.is::<caricc_release::LimitError>());
    /// ```
    pub fn limit(&self) -> Option<Limit> {
        self.beyond.as_ref().map(LimitError::limit)
    }

    /// The 1-based line the reader stopped at.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is missing, without the line.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Reads a release from its text layout, within the default [`Limits`].
///
/// ```
/// use caricc_release::layout::DiagnosticCode;
/// use caricc_release::{Country, MassUnit, Unit};
///
/// let text = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## REPUBLIC OF KAZAKHSTAN\n\n\
///             ## POLICE SEIZED DRUGS\n\nPolice seized 5 kg of hashish.\n\n<https://polisia.kz/a>\n";
/// let parsed = caricc_release::layout::parse(text)?;
/// let release = &parsed.release;
/// assert_eq!(release.id().to_string(), "#16/2025");
/// assert_eq!(release.sections[0].country, Country::KZ);
/// let article = &release.sections[0].articles[0];
/// assert_eq!(article.headline, "POLICE SEIZED DRUGS");
/// assert_eq!(article.statistics[0].unit, Unit::Mass(MassUnit::Kilogram));
/// assert!(parsed.diagnostics.iter().any(|d| d.code() == DiagnosticCode::SummaryUnread));
/// assert!(caricc_release::layout::parse("Hello, world").is_err());
/// # Ok::<(), caricc_release::layout::Error>(())
/// ```
///
/// # Errors
///
/// Fails when the text is not a release at all: no title, no period, no number or no country
/// section ([`Error::line`] says where the reader stopped), or when it goes beyond the default
/// [`Limits`] ([`Error::limit`]). Everything the reader could repair is a [`Diagnostic`].
pub fn parse(input: &str) -> Result<Parsed, Error> {
    parse_with_limits(input, &Limits::DEFAULT)
}

/// Reads a release from its text layout within `limits`: a larger text is refused before it
/// is read; more sections, articles or statistics, or a longer text, once it is read.
///
/// # Errors
///
/// Fails when the text is not a release at all (no title, no period, no number or no country
/// section), or when the text or the release goes beyond `limits` ([`Error::limit`]).
pub fn parse_with_limits(input: &str, limits: &Limits) -> Result<Parsed, Error> {
    read_within(input, None, limits)
}

/// Reads a release written in `language` from its text layout within `limits`, whatever
/// its letters suggest: the release's [`language`](crate::Release::language) is `language`'s
/// tag, and its title, subtitle and place, where the text prints none, are that language's.
/// ([`parse`] and [`parse_with_limits`] recognise the language: Russian when the text has
/// more Cyrillic letters than Latin ones, see [`Language::of_text`].)
///
/// ```
/// use caricc_release::layout::{self, Language};
/// use caricc_release::limits::Limits;
/// use caricc_release::{Country, LanguageTag};
///
/// let text = "# ИНФОРМАЦИОННЫЙ РЕЛИЗ\n\n16-31.08.2025\n\n№16\n\n## РЕСПУБЛИКА ТАДЖИКИСТАН\n\n\
///             ## ИЗЪЯТО 5 КГ ГАШИША\n\nСотрудники изъяли 5 кг гашиша.\n\n<https://khovar.tj/rus/a>\n";
/// let parsed = layout::parse(text)?;
/// assert_eq!(parsed.release.language, LanguageTag::russian());
/// assert_eq!(parsed.release.sections[0].country, Country::TJ);
/// assert_eq!(parsed.release.subtitle, caricc_release::SERIES_SUBTITLE_RU);
/// assert_eq!(parsed.release.place, "Алматы");
///
/// let forced = layout::parse_in_language(text, Language::English, &Limits::DEFAULT)?;
/// assert_eq!(forced.release.language, LanguageTag::english());
/// assert_eq!(forced.release.place, "Almaty");
/// # Ok::<(), caricc_release::layout::Error>(())
/// ```
///
/// # Errors
///
/// As [`parse_with_limits`].
pub fn parse_in_language(
    input: &str,
    language: Language,
    limits: &Limits,
) -> Result<Parsed, Error> {
    read_within(input, Some(language), limits)
}

/// Reads within `limits`, in `language` or the one the text is written in.
fn read_within(input: &str, language: Option<Language>, limits: &Limits) -> Result<Parsed, Error> {
    limits.check_input(input.len()).map_err(Error::beyond)?;
    let parsed = read(input, language)?;
    limits.check(&parsed.release).map_err(Error::beyond)?;
    Ok(parsed)
}

/// The blocks of the text, then the release they make.
fn read(input: &str, language: Option<Language>) -> Result<Parsed, Error> {
    let text = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let blocks = if printed::has_markup(text) {
        lines::blocks(text)
    } else {
        assemble::printed::blocks(printed::lines(&text.replace("\r\n", "\n")))
    };
    Ok(assemble::release(&blocks, language)?)
}
