//! One-command performance report: every operation of the crate against its peers, on release
//! #16 and on synthetic releases of 100, 1,000 and 10,000 articles, in one run.
//!
//! ```text
//! cargo run --release -p caricc-benches --example perf_report
//! ```
//!
//! Prints Markdown tables (progress goes to stderr): per operation and release, the document
//! size, the time per run, MB/s (10^6 bytes a second, of the operation's own document: JSON for
//! JSON operations, `validate` and `build`; our XML for XML operations and the bare scan; the
//! RSS document for `rss`; the Markdown for text parse and Markdown rendering; the HTML for HTML
//! rendering; the paragraphs for extraction), the time per article and, on the 10,000 row, the
//! per-article cost against the 100-article release. Then the targets, each marked ✓ or ✗, and
//! the peak memory of reading the 10,000-article release.
//!
//! Timing, the same for every operation: a warm-up of at least one run and 0.1 s, which sizes a
//! sample (as many runs as last 5 ms, one run for anything slower); then rounds of one sample
//! of every operation on the same release, so that ours and the peers are sampled in the same
//! seconds, until each has at least 0.5 s measured and at least 5 samples (so an operation
//! slower than 0.1 s a run takes 5 runs). The time reported, and every ratio and
//! MB/s, is the **minimum** over the samples of the per-run time (a sample's time divided by
//! its runs): on a shared machine other work only ever adds time, so the fastest sample is the
//! estimate it disturbs least. The median is printed beside it to show the spread. Inputs a run
//! consumes (the builders of `build`) are prepared before the clock starts; outputs are dropped
//! inside the timed region.
//!
//! Peak memory is counted by a global allocator wrapping the system one, switched on only
//! around the one read it measures, so the timings do not pay for the counting.
//!
//! Last, reading a release's PDF (`pdf::from_pdf` then `validate()`) against `pdftotext`
//! extracting the same PDF's text, each as a process per run, and ours also in process; pages
//! a second, the ratio, and peak memory against the PDF's size (see `perf_report/pdf.rs`).
//! `-- --pdf-only` runs that part alone; `-- --read-one-pdf FILE` is the child it starts.

#[path = "../common/mod.rs"]
mod common;
#[path = "perf_report/pdf.rs"]
mod pdf;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use caricc_release::{from_json, from_xml, layout, prose, render, to_json, to_xml};
use common::{Case, SYNTHETIC_SIZES, compose, scan};
use rss::Channel;
use serde::de::IgnoredAny;

/// Where the real text of release #16 is: the corpus folder beside the checkout.
const SEED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/corpus/caricc-information-release-2025-16.txt"
);

/// The real text layout of release #16, as a PDF-to-text tool left it; read at run time (not
/// `include_str!`) so that the example, which `cargo test` builds, builds without the corpus.
fn seed() -> Option<&'static str> {
    static SEED: OnceLock<Option<String>> = OnceLock::new();
    SEED.get_or_init(|| std::fs::read_to_string(SEED_PATH).ok())
        .as_deref()
}

// ---------------------------------------------------------------------------------------------
// Counting allocator

/// The system allocator, counting live bytes and their peak while [`COUNTING`] is on.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated and not freed since the last [`peak_memory`]; negative if memory
/// allocated before was freed since.
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn record(delta: isize) {
    if COUNTING.load(Relaxed) {
        let now = CURRENT.fetch_add(delta, Relaxed) + delta;
        PEAK.fetch_max(now, Relaxed);
    }
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the
// `GlobalAlloc` contract, and returns what `System` returned; the counting touches only atomics
// (it neither allocates nor unwinds).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are those `System.alloc` needs.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            record(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            record(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, that is by `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        record(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` and `layout` are as for `dealloc`; `new_size` is the caller's, checked
        // by the caller as `GlobalAlloc::realloc` requires.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            record(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak of live bytes allocated while `f` runs (its result included, as it is live when
/// `f` returns), and the bytes still live when it has returned.
fn peak_memory<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    CURRENT.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
    let out = black_box(f());
    COUNTING.store(false, Relaxed);
    let peak = PEAK.load(Relaxed).max(0) as usize;
    let retained = CURRENT.load(Relaxed).max(0) as usize;
    (peak, retained, out)
}

// ---------------------------------------------------------------------------------------------
// Timing

const WARM_UP: Duration = Duration::from_millis(100);
const TARGET: Duration = Duration::from_millis(500);
const MIN_SAMPLES: usize = 5;
const SAMPLE_FLOOR: Duration = Duration::from_millis(5);

/// Runs a batch of `n` runs of an operation and returns the time they took.
type Batch<'a> = Box<dyn FnMut(u32) -> Duration + 'a>;

/// A batch of `routine`, each run given a fresh `setup()` made before the clock starts.
fn batch<'a, I, O>(
    mut setup: impl FnMut() -> I + 'a,
    mut routine: impl FnMut(I) -> O + 'a,
) -> Batch<'a> {
    Box::new(move |n| {
        let inputs: Vec<I> = (0..n).map(|_| setup()).collect();
        let t = Instant::now();
        for input in inputs {
            black_box(routine(input));
        }
        t.elapsed()
    })
}

/// A batch of an operation that needs no fresh input.
fn repeat<'a, O>(mut f: impl FnMut() -> O + 'a) -> Batch<'a> {
    batch(|| (), move |()| f())
}

/// The samples of one operation: per-run times.
struct Samples<'a> {
    run: Batch<'a>,
    runs_per_sample: u32,
    per_run: Vec<Duration>,
    measured: Duration,
}

impl<'a> Samples<'a> {
    /// Warms up (at least one run and [`WARM_UP`]) and sizes the batch so that a sample lasts
    /// at least [`SAMPLE_FLOOR`].
    fn warm_up(mut run: Batch<'a>) -> Samples<'a> {
        let start = Instant::now();
        let (mut runs, mut spent) = (0u32, Duration::ZERO);
        while runs == 0 || start.elapsed() < WARM_UP {
            spent += run(1);
            runs += 1;
        }
        let per_run = (spent / runs).max(Duration::from_nanos(1));
        let runs_per_sample =
            (SAMPLE_FLOOR.as_nanos() / per_run.as_nanos()).clamp(1, 100_000) as u32;
        Samples {
            run,
            runs_per_sample,
            per_run: Vec::new(),
            measured: Duration::ZERO,
        }
    }

    /// Enough: [`TARGET`] measured in at least [`MIN_SAMPLES`] samples.
    fn done(&self) -> bool {
        self.measured >= TARGET && self.per_run.len() >= MIN_SAMPLES
    }

    fn sample(&mut self) {
        let elapsed = (self.run)(self.runs_per_sample);
        self.measured += elapsed;
        self.per_run.push(elapsed / self.runs_per_sample);
    }

    /// The fastest and the median per-run time.
    fn result(mut self) -> Timing {
        self.per_run.sort_unstable();
        Timing {
            min: self.per_run[0],
            median: self.per_run[self.per_run.len() / 2],
            samples: self.per_run.len(),
        }
    }
}

#[derive(Clone, Copy)]
struct Timing {
    min: Duration,
    median: Duration,
    samples: usize,
}

/// Times the operations of one release together: after each one's warm-up, rounds of one
/// sample of each operation until every one has enough, so that ours and the peers' samples
/// are taken in the same seconds (and under the same load, on a shared machine).
fn measure_together(batches: Vec<Batch<'_>>) -> Vec<Timing> {
    let mut all: Vec<Samples> = batches.into_iter().map(Samples::warm_up).collect();
    while all.iter().any(|s| !s.done()) {
        for s in all.iter_mut().filter(|s| !s.done()) {
            s.sample();
        }
    }
    all.into_iter().map(Samples::result).collect()
}

// ---------------------------------------------------------------------------------------------
// Operations

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    JsonWrite,
    JsonRead,
    JsonValue,
    JsonIgnored,
    XmlWrite,
    RssWrite,
    XmlRead,
    RssRead,
    XmlScan,
    Validate,
    Build,
    TextParse,
    TextParseSeed,
    Extract,
    RenderMarkdown,
    RenderHtml,
}

impl Op {
    const ALL: [Op; 16] = [
        Op::JsonWrite,
        Op::JsonRead,
        Op::JsonValue,
        Op::JsonIgnored,
        Op::XmlWrite,
        Op::RssWrite,
        Op::XmlRead,
        Op::RssRead,
        Op::XmlScan,
        Op::Validate,
        Op::Build,
        Op::TextParse,
        Op::TextParseSeed,
        Op::Extract,
        Op::RenderMarkdown,
        Op::RenderHtml,
    ];

    fn name(self) -> &'static str {
        match self {
            Op::JsonWrite => "JSON write: `to_json`",
            Op::JsonRead => "JSON read: `from_json`",
            Op::JsonValue => "JSON read, peer: `serde_json::Value`",
            Op::JsonIgnored => "JSON read, floor: `IgnoredAny`",
            Op::XmlWrite => "XML write: `to_xml`",
            Op::RssWrite => "XML write, peer: `rss` channel",
            Op::XmlRead => "XML read: `from_xml`",
            Op::RssRead => "XML read, peer: `rss` channel",
            Op::XmlScan => "XML read, floor: quick-xml bare scan",
            Op::Validate => "`validate()`",
            Op::Build => "`build()` from prepared builders",
            Op::TextParse => "text parse: `layout::parse(markdown)`",
            Op::TextParseSeed => "text parse: `layout::parse(seed text)`",
            Op::Extract => "`prose::extract` over paragraphs",
            Op::RenderMarkdown => "render: `layout::markdown`",
            Op::RenderHtml => "render: `render::html`",
        }
    }

    /// The document whose size gives MB/s, and that size.
    fn document(self, case: &Case) -> (&'static str, usize) {
        match self {
            Op::JsonWrite | Op::JsonRead | Op::JsonValue | Op::JsonIgnored => {
                ("JSON", case.json.len())
            }
            Op::Validate | Op::Build => ("JSON", case.json.len()),
            Op::XmlWrite | Op::XmlRead | Op::XmlScan => ("XML", case.xml.len()),
            Op::RssWrite | Op::RssRead => ("RSS", case.rss.len()),
            Op::TextParse | Op::RenderMarkdown => ("Markdown", case.markdown.len()),
            Op::TextParseSeed => ("seed text", seed().map_or(0, str::len)),
            Op::Extract => ("paragraphs", case.paragraph_bytes()),
            Op::RenderHtml => ("HTML", case.html.len()),
        }
    }

    /// The articles the operation covers, for the time per article.
    fn articles(self, case: &Case) -> usize {
        match self {
            Op::Extract => case.paragraph_articles,
            _ => case.articles,
        }
    }

    /// A peer's or floor's operation, not ours.
    fn is_peer(self) -> bool {
        matches!(
            self,
            Op::JsonValue | Op::JsonIgnored | Op::RssWrite | Op::RssRead | Op::XmlScan
        )
    }

    fn applies_to(self, case: &Case) -> bool {
        self != Op::TextParseSeed || (case.name == "#16" && seed().is_some())
    }

    fn batch(self, case: &Case) -> Batch<'_> {
        match self {
            Op::JsonWrite => repeat(move || to_json(&case.release).expect("writes")),
            Op::JsonRead => repeat(move || from_json(&case.json).expect("reads")),
            Op::JsonValue => repeat(move || {
                serde_json::from_str::<serde_json::Value>(&case.json).expect("parses")
            }),
            Op::JsonIgnored => {
                repeat(move || serde_json::from_str::<IgnoredAny>(&case.json).expect("parses"))
            }
            Op::XmlWrite => repeat(move || to_xml(&case.release).expect("writes")),
            Op::RssWrite => repeat(move || {
                case.channel
                    .pretty_write_to(Vec::new(), b' ', 2)
                    .expect("writes")
            }),
            Op::XmlRead => repeat(move || from_xml(&case.xml).expect("reads")),
            Op::RssRead => repeat(move || Channel::read_from(&case.rss[..]).expect("reads")),
            Op::XmlScan => repeat(move || scan(&case.xml)),
            Op::Validate => repeat(move || case.release.validate()),
            Op::Build => batch(
                move || case.sections.clone(),
                move |sections| compose(&case.head, sections).expect("builds"),
            ),
            Op::TextParse => repeat(move || layout::parse(&case.markdown).expect("parses")),
            Op::TextParseSeed => {
                let seed = seed().unwrap_or_default();
                repeat(move || layout::parse(seed).expect("parses"))
            }
            Op::Extract => repeat(move || {
                case.paragraphs
                    .iter()
                    .map(|p| prose::extract(p).len())
                    .sum::<usize>()
            }),
            Op::RenderMarkdown => repeat(move || layout::markdown(&case.release)),
            Op::RenderHtml => repeat(move || render::html(&case.release)),
        }
    }
}

struct Row {
    op: Op,
    case: usize,
    timing: Timing,
}

// ---------------------------------------------------------------------------------------------
// Formatting

fn size(bytes: usize) -> String {
    let b = bytes as f64;
    if b >= 1e6 {
        format!("{:.1} MB", b / 1e6)
    } else {
        format!("{:.1} kB", b / 1e3)
    }
}

fn duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / d.as_secs_f64() / 1e6
}

fn mark(ok: bool) -> &'static str {
    if ok { "✓" } else { "✗" }
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn label(case: &Case) -> String {
    if case.name == "#16" {
        format!("#16 ({} art.)", case.articles)
    } else {
        format!("{} art.", thousands(case.articles))
    }
}

// ---------------------------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [pdf::CHILD_FLAG, path] => return pdf::child(path),
        ["--pdf-only"] => return pdf::report(),
        _ => {}
    }
    let started = Instant::now();
    eprintln!("preparing release #16 and synthetic releases of 100, 1,000 and 10,000 articles…");
    let mut cases = vec![Case::golden()];
    cases.extend(SYNTHETIC_SIZES.iter().map(|&n| Case::synthetic(n)));
    if seed().is_none() {
        eprintln!("note: {SEED_PATH} is missing; the seed text is not parsed");
    }
    let prepared = started.elapsed();

    let rows = time_every_case(&cases);
    // Peak memory of reading the largest release, counted after the timings.
    let memory = Memory::of(cases.last().expect("cases"));
    let report = Report::new(&cases, rows, memory);
    report.print_timings();
    let flat = report.flatness_ranking();
    report.print_targets(&flat);
    report.print_reference(&flat);
    pdf::report();
    println!(
        "- Run time: {:.0} s ({:.0} s preparing the releases and their documents).",
        started.elapsed().as_secs_f64(),
        prepared.as_secs_f64()
    );
}

/// Times the operations that apply to each release, one release at a time.
fn time_every_case(cases: &[Case]) -> Vec<Row> {
    let mut rows = Vec::new();
    for (c, case) in cases.iter().enumerate() {
        let ops: Vec<Op> = Op::ALL
            .into_iter()
            .filter(|op| op.applies_to(case))
            .collect();
        eprint!("timing {} operations on {}…", ops.len(), label(case));
        let t = Instant::now();
        let timings = measure_together(ops.iter().map(|op| op.batch(case)).collect());
        eprintln!(" {:.1} s", t.elapsed().as_secs_f64());
        for (op, timing) in ops.into_iter().zip(timings) {
            rows.push(Row {
                op,
                case: c,
                timing,
            });
        }
    }
    rows
}

/// The peak of live bytes while reading one release from JSON and from XML, and the bytes
/// the release then holds.
struct Memory {
    json_peak: usize,
    json_kept: usize,
    xml_peak: usize,
    xml_kept: usize,
}

impl Memory {
    fn of(case: &Case) -> Memory {
        let (json_peak, json_kept, release) = peak_memory(|| from_json(&case.json).expect("reads"));
        drop(release);
        let (xml_peak, xml_kept, release) = peak_memory(|| from_xml(&case.xml).expect("reads"));
        drop(release);
        Memory {
            json_peak,
            json_kept,
            xml_peak,
            xml_kept,
        }
    }
}

/// A cell of the targets table: the value, and whether it meets the target.
type Cell = Option<(String, bool)>;

/// What was measured, and the tables printed from it.
struct Report<'c> {
    cases: &'c [Case],
    rows: Vec<Row>,
    memory: Memory,
    /// Where the 100- and the 10,000-article releases are in `cases`.
    idx100: usize,
    idx10k: usize,
}

impl<'c> Report<'c> {
    fn new(cases: &'c [Case], rows: Vec<Row>, memory: Memory) -> Report<'c> {
        Report {
            cases,
            rows,
            memory,
            idx100: cases.iter().position(|c| c.name == "100").expect("100"),
            idx10k: cases.iter().position(|c| c.name == "10000").expect("10000"),
        }
    }

    fn timing(&self, op: Op, case: usize) -> Option<Timing> {
        self.rows
            .iter()
            .find(|r| r.op == op && r.case == case)
            .map(|r| r.timing)
    }

    /// The fastest run: the estimate least disturbed by whatever else the machine runs.
    fn get(&self, op: Op, case: usize) -> Option<Duration> {
        self.timing(op, case).map(|t| t.min)
    }

    /// The per-article cost on 10,000 articles over that on 100.
    fn flatness(&self, op: Op) -> Option<f64> {
        let small =
            self.get(op, self.idx100)?.as_secs_f64() / self.cases[self.idx100].articles as f64;
        let large =
            self.get(op, self.idx10k)?.as_secs_f64() / self.cases[self.idx10k].articles as f64;
        Some(large / small)
    }

    /// Our operations by flatness, worst first (the peers' flatness is theirs).
    fn flatness_ranking(&self) -> Vec<(Op, f64)> {
        let mut flat: Vec<(Op, f64)> = Op::ALL
            .iter()
            .filter(|op| !op.is_peer())
            .filter_map(|&op| Some((op, self.flatness(op)?)))
            .collect();
        flat.sort_by(|a, b| b.1.total_cmp(&a.1));
        flat
    }

    /// The table of every operation on every release.
    fn print_timings(&self) {
        println!(
            "caricc-release perf_report: {} logical CPUs (`available_parallelism`); times are the \
             minimum per-run time over the samples, ratios and MB/s use them; MB = 10^6 bytes",
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        println!();
        println!(
            "| operation | release | document | size | time (min) | median | samples | MB/s | \
             µs/article | 10k/100 |"
        );
        println!("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for op in Op::ALL {
            for (c, case) in self.cases.iter().enumerate() {
                let Some(Timing {
                    min: t,
                    median,
                    samples,
                }) = self.timing(op, c)
                else {
                    continue;
                };
                let (doc, bytes) = op.document(case);
                let per_article = t.as_secs_f64() * 1e6 / op.articles(case) as f64;
                let flat = match (c == self.idx10k, self.flatness(op)) {
                    (true, Some(f)) => format!("{f:.2}×"),
                    _ => String::new(),
                };
                println!(
                    "| {} | {} | {doc} | {} | {} | {} | {samples} | {:.1} | {per_article:.2} | {flat} |",
                    op.name(),
                    label(case),
                    size(bytes),
                    duration(t),
                    duration(median),
                    mb_per_s(bytes, t),
                );
            }
        }
    }

    /// Targets: a ratio per release, the line marked ✓ when every release meets it.
    fn print_targets(&self, flat: &[(Op, f64)]) {
        println!();
        print!("| target |");
        for case in self.cases {
            print!(" {} |", label(case));
        }
        println!(" met |");
        println!("|---|{}---|", "---:|".repeat(self.cases.len()));
        self.print_peer_targets();
        self.print_share_targets();
        self.print_scaling_targets(flat);
    }

    /// One line of the targets table, its cells from `cell` for each release.
    fn target_line(&self, name: &str, cell: &dyn Fn(usize) -> Cell) {
        let cells: Vec<Cell> = (0..self.cases.len()).map(cell).collect();
        let all = cells.iter().flatten().all(|(_, ok)| *ok);
        print!("| {name} |");
        for c in &cells {
            match c {
                Some((value, ok)) => print!(" {value} {} |", mark(*ok)),
                None => print!(" |"),
            }
        }
        if cells.iter().all(Option::is_none) {
            println!(" — |");
        } else {
            println!(" {} |", mark(all));
        }
    }

    /// `peer` time over `ours` time: how many times faster than the peer on the same content.
    fn speed(&self, ours: Op, peer: Op, at_least: f64) -> impl Fn(usize) -> Cell + '_ {
        move |c: usize| -> Cell {
            let ratio = self.get(peer, c)?.as_secs_f64() / self.get(ours, c)?.as_secs_f64();
            Some((format!("{ratio:.2}×"), ratio >= at_least))
        }
    }

    /// Our reading and writing against the peers' and the floors'.
    fn print_peer_targets(&self) {
        self.target_line(
            "XML read ≥ 1.5× `rss` (same items and text)",
            &self.speed(Op::XmlRead, Op::RssRead, 1.5),
        );
        self.target_line(
            "XML read ≥ 0.5× bare scan (same bytes)",
            &self.speed(Op::XmlRead, Op::XmlScan, 0.5),
        );
        self.target_line(
            "XML write ≥ 1.0× `rss` (same items and text)",
            &self.speed(Op::XmlWrite, Op::RssWrite, 1.0),
        );
        self.target_line(
            "JSON read ≥ 2× `serde_json::Value` (same bytes)",
            &self.speed(Op::JsonRead, Op::JsonValue, 2.0),
        );
        self.target_line(
            "JSON read ≥ 0.4× `IgnoredAny` (same bytes)",
            &self.speed(Op::JsonRead, Op::JsonIgnored, 0.4),
        );
    }

    /// Validation's share of a read, and the text parse's throughput.
    fn print_share_targets(&self) {
        self.target_line("`validate()` ≤ 10 % of JSON read", &|c| {
            let share =
                self.get(Op::Validate, c)?.as_secs_f64() / self.get(Op::JsonRead, c)?.as_secs_f64();
            Some((format!("{:.1} %", share * 100.0), share <= 0.10))
        });
        self.target_line("text parse ≥ 50 MB/s (Markdown layout)", &|c| {
            let mbs = mb_per_s(self.cases[c].markdown.len(), self.get(Op::TextParse, c)?);
            Some((format!("{mbs:.1} MB/s"), mbs >= 50.0))
        });
        self.target_line("text parse ≥ 50 MB/s (seed text)", &|c| {
            let mbs = mb_per_s(seed().map_or(0, str::len), self.get(Op::TextParseSeed, c)?);
            Some((format!("{mbs:.1} MB/s"), mbs >= 50.0))
        });
    }

    /// How cost grows with the release: per article, and the peak memory of a read.
    fn print_scaling_targets(&self, flat: &[(Op, f64)]) {
        let over = flat.iter().filter(|(_, f)| *f > 1.3).count();
        self.target_line(
            &format!(
                "per-article cost 100 → 10,000 within 1.3× (worst of our {} operations: {}; {over} \
                 over)",
                flat.len(),
                flat[0].0.name()
            ),
            &|c| (c == self.idx10k).then(|| (format!("{:.2}×", flat[0].1), flat[0].1 <= 1.3)),
        );
        let json_len = self.cases[self.idx10k].json.len();
        self.target_line("peak memory reading JSON ≤ 3× its size", &|c| {
            let ratio = self.memory.json_peak as f64 / json_len as f64;
            (c == self.idx10k).then(|| (format!("{ratio:.2}×"), ratio <= 3.0))
        });
    }

    /// The figures behind the targets: sizes, MB/s ratios, flatness and memory.
    fn print_reference(&self, flat: &[(Op, f64)]) {
        println!();
        println!("For reference:");
        for (c, case) in self.cases.iter().enumerate() {
            let timed = |op: Op| self.get(op, c).expect("timed");
            let xml_rss = case.xml.len() as f64 / case.rss.len() as f64;
            let read = mb_per_s(case.xml.len(), timed(Op::XmlRead))
                / mb_per_s(case.rss.len(), timed(Op::RssRead));
            let write = mb_per_s(case.xml.len(), timed(Op::XmlWrite))
                / mb_per_s(case.rss.len(), timed(Op::RssWrite));
            println!(
                "- {}: our XML is {xml_rss:.2}× the RSS document's bytes; in MB/s of each side's own \
                 document, XML read is {read:.2}× and XML write {write:.2}× `rss`.",
                label(case)
            );
        }
        let listed: Vec<String> = flat
            .iter()
            .map(|(op, f)| format!("{} {f:.2}×", op.name()))
            .collect();
        println!(
            "- Per-article cost, 10,000 articles against 100, of our operations: {}.",
            listed.join(", ")
        );
        let json_len = self.cases[self.idx10k].json.len();
        let xml_len = self.cases[self.idx10k].xml.len();
        let m = &self.memory;
        println!(
            "- Reading the 10,000-article release ({} of JSON, {} of XML): peak {} from JSON \
             ({:.2}× its size; the release then holds {}), peak {} from XML ({:.2}× its size; {} \
             held).",
            size(json_len),
            size(xml_len),
            size(m.json_peak),
            m.json_peak as f64 / json_len as f64,
            size(m.json_kept),
            size(m.xml_peak),
            m.xml_peak as f64 / xml_len as f64,
            size(m.xml_kept),
        );
    }
}
