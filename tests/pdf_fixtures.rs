//! The PDF fixtures of `tests/fixtures/pdf/`: release #16/2025 (the golden release), the
//! Russian #16/2025 (issue #16: the constructed Russian text as the text-layout reader read
//! it, kept as `release-2025-16.ru.json` so that the fixtures do not move with the reader) and
//! a synthetic release of 100 articles, each made into a PDF by two producers, an office suite
//! (LibreOffice converting the Flat ODT of `support::odt`) and a browser (headless Chromium
//! printing `render::html`), with what `pdftotext` and `pdftotext -layout` read of each.
//!
//! Without any tool: the committed files are there, small, and hold every heading and
//! headline of the release they were made from, and the Flat ODT is well-formed XML. With
//! LibreOffice, Chromium and poppler-utils (CI installs them): the PDFs made again from code
//! read as the committed text, which proves the fixtures are reproducible; without them those
//! tests say so in one line and pass.
//!
//! `tools/make-pdf-fixtures.sh` writes the fixtures again (it runs the ignored test
//! `write_pdf_fixtures` here) and records `pdffonts` of each.

mod support;

use support::process::TempDir;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use caricc_release::{Block, Release, from_json, render, to_json_pretty};
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use support::fixtures::golden;
use support::odt::{flat_odt, running_header_start};
use support::synthetic::synthetic_release;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pdf");
const SOFFICE: &str = "soffice";
const CHROMIUM: &str = "chromium";
/// The versions the committed fixtures were made with; others may break lines elsewhere,
/// so with them only the headlines are checked.
const OFFICE_VERSION: &str = "LibreOffice 7.4.7.2";
const CHROMIUM_VERSION: &str = "Chromium 156.";
/// The largest a fixture may be; Chromium's PDF of the synthetic release may be larger (Skia
/// places glyph by glyph, which compresses less: about 570 KB for 59 pages).
const MAX_PDF_BYTES: u64 = 300 * 1024;
const MAX_SYNTHETIC_CHROMIUM_PDF_BYTES: u64 = 640 * 1024;

/// The releases the fixtures are made from, by file stem.
fn releases() -> Vec<(&'static str, Release)> {
    vec![
        ("release-2025-16", golden()),
        ("release-2025-16.ru", russian_16()),
        ("synthetic-100", synthetic_release(100)),
    ]
}

/// The committed JSON of the Russian #16, which its fixtures are made from.
const RUSSIAN_16_JSON: &str = "release-2025-16.ru.json";

/// The constructed Russian #16 beside the checkout (not part of the package).
const RUSSIAN_16_TEXT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/caricc-information-release-2025-16.ru.txt"
);

/// The Russian #16 the fixtures are made from: the committed JSON.
fn russian_16() -> Release {
    from_json(&read(&Path::new(FIXTURES).join(RUSSIAN_16_JSON))).expect("the Russian #16 reads")
}

/// The Russian #16 as the text-layout reader reads it now, if the text is here.
fn russian_16_from_text() -> Option<Release> {
    let text = fs::read_to_string(RUSSIAN_16_TEXT).ok()?;
    Some(
        caricc_release::layout::parse(&text)
            .expect("the Russian #16 reads")
            .release,
    )
}

/// Whether Chromium's PDF of the release `stem` is tagged, as `caricc render --pdf` makes
/// it: release #16's is; the synthetic release's is printed with `--disable-pdf-tagging`,
/// since its structure tree (some 5,500 elements) would make the file 1.3 MB.
fn tagged(stem: &str) -> bool {
    stem != "synthetic-100"
}

#[derive(Clone, Copy, Debug)]
enum Producer {
    Office,
    Chromium,
}

impl Producer {
    const ALL: [Producer; 2] = [Producer::Office, Producer::Chromium];

    fn name(self) -> &'static str {
        match self {
            Producer::Office => "office",
            Producer::Chromium => "chromium",
        }
    }
}

fn fixture(stem: &str, producer: Producer, suffix: &str) -> PathBuf {
    Path::new(FIXTURES).join(format!("{stem}.{}.{suffix}", producer.name()))
}

/// A fresh directory for one test, removed on drop.
fn temp_dir(name: &str) -> TempDir {
    TempDir::new("pdf", name)
}

/// Runs `command` to its end, or kills it after `limit`. Panics unless it succeeds; returns
/// its standard output.
fn run(command: &mut Command, dir: &Path, name: &str, limit: Duration) -> String {
    let (ok, stdout, stderr) = support::process::run_within(command, dir, name, limit);
    assert!(ok, "{name} failed: {stderr}");
    stdout
}

/// Whether `tool` is on PATH.
fn found(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The first line `tool --version` prints.
fn version(tool: &str, dir: &Path) -> String {
    let out = run(
        Command::new(tool).arg("--version"),
        dir,
        &format!("{tool}-version"),
        Duration::from_secs(60),
    );
    out.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_owned()
}

/// LibreOffice converts `name.fodt` (written from `release`) to `name.pdf`, in `dir`, with a
/// profile of its own there.
fn office_pdf(release: &Release, name: &str, dir: &Path) -> PathBuf {
    let fodt = dir.join(format!("{name}.fodt"));
    fs::write(&fodt, flat_odt(release)).expect("write the Flat ODT");
    let profile = dir.join("lo-profile");
    run(
        Command::new(SOFFICE)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir)
            .arg(&fodt),
        dir,
        "soffice",
        Duration::from_secs(300),
    );
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(pdf.is_file(), "soffice wrote no {}", pdf.display());
    pdf
}

/// Chromium prints `name.html` (`render::html` of `release`) to `name.pdf`, in `dir`, with
/// the flags of `caricc render --pdf`.
fn chromium_pdf(release: &Release, name: &str, dir: &Path) -> PathBuf {
    let html = dir.join(format!("{name}.html"));
    fs::write(&html, render::html(release)).expect("write the HTML");
    let profile = dir.join("chromium-profile");
    fs::create_dir_all(&profile).expect("profile directory");
    let pdf = dir.join(format!("{name}.pdf"));
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .map(str::to_owned)
    .to_vec();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push("--no-pdf-header-footer".to_owned());
    if !tagged(name) {
        args.push("--disable-pdf-tagging".to_owned());
    }
    args.push(format!("--print-to-pdf={}", pdf.display()));
    args.push(format!("file://{}", html.display()));
    run(
        Command::new(CHROMIUM).args(&args),
        dir,
        "chromium",
        Duration::from_secs(300),
    );
    assert!(pdf.is_file(), "chromium wrote no {}", pdf.display());
    pdf
}

fn make_pdf(producer: Producer, release: &Release, name: &str, dir: &Path) -> PathBuf {
    match producer {
        Producer::Office => office_pdf(release, name, dir),
        Producer::Chromium => chromium_pdf(release, name, dir),
    }
}

/// What `pdftotext` (with `-layout` when asked) reads of `pdf`.
fn pdftotext(pdf: &Path, layout: bool, dir: &Path) -> String {
    let mut command = Command::new("pdftotext");
    if layout {
        command.arg("-layout");
    }
    command.args(["-enc", "UTF-8"]).arg(pdf).arg("-");
    run(&mut command, dir, "pdftotext", Duration::from_secs(60))
}

/// Runs of white space as one space.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text without page furniture (lines of a page number alone, the running header) and
/// without white space and hyphens, so that headlines broken over lines and pages are found:
/// `pdftotext` drops the hyphen of "DRUG-" at the end of a line when it joins "SELLING", and
/// Chromium may break a headline over two pages.
fn squeezed(text: &str, running_header: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.chars().all(|c| c.is_ascii_digit()) && !l.starts_with(running_header))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Every section heading and headline of `release` that `text` lacks.
fn missing_headings(release: &Release, text: &str) -> Vec<String> {
    let running = running_header_start(release);
    let text = squeezed(text, &running);
    release
        .sections
        .iter()
        .map(|s| &s.heading)
        .chain(release.articles().map(|(_, a)| &a.headline))
        .filter(|h| !text.contains(&squeezed(h, &running)))
        .cloned()
        .collect()
}

/// Every paragraph, list item and quotation of `release` that `text` lacks.
fn missing_body(release: &Release, text: &str) -> Vec<String> {
    let running = running_header_start(release);
    let text = squeezed(text, &running);
    let mut missing = Vec::new();
    for (_, article) in release.articles() {
        for block in &article.body {
            let texts: Vec<&String> = match block {
                Block::Paragraph { text, .. } | Block::Quote { text, .. } => vec![text],
                Block::Bullets { items, .. } => items.iter().collect(),
                _ => Vec::new(),
            };
            missing.extend(
                texts
                    .into_iter()
                    .filter(|t| !text.contains(&squeezed(t, &running)))
                    .cloned(),
            );
        }
    }
    missing
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (make the fixtures with tools/make-pdf-fixtures.sh)",
            path.display()
        )
    })
}

#[test]
fn committed_pdfs_are_small_pdfs_beside_their_text() {
    for (stem, _) in releases() {
        for producer in Producer::ALL {
            let pdf = fixture(stem, producer, "pdf");
            let bytes = fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
            assert!(bytes.starts_with(b"%PDF-"), "{} is no PDF", pdf.display());
            let size = bytes.len() as u64;
            let max = match producer {
                Producer::Chromium if !tagged(stem) => MAX_SYNTHETIC_CHROMIUM_PDF_BYTES,
                _ => MAX_PDF_BYTES,
            };
            assert!(size < max, "{}: {size} bytes", pdf.display());
            for suffix in ["pdftotext.txt", "pdftotext-layout.txt"] {
                assert!(fixture(stem, producer, suffix).is_file(), "{stem} {suffix}");
            }
        }
    }
}

#[test]
fn committed_text_has_every_heading_headline_and_paragraph() {
    for (stem, release) in releases() {
        for producer in Producer::ALL {
            for suffix in ["pdftotext.txt", "pdftotext-layout.txt"] {
                let path = fixture(stem, producer, suffix);
                let text = read(&path);
                let mut missing = missing_headings(&release, &text);
                // Plain pdftotext may set a footer's page number on the last line of the page
                // ("… dismantled drug20" for "drug-" and page 20): the body is checked in the
                // layout text, where the number stands on a line of its own.
                if suffix == "pdftotext-layout.txt" {
                    missing.extend(missing_body(&release, &text));
                }
                assert!(
                    missing.is_empty(),
                    "{}: missing {missing:?}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn committed_synthetic_json_is_the_synthetic_release() {
    let path = Path::new(FIXTURES).join("synthetic-100.json");
    let json = to_json_pretty(&synthetic_release(100)).expect("JSON");
    assert_eq!(
        read(&path).trim_end(),
        json.trim_end(),
        "{}",
        path.display()
    );
}

/// The page each section of `release` starts on in `text` (what `pdftotext` read, pages
/// parted by form feeds): the cover is not counted, so the `n`th form feed starts page `n`,
/// the number its footer prints. A heading is looked for from page 2 on (page 1 has the
/// contents), each after the one before.
fn section_pages(release: &Release, text: &str) -> Vec<Option<usize>> {
    let running = running_header_start(release);
    let pages: Vec<String> = text.split('\u{c}').map(|p| squeezed(p, &running)).collect();
    let mut from = 2;
    let mut found = Vec::new();
    for section in &release.sections {
        let heading = squeezed(&section.heading, &running);
        let page = (from..pages.len()).find(|&i| pages[i].contains(&heading));
        from = page.unwrap_or(from);
        found.push(page);
    }
    found
}

/// The pages table of `tests/fixtures/pdf/section-pages.tsv`, from the committed text.
fn section_pages_table() -> String {
    let mut table = String::from("file\tcountry\theading\tcontents page\tprinted on page\n");
    for (stem, release) in releases() {
        for producer in Producer::ALL {
            let text = read(&fixture(stem, producer, "pdftotext.txt"));
            let pages = section_pages(&release, &text);
            for (section, page) in release.sections.iter().zip(pages) {
                let contents = release
                    .contents
                    .iter()
                    .find(|c| c.country == section.country);
                table.push_str(&format!(
                    "{stem}.{}.pdf\t{}\t{}\t{}\t{}\n",
                    producer.name(),
                    section.country.alpha2(),
                    section.heading,
                    contents.map_or("-".to_owned(), |c| c.page.to_string()),
                    page.map_or("not found".to_owned(), |p| p.to_string()),
                ));
            }
        }
    }
    table
}

#[test]
fn committed_section_pages_are_what_the_text_shows() {
    let path = Path::new(FIXTURES).join("section-pages.tsv");
    let table = section_pages_table();
    assert!(!table.contains("not found"), "{table}");
    assert_eq!(read(&path), table, "{}", path.display());
}

/// Checks that `xml` is well-formed (every element closed in order, attributes and
/// entities sound) and is an ODF text document; returns the number of paragraphs.
fn check_flat_odt(xml: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut root, mut paragraphs, mut depth) = (None, 0, 0usize);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                depth += 1;
                let name = e.name().into_inner().to_owned();
                if root.is_none() {
                    let mimetype = e
                        .try_get_attribute("office:mimetype")
                        .expect("attributes")
                        .map(|a| {
                            a.normalized_value(XmlVersion::Implicit1_0)
                                .expect("value")
                                .into_owned()
                        });
                    root = Some((name.clone(), mimetype));
                }
                paragraphs += usize::from(name == "text:p");
            }
            Ok(Event::Empty(e)) => {
                e.attributes().for_each(|a| drop(a.expect("attribute")));
            }
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::GeneralRef(r)) => {
                let known = ["amp", "lt", "gt", "quot", "apos"].contains(&r.as_ref());
                assert!(
                    known || r.resolve_char_ref().is_ok_and(|c| c.is_some()),
                    "&{};",
                    r.as_ref()
                );
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "elements left open");
    let (name, mimetype) = root.expect("a root element");
    assert_eq!(name, "office:document");
    assert_eq!(
        mimetype.as_deref(),
        Some("application/vnd.oasis.opendocument.text")
    );
    paragraphs
}

#[test]
fn flat_odt_is_well_formed_xml() {
    for (stem, release) in releases() {
        let xml = flat_odt(&release);
        let paragraphs = check_flat_odt(&xml);
        let articles = release.articles().count();
        assert!(paragraphs > 3 * articles, "{stem}: {paragraphs} paragraphs");
        assert!(
            xml.contains("style:leader-text=\".\""),
            "{stem}: dot leaders"
        );
        assert!(xml.contains("<text:page-number"), "{stem}: page numbers");
        assert!(xml.contains("svg:font-family=\"'Liberation Serif'\""));
        for (_, article) in release.articles() {
            for source in &article.sources {
                let href = format!("xlink:href=\"{}\"", support::odt::escape(source.as_str()));
                assert!(xml.contains(&href), "{stem}: {href}");
            }
        }
    }
}

#[test]
fn flat_odt_escapes_every_text() {
    let mut release = golden();
    let hostile = "A <b>bold</b> & \"quoted\" 'text' ]]> \u{1}\u{b} tab\there\nline  two   spaces";
    release.sections[0].heading = hostile.to_owned();
    release.sections[0].articles[0].headline = hostile.to_owned();
    release.sections[0].articles[0].body = vec![
        Block::paragraph(hostile),
        Block::bullets([hostile, "<li>"]),
        Block::quote(hostile, None),
    ];
    release.summary.topics = Some(format!("{hostile} (Azerbaijan & <Russia>)"));
    let xml = flat_odt(&release);
    check_flat_odt(&xml);
    assert!(!xml.contains("<b>") && !xml.contains("<li>") && !xml.contains('\u{1}'));
    assert!(
        xml.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &apos;text&apos; ]]&gt;")
    );
    assert!(xml.contains(
        "tab<text:tab/>here<text:line-break/>line <text:s/>two <text:s/><text:s/>spaces"
    ));
}

/// Whether LibreOffice, Chromium and poppler-utils are all here; if not, says so once.
fn tools_here(test: &str) -> bool {
    let missing: Vec<&str> = [SOFFICE, CHROMIUM, "pdftotext"]
        .into_iter()
        .filter(|t| !found(t))
        .collect();
    if !missing.is_empty() {
        // Past the harness's capture, so the skip shows in `cargo test`.
        let _ = writeln!(
            std::io::stderr(),
            "note: {test} skipped: {} not installed",
            missing.join(", ")
        );
    }
    missing.is_empty()
}

/// Makes the PDF of every release with `producer` again and compares what pdftotext reads of
/// it with the committed text: equal but for white space with the versions the fixtures were
/// made with, at least every heading and headline with others.
fn regenerates(producer: Producer) {
    let dir = temp_dir(producer.name());
    let (tool, expected_version) = match producer {
        Producer::Office => (SOFFICE, OFFICE_VERSION),
        Producer::Chromium => (CHROMIUM, CHROMIUM_VERSION),
    };
    let same_version = version(tool, &dir.0).starts_with(expected_version);
    if !same_version {
        let _ = writeln!(
            std::io::stderr(),
            "note: {tool} is not {expected_version}: only headings and headlines are compared"
        );
    }
    for (stem, release) in releases() {
        let pdf = make_pdf(producer, &release, stem, &dir.0);
        let text = pdftotext(&pdf, false, &dir.0);
        let missing = missing_headings(&release, &text);
        assert!(
            missing.is_empty(),
            "{stem} {producer:?}: missing {missing:?}"
        );
        if same_version {
            let committed = read(&fixture(stem, producer, "pdftotext.txt"));
            let (made, kept) = (normalise(&text), normalise(&committed));
            let at = made
                .char_indices()
                .zip(kept.chars())
                .find(|((_, a), b)| a != b)
                .map_or(made.len().min(kept.len()), |((i, _), _)| i);
            let around = |t: &str| {
                let mut from = at.saturating_sub(60);
                while !t.is_char_boundary(from) {
                    from -= 1;
                }
                t[from..].chars().take(120).collect::<String>()
            };
            assert!(
                made == kept,
                "{stem}.{}.pdf made again reads otherwise than the committed text; \
                 run tools/make-pdf-fixtures.sh if the change is meant\nmade: …{}\nkept: …{}",
                producer.name(),
                around(&made),
                around(&kept)
            );
        }
    }
}

#[test]
fn office_pdfs_regenerate_from_code() {
    if tools_here("office_pdfs_regenerate_from_code") {
        regenerates(Producer::Office);
    }
}

#[test]
fn chromium_pdfs_regenerate_from_code() {
    if tools_here("chromium_pdfs_regenerate_from_code") {
        regenerates(Producer::Chromium);
    }
}

/// Writes the fixtures (run by `tools/make-pdf-fixtures.sh`): for each release and producer
/// the PDF and what `pdftotext` and `pdftotext -layout` read of it, and the synthetic
/// release's JSON.
#[test]
#[ignore = "writes tests/fixtures/pdf/; run by tools/make-pdf-fixtures.sh"]
fn write_pdf_fixtures() {
    fs::create_dir_all(FIXTURES).expect("the fixtures directory");
    let json = to_json_pretty(&synthetic_release(100)).expect("JSON");
    fs::write(Path::new(FIXTURES).join("synthetic-100.json"), json + "\n").expect("write JSON");
    let russian = russian_16_from_text().expect("the Russian #16 text");
    let json = to_json_pretty(&russian).expect("JSON");
    fs::write(Path::new(FIXTURES).join(RUSSIAN_16_JSON), json + "\n").expect("write JSON");
    for producer in Producer::ALL {
        let dir = temp_dir(&format!("write-{}", producer.name()));
        for (stem, release) in releases() {
            let pdf = make_pdf(producer, &release, stem, &dir.0);
            fs::copy(&pdf, fixture(stem, producer, "pdf")).expect("copy the PDF");
            for (layout, suffix) in [(false, "pdftotext.txt"), (true, "pdftotext-layout.txt")] {
                let text = pdftotext(&pdf, layout, &dir.0);
                fs::write(fixture(stem, producer, suffix), text).expect("write the text");
            }
        }
    }
    let table = section_pages_table();
    fs::write(Path::new(FIXTURES).join("section-pages.tsv"), table).expect("write the pages");
}

/// What the PDF fixtures' reading is compared on: each section's country and heading, and
/// each article's headline, text and sources.
/// An article's headline, text and sources.
type ArticleOutline = (String, Vec<Block>, Vec<String>);

fn outline(release: &Release) -> Vec<(String, String, Vec<ArticleOutline>)> {
    release
        .sections
        .iter()
        .map(|s| {
            let articles = s
                .articles
                .iter()
                .map(|a| {
                    let sources = a.sources.iter().map(|u| u.as_str().to_owned()).collect();
                    (a.headline.clone(), a.body.clone(), sources)
                })
                .collect();
            (s.country.alpha2().to_owned(), s.heading.clone(), articles)
        })
        .collect()
}

/// The committed Russian #16 is what the text-layout reader reads of the Russian text (its
/// sections, headings, headlines, text and sources; statistics may grow as the prose reader
/// learns Russian), in Russian.
#[test]
fn committed_russian_json_is_the_russian_text() {
    let committed = russian_16();
    assert_eq!(committed.language.as_str(), "ru");
    assert_eq!(committed.summary.total_events, 13);
    let counts: Vec<(&str, usize)> = committed
        .sections
        .iter()
        .map(|s| (s.country.alpha2(), s.articles.len()))
        .collect();
    assert_eq!(counts, [("AZ", 7), ("KZ", 3), ("KG", 1), ("RU", 2)]);
    match russian_16_from_text() {
        Some(read) => assert!(
            outline(&read) == outline(&committed),
            "the text-layout reader reads the Russian #16 otherwise than \
             tests/fixtures/pdf/{RUSSIAN_16_JSON}: run tools/make-pdf-fixtures.sh if meant"
        ),
        None => {
            let _ = writeln!(
                std::io::stderr(),
                "note: {RUSSIAN_16_TEXT} is not here: the committed JSON is not compared"
            );
        }
    }
}

/// The Cyrillic of both Russian PDFs reads back: the positioned runs hold the right letters
/// (every font has a ToUnicode map), as the committed `pdftotext` output shows.
#[test]
fn russian_pdfs_hold_their_cyrillic_text() {
    let release = russian_16();
    for producer in Producer::ALL {
        let text = read(&fixture("release-2025-16.ru", producer, "pdftotext.txt"));
        let text = normalise(&text);
        for words in [
            "ИНФОРМАЦИОННЫЙ РЕЛИЗ",
            "АДРЕС РЕДАКЦИИ:",
            "СОДЕРЖАНИЕ",
            "РЕСПУБЛИКА КАЗАХСТАН",
            "освещено 13 событий в антинаркотической сфере",
            "Распространяется в формате PDF",
        ] {
            assert!(text.contains(words), "{producer:?}: {words:?} missing");
        }
        assert!(missing_headings(&release, &text).is_empty(), "{producer:?}");
    }
}

/// The PDF reader reads both Russian PDFs as the text-layout reader reads the Russian text:
/// the same sections, headings, article counts, headlines and sources.
#[cfg(feature = "pdf")]
#[test]
#[ignore = "the PDF reader's printed-page classifier does not know Russian pages yet (issue #16, R1)"]
fn the_pdf_reader_reads_the_russian_pdfs() {
    let release = russian_16();
    for producer in Producer::ALL {
        let path = fixture("release-2025-16.ru", producer, "pdf");
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let read = caricc_release::pdf::from_pdf(&bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .release;
        assert_eq!(read.language.as_str(), "ru", "{producer:?}");
        // Headings, headlines and sources (the text itself: see the English fixtures).
        let shape = |r: &Release| {
            outline(r)
                .into_iter()
                .map(|(country, heading, articles)| {
                    let articles: Vec<(String, Vec<String>)> =
                        articles.into_iter().map(|(h, _, s)| (h, s)).collect();
                    (country, heading, articles)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&read), shape(&release), "{producer:?}");
        assert_eq!(read.summary, release.summary, "{producer:?}");
    }
}

/// The crate's own PDF text extraction reads the Cyrillic of both Russian PDFs: the
/// positioned runs of their pages hold the right letters (LibreOffice's subsets and
/// Chromium's Identity-H fonts, each with a ToUnicode map), every heading and headline
/// among them.
#[cfg(feature = "pdf")]
#[test]
fn positioned_runs_of_the_russian_pdfs_hold_cyrillic() {
    let release = russian_16();
    let squeeze = |t: &str| -> String {
        t.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect()
    };
    for producer in Producer::ALL {
        let path = fixture("release-2025-16.ru", producer, "pdf");
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let pages = caricc_release::pdf::pages(&bytes, &Default::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text: String = pages
            .iter()
            .flat_map(|p| p.runs.iter().map(|r| squeeze(&r.text)))
            .collect();
        assert!(
            pages
                .iter()
                .any(|p| p.runs.iter().any(|r| r.text.contains("КАЗАХСТАН"))),
            "{producer:?}: no run holds «КАЗАХСТАН»"
        );
        for words in ["РЕСПУБЛИКАКАЗАХСТАН", "СОДЕРЖАНИЕ", "АДРЕСРЕДАКЦИИ:", "№16"]
        {
            assert!(text.contains(words), "{producer:?}: {words:?} missing");
        }
        let headings = release.sections.iter().map(|s| &s.heading);
        let headlines = release.articles().map(|(_, a)| &a.headline);
        for heading in headings.chain(headlines) {
            assert!(
                text.contains(&squeeze(heading)),
                "{producer:?}: {heading:?} missing"
            );
        }
    }
}
