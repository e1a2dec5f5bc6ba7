//! What a reader had to guess or repair: [`Diagnostic`] and its stable [`DiagnosticCode`].
//! Public as `caricc_release::layout::{Diagnostic, DiagnosticCode}`.

use std::fmt;

use super::blocks::At;
use crate::Severity;
use crate::error::stable_codes;

/// Something the reader had to guess or repair, at a line of the input (and a page of the
/// document, when the reader knows it).
///
/// ```
/// use caricc_release::Severity;
/// use caricc_release::layout::DiagnosticCode;
///
/// let text = "# INFORMATION RELEASE\n\n16-31.08.2025\n\n#16\n\n## REPUBLIC OF KAZAKHSTAN\n\n\
///             ## POLICE SEIZED DRUGS\n\nPolice seized 5 kg of hashish.\n\n<https://polisia.kz/a>\n";
/// let parsed = caricc_release::layout::parse(text)?;
/// let d = &parsed.diagnostics[0];
/// assert_eq!(
///     (d.line(), d.severity(), d.code()),
///     (1, Severity::Warning, DiagnosticCode::PublisherAssumed)
/// );
/// assert_eq!(
///     d.to_string(),
///     "line 1: warning publisher-assumed: no complete editorial block (name, address, e-mail, website); CARICC's details assumed"
/// );
/// # Ok::<(), caricc_release::layout::Error>(())
/// ```
///
/// When the page is known, it comes first: `page 3, line 12: warning …`.
///
/// Serializes as an object with the fields `page` (only when known), `line`, `severity`, `code`
/// and `message`, in that order: `{"line": 1, "severity": "warning", "code":
/// "publisher-assumed", "message": "…"}`, or `{"page": 3, "line": 12, …}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    line: usize,
    severity: Severity,
    code: DiagnosticCode,
    message: String,
}

impl Diagnostic {
    /// A diagnostic at `at` with its code's usual severity.
    pub(crate) fn new(at: At, code: DiagnosticCode, message: impl Into<String>) -> Self {
        Diagnostic {
            page: at.page,
            line: at.line,
            severity: code.severity(),
            code,
            message: message.into(),
        }
    }

    /// The 1-based line of the input.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based page of the document, when the reader knows it: the text layout's reader
    /// counts the form feeds a PDF-to-text tool leaves between pages, if there are any.
    pub fn page(&self) -> Option<u32> {
        self.page
    }

    /// Info, warning or error.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The stable code: what kind of guess or repair this is.
    pub fn code(&self) -> DiagnosticCode {
        self.code
    }

    /// What was done, in words.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, severity, code, message) = (self.line, self.severity, self.code, &self.message);
        match self.page {
            Some(page) => crate::error::pad(
                f,
                format_args!("page {page}, line {line}: {severity} {code}: {message}"),
            ),
            None => crate::error::pad(f, format_args!("line {line}: {severity} {code}: {message}")),
        }
    }
}

stable_codes! {
    /// The stable code of a [`Diagnostic`]. Codes are public API: they never change
    /// meaning, and new ones may be added.
    ///
    /// | code | severity | what the reader did |
    /// |---|---|---|
    /// | `heading-typo` | warning | read a misspelt country name as the closest one |
    /// | `paragraph-rejoined` | info | joined a paragraph that a page break had split |
    /// | `headline-joined` | info | joined a headline printed over two heading lines |
    /// | `page-number` | info | left out a line holding only a page number |
    /// | `comment-skipped` | info | left out an HTML comment that is not a `caricc` one |
    /// | `comment-unread` | warning | could not read an article's `caricc` comment; guessed from the text instead |
    /// | `quote-mark-missing` | info | read a quotation whose opening mark is missing |
    /// | `website-scheme-assumed` | info | took a website printed without `http://` or `https://` as https |
    /// | `number-derived` | warning | found no release number and took it from the period |
    /// | `publisher-assumed` | warning | found no editorial block and took CARICC's details |
    /// | `summary-unread` | warning | could not read the summary sentence; the counts are the sections' |
    /// | `cross-check` | warning | two places of the document disagree (cover and editorial block, summary and cover period, closing and editorial block) |
    /// | `text-kept` | warning | found text outside any article and kept it in the nearest one |
    /// | `contents-page` | warning | found a country's section on another page than the contents give it (only when the reader knows pages) |
    ///
    /// The text form is the code itself, in `Display`, `FromStr` and serde:
    ///
    /// ```
    /// use caricc_release::Severity;
    /// use caricc_release::layout::DiagnosticCode;
    ///
    /// let code: DiagnosticCode = "heading-typo".parse()?;
    /// assert_eq!(code, DiagnosticCode::HeadingTypo);
    /// assert_eq!(code.to_string(), "heading-typo");
    /// assert_eq!(code.severity(), Severity::Warning);
    /// assert!(DiagnosticCode::ALL.contains(&DiagnosticCode::PageNumber));
    /// assert!("heading-typos".parse::<DiagnosticCode>().is_err());
    /// # Ok::<(), caricc_release::ParseError>(())
    /// ```
    pub enum DiagnosticCode ("diagnostic code", Severity, "a diagnostic code such as \"heading-typo\"") {
    HeadingTypo => "heading-typo", Warning;
    ParagraphRejoined => "paragraph-rejoined", Info;
    HeadlineJoined => "headline-joined", Info;
    PageNumber => "page-number", Info;
    CommentSkipped => "comment-skipped", Info;
    CommentUnread => "comment-unread", Warning;
    QuoteMarkMissing => "quote-mark-missing", Info;
    WebsiteSchemeAssumed => "website-scheme-assumed", Info;
    NumberDerived => "number-derived", Warning;
    PublisherAssumed => "publisher-assumed", Warning;
    SummaryUnread => "summary-unread", Warning;
    CrossCheck => "cross-check", Warning;
    TextKept => "text-kept", Warning;
    ContentsPage => "contents-page", Warning;
    }
}

#[cfg(test)]
mod tests {
    use super::{At, Diagnostic, DiagnosticCode};

    /// The rows of the table in [`DiagnosticCode`]'s documentation: (code, severity).
    fn documented() -> Vec<(String, String)> {
        include_str!("diagnostic.rs")
            .lines()
            .filter_map(|line| line.trim().strip_prefix("/// | `"))
            .filter_map(|row| {
                let (code, rest) = row.split_once("` | ")?;
                let (severity, _) = rest.split_once(" |")?;
                Some((code.to_owned(), severity.to_owned()))
            })
            .collect()
    }

    #[test]
    fn the_table_lists_every_code_once_with_its_severity_in_order() {
        let listed: Vec<(String, String)> = DiagnosticCode::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), c.severity().to_string()))
            .collect();
        assert_eq!(documented(), listed);
    }

    #[test]
    fn a_known_page_is_shown_and_serialized_first() {
        let at = At {
            line: 12,
            page: Some(3),
        };
        let d = Diagnostic::new(at, DiagnosticCode::TextKept, "kept");
        assert_eq!(d.page(), Some(3));
        assert_eq!(d.to_string(), "page 3, line 12: warning text-kept: kept");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"page":3,"line":12,"severity":"warning","code":"text-kept","message":"kept"}"#
        );
        let d = Diagnostic::new(At::line(12), DiagnosticCode::TextKept, "kept");
        assert_eq!(d.page(), None);
        assert_eq!(d.to_string(), "line 12: warning text-kept: kept");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"line":12,"severity":"warning","code":"text-kept","message":"kept"}"#
        );
    }
}
