//! One article: its headline, body blocks (paragraphs rejoined where a page break split
//! them, bullet items, quotations with their speakers), sources, and the `caricc` comment;
//! then, unless the comment gave them, its date and statistics from its text.

use url::Url;

use super::blocks::{
    Annotation, ArticleExtras, At, BlockKind, LayoutBlock, ends_sentence, one_quotation,
};
use super::four_digit_year;
use super::lexicon::is_speech_verb;
use super::{Diagnostic, DiagnosticCode};
use crate::prose::{event_kinds, extract_in};
use crate::words::{collapse_spaces, month_from_name};
use crate::{Article, ArticleDate, Block, Country, Speaker};

/// An article being read, with where each body block stands.
pub(super) struct Draft {
    article: Article,
    at: Vec<At>,
    /// The article's date, places, organisations, topics and statistics came in a comment
    /// (the `<!-- caricc {…} -->` [`crate::layout::markdown()`] writes): nothing is guessed.
    extras_given: bool,
}

impl Draft {
    /// An article with its headline, and nothing else yet.
    pub(super) fn new(headline: String) -> Self {
        Draft {
            article: Article::new(headline),
            at: Vec::new(),
            extras_given: false,
        }
    }

    /// Nothing but the headline so far: a heading line now continues it.
    pub(super) fn has_only_headline(&self) -> bool {
        self.article.body.is_empty() && self.article.sources.is_empty()
    }

    /// Joins the next heading line to the headline.
    pub(super) fn continue_headline(&mut self, text: &str) {
        self.article.headline.push(' ');
        self.article.headline.push_str(text);
    }

    /// Adds a block: the `caricc` comment, a source, or text and bullets, rejoining what a
    /// page break split.
    pub(super) fn add(&mut self, b: &LayoutBlock, diagnostics: &mut Vec<Diagnostic>) {
        match b.kind {
            BlockKind::Comment => self.add_comment(b, diagnostics),
            BlockKind::Url => self.add_source(b, diagnostics),
            _ => self.add_text(b, diagnostics),
        }
    }

    /// The crate's own comment gives what the text would otherwise be searched for; any other
    /// comment is left out.
    fn add_comment(&mut self, b: &LayoutBlock, diagnostics: &mut Vec<Diagnostic>) {
        match &b.annotation {
            None | Some(Annotation::Foreign) => {
                let message = "a comment is not part of the release; left out";
                diagnostics.push(Diagnostic::new(
                    b.at(),
                    DiagnosticCode::CommentSkipped,
                    message,
                ));
            }
            Some(Annotation::Extras(extras)) => {
                ArticleExtras::clone(extras).apply_to(&mut self.article);
                self.extras_given = true;
            }
            Some(Annotation::Unread(e)) => {
                let message = format!(
                    "the article's caricc comment does not read ({e}); its date and statistics are read from the text"
                );
                diagnostics.push(Diagnostic::new(
                    b.at(),
                    DiagnosticCode::CommentUnread,
                    message,
                ));
            }
        }
    }

    /// A source, read as https when printed without a scheme; kept as a paragraph when it
    /// is not a URL at all.
    fn add_source(&mut self, b: &LayoutBlock, diagnostics: &mut Vec<Diagnostic>) {
        match Url::parse(&b.text).or_else(|_| Url::parse(&format!("https://{}", b.text))) {
            Ok(url) => self.article.sources.push(url),
            Err(e) => {
                let message = format!(
                    "the source {:?} is not a URL ({e}); kept as a paragraph",
                    b.text
                );
                diagnostics.push(Diagnostic::new(b.at(), DiagnosticCode::TextKept, message));
                self.article.body.push(Block::paragraph(b.text.clone()));
                self.at.push(b.at());
            }
        }
    }

    /// A paragraph, bullet item or quotation, or the rest of one a page break split.
    fn add_text(&mut self, b: &LayoutBlock, diagnostics: &mut Vec<Diagnostic>) {
        let article = &mut self.article;
        if !article.sources.is_empty() {
            let message =
                "text after an article's source and before the next headline; kept in that article";
            diagnostics.push(Diagnostic::new(b.at(), DiagnosticCode::TextKept, message));
        }
        let text = collapse_spaces(&b.text);
        if b.kind == BlockKind::Text && attribute(article.body.last_mut(), &text) {
            return;
        }
        let rejoined = |what: &str| {
            let message = format!("a {what} split by a page break is rejoined");
            Diagnostic::new(b.at(), DiagnosticCode::ParagraphRejoined, message)
        };
        // A page break split the text when the part before does not end a sentence, or the
        // part after begins in lower case (no paragraph does).
        let starts_lower = text.chars().next().is_some_and(char::is_lowercase);
        let continues = |previous: &str| starts_lower || !ends_sentence(previous);
        match (b.kind, article.body.last_mut()) {
            (BlockKind::Text, Some(Block::Paragraph { text: previous })) if continues(previous) => {
                previous.push(' ');
                previous.push_str(&text);
                diagnostics.push(rejoined("paragraph"));
            }
            (BlockKind::Text, Some(Block::Bullets { items }))
                if items.last().is_some_and(|i| continues(i)) =>
            {
                if let Some(item) = items.last_mut() {
                    item.push(' ');
                    item.push_str(&text);
                }
                diagnostics.push(rejoined("bullet item"));
            }
            (BlockKind::Bullet, Some(Block::Bullets { items })) => items.push(text),
            (BlockKind::Bullet, _) => {
                article.body.push(Block::bullets([text]));
                self.at.push(b.at());
            }
            (BlockKind::Quote, _) => {
                article.body.push(Block::quote(text, None));
                self.at.push(b.at());
            }
            _ => {
                article.body.push(Block::paragraph(text));
                self.at.push(b.at());
            }
        }
    }

    /// Quotations, the date and the statistics, once the body is complete.
    pub(super) fn finish(mut self, country: Country, diagnostics: &mut Vec<Diagnostic>) -> Article {
        self.read_quotations(diagnostics);
        if self.extras_given {
            return self.article;
        }
        let article = &mut self.article;
        // The first date the body names, else one in the headline ("… HELD IN BAKU ON 8 APRIL").
        article.date = article
            .body
            .iter()
            .find_map(|b| match b {
                Block::Paragraph { text } | Block::Quote { text, .. } => article_date(text),
                Block::Bullets { items } => items.iter().find_map(|i| article_date(i)),
            })
            .or_else(|| article_date(&article.headline));
        for block in &article.body {
            let texts: Vec<&str> = match block {
                Block::Paragraph { text } | Block::Quote { text, .. } => vec![text.as_str()],
                Block::Bullets { items } => items.iter().map(String::as_str).collect(),
            };
            for text in texts {
                article
                    .statistics
                    .extend(extract_in(text, country).into_iter().map(|e| e.statistic));
            }
        }
        article.event_kinds = event_kinds(&article.headline, &article.body);
        self.article
    }

    /// Paragraphs that are quotations with a named speaker become quotations.
    fn read_quotations(&mut self, diagnostics: &mut Vec<Diagnostic>) {
        for (block, at) in self.article.body.iter_mut().zip(&self.at) {
            let Block::Paragraph { text } = block else {
                continue;
            };
            if let Some((quote, opening_lost)) = quotation(text) {
                if opening_lost {
                    let message = "a quotation has no opening mark; read as a quotation from its closing mark and speaker";
                    diagnostics.push(Diagnostic::new(
                        *at,
                        DiagnosticCode::QuoteMarkMissing,
                        message,
                    ));
                }
                *block = quote;
            }
        }
    }
}

/// `«…,» said NAME, ROLE.` (also “…” and "…", with the opening mark lost, with `», –`
/// before the verb, and `«…,» the draft agreement states.`) → a quotation with its speaker.
/// Russian puts the role first: `«…», – отметил начальник отдела Илья Токарев.`
fn quotation(paragraph: &str) -> Option<(Block, bool)> {
    let close_at = paragraph.rfind(['»', '”', '"'])?;
    let quoted = paragraph.get(..close_at)?;
    let close_len = paragraph[close_at..].chars().next()?.len_utf8();
    let after = paragraph.get(close_at + close_len..)?.trim();
    // ",» said …", also "», – noted …" with the comma outside and a dash.
    let after = after
        .trim_start_matches([',', '–', '—', '-', ' '])
        .trim_end_matches('.');
    let mut words = after.split_whitespace();
    let first = words.next()?;
    let speaker = if is_speech_verb(&first.to_lowercase()) {
        let who = after[first.len()..].trim();
        match who.split_once(", ") {
            Some((name, role)) => Speaker::new(name.trim()).with_role(role.trim()),
            None => role_then_name(who),
        }
    } else {
        // "the draft agreement states"
        let last = after.rsplit(' ').next()?;
        if !is_speech_verb(&last.to_lowercase()) || after.split_whitespace().count() > 6 {
            return None;
        }
        Speaker::new(after[..after.len() - last.len()].trim())
    };
    if speaker.name.is_empty() || speaker.name.split_whitespace().count() > 8 {
        return None;
    }
    let quoted = quoted.trim();
    let opened = quoted.strip_prefix(['«', '“', '"']);
    let text = opened.unwrap_or(quoted);
    // A quotation mark opening inside means the quote is part of a longer sentence.
    if text.contains(['«', '“']) {
        return None;
    }
    let text = text.trim_end_matches(',').trim();
    Some((Block::quote(text, Some(speaker)), opened.is_none()))
}

/// «начальник отдела молодежной политики Илья Токарев»: a role in lower case, then the
/// name, its last two capitalised words (three with a patronymic, «Иван Иванович Петров»);
/// acronyms («ОДКБ») are no names. Without a role, all of it is the name.
pub(crate) fn role_then_name(who: &str) -> Speaker {
    if !who.starts_with(char::is_lowercase) {
        return Speaker::new(who);
    }
    let words: Vec<&str> = who.split_whitespace().collect();
    let is_name = |w: &&&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some_and(char::is_lowercase)
            && chars.all(|c| c.is_alphabetic() || c == '-')
    };
    let trailing = words.iter().rev().take_while(is_name).count();
    let patronymic = |w: &str| {
        ["вич", "вна", "ична", "кызы", "оглы", "улы"]
            .iter()
            .any(|s| w.ends_with(s))
    };
    let take = match trailing {
        0 => return Speaker::new(who),
        1 | 2 => trailing,
        _ if patronymic(words[words.len() - 2]) => 3,
        _ => 2,
    };
    let name = words[words.len() - take..].join(" ");
    let role = words[..words.len() - take].join(" ");
    Speaker::new(name).with_role(role)
}

/// A line `— Name, role` under a quotation names its speaker: the quotation (a paragraph
/// wholly in «…», “…” or "…", or one read as a quotation already) gets it. Whether it did.
fn attribute(last: Option<&mut Block>, line: &str) -> bool {
    let Some(who) = line.strip_prefix("— ").map(str::trim) else {
        return false;
    };
    if who.is_empty() || who.split_whitespace().count() > 30 || ends_sentence(who) {
        return false;
    }
    let speaker = match who.split_once(", ") {
        Some((name, role)) => Speaker::new(name.trim()).with_role(role.trim()),
        None => Speaker::new(who),
    };
    if speaker.name.split_whitespace().count() > 8 {
        return false;
    }
    match last {
        Some(Block::Quote {
            speaker: s @ None, ..
        }) => {
            *s = Some(speaker);
            true
        }
        Some(block @ Block::Paragraph { .. }) => {
            let Block::Paragraph { text } = &*block else {
                return false;
            };
            let Some(inner) = one_quotation(text).map(str::to_owned) else {
                return false;
            };
            *block = Block::quote(inner, Some(speaker));
            true
        }
        _ => false,
    }
}

/// The first "29 August" or "18 August 2025" (or «18 августа 2025 года») the text names.
fn article_date(text: &str) -> Option<ArticleDate> {
    // Both forms start with a word holding a digit: most paragraphs have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, pair) in words.windows(2).enumerate() {
        if !pair[0].bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // "14.03.2025"
        let first = pair[0].trim_matches(|c: char| !c.is_ascii_digit());
        if first.len() == 10 {
            if let Some(date) = crate::model::dotted(first, None) {
                return Some(ArticleDate::from_date(date));
            }
        }
        let day: u32 = match pair[0].parse() {
            Ok(d) if (1..=31).contains(&d) => d,
            _ => continue,
        };
        let month_word = pair[1].trim_end_matches([',', '.', ';', ':', ')']);
        // "18 August", «18 августа»
        let Some(month) = month_from_name(month_word) else {
            continue;
        };
        if month_word.len() < 3 {
            continue;
        }
        let year = words
            .get(i + 2)
            .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
            .and_then(four_digit_year);
        let date = match year {
            Some(y) => chrono::NaiveDate::from_ymd_opt(y, u32::from(month), day)
                .map(ArticleDate::from_date),
            None => ArticleDate::without_year(u32::from(month), day),
        };
        if date.is_some() {
            return date;
        }
    }
    None
}
