//! `caricc`: validate and convert CARICC information releases.
//!
//! A thin shell over the `caricc_release` library: reading, detecting the input format,
//! printing problems and choosing the exit status live here; everything else is the library's.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caricc_release::Release;
use clap::{Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Formats:
  A release is read from JSON, XML or the text layout of its PDF: by the file name's
  extension (.json, .xml or .txt, in any case), or else by its content ({ is JSON, < is
  XML, an INFORMATION RELEASE title near the top is the text layout). A leading UTF-8
  byte order mark is skipped. Reading the text layout prints what the reader had to guess
  or repair (FILE: line N: LEVEL CODE: MESSAGE): with validate on standard output, with
  convert on standard error. `convert --to` writes json (indented by two spaces) or xml (indented by two
  spaces, namespace urn:caricc-release:1, version 1.0); both are lossless.

Examples:
  caricc validate release-2025-16.json
  caricc validate release-2025-16.xml
  caricc validate caricc-information-release-2025-16.txt
  caricc validate --verbose releases/*.json releases/*.xml
  cat release-2025-16.xml | caricc validate -
  caricc convert release-2025-16.json --to xml -o release-2025-16.xml
  caricc convert release-2025-16.xml --to json -o release-2025-16.json
  caricc convert caricc-information-release-2025-16.txt --to json

Exit status:
  0  every release is valid (warnings allowed), or the conversion succeeded
  1  a release has at least one error (validate)
  2  a file could not be read, parsed or written, or the command line is wrong";

const VALIDATE_AFTER_HELP: &str = "\
Each problem is printed on one line: FILE: PATH: LEVEL CODE: MESSAGE
FILE is JSON, XML or the text layout, told by its extension (.json, .xml, .txt) or else
by its content. For the text layout, the reader's diagnostics come first, one per line:
FILE: line N: LEVEL CODE: MESSAGE

Examples:
  caricc validate release-2025-16.json
  caricc validate caricc-information-release-2025-16.txt
  caricc validate release-2025-16.xml
  caricc validate -v release-2025-15.json release-2025-16.xml
  cat release-2025-16.xml | caricc validate -

Exit status:
  0  no release has an error (warnings allowed)
  1  a release has at least one error
  2  a file could not be read or parsed (every file is still checked)";

const CONVERT_AFTER_HELP: &str = "\
The release is converted as it is read, valid or not; run `caricc validate` to check it.
FILE is JSON, XML or the text layout, told by its extension (.json, .xml, .txt) or else
by its content; the text-layout reader's diagnostics go to standard error.
A text that XML 1.0 cannot carry (a control character) cannot be written as XML.

Examples:
  caricc convert release-2025-16.json --to xml
  caricc convert release-2025-16.json --to xml -o release-2025-16.xml
  caricc convert release-2025-16.xml --to json
  caricc convert - --to json -o release-2025-16.json < release.xml

Exit status:
  0  the release was converted
  2  the input could not be read or parsed, or the output could not be written";

/// Validate and convert CARICC's Information Release about past events in the anti-drug sphere.
#[derive(Debug, Parser)]
#[command(name = "caricc", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check releases and print every problem, one per line.
    #[command(after_help = VALIDATE_AFTER_HELP)]
    Validate {
        /// The releases to check (`-` reads standard input).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Also print `FILE: ok` for a release without problems.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Convert a release to another format.
    #[command(after_help = CONVERT_AFTER_HELP)]
    Convert {
        /// The release to convert (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The format to write.
        #[arg(long, value_enum, value_name = "FORMAT")]
        to: OutputFormat,
        /// Write to OUT instead of standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
}

/// How a run ended; the highest wins when several files are processed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    /// Everything valid (warnings allowed) or converted.
    Ok = 0,
    /// A release has an error.
    Invalid = 1,
    /// A file could not be read, parsed or written.
    Failed = 2,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(status as u8)
    }
}

/// The formats a release can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputFormat {
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
                let head: String = text.chars().take(2000).collect();
                head.to_uppercase().contains("INFORMATION RELEASE")
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
            InputFormat::Text => caricc_release::text::parse(text)
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

/// The formats a release can be written in (`--to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// JSON indented by two spaces, lossless.
    Json,
    /// XML indented by two spaces, with the declaration, lossless.
    Xml,
}

impl OutputFormat {
    /// The release as text; the error is a whole message (after `FILE: `).
    fn render(self, release: &Release) -> Result<String, String> {
        match self {
            OutputFormat::Json => caricc_release::to_json_pretty(release)
                .map_err(|e| format!("cannot write it as {}: {e}", self.name())),
            // The library's message already says what: "cannot write XML in PATH: …".
            OutputFormat::Xml => caricc_release::to_xml(release).map_err(|e| e.to_string()),
        }
    }

    fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name a file goes by in messages.
fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// A release as read, with what the text-layout reader had to guess or repair.
struct Loaded {
    release: Release,
    diagnostics: Vec<caricc_release::text::Diagnostic>,
}

/// Reads and parses a release; the error is a whole message (after `caricc: `).
fn read_release(path: &Path) -> Result<Loaded, String> {
    let name = display_name(path);
    let bytes = if is_stdin(path) {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| format!("{name}: cannot read standard input: {e}"))?;
        buf
    } else {
        fs::read(path).map_err(|e| format!("{name}: cannot read the file: {e}"))?
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    // A byte order mark says nothing about the format; neither reader expects one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let format = InputFormat::detect(path, text).ok_or_else(|| {
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

/// Writes `message` to standard error after `caricc: `, ignoring failure (there is nowhere
/// left to report it).
fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "caricc: {message}");
}

/// Standard output that stops quietly when the reader goes away (a broken pipe).
struct Output {
    out: io::StdoutLock<'static>,
    closed: bool,
    failed: bool,
}

impl Output {
    fn new() -> Output {
        Output {
            out: io::stdout().lock(),
            closed: false,
            failed: false,
        }
    }

    /// Writes one line; after a broken pipe nothing more is written, after another failure
    /// it is reported once and nothing more is written.
    fn line(&mut self, line: std::fmt::Arguments<'_>) {
        if self.closed {
            return;
        }
        if let Err(err) = writeln!(self.out, "{line}") {
            self.fail(err);
        }
    }

    fn fail(&mut self, err: io::Error) {
        self.closed = true;
        if err.kind() != io::ErrorKind::BrokenPipe {
            self.failed = true;
            report(&format!("cannot write to standard output: {err}"));
        }
    }

    fn finish(mut self) -> Status {
        if !self.closed {
            if let Err(err) = self.out.flush() {
                self.fail(err);
            }
        }
        if self.failed {
            Status::Failed
        } else {
            Status::Ok
        }
    }
}

fn validate(files: &[PathBuf], verbose: bool) -> Status {
    let mut out = Output::new();
    let mut status = Status::Ok;
    for path in files {
        let name = display_name(path);
        let Loaded {
            release,
            diagnostics,
        } = match read_release(path) {
            Ok(read) => read,
            Err(message) => {
                report(&message);
                status = status.max(Status::Failed);
                continue;
            }
        };
        for diagnostic in &diagnostics {
            out.line(format_args!("{name}: {diagnostic}"));
        }
        let found = release.validate();
        if found.has_errors() {
            status = status.max(Status::Invalid);
        }
        if found.is_empty() && verbose {
            out.line(format_args!("{name}: ok"));
        }
        for problem in &found {
            out.line(format_args!("{name}: {problem}"));
        }
    }
    status.max(out.finish())
}

fn convert(file: &Path, to: OutputFormat, output: Option<&Path>) -> Status {
    let release = match read_release(file) {
        Ok(Loaded {
            release,
            diagnostics,
        }) => {
            // Standard output carries the data; what the reader repaired goes beside it.
            for diagnostic in &diagnostics {
                report(&format!("{}: {diagnostic}", display_name(file)));
            }
            release
        }
        Err(message) => {
            report(&message);
            return Status::Failed;
        }
    };
    let text = match to.render(&release) {
        Ok(text) => text,
        Err(message) => {
            report(&format!("{}: {message}", display_name(file)));
            return Status::Failed;
        }
    };
    match output {
        Some(out) if !is_stdin(out) => match fs::write(out, text) {
            Ok(()) => Status::Ok,
            Err(err) => {
                report(&format!("{}: cannot write the file: {err}", out.display()));
                Status::Failed
            }
        },
        _ => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => Status::Ok,
                // The reader has gone away (`caricc convert … | head`): stop quietly.
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
                Err(err) => {
                    report(&format!("cannot write to standard output: {err}"));
                    Status::Failed
                }
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to standard output with status 0; usage errors to
            // standard error with status 2. A failure to print is ignored, never a panic.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    let status = match &cli.command {
        Command::Validate { files, verbose } => validate(files, *verbose),
        Command::Convert { file, to, output } => convert(file, *to, output.as_deref()),
    };
    status.into()
}
