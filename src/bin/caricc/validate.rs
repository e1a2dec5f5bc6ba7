//! `caricc validate`: every problem of every file, as lines of text or as one JSON document.

use std::path::PathBuf;

use caricc_release::Severity;
use clap::ValueEnum;
use serde_json::{Value, json};

use super::{Loaded, Output, Status, display_name, read_release, report};

/// How `validate` writes what it found (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    /// One line per problem: FILE: PATH: LEVEL CODE: MESSAGE.
    Text,
    /// One JSON document with every problem of every file.
    Json,
}

/// The options of `caricc validate`.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: ValidateFormat,
    pub verbose: bool,
    pub strict: bool,
    pub quiet: bool,
}

/// What was found in one file: the problems (the reader's diagnostics first) as JSON values,
/// or why the file could not be read.
struct Found {
    file: String,
    problems: Vec<Value>,
    lines: Vec<String>,
    error: Option<String>,
}

/// Validates every file; the highest status wins.
pub fn validate(files: &[PathBuf], options: Options) -> Status {
    let mut status = Status::Ok;
    let mut found = Vec::new();
    for path in files {
        let (one, one_status) = check(path, options.strict);
        status = status.max(one_status);
        found.push(one);
    }
    if options.quiet {
        return status;
    }
    let written = match options.format {
        ValidateFormat::Text => write_text(&found, options.verbose),
        ValidateFormat::Json => write_json(&found),
    };
    status.max(written)
}

/// Reads and validates one file: what was found and the status it gives.
fn check(path: &std::path::Path, strict: bool) -> (Found, Status) {
    let name = display_name(path);
    let mut found = Found {
        file: name.clone(),
        problems: Vec::new(),
        lines: Vec::new(),
        error: None,
    };
    let Loaded {
        release,
        diagnostics,
    } = match read_release(path) {
        Ok(loaded) => loaded,
        Err(message) => {
            found.error = Some(message);
            return (found, Status::Failed);
        }
    };
    let report = release.validate();
    let mut status = Status::Ok;
    let fails = |severity: Severity| strict && severity >= Severity::Warning;
    for diagnostic in &diagnostics {
        if fails(diagnostic.severity()) {
            status = Status::Invalid;
        }
        found.lines.push(format!("{name}: {diagnostic}"));
        found.problems.push(json!(diagnostic));
    }
    for problem in &report {
        if problem.severity() == Severity::Error || fails(problem.severity()) {
            status = Status::Invalid;
        }
        found.lines.push(format!("{name}: {problem}"));
        found.problems.push(json!(problem));
    }
    (found, status)
}

/// Today's output: a line per problem on standard output, read errors on standard error,
/// `FILE: ok` with `verbose` for a file without problems.
fn write_text(found: &[Found], verbose: bool) -> Status {
    let mut out = Output::new();
    for one in found {
        if let Some(message) = &one.error {
            report(message);
            continue;
        }
        if one.lines.is_empty() && verbose {
            out.line(format_args!("{}: ok", one.file));
        }
        for line in &one.lines {
            out.line(format_args!("{line}"));
        }
    }
    out.finish()
}

/// One JSON document: `{"files": [{"file", "problems"} or {"file", "error"}]}`; read errors
/// are also reported on standard error.
fn write_json(found: &[Found]) -> Status {
    let files: Vec<Value> = found
        .iter()
        .map(|one| match &one.error {
            Some(message) => {
                report(message);
                let prefix = format!("{}: ", one.file);
                let short = message.strip_prefix(&prefix).unwrap_or(message);
                json!({ "file": one.file, "error": short })
            }
            None => json!({ "file": one.file, "problems": one.problems }),
        })
        .collect();
    let document = json!({ "files": files });
    let mut out = Output::new();
    out.line(format_args!("{document:#}"));
    out.finish()
}
