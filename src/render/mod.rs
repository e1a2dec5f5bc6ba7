//! Rendering a release as people read it: a standalone HTML page for screen and A4 print.
//! (Markdown in the release's own layout is that layout's writer: [`crate::layout::markdown`].)

mod html;
mod labels;

pub use crate::wording::summary_sentence;
pub use html::html;
/// The page's helpers that the archive report shares: one escaper, one number grouping,
/// one web-link test, one wording of qualifiers.
pub(crate) use html::{data_into, escape_into, grouped, is_web};
/// The words of the page by language, which the archive report shares: qualifiers,
/// drug groups and substances in English and Russian, and numbers as each writes them.
pub(crate) use labels::{
    english_qualifier, russian_group, russian_qualifier, russian_substance, russian_unit_text,
    with_mark,
};
