//! `caricc report`: the archive report of releases read as `stats` reads them, to a file or
//! standard output, with the files it cannot read reported and the rest covered.

mod support;

use std::fs;

use support::cli::*;
use support::fixtures::{GOLDEN_JSON, GOLDEN_JSON_PATH, GOLDEN_XML_PATH};

const EVENTS_TITLE: &str = "<title id=\"events-title\">Events per country per release</title>";

#[test]
fn report_writes_one_standalone_page_to_a_file() {
    let dir = temp_dir("report-file");
    let out_path = dir.join("report.html");
    let out_arg = out_path.to_str().expect("a UTF-8 path");
    let out = run(&[
        "report",
        GOLDEN_JSON_PATH,
        GOLDEN_XML_PATH,
        "--title",
        "Release #16 <twice> & more",
        "-o",
        out_arg,
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let page = fs::read_to_string(&out_path).expect("the report is written");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<h1>Release #16 &lt;twice&gt; &amp; more</h1>"));
    assert!(page.contains(EVENTS_TITLE));
    // The same release from JSON and XML: two releases, each country's events twice.
    assert!(page.contains("<dt>Releases covered</dt><dd>2 (#16/2025)</dd>"));
    assert!(page.contains("<dt>Events</dt><dd>26</dd>"));
    assert!(page.contains(&format!("<td>{GOLDEN_XML_PATH}</td>")));
    assert!(!page.contains("<script"));
}

#[test]
fn report_reads_standard_input_and_writes_standard_output() {
    let out = run_with_stdin(&["report", "-"], GOLDEN_JSON.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains("<h1>CARICC Information Releases: archive report</h1>"));
    assert!(page.contains("<dt>Events</dt><dd>13</dd>"));
    assert!(page.ends_with("</html>\n"));

    let out = run_with_stdin(&["report", "-", "-"], GOLDEN_JSON.as_bytes());
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("standard input (`-`) can be read only once"));
}

#[test]
fn report_covers_the_files_it_can_read() {
    let dir = temp_dir("report-missing");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("a UTF-8 path");
    let out = run(&["report", missing, GOLDEN_JSON_PATH]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("missing.json"), "{}", stderr(&out));
    assert!(stdout(&out).contains(EVENTS_TITLE));

    // Nothing read: no page.
    let out = run(&["report", missing, "-o", "-"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
}

#[test]
fn report_help_has_examples() {
    let out = run(&["report", "--help"]);
    assert_eq!(status(&out), 0);
    let help = stdout(&out);
    assert!(help.contains("caricc report releases/*.json -o report.html"));
    assert!(help.contains("--title <TITLE>"));
    assert!(help.contains("The largest seizures"));
    let out = run(&["--help"]);
    assert!(stdout(&out).contains("report"));
}

/// The Russian #16 (issue #16), as the text-layout reader reads the constructed Russian text.
const RU_GOLDEN_JSON_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/golden/release-2025-16-ru.json"
);

#[test]
fn report_lang_ru_writes_the_page_in_russian() {
    let out = run(&["report", GOLDEN_JSON_PATH, "--lang", "ru"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    assert!(page.contains("<h1>Информационные релизы ЦАРИКЦ: сводный отчёт</h1>"));
    assert!(page.contains("<dt>Охвачено релизов</dt><dd>1 (№16/2025)</dd>"));
    assert!(page.contains("<dt>События</dt><dd>13</dd>"));
    assert!(!page.contains("At a glance"));

    let out = run(&["report", GOLDEN_JSON_PATH, "--lang", "kk"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("en or ru"), "{}", stderr(&out));
}

#[test]
fn report_speaks_the_releases_language_unless_told() {
    // Russian releases only: a Russian page.
    let out = run(&["report", RU_GOLDEN_JSON_PATH]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(stdout(&out).starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    // Russian and English releases: English, the common language.
    let out = run(&["report", RU_GOLDEN_JSON_PATH, GOLDEN_JSON_PATH]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert!(stdout(&out).starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    // --lang wins.
    let out = run(&["report", RU_GOLDEN_JSON_PATH, "--lang", "en"]);
    assert!(stdout(&out).contains("<h2>At a glance</h2>"));
}

#[test]
fn render_html_speaks_the_release_language() {
    let out = run(&["render", RU_GOLDEN_JSON_PATH, "--html", "-"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    assert!(page.contains("<h2 id=\"contents-title\">СОДЕРЖАНИЕ</h2>"));
    assert!(page.contains("освещено 13 событий в антинаркотической сфере"));
}
