//! `caricc validate`: every problem of every file, as lines of text or as one JSON document.

use std::io::IsTerminal;
use std::path::PathBuf;

use caricc_release::Severity;
use clap::ValueEnum;
use serde_json::{Value, json};

use super::input::{FromFormat, Record, records};
use super::parallel::{self, Progress};
use super::{Loaded, Output, Status, display_name, is_stdin, report};

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

/// Validates every file, on several threads, writing what was found in the order of the
/// files (each record of an archive as it is read); the highest status wins.
pub fn validate(files: &[PathBuf], options: Options) -> Status {
    let mut status = Status::Ok;
    // Standard input given twice is read once, then found empty, as one file after the other.
    let jobs = if files.iter().filter(|f| is_stdin(f)).count() > 1 {
        1
    } else {
        parallel::jobs()
    };
    let progress = Progress::new(files.len(), options.quiet);
    let mut sink = Sink::new(options);
    let stdout_terminal = std::io::stdout().is_terminal();
    let work = |index: usize, send: &mut dyn FnMut((Found, Status))| {
        let path = &files[index];
        match records(path, options.from) {
            Ok(records) => {
                for record in records {
                    send(check(display_name(path), record, options.strict));
                }
            }
            Err(message) => {
                let record = Record {
                    label: display_name(path),
                    record: None,
                    loaded: Err(message),
                };
                send(check(display_name(path), record, options.strict));
            }
        }
    };
    parallel::ordered(files.len(), jobs, work, |_, item| match item {
        Some((found, one_status)) => {
            status = status.max(one_status);
            // The bar is put aside only for what reaches the terminal.
            let shown = found.error.is_some()
                || (stdout_terminal && (options.verbose || !found.lines.is_empty()));
            if shown {
                progress.suspend(|| sink.write(&found));
            } else {
                sink.write(&found);
            }
        }
        None => progress.file_done(),
    });
    progress.finish();
    status.max(sink.finish())
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

/// Where what was found goes: nowhere (`--quiet`), lines of text, or one JSON document,
/// written a release at a time.
struct Sink {
    out: Option<Output>,
    format: ValidateFormat,
    verbose: bool,
    /// How many JSON entries were written.
    entries: usize,
}

impl Sink {
    fn new(options: Options) -> Sink {
        Sink {
            out: (!options.quiet).then(Output::new),
            format: options.format,
            verbose: options.verbose,
            entries: 0,
        }
    }

    fn write(&mut self, one: &Found) {
        let Some(out) = &mut self.out else {
            return;
        };
        match self.format {
            ValidateFormat::Text => write_text(out, one, self.verbose),
            ValidateFormat::Json => {
                let entry = json_entry(one);
                let head = if self.entries == 0 {
                    "{\n  \"files\": [\n"
                } else {
                    ",\n"
                };
                self.entries += 1;
                // The entry as `{document:#}` lays it out, two levels in.
                let indented: Vec<String> = format!("{entry:#}")
                    .lines()
                    .map(|line| format!("    {line}"))
                    .collect();
                out.write(format_args!("{head}{}", indented.join("\n")));
            }
        }
    }

    fn finish(self) -> Status {
        let Some(mut out) = self.out else {
            return Status::Ok;
        };
        if self.format == ValidateFormat::Json {
            if self.entries == 0 {
                out.line(format_args!("{{\n  \"files\": []\n}}"));
            } else {
                out.line(format_args!("\n  ]\n}}"));
            }
        }
        out.finish()
    }
}

/// A line per problem on standard output, a read error on standard error, `FILE: ok` with
/// `verbose` for a release without problems.
fn write_text(out: &mut Output, one: &Found, verbose: bool) {
    if let Some(message) = &one.error {
        report(message);
        return;
    }
    if one.lines.is_empty() && verbose {
        out.line(format_args!("{}: ok", one.label));
    }
    for line in &one.lines {
        out.line(format_args!("{line}"));
    }
}

/// One entry of the JSON document: `{"file", "problems"}` or `{"file", "error"}`, with
/// `"record"` for a record of an archive; a read error is also reported on standard error.
fn json_entry(one: &Found) -> Value {
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
}
