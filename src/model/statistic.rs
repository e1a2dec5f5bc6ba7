//! Numeric statistics of articles: "over 11 tons of drugs", "5 to 20 years".

use std::fmt;
use std::str::FromStr;

use super::{Currency, Decimal, Substance};
use crate::error::ParseError;
use crate::error::serde_via_str;
use crate::words::collapse_spaces;

/// A quantity an article reports, typed: what is measured, an exact value, a qualifier, a
/// unit, an optional range, reference period and area, a breakdown into parts, and the
/// phrase as written.
///
/// ```
/// use caricc_release::{Decimal, Qualifier, Statistic, Unit};
///
/// // "102 drug laboratories were cracked down on, including 11 producing synthetic drugs
/// // and 91 plant-based laboratories"
/// let mut labs = Statistic::new("drug laboratories cracked down on", Decimal::from(102u32), Unit::Count);
/// labs.breakdown.push(Statistic::new("synthetic drug laboratories", Decimal::from(11u32), Unit::Count));
/// labs.breakdown.push(Statistic::new("plant-based laboratories", Decimal::from(91u32), Unit::Count));
/// assert_eq!(labs.qualifier, Qualifier::Exact);
/// assert_eq!(labs.breakdown_total(), Some(Decimal::from(102u32)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Statistic {
    /// What is measured, e.g. `"drug crimes detected"`.
    pub measure: String,
    /// How the value is qualified ("over", "almost", …).
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// The value, or the lower end of a range, in `unit`. "2.5 billion tenge" is `2500000000`.
    pub value: Decimal,
    /// The upper end of a range ("5 to 20 years": `20`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_end: Option<Decimal>,
    /// The unit of `value` and `range_end`.
    pub unit: Unit,
    /// The part the value plays in a change the text reports: in "grew from 12,000 ha to
    /// 31,000 ha" the first statistic is the value [`before`](ChangeRole::Before), the next
    /// one the value [`after`](ChangeRole::After); in "rose by 14% to 3,900 cases" the 14 %
    /// is the [`change`](ChangeRole::Change). A change's statistics stand next to each other
    /// in their list, before, change, after; `None` for a value that is no part of a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<ChangeRole>,
    /// What the value counts or weighs, when it is a drug, a plant or a precursor: "3 kg
    /// 412 g of hashish" is [`Substance::CannabisResin`]. `None` when the text names no
    /// substance or the value is no quantity of one (a number of arrests, a fine).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substance: Option<Substance>,
    /// The time the value refers to, as written ("in the first seven months of this year").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_period: Option<String>,
    /// The place the value refers to, as written ("Zhetysu region").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Parts of the value ("including 11 synthetic and 91 plant-based"; "2100 of which serious").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Statistic>,
    /// The phrase the statistic was read from, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<String>,
}

impl Statistic {
    /// An exact statistic with no range, period, area, breakdown or phrase.
    pub fn new(measure: impl Into<String>, value: Decimal, unit: Unit) -> Statistic {
        Statistic {
            measure: measure.into(),
            qualifier: Qualifier::Exact,
            value,
            range_end: None,
            unit,
            role: None,
            substance: None,
            reference_period: None,
            area: None,
            breakdown: Vec::new(),
            phrase: None,
        }
    }

    /// The sum of the breakdown's values; `None` with no breakdown, on overflow, or when a
    /// part's unit differs from this statistic's.
    pub fn breakdown_total(&self) -> Option<Decimal> {
        if self.breakdown.is_empty() {
            return None;
        }
        self.breakdown.iter().try_fold(Decimal::ZERO, |sum, part| {
            (part.unit == self.unit)
                .then(|| sum.checked_add(&part.value))
                .flatten()
        })
    }
}

/// The part a statistic's value plays in a change ("from 12,000 to 31,000", "by 14% to
/// 3,900"); the text form is the code in parentheses.
///
/// ```
/// use caricc_release::ChangeRole;
///
/// assert_eq!(ChangeRole::from_code("before"), Some(ChangeRole::Before));
/// assert_eq!(ChangeRole::After.as_str(), "after");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeRole {
    /// The value before the change (`before`): "from 12,000".
    Before,
    /// The value after the change (`after`): "to 31,000".
    After,
    /// The change itself, in its own unit (`change`): "by 14%", "by 2,000 cases".
    Change,
}

impl ChangeRole {
    /// Every role.
    pub const ALL: &'static [ChangeRole] =
        &[ChangeRole::Before, ChangeRole::After, ChangeRole::Change];

    /// The code: `before`, `after`, `change`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChangeRole::Before => "before",
            ChangeRole::After => "after",
            ChangeRole::Change => "change",
        }
    }

    /// The role with this code.
    pub fn from_code(code: &str) -> Option<ChangeRole> {
        ChangeRole::ALL.iter().copied().find(|r| r.as_str() == code)
    }
}

impl fmt::Display for ChangeRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for ChangeRole {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ChangeRole::from_code(s)
            .ok_or_else(|| ParseError::new("change role", s, "expected before, after or change"))
    }
}

serde_via_str!(ChangeRole, "a change role: before, after or change");

/// How a statistic's value is qualified.
///
/// The text form is the code in parentheses; reading also takes the words of the releases
/// ("more than", "exceeded", "nearly", …) in any letter case.
///
/// ```
/// use caricc_release::Qualifier;
///
/// assert_eq!("more than".parse::<Qualifier>()?, Qualifier::Over);
/// assert_eq!(Qualifier::AtLeast.to_string(), "at_least");
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Qualifier {
    /// The value as it is (`exact`).
    #[default]
    Exact,
    /// Over, more than, exceeded (`over`).
    Over,
    /// At least (`at_least`).
    AtLeast,
    /// Almost, nearly (`almost`).
    Almost,
    /// About, around, approximately (`about`).
    About,
    /// Up to (`up_to`).
    UpTo,
    /// Less than, under (`less_than`).
    LessThan,
}

impl Qualifier {
    /// Every qualifier.
    pub const ALL: &'static [Qualifier] = &[
        Qualifier::Exact,
        Qualifier::Over,
        Qualifier::AtLeast,
        Qualifier::Almost,
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::LessThan,
    ];

    /// The code: `exact`, `over`, `at_least`, `almost`, `about`, `up_to`, `less_than`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at_least",
            Qualifier::Almost => "almost",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
        }
    }

    /// The qualifier with this code (`over`, `at_least`, …); the words of the releases are
    /// not taken here (see `FromStr` for those). The data formats read codes only.
    pub fn from_code(code: &str) -> Option<Qualifier> {
        Qualifier::ALL.iter().copied().find(|q| q.as_str() == code)
    }

    /// Whether this is [`Qualifier::Exact`].
    pub fn is_exact(&self) -> bool {
        *self == Qualifier::Exact
    }

    /// Whether the true value may be above the stated one (over, at least, about).
    pub fn allows_more(&self) -> bool {
        matches!(
            self,
            Qualifier::Over | Qualifier::AtLeast | Qualifier::About
        )
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Qualifier {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The codes JSON and XML write, without the allocations of the general case.
        match s {
            "exact" => return Ok(Qualifier::Exact),
            "over" => return Ok(Qualifier::Over),
            "at_least" => return Ok(Qualifier::AtLeast),
            "almost" => return Ok(Qualifier::Almost),
            "about" => return Ok(Qualifier::About),
            "up_to" => return Ok(Qualifier::UpTo),
            "less_than" => return Ok(Qualifier::LessThan),
            _ => {}
        }
        let words = collapse_spaces(s).to_lowercase();
        Ok(match words.as_str() {
            "exact" | "exactly" => Qualifier::Exact,
            "over" | "more than" | "exceeded" | "exceeding" | "above" => Qualifier::Over,
            "at_least" | "at least" | "no less than" | "not less than" => Qualifier::AtLeast,
            "almost" | "nearly" => Qualifier::Almost,
            "about" | "around" | "approximately" | "some" => Qualifier::About,
            "up_to" | "up to" => Qualifier::UpTo,
            "less_than" | "less than" | "under" | "fewer than" => Qualifier::LessThan,
            _ => {
                return Err(ParseError::new(
                    "qualifier",
                    s,
                    "expected exact, over, at_least, almost, about, up_to or less_than",
                ));
            }
        })
    }
}

impl TryFrom<&str> for Qualifier {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(
    Qualifier,
    "a qualifier: exact, over, at_least, almost, about, up_to or less_than"
);

/// Units of mass.
///
/// ```
/// use caricc_release::{MassUnit, Unit};
///
/// assert_eq!("kg".parse::<Unit>()?, Unit::Mass(MassUnit::Kilogram));
/// assert_eq!(Unit::Mass(MassUnit::Gram).to_string(), "g");
/// assert_eq!(MassUnit::Kilogram.milligram_exponent(), Some(6));
/// assert_eq!(MassUnit::Pound.milligram_exponent(), None);
/// assert_eq!("lb".parse::<Unit>()?, Unit::Mass(MassUnit::Pound));
/// assert!(Unit::Mass(MassUnit::Tonne).is_compatible_with(&Unit::Mass(MassUnit::Gram)));
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MassUnit {
    /// Metric ton (`t`).
    Tonne,
    /// Kilogram (`kg`).
    Kilogram,
    /// Gram (`g`).
    Gram,
    /// Milligram (`mg`).
    Milligram,
    /// Avoirdupois pound (`lb`), 16 ounces.
    Pound,
    /// Avoirdupois ounce (`oz`).
    Ounce,
}

impl MassUnit {
    /// How many milligrams make one of this unit, as a power of ten; `None` for the
    /// imperial units (pound, ounce), whose milligrams are no power of ten.
    pub fn milligram_exponent(&self) -> Option<u32> {
        match self {
            MassUnit::Tonne => Some(9),
            MassUnit::Kilogram => Some(6),
            MassUnit::Gram => Some(3),
            MassUnit::Milligram => Some(0),
            MassUnit::Pound | MassUnit::Ounce => None,
        }
    }
}

/// Units of volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeUnit {
    /// Litre (`l`).
    Litre,
    /// Millilitre (`ml`).
    Millilitre,
    /// Cubic metre (`m3`).
    CubicMetre,
}

/// Units of area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AreaUnit {
    /// Hectare (`ha`).
    Hectare,
    /// Square metre (`m2`).
    SquareMetre,
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DurationUnit {
    /// Year (`year`).
    Year,
    /// Month (`month`).
    Month,
    /// Week (`week`).
    Week,
    /// Day (`day`).
    Day,
    /// Hour (`hour`).
    Hour,
}

/// The unit of a statistic.
///
/// The text form (also the JSON form) is a short code: `count`, `t`, `kg`, `g`, `mg`, `lb`, `oz`, `l`,
/// `ml`, `m3`, `ha`, `m2`, `percent`, `year`, `month`, `week`, `day`, `hour`, `factor`, an
/// ISO 4217 code for money (`KZT`, `USD`), and `other:` followed by free text for anything
/// else (`other:doses`).
///
/// ```
/// use caricc_release::{Currency, MassUnit, Unit};
///
/// assert_eq!("t".parse::<Unit>()?, Unit::Mass(MassUnit::Tonne));
/// assert_eq!("KZT".parse::<Unit>()?, Unit::Currency(Currency::KZT));
/// assert_eq!(Unit::Other("doses".into()).to_string(), "other:doses");
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// A number of things; the statistic's measure says which (`count`).
    Count,
    /// A mass.
    Mass(MassUnit),
    /// A volume.
    Volume(VolumeUnit),
    /// An area.
    Area(AreaUnit),
    /// Money, by ISO 4217 currency.
    Currency(Currency),
    /// Percent (`percent`).
    Percent,
    /// A length of time.
    Duration(DurationUnit),
    /// A factor, "threefold", "three times more" (`factor`).
    Factor,
    /// Any other unit, as text (`other:…`).
    Other(String),
}

const UNIT_CODES: &[(&str, Unit)] = &[
    ("count", Unit::Count),
    ("t", Unit::Mass(MassUnit::Tonne)),
    ("kg", Unit::Mass(MassUnit::Kilogram)),
    ("g", Unit::Mass(MassUnit::Gram)),
    ("mg", Unit::Mass(MassUnit::Milligram)),
    ("lb", Unit::Mass(MassUnit::Pound)),
    ("oz", Unit::Mass(MassUnit::Ounce)),
    ("l", Unit::Volume(VolumeUnit::Litre)),
    ("ml", Unit::Volume(VolumeUnit::Millilitre)),
    ("m3", Unit::Volume(VolumeUnit::CubicMetre)),
    ("ha", Unit::Area(AreaUnit::Hectare)),
    ("m2", Unit::Area(AreaUnit::SquareMetre)),
    ("percent", Unit::Percent),
    ("year", Unit::Duration(DurationUnit::Year)),
    ("month", Unit::Duration(DurationUnit::Month)),
    ("week", Unit::Duration(DurationUnit::Week)),
    ("day", Unit::Duration(DurationUnit::Day)),
    ("hour", Unit::Duration(DurationUnit::Hour)),
    ("factor", Unit::Factor),
];

impl Unit {
    /// `value` in the smallest unit of its kind (milligrams or ounces, millilitres, square
    /// metres, months or hours), so parts in kg add up against a total in tons; other units as they
    /// are. `None` on overflow.
    pub(crate) fn in_base(&self, value: Decimal) -> Option<(Unit, Decimal)> {
        let (base, factor): (Unit, u64) = match self {
            // Pounds and ounces do not convert to milligrams exactly: their own base.
            Unit::Mass(MassUnit::Pound) => (Unit::Mass(MassUnit::Ounce), 16),
            Unit::Mass(MassUnit::Ounce) => (Unit::Mass(MassUnit::Ounce), 1),
            Unit::Mass(m) => (
                Unit::Mass(MassUnit::Milligram),
                10u64.pow(m.milligram_exponent().unwrap_or(0)),
            ),
            Unit::Volume(v) => (
                Unit::Volume(VolumeUnit::Millilitre),
                match v {
                    VolumeUnit::Litre => 1_000,
                    VolumeUnit::Millilitre => 1,
                    VolumeUnit::CubicMetre => 1_000_000,
                },
            ),
            Unit::Area(a) => (
                Unit::Area(AreaUnit::SquareMetre),
                match a {
                    AreaUnit::Hectare => 10_000,
                    AreaUnit::SquareMetre => 1,
                },
            ),
            // Months and years do not convert to days exactly: two bases of time.
            Unit::Duration(DurationUnit::Year) => (Unit::Duration(DurationUnit::Month), 12),
            Unit::Duration(DurationUnit::Month) => (Unit::Duration(DurationUnit::Month), 1),
            Unit::Duration(DurationUnit::Week) => (Unit::Duration(DurationUnit::Hour), 168),
            Unit::Duration(DurationUnit::Day) => (Unit::Duration(DurationUnit::Hour), 24),
            Unit::Duration(DurationUnit::Hour) => (Unit::Duration(DurationUnit::Hour), 1),
            other => (other.clone(), 1),
        };
        Some((base, value.checked_mul(&Decimal::from(factor))?))
    }

    /// Whether values in `self` and `other` measure the same kind of thing (both masses,
    /// both the same currency, …), so that one can be part of the other.
    pub fn is_compatible_with(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Mass(_), Unit::Mass(_))
            | (Unit::Volume(_), Unit::Volume(_))
            | (Unit::Area(_), Unit::Area(_))
            | (Unit::Duration(_), Unit::Duration(_)) => true,
            _ => self == other,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Currency(c) => f.pad(c.code()),
            Unit::Other(text) => crate::error::pad(f, format_args!("other:{text}")),
            known => {
                let code = UNIT_CODES
                    .iter()
                    .find(|(_, u)| u == known)
                    .map_or("?", |(c, _)| c);
                f.pad(code)
            }
        }
    }
}

impl FromStr for Unit {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(text) = s.strip_prefix("other:") {
            if text.trim().is_empty() {
                return Err(ParseError::new(
                    "unit",
                    s,
                    "\"other:\" needs the unit's text after it",
                ));
            }
            return Ok(Unit::Other(text.to_owned()));
        }
        if let Some((_, unit)) = UNIT_CODES.iter().find(|(code, _)| *code == s) {
            return Ok(unit.clone());
        }
        if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) {
            return s.parse().map(Unit::Currency);
        }
        Err(ParseError::new(
            "unit",
            s,
            "expected count, t, kg, g, mg, lb, oz, l, ml, m3, ha, m2, percent, year, month, week, \
             day, hour, factor, an ISO 4217 code or other:TEXT",
        ))
    }
}

impl TryFrom<&str> for Unit {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<MassUnit> for Unit {
    /// `Unit::Mass(unit)`.
    fn from(unit: MassUnit) -> Self {
        Unit::Mass(unit)
    }
}

impl From<VolumeUnit> for Unit {
    /// `Unit::Volume(unit)`.
    fn from(unit: VolumeUnit) -> Self {
        Unit::Volume(unit)
    }
}

impl From<AreaUnit> for Unit {
    /// `Unit::Area(unit)`.
    fn from(unit: AreaUnit) -> Self {
        Unit::Area(unit)
    }
}

impl From<Currency> for Unit {
    /// `Unit::Currency(unit)`.
    fn from(unit: Currency) -> Self {
        Unit::Currency(unit)
    }
}

impl From<DurationUnit> for Unit {
    /// `Unit::Duration(unit)`.
    fn from(unit: DurationUnit) -> Self {
        Unit::Duration(unit)
    }
}

serde_via_str!(
    Unit,
    "a unit code such as \"kg\", \"count\", \"KZT\" or \"other:doses\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_codes_and_words_read() {
        for &q in Qualifier::ALL {
            assert_eq!(q.to_string().parse::<Qualifier>().unwrap(), q);
            assert_eq!(
                q.to_string().to_uppercase().parse::<Qualifier>().unwrap(),
                q
            );
        }
        assert_eq!("More  than".parse::<Qualifier>().unwrap(), Qualifier::Over);
        assert_eq!(" up to ".parse::<Qualifier>().unwrap(), Qualifier::UpTo);
        assert!("beyond".parse::<Qualifier>().is_err());
    }

    #[test]
    fn unit_codes_round_trip() {
        for (code, unit) in UNIT_CODES {
            assert_eq!(unit.to_string(), *code);
            assert_eq!(code.parse::<Unit>().unwrap(), *unit);
        }
        for s in ["USD", "other:doses", "other:kg"] {
            assert_eq!(s.parse::<Unit>().unwrap().to_string(), s);
        }
        for s in ["", "tons", "XYZ", "other:", "usd"] {
            assert!(s.parse::<Unit>().is_err(), "{s}");
        }
    }

    #[test]
    fn qualifier_codes_round_trip() {
        for &q in Qualifier::ALL {
            assert_eq!(q.as_str().parse::<Qualifier>().unwrap(), q);
        }
        assert_eq!("Nearly".parse::<Qualifier>().unwrap(), Qualifier::Almost);
        assert!("roughly-ish".parse::<Qualifier>().is_err());
    }
}
