//! Exact decimal numbers for statistics.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// Most digits after the decimal point.
const MAX_SCALE: u8 = 28;
/// Most significant digits; 38 always fit an `i128`.
const MAX_DIGITS: usize = 38;

/// An exact decimal number, as written: `2.5`, `38000`, `0.750`.
///
/// Statistics never go through `f64`: "2.5 billion tenge" must come back as exactly
/// `2500000000`. A `Decimal` keeps its scale, so `2.50` stays `2.50`; `==` compares the
/// written form, [`Decimal::cmp_value`] compares the numbers.
///
/// ```
/// use caricc_release::Decimal;
///
/// let d: Decimal = "2.5".parse()?;
/// assert_eq!(d.to_string(), "2.5");
/// assert_eq!(d.checked_scale_up(9).unwrap().to_string(), "2500000000.0");
/// assert_eq!(d.cmp_value(&"2.50".parse()?), std::cmp::Ordering::Equal);
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u8,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`; `None` when `scale` exceeds 28 or the mantissa has more than 38 digits.
    ///
    /// ```
    /// use caricc_release::Decimal;
    /// assert_eq!(Decimal::new(25, 1).unwrap().to_string(), "2.5");
    /// ```
    pub fn new(mantissa: i128, scale: u8) -> Option<Decimal> {
        if scale > MAX_SCALE || mantissa.unsigned_abs() >= 10u128.pow(MAX_DIGITS as u32) {
            return None;
        }
        Some(Decimal { mantissa, scale })
    }

    /// The digits without the decimal point: `25` for `2.5`.
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// How many digits stand after the decimal point: `1` for `2.5`.
    pub fn scale(&self) -> u8 {
        self.scale
    }

    /// Whether the number is below zero.
    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// Whether the number has no fractional part (`2.0` has none).
    pub fn is_integer(&self) -> bool {
        self.mantissa % 10i128.pow(u32::from(self.scale)) == 0
    }

    /// Multiplies by `10^exp`, keeping the scale: `2.5` scaled up by 9 is `2500000000.0`.
    /// `None` on overflow.
    pub fn checked_scale_up(&self, exp: u32) -> Option<Decimal> {
        let mantissa = self.mantissa.checked_mul(10i128.checked_pow(exp)?)?;
        Decimal::new(mantissa, self.scale)
    }

    /// The same number with trailing fractional zeros removed: `2.50` → `2.5`, `3.0` → `3`.
    pub fn normalized(&self) -> Decimal {
        let mut d = *self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// Exact sum; `None` on overflow.
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.pow(u32::from(scale - self.scale)))?;
        let b = other
            .mantissa
            .checked_mul(10i128.pow(u32::from(scale - other.scale)))?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Exact product; `None` on overflow or when the scales add up to more than 28.
    pub fn checked_mul(&self, other: &Decimal) -> Option<Decimal> {
        Decimal::new(
            self.mantissa.checked_mul(other.mantissa)?,
            self.scale.checked_add(other.scale)?,
        )
    }

    /// Compares the numbers, whatever their scale: `2.5` equals `2.50`.
    pub fn cmp_value(&self, other: &Decimal) -> Ordering {
        self.split().cmp(&other.split())
    }

    /// Integer part and fraction in units of 10^-28: both fit an `i128` and order like the number.
    fn split(&self) -> (i128, i128) {
        let unit = 10i128.pow(u32::from(self.scale));
        let fraction = (self.mantissa % unit) * 10i128.pow(u32::from(MAX_SCALE - self.scale));
        (self.mantissa / unit, fraction)
    }
}

impl Default for Decimal {
    fn default() -> Self {
        Decimal::ZERO
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(v: $t) -> Decimal {
                Decimal { mantissa: i128::from(v), scale: 0 }
            }
        }
    )*};
}
from_int!(u8, u16, u32, u64, i8, i16, i32, i64);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Width, fill, alignment, `+` and `0` as for an integer (precision is not taken).
        let digits = self.mantissa.unsigned_abs().to_string();
        let nonnegative = self.mantissa >= 0;
        let scale = usize::from(self.scale);
        if scale == 0 {
            return f.pad_integral(nonnegative, "", &digits);
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        f.pad_integral(nonnegative, "", &format!("{int}.{frac}"))
    }
}

impl FromStr for Decimal {
    type Err = ParseError;

    /// Reads `-?digits(.digits)?`: no exponent, no grouping separators, at most 38 digits.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| ParseError::new("decimal", s, reason);
        let (negative, unsigned) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match unsigned.split_once('.') {
            Some((int, frac)) => (int, Some(frac)),
            None => (unsigned, None),
        };
        let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(int) || frac.is_some_and(|f| !all_digits(f)) {
            return Err(err(
                "expected digits with an optional '.' and fraction, e.g. \"2.5\"",
            ));
        }
        let frac = frac.unwrap_or("");
        if frac.len() > usize::from(MAX_SCALE) {
            return Err(err("more than 28 digits after the decimal point"));
        }
        // The digits of int and frac together, without leading zeros, read in place.
        let digits = int.bytes().chain(frac.bytes()).skip_while(|&b| b == b'0');
        if digits.clone().count() > MAX_DIGITS {
            return Err(err("more than 38 significant digits"));
        }
        let mut mantissa: i128 = 0;
        for b in digits {
            mantissa = mantissa * 10 + i128::from(b - b'0');
        }
        if negative {
            mantissa = -mantissa;
        }
        Decimal::new(mantissa, frac.len() as u8).ok_or_else(|| err("out of range"))
    }
}

impl TryFrom<&str> for Decimal {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// JSON form: a string (`"2.5"`) so no reader rounds it through a float; integers are also accepted.
impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number as a string, e.g. \"2.5\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Decimal, E> {
                Err(E::custom(
                    "write this value as a string, e.g. \"2.5\" or \"100000000000000000000\": \
                     only whole numbers within 64 bits are exact as JSON numbers",
                ))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips() {
        for s in [
            "0",
            "2.5",
            "-2.5",
            "0.05",
            "38000",
            "2.50",
            "99999999999999999999999999999999999999",
        ] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
        assert_eq!("007".parse::<Decimal>().unwrap().to_string(), "7");
        assert_eq!("-00.050".parse::<Decimal>().unwrap().to_string(), "-0.050");
        // Leading zeros, before or after the point, are not significant digits.
        let zeros = format!("000.{}{}", "0".repeat(10), "9".repeat(18));
        assert_eq!(zeros.parse::<Decimal>().unwrap().to_string(), zeros[2..]);
        let thirty_nine = format!("{}.{}", "9".repeat(20), "9".repeat(19));
        assert!(thirty_nine.parse::<Decimal>().is_err());
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for s in [
            "", "-", ".5", "5.", "1e3", "38,000", "1 000", "NaN", "+1", "1.2.3",
        ] {
            assert!(s.parse::<Decimal>().is_err(), "{s}");
        }
        let forty = "1".repeat(40);
        assert_eq!(
            forty.parse::<Decimal>().unwrap_err().reason(),
            "more than 38 significant digits"
        );
    }

    #[test]
    fn compares_and_adds_exactly() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(d("2.5").cmp_value(&d("2.50")), Ordering::Equal);
        assert_eq!(d("-2.5").cmp_value(&d("-2.4")), Ordering::Less);
        assert_eq!(d("11").checked_add(&d("91")).unwrap(), d("102"));
        assert_eq!(d("0.1").checked_add(&d("0.25")).unwrap(), d("0.35"));
        assert!(d("2.0").is_integer() && !d("2.5").is_integer());
        assert_eq!(d("2.50").normalized(), d("2.5"));
    }
}
