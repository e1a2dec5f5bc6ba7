//! Rendering a release as people read it: a standalone HTML page for screen and A4 print.
//! (Markdown in the release's own layout is that layout's writer: [`crate::layout::markdown`].)

mod html;

pub use crate::wording::summary_sentence;
pub use html::html;
/// The page's helpers that the archive report shares: one escaper, one number grouping,
/// one web-link test, one wording of qualifiers.
pub(crate) use html::{escape_into, grouped, is_web, qualifier_words};
