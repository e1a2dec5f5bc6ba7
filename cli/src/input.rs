//! Reading the input: one release (JSON, XML, the text layout) or an archive of many (JSON
//! Lines, an XML collection), from a file or standard input, told by the file name's
//! extension and the content or forced by `--from`. An archive is read one record at a time,
//! each within the input limit; of a single release never more than the input limit (plus
//! one byte) is read into memory.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use caricc_release::collection::ReleaseReader;
use caricc_release::layout::Language;
use caricc_release::{Limits, Release};
use clap::ValueEnum;

use super::{display_name, is_stdin};

/// The formats `--from` forces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FromFormat {
    /// One release as JSON.
    Json,
    /// JSON Lines: one release as JSON per line.
    Jsonl,
    /// One release as XML, or an XML collection (root `releases`).
    Xml,
    /// The text layout of a release's PDF.
    Text,
    /// A release PDF (also told by its `%PDF-` header).
    Pdf,
}

/// The formats a release can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InputFormat {
    Json,
    Xml,
    /// The text layout a release's PDF gives when extracted.
    Text,
}

impl InputFormat {
    const ALL: &'static [InputFormat] = &[InputFormat::Json, InputFormat::Xml, InputFormat::Text];

    /// The file name extension (without the dot) the format is known by.
    fn extension(self) -> &'static str {
        match self {
            InputFormat::Json => "json",
            InputFormat::Xml => "xml",
            InputFormat::Text => "txt",
        }
    }

    /// The format's name, for messages.
    fn name(self) -> &'static str {
        match self {
            InputFormat::Json => "JSON",
            InputFormat::Xml => "XML",
            InputFormat::Text => "the text layout",
        }
    }

    /// Whether `text` looks like this format (`text` starts with its first non-whitespace character).
    fn looks_like(self, text: &str) -> bool {
        match self {
            InputFormat::Json => text.starts_with('{'),
            InputFormat::Xml => text.starts_with('<'),
            // The cover's title, near the top.
            InputFormat::Text => {
                let head = text.chars().take(2000).collect::<String>().to_uppercase();
                head.contains("INFORMATION RELEASE") || head.contains("ИНФОРМАЦИОННЫЙ РЕЛИЗ")
            }
        }
    }

    /// The release and, for the text layout, the reader's diagnostics.
    fn parse(self, text: &str) -> Result<Loaded, String> {
        let plain = |release| Loaded {
            release,
            diagnostics: Vec::new(),
        };
        match self {
            InputFormat::Json => caricc_release::from_json(text)
                .map(plain)
                .map_err(|e| e.to_string()),
            InputFormat::Xml => caricc_release::from_xml(text)
                .map(plain)
                .map_err(|e| e.to_string()),
            InputFormat::Text => match TEXT_LANGUAGE.get() {
                Some(language) => {
                    caricc_release::layout::parse_in_language(text, *language, &Limits::DEFAULT)
                }
                None => caricc_release::layout::parse(text),
            }
            .map(|p| Loaded {
                release: p.release,
                diagnostics: p.diagnostics,
            })
            .map_err(|e| e.to_string()),
        }
    }

    /// The format of `path` by its extension, or else by the content: the first
    /// non-whitespace character. `None` when neither tells.
    fn detect(path: &Path, text: &str) -> Option<InputFormat> {
        if !is_stdin(path) {
            if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
                let known = InputFormat::ALL
                    .iter()
                    .find(|f| f.extension().eq_ignore_ascii_case(ext));
                if let Some(format) = known {
                    return Some(*format);
                }
            }
        }
        let start = text.trim_start();
        InputFormat::ALL
            .iter()
            .copied()
            .find(|f| f.looks_like(start))
    }

    /// What detection expected, for the error message: `.json` for a file, `JSON` for stdin.
    fn expected(path: &Path) -> String {
        let names: Vec<String> = InputFormat::ALL
            .iter()
            .map(|f| {
                if is_stdin(path) {
                    f.name().to_owned()
                } else {
                    format!(".{}", f.extension())
                }
            })
            .collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.concat(),
        }
    }
}

/// A release as read, with what the text-layout reader had to guess or repair.
pub struct Loaded {
    pub release: Release,
    pub diagnostics: Vec<caricc_release::layout::Diagnostic>,
}

impl Loaded {
    /// A release read without diagnostics.
    fn plain(release: Release) -> Loaded {
        Loaded {
            release,
            diagnostics: Vec::new(),
        }
    }
}

/// Parses the one release `text` holds, in `format` (`None`: the format could not be told);
/// the error is a whole message (after `caricc: `).
fn read_single(
    path: &Path,
    name: &str,
    text: &str,
    format: Option<InputFormat>,
) -> Result<Loaded, String> {
    let format = format.ok_or_else(|| {
        if text.trim().is_empty() {
            format!("{name}: the input is empty")
        } else {
            format!(
                "cannot tell the format of {name}; expected {}",
                InputFormat::expected(path)
            )
        }
    })?;
    format.parse(text).map_err(|e| format!("{name}: {e}"))
}

/// One release of an input: its label (FILE, or FILE#N for the Nth record of an archive),
/// its record number in an archive, and the release or why it could not be read (a whole
/// message, after `caricc: `).
pub struct Record {
    pub label: String,
    pub record: Option<usize>,
    pub loaded: Result<Loaded, String>,
}

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Single(Option<InputFormat>),
    JsonLines,
    XmlCollection,
}

/// The releases of an input, one at a time, in order.
pub type Records = Box<dyn Iterator<Item = Record> + Send>;

/// How much of an input is looked at first, to tell an archive (read record by record) from
/// a single release (read whole, up to the input limit).
const WINDOW: usize = 64 * 1024;

/// The language `--language` gives a text-layout input; unset, the reader recognises it.
static TEXT_LANGUAGE: OnceLock<Language> = OnceLock::new();

/// Reads every text-layout input as a release in `language`.
pub fn set_text_language(language: Language) {
    let _ = TEXT_LANGUAGE.set(language);
}

/// The input limit when `--max-input-bytes` is not given (0): the library's.
static MAX_INPUT: AtomicUsize = AtomicUsize::new(0);

/// Sets the largest input (a single release, or one record of an archive) read into memory.
pub fn set_input_limit(bytes: usize) {
    MAX_INPUT.store(bytes, Ordering::Relaxed);
}

/// The largest input (a single release, or one record of an archive) read into memory.
pub fn input_limit() -> usize {
    given_limit().unwrap_or(Limits::DEFAULT.input_bytes())
}

/// The input limit `--max-input-bytes` gave, if it did.
fn given_limit() -> Option<usize> {
    match MAX_INPUT.load(Ordering::Relaxed) {
        0 => None,
        bytes => Some(bytes),
    }
}

/// An input as bytes: a file or standard input.
type Source = BufReader<Box<dyn Read + Send>>;

/// Reads every release of `path`: one record for a single release, one per record of an
/// archive. An archive (JSON Lines, an XML collection) is read record by record as the
/// records are taken, so memory holds one record however large the archive is; a single
/// release is read whole, up to the input limit. The error (a whole message) is about the
/// input as a whole.
pub fn records(path: &Path, from: Option<FromFormat>) -> Result<Records, String> {
    let name = display_name(path);
    let mut source = open(path, &name)?;
    let limits = Limits::DEFAULT.with_input_bytes(input_limit());
    let mut window = Vec::new();
    let lines_by_name = matches!(kind_by_name(path, from), Some(Kind::JsonLines));
    if !lines_by_name {
        read_up_to(&mut source, WINDOW, &mut window, path, &name)?;
    }
    // Less than asked for: the window holds the whole input.
    let whole = !lines_by_name && window.len() < WINDOW;
    if window.starts_with(BOM) {
        window.drain(..BOM.len());
    }
    let head = std::io::Cursor::new(window);
    let early = if lines_by_name {
        Some(Kind::JsonLines)
    } else {
        archive_by_window(path, head.get_ref(), whole, from)
    };
    match early {
        Some(Kind::JsonLines) => {
            let reader = ReleaseReader::json_lines(head.chain(source)).with_limits(limits);
            return Ok(stream(name, reader));
        }
        Some(Kind::XmlCollection) => {
            let reader = ReleaseReader::xml_collection(head.chain(source)).with_limits(limits);
            return Ok(stream(name, reader));
        }
        _ => {}
    }
    let mut bytes = head.into_inner();
    let single = |loaded| -> Records {
        Box::new(std::iter::once(Record {
            label: name.clone(),
            record: None,
            loaded,
        }))
    };
    if from == Some(FromFormat::Pdf) || (from.is_none() && crate::pdf::is_pdf(&bytes)) {
        let limit = crate::pdf::input_limit(given_limit());
        read_rest_within(&mut source, &mut bytes, path, &name, limit)?;
        return Ok(single(crate::pdf::read(&bytes, &name, limit)));
    }
    let text = read_rest(&mut source, &mut bytes, path, &name).and_then(|()| utf8(bytes, &name))?;
    let reader = match kind(path, &text, from, whole) {
        Kind::Single(format) => return Ok(single(read_single(path, &name, &text, format))),
        Kind::JsonLines => ReleaseReader::json_lines(std::io::Cursor::new(text.into_bytes())),
        Kind::XmlCollection => {
            ReleaseReader::xml_collection(std::io::Cursor::new(text.into_bytes()))
        }
    };
    Ok(stream(name.clone(), reader.with_limits(limits)))
}

/// The records of an archive, labelled FILE#N.
fn stream<R: BufRead + Send + 'static>(name: String, reader: ReleaseReader<R>) -> Records {
    let mut count = 0;
    Box::new(reader.map(move |item| {
        count += 1;
        let loaded = item.map(Loaded::plain).map_err(|err| {
            count = err.record().unwrap_or(count);
            format!("{name}: {err}")
        });
        Record {
            label: format!("{name}#{count}"),
            record: Some(count),
            loaded,
        }
    }))
}

/// Every release of `path`, read into memory.
pub fn read_records(path: &Path, from: Option<FromFormat>) -> Result<Vec<Record>, String> {
    Ok(records(path, from)?.collect())
}

/// Reads the one release of `path`; an archive of more than one is refused.
pub fn read_release(path: &Path) -> Result<Loaded, String> {
    let mut records = read_records(path, None)?;
    if records.len() != 1 {
        return Err(format!(
            "{}: holds {} releases where one was expected",
            display_name(path),
            records.len()
        ));
    }
    records.remove(0).loaded
}

/// Opens `path`, or standard input for `-`.
fn open(path: &Path, name: &str) -> Result<Source, String> {
    let inner: Box<dyn Read + Send> = if is_stdin(path) {
        Box::new(io::stdin())
    } else {
        Box::new(fs::File::open(path).map_err(|e| format!("{name}: cannot read the file: {e}"))?)
    };
    Ok(BufReader::with_capacity(WINDOW, inner))
}

/// Appends at most `max` more bytes of `source` to `bytes`.
fn read_up_to(
    source: &mut Source,
    max: usize,
    bytes: &mut Vec<u8>,
    path: &Path,
    name: &str,
) -> Result<(), String> {
    let take = u64::try_from(max).unwrap_or(u64::MAX);
    source.take(take).read_to_end(bytes).map(drop).map_err(|e| {
        if is_stdin(path) {
            format!("{name}: cannot read standard input: {e}")
        } else {
            format!("{name}: cannot read the file: {e}")
        }
    })
}

/// Reads the rest of a single input after `bytes`, the window already read: at most the
/// input limit (and one byte more, to tell that it is too large).
fn read_rest(
    source: &mut Source,
    bytes: &mut Vec<u8>,
    path: &Path,
    name: &str,
) -> Result<(), String> {
    read_rest_within(source, bytes, path, name, input_limit())
}

/// Reads the rest of a single input after `bytes`: at most `max` bytes in all (and one
/// byte more, to tell that it is too large).
fn read_rest_within(
    source: &mut Source,
    bytes: &mut Vec<u8>,
    path: &Path,
    name: &str,
    max: usize,
) -> Result<(), String> {
    let more = max.saturating_add(1).saturating_sub(bytes.len());
    read_up_to(source, more, bytes, path, name)?;
    if bytes.len() > max {
        return Err(format!(
            "{name}: the input is larger than the limit of {max} bytes"
        ));
    }
    Ok(())
}

fn utf8(bytes: Vec<u8>, name: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text: invalid byte at offset {}; a release is read from JSON, \
             XML, JSON Lines, the text of its PDF or the PDF itself",
            e.utf8_error().valid_up_to()
        )
    })
}

/// What `--from` or the file name alone tells: JSON Lines by `--from jsonl`, `.jsonl` or
/// `.ndjson`.
fn kind_by_name(path: &Path, from: Option<FromFormat>) -> Option<Kind> {
    let extension = (!is_stdin(path))
        .then(|| path.extension().and_then(|e| e.to_str()))
        .flatten()
        .map(str::to_ascii_lowercase);
    match from {
        Some(FromFormat::Jsonl) => Some(Kind::JsonLines),
        None if matches!(extension.as_deref(), Some("jsonl" | "ndjson")) => Some(Kind::JsonLines),
        _ => None,
    }
}

/// The archive the first bytes of an input (`window`, without a byte order mark) show, when
/// they show one as surely as the whole input would: two JSON values one after another, or
/// the root `<releases>`. `None`: a single release, or not told yet. `whole`: the window
/// is the whole input.
fn archive_by_window(
    path: &Path,
    window: &[u8],
    whole: bool,
    from: Option<FromFormat>,
) -> Option<Kind> {
    let text = match std::str::from_utf8(window) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&window[..e.valid_up_to()]).ok()?,
    };
    let family = match from {
        Some(FromFormat::Xml) => InputFormat::Xml,
        Some(_) => return None,
        None => InputFormat::detect(path, text)?,
    };
    match family {
        InputFormat::Json if json_values(text) > 1 => Some(Kind::JsonLines),
        // Up to the last `>` of a part, so that the root's name is not cut.
        InputFormat::Xml => {
            let told = if whole {
                text
            } else {
                &text[..text.rfind('>')? + 1]
            };
            (xml_root(told) == Some("releases")).then_some(Kind::XmlCollection)
        }
        _ => None,
    }
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What the input holds: `--from` first, then the extension, then the content
/// (`single_known`: the input is known to be no archive).
fn kind(path: &Path, text: &str, from: Option<FromFormat>, single_known: bool) -> Kind {
    let extension = (!is_stdin(path))
        .then(|| path.extension().and_then(|e| e.to_str()))
        .flatten()
        .map(str::to_ascii_lowercase);
    let family = match from {
        Some(FromFormat::Json) => return Kind::Single(Some(InputFormat::Json)),
        Some(FromFormat::Jsonl) => return Kind::JsonLines,
        Some(FromFormat::Text) => return Kind::Single(Some(InputFormat::Text)),
        // Told before the text is read; here only when the input turned out to be text.
        Some(FromFormat::Pdf) => return Kind::Single(None),
        Some(FromFormat::Xml) => Some(InputFormat::Xml),
        None if matches!(extension.as_deref(), Some("jsonl" | "ndjson")) => {
            return Kind::JsonLines;
        }
        None => InputFormat::detect(path, text),
    };
    match family {
        _ if single_known => Kind::Single(family),
        Some(InputFormat::Json) if json_values(text) > 1 => Kind::JsonLines,
        Some(InputFormat::Xml) if xml_root(text) == Some("releases") => Kind::XmlCollection,
        other => Kind::Single(other),
    }
}

/// How many JSON values follow one another at the start of `text`, up to two.
fn json_values(text: &str) -> usize {
    serde_json::Deserializer::from_str(text)
        .into_iter::<serde::de::IgnoredAny>()
        .take(2)
        .take_while(Result::is_ok)
        .count()
}

/// The local name of the root element: the first tag that is not a declaration, a
/// processing instruction or a comment.
fn xml_root(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        let start = rest.find('<')?;
        rest = &rest[start + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..end];
        return Some(name.rsplit(':').next().unwrap_or(name));
    }
}
