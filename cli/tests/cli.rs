//! The `caricc` command line, run as a program: validating and converting JSON and the text
//! layout, exit statuses, standard input and output, help and version. XML is in `cli_xml`,
//! `caricc stats` in `cli_stats`, Markdown, HTML and PDF in `cli_render`.

mod support;

use std::fs;
use std::process::Stdio;

use caricc_release::{ArticleBuilder, ReleaseBuilder, SectionBuilder};
use support::cli::*;
use support::fixtures::{GOLDEN_JSON, GOLDEN_JSON_PATH, SEED_PATH, VARIANT_19_PATH, seed};

#[test]
fn validate_valid_file_prints_nothing_and_exits_0() {
    let dir = temp_dir("valid");
    let file = write(&dir, "release.json", &valid_json());
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_verbose_prints_ok() {
    let dir = temp_dir("verbose");
    let file = write(&dir, "release.json", &valid_json());
    for flag in ["-v", "--verbose"] {
        let out = run(&["validate", flag, &file]);
        assert_eq!(status(&out), 0);
        assert_eq!(stdout(&out), format!("{file}: ok\n"));
    }
}

#[test]
fn validate_error_prints_the_problem_and_exits_1() {
    let dir = temp_dir("error");
    let release = invalid_release();
    let file = write(&dir, "release.json", &json(&release));
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "stdout: {text}");
    assert!(
        lines[0].starts_with(&format!(
            "{file}: summary.total_events: error summary-total-mismatch: "
        )),
        "line: {}",
        lines[0]
    );
    let report = release.validate();
    let problem = &report.problems()[0];
    assert_eq!(lines[0], format!("{file}: {problem}"));
    assert_eq!(
        lines[0],
        format!(
            "{file}: summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 1 articles"
        )
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_warnings_only_exits_0_with_the_warning() {
    let dir = temp_dir("warning");
    let file = write(&dir, "release.json", &json(&warning_release()));
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: sections[0].articles[0].sources: warning source-missing: the article names no source\n"
        )
    );
    // With --verbose a file with problems gets no `ok` line.
    let out = run(&["validate", "-v", &file]);
    assert!(!stdout(&out).contains(": ok"));
}

#[test]
fn validate_missing_file_exits_2_naming_it() {
    let dir = temp_dir("missing");
    let missing = dir.join("no-such-release.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let out = run(&["validate", missing]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("caricc: {missing}: ")),
        "stderr: {err}"
    );
    assert!(!err.contains("panicked"), "stderr: {err}");
}

#[test]
fn validate_malformed_json_exits_2_with_line_and_column() {
    let dir = temp_dir("malformed");
    let file = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "caricc: {file}: invalid JSON at line 2, column 10: "
        )),
        "stderr: {err}"
    );
    assert_eq!(err.lines().count(), 1, "stderr: {err}");
}

#[test]
fn validate_json_that_is_not_a_release_exits_2() {
    let dir = temp_dir("not-release");
    let file = write(&dir, "other.json", "{\"number\": 16}");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {file}: not a release at line 1, column ")),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn validate_unknown_format_exits_2() {
    let dir = temp_dir("unknown");
    let file = write(&dir, "notes.md", "hello, world\n");
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: cannot tell the format of {file}; expected .json, .xml or .txt\n")
    );

    let out = run_with_stdin(&["validate", "-"], b"hello, world");
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        "caricc: cannot tell the format of <stdin>; expected JSON, XML or the text layout\n"
    );

    // Convert says the same.
    let out = run(&["convert", &file, "--to", "xml"]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!("caricc: cannot tell the format of {file}; expected .json, .xml or .txt\n")
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn validate_detects_json_by_content() {
    let dir = temp_dir("sniff");
    let file = write(&dir, "release.dat", &format!("\n  {}", valid_json()));
    let out = run(&["validate", "-v", &file]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), format!("{file}: ok\n"));
}

#[test]
fn validate_processes_every_file_and_the_highest_status_wins() {
    let dir = temp_dir("several");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let valid = write(&dir, "valid.json", &valid_json());
    let invalid = write(&dir, "invalid.json", &json(&invalid_release()));
    let warning = write(&dir, "warning.json", &json(&warning_release()));

    // A failure first: the files after it are still checked.
    let out = run(&["validate", "-v", missing, &invalid, &valid, &warning]);
    assert_eq!(status(&out), 2);
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{invalid}: summary.total_events: error summary-total-mismatch: "
        )),
        "stdout: {text}"
    );
    assert!(text.contains(&format!("{valid}: ok\n")), "stdout: {text}");
    assert!(
        text.contains(&format!(
            "{warning}: sections[0].articles[0].sources: warning source-missing: "
        )),
        "stdout: {text}"
    );
    assert!(
        stderr(&out).starts_with(&format!("caricc: {missing}: ")),
        "stderr: {}",
        stderr(&out)
    );

    // An error in the middle, no failure: 1.
    let out = run(&["validate", &valid, &invalid, &warning]);
    assert_eq!(status(&out), 1);
    assert_eq!(stdout(&out).lines().count(), 2, "stdout: {}", stdout(&out));

    // Warnings only: 0.
    let out = run(&["validate", &valid, &warning]);
    assert_eq!(status(&out), 0);
}

#[test]
fn validate_reads_stdin() {
    let out = run_with_stdin(&["validate", "-v", "-"], valid_json().as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "<stdin>: ok\n");

    let out = run_with_stdin(&["validate", "-"], json(&invalid_release()).as_bytes());
    assert_eq!(status(&out), 1);
    assert!(
        stdout(&out).starts_with("<stdin>: summary.total_events: error summary-total-mismatch: ")
    );

    let out = run_with_stdin(&["validate", "-"], b"{\"number\": 16,\n \"year\": }");
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with("caricc: <stdin>: invalid JSON at line 2, column 10: "),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn validate_needs_a_file() {
    let out = run(&["validate"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("FILE"), "stderr: {}", stderr(&out));
}

#[test]
fn convert_to_json_on_stdout() {
    let dir = temp_dir("convert-stdout");
    let release = valid_release();
    // Compact input, pretty output.
    let file = write(
        &dir,
        "release.json",
        &caricc_release::to_json(&release).expect("the release writes"),
    );
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
    assert_eq!(stderr(&out), "");
}

#[test]
fn convert_to_json_into_a_file() {
    let dir = temp_dir("convert-output");
    let release = valid_release();
    let file = write(
        &dir,
        "release.json",
        &caricc_release::to_json(&release).expect("the release writes"),
    );
    for flag in ["-o", "--output"] {
        let target = dir.join(format!("out{flag}.json"));
        let target = target.to_str().expect("UTF-8 temp path");
        let out = run(&["convert", &file, "--to", "json", flag, target]);
        assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
        assert_eq!(stdout(&out), "");
        assert_eq!(
            fs::read_to_string(target).expect("output written"),
            json(&release)
        );
    }
}

#[test]
fn convert_reads_stdin() {
    let release = valid_release();
    let out = run_with_stdin(&["convert", "-", "--to", "json"], json(&release).as_bytes());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
}

#[test]
fn convert_does_not_refuse_an_invalid_release() {
    let dir = temp_dir("convert-invalid");
    let release = invalid_release();
    let file = write(&dir, "release.json", &json(&release));
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), json(&release));
}

#[test]
fn convert_fails_with_2() {
    let dir = temp_dir("convert-fail");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", missing, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {missing}: ")),
        "stderr: {}",
        stderr(&out)
    );

    let bad = write(&dir, "bad.json", "{\"number\": 16,\n \"year\": }");
    let out = run(&["convert", &bad, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("line 2, column 10"),
        "stderr: {}",
        stderr(&out)
    );

    // An output that cannot be written.
    let good = write(&dir, "good.json", &valid_json());
    let target = dir.join("no-such-dir").join("out.json");
    let target = target.to_str().expect("UTF-8 temp path");
    let out = run(&["convert", &good, "--to", "json", "-o", target]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!("caricc: {target}: ")),
        "stderr: {}",
        stderr(&out)
    );

    // An unknown target format is a usage error.
    let out = run(&["convert", &good, "--to", "yaml"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("json"), "stderr: {}", stderr(&out));
    assert!(stderr(&out).contains("xml"), "stderr: {}", stderr(&out));
}

#[test]
fn broken_pipe_is_quiet() {
    let dir = temp_dir("pipe");
    // Big enough (well over a pipe buffer) that writing must fail once the reader is gone.
    let mut builder = ReleaseBuilder::caricc().period("16-31.08.2025");
    let mut section = SectionBuilder::new("KZ").page(2);
    for i in 0..400 {
        section = section.article(
            ArticleBuilder::new(format!("ARTICLE {i}"))
                .paragraph("A paragraph long enough to fill the pipe quickly. ".repeat(10))
                .source(format!("https://example.kz/{i}").as_str()),
        );
    }
    builder = builder.section(section);
    let release = builder.build().expect("the release builds");
    let file = write(&dir, "big.json", &json(&release));
    assert!(fs::metadata(&file).expect("written").len() > 200_000);

    let mut child = caricc()
        .args(["convert", &file, "--to", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caricc runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("caricc ends");
    assert_eq!(stderr(&out), "");
    assert_eq!(status(&out), 0);
}

#[test]
fn help_documents_exit_codes_and_examples() {
    let out = run(&["--help"]);
    assert_eq!(status(&out), 0);
    let help = stdout(&out);
    assert!(help.contains("Exit status:"), "help: {help}");
    for code in ["0  ", "1  ", "2  "] {
        assert!(help.contains(code), "help lacks exit code {code:?}: {help}");
    }
    assert!(help.contains("Examples:"), "help: {help}");
    assert!(
        help.contains("caricc validate release-2025-16.json"),
        "help: {help}"
    );
    assert!(help.contains("--to json"), "help: {help}");
    assert!(help.contains("--to xml"), "help: {help}");
    assert!(
        help.contains("caricc validate release-2025-16.xml"),
        "help: {help}"
    );
    assert!(help.contains("Formats:"), "help: {help}");
    assert!(help.contains("(.json, .xml or .txt"), "help: {help}");

    for command in ["validate", "convert", "render", "stats"] {
        let out = run(&[command, "--help"]);
        assert_eq!(status(&out), 0);
        let help = stdout(&out);
        assert!(
            help.contains("Exit status:") && help.contains("Examples:"),
            "{command} help: {help}"
        );
        assert!(help.contains(".xml"), "{command} help: {help}");
    }
    // Every subcommand has an example in the main help.
    for example in [
        "caricc convert release-2025-16.json --to markdown",
        "caricc render release-2025-16.json --pdf release-2025-16.pdf",
        "caricc render release-2025-16.xml --html release-2025-16.html",
        "caricc stats releases/*.json",
    ] {
        assert!(help.contains(example), "help lacks {example:?}: {help}");
    }
    let help = stdout(&run(&["render", "--help"]));
    assert!(help.contains("CARICC_CHROMIUM"), "render help: {help}");
    let help = stdout(&run(&["stats", "--help"]));
    for word in [
        "--format",
        "--view",
        "table",
        "csv",
        "json",
        "events",
        "statistics",
    ] {
        assert!(help.contains(word), "stats help lacks {word}: {help}");
    }
    // The output formats are listed with what they write.
    let help = stdout(&run(&["convert", "--help"]));
    assert!(help.contains("--to markdown"), "convert help: {help}");
    assert!(help.contains("--to xml"), "convert help: {help}");
    assert!(
        help.contains("json") && help.contains("xml"),
        "convert help: {help}"
    );
}

#[test]
fn version_is_the_crate_version() {
    let out = run(&["--version"]);
    assert_eq!(status(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("caricc {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn golden_release_validates_and_converts_unchanged() {
    let golden = GOLDEN_JSON;
    let out = run(&["validate", GOLDEN_JSON_PATH]);
    assert_eq!(
        status(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");

    let out = run(&["convert", GOLDEN_JSON_PATH, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        golden,
        "convert reproduces the golden file byte for byte"
    );

    let out = run_with_stdin(&["convert", "-", "--to", "json"], golden.as_bytes());
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out), golden);

    let out = run_with_stdin(&["validate", "-"], golden.as_bytes());
    assert_eq!(status(&out), 0);
    assert_eq!(stdout(&out), "");
}

#[test]
fn golden_release_with_a_wrong_total_exits_1() {
    let golden = GOLDEN_JSON;
    assert!(golden.contains("\"total_events\": 13,"));
    let dir = temp_dir("golden-14");
    let file = write(
        &dir,
        "release-2025-16.json",
        &golden.replacen("\"total_events\": 13,", "\"total_events\": 14,", 1),
    );
    let out = run(&["validate", &file]);
    assert_eq!(status(&out), 1, "stderr: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: summary.total_events: error summary-total-mismatch: the summary counts 14 events but the sections hold 13 articles\n"
        )
    );
}

// ---------------------------------------------------------------- the text layout

#[test]
fn validate_the_text_layout_prints_the_readers_diagnostics_and_exits_0() {
    let out = run(&["validate", SEED_PATH]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 11, "{text}");
    assert!(lines.contains(&format!("{SEED_PATH}: line 43: warning heading-typo: the contents heading \"KYRGYZ PEPUBLIC\" is read as Kyrgyz Republic (KG), the closest country name").as_str()), "{text}");
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with(&format!("{SEED_PATH}: line ")))
    );
    // A text without an extension, and standard input, are told by their content.
    let seed = seed();
    let out = run_with_stdin(&["validate", "-"], seed.as_bytes());
    assert_eq!(status(&out), 0);
    assert!(stdout(&out).starts_with("<stdin>: line 32: info website-scheme-assumed: "));
}

#[test]
fn validate_the_text_layout_reports_problems_after_the_diagnostics() {
    // The variant fixture has an article without a source: a warning, exit 0.
    let out = run(&["validate", VARIANT_19_PATH]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.ends_with(&format!("{VARIANT_19_PATH}: sections[0].articles[1].sources: warning source-missing: the article names no source\n")), "{text}");
    // Not a release at all: exit 2 with the line.
    let dir = temp_dir("text-not-a-release");
    let path = write(&dir, "notes.txt", "Meeting notes\n\nnothing here\n");
    let out = run(&["validate", &path]);
    assert_eq!(status(&out), 2);
    assert_eq!(
        stderr(&out),
        format!(
            "caricc: {path}: not a release (line 1): no \"INFORMATION RELEASE\" title: this is not the layout of a CARICC release\n"
        )
    );
}

#[test]
fn convert_the_text_layout_to_json_and_xml_with_diagnostics_on_stderr() {
    let out = run(&["convert", SEED_PATH, "--to", "json"]);
    assert_eq!(status(&out), 0);
    let release = caricc_release::from_json(&stdout(&out)).expect("JSON of a release");
    assert_eq!(release.id().to_string(), "#16/2025");
    assert_eq!(release.summary.total_events, 13);
    assert!(stderr(&out).contains(&format!(
        "caricc: {SEED_PATH}: line 43: warning heading-typo: "
    )));
    let out = run(&["convert", VARIANT_19_PATH, "--to", "xml"]);
    assert_eq!(status(&out), 0);
    let release = caricc_release::from_xml(&stdout(&out)).expect("XML of a release");
    assert_eq!(release.id().to_string(), "#19/2025");
}

#[test]
fn validate_format_json_gives_one_document_with_every_problem_of_every_file() {
    let dir = temp_dir("format-json");
    let warning = write(&dir, "warning.json", &json(&warning_release()));
    let valid = write(&dir, "valid.json", &valid_json());
    let missing = dir.join("missing.json").to_str().expect("UTF-8").to_owned();
    let out = run(&[
        "validate",
        "--format",
        "json",
        &warning,
        VARIANT_19_PATH,
        &valid,
        &missing,
    ]);
    assert_eq!(status(&out), 2);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON document");
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files.len(), 4);
    assert_eq!(files[0]["file"], warning.as_str());
    assert_eq!(
        files[0]["problems"],
        serde_json::json!([{
            "path": "sections[0].articles[0].sources",
            "severity": "warning",
            "code": "source-missing",
            "message": "the article names no source"
        }])
    );
    // The text reader's diagnostics come with their line instead of a path.
    let notes = files[1]["problems"].as_array().expect("problems");
    assert!(!notes.is_empty());
    assert!(notes[0]["line"].as_u64().is_some_and(|l| l > 0));
    assert!(notes[0].get("path").is_none());
    assert_eq!(files[2]["problems"], serde_json::json!([]));
    assert_eq!(files[3]["file"], missing.as_str());
    let error = files[3]["error"].as_str().expect("error");
    assert!(error.starts_with("cannot read the file: "), "{error}");
    assert!(stderr(&out).contains("missing.json: cannot read the file"));
}

#[test]
fn validate_format_json_of_an_invalid_release_exits_1() {
    let dir = temp_dir("format-json-invalid");
    let file = write(&dir, "release.json", &json(&invalid_release()));
    let out = run(&["validate", "--format=json", &file]);
    assert_eq!(status(&out), 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let problems = doc["files"][0]["problems"].as_array().expect("problems");
    assert!(problems.iter().any(|p| p["severity"] == "error"));
    assert_eq!(stderr(&out), "");
}

#[test]
fn validate_strict_fails_on_warnings() {
    let dir = temp_dir("strict");
    let warning = write(&dir, "warning.json", &json(&warning_release()));
    let valid = write(&dir, "valid.json", &valid_json());
    let out = run(&["validate", "--strict", &warning]);
    assert_eq!(status(&out), 1);
    assert!(stdout(&out).contains("warning source-missing"));
    assert_eq!(status(&run(&["validate", "--strict", &valid])), 0);
    // The text reader's warnings count too.
    assert_eq!(status(&run(&["validate", VARIANT_19_PATH])), 0);
    let text_notes = stdout(&run(&["validate", VARIANT_19_PATH]));
    let strict = status(&run(&["validate", "--strict", VARIANT_19_PATH]));
    assert_eq!(
        strict,
        if text_notes.contains(": warning ") {
            1
        } else {
            0
        }
    );
}

#[test]
fn validate_quiet_prints_nothing_and_only_exits() {
    let dir = temp_dir("quiet");
    let warning = write(&dir, "warning.json", &json(&warning_release()));
    let invalid = write(&dir, "invalid.json", &json(&invalid_release()));
    let missing = dir.join("missing.json").to_str().expect("UTF-8").to_owned();
    for (args, code) in [
        (vec![warning.as_str()], 0),
        (vec!["--strict", warning.as_str()], 1),
        (vec![invalid.as_str()], 1),
        (
            vec!["--format", "json", "-v", invalid.as_str(), missing.as_str()],
            2,
        ),
    ] {
        for quiet in ["-q", "--quiet"] {
            let mut all = vec!["validate", quiet];
            all.extend(&args);
            let out = run(&all);
            assert_eq!(status(&out), code, "{all:?}");
            assert_eq!(stdout(&out), "", "{all:?}");
            assert_eq!(stderr(&out), "", "{all:?}");
        }
    }
}

#[test]
fn completions_are_printed_for_every_shell() {
    for (shell, strict) in [
        ("bash", "--strict"),
        ("zsh", "--strict"),
        ("fish", "-l strict"),
        ("powershell", "--strict"),
        ("elvish", "--strict"),
    ] {
        let out = run(&["completions", shell]);
        assert_eq!(status(&out), 0, "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("caricc"), "{shell}");
        assert!(script.contains("stats"), "{shell}: the subcommands");
        assert!(script.contains(strict), "{shell}: validate's options");
    }
    let out = run(&["completions", "nosh"]);
    assert_eq!(status(&out), 2);
    assert!(stderr(&out).contains("possible values: bash, elvish, fish, powershell, zsh"));
}

#[test]
fn man_prints_the_manual_page() {
    let out = run(&["man"]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH caricc 1"), "{page}");
    assert!(page.contains(".SH SYNOPSIS") && page.contains(".SH SUBCOMMANDS"));
    assert!(page.contains("caricc\\-validate(1)"));
    assert!(page.contains("Exit status:"));
}

/// A Russian release in the text layout: its language is recognised, or forced with
/// `--language`; a code the reader does not know is a usage error.
#[test]
fn convert_reads_a_russian_text_in_its_language_or_the_one_forced() {
    let dir = temp_dir("russian");
    let text = "ИНФОРМАЦИОННЫЙ РЕЛИЗ\n(по данным СМИ)\n16-31.08.2025\n\n№16\n\n\
                РЕСПУБЛИКА ТАДЖИКИСТАН\n\n**ИЗЪЯТО 5 КГ ГАШИША**\n\n\
                Сотрудники агентства изъяли 5 кг гашиша.\n\n<https://khovar.tj/rus/a>\n";
    // Without the `.txt` name: told by its Russian title.
    let file = write(&dir, "release", text);
    let out = run(&["convert", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let release = caricc_release::from_json(&stdout(&out)).expect("JSON");
    assert_eq!(release.language.as_str(), "ru");
    assert_eq!(release.sections[0].country, caricc_release::Country::TJ);
    let out = run(&["convert", "--language", "en", &file, "--to", "json"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let release = caricc_release::from_json(&stdout(&out)).expect("JSON");
    assert_eq!(release.language.as_str(), "en");
    let out = run(&["convert", "--language", "kk", &file, "--to", "json"]);
    assert_eq!(status(&out), 2);
    assert!(
        stderr(&out).contains("expected en or ru"),
        "{}",
        stderr(&out)
    );
}
