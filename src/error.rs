//! The error of the small value types' text forms.

/// Longest part of the input a [`ParseError`] message repeats.
const ECHO_LIMIT: usize = 60;

/// A value's text form could not be read: a period, a country code, a decimal, a unit, ….
///
/// The message names what was expected and repeats (the start of) the input:
///
/// ```
/// use caricc_release::Period;
///
/// let err = "31-16.08.2025".parse::<Period>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid period "31-16.08.2025": the end is before the start"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct ParseError {
    what: &'static str,
    input: String,
    reason: String,
}

impl ParseError {
    pub(crate) fn new(what: &'static str, input: &str, reason: impl Into<String>) -> Self {
        let input = match input.char_indices().nth(ECHO_LIMIT) {
            Some((cut, _)) => format!("{}…", &input[..cut]),
            None => input.to_owned(),
        };
        ParseError {
            what,
            input,
            reason: reason.into(),
        }
    }

    /// What kind of value was being read, e.g. `"period"` or `"country code"`.
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// Why the input was refused, without the input itself.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// Writes `args` as `Display` text that honours the formatter's width, fill, alignment and
/// precision (as `str` does); without a width or precision, straight to the formatter.
pub(crate) fn pad(
    f: &mut std::fmt::Formatter<'_>,
    args: std::fmt::Arguments<'_>,
) -> std::fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        f.write_fmt(args)
    } else {
        f.pad(&std::fmt::format(args))
    }
}

/// Serde glue for types whose JSON form is their `Display`/`FromStr` text.
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use serde_via_str;

/// An enum of stable codes, each with its text and its severity: the enum (non-exhaustive:
/// codes are added, never changed), `ALL`, `as_str`, `severity`, `FromStr` (its error names
/// `$what`), `Display` and serde by the text. One definition for every kind of code the crate
/// has (validation problems, the text reader's diagnostics).
macro_rules! stable_codes {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal, $severity:ident, $expecting:literal) {
            $($variant:ident => $code:literal, $level:ident;)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $code, "`")]
                $variant,
            )*
        }

        impl $name {
            /// Every code, in the order the documentation lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The code as text: what `Display` writes and `FromStr` reads.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// The severity that goes with this code.
            pub fn severity(&self) -> $severity {
                match self {
                    $($name::$variant => $severity::$level,)*
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)*
                    _ => Err($crate::error::ParseError::new($what, s, "not a known code")),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::error::ParseError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        $crate::error::serde_via_str!($name, $expecting);
    };
}
pub(crate) use stable_codes;
