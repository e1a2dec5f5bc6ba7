//! Reading an article's body without buffering each [`Block`].
//!
//! Serde's derive for an internally tagged enum buffers every block into its private
//! `Content` tree and deserializes it a second time, because the tag may come last. Our writer
//! puts `type` first, so when the first key is `type` the fields are read straight from the
//! input. Otherwise (or for the array form serde also accepts) reading falls back to
//! [`Block`]'s own derive, so that input from others reads exactly as before.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::value::{
    BorrowedStrDeserializer, MapAccessDeserializer, SeqAccessDeserializer, StringDeserializer,
};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use crate::model::Block;

/// What the derive's messages call the enum.
const EXPECTING: &str = "internally tagged enum Block";
/// The variants' names, in the derive's order (its messages list them so).
const VARIANTS: &[&str] = &["paragraph", "bullets", "quote"];

/// Reads an article's body, each block through [`Fast`]: the model's `Article` names this
/// with `deserialize_with`.
pub(crate) fn body<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Block>, D::Error> {
    let blocks: Vec<Fast> = Vec::deserialize(deserializer)?;
    Ok(blocks.into_iter().map(|Fast(block)| block).collect())
}

/// A block read by the fast path, or by [`Block`]'s derive where the fast path does not go.
#[repr(transparent)]
struct Fast(Block);

impl<'de> Deserialize<'de> for Fast {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fast, D::Error> {
        deserializer.deserialize_any(BlockVisitor).map(Fast)
    }
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Block, A::Error> {
        Block::deserialize(SeqAccessDeserializer::new(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Block, A::Error> {
        let first = match map.next_key::<Key<'de>>()? {
            Some(Key::Type) => map.next_value::<Kind>()?,
            // Hand the key back to the derive with the rest of the map.
            first => {
                let map = Replay {
                    first: Some(first),
                    map,
                };
                return Block::deserialize(MapAccessDeserializer::new(map));
            }
        };
        match first {
            Kind::Paragraph => {
                let mut text = None;
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    match key {
                        Key::Text => set(&mut text, "text", &mut map)?,
                        other => return Err(other.refused(&["text"])),
                    }
                }
                Ok(Block::Paragraph {
                    text: text.ok_or_else(|| de::Error::missing_field("text"))?,
                })
            }
            Kind::Bullets => {
                let mut items = None;
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    match key {
                        Key::Items => set(&mut items, "items", &mut map)?,
                        other => return Err(other.refused(&["items"])),
                    }
                }
                Ok(Block::Bullets {
                    items: items.ok_or_else(|| de::Error::missing_field("items"))?,
                })
            }
            Kind::Quote => {
                let (mut text, mut speaker) = (None, None);
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    match key {
                        Key::Text => set(&mut text, "text", &mut map)?,
                        Key::Speaker => set(&mut speaker, "speaker", &mut map)?,
                        other => return Err(other.refused(&["text", "speaker"])),
                    }
                }
                Ok(Block::Quote {
                    text: text.ok_or_else(|| de::Error::missing_field("text"))?,
                    speaker: speaker.flatten(),
                })
            }
        }
    }
}

/// Reads the value of field `name` into `slot`, refusing a second one as the derive does.
fn set<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    name: &'static str,
    map: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A key of a block object; other keys keep their text for the message or the fallback.
enum Key<'de> {
    Type,
    Text,
    Items,
    Speaker,
    Other(Cow<'de, str>),
}

impl<'de> Key<'de> {
    fn name(&self) -> &str {
        match self {
            Key::Type => "type",
            Key::Text => "text",
            Key::Items => "items",
            Key::Speaker => "speaker",
            Key::Other(name) => name,
        }
    }

    fn into_name(self) -> Cow<'de, str> {
        match self {
            Key::Type => Cow::Borrowed("type"),
            Key::Text => Cow::Borrowed("text"),
            Key::Items => Cow::Borrowed("items"),
            Key::Speaker => Cow::Borrowed("speaker"),
            Key::Other(name) => name,
        }
    }

    /// The derive's error for this key in a variant whose fields are `fields`.
    fn refused<E: de::Error>(&self, fields: &'static [&'static str]) -> E {
        match self {
            Key::Type => E::duplicate_field("type"),
            other => E::unknown_field(other.name(), fields),
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl KeyVisitor {
    fn known<'de>(v: &str) -> Option<Key<'de>> {
        Some(match v {
            "type" => Key::Type,
            "text" => Key::Text,
            "items" => Key::Items,
            "speaker" => Key::Speaker,
            _ => return None,
        })
    }
}

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(KeyVisitor::known(v).unwrap_or(Key::Other(Cow::Borrowed(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(KeyVisitor::known(v).unwrap_or_else(|| Key::Other(Cow::Owned(v.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(KeyVisitor::known(&v).unwrap_or(Key::Other(Cow::Owned(v))))
    }
}

/// The value of `type`.
#[derive(Clone, Copy)]
enum Kind {
    Paragraph,
    Bullets,
    Quote,
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KindVisitor)
    }
}

/// Takes what the derive's variant identifier takes, with its messages.
struct KindVisitor;

impl Visitor<'_> for KindVisitor {
    type Value = Kind;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Kind, E> {
        match v {
            0 => Ok(Kind::Paragraph),
            1 => Ok(Kind::Bullets),
            2 => Ok(Kind::Quote),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(v),
                &"variant index 0 <= i < 3",
            )),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Kind, E> {
        match v {
            "paragraph" => Ok(Kind::Paragraph),
            "bullets" => Ok(Kind::Bullets),
            "quote" => Ok(Kind::Quote),
            _ => Err(E::unknown_variant(v, VARIANTS)),
        }
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Kind, E> {
        match v {
            b"paragraph" => Ok(Kind::Paragraph),
            b"bullets" => Ok(Kind::Bullets),
            b"quote" => Ok(Kind::Quote),
            _ => Err(E::unknown_variant(&String::from_utf8_lossy(v), VARIANTS)),
        }
    }
}

/// A map whose first key has been read already: yields that key again, then the rest.
struct Replay<'de, A> {
    /// `Some(None)` when the map turned out empty; `None` once replayed.
    first: Option<Option<Key<'de>>>,
    map: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.first.take() {
            None => self.map.next_key_seed(seed),
            Some(None) => Ok(None),
            Some(Some(key)) => match key.into_name() {
                Cow::Borrowed(name) => seed.deserialize(BorrowedStrDeserializer::new(name)),
                Cow::Owned(name) => seed.deserialize(StringDeserializer::new(name)),
            }
            .map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Speaker;

    fn read(json: &str) -> Result<Block, String> {
        serde_json::from_str::<Fast>(json)
            .map(|Fast(b)| b)
            .map_err(|e| e.to_string())
    }

    fn without_position(message: &str) -> &str {
        message.split(" at line ").next().unwrap_or(message)
    }

    /// Reading agrees with the derive: same block, or same message and kind of error.
    fn same_as_derive(json: &str) {
        let ours = serde_json::from_str::<Fast>(json).map(|Fast(b)| b);
        let theirs = serde_json::from_str::<Block>(json);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
            (Err(a), Err(b)) => {
                assert_eq!(a.classify(), b.classify(), "{json}");
                assert_eq!(
                    without_position(&a.to_string()),
                    without_position(&b.to_string()),
                    "{json}"
                );
            }
            (a, b) => panic!("{json}: ours {a:?}, the derive's {b:?}"),
        }
    }

    #[test]
    fn reads_each_kind_with_type_first() {
        assert_eq!(
            read(r#"{"type": "paragraph", "text": "a"}"#),
            Ok(Block::paragraph("a"))
        );
        assert_eq!(
            read(r#"{"type": "bullets", "items": ["a", "b"]}"#),
            Ok(Block::bullets(["a", "b"]))
        );
        assert_eq!(
            read(r#"{"type": "quote", "text": "a"}"#),
            Ok(Block::quote("a", None))
        );
        assert_eq!(
            read(r#"{"type": "quote", "speaker": null, "text": "a"}"#),
            Ok(Block::quote("a", None))
        );
        assert_eq!(
            read(r#"{"type": "quote", "speaker": {"name": "N", "role": "R"}, "text": "a"}"#),
            Ok(Block::quote("a", Some(Speaker::new("N").with_role("R"))))
        );
    }

    #[test]
    fn reads_each_kind_with_type_later() {
        assert_eq!(
            read(r#"{"text": "a", "type": "paragraph"}"#),
            Ok(Block::paragraph("a"))
        );
        assert_eq!(
            read(r#"{"items": [], "type": "bullets"}"#),
            Ok(Block::bullets(Vec::<String>::new()))
        );
        assert_eq!(
            read(r#"{"speaker": {"name": "N"}, "text": "a", "type": "quote"}"#),
            Ok(Block::quote("a", Some(Speaker::new("N"))))
        );
        assert_eq!(
            read(r#"{"text": "a\u0041", "type": "quote"}"#),
            Ok(Block::quote("aA", None))
        );
    }

    #[test]
    fn refuses_as_the_derive_did() {
        let refused = |json: &str, message: &str| {
            let err = read(json).unwrap_err();
            assert_eq!(without_position(&err), message, "{json}");
        };
        refused(r#"{"text": "a"}"#, "missing field `type`");
        refused(r#"{}"#, "missing field `type`");
        refused(r#"{"type": "paragraph"}"#, "missing field `text`");
        refused(r#"{"type": "bullets"}"#, "missing field `items`");
        refused(
            r#"{"type": "quote", "speaker": null}"#,
            "missing field `text`",
        );
        refused(
            r#"{"type": "table", "text": "a"}"#,
            "unknown variant `table`, expected one of `paragraph`, `bullets`, `quote`",
        );
        refused(
            r#"{"type": "paragraph", "items": []}"#,
            "unknown field `items`, expected `text`",
        );
        refused(
            r#"{"type": "bullets", "text": "a"}"#,
            "unknown field `text`, expected `items`",
        );
        refused(
            r#"{"type": "quote", "text": "a", "role": "b"}"#,
            "unknown field `role`, expected `text` or `speaker`",
        );
        refused(
            r#"{"text": "a", "type": "paragraph", "x\u0079": 1}"#,
            "unknown field `xy`, expected `text`",
        );
        refused(
            r#"{"type": "paragraph", "text": "a", "text": "b"}"#,
            "duplicate field `text`",
        );
        refused(
            r#"{"type": "paragraph", "text": "a", "type": "paragraph"}"#,
            "duplicate field `type`",
        );
        refused(
            r#"{"text": "a", "type": "paragraph", "type": "paragraph"}"#,
            "duplicate field `type`",
        );
        refused(
            r#"{"type": "quote", "text": "a", "speaker": null, "speaker": null}"#,
            "duplicate field `speaker`",
        );
        refused(
            r#"{"type": 0, "text": "a"}"#,
            "invalid type: integer `0`, expected variant identifier",
        );
        refused(
            r#"{"type": "paragraph", "text": 1}"#,
            "invalid type: integer `1`, expected a string",
        );
        refused(
            r#""paragraph""#,
            "invalid type: string \"paragraph\", expected internally tagged enum Block",
        );
    }

    #[test]
    fn agrees_with_the_derive() {
        let inputs = [
            r#"{"type": "paragraph", "text": "a"}"#,
            r#"{"type": "paragraph", "text": "a\nb \"c\""}"#,
            r#"{"text": "a", "type": "paragraph"}"#,
            r#"{"t\u0079pe": "paragraph", "text": "a"}"#,
            r#"{"type": "paragraph", "t\u0065xt": "a"}"#,
            r#"{"type": "paragraph", "text": "a", "speaker": null}"#,
            r#"{"type": "paragraph", "text": null}"#,
            r#"{"type": "bullets", "items": ["a", 1]}"#,
            r#"{"type": "bullets", "items": "a"}"#,
            r#"{"items": ["a"], "type": "bullets", "items": []}"#,
            r#"{"type": "quote", "text": "a", "speaker": {"name": "N", "name": "M"}}"#,
            r#"{"speaker": {"name": "N", "name": "M"}, "type": "quote", "text": "a"}"#,
            r#"{"type": "quote", "text": "a", "speaker": {"role": "R"}}"#,
            r#"{"type": "quote", "text": "a", "speaker": "N"}"#,
            r#"{"speaker": null, "text": "a", "type": "quote"}"#,
            r#"{"speaker": 1, "text": "a", "type": "quote"}"#,
            r#"{"text": "a", "type": "bullets"}"#,
            r#"{"other": [1, {"a": null}], "type": "paragraph", "text": "a"}"#,
            r#"{"type": null}"#,
            r#"{"type": "Paragraph", "text": "a"}"#,
            r#"{"type": 7, "text": "a"}"#,
            r#"{"type": true}"#,
            r#"{"": 1}"#,
            r#"{}"#,
            r#"["paragraph", "a"]"#,
            r#"["quote", "a"]"#,
            r#"["quote", "a", {"name": "N"}]"#,
            r#"["bullets", ["a"], "extra"]"#,
            r#"["paragraph"]"#,
            r#"[]"#,
            r#"null"#,
            r#"1"#,
            r#"{"type": "paragraph", "text": "a",}"#,
            r#"{"type": "paragraph" "text": "a"}"#,
            r#"{"type": "paragraph", "text": "a""#,
            r#"{"text": "a", "type": "paragraph""#,
            r#"{"type": "paragraph", "text": "a"} x"#,
        ];
        for json in inputs {
            same_as_derive(json);
        }
    }

    #[test]
    fn agrees_with_the_derive_in_every_key_order() {
        let entries = [
            r#""type": "quote""#,
            r#""text": "a""#,
            r#""speaker": {"name": "N"}"#,
            r#""items": []"#,
        ];
        // Every ordered selection of the entries, with and without each of them.
        let mut orders: Vec<Vec<usize>> = vec![vec![]];
        for _ in 0..entries.len() {
            let longer: Vec<Vec<usize>> = orders
                .iter()
                .flat_map(|o| {
                    (0..entries.len())
                        .filter(|i| !o.contains(i))
                        .map(|i| [o.as_slice(), &[i]].concat())
                        .collect::<Vec<_>>()
                })
                .collect();
            orders.extend(longer);
        }
        orders.sort();
        orders.dedup();
        for tag in ["paragraph", "bullets", "quote"] {
            for order in &orders {
                let fields: Vec<String> = order
                    .iter()
                    .map(|&i| entries[i].replace("quote", tag))
                    .collect();
                same_as_derive(&format!("{{{}}}", fields.join(", ")));
            }
        }
    }
}
