//! The model's serde form, the one its JSON takes: dates as `YYYY-MM-DD` strings, and a
//! [`Block`](crate::Block) read without buffering. Nothing here knows a format; any
//! self-describing serde format reads and writes the same shape.

mod block;

pub(crate) use block::body;

use std::fmt;

/// `NaiveDate` as `YYYY-MM-DD`, without chrono's serde feature.
pub(crate) mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        use chrono::Datelike;
        if !crate::model::writable_year(date.year()) {
            return Err(serde::ser::Error::custom(crate::model::unwritable_year(
                date.year(),
            )));
        }
        s.collect_str(&date.format("%Y-%m-%d"))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        super::deserialize_str_with(d, |text| {
            crate::model::parse_iso_date(text)
                .ok_or_else(|| format!("invalid date {text:?}: expected YYYY-MM-DD"))
        })
    }
}

/// Reads a string and parses it with `parse`, whose error becomes a custom error.
///
/// Unlike deserializing a `Cow<str>` (which serde always copies into a `String`), this borrows
/// the text; it takes what `String` takes, with the same messages.
pub(crate) fn deserialize_str_with<'de, D, T, F>(d: D, parse: F) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    F: FnOnce(&str) -> Result<T, String>,
{
    struct StrVisitor<F>(F);

    impl<T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'_> for StrVisitor<F> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }

        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<T, E> {
            match std::str::from_utf8(v) {
                Ok(text) => self.visit_str(text),
                Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(v), &self)),
            }
        }
    }

    d.deserialize_string(StrVisitor(parse))
}
