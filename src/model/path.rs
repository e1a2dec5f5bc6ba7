//! Where something is in a release: `sections[1].articles[0].sources[2]`.
//!
//! One type for every place that names a location (validation problems, limit errors, the
//! XML writer's refusals), built by [`walk`](super::walk) as it descends, so that no module
//! formats paths by hand and every path sorts in document order.

use std::fmt;

macro_rules! fields {
    ($($variant:ident => $name:literal,)*) => {
        /// A field of the model, by its name in the JSON form. Declared in the order the model
        /// declares its fields (a release's before a section's before an article's …), which
        /// is the order of the JSON form; paths sort by it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(dead_code, reason = "every field is named so that the order is the model's; not all are a path's step yet")]
        pub(crate) enum Field {
            $($variant,)*
        }

        impl Field {
            /// The field's name, e.g. `"range_end"`.
            pub(crate) fn name(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)*
                }
            }
        }
    };
}

fields! {
    Title => "title",
    Subtitle => "subtitle",
    Number => "number",
    Year => "year",
    Period => "period",
    Start => "start",
    End => "end",
    Place => "place",
    Publisher => "publisher",
    Name => "name",
    Acronym => "acronym",
    Address => "address",
    Country => "country",
    PostalCode => "postal_code",
    City => "city",
    Street => "street",
    Telephones => "telephones",
    Fax => "fax",
    Email => "email",
    Website => "website",
    Format => "format",
    Language => "language",
    Contents => "contents",
    Summary => "summary",
    TotalEvents => "total_events",
    EventsByCountry => "events_by_country",
    Events => "events",
    Topics => "topics",
    Sections => "sections",
    Heading => "heading",
    Page => "page",
    Articles => "articles",
    Headline => "headline",
    Date => "date",
    Places => "places",
    Organisations => "organisations",
    Body => "body",
    Text => "text",
    Items => "items",
    Speaker => "speaker",
    Role => "role",
    Sources => "sources",
    Statistics => "statistics",
    EventKinds => "event_kinds",
    Measure => "measure",
    Qualifier => "qualifier",
    Value => "value",
    RangeEnd => "range_end",
    Unit => "unit",
    Substance => "substance",
    ReferencePeriod => "reference_period",
    Area => "area",
    Breakdown => "breakdown",
    Phrase => "phrase",
}

/// One step of a [`Path`]: a field, or an index into the list before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Step {
    /// `.name`
    Field(Field),
    /// `[n]`
    Index(usize),
}

/// A location in a release, from the release down; empty for the release itself.
///
/// Paths compare in document order: field by field in the model's order, list items by
/// index, a place before the places inside it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Path {
    steps: Vec<Step>,
}

impl Path {
    /// The release itself.
    pub(crate) fn root() -> Path {
        Path::default()
    }

    /// The release itself, with room for `steps` steps.
    pub(crate) fn with_capacity(steps: usize) -> Path {
        Path {
            steps: Vec::with_capacity(steps),
        }
    }

    /// This path, then `field`.
    pub(crate) fn field(mut self, field: Field) -> Path {
        self.steps.push(Step::Field(field));
        self
    }

    /// This path, then item `index` of it.
    pub(crate) fn index(mut self, index: usize) -> Path {
        self.steps.push(Step::Index(index));
        self
    }

    /// Goes down one step (the walk's cursor).
    pub(crate) fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// Appends the steps of `other`.
    pub(crate) fn extend(&mut self, other: &Path) {
        self.steps.extend_from_slice(&other.steps);
    }

    /// Goes back up one step.
    pub(crate) fn pop(&mut self) {
        self.steps.pop();
    }

    /// Goes back up to `len` steps (the walk's cursor after a subtree).
    pub(crate) fn truncate(&mut self, len: usize) {
        self.steps.truncate(len);
    }

    /// How many steps the path has.
    pub(crate) fn len(&self) -> usize {
        self.steps.len()
    }
}

impl Path {
    /// The text form, step by step.
    fn write_steps(&self, out: &mut impl fmt::Write) -> fmt::Result {
        for (n, step) in self.steps.iter().enumerate() {
            match step {
                Step::Field(field) if n == 0 => out.write_str(field.name())?,
                Step::Field(field) => write!(out, ".{}", field.name())?,
                Step::Index(i) => write!(out, "[{i}]")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write_steps(f);
        }
        let mut text = String::new();
        self.write_steps(&mut text)?;
        f.pad(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::{Field, Path};

    #[test]
    fn paths_print_as_the_json_form_names_them() {
        let path = Path::root()
            .field(Field::Sections)
            .index(1)
            .field(Field::Articles)
            .index(0)
            .field(Field::Sources)
            .index(2);
        assert_eq!(path.to_string(), "sections[1].articles[0].sources[2]");
        assert_eq!(Path::root().to_string(), "");
    }

    #[test]
    fn paths_sort_in_document_order() {
        let article = Path::root()
            .field(Field::Sections)
            .index(0)
            .field(Field::Articles)
            .index(3);
        let headline = article.clone().field(Field::Headline);
        let source = article.clone().field(Field::Sources).index(0);
        let statistic = article.clone().field(Field::Statistics).index(0);
        let later_section = Path::root().field(Field::Sections).index(1);
        let mut paths = [
            later_section.clone(),
            statistic.clone(),
            source.clone(),
            headline.clone(),
            article.clone(),
        ];
        paths.sort();
        assert_eq!(paths, [article, headline, source, statistic, later_section]);
    }
}
