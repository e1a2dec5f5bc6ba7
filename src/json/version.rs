//! The JSON form's `"version"`: written first in every document, optional on reading, and a
//! document of a newer major version refused by name rather than with "unknown field".
//!
//! The model knows nothing of it: writing wraps the release, and reading filters the key out
//! of the top-level object as serde_json hands it over, so that every other error keeps
//! serde_json's line and column.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::Release;

/// The major version of the JSON form this crate writes and reads.
const MAJOR: u32 = 1;

/// The version of the JSON form this crate writes, `MAJOR.MINOR`.
///
/// Every document written starts with it:
///
/// ```
/// let golden = include_str!("../../tests/golden/release-2025-16.json");
/// assert!(golden.starts_with("{\n  \"version\": \"1.1\",\n"));
/// assert_eq!(caricc_release::json::VERSION, "1.1");
/// ```
///
/// A reader reads every `1.x` document (a newer minor version may add optional fields, which
/// this reader refuses by name as unknown fields) and documents without a version. A newer
/// major version changes meaning and is refused:
///
/// ```
/// let err = caricc_release::from_json(r#"{"version": "2.0", "title": "…"}"#).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "not a release at line 1, column 17: the JSON form's version 2.0 is newer than \
///      this reader, which reads 1.x; use a newer caricc-release"
/// );
/// ```
pub const VERSION: &str = "1.1";

/// A release as written: the version first, then the release's own fields.
#[derive(Serialize)]
pub(super) struct Versioned<'a> {
    version: &'static str,
    #[serde(flatten)]
    release: &'a Release,
}

impl<'a> Versioned<'a> {
    pub(super) fn new(release: &'a Release) -> Versioned<'a> {
        Versioned {
            version: VERSION,
            release,
        }
    }
}

/// Reads a release whose top-level object may hold a `"version"` this reader accepts.
pub(super) fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Release, D::Error> {
    // serde_json reads a struct as a map and does not use the field names.
    deserializer.deserialize_struct("Release", &[], Unversioned)
}

/// Visits the top-level object, handing the release every entry but the version.
struct Unversioned;

impl<'de> Visitor<'de> for Unversioned {
    type Value = Release;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Release")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Release, A::Error> {
        Release::deserialize(de::value::MapAccessDeserializer::new(WithoutVersion {
            map,
            seen: false,
        }))
    }
}

/// A map that checks and skips the `"version"` entry.
struct WithoutVersion<A> {
    map: A,
    seen: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WithoutVersion<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(key) = self.map.next_key::<Key>()? else {
                return Ok(None);
            };
            if key.0 != "version" {
                return seed.deserialize(key.0.into_deserializer()).map(Some);
            }
            if std::mem::replace(&mut self.seen, true) {
                return Err(de::Error::duplicate_field("version"));
            }
            let version: String = self.map.next_value()?;
            check(&version).map_err(de::Error::custom)?;
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// A key of the top-level object, owned (serde_json borrows it only when it has no escapes).
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        String::deserialize(deserializer).map(Key)
    }
}

/// Accepts `1.x`; names a newer major version, and any other text, exactly.
fn check(version: &str) -> Result<(), String> {
    let number = |p: &str| {
        (!p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let parsed = version
        .split_once('.')
        .and_then(|(major, minor)| Some((number(major)?, number(minor)?)));
    match parsed {
        Some((MAJOR, _)) => Ok(()),
        Some((major, _)) if major > MAJOR => Err(format!(
            "the JSON form's version {version} is newer than this reader, which reads \
             {MAJOR}.x; use a newer caricc-release"
        )),
        Some(_) => Err(format!(
            "the JSON form's version {version} is older than any this reader reads ({MAJOR}.x)"
        )),
        None => Err(format!(
            "invalid version {version:?}: expected MAJOR.MINOR, e.g. {VERSION}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn versions_read_by_major() {
        assert_eq!(check("1.0"), Ok(()));
        assert_eq!(check("1.7"), Ok(()));
        assert!(check("2.0").unwrap_err().contains("newer than this reader"));
        assert!(check("0.9").unwrap_err().contains("older than any"));
        for bad in [
            "",
            "1",
            "1.",
            ".0",
            "1.0.0",
            "v1.0",
            "1.x",
            "99999999999.0",
            "+1.0",
        ] {
            assert!(
                check(bad).unwrap_err().starts_with("invalid version"),
                "{bad:?}"
            );
        }
    }
}
