//! Loading the document with lopdf and reading its pages: size, runs and links.

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use super::budget::Budget;
use super::error::{Error, PdfLimit};
use super::interp::{Fonts, Interpreter, RawRun};
use super::{Link, Page, TextRun};

/// Loads `bytes` (already checked for the header and nesting) with lopdf.
pub(crate) fn load(bytes: &[u8], budget: &Budget) -> Result<Document, Error> {
    let options = LoadOptions {
        max_decompressed_size: Some(budget.limits.stream_bytes()),
        ..LoadOptions::default()
    };
    let encrypted_marker = bytes.windows(8).any(|w| w == b"/Encrypt");
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(_) if encrypted_marker => return Err(Error::encrypted()),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(Error::limit_exceeded(
                PdfLimit::StreamBytes,
                budget.limits.stream_bytes(),
                "a stream decompresses to",
            ));
        }
        Err(err) => return Err(Error::corrupt("its structure cannot be read").with_source(err)),
    };
    // lopdf opens a file encrypted with an empty user password itself; one it could not
    // decrypt keeps its `/Encrypt`.
    if doc.is_encrypted() {
        return Err(Error::encrypted());
    }
    Ok(doc)
}

/// Every page of `doc`, in order.
pub(crate) fn read_pages(doc: &Document, budget: &mut Budget) -> Result<Vec<Page>, Error> {
    let ids = doc.get_pages();
    if ids.is_empty() {
        return Err(Error::corrupt("it has no pages"));
    }
    if ids.len() > budget.limits.pages() {
        return Err(Error::limit_exceeded(
            PdfLimit::Pages,
            budget.limits.pages(),
            "its pages number",
        ));
    }
    let mut pages = Vec::with_capacity(ids.len());
    let mut images = 0;
    let mut fonts = Fonts::new();
    for (&number, &id) in &ids {
        let (page, page_images) = read_page(doc, budget, &mut fonts, number, id)?;
        images += page_images;
        pages.push(page);
    }
    if images > 0 && pages.iter().all(|p| p.runs.is_empty()) {
        return Err(Error::no_text_layer());
    }
    Ok(pages)
}

fn read_page(
    doc: &Document,
    budget: &mut Budget,
    fonts: &mut Fonts,
    number: u32,
    id: ObjectId,
) -> Result<(Page, usize), Error> {
    let dict = doc
        .get_dictionary(id)
        .map_err(|e| Error::corrupt(format_args!("page {number} is missing")).with_source(e))?;
    let [x0, y0, x1, y1] = media_box(doc, dict);
    let resources = resources(doc, id);
    let mut interpreter = Interpreter::new(doc, budget, fonts, number);
    for content in doc.get_page_contents(id) {
        let Ok(Object::Stream(stream)) = doc.get_object(content) else {
            continue;
        };
        let data = interpreter.decode(stream)?;
        interpreter.run(&data, resources, 0)?;
    }
    interpreter.finish()?;
    let runs = interpreter
        .runs
        .drain(..)
        .map(|r| text_run(r, x0, y1))
        .collect();
    let page = Page {
        number,
        width: x1 - x0,
        height: y1 - y0,
        runs,
        links: links(doc, dict, x0, y1),
    };
    Ok((page, interpreter.images))
}

fn text_run(run: RawRun, x0: f32, top: f32) -> TextRun {
    TextRun {
        x: run.x - x0,
        y: top - run.y,
        width: ((run.end.0 - run.x) * run.dir.0 + (run.end.1 - run.y) * run.dir.1).max(0.0),
        font_size: run.size,
        bold: run.font.bold,
        italic: run.font.italic,
        font: run.font.name.clone(),
        text: run.text,
    }
}

/// The page's resources: its own or the nearest ancestor's.
fn resources(doc: &Document, id: ObjectId) -> Option<&Dictionary> {
    let (inline, ids) = doc.get_page_resources(id).ok()?;
    inline.or_else(|| ids.first().and_then(|&r| doc.get_dictionary(r).ok()))
}

/// `/MediaBox`, inherited through the page tree, normalised; US Letter when there is none.
fn media_box<'a>(doc: &'a Document, mut dict: &'a Dictionary) -> [f32; 4] {
    for _ in 0..32 {
        if let Ok(object) = dict.get(b"MediaBox") {
            if let Some(rect) = rect(doc, object) {
                return rect;
            }
        }
        match dict.get(b"Parent").and_then(Object::as_reference) {
            Ok(parent) => match doc.get_dictionary(parent) {
                Ok(parent) => dict = parent,
                Err(_) => break,
            },
            Err(_) => break,
        }
    }
    [0.0, 0.0, 612.0, 792.0]
}

fn rect(doc: &Document, object: &Object) -> Option<[f32; 4]> {
    let items = doc.dereference(object).ok()?.1.as_array().ok()?;
    let v: Vec<f32> = items
        .iter()
        .filter_map(|o| doc.dereference(o).ok()?.1.as_float().ok())
        .collect();
    let [a, b, c, d] = <[f32; 4]>::try_from(v).ok()?;
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}

/// `/Annots` of `/Subtype /Link` with a `/URI` action, in page coordinates.
fn links(doc: &Document, page: &Dictionary, x0: f32, top: f32) -> Vec<Link> {
    let Some(annots) = page
        .get(b"Annots")
        .ok()
        .and_then(|a| doc.dereference(a).ok())
        .and_then(|(_, a)| a.as_array().ok())
    else {
        return Vec::new();
    };
    let mut links = Vec::new();
    for annot in annots {
        let Ok((_, Object::Dictionary(annot))) = doc.dereference(annot) else {
            continue;
        };
        if annot.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Link") {
            continue;
        }
        let action = annot
            .get(b"A")
            .ok()
            .and_then(|a| doc.dereference(a).ok())
            .and_then(|(_, a)| a.as_dict().ok());
        let Some(action) = action else { continue };
        if action.get(b"S").and_then(Object::as_name).ok() != Some(b"URI") {
            continue;
        }
        let uri = match action
            .get(b"URI")
            .ok()
            .and_then(|u| doc.dereference(u).ok())
        {
            Some((_, Object::String(bytes, _))) => String::from_utf8_lossy(bytes).into_owned(),
            _ => continue,
        };
        let Some([a, b, c, d]) = annot.get(b"Rect").ok().and_then(|r| rect(doc, r)) else {
            continue;
        };
        links.push(Link {
            rect: [a - x0, top - d, c - x0, top - b],
            uri,
        });
    }
    links
}
