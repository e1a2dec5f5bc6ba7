//! The statistics report of issue #14: runs `prose::extract` on the real sentences of
//! `eval/statistics/set.jsonl`, matches what it finds with the annotations on value + unit,
//! prints precision and recall (overall and per category), false positives on the
//! negative-only sentences, the misses and the false positives, and writes the same report
//! to `eval/statistics/REPORT.md`.
//!
//! ```text
//! cargo run --release --example statistics_report
//! ```

#[path = "../tests/support/statistics_eval.rs"]
mod statistics_eval;

use statistics_eval::{Evaluation, load, set_path};

fn main() -> std::io::Result<()> {
    let set = std::fs::read_to_string(set_path())?;
    let rows = load(&set);
    let report = Evaluation::run(&rows).markdown();
    print!("{report}");
    let out = set_path().with_file_name("REPORT.md");
    std::fs::write(&out, &report)?;
    eprintln!("written to {}", out.display());
    Ok(())
}
