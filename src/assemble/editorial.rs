//! The editorial block, from the "INFORMATION RELEASE CARICC" heading to CONTENTS: the
//! publisher's name, "EDITORIAL ADDRESS", the address, `tel.:`, `fax:`, the e-mail and website
//! line, the «…», #16, 2025 line and "Circulation in PDF format".

use url::Url;

use super::DiagnosticCode;
use super::blocks::{At, BlockKind, LayoutBlock};
use super::countries::country_of;
use super::cover::release_number;
use super::lexicon::{
    LEXICONS, Lexicon, is_contents_heading, lexicon, prefix_len_ignore_case, title_lexicon,
};
use super::summary::is_summary_sentence;
use super::{Assembler, four_digit_year};
use crate::words::collapse_spaces;
use crate::{Country, EmailAddress, Format, PhoneNumber, PostalAddress, Publisher};

/// What the editorial block gives.
#[derive(Default)]
pub(super) struct Editorial {
    acronym: Option<String>,
    pub(super) name: Option<String>,
    address: Option<PostalAddress>,
    telephones: Vec<PhoneNumber>,
    fax: Option<PhoneNumber>,
    email: Option<EmailAddress>,
    website: Option<Url>,
    /// The release's title in «…».
    pub(super) title: Option<String>,
    /// The number and year after the title, and where they stand.
    pub(super) number_year: Option<(u32, i32, At)>,
    pub(super) format: Option<Format>,
    /// The name was the last line read: a line in lower case after it is the rest of it,
    /// wrapped.
    name_open: bool,
}

impl Assembler<'_> {
    /// From the "INFORMATION RELEASE CARICC" heading to CONTENTS.
    pub(super) fn editorial(&mut self) -> Editorial {
        let mut e = Editorial::default();
        let Some(first) = self.peek() else { return e };
        if let Some(len) = title_lexicon(&first.text)
            .and_then(|l| prefix_len_ignore_case(&first.text, l.title_start))
        {
            let acronym = first.text[len..].trim();
            if !acronym.is_empty() {
                e.acronym = Some(acronym.to_owned());
            }
            self.at += 1;
        }
        let mut address_next = false;
        while let Some(b) = self.peek() {
            if (b.kind == BlockKind::Heading && is_contents_heading(&b.text))
                || b.kind == BlockKind::Contents
                || (b.kind == BlockKind::Heading && country_of(&b.text).is_some())
                || matches!(self.section_heading(b), Some((_, false)))
                || is_summary_sentence(&b.text)
            {
                break;
            }
            self.at += 1;
            let text = b.text.trim();
            let lower = text.to_lowercase();
            if LEXICONS
                .iter()
                .any(|l| lower.starts_with(l.editorial_address))
            {
                e.name_open = false;
                let rest = text.split_once(':').map_or("", |(_, r)| r).trim();
                if rest.is_empty() {
                    address_next = true;
                } else {
                    e.address = postal_address(rest);
                }
            } else if address_next {
                address_next = false;
                e.name_open = false;
                e.address = postal_address(text);
            } else {
                self.editorial_line(&mut e, b, text, &lower);
            }
        }
        e
    }

    /// Reads one line of the editorial block other than the address into `e`.
    fn editorial_line(&mut self, e: &mut Editorial, b: &LayoutBlock, text: &str, lower: &str) {
        let name_open = std::mem::take(&mut e.name_open);
        let starts = |words: fn(&Lexicon) -> &[&str]| {
            LEXICONS
                .iter()
                .any(|l| words(l).iter().any(|w| lower.starts_with(w)))
        };
        if starts(|l| l.telephone) {
            e.telephones = phone_numbers(text);
        } else if starts(|l| l.fax) {
            e.fax = phone_numbers(text).into_iter().next();
        } else if (text.contains('@') && text.split_whitespace().count() <= 4)
            || (starts(|l| l.website) && text.split_whitespace().count() <= 3)
        {
            // "registry@caricc.org www.caricc.org", or each on a labelled line of its own
            // ("e-mail: …", "website: …").
            self.email_and_website(e, text, b.at());
        } else if text.starts_with('«') || text.starts_with('"') || text.starts_with('“') {
            title_number_year(e, text, b.at());
        } else if LEXICONS.iter().any(|l| lower.starts_with(l.circulation)) {
            if lower.contains("pdf") {
                e.format = Some(Format::Pdf);
            } else if lower.contains("html") {
                e.format = Some(Format::Html);
            } else if lower.contains("print") || lower.contains("печат") {
                e.format = Some(Format::Print);
            }
        } else if b.kind == BlockKind::Text {
            match &mut e.name {
                None => {
                    e.name = Some(collapse_spaces(text));
                    e.name_open = true;
                }
                // "… the illicit trafficking of" / "narcotic drugs, …": the name wrapped.
                Some(name) if name_open && text.starts_with(char::is_lowercase) => {
                    name.push(' ');
                    name.push_str(&collapse_spaces(text));
                    e.name_open = true;
                }
                Some(_) => {}
            }
        }
    }

    /// "registry@caricc.org www.caricc.org".
    fn email_and_website(&mut self, e: &mut Editorial, text: &str, at: At) {
        for token in text.split_whitespace() {
            let label = token.to_lowercase();
            if LEXICONS.iter().any(|l| l.labels.contains(&label.as_str())) {
                continue;
            }
            if token.contains('@') {
                e.email = token
                    .trim_matches(|c: char| c == ',' || c == ';')
                    .parse()
                    .ok();
            } else if let Some(url) = self.website(token, at) {
                e.website = Some(url);
            }
        }
    }

    fn website(&mut self, token: &str, at: At) -> Option<Url> {
        let token = token.trim_matches(|c: char| c == ',' || c == ';');
        if token.starts_with("http://") || token.starts_with("https://") {
            return Url::parse(token).ok();
        }
        if token.starts_with("www.") || token.contains('.') {
            let url = Url::parse(&format!("https://{token}/")).ok()?;
            self.note(
                at,
                DiagnosticCode::WebsiteSchemeAssumed,
                format!("the website {token} is printed without a scheme; https assumed"),
            );
            return Some(url);
        }
        None
    }

    /// The publisher the editorial block names, or CARICC's details when it is incomplete.
    pub(super) fn publisher(&mut self, e: Editorial, at: At) -> Publisher {
        let (Some(name), Some(address), Some(email), Some(website)) =
            (e.name, e.address, e.email, e.website)
        else {
            self.note(
                at,
                DiagnosticCode::PublisherAssumed,
                "no complete editorial block (name, address, e-mail, website); CARICC's details assumed",
            );
            return lexicon(self.language).publisher();
        };
        let mut p = Publisher::new(
            name,
            e.acronym
                .unwrap_or_else(|| lexicon(self.language).publisher().acronym),
            address,
            email,
            website,
        );
        p.telephones = e.telephones;
        p.fax = e.fax;
        p
    }
}

/// "«Information Release …», #16, 2025": the title, and the number and year if both follow.
fn title_number_year(e: &mut Editorial, text: &str, at: At) {
    let (title, rest) = split_quoted(text);
    e.title = Some(title);
    let numbers: Vec<&str> = rest
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    if let (Some(n), Some(y)) = (
        numbers.iter().find_map(|t| release_number(t)),
        numbers.iter().find_map(|t| four_digit_year(t)),
    ) {
        e.number_year = Some((n, y, at));
    }
}

/// "«Information Release …», #16, 2025" → ("Information Release …", ", #16, 2025").
fn split_quoted(text: &str) -> (String, &str) {
    let inner = text.trim_start_matches(['«', '"', '“']);
    match inner.find(['»', '"', '”']) {
        Some(end) => {
            let close_len = inner[end..].chars().next().map_or(1, char::len_utf8);
            (collapse_spaces(&inner[..end]), &inner[end + close_len..])
        }
        None => (collapse_spaces(inner), ""),
    }
}

/// "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52".
fn postal_address(text: &str) -> Option<PostalAddress> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let (country, rest) = parts.split_first()?;
    let country = Country::from_name(country)?;
    let (postal_code, rest) = rest.split_first()?;
    if !postal_code.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (city, street) = rest.split_first()?;
    if street.is_empty() {
        return None;
    }
    Some(PostalAddress {
        country,
        postal_code: (*postal_code).to_owned(),
        city: (*city).to_owned(),
        street: street.join(", "),
    })
}

/// "tel.: +7 727 259 99 90, +7 727 259 99 91" → the numbers.
fn phone_numbers(text: &str) -> Vec<PhoneNumber> {
    let rest = text.split_once(':').map_or_else(
        || text.trim_start_matches(|c: char| c.is_alphabetic() || c == '.'),
        |(_, r)| r,
    );
    rest.split([',', ';'])
        .filter_map(|p| p.trim().parse().ok())
        .collect()
}
