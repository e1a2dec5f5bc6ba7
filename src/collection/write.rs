//! Writing streams of releases: JSON Lines and the XML collection, one release at a time.

use std::borrow::Borrow;
use std::io::Write;

use super::WriteError;
use crate::Release;
use crate::xml::{COLLECTION_ROOT as ROOT, NAMESPACE, VERSION, WriteConfig};

/// Writes releases as JSON Lines: each as compact JSON on a line of its own, ending with a
/// line feed. Returns how many were written.
///
/// Each release is serialised into a reused buffer and written with one `write_all`, so
/// memory holds one release's JSON at a time, whatever the number of releases.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, write_json_lines};
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let mut out = Vec::new();
/// assert_eq!(write_json_lines(&mut out, [&release, &release])?, 2);
/// assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 2);
///
/// let back: Vec<_> = ReleaseReader::json_lines(out.as_slice()).collect::<Result<_, _>>()?;
/// assert_eq!(back, [release.clone(), release]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// When the writer fails, naming the release being written.
pub fn write_json_lines(
    mut writer: impl Write,
    releases: impl IntoIterator<Item = impl Borrow<Release>>,
) -> Result<usize, WriteError> {
    let mut buf = Vec::new();
    let mut count = 0;
    for release in releases {
        count += 1;
        buf.clear();
        crate::json::to_json_writer_compact(&mut buf, release.borrow())
            .map_err(|e| WriteError::json(count, e))?;
        buf.push(b'\n');
        writer
            .write_all(&buf)
            .map_err(|e| WriteError::io(Some(count), e))?;
    }
    writer.flush().map_err(|e| WriteError::io(None, e))?;
    Ok(count)
}

/// Writes releases as an XML collection: the declaration, the root
/// `<releases xmlns="urn:caricc-release:1" version="1.1">`, then each release as
/// [`to_xml_with`](crate::to_xml_with) writes it compact and without a declaration, one per
/// line (each keeps its own, redundant, namespace declaration and `version`), then
/// `</releases>`. Returns how many releases were written.
///
/// ```
/// use caricc_release::collection::{ReleaseReader, write_xml_collection};
///
/// let json = std::fs::read_to_string("tests/golden/release-2025-16.json")?;
/// let release = caricc_release::from_json(&json)?;
/// let mut out = Vec::new();
/// assert_eq!(write_xml_collection(&mut out, [&release])?, 1);
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with(
///     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
///      <releases xmlns=\"urn:caricc-release:1\" version=\"1.1\">\n\
///      <release xmlns=\"urn:caricc-release:1\" version=\"1.1\" number=\"16\""
/// ));
/// assert!(text.ends_with("</release>\n</releases>\n"));
///
/// let back: Vec<_> = ReleaseReader::xml_collection(text.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(back, [release]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// When a release cannot be written as XML (a text holds a character XML 1.0 cannot carry,
/// breakdowns nest too deep: nothing of that release is written) or the writer fails,
/// naming the release.
pub fn write_xml_collection(
    mut writer: impl Write,
    releases: impl IntoIterator<Item = impl Borrow<Release>>,
) -> Result<usize, WriteError> {
    let head = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{ROOT} xmlns=\"{NAMESPACE}\" version=\"{VERSION}\">\n"
    );
    writer
        .write_all(head.as_bytes())
        .map_err(|e| WriteError::io(None, e))?;
    let config = WriteConfig::compact().with_declaration(false);
    let mut buf = Vec::new();
    let mut count = 0;
    for release in releases {
        count += 1;
        buf.clear();
        crate::xml::to_xml_writer(&mut buf, release.borrow(), &config)
            .map_err(|e| WriteError::xml(count, e))?;
        buf.push(b'\n');
        writer
            .write_all(&buf)
            .map_err(|e| WriteError::io(Some(count), e))?;
    }
    writer
        .write_all(format!("</{ROOT}>\n").as_bytes())
        .and_then(|()| writer.flush())
        .map_err(|e| WriteError::io(None, e))?;
    Ok(count)
}
