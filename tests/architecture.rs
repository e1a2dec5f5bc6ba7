//! The rules of the source tree, checked: data flows one way through layers of modules; no
//! format or reader reaches another; no hand-written file over 1,200 lines; no function over
//! 80 lines. README.md ("Architecture") explains the layers.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The crate's top-level modules, lowest layer first. A module may use the modules of lower
/// layers only: not its own layer's (formats and readers do not reach each other) and never a
/// higher one. The crate root (`lib.rs`) re-exports, and the command line (`cli/`, the package
/// `caricc-cli`, which uses the library as a dependency) sits on top of everything.
const LAYERS: &[(&str, &[&str])] = &[
    ("leaves", &["error", "words", "chars"]),
    ("the model", &["model"]),
    ("checks", &["limits", "validate"]),
    ("composition and language", &["builder", "prose", "wording"]),
    ("the assembler", &["assemble"]),
    ("formats and readers", &["json", "xml", "layout", "pdf"]),
    ("renderers", &["render"]),
    ("many releases", &["collection"]),
];

const MAX_FILE_LINES: usize = 1_200;
const MAX_FUNCTION_LINES: usize = 80;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("target") {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The top-level module a file of `src/` belongs to: `src/xml/read.rs` → `xml`.
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(root().join("src")).expect("under src/");
    let first = relative.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_owned()
}

/// `file` from the package root, for messages.
fn shown(file: &Path) -> String {
    file.strip_prefix(root())
        .unwrap_or(file)
        .display()
        .to_string()
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

/// Source text with comments, strings and character literals blanked out (kept as spaces, so
/// that line numbers stay right): what is left is code.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, bytes: &[u8]| {
        out.extend(bytes.iter().map(|&c| if c == b'\n' { b'\n' } else { b' ' }));
    };
    while i < b.len() {
        let rest = &b[i..];
        let end = if rest.starts_with(b"//") {
            i + rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            i + find(rest, b"*/").map_or(rest.len(), |p| p + 2)
        } else if let Some(len) = raw_string(rest) {
            i + len
        } else if rest[0] == b'"' || rest.starts_with(b"b\"") {
            i + quoted(rest, b'"')
        } else if rest[0] == b'\'' && is_char_literal(rest) {
            i + quoted(rest, b'\'')
        } else {
            out.push(b[i]);
            i += 1;
            continue;
        };
        blank(&mut out, &b[i..end]);
        i = end;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The length of a raw string literal (`r"…"`, `r#"…"#`, `br#"…"#`) at the start, if one is.
fn raw_string(rest: &[u8]) -> Option<usize> {
    let start = if rest.starts_with(b"br") { 2 } else { 1 };
    if rest.first() != Some(&b'r') && !rest.starts_with(b"br") {
        return None;
    }
    let hashes = rest[start..].iter().take_while(|&&c| c == b'#').count();
    if rest.get(start + hashes) != Some(&b'"') {
        return None;
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    let body = start + hashes + 1;
    Some(body + find(&rest[body..], &close).map_or(rest.len() - body, |p| p + close.len()))
}

/// The length of a literal quoted by `quote` at the start (after an optional `b`), escapes
/// included.
fn quoted(rest: &[u8], quote: u8) -> usize {
    let mut i = rest.iter().position(|&c| c == quote).expect("a quote") + 1;
    while i < rest.len() {
        match rest[i] {
            b'\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    rest.len()
}

/// Whether the `'` at the start opens a character literal rather than a lifetime.
fn is_char_literal(rest: &[u8]) -> bool {
    if rest.get(1) == Some(&b'\\') {
        return true;
    }
    // One character (of up to four bytes) and a closing quote.
    let text = String::from_utf8_lossy(&rest[1..rest.len().min(6)]);
    let mut chars = text.chars();
    chars.next().is_some() && chars.next() == Some('\'')
}

/// The crate's top-level modules a file's code names: `crate::xml::…`, `use crate::{json,
/// xml::…}` and items the crate root re-exports (`crate::Release` is the model's).
fn modules_used(code: &str, reexports: &BTreeMap<String, String>) -> Vec<String> {
    let mut used = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = matching_brace(group);
            top_level_items(&group[..end])
        } else {
            vec![rest]
        };
        for name in names {
            let ident: String = name
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let module = reexports.get(&ident).cloned().unwrap_or(ident);
            if !module.is_empty() && module != "self" {
                used.push(module);
            }
        }
    }
    used
}

/// The byte offset of the `}` closing a group whose `{` was just passed.
fn matching_brace(group: &str) -> usize {
    let mut depth = 1;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return i;
        }
    }
    group.len()
}

/// The items of a `use` group at its own level: `json, xml::{a, b}, Release` → three.
fn top_level_items(group: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(group[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(group[start..].trim());
    items
}

/// What the crate root re-exports, item → module: `Release` → `model`.
fn root_reexports() -> BTreeMap<String, String> {
    let lib = code_only(&fs::read_to_string(root().join("src/lib.rs")).expect("lib.rs"));
    let mut map = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in top_level_items(items) {
            let name = item.rsplit(" as ").next().unwrap_or(item).trim();
            if !name.is_empty() {
                map.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    map
}

#[test]
fn every_module_has_a_layer() {
    for file in rust_files(&root().join("src")) {
        let module = module_of(&file);
        if module != "lib" {
            assert!(
                layer_of(&module).is_some(),
                "{} belongs to module `{module}`, which no layer in tests/architecture.rs lists",
                shown(&file)
            );
        }
    }
}

#[test]
fn modules_use_only_lower_layers() {
    let reexports = root_reexports();
    let mut breaches = Vec::new();
    for file in rust_files(&root().join("src")) {
        let module = module_of(&file);
        let Some(layer) = layer_of(&module) else {
            continue; // the root and the command line sit on top
        };
        let code = code_only(&fs::read_to_string(&file).expect("readable"));
        for used in modules_used(&code, &reexports) {
            let allowed = used == module || layer_of(&used).is_some_and(|l| l < layer);
            if !allowed && layer_of(&used).is_some() {
                let (this, that) = (LAYERS[layer].0, LAYERS[layer_of(&used).unwrap_or(0)].0);
                breaches.push(format!(
                    "{}: `{module}` ({this}) uses `{used}` ({that})",
                    shown(&file)
                ));
            }
        }
    }
    breaches.sort();
    breaches.dedup();
    assert!(
        breaches.is_empty(),
        "layers breached:\n{}",
        breaches.join("\n")
    );
}

/// Hand-written Rust of the workspace: the library, the command line (`cli/`), tests,
/// examples, benchmarks and fuzz targets (generated tables say `@generated` on their first
/// line).
fn hand_written() -> Vec<(PathBuf, String)> {
    let dirs = [
        "src",
        "tests",
        "examples",
        "benches",
        "cli",
        "fuzz/fuzz_targets",
    ];
    dirs.iter()
        .flat_map(|d| rust_files(&root().join(d)))
        .map(|f| {
            let text = fs::read_to_string(&f).expect("readable");
            (f, text)
        })
        .filter(|(_, text)| !text.lines().next().unwrap_or("").contains("@generated"))
        .collect()
}

#[test]
fn no_file_is_over_the_size_limit() {
    let long: Vec<String> = hand_written()
        .into_iter()
        .map(|(f, text)| (f, text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_FILE_LINES)
        .map(|(f, lines)| format!("{}: {lines} lines", shown(&f)))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

/// Each function of a file's code: its name, first line and length in lines, from `fn` to the
/// brace that closes its body.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let Some(at) = line
            .match_indices("fn ")
            .map(|(i, _)| i)
            .find(|&i| i == 0 || !line.as_bytes()[i - 1].is_ascii_alphanumeric())
        else {
            continue;
        };
        let name: String = line[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue; // `fn(` in a type
        }
        if let Some(end) = body_end(&lines, n, at) {
            found.push((name, n + 1, end - n + 1));
        }
    }
    found
}

/// The line where the body of the function declared on line `n` closes; `None` for a
/// declaration without a body (in a trait).
fn body_end(lines: &[&str], n: usize, column: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut opened = false;
    for (k, line) in lines.iter().enumerate().skip(n) {
        let text = if k == n { &line[column..] } else { line };
        for c in text.chars() {
            match c {
                ';' if !opened && depth == 0 => return None,
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if opened && depth == 0 {
                        return Some(k);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

#[test]
fn no_function_is_over_the_size_limit() {
    let mut long = Vec::new();
    for (file, text) in hand_written() {
        for (name, line, length) in functions(&code_only(&text)) {
            if length > MAX_FUNCTION_LINES {
                long.push(format!("{}:{line}: {name} is {length} lines", shown(&file)));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

/// The checks themselves work: a breach of each rule is seen.
#[test]
fn the_checks_see_breaches() {
    let code = code_only(
        "use crate::{json, xml::Error as E, Release};\n\
         // crate::render in a comment\n\
         let s = \"crate::collection in a string\";\n\
         fn f<'a>(c: char) { if c == '{' { crate::layout::parse(\"}\"); } }\n",
    );
    let reexports = BTreeMap::from([("Release".to_owned(), "model".to_owned())]);
    assert_eq!(
        modules_used(&code, &reexports),
        ["json", "xml", "model", "layout"]
    );
    let long = format!(
        "fn long() {{\n{}}}\nfn short() {{}}\n",
        "    x();\n".repeat(90)
    );
    let found = functions(&code_only(&long));
    assert_eq!(found, [("long".into(), 1, 92), ("short".into(), 93, 1)]);
    let raw = code_only("let r = r#\"fn fake() { \"#; fn real() {}");
    assert_eq!(functions(&raw), [("real".into(), 1, 1)]);
}
