//! The content-stream interpreter: text state, text and graphics matrices, fonts, and the
//! runs of glyphs it shows.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::budget::Budget;
use super::error::{Error, PdfLimit};
use super::font::Font;

/// The fonts read so far, by object: each is read once per document.
pub(crate) type Fonts = HashMap<ObjectId, Rc<Font>>;

/// `[a b c d e f]`, as PDF writes matrices.
type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`: a point is transformed by `m` first.
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// A run in PDF user space (origin bottom left), before the page turns it around.
#[derive(Debug)]
pub(crate) struct RawRun {
    pub(crate) x: f32,
    pub(crate) y: f32,
    /// Where the next glyph would go.
    pub(crate) end: (f32, f32),
    /// The unit vector along the baseline.
    pub(crate) dir: (f32, f32),
    pub(crate) size: f32,
    pub(crate) font: Rc<Font>,
    pub(crate) text: String,
}

#[derive(Debug, Clone)]
struct State {
    ctm: Matrix,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    font: Option<Rc<Font>>,
    size: f32,
    rise: f32,
}

/// Where a glyph is drawn.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    at: (f32, f32),
    size: f32,
    dir: (f32, f32),
}

/// Decoded and undecoded glyphs of one font.
#[derive(Debug, Default, Clone, Copy)]
struct Decoded {
    good: usize,
    bad: usize,
}

/// Interprets the content streams of one page.
pub(crate) struct Interpreter<'a> {
    doc: &'a Document,
    budget: &'a mut Budget,
    page: u32,
    fonts: &'a mut Fonts,
    decoded: HashMap<String, Decoded>,
    state: State,
    stack: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    current: Option<RawRun>,
    pub(crate) runs: Vec<RawRun>,
    pub(crate) images: usize,
}

fn num(op: &Operation, i: usize) -> f32 {
    match op.operands.get(i) {
        Some(Object::Integer(n)) => *n as f32,
        Some(Object::Real(r)) => *r,
        _ => 0.0,
    }
}

fn matrix(op: &Operation) -> Matrix {
    std::array::from_fn(|i| num(op, i))
}

impl<'a> Interpreter<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        budget: &'a mut Budget,
        fonts: &'a mut Fonts,
        page: u32,
    ) -> Self {
        Interpreter {
            doc,
            budget,
            page,
            fonts,
            decoded: HashMap::new(),
            state: State {
                ctm: IDENTITY,
                char_spacing: 0.0,
                word_spacing: 0.0,
                scale: 1.0,
                leading: 0.0,
                font: None,
                size: 0.0,
                rise: 0.0,
            },
            stack: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            current: None,
            runs: Vec::new(),
            images: 0,
        }
    }

    /// Runs the content stream `data` with `resources`, `depth` forms deep.
    pub(crate) fn run(
        &mut self,
        data: &[u8],
        resources: Option<&Dictionary>,
        depth: usize,
    ) -> Result<(), Error> {
        for op in Content::decode_iter(data) {
            // A stream broken part of the way keeps what came before the break.
            let Ok(op) = op else { break };
            self.budget.operator()?;
            if !self.text_op(&op, resources)? {
                self.graphics_op(&op, resources, depth)?;
            }
        }
        Ok(())
    }

    /// The decoded data of `stream`, within the budget.
    pub(crate) fn decode(&mut self, stream: &lopdf::Stream) -> Result<Vec<u8>, Error> {
        self.budget.decode(stream)
    }

    /// Ends the page: the last run, and a refusal of fonts whose text cannot be decoded.
    pub(crate) fn finish(&mut self) -> Result<(), Error> {
        self.flush();
        let mut fonts: Vec<_> = self.decoded.iter().collect();
        fonts.sort_by(|a, b| a.0.cmp(b.0));
        for (font, d) in fonts {
            // A font whose every tenth glyph says nothing is garbage, not a stray symbol.
            if d.bad > 0 && d.bad * 10 >= d.good + d.bad {
                return Err(Error::no_unicode(font, self.page));
            }
        }
        Ok(())
    }

    fn text_op(&mut self, op: &Operation, resources: Option<&Dictionary>) -> Result<bool, Error> {
        let s = &mut self.state;
        match op.operator.as_str() {
            "BT" => (self.tm, self.tlm) = (IDENTITY, IDENTITY),
            "ET" => {}
            "Tc" => s.char_spacing = num(op, 0),
            "Tw" => s.word_spacing = num(op, 0),
            "Tz" => s.scale = num(op, 0) / 100.0,
            "TL" => s.leading = num(op, 0),
            "Ts" => s.rise = num(op, 0),
            "Tf" => {
                let font = match op.operands.first() {
                    Some(Object::Name(name)) => self.font(resources, name)?,
                    _ => None,
                };
                self.state.font = font;
                self.state.size = num(op, 1);
            }
            "Td" => self.next_line(num(op, 0), num(op, 1)),
            "TD" => {
                self.state.leading = -num(op, 1);
                self.next_line(num(op, 0), num(op, 1));
            }
            "Tm" => (self.tm, self.tlm) = (matrix(op), matrix(op)),
            "T*" => self.next_line(0.0, -self.state.leading),
            "Tj" => self.show_operand(op.operands.first())?,
            "'" => {
                self.next_line(0.0, -self.state.leading);
                self.show_operand(op.operands.first())?;
            }
            "\"" => {
                self.state.word_spacing = num(op, 0);
                self.state.char_spacing = num(op, 1);
                self.next_line(0.0, -self.state.leading);
                self.show_operand(op.operands.get(2))?;
            }
            "TJ" => self.show_array(op.operands.first())?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn graphics_op(
        &mut self,
        op: &Operation,
        resources: Option<&Dictionary>,
        depth: usize,
    ) -> Result<(), Error> {
        match op.operator.as_str() {
            "q" if self.stack.len() < 10_000 => self.stack.push(self.state.clone()),
            "Q" => {
                if let Some(state) = self.stack.pop() {
                    self.state = state;
                }
            }
            "cm" => self.state.ctm = mul(&matrix(op), &self.state.ctm),
            "BI" | "EI" => self.images += 1,
            "Do" => {
                if let Some(Object::Name(name)) = op.operands.first() {
                    self.draw_object(resources, name, depth)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn next_line(&mut self, tx: f32, ty: f32) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }

    fn resource<'r>(
        doc: &'r Document,
        resources: Option<&'r Dictionary>,
        kind: &[u8],
        name: &[u8],
    ) -> Option<&'r Object> {
        let group = resources?.get(kind).ok()?;
        let group = doc.dereference(group).ok()?.1.as_dict().ok()?;
        group.get(name).ok()
    }

    fn font(
        &mut self,
        resources: Option<&Dictionary>,
        name: &[u8],
    ) -> Result<Option<Rc<Font>>, Error> {
        let doc = self.doc;
        let Some(object) = Self::resource(doc, resources, b"Font", name) else {
            return Ok(None);
        };
        let id = object.as_reference().ok();
        if let Some(font) = id.and_then(|id| self.fonts.get(&id)) {
            return Ok(Some(font.clone()));
        }
        let Ok((_, Object::Dictionary(dict))) = doc.dereference(object) else {
            return Ok(None);
        };
        let font = Rc::new(Font::load(doc, dict, self.budget)?);
        if let Some(id) = id {
            self.fonts.insert(id, font.clone());
        }
        Ok(Some(font))
    }

    /// `Do`: an image is counted, a form is run with its own matrix and resources.
    fn draw_object(
        &mut self,
        resources: Option<&Dictionary>,
        name: &[u8],
        depth: usize,
    ) -> Result<(), Error> {
        let doc = self.doc;
        let Some(object) = Self::resource(doc, resources, b"XObject", name) else {
            return Ok(());
        };
        let Ok((_, Object::Stream(stream))) = doc.dereference(object) else {
            return Ok(());
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => self.images += 1,
            Ok(b"Form") => {
                if depth + 1 > self.budget.limits.depth() {
                    return Err(Error::limit_exceeded(
                        PdfLimit::Depth,
                        self.budget.limits.depth(),
                        "form XObjects nest",
                    ));
                }
                let data = self.budget.decode(stream)?;
                let own = stream
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| doc.dereference(r).ok())
                    .and_then(|(_, r)| r.as_dict().ok());
                let saved = (self.state.clone(), self.tm, self.tlm);
                if let Ok(m) = stream.dict.get(b"Matrix").and_then(Object::as_array) {
                    let m: Vec<f32> = m.iter().filter_map(|o| o.as_float().ok()).collect();
                    if let Ok(m) = <[f32; 6]>::try_from(m) {
                        self.state.ctm = mul(&m, &self.state.ctm);
                    }
                }
                let result = self.run(&data, own.or(resources), depth + 1);
                (self.state, self.tm, self.tlm) = saved;
                result?;
            }
            _ => {}
        }
        Ok(())
    }

    fn show_operand(&mut self, operand: Option<&Object>) -> Result<(), Error> {
        if let Some(Object::String(bytes, _)) = operand {
            self.show(bytes);
        }
        Ok(())
    }

    fn show_array(&mut self, operand: Option<&Object>) -> Result<(), Error> {
        let Some(Object::Array(items)) = operand else {
            return Ok(());
        };
        for item in items {
            match item {
                Object::String(bytes, _) => self.show(bytes),
                Object::Integer(_) | Object::Real(_) => {
                    let adjust = item.as_float().unwrap_or(0.0);
                    let tx = -adjust / 1000.0 * self.state.size * self.state.scale;
                    self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The glyph origin in user space, the effective font size and the baseline's direction.
    fn position(&self) -> Glyph {
        let s = &self.state;
        let m = mul(&self.tm, &s.ctm);
        let along = m[0].hypot(m[1]);
        let dir = if along > 0.0 {
            (m[0] / along, m[1] / along)
        } else {
            (1.0, 0.0)
        };
        Glyph {
            at: (s.rise * m[2] + m[4], s.rise * m[3] + m[5]),
            size: s.size * m[2].hypot(m[3]),
            dir,
        }
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.state.font.clone() else {
            return;
        };
        for code in font.codes(bytes) {
            let glyph = self.position();
            let text = font.text(code);
            if !self.decoded.contains_key(&font.name) {
                self.decoded.insert(font.name.clone(), Decoded::default());
            }
            let Some(count) = self.decoded.get_mut(&font.name) else {
                continue;
            };
            match &text {
                Some(_) => count.good += 1,
                None => count.bad += 1,
            }
            let s = &self.state;
            let spacing = s.char_spacing
                + if font.is_word_space(code) {
                    s.word_spacing
                } else {
                    0.0
                };
            let tx = (font.width(code) * s.size + spacing) * s.scale;
            self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
            let end = self.position().at;
            let text = text.unwrap_or_else(|| "\u{FFFD}".into());
            self.place(&font, glyph, end, &text);
        }
    }

    /// Adds a glyph to the current run, or starts a new run when it does not continue it.
    fn place(&mut self, font: &Rc<Font>, glyph: Glyph, end: (f32, f32), text: &str) {
        let size = glyph.size;
        if let Some(run) = &mut self.current {
            let (dx, dy) = (glyph.at.0 - run.end.0, glyph.at.1 - run.end.1);
            let gap = dx * run.dir.0 + dy * run.dir.1;
            let off_baseline = (dy * run.dir.0 - dx * run.dir.1).abs();
            let same = Rc::ptr_eq(&run.font, font)
                && (run.size - size).abs() <= 0.01 * size.max(1.0)
                && (run.dir.0 - glyph.dir.0).abs() + (run.dir.1 - glyph.dir.1).abs() < 0.01
                && off_baseline <= 0.2 * size;
            if same && gap > -0.5 * size && gap < 1.5 * size {
                if gap > 0.25 * size && !run.text.ends_with(' ') && !text.starts_with(' ') {
                    run.text.push(' ');
                }
                run.text.push_str(text);
                run.end = end;
                return;
            }
        }
        self.flush();
        self.current = Some(RawRun {
            x: glyph.at.0,
            y: glyph.at.1,
            end,
            dir: glyph.dir,
            size,
            font: font.clone(),
            text: text.to_owned(),
        });
    }

    fn flush(&mut self) {
        if let Some(run) = self.current.take() {
            self.runs.push(run);
        }
    }
}
