//! Rules on the release as a whole: its period, the publisher's contacts, the summary and
//! the contents.

use std::collections::HashSet;

use crate::model::Period;
use crate::model::Release;
use crate::model::path::{Field, Path};

use super::{Code, Validator};

/// The path of a top-level field.
fn at(field: Field) -> Path {
    Path::root().field(field)
}

impl Validator {
    /// Every rule on the release as a whole, in the order their problems tie.
    pub(super) fn whole_release(&mut self, r: &Release) {
        self.period(r);
        self.contact(r);
        self.summary(r);
        self.contents(r);
    }

    fn period(&mut self, r: &Release) {
        let p = r.period;
        if p.end < p.start {
            self.push(
                at(Field::Period),
                Code::PeriodReversed,
                format!("the period ends ({}) before it starts ({})", p.end, p.start),
            );
            return;
        }
        let expected = Period::semi_monthly(r.number, r.year);
        if expected != Some(p) {
            let message = match expected {
                Some(e) => format!(
                    "release {} covers {} on the semi-monthly schedule, not {}",
                    r.id(),
                    e,
                    p
                ),
                None => format!(
                    "release number {} is outside the semi-monthly schedule (1 to 24)",
                    r.number
                ),
            };
            self.push(at(Field::Period), Code::PeriodNumberMismatch, message);
        }
    }

    fn contact(&mut self, r: &Release) {
        let p = &r.publisher;
        let publisher = at(Field::Publisher);
        if p.telephones.is_empty() {
            self.push(
                publisher.clone().field(Field::Telephones),
                Code::InvalidContact,
                "the publisher has no telephone number",
            );
        }
        let numbers = p
            .telephones
            .iter()
            .enumerate()
            .map(|(i, t)| (publisher.clone().field(Field::Telephones).index(i), t));
        let fax = p
            .fax
            .iter()
            .map(|f| (publisher.clone().field(Field::Fax), f));
        for (path, number) in numbers.chain(fax) {
            let digits = number.digits().len();
            if !(7..=15).contains(&digits) {
                self.push(
                    path,
                    Code::InvalidContact,
                    format!("\"{number}\" has {digits} digits; a phone number has 7 to 15"),
                );
            }
        }
        let domain = p.email.domain();
        if !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
        {
            self.push(
                publisher.clone().field(Field::Email),
                Code::InvalidContact,
                format!("the e-mail domain {domain:?} is not a domain name"),
            );
        }
        if !matches!(p.website.scheme(), "http" | "https") {
            self.push(
                publisher.field(Field::Website),
                Code::InvalidContact,
                format!(
                    "the website uses the {} scheme; expected http or https",
                    p.website.scheme()
                ),
            );
        }
    }

    fn summary(&mut self, r: &Release) {
        let articles: u32 = r.sections.iter().map(|s| s.articles.len() as u32).sum();
        if r.summary.total_events != articles {
            self.push(
                at(Field::Summary).field(Field::TotalEvents),
                Code::SummaryTotalMismatch,
                format!(
                    "the summary counts {} events but the sections hold {} articles",
                    r.summary.total_events, articles
                ),
            );
        }
        let mut seen = HashSet::new();
        for (i, count) in r.summary.events_by_country.iter().enumerate() {
            let path = at(Field::Summary).field(Field::EventsByCountry).index(i);
            let country = count.country;
            if !seen.insert(country) {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!("{} is counted twice in the summary", country.common_name()),
                );
                continue;
            }
            let held: usize = r
                .sections
                .iter()
                .filter(|s| s.country == country)
                .map(|s| s.articles.len())
                .sum();
            if !r.sections.iter().any(|s| s.country == country) {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!(
                        "the summary counts {} events for {} but the release has no section for it",
                        count.events,
                        country.common_name()
                    ),
                );
            } else if held != count.events as usize {
                self.push(
                    path,
                    Code::SummaryCountryMismatch,
                    format!(
                        "the summary counts {} events for {} but its section holds {} articles",
                        count.events,
                        country.common_name(),
                        held
                    ),
                );
            }
        }
        for (i, s) in r.sections.iter().enumerate() {
            if !seen.contains(&s.country) && seen.insert(s.country) {
                self.push(
                    at(Field::Sections).index(i),
                    Code::SummaryCountryMismatch,
                    format!(
                        "{} has a section but no count in the summary",
                        s.country.common_name()
                    ),
                );
            }
        }
    }

    fn contents(&mut self, r: &Release) {
        let n = r.contents.len().max(r.sections.len());
        for i in 0..n {
            match (r.contents.get(i), r.sections.get(i)) {
                (Some(entry), Some(section)) => {
                    if entry.country != section.country {
                        self.push(
                            at(Field::Contents).index(i),
                            Code::ContentsMismatch,
                            format!(
                                "the contents list {} here but section {i} is {}",
                                entry.country.common_name(),
                                section.country.common_name()
                            ),
                        );
                    } else if let Some(page) = section.page.filter(|p| *p != entry.page) {
                        self.push(
                            at(Field::Contents).index(i).field(Field::Page),
                            Code::ContentsMismatch,
                            format!(
                                "the contents give page {} but the section starts on page {page}",
                                entry.page
                            ),
                        );
                    }
                }
                (Some(entry), None) => self.push(
                    at(Field::Contents).index(i),
                    Code::ContentsMismatch,
                    format!(
                        "the contents list {} but there is no section {i}",
                        entry.country.common_name()
                    ),
                ),
                (None, Some(section)) => self.push(
                    at(Field::Sections).index(i),
                    Code::ContentsMismatch,
                    format!(
                        "{} has a section but no line in the contents",
                        section.country.common_name()
                    ),
                ),
                (None, None) => {}
            }
        }
        for (i, pair) in r.contents.windows(2).enumerate() {
            if pair[1].page < pair[0].page {
                self.push(
                    at(Field::Contents).index(i + 1).field(Field::Page),
                    Code::ContentsPageOrder,
                    format!("page {} comes after page {}", pair[1].page, pair[0].page),
                );
            }
        }
    }
}
