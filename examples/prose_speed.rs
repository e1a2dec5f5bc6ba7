//! Speed of `prose::extract` on the English and the constructed Russian release #16 (the
//! paragraphs of each text file), in MB/s (10^6 bytes a second), best of several runs.
//!
//! ```text
//! cargo run --release --example prose_speed [ENGLISH.txt RUSSIAN.txt]
//! ```

use std::time::Instant;

use caricc_release::prose;

fn mb_per_s(text: &str) -> f64 {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
    let mut best = f64::INFINITY;
    for _ in 0..15 {
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for p in &paragraphs {
                n += prose::extract(std::hint::black_box(p)).len();
            }
        }
        std::hint::black_box(n);
        best = best.min(start.elapsed().as_secs_f64() / 20.0);
    }
    bytes as f64 / best / 1e6
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = "/work/shared/corpus/caricc-information-release-2025-16";
    let en = args.first().cloned().unwrap_or(format!("{base}.txt"));
    let ru = args.get(1).cloned().unwrap_or(format!("{base}.ru.txt"));
    for (name, path) in [("English", en), ("Russian", ru)] {
        let text = std::fs::read_to_string(&path)?;
        println!("{name}: {:.1} MB/s ({path})", mb_per_s(&text));
    }
    Ok(())
}
