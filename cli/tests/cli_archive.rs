//! Archives on the command line: `validate`, `convert` and `stats` read JSON Lines and XML
//! collections from files and standard input, told by name and content or forced by
//! `--from`; `convert --to jsonl` and `--to xml-collection` write them; `stats -o FILE`.

mod support;

use std::fs;

use caricc_release::Release;
use caricc_release::collection::{ReleaseReader, write_json_lines};
use support::cli::*;
use support::fixtures::{GOLDEN_JSON_PATH, GOLDEN_XML_PATH};

fn lines(releases: &[Release]) -> String {
    let mut out = Vec::new();
    write_json_lines(&mut out, releases).expect("the releases write");
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn validate_reads_json_lines_naming_file_and_record() {
    let dir = temp_dir("archive-validate");
    let two = write(
        &dir,
        "two.jsonl",
        &lines(&[valid_release(), invalid_release()]),
    );
    let out = run(&["validate", "-v", &two]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    let printed = stdout(&out);
    assert!(printed.starts_with(&format!(
        "{two}#1: ok\n{two}#2: summary.total_events: error "
    )));
    assert_eq!(stderr(&out), "");
    // Told by content too: the same lines in a .json file, and on standard input.
    let named_json = write(
        &dir,
        "two.json",
        &lines(&[valid_release(), valid_release()]),
    );
    let out = run(&["validate", "-v", &named_json]);
    assert_eq!(
        (status(&out), stdout(&out)),
        (0, format!("{named_json}#1: ok\n{named_json}#2: ok\n"))
    );
    let out = run_with_stdin(
        &["validate", "-v", "-"],
        lines(&[valid_release()]).as_bytes(),
    );
    assert_eq!(
        (status(&out), stdout(&out)),
        (0, "<stdin>: ok\n".to_owned())
    );
}

#[test]
fn validate_reports_a_record_that_cannot_be_read_and_goes_on() {
    let dir = temp_dir("archive-bad-record");
    let text = format!("{{\"oops\": true}}\n{}", lines(&[invalid_release()]));
    let file = write(&dir, "bad.jsonl", &text);
    let out = run(&["validate", "--format", "json", &file]);
    assert_eq!(status(&out), 2);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    assert_eq!(
        (files[0]["file"].as_str(), files[0]["record"].as_u64()),
        (Some(file.as_str()), Some(1))
    );
    assert!(
        files[0]["error"]
            .as_str()
            .expect("error")
            .starts_with("record 1 (line 1): ")
    );
    assert_eq!(files[1]["record"], 2);
    assert_eq!(files[1]["problems"][0]["code"], "summary-total-mismatch");
    assert!(stderr(&out).contains(&format!("{file}: record 1 (line 1): ")));
}

#[test]
fn convert_writes_json_lines_and_xml_collections_that_read_back() {
    let dir = temp_dir("archive-convert");
    let releases = [valid_release(), invalid_release()];
    let two = write(&dir, "two.jsonl", &lines(&releases));
    let xml = dir.join("two.xml");
    let out = run(&[
        "convert",
        &two,
        "--to",
        "xml-collection",
        "-o",
        xml.to_str().unwrap(),
    ]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let text = fs::read_to_string(&xml).expect("written");
    let back: Vec<Release> = ReleaseReader::xml_collection(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("a collection");
    assert_eq!(back, releases);
    // And back to JSON Lines from standard input.
    let out = run_with_stdin(&["convert", "-", "--to", "jsonl"], text.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), lines(&releases));
    // One release makes a one-line archive.
    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "jsonl"]);
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn convert_of_an_archive_to_a_one_release_format_fails() {
    let dir = temp_dir("archive-convert-one");
    let two = write(
        &dir,
        "two.jsonl",
        &lines(&[valid_release(), valid_release()]),
    );
    let out = run(&["convert", &two, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {two}: holds 2 releases; --to json writes one (--to jsonl or xml-collection writes them all)\n"
        )
    );
}

#[test]
fn stats_reads_archives_from_standard_input_and_writes_to_a_file() {
    let dir = temp_dir("archive-stats");
    let input = lines(&[valid_release(), valid_release()]);
    let out = run_with_stdin(&["stats", "-", "--format", "json"], input.as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(doc["total_events"], 2);
    let sources: Vec<&str> = doc["releases"]
        .as_array()
        .expect("releases")
        .iter()
        .map(|r| r["source"].as_str().expect("source"))
        .collect();
    assert_eq!(sources, ["<stdin>#1", "<stdin>#2"]);
    let rows = dir.join("rows.csv");
    let out = run(&[
        "stats",
        GOLDEN_XML_PATH,
        "--format",
        "csv",
        "-o",
        rows.to_str().unwrap(),
    ]);
    assert_eq!((status(&out), stdout(&out)), (0, String::new()));
    assert!(
        fs::read_to_string(&rows)
            .expect("written")
            .starts_with("source,release,")
    );
}

#[test]
fn from_forces_the_format() {
    let dir = temp_dir("archive-from");
    let xml = fs::read_to_string(GOLDEN_XML_PATH).expect("fixture");
    let odd = write(&dir, "release.txt", &xml);
    assert_eq!(status(&run(&["validate", &odd])), 2);
    let out = run(&["validate", "--from", "xml", "-v", &odd]);
    assert_eq!((status(&out), stdout(&out)), (0, format!("{odd}: ok\n")));
    let one = write(&dir, "one.json", &lines(&[valid_release()]));
    let out = run(&[
        "stats", "--from", "jsonl", &one, "--view", "events", "--format", "csv",
    ]);
    assert!(
        stdout(&out).contains(&format!("{one}#1,")),
        "{}",
        stdout(&out)
    );
    let out = run(&[
        "convert",
        "--from",
        "text",
        GOLDEN_JSON_PATH,
        "--to",
        "json",
    ]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("INFORMATION RELEASE"));
}

#[test]
fn input_beyond_the_limit_is_refused_without_reading_it_all() {
    let limit = caricc_release::Limits::DEFAULT.input_bytes();
    let dir = temp_dir("archive-limit");
    // A sparse file far beyond the limit: read up to the limit and one byte, then refused.
    let big = dir.join("big.json");
    fs::File::create(&big)
        .and_then(|f| f.set_len(u64::try_from(limit).unwrap() * 4))
        .expect("a sparse file");
    let big = big.to_str().expect("UTF-8").to_owned();
    let message = |name: &str| {
        format!("caricc: {name}: the input is larger than the limit of {limit} bytes\n")
    };
    for command in ["validate", "stats"] {
        let out = run(&[command, &big]);
        assert_eq!(
            (status(&out), stderr(&out)),
            (2, message(&big)),
            "{command}"
        );
    }
    // Standard input likewise; the writer may see the pipe close early.
    let input = vec![b' '; limit + 1];
    let out = run_with_stdin(&["convert", "-", "--to", "json"], &input);
    assert_eq!((status(&out), stderr(&out)), (2, message("<stdin>")));
    // Exactly the limit is read (and found empty).
    let out = run_with_stdin(&["validate", "-"], &input[..limit]);
    assert_eq!(stderr(&out), "caricc: <stdin>: the input is empty\n");
}
