//! What the text-layout reader had to guess or repair: [`Diagnostic`] and its stable
//! [`DiagnosticCode`].

use std::fmt;

use crate::Severity;
use crate::error::stable_codes;

/// Something the reader had to guess or repair, at a line of the input.
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
/// Serializes as an object with the fields `line`, `severity`, `code` and `message`, in
/// that order: `{"line": 1, "severity": "warning", "code": "publisher-assumed", "message": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    line: usize,
    severity: Severity,
    code: DiagnosticCode,
    message: String,
}

impl Diagnostic {
    /// A diagnostic at `line` with its code's usual severity.
    pub(super) fn new(line: usize, code: DiagnosticCode, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            severity: code.severity(),
            code,
            message: message.into(),
        }
    }

    /// The 1-based line of the input.
    pub fn line(&self) -> usize {
        self.line
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
        crate::error::pad(
            f,
            format_args!(
                "line {}: {} {}: {}",
                self.line, self.severity, self.code, self.message
            ),
        )
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
    }
}

#[cfg(test)]
mod tests {
    use super::DiagnosticCode;

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
}
