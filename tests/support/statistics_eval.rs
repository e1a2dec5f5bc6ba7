//! The evaluation of `prose::extract` on the real sentences of `eval/statistics/set.jsonl`
//! (issue #14), shared by `examples/statistics_report.rs` and `tests/statistics_eval.rs`
//! (each includes this file with `#[path]`).
//!
//! Matching: an extracted statistic (a top-level one or a breakdown part) matches an
//! annotated one when the units are the same code and the values agree (relative difference
//! at most 0.2 %, so that "one third" read as 33.33 matches the annotated 33.3); an annotated
//! range (`range_end`) matches only an extracted range with both ends agreeing, and an
//! extracted range matches only an annotated range. Each annotation is matched at most once,
//! each extraction at most once, in the sentence's order. Annotations of category `change`
//! (roles before, after, change) are matched like the others, on value and unit: the
//! extractor has no roles, so the role is not scored. Qualifier agreement is counted on the
//! matched pairs only and reported apart.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use caricc_release::Statistic;
use caricc_release::prose::extract;

/// The categories of the set, in report order.
pub const CATEGORIES: &[&str] = &[
    "mass", "count", "currency", "percent", "duration", "area", "volume", "factor", "change",
];

/// One annotated statistic.
#[derive(Debug, Clone)]
pub struct Expected {
    pub text: String,
    pub value: f64,
    pub range_end: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub category: String,
    pub role: Option<String>,
    /// The substance code, where the annotation gives one (the Russian set).
    pub substance: Option<String>,
}

/// One statistic the extractor found.
#[derive(Debug, Clone)]
pub struct Found {
    pub phrase: String,
    pub value: f64,
    pub range_end: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub role: Option<String>,
    pub substance: Option<String>,
}

/// One row of the set.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub sentence: String,
    pub expected: Vec<Expected>,
    pub negatives: usize,
}

/// A miss or a false positive, for the lists.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub sentence: String,
    pub what: String,
    pub category: String,
}

/// Counts of one category.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub expected: usize,
    pub matched_expected: usize,
    pub found: usize,
    pub matched_found: usize,
}

/// The result of the evaluation.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    pub rows: usize,
    pub expected: usize,
    pub found: usize,
    pub matched: usize,
    pub qualifier_agree: usize,
    /// Matched annotations with a role (before, after, change), and those whose role the
    /// extractor gave.
    pub roles: usize,
    pub roles_agree: usize,
    /// Matched statistics the extractor gave a role the annotation does not.
    pub roles_extra: usize,
    /// Matched annotations with a substance, and those whose substance the extractor gave.
    pub substances: usize,
    pub substances_agree: usize,
    /// Substance disagreements on matched pairs.
    pub substance_disagreements: Vec<Item>,
    pub by_category: BTreeMap<String, Tally>,
    pub negative_rows: usize,
    pub negative_rows_with_fp: usize,
    pub negative_fps: usize,
    pub misses: Vec<Item>,
    pub false_positives: Vec<Item>,
    pub qualifier_disagreements: Vec<Item>,
}

/// The path of the set in this repository.
pub fn set_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/statistics/set.jsonl")
}

/// The path of the Russian set (issue #16) in this repository.
pub fn ru_set_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/statistics-ru/set.jsonl")
}

fn number(v: &serde_json::Value) -> f64 {
    v.as_str()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(f64::NAN)
}

fn text(v: &serde_json::Value, key: &str) -> String {
    v.get(key)
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_owned()
}

fn expected(v: &serde_json::Value) -> Expected {
    Expected {
        text: text(v, "text"),
        value: number(&v["value"]),
        range_end: v.get("range_end").map(number),
        unit: text(v, "unit"),
        qualifier: text(v, "qualifier"),
        category: text(v, "category"),
        role: v.get("role").and_then(|r| r.as_str()).map(str::to_owned),
        substance: v
            .get("substance")
            .and_then(|r| r.as_str())
            .map(str::to_owned),
    }
}

/// Reads the set.
pub fn load(jsonl: &str) -> Vec<Row> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
            let list = |key: &str| v[key].as_array().cloned().unwrap_or_default();
            Row {
                id: text(&v, "id"),
                sentence: text(&v, "sentence"),
                expected: list("statistics").iter().map(expected).collect(),
                negatives: list("negatives").len(),
            }
        })
        .collect()
}

fn decimal(d: &caricc_release::Decimal) -> f64 {
    d.to_string().parse().unwrap_or(f64::NAN)
}

fn flatten(s: &Statistic, out: &mut Vec<Found>) {
    out.push(Found {
        phrase: s.phrase.clone().unwrap_or_default(),
        value: decimal(&s.value),
        range_end: s.range_end.as_ref().map(decimal),
        unit: s.unit.to_string(),
        qualifier: s.qualifier.as_str().to_owned(),
        role: s.role.map(|r| r.as_str().to_owned()),
        substance: s.substance.map(|r| r.as_str().to_owned()),
    });
    for part in &s.breakdown {
        flatten(part, out);
    }
}

/// What the extractor finds in a sentence, breakdown parts included.
pub fn found_in(sentence: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for e in extract(sentence) {
        flatten(&e.statistic, &mut out);
    }
    out
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 0.002 * a.abs().max(b.abs())
}

/// Whether an extraction matches an annotation on value and unit.
pub fn matches(e: &Expected, f: &Found) -> bool {
    e.unit == f.unit
        && close(e.value, f.value)
        && match (e.range_end, f.range_end) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        }
}

/// The category an unmatched extraction counts against, from its unit.
pub fn category_of_unit(unit: &str) -> &'static str {
    match unit {
        "count" => "count",
        "t" | "kg" | "g" | "mg" | "lb" | "oz" => "mass",
        "percent" => "percent",
        "year" | "month" | "week" | "day" | "hour" => "duration",
        "ha" | "m2" => "area",
        "l" | "ml" | "m3" => "volume",
        "factor" => "factor",
        u if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) => "currency",
        _ => "other",
    }
}

fn excerpt(sentence: &str) -> String {
    let s: String = sentence.chars().take(110).collect();
    if s.len() < sentence.len() {
        format!("{s}…")
    } else {
        s
    }
}

fn show_found(f: &Found) -> String {
    let range = f.range_end.map(|r| format!("–{r}")).unwrap_or_default();
    format!(
        "{}{range} {} ({}) «{}»",
        f.value, f.unit, f.qualifier, f.phrase
    )
}

fn show_expected(e: &Expected) -> String {
    let range = e.range_end.map(|r| format!("–{r}")).unwrap_or_default();
    format!(
        "{}{range} {} ({}) «{}»",
        e.value, e.unit, e.qualifier, e.text
    )
}

/// Pairs annotations with extractions: for each annotation, the first unused matching one.
fn pair(expected: &[Expected], found: &[Found]) -> Vec<Option<usize>> {
    let mut used = vec![false; found.len()];
    expected
        .iter()
        .map(|e| {
            let at = (0..found.len()).find(|&j| !used[j] && matches(e, &found[j]))?;
            used[at] = true;
            Some(at)
        })
        .collect()
}

impl Evaluation {
    /// Evaluates the extractor on the rows.
    pub fn run(rows: &[Row]) -> Evaluation {
        let mut ev = Evaluation::default();
        for c in CATEGORIES {
            ev.by_category.insert((*c).to_owned(), Tally::default());
        }
        for row in rows {
            ev.add_row(row, &found_in(&row.sentence));
        }
        ev
    }

    fn item(row: &Row, what: String, category: &str) -> Item {
        Item {
            id: row.id.clone(),
            sentence: excerpt(&row.sentence),
            what,
            category: category.to_owned(),
        }
    }

    fn add_row(&mut self, row: &Row, found: &[Found]) {
        self.rows += 1;
        self.expected += row.expected.len();
        self.found += found.len();
        let pairs = pair(&row.expected, found);
        let mut used = vec![false; found.len()];
        for (e, p) in row.expected.iter().zip(&pairs) {
            let tally = self.by_category.entry(e.category.clone()).or_default();
            tally.expected += 1;
            let Some(j) = *p else {
                self.misses
                    .push(Evaluation::item(row, show_expected(e), &e.category));
                continue;
            };
            used[j] = true;
            tally.found += 1;
            tally.matched_found += 1;
            tally.matched_expected += 1;
            self.matched += 1;
            if let Some(role) = &e.role {
                self.roles += 1;
                self.roles_agree += usize::from(found[j].role.as_ref() == Some(role));
            } else {
                self.roles_extra += usize::from(found[j].role.is_some());
            }
            if let Some(substance) = &e.substance {
                self.substances += 1;
                if found[j].substance.as_ref() == Some(substance) {
                    self.substances_agree += 1;
                } else {
                    let what = format!("expected {substance}, found {}", show_found(&found[j]));
                    self.substance_disagreements
                        .push(Evaluation::item(row, what, &e.category));
                }
            }
            if e.qualifier == found[j].qualifier {
                self.qualifier_agree += 1;
            } else {
                let what = format!("expected {}, found {}", e.qualifier, show_found(&found[j]));
                self.qualifier_disagreements
                    .push(Evaluation::item(row, what, &e.category));
            }
        }
        let mut fps = 0;
        for (f, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
            let category = category_of_unit(&f.unit);
            self.by_category
                .entry(category.to_owned())
                .or_default()
                .found += 1;
            self.false_positives
                .push(Evaluation::item(row, show_found(f), category));
            fps += 1;
        }
        if row.expected.is_empty() {
            self.negative_rows += 1;
            self.negative_fps += fps;
            self.negative_rows_with_fp += usize::from(fps > 0);
        }
    }

    /// Precision on value + unit, in percent.
    pub fn precision(&self) -> f64 {
        percent(self.matched, self.found)
    }

    /// Recall on value + unit, in percent.
    pub fn recall(&self) -> f64 {
        percent(self.matched, self.expected)
    }

    /// Substance agreement on matched annotations with a substance, in percent.
    pub fn substance_agreement(&self) -> f64 {
        percent(self.substances_agree, self.substances)
    }

    /// Share of negative-only sentences with a false positive, in percent.
    pub fn negative_fp_rate(&self) -> f64 {
        percent(self.negative_rows_with_fp, self.negative_rows)
    }
}

/// `part` of `whole` in percent; 100 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

impl Evaluation {
    fn summary(&self, out: &mut String) {
        let _ = write!(
            out,
            "| what | value |\n| --- | --- |\n| rows | {} |\n| annotated statistics | {} |\n\
             | extracted statistics | {} |\n| matched (value + unit) | {} |\n\
             | **precision** | **{:.1} %** ({}/{}) |\n| **recall** | **{:.1} %** ({}/{}) |\n\
             | qualifier agrees on matched | {:.1} % ({}/{}) |\n\
             | role (before, after, change) agrees on matched changes | {:.1} % ({}/{}) |\n\
             | role given to matched values the annotation gives none | {} |\n\
             | negative-only sentences | {} |\n\
             | negative-only sentences with a false positive | {} ({:.1} %; target ≤ 2 %) |\n\
             | false positives in negative-only sentences | {} |\n",
            self.rows,
            self.expected,
            self.found,
            self.matched,
            self.precision(),
            self.matched,
            self.found,
            self.recall(),
            self.matched,
            self.expected,
            percent(self.qualifier_agree, self.matched),
            self.qualifier_agree,
            self.matched,
            percent(self.roles_agree, self.roles),
            self.roles_agree,
            self.roles,
            self.roles_extra,
            self.negative_rows,
            self.negative_rows_with_fp,
            self.negative_fp_rate(),
            self.negative_fps,
        );
        if self.substances > 0 {
            let _ = writeln!(
                out,
                "| substance agrees on matched statistics with one | {:.1} % ({}/{}) |",
                self.substance_agreement(),
                self.substances_agree,
                self.substances,
            );
        }
        out.push('\n');
    }

    fn categories(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "| category | annotated | recall | extracted | precision |\n| --- | --- | --- | --- | --- |"
        );
        let others = self
            .by_category
            .keys()
            .filter(|k| !CATEGORIES.contains(&k.as_str()));
        let names: Vec<&str> = CATEGORIES
            .iter()
            .copied()
            .chain(others.map(String::as_str))
            .collect();
        for (name, t) in names
            .iter()
            .filter_map(|n| Some((n, self.by_category.get(*n)?)))
        {
            let _ = writeln!(
                out,
                "| {name} | {} | {:.1} % ({}/{}) | {} | {:.1} % ({}/{}) |",
                t.expected,
                percent(t.matched_expected, t.expected),
                t.matched_expected,
                t.expected,
                t.found,
                percent(t.matched_found, t.found),
                t.matched_found,
                t.found,
            );
        }
        let _ = writeln!(
            out,
            "\nAn extraction that matches counts in the annotation's category (so `change` has \
             matches only); one that matches nothing counts against the category of its unit."
        );
    }

    fn list(out: &mut String, title: &str, items: &[Item]) {
        let _ = writeln!(out, "\n## {title} ({})\n", items.len());
        for i in items {
            let _ = writeln!(
                out,
                "- `{}` [{}] {} — {}",
                i.id,
                i.category,
                i.what.replace('|', "\\|"),
                i.sentence.replace('|', "\\|")
            );
        }
    }

    /// The report, as Markdown.
    pub fn markdown(&self) -> String {
        self.markdown_titled(
            "Statistics extractor on real prose (issue #14)",
            "eval/statistics",
        )
    }

    /// The report of the set in `dir`, as Markdown, under `title`.
    pub fn markdown_titled(&self, title: &str, dir: &str) -> String {
        let mut out = format!(
            "# {title}\n\n\
             Generated by `cargo run --release --example statistics_report` from \
             `{dir}/set.jsonl`; do not edit. Matching rules: \
             `tests/support/statistics_eval.rs`.\n\n## Overall\n\n",
        );
        self.summary(&mut out);
        out.push_str("## Per category\n\n");
        self.categories(&mut out);
        Evaluation::list(&mut out, "Misses", &self.misses);
        Evaluation::list(&mut out, "False positives", &self.false_positives);
        Evaluation::list(
            &mut out,
            "Qualifier disagreements (matched on value + unit)",
            &self.qualifier_disagreements,
        );
        if self.substances > 0 {
            Evaluation::list(
                &mut out,
                "Substance disagreements (matched on value + unit)",
                &self.substance_disagreements,
            );
        }
        out
    }
}
