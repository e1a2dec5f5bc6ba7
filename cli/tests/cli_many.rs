//! Large inputs and many files: archives are read record by record (so an archive larger
//! than the input limit is read, while a single release that large is refused), several
//! files are checked at once with the output in the order given, and the progress bar is
//! never drawn when standard error is not a terminal.

mod support;

use caricc_release::Release;
use caricc_release::collection::{ReleaseReader, write_xml_collection};
use support::cli::*;

/// How many releases the archives hold.
const RECORDS: usize = 60;

/// A limit smaller than two releases but larger than one.
fn limit_between(one: &str) -> String {
    (one.len() * 3 / 2).to_string()
}

#[test]
fn a_json_lines_archive_larger_than_the_input_limit_streams() {
    let dir = temp_dir("many-stream");
    let line = json(&valid_release()).replace('\n', "");
    let limit = limit_between(&line);
    let lines = format!("{line}\n").repeat(RECORDS);
    // Larger than the first look at an input (64 KiB) too.
    assert!(lines.len() > 65_536);
    let archive = write(&dir, "big.jsonl", &lines);
    let by_content = write(&dir, "big-lines.json", &lines);
    for file in [&archive, &by_content] {
        let out = run(&["validate", "-v", "--max-input-bytes", &limit, file]);
        let expected: String = (1..=RECORDS).map(|n| format!("{file}#{n}: ok\n")).collect();
        assert_eq!(
            (status(&out), stdout(&out)),
            (0, expected),
            "{}",
            stderr(&out)
        );
        assert_eq!(stderr(&out), "");
    }
    // From standard input, and through stats.
    let out = run_with_stdin(
        &[
            "stats",
            "-",
            "--max-input-bytes",
            &limit,
            "--format",
            "csv",
            "--view",
            "events",
        ],
        lines.as_bytes(),
    );
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("<stdin>#{RECORDS},")),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_xml_collection_larger_than_the_input_limit_streams() {
    let dir = temp_dir("many-stream-xml");
    let mut xml = Vec::new();
    write_xml_collection(&mut xml, vec![valid_release(); RECORDS]).expect("written");
    let xml = String::from_utf8(xml).expect("UTF-8");
    let collection = write(&dir, "big.xml", &xml);
    let one_xml = caricc_release::to_xml(&valid_release()).expect("XML");
    let xml_limit = limit_between(&one_xml);
    assert!(xml.len() > 65_536);
    let out = run(&[
        "validate",
        "--max-input-bytes",
        &xml_limit,
        "-v",
        &collection,
    ]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), RECORDS);
    // Told by its content on standard input.
    let out = run_with_stdin(
        &["validate", "--max-input-bytes", &xml_limit, "-v", "-"],
        xml.as_bytes(),
    );
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).ends_with(&format!("<stdin>#{RECORDS}: ok\n")));
    // A single release as XML over the limit is refused.
    let single = write(&dir, "one.xml", &one_xml);
    let small = (one_xml.len() - 1).to_string();
    let out = run(&["validate", "--max-input-bytes", &small, &single]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: {single}: the input is larger than the limit of {small} bytes\n")
    );
}

#[test]
fn convert_streams_an_archive_and_a_release_over_the_limit_is_refused() {
    let dir = temp_dir("many-convert");
    let line = json(&valid_release()).replace('\n', "");
    let limit = limit_between(&line);
    let archive = write(&dir, "big.jsonl", &format!("{line}\n").repeat(RECORDS));
    // convert --to jsonl streams an archive larger than the limit.
    let out = run(&[
        "convert",
        &archive,
        "--to",
        "jsonl",
        "--max-input-bytes",
        &limit,
    ]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let written: Vec<Release> = ReleaseReader::json_lines(out.stdout.as_slice())
        .collect::<Result<_, _>>()
        .expect("JSON Lines");
    assert_eq!(written, vec![valid_release(); RECORDS]);
    // One release larger than the limit is refused, with one line.
    let pretty = json(&valid_release());
    let single = write(&dir, "one.json", &pretty);
    let small = (pretty.len() - 1).to_string();
    let out = run(&["validate", "--max-input-bytes", &small, &single]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: {single}: the input is larger than the limit of {small} bytes\n")
    );
    // A record of an archive larger than the limit is refused, and the others are read.
    let half = (line.len() / 2).to_string();
    let out = run(&["validate", "--max-input-bytes", &half, &archive]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).contains("more than the limit of"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn many_files_are_checked_at_once_and_written_in_the_order_given() {
    let dir = temp_dir("many-order");
    let mut files = Vec::new();
    for n in 0..24 {
        let release = if n % 3 == 1 {
            invalid_release()
        } else {
            valid_release()
        };
        files.push(write(&dir, &format!("r{n:02}.json"), &json(&release)));
    }
    files.push(dir.join("missing.json").display().to_string());
    let args = |jobs: &str| -> Vec<String> {
        let mut args = vec!["validate".to_owned(), "-v".to_owned(), "--jobs".to_owned()];
        args.push(jobs.to_owned());
        args.extend(files.iter().cloned());
        args
    };
    let run_jobs = |jobs: &str| {
        let args = args(jobs);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&args)
    };
    let one = run_jobs("1");
    assert_eq!(status(&one), 2);
    let printed = stdout(&one);
    let firsts: Vec<&str> = printed
        .lines()
        .map(|l| l.split(": ").next().unwrap_or(""))
        .collect();
    let mut sorted = firsts.clone();
    sorted.sort();
    assert_eq!(firsts, sorted, "in the order given");
    assert!(printed.starts_with(&format!("{}: ok\n{}: ", files[0], files[1])));
    for jobs in ["2", "4", "8"] {
        let many = run_jobs(jobs);
        assert_eq!(
            (status(&many), stdout(&many), stderr(&many)),
            (status(&one), stdout(&one), stderr(&one)),
            "--jobs {jobs}"
        );
    }
    // stats and --format json alike.
    for command in [
        &["stats", "--format", "csv"][..],
        &["validate", "--format", "json"],
    ] {
        let outputs: Vec<_> = ["1", "3"]
            .iter()
            .map(|jobs| {
                let mut args: Vec<&str> = command.to_vec();
                args.extend(["--jobs", jobs]);
                args.extend(files.iter().map(String::as_str));
                run(&args)
            })
            .collect();
        assert_eq!(stdout(&outputs[0]), stdout(&outputs[1]), "{command:?}");
        assert_eq!(stderr(&outputs[0]), stderr(&outputs[1]), "{command:?}");
    }
}

#[test]
fn json_lines_after_a_byte_order_mark_with_records_larger_than_half_the_first_look() {
    let dir = temp_dir("many-bom");
    let mut release = valid_release();
    release.sections[0].articles[0].body[0] =
        caricc_release::Block::paragraph("A long paragraph. ".repeat(2_500));
    let line = json(&release).replace('\n', "");
    assert!(line.len() > 40_000);
    let text = format!("\u{feff}{}", format!("{line}\n").repeat(3));
    let file = write(&dir, "long-lines.json", &text);
    let out = run(&["validate", "-v", &file]);
    let expected: String = (1..=3).map(|n| format!("{file}#{n}: ok\n")).collect();
    assert_eq!(
        (status(&out), stdout(&out)),
        (0, expected),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_archive_that_cannot_be_written_whole_leaves_no_file_made_for_it() {
    let dir = temp_dir("many-unwritable");
    let mut bad = valid_release();
    bad.place = "Alm\u{1}aty".to_owned();
    let text = format!(
        "{}\n{}\n",
        json(&valid_release()).replace('\n', ""),
        json(&bad).replace('\n', "")
    );
    let archive = write(&dir, "mixed.jsonl", &text);
    let out_path = dir.join("out.xml");
    let out_name = out_path.to_str().expect("UTF-8");
    let out = run(&[
        "convert",
        &archive,
        "--to",
        "xml-collection",
        "-o",
        out_name,
    ]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {archive}: release 2: cannot write XML")),
        "{}",
        stderr(&out)
    );
    assert!(!out_path.exists());
}

#[test]
fn standard_input_given_twice_is_read_once_then_found_empty() {
    let out = run_with_stdin(
        &["validate", "-v", "-", "-", "--jobs", "4"],
        valid_json().as_bytes(),
    );
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "<stdin>: ok\n");
    assert_eq!(stderr(&out), "caricc: <stdin>: the input is empty\n");
}

#[test]
fn no_progress_is_drawn_when_standard_error_is_not_a_terminal() {
    let dir = temp_dir("many-progress");
    let files: Vec<String> = (0..12)
        .map(|n| write(&dir, &format!("r{n}.json"), &valid_json()))
        .collect();
    for command in ["validate", "stats"] {
        let mut args = vec![command];
        args.extend(files.iter().map(String::as_str));
        let out = run(&args);
        assert_eq!(status(&out), 0, "{command}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{command}: nothing on a pipe");
    }
}

#[test]
fn the_limit_and_the_jobs_are_documented_and_checked() {
    let help = stdout(&run(&["validate", "--help"]));
    assert!(help.contains("--max-input-bytes <BYTES>"), "{help}");
    assert!(help.contains("--jobs <N>"), "{help}");
    for wrong in [["--jobs", "0"], ["--max-input-bytes", "0"]] {
        let out = run(&["validate", wrong[0], wrong[1], "x.json"]);
        assert_eq!(status(&out), 2, "{wrong:?}");
    }
}
