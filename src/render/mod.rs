//! Rendering a release as people read it: a standalone HTML page for screen and A4 print.
//! (Markdown in the release's own layout is that layout's writer: [`crate::layout::markdown`].)

mod html;

pub use crate::wording::summary_sentence;
pub use html::html;
