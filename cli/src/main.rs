//! `caricc`: validate, convert, render and summarise CARICC information releases.
//!
//! A thin shell over the `caricc_release` library: reading, detecting the input format,
//! printing problems, driving Chromium for PDF and choosing the exit status live here;
//! everything else is the library's.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use caricc_release::Release;
use caricc_release::collection::{self, Archive, View};
use clap::{ArgGroup, CommandFactory, Parser, Subcommand, ValueEnum};

mod input;
mod parallel;
mod pdf;
mod report;
mod validate;

use input::{FromFormat, Loaded, read_release};

use validate::ValidateFormat;

const AFTER_HELP: &str = "\
Formats:
  A release is read from JSON, XML, the text layout of its PDF or the PDF itself: a PDF by
  its %PDF- header, whatever its name; the others by the file name's extension
  (.json, .xml or .txt, in any case), or else by their content ({ is JSON, < is XML, an
  INFORMATION RELEASE title near the top is the text layout). A leading UTF-8
  byte order mark is skipped. An archive holds many releases: JSON Lines (.jsonl, .ndjson,
  or JSON values one after another) or an XML collection (root <releases>); validate,
  convert, stats and report read them, naming each release FILE#N. --from json|jsonl|xml|text|pdf
  forces the format. An archive is read one release at a time, so it may be of any size;
  a single release (or one release of an archive) over 64 MiB is refused
  (--max-input-bytes sets another limit; a PDF may have up to 256 MiB). Reading the text
  layout or a PDF prints what the reader had to guess
  or repair (FILE: line N: LEVEL CODE: MESSAGE): with validate on standard output, with
  convert, render, stats and report on standard error. `convert --to` writes json (indented by two
  spaces) or xml (indented by two spaces, namespace urn:caricc-release:1, version 1.1), both
  lossless, jsonl or xml-collection (archives of every release read), or markdown (the release's own layout) or html (one standalone page) for reading.

Many files:
  validate reads several files at once (--jobs N, one per CPU by default) and writes what
  it found in the order the files were given; stats and report read them one after
  the other. With more than one file, they draw a progress bar on standard error when it is a terminal (not
  with validate --quiet); nothing is drawn in a pipe or a file.

Examples:
  caricc validate release-2025-16.json
  caricc validate release-2025-16.xml
  caricc validate caricc-information-release-2025-16.txt
  caricc validate --verbose releases/*.json releases/*.xml
  cat release-2025-16.xml | caricc validate -
  caricc convert release-2025-16.json --to xml -o release-2025-16.xml
  caricc convert release-2025-16.xml --to json -o release-2025-16.json
  caricc convert caricc-information-release-2025-16.txt --to json
  caricc convert release-2025-16.json --to markdown -o release-2025-16.md
  caricc render release-2025-16.json --pdf release-2025-16.pdf
  caricc render release-2025-16.xml --html release-2025-16.html
  caricc stats releases/*.json
  caricc stats releases/*.json --format csv --view statistics > statistics.csv
  caricc report releases/*.json -o report.html
  caricc stats releases/*.json --format csv --view seizures > seizures.csv
  caricc completions bash > ~/.local/share/bash-completion/completions/caricc
  caricc man | man -l -

Exit status:
  0  every release is valid (warnings allowed), or the command succeeded
  1  a release has at least one error (validate)
  2  a file could not be read, parsed or written, no Chromium was found or it failed
     (render --pdf), or the command line is wrong";

const VALIDATE_AFTER_HELP: &str = "\
Each problem is printed on one line: FILE: PATH: LEVEL CODE: MESSAGE
FILE is JSON, XML or the text layout, told by its extension (.json, .xml, .txt) or else
by its content. For the text layout, the reader's diagnostics come first, one per line:
FILE: line N: LEVEL CODE: MESSAGE (FILE: page P, line N: … when the text has the form
feeds pdftotext leaves between pages)
A valid release prints nothing; -v prints FILE: ok for it.

--format json prints one JSON document instead, indented by two spaces:
  {\"files\": [{\"file\": FILE, \"problems\": [PROBLEM, ...]}, ...]}
where a PROBLEM is {\"path\", \"severity\", \"code\", \"message\"}, or for the text
reader's diagnostics (first) {\"page\" (when known), \"line\", \"severity\", \"code\",
\"message\"}; severity is info, warning or error. A file that cannot be read is {\"file\": FILE, \"error\": MESSAGE}
(also reported on standard error).
--strict fails on warnings too; --quiet prints nothing, not even errors.

Examples:
  caricc validate release-2025-16.json
  caricc validate caricc-information-release-2025-16.txt
  caricc validate release-2025-16.xml
  caricc validate -v release-2025-15.json release-2025-16.xml
  caricc validate --format json releases/*.json | jq '.files[].problems[].code'
  caricc validate --strict --quiet release-2025-16.json && echo clean
  cat release-2025-16.xml | caricc validate -
  caricc validate releases.jsonl releases.xml

Exit status:
  0  no release has an error (warnings allowed, unless --strict)
  1  a release has at least one error (or, with --strict, a warning)
  2  a file could not be read or parsed (every file is still checked)";

const CONVERT_AFTER_HELP: &str = "\
The release is converted as it is read, valid or not; run `caricc validate` to check it.
FILE is JSON, XML or the text layout, told by its extension (.json, .xml, .txt) or else
by its content; the text-layout reader's diagnostics go to standard error.
json and xml are lossless; markdown (the release's own layout) and html (one standalone
page with print styles) are for reading and cannot be read back.
A text that XML 1.0 cannot carry (a control character) cannot be written as XML.
An archive written as jsonl or xml-collection is written one release at a time as it is
read; a release that cannot be written ends it (exit 2), and an OUT made for it is removed.

Examples:
  caricc convert release-2025-16.json --to xml
  caricc convert release-2025-16.json --to xml -o release-2025-16.xml
  caricc convert release-2025-16.xml --to json
  caricc convert - --to json -o release-2025-16.json < release.xml
  caricc convert release-2025-16.json --to markdown -o release-2025-16.md
  caricc convert release-2025-16.xml --to html -o release-2025-16.html
  caricc convert releases.jsonl --to xml-collection -o releases.xml

Exit status:
  0  the release was converted
  2  the input could not be read or parsed, or the output could not be written";

const RENDER_AFTER_HELP: &str = "\
The release is rendered as it is read, valid or not. --html writes the page of
`caricc convert --to html` (`--html -` writes it to standard output); no browser is needed.
The page is in the release's language: a Russian release (language ru) gets Russian words
throughout (labels, dates, the summary sentence, units, decimal commas).
--pdf prints that page with Chromium, headless: the one CARICC_CHROMIUM names (a path, or a
name looked up on PATH), or else chromium, chromium-browser or google-chrome, the first found
on PATH. Chromium runs with a fresh profile in a temporary directory, without network
services, and is stopped after 120 seconds; the temporary files are removed. OUT is only
written when Chromium produced a PDF. Both options may be given at once.

Examples:
  caricc render release-2025-16.json --pdf release-2025-16.pdf
  caricc render release-2025-16.json --html release-2025-16.html
  caricc render caricc-information-release-2025-16.txt --html page.html --pdf page.pdf
  CARICC_CHROMIUM=/opt/chrome/chrome caricc render release-2025-16.xml --pdf out.pdf

Exit status:
  0  the release was rendered
  2  the input could not be read or parsed, an output could not be written, or no Chromium
     was found or it failed (the message says which; install it with
     `apt-get install chromium` on Debian, or set CARICC_CHROMIUM)";

const STATS_AFTER_HELP: &str = "\
Views:
  events      one row per release and country: RELEASE, PERIOD, COUNTRY, EVENTS (the
              articles of the country's section), SOURCE; then the totals per country
              across the releases (COUNTRY, RELEASES, EVENTS) and a TOTAL line
  statistics  one row per statistic of every article, breakdown parts right after the
              statistic they are part of (marked \"└\" in the table, part_of in CSV and
              JSON), in document order
  seizures    one row per quantity of a substance: RELEASE, COUNTRY, DATE (the article's,
              else the release's period), SUBSTANCE, QUALIFIER, AMOUNT, TO, UNIT,
              KILOGRAMS (masses only; volumes, counts and areas are not converted),
              COUNTED (\"no\" for a whole whose parts are counted instead), HEADLINE; then
              the totals by release, country and substance (QUANTITIES, KILOGRAMS, \"~\"
              when a figure summed is approximate) and by year. In CSV, the rows only
  seizure-totals
              the seizure totals by release, country and substance
  seizure-totals-by-year
              the seizure totals by year, country and substance
  all         events, statistics and seizures with their totals (the default)

Formats:
  table  aligned columns for a terminal (the default)
  csv    RFC 4180 with CRLF line ends, one table per view; columns
         events: source,release,period,country,country_name,events
         statistics: source,release,country,country_name,headline,measure,qualifier,value,
           range_end,unit,reference_period,area,part_of
         seizures: source,release,country,country_name,date_from,date_to,place,substance,
           substance_name,drug_group,qualifier,amount,range_end,unit,kilograms,in_totals,
           part_of,measure,headline,source_url
         seizure-totals: release,year,country,country_name,substance,substance_name,
           drug_group,quantities,kilograms,approximate (seizure-totals-by-year: no release)
         with --view all, the events, statistics and seizures CSVs, a blank line apart.
         The events' totals are not rows: sum the events column
  json   one object: releases, events, country_totals, total_events, statistics, seizures,
         seizure_totals, seizure_totals_by_year (the keys of the view), indented by two
         spaces

Values are exact, as written (2500000000, 2.5); periods in CSV and JSON are ISO 8601
intervals (2025-08-16/2025-08-31), days ISO dates (2025-08-18). In the seizures CSVs a
whole number reads 3412.0 so that DuckDB, Polars and pandas type the column as decimal;
dates are YYYY-MM-DD, flags true/false, absent values empty (in pandas, pass
keep_default_na=False so that Namibia's NA stays a country). A release given twice is
counted twice.
Files that cannot be read are reported on standard error and left out; the others are
still summarised. An archive (JSON Lines or an XML collection, from a file or `-`) adds
each of its releases as FILE#N (the Nth record); a record that cannot be read is reported
and left out. -o writes the rows to a file.

Examples:
  caricc stats release-2025-16.json release-2025-17.xml
  caricc stats releases/*.json --view events
  caricc stats releases/*.json --format csv --view statistics > statistics.csv
  caricc stats releases/*.xml --format json | jq '.country_totals'
  caricc stats releases/*.json --view seizures
  caricc stats releases/*.json --format csv --view seizures -o seizures.csv
  caricc stats releases/*.json --format csv --view seizure-totals -o seizure-totals.csv
  cat release-2025-16.txt | caricc stats - release-2025-17.json
  cat releases.jsonl | caricc stats - --format csv -o rows.csv

Exit status:
  0  every file was read
  2  a file could not be read or parsed (the others are still summarised), or the output
     could not be written";

/// Validate, convert, render and summarise CARICC's Information Release about past events
/// in the anti-drug sphere.
#[derive(Debug, Parser)]
#[command(name = "caricc", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Refuse a single release (or a record of an archive) larger than BYTES [default:
    /// 67108864, 64 MiB]; an archive as a whole may be larger, as it is read record by record.
    #[arg(long, global = true, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    max_input_bytes: Option<u64>,
    /// Read and check up to N files at once (validate) [default: one per CPU]; the output
    /// keeps the order of the files.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    jobs: Option<u64>,
    /// Read a text-layout input as a release in this language: en or ru [default: recognised
    /// from the text, Russian when it is mostly Cyrillic].
    #[arg(long, global = true, value_name = "LANG")]
    language: Option<caricc_release::layout::Language>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check releases and print every problem, one per line.
    #[command(after_help = VALIDATE_AFTER_HELP)]
    Validate {
        /// The releases to check (`-` reads standard input).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Also print `FILE: ok` for a release without problems (text format).
        #[arg(short, long)]
        verbose: bool,
        /// How to write the problems: lines of text, or one JSON document.
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ValidateFormat::Text)]
        format: ValidateFormat,
        /// Fail (exit 1) on warnings too, the text reader's included.
        #[arg(long)]
        strict: bool,
        /// Print nothing at all; only the exit status tells.
        #[arg(short, long)]
        quiet: bool,
        /// Read every FILE as this format instead of telling it by its name and content.
        #[arg(long, value_enum, value_name = "FORMAT")]
        from: Option<FromFormat>,
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
        /// Read FILE as this format instead of telling it by its name and content.
        #[arg(long, value_enum, value_name = "FORMAT")]
        from: Option<FromFormat>,
    },
    /// Render a release as a PDF (with Chromium) or an HTML page.
    #[command(
        after_help = RENDER_AFTER_HELP,
        group(ArgGroup::new("target").required(true).multiple(true).args(["pdf", "html"]))
    )]
    Render {
        /// The release to render (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Print the page to this PDF file with Chromium.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// Write the page to this HTML file (`-` is standard output).
        #[arg(long, value_name = "OUT.html")]
        html: Option<PathBuf>,
    },
    /// Summarise releases: events per country, every statistic and every seizure, as rows.
    #[command(after_help = STATS_AFTER_HELP)]
    Stats {
        /// The releases to summarise (`-` reads standard input, once).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// How to write the rows.
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = StatsFormat::Table)]
        format: StatsFormat,
        /// Which rows to write.
        #[arg(long, value_enum, value_name = "VIEW", default_value_t = StatsView::All)]
        view: StatsView,
        /// Read every FILE as this format instead of telling it by its name and content.
        #[arg(long, value_enum, value_name = "FORMAT")]
        from: Option<FromFormat>,
        /// Write to OUT instead of standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Write a standalone HTML report of releases: seizures and events charted, with tables.
    #[command(after_help = report::AFTER_HELP)]
    Report {
        /// The releases to report on (`-` reads standard input, once).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Write the page to OUT instead of standard output (`-` is standard output).
        #[arg(short, long, value_name = "OUT.html")]
        output: Option<PathBuf>,
        /// The page's title [default: CARICC Information Releases: archive report].
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
        /// Read every FILE as this format instead of telling it by its name and content.
        #[arg(long, value_enum, value_name = "FORMAT")]
        from: Option<FromFormat>,
        /// The language of the page's words and numbers: en or ru [default: the releases'
        /// language when they all share one the report speaks, else en].
        #[arg(long, value_name = "LANG")]
        lang: Option<caricc_release::collection::ReportLanguage>,
    },
    /// Print the completion script of a shell.
    #[command(after_help = COMPLETIONS_AFTER_HELP)]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -`.
    #[command(after_help = MAN_AFTER_HELP)]
    Man,
}

const COMPLETIONS_AFTER_HELP: &str = "\
Examples:
  caricc completions bash > ~/.local/share/bash-completion/completions/caricc
  caricc completions zsh > ~/.zfunc/_caricc
  caricc completions fish > ~/.config/fish/completions/caricc.fish

Exit status:
  0  the script was printed
  2  it could not be written, or the command line is wrong";

const MAN_AFTER_HELP: &str = "\
Examples:
  caricc man | man -l -
  caricc man > /usr/local/share/man/man1/caricc.1

Exit status:
  0  the page was printed
  2  it could not be written, or the command line is wrong";

/// Prints the completion script of `shell`.
fn completions(shell: clap_complete::Shell) -> Status {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "caricc", &mut script);
    write_stdout(&String::from_utf8_lossy(&script))
}

/// Prints the manual page of `caricc` (roff).
fn man() -> Status {
    let mut page = Vec::new();
    if let Err(err) = clap_mangen::Man::new(Cli::command()).render(&mut page) {
        report(&format!("cannot make the manual page: {err}"));
        return Status::Failed;
    }
    write_stdout(&String::from_utf8_lossy(&page))
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

/// The formats a release can be written in (`--to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// JSON indented by two spaces, lossless.
    Json,
    /// XML indented by two spaces, with the declaration, lossless.
    Xml,
    /// Markdown in the release's own layout, for reading.
    Markdown,
    /// One standalone HTML page with print styles, for reading.
    Html,
    /// JSON Lines: every release as compact JSON, one per line, lossless.
    Jsonl,
    /// An XML collection: every release under one "releases" root element, lossless.
    XmlCollection,
}

impl OutputFormat {
    /// The release as text; the error is a whole message (after `FILE: `).
    fn render(self, release: &Release) -> Result<String, String> {
        match self {
            OutputFormat::Json => caricc_release::to_json_pretty(release)
                .map_err(|e| format!("cannot write it as {}: {e}", self.name())),
            // The library's message already says what: "cannot write XML in PATH: …".
            OutputFormat::Xml => caricc_release::to_xml(release).map_err(|e| e.to_string()),
            OutputFormat::Markdown => Ok(caricc_release::layout::markdown(release)),
            OutputFormat::Html => Ok(caricc_release::render::html(release)),
            OutputFormat::Jsonl | OutputFormat::XmlCollection => {
                self.render_all(std::slice::from_ref(release))
            }
        }
    }

    /// Whether the format holds any number of releases.
    fn is_archive(self) -> bool {
        matches!(self, OutputFormat::Jsonl | OutputFormat::XmlCollection)
    }

    /// The releases as text: an archive holds them all, the other formats exactly one.
    fn render_all(self, releases: &[Release]) -> Result<String, String> {
        let mut out = Vec::new();
        let written = match self {
            OutputFormat::Jsonl => collection::write_json_lines(&mut out, releases),
            OutputFormat::XmlCollection => collection::write_xml_collection(&mut out, releases),
            _ => {
                return match releases {
                    [release] => self.render(release),
                    _ => Err(format!(
                        "holds {} releases; --to {} writes one (--to jsonl or xml-collection writes them all)",
                        releases.len(),
                        self.name()
                    )),
                };
            }
        };
        written.map_err(|e| e.to_string())?;
        String::from_utf8(out).map_err(|e| e.to_string())
    }

    fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }
}

/// How `stats` writes its rows (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatsFormat {
    /// Aligned columns for a terminal.
    Table,
    /// RFC 4180 CSV.
    Csv,
    /// One JSON object, indented by two spaces.
    Json,
}

/// Which rows `stats` writes (`--view`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatsView {
    /// Events per release and country, with totals.
    Events,
    /// Every statistic.
    Statistics,
    /// Every quantity of a substance, with totals (in CSV, the rows only).
    Seizures,
    /// The seizure totals by release, country and substance.
    SeizureTotals,
    /// The seizure totals by year, country and substance.
    SeizureTotalsByYear,
    /// Events, statistics and seizures.
    All,
}

impl From<StatsView> for View {
    fn from(view: StatsView) -> View {
        match view {
            StatsView::Events => View::Events,
            StatsView::Statistics => View::Statistics,
            StatsView::Seizures => View::Seizures,
            StatsView::SeizureTotals => View::SeizureTotals,
            StatsView::SeizureTotalsByYear => View::SeizureTotalsByYear,
            StatsView::All => View::All,
        }
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

    /// Writes `text` without a line end, as [`Output::line`] does otherwise.
    fn write(&mut self, text: std::fmt::Arguments<'_>) {
        if self.closed {
            return;
        }
        if let Err(err) = write!(self.out, "{text}") {
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

fn convert(
    file: &Path,
    to: OutputFormat,
    output: Option<&Path>,
    from: Option<FromFormat>,
) -> Status {
    let records = match input::records(file, from) {
        Ok(records) => records,
        Err(message) => {
            report(&message);
            return Status::Failed;
        }
    };
    let status = std::cell::Cell::new(Status::Ok);
    let mut releases = records.filter_map(|record| match record.loaded {
        Ok(loaded) => {
            for diagnostic in &loaded.diagnostics {
                report(&format!("{}: {diagnostic}", record.label));
            }
            Some(loaded.release)
        }
        Err(message) => {
            report(&message);
            status.set(Status::Failed);
            None
        }
    });
    if to.is_archive() {
        // The first release before anything is written: no output when none can be read.
        let first = releases.next();
        if first.is_none() && status.get() != Status::Ok {
            return status.get();
        }
        let written = write_archive(file, to, output, first.into_iter().chain(&mut releases));
        return status.get().max(written);
    }
    // One release is written; the others are only counted, for the message.
    let first = releases.next();
    let count = usize::from(first.is_some()) + releases.count();
    if status.get() != Status::Ok {
        return status.get();
    }
    let text = match first {
        Some(release) if count == 1 => to.render(&release),
        _ => Err(format!(
            "holds {count} releases; --to {} writes one (--to jsonl or xml-collection writes them all)",
            to.name()
        )),
    };
    match text {
        Ok(text) => write_output(output, &text),
        Err(message) => {
            report(&format!("{}: {message}", display_name(file)));
            Status::Failed
        }
    }
}

/// Writes `releases` as the archive `to` (JSON Lines or an XML collection) to the file
/// `output`, or to standard output, one release at a time.
fn write_archive(
    file: &Path,
    to: OutputFormat,
    output: Option<&Path>,
    releases: impl Iterator<Item = Release>,
) -> Status {
    let out = output.filter(|out| !is_stdin(out));
    // A file made here is removed again when the archive cannot be written whole.
    let fresh = out.is_some_and(|out| fs::symlink_metadata(out).is_err());
    let sink: Box<dyn Write> = match out {
        Some(out) => match fs::File::create(out) {
            Ok(file) => Box::new(file),
            Err(err) => {
                report(&format!("{}: cannot write the file: {err}", out.display()));
                return Status::Failed;
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut sink = io::BufWriter::new(sink);
    let written = match to {
        OutputFormat::XmlCollection => collection::write_xml_collection(&mut sink, releases),
        _ => collection::write_json_lines(&mut sink, releases),
    };
    // An I/O error (its kind and message), or a release that cannot be written (a message).
    let failure = match written {
        Ok(_) => sink
            .flush()
            .err()
            .map(|err| Ok((err.kind(), err.to_string()))),
        Err(err) => Some(match err.io_error() {
            Some(io) => Ok((io.kind(), io.to_string())),
            None => Err(format!("{}: {err}", display_name(file))),
        }),
    };
    drop(sink);
    let message = match (failure, out) {
        (None, _) | (Some(Ok((io::ErrorKind::BrokenPipe, _))), None) => return Status::Ok,
        (Some(Err(message)), _) => message,
        (Some(Ok((_, err))), Some(out)) => {
            format!("{}: cannot write the file: {err}", out.display())
        }
        (Some(Ok((_, err))), None) => format!("cannot write to standard output: {err}"),
    };
    report(&message);
    if let (true, Some(out)) = (fresh, out) {
        let _ = fs::remove_file(out);
    }
    Status::Failed
}

/// Writes `text` to the file `output`, or to standard output when there is none or it is
/// `-`.
fn write_output(output: Option<&Path>, text: &str) -> Status {
    match output {
        Some(out) if !is_stdin(out) => match fs::write(out, text) {
            Ok(()) => Status::Ok,
            Err(err) => {
                report(&format!("{}: cannot write the file: {err}", out.display()));
                Status::Failed
            }
        },
        _ => write_stdout(text),
    }
}

/// Writes `text` to standard output; a reader that has gone away (`caricc … | head`) is no
/// failure.
fn write_stdout(text: &str) -> Status {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Status::Ok,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(err) => {
            report(&format!("cannot write to standard output: {err}"));
            Status::Failed
        }
    }
}

/// Reads a release, reporting the text-layout reader's diagnostics on standard error (standard
/// output carries the data); `None` after reporting why it could not be read.
fn read_quietly(file: &Path) -> Option<Release> {
    match read_release(file) {
        Ok(Loaded {
            release,
            diagnostics,
        }) => {
            for diagnostic in &diagnostics {
                report(&format!("{}: {diagnostic}", display_name(file)));
            }
            Some(release)
        }
        Err(message) => {
            report(&message);
            None
        }
    }
}

/// What a file gives `stats`: a release, or a message for standard error (a diagnostic of
/// the text-layout reader, or what could not be read).
enum Read {
    Release(String, Box<Release>),
    Note(String),
    Failed(String),
}

/// Every release of the file `path`, sent one at a time.
fn read_for_stats(path: &Path, from: Option<FromFormat>, send: &mut dyn FnMut(Read)) {
    let records = match input::records(path, from) {
        Ok(records) => records,
        Err(message) => return send(Read::Failed(message)),
    };
    for record in records {
        match record.loaded {
            Ok(loaded) => {
                for diagnostic in &loaded.diagnostics {
                    send(Read::Note(format!("{}: {diagnostic}", record.label)));
                }
                send(Read::Release(record.label, Box::new(loaded.release)));
            }
            Err(message) => send(Read::Failed(message)),
        }
    }
}

fn stats(
    files: &[PathBuf],
    format: StatsFormat,
    view: View,
    from: Option<FromFormat>,
    output: Option<&Path>,
) -> Status {
    let (archive, status) = match gather(files, from) {
        Ok(gathered) => gathered,
        Err(status) => return status,
    };
    if archive.is_empty() {
        return status;
    }
    let text = match format {
        StatsFormat::Table => archive.table(view),
        StatsFormat::Csv => archive.csv(view),
        StatsFormat::Json => match archive.json(view) {
            Ok(text) => text,
            Err(err) => {
                report(&format!("cannot write the rows as JSON: {err}"));
                return Status::Failed;
            }
        },
    };
    status.max(write_output(output, &text))
}

/// Every release of `files` in an archive (for `stats` and `report`), read one file after
/// the other; what cannot be read, and the text reader's notes, are reported on standard
/// error, and a failure makes the status. `Err` when `-` is given twice.
fn gather(files: &[PathBuf], from: Option<FromFormat>) -> Result<(Archive, Status), Status> {
    gather_languages(files, from, &mut Vec::new())
}

/// [`gather`], noting in `languages` the language of every release read (each once, in the
/// order first read).
fn gather_languages(
    files: &[PathBuf],
    from: Option<FromFormat>,
    languages: &mut Vec<String>,
) -> Result<(Archive, Status), Status> {
    if files.iter().filter(|f| is_stdin(f)).count() > 1 {
        report("standard input (`-`) can be read only once");
        return Err(Status::Failed);
    }
    // Only the rows are kept: each release is dropped once added.
    let mut archive = Archive::new();
    let mut status = Status::Ok;
    let progress = parallel::Progress::new(files.len(), false);
    let work = |index: usize, send: &mut dyn FnMut(Read)| read_for_stats(&files[index], from, send);
    // One file after the other: reading on more threads did not pay (measured on two CPUs),
    // as the rows are gathered on this one.
    parallel::ordered(files.len(), 1, work, |_, item| match item {
        Some(Read::Release(label, release)) => {
            let language = release.language.as_str();
            if !languages.iter().any(|l| l == language) {
                languages.push(language.to_owned());
            }
            archive.add(label, &release);
        }
        Some(Read::Note(message)) => progress.suspend(|| report(&message)),
        Some(Read::Failed(message)) => {
            status = Status::Failed;
            progress.suspend(|| report(&message));
        }
        None => progress.file_done(),
    });
    progress.finish();
    Ok((archive, status))
}

fn render(file: &Path, pdf: Option<&Path>, html: Option<&Path>) -> Status {
    // Fail before any work when the PDF cannot be made.
    let chromium = match pdf {
        Some(out) if is_stdin(out) => {
            report("--pdf needs a file: a PDF is not written to standard output");
            return Status::Failed;
        }
        Some(_) => match find_chromium() {
            Ok(path) => Some(path),
            Err(message) => {
                report(&message);
                return Status::Failed;
            }
        },
        None => None,
    };
    let Some(release) = read_quietly(file) else {
        return Status::Failed;
    };
    let page = caricc_release::render::html(&release);
    if let Some(out) = html {
        let status = write_output(Some(out), &page);
        if status != Status::Ok {
            return status;
        }
    }
    if let (Some(out), Some(chromium)) = (pdf, chromium) {
        if let Err(message) = print_to_pdf(&chromium, &page, out) {
            report(&message);
            return Status::Failed;
        }
    }
    Status::Ok
}

/// What to say when no Chromium is found.
const NO_CHROMIUM: &str =
    "no Chromium found: install it (Debian: apt-get install chromium) or set CARICC_CHROMIUM";

/// The browsers looked for on PATH, in order.
const CHROMIUM_NAMES: &[&str] = &["chromium", "chromium-browser", "google-chrome"];

/// How long Chromium may take to print a page.
const CHROMIUM_TIMEOUT: Duration = Duration::from_secs(120);

/// The Chromium to print with: the one `CARICC_CHROMIUM` names (a path, or a name looked up
/// on PATH), or else the first of [`CHROMIUM_NAMES`] on PATH. The error is a whole message.
fn find_chromium() -> Result<PathBuf, String> {
    if let Some(named) = std::env::var_os("CARICC_CHROMIUM").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(&named);
        let found = if path.components().count() > 1 || path.is_absolute() {
            is_executable(&path).then_some(path)
        } else {
            on_path(&named)
        };
        return found.ok_or_else(|| {
            format!(
                "{NO_CHROMIUM} (it is {}, which is not an executable file)",
                Path::new(&named).display()
            )
        });
    }
    CHROMIUM_NAMES
        .iter()
        .find_map(|name| on_path(OsStr::new(name)))
        .ok_or_else(|| NO_CHROMIUM.to_owned())
}

/// The executable `name` in the first directory of PATH that has one.
fn on_path(name: &OsStr) -> Option<PathBuf> {
    let dirs = std::env::var_os("PATH")?;
    let mut file = name.to_os_string();
    file.push(std::env::consts::EXE_SUFFIX);
    std::env::split_paths(&dirs)
        .map(|dir| dir.join(&file))
        .find(|path| is_executable(path))
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// A fresh directory only this process uses, removed with everything in it when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> io::Result<TempDir> {
        let base = std::path::absolute(std::env::temp_dir())?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let mut last = None;
        for attempt in 0..100u32 {
            let path = base.join(format!(
                "caricc-render-{}-{nanos}-{attempt}",
                std::process::id()
            ));
            let mut builder = fs::DirBuilder::new();
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            match builder.create(&path) {
                Ok(()) => return Ok(TempDir(path)),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => last = Some(err),
                Err(err) => return Err(err),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("no fresh name")))
    }
}

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// `--flag=` followed by a path, kept as the OS gives it.
fn flag_with_path(flag: &str, path: &Path) -> OsString {
    let mut arg = OsString::from(flag);
    arg.push(path);
    arg
}

/// Prints the HTML `page` to the PDF file `out` with `chromium`; the error is a whole message.
fn print_to_pdf(chromium: &Path, page: &str, out: &Path) -> Result<(), String> {
    let temp = |e: io::Error| format!("cannot prepare the page for Chromium: {e}");
    let dir = TempDir::new().map_err(temp)?;
    let html = dir.join("release.html");
    fs::write(&html, page).map_err(temp)?;
    let profile = dir.join("profile");
    fs::create_dir(&profile).map_err(temp)?;
    let pdf = dir.join("release.pdf");
    let log = dir.join("chromium.log");
    let log_file = fs::File::create(&log).map_err(temp)?;
    let log_copy = log_file.try_clone().map_err(temp)?;
    let url = url::Url::from_file_path(&html)
        .map_err(|()| format!("cannot make a file URL of {}", html.display()))?;
    let mut child = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(flag_with_path("--user-data-dir=", &profile))
        .arg("--no-pdf-header-footer")
        .arg(flag_with_path("--print-to-pdf=", &pdf))
        .arg(url.as_str())
        .stdin(Stdio::null())
        .stdout(log_file)
        .stderr(log_copy)
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", chromium.display()))?;
    let deadline = Instant::now() + CHROMIUM_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} did not print the page within {} seconds and was stopped",
                    chromium.display(),
                    CHROMIUM_TIMEOUT.as_secs()
                ));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("cannot wait for {}: {e}", chromium.display()));
            }
        }
    };
    let bytes = fs::read(&pdf).unwrap_or_default();
    if !status.success() || !bytes.starts_with(b"%PDF") {
        let said = fs::read_to_string(&log).unwrap_or_default();
        let tail: Vec<&str> = said
            .lines()
            .filter(|l| !l.trim().is_empty())
            .rev()
            .take(5)
            .collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        let outcome = if status.success() {
            "wrote no PDF".to_owned()
        } else {
            format!("failed ({status})")
        };
        let mut message = format!("{} {outcome}", chromium.display());
        if !tail.is_empty() {
            message.push_str(": ");
            message.push_str(&tail.join(" | "));
        }
        return Err(message);
    }
    fs::write(out, bytes).map_err(|e| format!("{}: cannot write the file: {e}", out.display()))
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
    if let Some(bytes) = cli.max_input_bytes {
        input::set_input_limit(usize::try_from(bytes).unwrap_or(usize::MAX));
    }
    if let Some(jobs) = cli.jobs {
        parallel::set_jobs(usize::try_from(jobs).unwrap_or(usize::MAX));
    }
    if let Some(language) = cli.language {
        input::set_text_language(language);
    }
    let status = match &cli.command {
        Command::Validate {
            files,
            verbose,
            format,
            strict,
            quiet,
            from,
        } => validate::validate(
            files,
            validate::Options {
                format: *format,
                verbose: *verbose,
                strict: *strict,
                quiet: *quiet,
                from: *from,
            },
        ),
        Command::Convert {
            file,
            to,
            output,
            from,
        } => convert(file, *to, output.as_deref(), *from),
        Command::Render { file, pdf, html } => render(file, pdf.as_deref(), html.as_deref()),
        Command::Stats {
            files,
            format,
            view,
            from,
            output,
        } => stats(files, *format, (*view).into(), *from, output.as_deref()),
        Command::Report {
            files,
            output,
            title,
            from,
            lang,
        } => report::report(files, output.as_deref(), title.as_deref(), *from, *lang),
        Command::Completions { shell } => completions(*shell),
        Command::Man => man(),
    };
    status.into()
}
