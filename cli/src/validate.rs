//! `caricc validate`: every problem of every file, as lines of text or as one JSON document.

use std::path::PathBuf;

use caricc_release::Severity;
use clap::ValueEnum;
use serde_json::{Value, json};

use super::input::{FromFormat, Record, read_records};
use super::{Loaded, Output, Status, display_name, report};

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
    pub from: Option<FromFormat>,
}

/// What was found in one release (a file, or a record of an archive): the problems (the
/// reader's diagnostics first) as JSON values, or why it could not be read.
struct Found {
    file: String,
    record: Option<usize>,
    label: String,
    problems: Vec<Value>,
    lines: Vec<String>,
    error: Option<String>,
}

/// Validates every file; the highest status wins.
pub fn validate(files: &[PathBuf], options: Options) -> Status {
    let mut status = Status::Ok;
    let mut found = Vec::new();
    for path in files {
        let records = match read_records(path, options.from) {
            Ok(records) => records,
            Err(message) => vec![Record {
                label: display_name(path),
                record: None,
                loaded: Err(message),
            }],
        };
        for record in records {
            let (one, one_status) = check(display_name(path), record, options.strict);
            status = status.max(one_status);
            found.push(one);
        }
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

/// Validates one release of the file `file`: what was found and the status it gives.
fn check(file: String, record: Record, strict: bool) -> (Found, Status) {
    let name = record.label.clone();
    let mut found = Found {
        file,
        record: record.record,
        label: record.label,
        problems: Vec::new(),
        lines: Vec::new(),
        error: None,
    };
    let Loaded {
        release,
        diagnostics,
    } = match record.loaded {
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
            out.line(format_args!("{}: ok", one.label));
        }
        for line in &one.lines {
            out.line(format_args!("{line}"));
        }
    }
    out.finish()
}

/// One JSON document: `{"files": [{"file", "problems"} or {"file", "error"}]}`, with
/// `"record"` for a record of an archive; read errors are also reported on standard error.
fn write_json(found: &[Found]) -> Status {
    let files: Vec<Value> = found
        .iter()
        .map(|one| {
            let mut entry = json!({ "file": one.file });
            if let Some(record) = one.record {
                entry["record"] = json!(record);
            }
            match &one.error {
                Some(message) => {
                    report(message);
                    let prefix = format!("{}: ", one.file);
                    entry["error"] = json!(message.strip_prefix(&prefix).unwrap_or(message));
                }
                None => entry["problems"] = json!(one.problems),
            }
            entry
        })
        .collect();
    let document = json!({ "files": files });
    let mut out = Output::new();
    out.line(format_args!("{document:#}"));
    out.finish()
}
