//! Reading a release's PDF (`pdf::from_pdf`, then `validate()`) against `pdftotext`
//! (poppler) extracting the same PDF's text, in the same run (issue #13, item 8).
//!
//! Three operations per PDF, sampled together as every other operation of the report:
//!
//! - ours in process: `from_pdf` and `validate()` on bytes already read;
//! - ours as a process: this example started again with [`CHILD_FLAG`] and the PDF's path,
//!   which reads the file, does one `from_pdf` and `validate()`, and exits;
//! - `pdftotext FILE -` as a process, its text read from a pipe.
//!
//! The fair comparison is process against process (both pay start-up and reading the file);
//! the in-process time is what a caller of the library pays. Memory: the peak resident set of
//! each process (`/usr/bin/time -f %M`, else for ours the child's own `VmHWM`), and the peak
//! of live heap bytes of one in-process read (the report's counting allocator), each against
//! the PDF's size.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use caricc_release::pdf::{self, PdfLimits};

use crate::{Batch, Timing, duration, mark, measure_together, peak_memory, repeat, size};

/// The argument that makes the example read one PDF and exit (followed by the PDF's path).
pub const CHILD_FLAG: &str = "--read-one-pdf";

const PDFTOTEXT: &str = "/usr/bin/pdftotext";
const GNU_TIME: &str = "/usr/bin/time";

/// The PDFs read: release #16 and the 100-article release, as each producer prints them.
const PDFS: [&str; 4] = [
    "release-2025-16.office.pdf",
    "release-2025-16.chromium.pdf",
    "synthetic-100.office.pdf",
    "synthetic-100.chromium.pdf",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/pdf")
        .join(name)
}

/// The child's work: read the file, one `from_pdf` and `validate()`, and print the peak
/// resident set (kB) before reading and at the end, from `/proc/self/status`.
pub fn child(path: &str) {
    let before = vm_hwm_kb();
    let bytes = std::fs::read(path).expect("reads the PDF");
    std::hint::black_box(read_and_validate(&bytes));
    println!("{} {}", before.unwrap_or(0), vm_hwm_kb().unwrap_or(0));
}

/// The peak resident set of this process, in kB (Linux).
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One PDF and what was measured on it.
struct PdfCase {
    name: &'static str,
    path: PathBuf,
    bytes: Vec<u8>,
    pages: usize,
    ours: Timing,
    ours_process: Timing,
    pdftotext: Option<Timing>,
    memory: PdfMemory,
}

/// Peaks of reading one PDF, in bytes.
struct PdfMemory {
    /// Live heap bytes of one in-process `from_pdf` and `validate()`.
    heap: usize,
    /// Peak resident set of our child process, and before it read the PDF.
    ours_rss: Option<usize>,
    ours_rss_start: Option<usize>,
    /// Peak resident set of `pdftotext`.
    pdftotext_rss: Option<usize>,
}

/// Starts the example again to read `path` once; the child's stdout (its `VmHWM`s).
fn run_ours(path: &Path) -> Vec<u8> {
    let exe = std::env::current_exe().expect("the example's path");
    let out = Command::new(exe)
        .arg(CHILD_FLAG)
        .arg(path)
        .stderr(Stdio::inherit())
        .output()
        .expect("starts");
    assert!(
        out.status.success(),
        "the child failed on {}",
        path.display()
    );
    out.stdout
}

/// `pdftotext FILE -`; its text, read from the pipe.
fn run_pdftotext(path: &Path) -> Vec<u8> {
    let out = Command::new(PDFTOTEXT)
        .arg(path)
        .arg("-")
        .stderr(Stdio::null())
        .output()
        .expect("starts");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    out.stdout
}

/// The peak resident set of `program args…` as GNU time reports it (`%M`, kB), in bytes.
fn gnu_time_rss(program: &Path, args: &[&std::ffi::OsStr]) -> Option<usize> {
    if !Path::new(GNU_TIME).exists() {
        return None;
    }
    let out = Command::new(GNU_TIME)
        .args(["-f", "%M"])
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    let kb: usize = text.lines().last()?.trim().parse().ok()?;
    Some(kb * 1024)
}

/// Our whole work on a PDF: the release and its validation report (its problems counted).
fn read_and_validate(bytes: &[u8]) -> usize {
    let parsed = pdf::from_pdf(bytes).expect("a release");
    parsed.release.validate().problems().len()
}

impl PdfCase {
    fn measure(name: &'static str, peer: bool) -> PdfCase {
        let path = fixture(name);
        let bytes = std::fs::read(&path).expect("the PDF fixture");
        let pages = pdf::pages(&bytes, &PdfLimits::default())
            .expect("pages")
            .len();
        let mut batches: Vec<Batch<'_>> = vec![
            repeat(|| read_and_validate(&bytes)),
            repeat(|| run_ours(&path)),
        ];
        if peer {
            batches.push(repeat(|| run_pdftotext(&path)));
        }
        let mut timings = measure_together(batches).into_iter();
        let (ours, ours_process) = (timings.next().expect("ours"), timings.next().expect("ours"));
        let pdftotext = timings.next();
        let memory = PdfMemory::of(&path, &bytes, peer);
        PdfCase {
            name,
            path,
            bytes,
            pages,
            ours,
            ours_process,
            pdftotext,
            memory,
        }
    }

    fn pages_per_s(&self, t: Timing) -> f64 {
        self.pages as f64 / t.min.as_secs_f64()
    }

    /// pdftotext's time over ours: ≥ 1 is at least as fast.
    fn ratio(&self, ours: Timing) -> Option<f64> {
        Some(self.pdftotext?.min.as_secs_f64() / ours.min.as_secs_f64())
    }

    fn times_size(&self, bytes: usize) -> f64 {
        bytes as f64 / self.bytes.len() as f64
    }
}

impl PdfMemory {
    fn of(path: &Path, bytes: &[u8], peer: bool) -> PdfMemory {
        let (heap, _, _) = peak_memory(|| read_and_validate(bytes));
        let exe = std::env::current_exe().expect("the example's path");
        let child_args = [CHILD_FLAG.as_ref(), path.as_os_str()];
        let own = String::from_utf8_lossy(&run_ours(path)).into_owned();
        let mut hwm = own.split_whitespace().map(|kb| kb.parse::<usize>().ok());
        let ours_rss_start = hwm.next().flatten().map(|kb| kb * 1024);
        let ours_rss =
            gnu_time_rss(&exe, &child_args).or_else(|| hwm.next().flatten().map(|kb| kb * 1024));
        let peer_args = [path.as_os_str(), "-".as_ref()];
        let pdftotext_rss = peer
            .then(|| gnu_time_rss(Path::new(PDFTOTEXT), &peer_args))
            .flatten();
        PdfMemory {
            heap,
            ours_rss,
            ours_rss_start,
            pdftotext_rss,
        }
    }
}

/// Measures every PDF and prints the tables; nothing when the `pdf` fixtures are missing.
pub fn report() {
    let peer = Path::new(PDFTOTEXT).exists();
    if !peer {
        println!();
        println!("note: {PDFTOTEXT} is missing; the PDF reading is timed without its peer.");
    }
    let t = Instant::now();
    eprint!("timing PDF reading on {} PDFs…", PDFS.len());
    let cases: Vec<PdfCase> = PDFS.iter().map(|n| PdfCase::measure(n, peer)).collect();
    eprintln!(" {:.1} s", t.elapsed().as_secs_f64());
    print_timings(&cases);
    print_targets(&cases);
    print_memory(&cases);
}

fn print_timings(cases: &[PdfCase]) {
    println!();
    println!(
        "PDF reading (`tests/fixtures/pdf/`): ours is `pdf::from_pdf` then `validate()`; the \
         peer is `{PDFTOTEXT} FILE -` extracting the text alone, a process per run"
    );
    println!();
    println!(
        "| operation | PDF | size | pages | time (min) | median | samples | pages/s | \
         `pdftotext` time / ours |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for case in cases {
        let mut lines = vec![
            ("ours, in process", Some(case.ours)),
            ("ours, a process per run", Some(case.ours_process)),
            ("peer: `pdftotext`, a process per run", case.pdftotext),
        ];
        lines.retain(|(_, t)| t.is_some());
        for (op, t) in lines {
            let t = t.expect("kept");
            let ratio = match (op.starts_with("peer"), case.ratio(t)) {
                (false, Some(r)) => format!("{r:.2}×"),
                _ => String::new(),
            };
            println!(
                "| {op} | {} | {} | {} | {} | {} | {} | {:.0} | {ratio} |",
                case.name,
                size(case.bytes.len()),
                case.pages,
                duration(t.min),
                duration(t.median),
                t.samples,
                case.pages_per_s(t),
            );
        }
    }
}

/// One line of the PDF targets table.
fn target_line(cases: &[PdfCase], name: &str, cell: &dyn Fn(&PdfCase) -> Option<(String, bool)>) {
    let cells: Vec<_> = cases.iter().map(cell).collect();
    print!("| {name} |");
    for c in &cells {
        match c {
            Some((v, ok)) => print!(" {v} {} |", mark(*ok)),
            None => print!(" |"),
        }
    }
    let all = cells.iter().flatten().all(|(_, ok)| *ok);
    let any = cells.iter().any(Option::is_some);
    println!(" {} |", if any { mark(all) } else { "—" });
}

fn print_targets(cases: &[PdfCase]) {
    println!();
    print!("| PDF target |");
    for case in cases {
        print!(" {} |", case.name.trim_end_matches(".pdf"));
    }
    println!(" met |");
    println!("|---|{}---|", "---:|".repeat(cases.len()));
    target_line(
        cases,
        "read + validate ≥ 1× `pdftotext`, process vs process",
        &|c| {
            let r = c.ratio(c.ours_process)?;
            Some((format!("{r:.2}×"), r >= 1.0))
        },
    );
    target_line(
        cases,
        "read + validate ≥ 1× `pdftotext`, ours in process",
        &|c| {
            let r = c.ratio(c.ours)?;
            Some((format!("{r:.2}×"), r >= 1.0))
        },
    );
    target_line(
        cases,
        "peak heap of one read ≤ 10× the PDF's size",
        &|c| {
            let r = c.times_size(c.memory.heap);
            Some((format!("{r:.1}×"), r <= 10.0))
        },
    );
    target_line(
        cases,
        "peak RSS of our process ≤ 10× the PDF's size",
        &|c| {
            let r = c.times_size(c.memory.ours_rss?);
            Some((format!("{r:.1}×"), r <= 10.0))
        },
    );
}

fn print_memory(cases: &[PdfCase]) {
    println!();
    for c in cases {
        let m = &c.memory;
        let rss = |b: Option<usize>| {
            b.map_or("—".to_string(), |b| {
                format!("{} ({:.1}×)", size(b), c.times_size(b))
            })
        };
        println!(
            "- {} ({}, {} pages): peak heap of one read {} ({:.1}× the PDF); peak RSS of our \
             process {} (before reading the PDF: {}), of `pdftotext` {}.",
            c.path
                .file_name()
                .map_or(c.name.into(), |f| f.to_string_lossy()),
            size(c.bytes.len()),
            c.pages,
            size(m.heap),
            c.times_size(m.heap),
            rss(m.ours_rss),
            m.ours_rss_start.map_or("—".to_string(), size),
            rss(m.pdftotext_rss),
        );
    }
}
