//! The vocabulary, element by element: each element's attributes and children read into
//! the model, in any order, each required one checked once all are read.

use chrono::NaiveDate;

use super::events::Source;
use super::parser::{At, Parser, Result, Tag};
use crate::limits::DEPTH_CEILING as MAX_BREAKDOWN_DEPTH;
use crate::limits::Limit;
use crate::xml::{ErrorKind, MAJOR, parse_version};
use crate::{
    Article, ArticleDate, Block, ChangeRole, ContentsEntry, Country, CountryCount, CountrySection,
    Decimal, EmailAddress, Format, LanguageTag, Period, PhoneNumber, PostalAddress, Publisher,
    Qualifier, Release, Speaker, Statistic, Substance, Summary, Unit,
};

/// The attributes of a release's root element.
struct Header {
    number: u32,
    year: i32,
    format: Format,
    language: LanguageTag,
}

/// The children of a release's root element, as they are read.
#[derive(Default)]
struct ReleaseParts {
    title: Option<String>,
    subtitle: Option<String>,
    period: Option<Period>,
    place: Option<String>,
    publisher: Option<Publisher>,
    contents: Option<Vec<ContentsEntry>>,
    summary: Option<Summary>,
    sections: Option<Vec<CountrySection>>,
}

impl<'i, S: Source<'i>> Parser<'i, S> {
    /// A `<release>` whose start tag was just read, through its end tag.
    pub(crate) fn release(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Release> {
        let header = self.header(tag, at)?;
        let mut parts = ReleaseParts::default();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                self.release_part(&mut parts, &child, at)?;
            }
        }
        Ok(Release {
            title: self.need(parts.title, tag, at, "title")?,
            subtitle: self.need(parts.subtitle, tag, at, "subtitle")?,
            number: header.number,
            year: header.year,
            period: self.need(parts.period, tag, at, "period")?,
            place: self.need(parts.place, tag, at, "place")?,
            publisher: self.need(parts.publisher, tag, at, "publisher")?,
            format: header.format,
            language: header.language,
            contents: self.need(parts.contents, tag, at, "contents")?,
            summary: self.need(parts.summary, tag, at, "summary")?,
            sections: self.need(parts.sections, tag, at, "sections")?,
        })
    }

    /// The root's attributes, the version first.
    fn header(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Header> {
        // The version first, so that messages about the root's other attributes can name it.
        self.minor = crate::xml::MINOR;
        let declared = tag
            .start
            .attributes()
            .flatten()
            .find(|a| a.key.into_inner() == "version");
        if let Some(Ok((MAJOR, minor))) = declared.map(|a| parse_version(&a.value)) {
            self.minor = minor;
        }
        let (mut version, mut number, mut year, mut format, mut language) =
            (None, None, None, None, None);
        self.attributes(
            tag,
            at,
            &mut [
                ("version", &mut version),
                ("number", &mut number),
                ("year", &mut year),
                ("format", &mut format),
                ("language", &mut language),
            ],
        )?;
        let (major, minor) = self.required(tag, at, "version", version, parse_version)?;
        if major != MAJOR {
            let message = format!(
                "vocabulary version {major}.{minor} is not supported; this reader reads {MAJOR}.x"
            );
            return Err(self.vocabulary(tag, at, message));
        }
        self.minor = minor;
        Ok(Header {
            // Any u32, as in JSON: validate() reports a number off the schedule.
            number: self.required(tag, at, "number", number, parse_count)?,
            year: self.required(tag, at, "year", year, |v| {
                v.parse::<i32>()
                    .map_err(|_| "expected a year such as 2025".to_owned())
            })?,
            format: self.required(tag, at, "format", format, parse_via::<Format>)?,
            language: self.required(tag, at, "language", language, parse_via::<LanguageTag>)?,
        })
    }

    /// One child of the root, into its slot.
    fn release_part(
        &mut self,
        parts: &mut ReleaseParts,
        child: &Tag<'_>,
        at: &At<'_>,
    ) -> Result<()> {
        match child.local_name() {
            "title" => {
                let v = self.text(child, &at.child("title", None))?;
                self.put(&mut parts.title, v, child, at)
            }
            "subtitle" => {
                let v = self.text(child, &at.child("subtitle", None))?;
                self.put(&mut parts.subtitle, v, child, at)
            }
            "period" => {
                let v = self.period(child, &at.child("period", None))?;
                self.put(&mut parts.period, v, child, at)
            }
            "place" => {
                let v = self.text(child, &at.child("place", None))?;
                self.put(&mut parts.place, v, child, at)
            }
            "publisher" => {
                let v = self.publisher(child, &at.child("publisher", None))?;
                self.put(&mut parts.publisher, v, child, at)
            }
            "contents" => {
                let v = self.contents(child, &at.child("contents", None))?;
                self.put(&mut parts.contents, v, child, at)
            }
            "summary" => {
                let v = self.summary(child, &at.child("summary", None))?;
                self.put(&mut parts.summary, v, child, at)
            }
            "sections" => {
                let v = self.sections(child, &at.child("sections", None))?;
                self.put(&mut parts.sections, v, child, at)
            }
            _ => Err(self.unknown_element(child, at)),
        }
    }

    fn period(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Period> {
        let (mut start, mut end) = (None, None);
        self.attributes(tag, at, &mut [("start", &mut start), ("end", &mut end)])?;
        let start = self.required(tag, at, "start", start, parse_date)?;
        let end = self.required(tag, at, "end", end, parse_date)?;
        self.no_content(tag, at)?;
        // A reversed period is kept for validate() to report, as in JSON.
        Ok(Period { start, end })
    }

    fn publisher(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Publisher> {
        self.attributes(tag, at, &mut [])?;
        let (mut name, mut acronym, mut address, mut fax, mut email, mut website) =
            (None, None, None, None, None, None);
        let mut telephones = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "name" => {
                        let v = self.text(&child, &at.child("name", None))?;
                        self.put(&mut name, v, &child, at)?;
                    }
                    "acronym" => {
                        let v = self.text(&child, &at.child("acronym", None))?;
                        self.put(&mut acronym, v, &child, at)?;
                    }
                    "address" => {
                        let v = self.address(&child, &at.child("address", None))?;
                        self.put(&mut address, v, &child, at)?;
                    }
                    "telephone" => {
                        let here = at.child("telephone", Some(telephones.len() + 1));
                        let v = self.text(&child, &here)?;
                        telephones.push(self.value(
                            &child,
                            &here,
                            "telephone",
                            &v,
                            parse_via::<PhoneNumber>,
                        )?);
                    }
                    "fax" => {
                        let here = at.child("fax", None);
                        let v = self.text(&child, &here)?;
                        let v = self.value(&child, &here, "fax", &v, parse_via::<PhoneNumber>)?;
                        self.put(&mut fax, v, &child, at)?;
                    }
                    "email" => {
                        let here = at.child("email", None);
                        let v = self.text(&child, &here)?;
                        let v =
                            self.value(&child, &here, "email", &v, parse_via::<EmailAddress>)?;
                        self.put(&mut email, v, &child, at)?;
                    }
                    "website" => {
                        let here = at.child("website", None);
                        let v = self.text(&child, &here)?;
                        let v = self.value(&child, &here, "website", &v, parse_url)?;
                        self.put(&mut website, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Publisher {
            name: self.need(name, tag, at, "name")?,
            acronym: self.need(acronym, tag, at, "acronym")?,
            address: self.need(address, tag, at, "address")?,
            telephones,
            fax,
            email: self.need(email, tag, at, "email")?,
            website: self.need(website, tag, at, "website")?,
        })
    }

    fn address(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<PostalAddress> {
        let mut country = None;
        self.attributes(tag, at, &mut [("country", &mut country)])?;
        let country = self.required(tag, at, "country", country, parse_via::<Country>)?;
        let (mut postal_code, mut city, mut street) = (None, None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let (slot, name) = match child.local_name() {
                    "postal_code" => (&mut postal_code, "postal_code"),
                    "city" => (&mut city, "city"),
                    "street" => (&mut street, "street"),
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let v = self.text(&child, &at.child(name, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        Ok(PostalAddress {
            country,
            postal_code: self.need(postal_code, tag, at, "postal_code")?,
            city: self.need(city, tag, at, "city")?,
            street: self.need(street, tag, at, "street")?,
        })
    }

    fn contents(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<ContentsEntry>> {
        self.attributes(tag, at, &mut [])?;
        let mut entries = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "entry" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("entry", Some(entries.len() + 1));
                let (mut country, mut page) = (None, None);
                self.attributes(
                    &child,
                    &here,
                    &mut [("country", &mut country), ("page", &mut page)],
                )?;
                let country =
                    self.required(&child, &here, "country", country, parse_via::<Country>)?;
                let page = self.required(&child, &here, "page", page, parse_count)?;
                let heading = self.content(&child, &here)?;
                entries.push(ContentsEntry {
                    country,
                    heading,
                    page,
                });
            }
        }
        Ok(entries)
    }

    fn summary(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Summary> {
        let mut total = None;
        self.attributes(tag, at, &mut [("total_events", &mut total)])?;
        let total_events = self.required(tag, at, "total_events", total, parse_count)?;
        let (mut events_by_country, mut topics) = (Vec::new(), None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "count" => {
                        let here = at.child("count", Some(events_by_country.len() + 1));
                        let (mut country, mut events) = (None, None);
                        self.attributes(
                            &child,
                            &here,
                            &mut [("country", &mut country), ("events", &mut events)],
                        )?;
                        let country =
                            self.required(&child, &here, "country", country, parse_via::<Country>)?;
                        let events = self.required(&child, &here, "events", events, parse_count)?;
                        self.no_content(&child, &here)?;
                        events_by_country.push(CountryCount { country, events });
                    }
                    "topics" => {
                        let v = self.text(&child, &at.child("topics", None))?;
                        self.put(&mut topics, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Summary {
            total_events,
            events_by_country,
            topics,
        })
    }

    fn sections(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<CountrySection>> {
        self.attributes(tag, at, &mut [])?;
        let mut sections = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "section" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("section", Some(sections.len() + 1));
                sections.push(self.section(&child, &here)?);
            }
        }
        Ok(sections)
    }

    fn section(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<CountrySection> {
        let (mut country, mut page) = (None, None);
        self.attributes(
            tag,
            at,
            &mut [("country", &mut country), ("page", &mut page)],
        )?;
        let country = self.required(tag, at, "country", country, parse_via::<Country>)?;
        let page = match page {
            Some(p) => Some(self.value(tag, at, "page", &p, parse_count)?),
            None => None,
        };
        let (mut heading, mut articles) = (None, Vec::new());
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "heading" => {
                        let v = self.text(&child, &at.child("heading", None))?;
                        self.put(&mut heading, v, &child, at)?;
                    }
                    "article" => {
                        let here = at.child("article", Some(articles.len() + 1));
                        articles.push(self.article(&child, &here)?);
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(CountrySection {
            country,
            heading: self.need(heading, tag, at, "heading")?,
            page,
            articles,
        })
    }

    fn article(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Article> {
        let mut date = None;
        self.attributes(tag, at, &mut [("date", &mut date)])?;
        let mut article = Article::new(String::new());
        if let Some(d) = date {
            article.date = Some(self.value(tag, at, "date", &d, |v| {
                ArticleDate::from_iso(v).ok_or_else(|| "expected YYYY-MM-DD or --MM-DD".to_owned())
            })?);
        }
        let (mut headline, mut body) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "headline" => {
                        let v = self.text(&child, &at.child("headline", None))?;
                        self.put(&mut headline, v, &child, at)?;
                    }
                    "place" => {
                        let v =
                            self.text(&child, &at.child("place", Some(article.places.len() + 1)))?;
                        article.places.push(v);
                    }
                    "organisation" => {
                        let here = at.child("organisation", Some(article.organisations.len() + 1));
                        let v = self.text(&child, &here)?;
                        article.organisations.push(v);
                    }
                    "body" => {
                        let v = self.body(&child, &at.child("body", None))?;
                        self.put(&mut body, v, &child, at)?;
                    }
                    "source" => {
                        let here = at.child("source", Some(article.sources.len() + 1));
                        let v = self.text(&child, &here)?;
                        article
                            .sources
                            .push(self.value(&child, &here, "source", &v, parse_url)?);
                    }
                    "topic" => {
                        let v =
                            self.text(&child, &at.child("topic", Some(article.topics.len() + 1)))?;
                        article.topics.push(v);
                    }
                    "statistic" => {
                        let here = at.child("statistic", Some(article.statistics.len() + 1));
                        article.statistics.push(self.statistic(&child, &here, 0)?);
                    }
                    "event_kind" => {
                        let here = at.child("event_kind", Some(article.event_kinds.len() + 1));
                        let v = self.text(&child, &here)?;
                        let kind = self.value(&child, &here, "event_kind", &v, parse_via)?;
                        article.event_kinds.push(kind);
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        article.headline = self.need(headline, tag, at, "headline")?;
        article.body = body.unwrap_or_default();
        Ok(article)
    }

    fn body(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Vec<Block>> {
        self.attributes(tag, at, &mut [])?;
        let mut blocks = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let index = Some(blocks.len() + 1);
                let block = match child.local_name() {
                    "paragraph" => Block::Paragraph {
                        text: self.text(&child, &at.child("paragraph", index))?,
                    },
                    "bullets" => self.bullets(&child, &at.child("bullets", index))?,
                    "quote" => self.quote(&child, &at.child("quote", index))?,
                    _ => return Err(self.unknown_element(&child, at)),
                };
                blocks.push(block);
            }
        }
        Ok(blocks)
    }

    fn bullets(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Block> {
        self.attributes(tag, at, &mut [])?;
        let mut items = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "item" {
                    return Err(self.unknown_element(&child, at));
                }
                items.push(self.text(&child, &at.child("item", Some(items.len() + 1)))?);
            }
        }
        Ok(Block::Bullets { items })
    }

    fn quote(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Block> {
        self.attributes(tag, at, &mut [])?;
        let (mut text, mut speaker) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                match child.local_name() {
                    "text" => {
                        let v = self.text(&child, &at.child("text", None))?;
                        self.put(&mut text, v, &child, at)?;
                    }
                    "speaker" => {
                        let v = self.speaker(&child, &at.child("speaker", None))?;
                        self.put(&mut speaker, v, &child, at)?;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                }
            }
        }
        Ok(Block::Quote {
            text: self.need(text, tag, at, "text")?,
            speaker,
        })
    }

    fn speaker(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Speaker> {
        self.attributes(tag, at, &mut [])?;
        let (mut name, mut role) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let (slot, element) = match child.local_name() {
                    "name" => (&mut name, "name"),
                    "role" => (&mut role, "role"),
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let v = self.text(&child, &at.child(element, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        Ok(Speaker {
            name: self.need(name, tag, at, "name")?,
            role,
        })
    }

    fn statistic(&mut self, tag: &Tag<'_>, at: &At<'_>, depth: usize) -> Result<Statistic> {
        if depth > MAX_BREAKDOWN_DEPTH {
            let message = format!("breakdowns nest deeper than {MAX_BREAKDOWN_DEPTH} levels");
            return Err(self.vocabulary(tag, at, message));
        }
        if depth > self.max_depth {
            let message = format!(
                "breakdowns nest deeper than the limit of {} levels (depth)",
                self.max_depth
            );
            let err = self.error(ErrorKind::Limit, tag.at, Some(at), message);
            return Err(err.at_limit(Limit::Depth));
        }
        let mut statistic = self.statistic_value(tag, at)?;
        let (mut measure, mut breakdown) = (None, None);
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                let (slot, name) = match child.local_name() {
                    "measure" => (&mut measure, "measure"),
                    "reference_period" => (&mut statistic.reference_period, "reference_period"),
                    "area" => (&mut statistic.area, "area"),
                    "phrase" => (&mut statistic.phrase, "phrase"),
                    "breakdown" => {
                        let v = self.breakdown(&child, &at.child("breakdown", None), depth)?;
                        self.put(&mut breakdown, v, &child, at)?;
                        continue;
                    }
                    _ => return Err(self.unknown_element(&child, at)),
                };
                let v = self.text(&child, &at.child(name, None))?;
                self.put(slot, v, &child, at)?;
            }
        }
        statistic.measure = self.need(measure, tag, at, "measure")?;
        statistic.breakdown = breakdown.unwrap_or_default();
        Ok(statistic)
    }

    /// A statistic's attributes: its qualifier, value, range and unit, the measure yet empty.
    fn statistic_value(&mut self, tag: &Tag<'_>, at: &At<'_>) -> Result<Statistic> {
        let (mut qualifier, mut value, mut range_end, mut unit) = (None, None, None, None);
        let (mut role, mut substance) = (None, None);
        self.attributes(
            tag,
            at,
            &mut [
                ("qualifier", &mut qualifier),
                ("value", &mut value),
                ("range_end", &mut range_end),
                ("unit", &mut unit),
                ("role", &mut role),
                ("substance", &mut substance),
            ],
        )?;
        let qualifier = match qualifier {
            Some(q) => self.value(tag, at, "qualifier", &q, |v| {
                Qualifier::from_code(v).ok_or_else(|| {
                    "expected exact, over, at_least, almost, about, up_to or less_than".to_owned()
                })
            })?,
            None => Qualifier::Exact,
        };
        let value = self.required(tag, at, "value", value, parse_via::<Decimal>)?;
        let range_end = match range_end {
            Some(r) => Some(self.value(tag, at, "range_end", &r, parse_via::<Decimal>)?),
            None => None,
        };
        let unit = self.required(tag, at, "unit", unit, parse_via::<Unit>)?;
        let mut statistic = Statistic::new(String::new(), value, unit);
        statistic.qualifier = qualifier;
        statistic.range_end = range_end;
        statistic.role = match role {
            Some(r) => Some(self.value(tag, at, "role", &r, parse_via::<ChangeRole>)?),
            None => None,
        };
        statistic.substance = match substance {
            Some(s) => Some(self.value(tag, at, "substance", &s, parse_via::<Substance>)?),
            None => None,
        };
        Ok(statistic)
    }

    fn breakdown(&mut self, tag: &Tag<'_>, at: &At<'_>, depth: usize) -> Result<Vec<Statistic>> {
        self.attributes(tag, at, &mut [])?;
        let mut parts = Vec::new();
        if !tag.empty {
            while let Some(child) = self.next_child(at)? {
                if child.local_name() != "statistic" {
                    return Err(self.unknown_element(&child, at));
                }
                let here = at.child("statistic", Some(parts.len() + 1));
                parts.push(self.statistic(&child, &here, depth + 1)?);
            }
        }
        Ok(parts)
    }
}

fn parse_count(v: &str) -> Result<u32, String> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a whole number".to_owned());
    }
    v.parse().map_err(|_| "the number is too large".to_owned())
}

fn parse_date(v: &str) -> Result<NaiveDate, String> {
    crate::model::parse_iso_date(v).ok_or_else(|| "expected a real date as YYYY-MM-DD".to_owned())
}

fn parse_url(v: &str) -> Result<url::Url, url::ParseError> {
    url::Url::parse(v)
}

fn parse_via<T: std::str::FromStr<Err = crate::ParseError>>(
    v: &str,
) -> Result<T, crate::ParseError> {
    v.parse()
}
