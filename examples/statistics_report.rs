//! The statistics reports of issues #14 and #16: runs `prose::extract` on the real sentences
//! of `eval/statistics/set.jsonl` (English) and `eval/statistics-ru/set.jsonl` (Russian),
//! matches what it finds with the annotations on value + unit, prints precision and recall
//! (overall and per category), false positives on the negative-only sentences, the misses
//! and the false positives (and, for the Russian set, substance agreement), and writes each
//! report to the `REPORT.md` beside its set.
//!
//! ```text
//! cargo run --release --example statistics_report
//! ```

#[path = "../tests/support/statistics_eval.rs"]
mod statistics_eval;

use statistics_eval::{Evaluation, load, ru_set_path, set_path};

fn main() -> std::io::Result<()> {
    let sets = [
        (
            set_path(),
            "Statistics extractor on real prose (issue #14)",
            "eval/statistics",
        ),
        (
            ru_set_path(),
            "Statistics extractor on real Russian prose (issue #16)",
            "eval/statistics-ru",
        ),
    ];
    for (path, title, dir) in sets {
        let rows = load(&std::fs::read_to_string(&path)?);
        let report = Evaluation::run(&rows).markdown_titled(title, dir);
        print!("{report}");
        let out = path.with_file_name("REPORT.md");
        std::fs::write(&out, &report)?;
        eprintln!("written to {}", out.display());
    }
    Ok(())
}
