//! `caricc report`: the archive report (one standalone HTML page with charts) of releases
//! read as `stats` reads them.

use std::path::{Path, PathBuf};

use caricc_release::collection::{ReportLanguage, ReportOptions};

use super::{FromFormat, Status, gather_languages, write_output};

pub(super) const AFTER_HELP: &str = "\
The releases are read as `caricc stats` reads them (files, `-`, archives, --from), and
written as one standalone HTML page: no script, nothing fetched from the network, inline
styles for the screen and for A4 print (charts are never split across pages, and their
patterns read in black and white). The page has:
  At a glance                 releases covered, the period they span, countries, events,
                              quantities of drugs, kilograms seized, the largest seizure
  Kilograms seized per drug   across the releases, by country and drug group (opiates,
  group and country           cannabis, cocaine, ats, nps, pharmaceuticals, precursors,
                              unspecified); masses only, a whole given with its parts
                              counted once
  Events per country per      one small chart per country, one bar per release (in the
  release                     order of their numbers)
  The largest seizures        the ten largest quantities by mass, with the amount as
                              written, the headline and its source
  Releases                    one row per release read
Each chart is an inline SVG with a title and a description for screen readers, and its
numbers (exact, as the releases give them) in a table beside it. A value axis turns
logarithmic when its largest value is a thousand times its smallest, and says so.
Files that cannot be read are reported on standard error and left out; the report covers
the others. To print it: chromium --headless --print-to-pdf=report.pdf report.html
Language: --lang en or --lang ru sets the language of the page's words (headings, notes,
the names of countries, substances and drug groups) and numbers (26 951.882, 26 951,882).
Without --lang the page is in the releases' language when they all share one (Russian
releases give a Russian page), and in English otherwise.

Examples:
  caricc report releases/*.json -o report.html
  caricc report release-2025-15.json release-2025-16.xml --title 'Seizures, August 2025' -o report.html
  cat releases.jsonl | caricc report - -o report.html
  caricc report caricc-information-release-2025-16.txt > report.html
  caricc report releases/*.json --lang ru -o report-ru.html

Exit status:
  0  every file was read and the page was written
  2  a file could not be read or parsed (the page covers the others; none is written when
     no release could be read), or the page could not be written";

/// Reads `files` and writes their report to `output` (standard output when `None` or `-`).
pub(super) fn report(
    files: &[PathBuf],
    output: Option<&Path>,
    title: Option<&str>,
    from: Option<FromFormat>,
    lang: Option<ReportLanguage>,
) -> Status {
    let mut languages = Vec::new();
    let (archive, status) = match gather_languages(files, from, &mut languages) {
        Ok(gathered) => gathered,
        Err(status) => return status,
    };
    if archive.is_empty() && status != Status::Ok {
        return status;
    }
    let mut options =
        ReportOptions::new().language(lang.unwrap_or_else(|| language_of(&languages)));
    if let Some(title) = title {
        options = options.title(title);
    }
    status.max(write_output(output, &archive.report(&options)))
}

/// The report language of releases in `languages`: theirs when they all share one the
/// report speaks, English otherwise (releases in several languages, or in another).
fn language_of(languages: &[String]) -> ReportLanguage {
    let mut spoken = languages.iter().map(|l| ReportLanguage::of_tag(l));
    match spoken.next() {
        Some(Some(first)) if spoken.all(|l| l == Some(first)) => first,
        _ => ReportLanguage::English,
    }
}
