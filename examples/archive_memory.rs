//! How much memory reading a 1,000-release archive takes: streamed with `ReleaseReader`, one
//! release at a time, against reading the whole file and parsing every release into a `Vec`.
//!
//! Writes 1,000 synthetic releases of 8 to 12 articles (about ten) to a temporary directory,
//! as JSON Lines and as an XML collection, then reads each file three ways, validating every
//! release and counting events per country:
//!
//! - **stream**: `ReleaseReader` over a `BufReader<File>`, with a running tally;
//! - **stream + Archive**: the same, but summarised by an `collection::Archive`, which keeps
//!   rows (so its memory grows with the archive: it is there for comparison);
//! - **whole file**: `fs::read_to_string`, then every release parsed into a `Vec`.
//!
//! A counting global allocator measures the peak heap of each. Run it in release mode (an
//! argument sets another number of releases, to see that streaming's peak does not move):
//!
//! ```text
//! cargo run --release --example archive_memory
//! cargo run --release --example archive_memory -- 10000
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::error::Error;
use std::fs::{self, File};
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use caricc_release::collection::{
    Archive, ReleaseReader, StreamFormat, write_json_lines, write_xml_collection,
};
use caricc_release::{Country, Period, Release};

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

// ---------------------------------------------------------------- a counting allocator

/// Bytes allocated now, and the most allocated at once since the last reset.
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting the bytes it hands out.
struct Counting;

fn allocated(size: usize) {
    let now = CURRENT.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

fn freed(size: usize) {
    CURRENT.fetch_sub(size, Ordering::Relaxed);
}

// SAFETY: every method forwards to `System` with the arguments it was given, under the
// same contract; the only addition is arithmetic on two atomics, which cannot allocate.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            allocated(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            allocated(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator (so by `System`) with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        freed(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by `System` with `layout`; the caller upholds the rest.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            allocated(new_size);
            freed(layout.size());
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`; returns its result and the peak heap while it ran, above what was allocated
/// before (what `f` returns still counts: it was allocated during the run).
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(before))
}

// ---------------------------------------------------------------- the archive

/// How many releases the archive has, unless an argument says otherwise.
const RELEASES: usize = 1000;

/// Release `i` of the archive: #1/2000, #2/2000, … (24 a year), built on one of the
/// templates, so that releases differ in size and content.
fn release(templates: &[Release], i: usize) -> Release {
    let mut release = templates[i % templates.len()].clone();
    release.number = (i % 24) as u32 + 1;
    release.year = 2000 + (i / 24) as i32;
    if let Some(period) = Period::semi_monthly(release.number, release.year) {
        release.period = period;
    }
    release
}

/// What every way of reading must agree on.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    releases: usize,
    errors: usize,
    warnings: usize,
    statistics: usize,
    events: BTreeMap<Country, u64>,
}

impl Tally {
    fn add(&mut self, release: &Release) {
        let report = release.validate();
        self.releases += 1;
        self.errors += report.errors().count();
        self.warnings += report.warnings().count();
        for section in &release.sections {
            *self.events.entry(section.country).or_insert(0) += section.articles.len() as u64;
            self.statistics += section
                .articles
                .iter()
                .map(|a| a.statistics.len())
                .sum::<usize>();
        }
    }
}

fn stream(path: &Path, format: StreamFormat) -> Result<Tally, Box<dyn Error>> {
    let file = BufReader::new(File::open(path)?);
    let reader = match format {
        StreamFormat::XmlCollection => ReleaseReader::xml_collection(file),
        _ => ReleaseReader::json_lines(file),
    };
    let mut tally = Tally::default();
    for item in reader {
        tally.add(&item?);
    }
    Ok(tally)
}

fn stream_into_archive(path: &Path, format: StreamFormat) -> Result<Archive, Box<dyn Error>> {
    let file = BufReader::new(File::open(path)?);
    let reader = match format {
        StreamFormat::XmlCollection => ReleaseReader::xml_collection(file),
        _ => ReleaseReader::json_lines(file),
    };
    let mut archive = Archive::new();
    for (i, item) in reader.enumerate() {
        let release = item?;
        let _ = release.validate();
        archive.add(format!("record {}", i + 1), &release);
    }
    Ok(archive)
}

fn whole(path: &Path, format: StreamFormat) -> Result<(Vec<Release>, Tally), Box<dyn Error>> {
    let text = fs::read_to_string(path)?;
    let releases: Vec<Release> = match format {
        StreamFormat::XmlCollection => {
            ReleaseReader::xml_collection(text.as_bytes()).collect::<Result<_, _>>()?
        }
        _ => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(caricc_release::from_json)
            .collect::<Result<_, _>>()?,
    };
    let mut tally = Tally::default();
    for release in &releases {
        tally.add(release);
    }
    Ok((releases, tally))
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn main() -> Result<(), Box<dyn Error>> {
    let dir = std::env::temp_dir().join(format!("caricc-archive-memory-{}", std::process::id()));
    fs::create_dir_all(&dir)?;
    let count = match std::env::args().nth(1) {
        Some(arg) => arg
            .parse()
            .map_err(|e| format!("the number of releases, {arg:?}: {e}"))?,
        None => RELEASES,
    };
    let result = run(&dir, count);
    let _ = fs::remove_dir_all(&dir);
    result
}

/// Writes the archive, reads each file three ways and prints a row for each.
fn run(dir: &Path, count: usize) -> Result<(), Box<dyn Error>> {
    let files = write_archive(dir, count)?;
    print_header(count);
    for (format, path) in &files {
        let size = fs::metadata(path)?.len();
        let reading = read_three_ways(path, *format, count)?;
        print_row(*format, size, &reading);
        if format == &StreamFormat::JsonLines {
            print_tally(&reading.tally);
        }
    }
    Ok(())
}

/// Writes `count` releases as JSON Lines and as an XML collection into `dir`.
fn write_archive(dir: &Path, count: usize) -> Result<[(StreamFormat, PathBuf); 2], Box<dyn Error>> {
    let templates: Vec<Release> = (8..=12).map(synthetic::synthetic_release).collect();
    let files = [
        (StreamFormat::JsonLines, dir.join("archive.jsonl")),
        (StreamFormat::XmlCollection, dir.join("archive.xml")),
    ];
    for (format, path) in &files {
        let out = BufWriter::new(File::create(path)?);
        let releases = (0..count).map(|i| release(&templates, i));
        match format {
            StreamFormat::XmlCollection => write_xml_collection(out, releases)?,
            _ => write_json_lines(out, releases)?,
        };
    }
    Ok(files)
}

/// The peak heap and the time of one way of reading.
struct Cost {
    peak: usize,
    time: Duration,
}

/// Runs `f`; returns its result and its cost.
fn cost_of<T>(f: impl FnOnce() -> T) -> (T, Cost) {
    let start = Instant::now();
    let (out, peak) = peak_of(f);
    let time = start.elapsed();
    (out, Cost { peak, time })
}

/// One file read the three ways, which agree on `tally`.
struct Reading {
    stream: Cost,
    archive: Cost,
    whole: Cost,
    tally: Tally,
}

/// Reads the file at `path` the three ways and checks that they agree.
fn read_three_ways(
    path: &Path,
    format: StreamFormat,
    count: usize,
) -> Result<Reading, Box<dyn Error>> {
    let (streamed, stream_cost) = cost_of(|| stream(path, format));
    let streamed = streamed?;

    let (archive, archive_cost) = cost_of(|| stream_into_archive(path, format));
    let archive = archive?;
    assert_eq!(archive.len(), count);
    drop(archive);

    let (loaded, whole_cost) = cost_of(|| whole(path, format));
    let (releases, tally) = loaded?;
    assert_eq!(releases.len(), count);
    drop(releases);

    assert_eq!(streamed, tally, "both ways read the same archive");
    assert_eq!(streamed.releases, count);
    Ok(Reading {
        stream: stream_cost,
        archive: archive_cost,
        whole: whole_cost,
        tally: streamed,
    })
}

fn print_header(count: usize) {
    println!(
        "{count} releases of 8 to 12 articles (peak heap above the baseline; MB = 10^6 bytes)\n"
    );
    println!(
        "{:<15} {:>9}  {:>12} {:>9}  {:>18} {:>9}  {:>16} {:>9}  {:>7}",
        "format",
        "file MB",
        "stream peak",
        "time",
        "stream+Archive",
        "time",
        "whole-file peak",
        "time",
        "ratio"
    );
}

fn print_row(format: StreamFormat, size: u64, reading: &Reading) {
    let name = match format {
        StreamFormat::XmlCollection => "XML collection",
        _ => "JSON Lines",
    };
    let Reading {
        stream,
        archive,
        whole,
        ..
    } = reading;
    println!(
        "{name:<15} {:>9.1}  {:>9.2} MB {:>7.0}ms  {:>15.2} MB {:>7.0}ms  {:>13.2} MB {:>7.0}ms  {:>6.0}×",
        mb(size),
        mb(stream.peak as u64),
        stream.time.as_secs_f64() * 1e3,
        mb(archive.peak as u64),
        archive.time.as_secs_f64() * 1e3,
        mb(whole.peak as u64),
        whole.time.as_secs_f64() * 1e3,
        whole.peak as f64 / stream.peak.max(1) as f64,
    );
}

/// What the archive holds, as the stream counted it.
fn print_tally(tally: &Tally) {
    let kz = Country::from_alpha2("KZ");
    let events: u64 = tally.events.values().sum();
    println!(
        "{:<15} {} releases, {events} events ({} in KZ), {} statistics, {} errors, {} warnings",
        "",
        tally.releases,
        kz.and_then(|c| tally.events.get(&c)).copied().unwrap_or(0),
        tally.statistics,
        tally.errors,
        tally.warnings,
    );
}
