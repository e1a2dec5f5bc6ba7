//! One walk of the model: every section, article, text, URL and statistic of a release, in
//! document order, each with its [`Path`].
//!
//! Whatever must see every text or statistic ([`Limits`](crate::Limits), the validator, the
//! XML writer's character check) implements [`Visitor`] instead of walking the release itself,
//! so a field added to the model is added here once and every check sees it. The walk is one
//! pass (each article's data is read once while it is in cache) and does not recurse into
//! breakdowns, however deep a release made by hand nests them.

use std::ops::ControlFlow;

use url::Url;

use super::path::{Field, Path, Step};
use super::{Article, Block, CountrySection, Release, Statistic, Unit};

/// What kind of text the walk hands over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Text {
    /// Free text that must say something: titles, headlines, paragraphs, places, measures …
    Free,
    /// A list with no items, handed over as one empty text so it reads as empty.
    EmptyList,
    /// A URL (a source, the publisher's website): a text of bounded size, never free text.
    Url,
    /// A phone or fax number: a text of bounded size, never free text.
    Number,
}

/// Where a text is: its parent's path and the last step.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place<'a> {
    parent: &'a Path,
    last: Step,
}

impl Place<'_> {
    /// The text's path.
    pub(crate) fn path(self) -> Path {
        let mut path = Path::with_capacity(self.parent.len() + 1);
        path.extend(self.parent);
        path.push(self.last);
        path
    }
}

/// Receives what [`walk`] finds. Every method defaults to doing nothing; breaking out of any
/// of them ends the walk.
pub(crate) trait Visitor {
    /// A country section, before its articles.
    fn section(&mut self, _path: &Path, _section: &CountrySection) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }

    /// An article, before its texts.
    fn article(&mut self, _path: &Path, _article: &Article) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }

    /// A text of the release.
    fn text(&mut self, _at: Place<'_>, _text: &str, _kind: Text) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }

    /// A source URL of an article (after its text has been handed to [`Visitor::text`]).
    fn source(&mut self, _path: &Path, _url: &Url) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }

    /// A statistic, before its texts and parts; `depth` is 0 for an article's own statistic,
    /// 1 for a part of it, and so on; `whole` is the statistic it is a part of.
    fn statistic(
        &mut self,
        _path: &Path,
        _statistic: &Statistic,
        _depth: usize,
        _whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
}

/// Two visitors in one walk: each is handed every part, the first before the second; the
/// walk ends when either breaks.
impl<A: Visitor, B: Visitor> Visitor for (A, B) {
    fn section(&mut self, path: &Path, section: &CountrySection) -> ControlFlow<()> {
        self.0.section(path, section)?;
        self.1.section(path, section)
    }

    fn article(&mut self, path: &Path, article: &Article) -> ControlFlow<()> {
        self.0.article(path, article)?;
        self.1.article(path, article)
    }

    fn text(&mut self, at: Place<'_>, text: &str, kind: Text) -> ControlFlow<()> {
        self.0.text(at, text, kind)?;
        self.1.text(at, text, kind)
    }

    fn source(&mut self, path: &Path, url: &Url) -> ControlFlow<()> {
        self.0.source(path, url)?;
        self.1.source(path, url)
    }

    fn statistic(
        &mut self,
        path: &Path,
        statistic: &Statistic,
        depth: usize,
        whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        self.0.statistic(path, statistic, depth, whole)?;
        self.1.statistic(path, statistic, depth, whole)
    }
}

/// Walks `release` in document order, handing each part to `visitor`, until a method breaks.
pub(crate) fn walk(release: &Release, visitor: &mut impl Visitor) -> ControlFlow<()> {
    let mut walker = Walker {
        // Deep enough for any path but a deep breakdown's, so the cursor never reallocates.
        path: Path::with_capacity(16),
        visitor,
    };
    walker.release(release)
}

struct Walker<'v, V> {
    /// The cursor: the path of what is being visited.
    path: Path,
    visitor: &'v mut V,
}

impl<V: Visitor> Walker<'_, V> {
    fn text(&mut self, step: Step, text: &str, kind: Text) -> ControlFlow<()> {
        // The last step is handed beside the path: texts are most of what is visited, and
        // their paths are wanted only for the few that have a problem.
        let at = Place {
            parent: &self.path,
            last: step,
        };
        self.visitor.text(at, text, kind)
    }

    fn field(&mut self, field: Field, text: &str) -> ControlFlow<()> {
        self.text(Step::Field(field), text, Text::Free)
    }

    /// `field[i]` for each text of a list.
    fn list<'a>(
        &mut self,
        field: Field,
        texts: impl IntoIterator<Item = &'a str>,
        kind: Text,
    ) -> ControlFlow<()> {
        self.path.push(Step::Field(field));
        let flow = texts
            .into_iter()
            .enumerate()
            .try_for_each(|(i, text)| self.text(Step::Index(i), text, kind));
        self.path.pop();
        flow
    }

    /// Runs `f` with the cursor one step further down.
    fn under(
        &mut self,
        step: Step,
        f: impl FnOnce(&mut Self) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        self.path.push(step);
        let flow = f(self);
        self.path.pop();
        flow
    }

    fn release(&mut self, r: &Release) -> ControlFlow<()> {
        self.field(Field::Title, &r.title)?;
        self.field(Field::Subtitle, &r.subtitle)?;
        self.field(Field::Place, &r.place)?;
        self.under(Step::Field(Field::Publisher), |w| w.publisher(r))?;
        self.path.push(Step::Field(Field::Contents));
        for (i, entry) in r.contents.iter().enumerate() {
            self.under(Step::Index(i), |w| w.field(Field::Heading, &entry.heading))?;
        }
        self.path.pop();
        if let Some(topics) = &r.summary.topics {
            self.under(Step::Field(Field::Summary), |w| {
                w.field(Field::Topics, topics)
            })?;
        }
        self.path.push(Step::Field(Field::Sections));
        for (i, section) in r.sections.iter().enumerate() {
            self.under(Step::Index(i), |w| w.section(section))?;
        }
        self.path.pop();
        ControlFlow::Continue(())
    }

    fn publisher(&mut self, r: &Release) -> ControlFlow<()> {
        let p = &r.publisher;
        self.field(Field::Name, &p.name)?;
        self.field(Field::Acronym, &p.acronym)?;
        self.under(Step::Field(Field::Address), |w| {
            w.field(Field::PostalCode, &p.address.postal_code)?;
            w.field(Field::City, &p.address.city)?;
            w.field(Field::Street, &p.address.street)
        })?;
        let phones = p.telephones.iter().map(|t| t.as_str());
        self.list(Field::Telephones, phones, Text::Number)?;
        if let Some(fax) = &p.fax {
            self.text(Step::Field(Field::Fax), fax.as_str(), Text::Number)?;
        }
        self.field(Field::Email, p.email.as_str())?;
        self.text(Step::Field(Field::Website), p.website.as_str(), Text::Url)
    }

    fn section(&mut self, s: &CountrySection) -> ControlFlow<()> {
        self.visitor.section(&self.path, s)?;
        self.field(Field::Heading, &s.heading)?;
        self.path.push(Step::Field(Field::Articles));
        for (j, article) in s.articles.iter().enumerate() {
            self.under(Step::Index(j), |w| w.article(article))?;
        }
        self.path.pop();
        ControlFlow::Continue(())
    }

    fn article(&mut self, a: &Article) -> ControlFlow<()> {
        self.visitor.article(&self.path, a)?;
        self.field(Field::Headline, &a.headline)?;
        self.list(
            Field::Places,
            a.places.iter().map(String::as_str),
            Text::Free,
        )?;
        let organisations = a.organisations.iter().map(String::as_str);
        self.list(Field::Organisations, organisations, Text::Free)?;
        self.path.push(Step::Field(Field::Body));
        for (k, block) in a.body.iter().enumerate() {
            self.under(Step::Index(k), |w| w.block(block))?;
        }
        self.path.pop();
        self.path.push(Step::Field(Field::Sources));
        for (k, url) in a.sources.iter().enumerate() {
            self.text(Step::Index(k), url.as_str(), Text::Url)?;
            self.under(Step::Index(k), |w| w.visitor.source(&w.path, url))?;
        }
        self.path.pop();
        self.list(
            Field::Topics,
            a.topics.iter().map(String::as_str),
            Text::Free,
        )?;
        self.path.push(Step::Field(Field::Statistics));
        for (k, statistic) in a.statistics.iter().enumerate() {
            self.under(Step::Index(k), |w| w.statistic(statistic))?;
        }
        self.path.pop();
        ControlFlow::Continue(())
    }

    fn block(&mut self, block: &Block) -> ControlFlow<()> {
        match block {
            Block::Paragraph { text } => self.field(Field::Text, text),
            Block::Bullets { items } if items.is_empty() => {
                self.text(Step::Field(Field::Items), "", Text::EmptyList)
            }
            Block::Bullets { items } => {
                self.list(Field::Items, items.iter().map(String::as_str), Text::Free)
            }
            Block::Quote { text, speaker } => {
                self.field(Field::Text, text)?;
                let Some(speaker) = speaker else {
                    return ControlFlow::Continue(());
                };
                self.under(Step::Field(Field::Speaker), |w| {
                    w.field(Field::Name, &speaker.name)?;
                    match &speaker.role {
                        Some(role) => w.field(Field::Role, role),
                        None => ControlFlow::Continue(()),
                    }
                })
            }
        }
    }

    /// A statistic and its parts, depth first, parts in order, with a stack instead of
    /// recursion: a release made by hand may nest breakdowns deeper than any stack.
    fn statistic(&mut self, top: &Statistic) -> ControlFlow<()> {
        self.visitor.statistic(&self.path, top, 0, None)?;
        self.statistic_texts(top)?;
        if top.breakdown.is_empty() {
            return ControlFlow::Continue(());
        }
        let base = self.path.len();
        // (part, its whole, its depth, the path length of its whole, its index among the parts)
        let mut stack: Vec<(&Statistic, &Statistic, usize, usize, usize)> = Vec::new();
        let parts = top.breakdown.iter().enumerate().rev();
        stack.extend(parts.map(|(k, part)| (part, top, 1, base, k)));
        while let Some((s, whole, depth, above, k)) = stack.pop() {
            self.path.truncate(above);
            self.path.push(Step::Field(Field::Breakdown));
            self.path.push(Step::Index(k));
            self.visitor.statistic(&self.path, s, depth, Some(whole))?;
            self.statistic_texts(s)?;
            let here = self.path.len();
            let parts = s.breakdown.iter().enumerate().rev();
            stack.extend(parts.map(|(k, part)| (part, s, depth + 1, here, k)));
        }
        self.path.truncate(base);
        ControlFlow::Continue(())
    }

    fn statistic_texts(&mut self, s: &Statistic) -> ControlFlow<()> {
        self.field(Field::Measure, &s.measure)?;
        if let Unit::Other(text) = &s.unit {
            self.field(Field::Unit, text)?;
        }
        if let Some(text) = &s.reference_period {
            self.field(Field::ReferencePeriod, text)?;
        }
        if let Some(text) = &s.area {
            self.field(Field::Area, text)?;
        }
        if let Some(text) = &s.phrase {
            self.field(Field::Phrase, text)?;
        }
        ControlFlow::Continue(())
    }
}
