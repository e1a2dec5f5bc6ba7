//! One walk of the model: every text of a release is seen by every check that must see
//! texts, `Limits` (the size of each text) and `validate()` (characters XML cannot carry).
//! Both rely on one walk of the model; this test finds the texts without it, from the JSON
//! form, so a field added to the model and forgotten by the walk fails here.

mod support;

use caricc_release::limits::{Limit, Limits};
use caricc_release::{Code, Release, from_json, to_json};
use serde_json::Value;
use support::fixtures::GOLDEN_JSON as GOLDEN;

/// Every string of a JSON value with its path in the model's notation
/// (`sections[0].articles[1].headline`).
fn strings(value: &Value, path: String, out: &mut Vec<String>) {
    let join = |key: &str| match path.is_empty() {
        true => key.to_owned(),
        false => format!("{path}.{key}"),
    };
    match value {
        Value::String(_) => out.push(path),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                strings(item, join(key), out);
            }
        }
        _ => {}
    }
}

/// The string at `path`, found by walking the same steps `strings` took.
fn at<'v>(value: &'v mut Value, path: &str) -> &'v mut Value {
    let mut here = value;
    for part in path.split('.') {
        let mut pieces = part.split('[');
        let key = pieces.next().unwrap_or_default();
        if !key.is_empty() {
            here = here.get_mut(key).expect("the key is there");
        }
        for index in pieces {
            let i: usize = index.trim_end_matches(']').parse().expect("an index");
            here = here.get_mut(i).expect("the item is there");
        }
    }
    here
}

/// The release with the string at `path` changed by `change`, if it still reads and the
/// release holds the changed text there (codes, dates and numbers do not read when changed;
/// a URL is normalised): then the string is a text of the model.
fn with_text(path: &str, change: impl Fn(&str) -> String) -> Option<(Release, String)> {
    let mut json: Value = serde_json::from_str(GOLDEN).expect("the golden file is JSON");
    let slot = at(&mut json, path);
    let changed = change(slot.as_str().expect("a string"));
    *slot = Value::String(changed.clone());
    let release = from_json(&json.to_string()).ok()?;
    let mut back: Value = serde_json::from_str(&to_json(&release).ok()?).ok()?;
    (at(&mut back, path).as_str() == Some(changed.as_str())).then_some((release, changed))
}

fn all_strings() -> Vec<String> {
    let json: Value = serde_json::from_str(GOLDEN).expect("the golden file is JSON");
    let mut paths = Vec::new();
    strings(&json, String::new(), &mut paths);
    paths
}

#[test]
fn limits_see_every_text() {
    let paths = all_strings();
    let longest = paths
        .iter()
        .map(|p| {
            let mut json: Value = serde_json::from_str(GOLDEN).expect("JSON");
            at(&mut json, p).as_str().map_or(0, str::len)
        })
        .max()
        .expect("the release has strings");
    let limits = Limits::default().with_text_bytes(longest);
    let mut texts = 0;
    for path in &paths {
        let Some((release, text)) = with_text(path, |t| format!("{t}{}", "9".repeat(longest)))
        else {
            continue;
        };
        texts += 1;
        let err = limits
            .check(&release)
            .expect_err(&format!("{path} went beyond the limit unseen"));
        assert_eq!(err.limit(), Limit::TextBytes, "{path}");
        assert_eq!(err.path(), path, "{path}");
        assert_eq!(err.found(), text.len(), "{path}");
    }
    // Titles, the publisher's details, contents, topics, headlines, places, paragraphs, quotes,
    // speakers, sources, measures, phrases …: far more than a handful.
    assert!(texts > 150, "only {texts} texts found");
}

#[test]
fn validation_sees_every_free_text() {
    let mut texts = 0;
    for path in all_strings() {
        // A control character: URLs and phone numbers do not keep it, free text does.
        let Some((release, _)) = with_text(&path, |t| format!("{t}\u{1}")) else {
            continue;
        };
        texts += 1;
        let report = release.validate();
        assert!(
            report
                .problems()
                .iter()
                .any(|p| p.code() == Code::InvalidCharacter && p.path() == path),
            "{path}: {:?}",
            report.problems()
        );
    }
    assert!(texts > 150, "only {texts} texts found");
}

/// A release made by hand may nest breakdowns deeper than any stack: the walk does not
/// recurse, so validation, the limits and the archive's rows go through it.
#[test]
fn the_walk_goes_down_any_depth_without_recursion() {
    use caricc_release::collection::Archive;
    use caricc_release::{Decimal, Statistic, Unit};

    const LEVELS: usize = 100_000;
    let mut statistic = Statistic::new("innermost", Decimal::from(1u32), Unit::Count);
    for _ in 0..LEVELS {
        let mut whole = Statistic::new("whole", Decimal::from(1u32), Unit::Count);
        whole.breakdown.push(statistic);
        statistic = whole;
    }
    let mut release = support::fixtures::golden();
    release.sections[0].articles[0].statistics = vec![statistic];

    assert!(release.validate().is_valid());
    let err = Limits::default().check(&release).unwrap_err();
    assert_eq!(err.limit(), Limit::Depth);
    assert_eq!(err.path(), "sections[0].articles[0].statistics[0]");
    assert_eq!(err.found(), LEVELS);
    let archive = Archive::from_releases([("deep", &release)]);
    let golden_rows = Archive::from_releases([("golden", &support::fixtures::golden())])
        .statistics()
        .len();
    let first_article = support::fixtures::golden().sections[0].articles[0]
        .statistics
        .iter()
        .map(|s| 1 + s.breakdown.len())
        .sum::<usize>();
    assert_eq!(
        archive.statistics().len(),
        golden_rows - first_article + LEVELS + 1
    );
    // Dropping nested vectors recurses in the standard library; this test is about our walk.
    std::mem::forget(archive);
    std::mem::forget(release);
}
