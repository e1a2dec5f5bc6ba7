//! What a seizure statistic counts: substances by stable code, each in a drug group.
//!
//! The names are those of UNODC's Individual Drug Seizures data where it has one, the
//! groups those of UNODC's World Drug Report; `docs/substances.md` gives the mapping and its
//! sources.

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;
use crate::error::serde_via_str;

/// A group of substances, after the groupings of UNODC's World Drug Report.
///
/// The text form is the code in parentheses.
///
/// ```
/// use caricc_release::{DrugGroup, Substance};
///
/// assert_eq!(Substance::CannabisResin.group(), DrugGroup::Cannabis);
/// assert_eq!("ats".parse::<DrugGroup>()?, DrugGroup::AmphetamineTypeStimulants);
/// assert_eq!(DrugGroup::Opiates.name(), "Opiates");
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DrugGroup {
    /// Opium, morphine, heroin and poppy straw (`opiates`).
    Opiates,
    /// Cannabis herb, resin, plants and oil (`cannabis`).
    Cannabis,
    /// Cocaine (`cocaine`).
    Cocaine,
    /// Amphetamine-type stimulants: methamphetamine, amphetamine, MDMA (`ats`).
    AmphetamineTypeStimulants,
    /// New psychoactive substances: synthetic cathinones and cannabinoids (`nps`).
    NewPsychoactiveSubstances,
    /// Pharmaceuticals: tramadol and other pharmaceutical opioids, methadone, psychotropic
    /// medicines (`pharmaceuticals`).
    Pharmaceuticals,
    /// Precursor chemicals (`precursors`).
    Precursors,
    /// Drugs the text does not name, synthetic or not (`unspecified`).
    Unspecified,
}

impl DrugGroup {
    /// Every group, in the order above.
    pub const ALL: &'static [DrugGroup] = &[
        DrugGroup::Opiates,
        DrugGroup::Cannabis,
        DrugGroup::Cocaine,
        DrugGroup::AmphetamineTypeStimulants,
        DrugGroup::NewPsychoactiveSubstances,
        DrugGroup::Pharmaceuticals,
        DrugGroup::Precursors,
        DrugGroup::Unspecified,
    ];

    /// The code: `opiates`, `cannabis`, `cocaine`, `ats`, `nps`, `pharmaceuticals`,
    /// `precursors`, `unspecified`.
    pub fn as_str(&self) -> &'static str {
        match self {
            DrugGroup::Opiates => "opiates",
            DrugGroup::Cannabis => "cannabis",
            DrugGroup::Cocaine => "cocaine",
            DrugGroup::AmphetamineTypeStimulants => "ats",
            DrugGroup::NewPsychoactiveSubstances => "nps",
            DrugGroup::Pharmaceuticals => "pharmaceuticals",
            DrugGroup::Precursors => "precursors",
            DrugGroup::Unspecified => "unspecified",
        }
    }

    /// The English name, as UNODC's reports write it.
    pub fn name(&self) -> &'static str {
        match self {
            DrugGroup::Opiates => "Opiates",
            DrugGroup::Cannabis => "Cannabis",
            DrugGroup::Cocaine => "Cocaine",
            DrugGroup::AmphetamineTypeStimulants => "Amphetamine-type stimulants",
            DrugGroup::NewPsychoactiveSubstances => "New psychoactive substances",
            DrugGroup::Pharmaceuticals => "Pharmaceuticals",
            DrugGroup::Precursors => "Precursors",
            DrugGroup::Unspecified => "Unspecified drugs",
        }
    }

    /// The group with this code.
    pub fn from_code(code: &str) -> Option<DrugGroup> {
        DrugGroup::ALL.iter().copied().find(|g| g.as_str() == code)
    }
}

impl fmt::Display for DrugGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for DrugGroup {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DrugGroup::from_code(s).ok_or_else(|| {
            ParseError::new(
                "drug group",
                s,
                "expected opiates, cannabis, cocaine, ats, nps, pharmaceuticals, precursors or unspecified",
            )
        })
    }
}

serde_via_str!(
    DrugGroup,
    "a drug group code such as \"cannabis\" or \"ats\""
);

/// Defines [`Substance`]: variant, code, UNODC-style name and group, once.
macro_rules! substances {
    ($($(#[$doc:meta])* $variant:ident => $code:literal, $name:literal, $group:ident;)*) => {
        /// A substance a statistic counts, by stable code, with its name and [`DrugGroup`].
        ///
        /// The text form (also the JSON and XML form) is the code; codes are added, never
        /// changed. Names follow UNODC's seizure data where it has one ("Cannabis resin",
        /// "Cannabis herb (marijuana)", "Heroin").
        ///
        /// ```
        /// use caricc_release::{DrugGroup, Substance};
        ///
        /// let hashish: Substance = "cannabis_resin".parse()?;
        /// assert_eq!(hashish, Substance::CannabisResin);
        /// assert_eq!(hashish.name(), "Cannabis resin");
        /// assert_eq!(hashish.group(), DrugGroup::Cannabis);
        /// assert_eq!(Substance::AceticAnhydride.to_string(), "acetic_anhydride");
        /// assert!("hashish".parse::<Substance>().is_err()); // codes only
        /// # Ok::<(), caricc_release::ParseError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Substance {
            $($(#[$doc])* $variant,)*
        }

        impl Substance {
            /// Every substance, grouped as in [`DrugGroup::ALL`].
            pub const ALL: &'static [Substance] = &[$(Substance::$variant,)*];

            /// The stable code, e.g. `cannabis_resin`.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Substance::$variant => $code,)*
                }
            }

            /// The English name, after UNODC's seizure data, e.g. "Cannabis resin".
            pub fn name(&self) -> &'static str {
                match self {
                    $(Substance::$variant => $name,)*
                }
            }

            /// The drug group.
            pub fn group(&self) -> DrugGroup {
                match self {
                    $(Substance::$variant => DrugGroup::$group,)*
                }
            }
        }
    };
}

substances! {
    /// Heroin (`heroin`).
    Heroin => "heroin", "Heroin", Opiates;
    /// Opium (`opium`).
    Opium => "opium", "Opium", Opiates;
    /// Morphine (`morphine`).
    Morphine => "morphine", "Morphine", Opiates;
    /// Poppy straw and poppy plants (`poppy_straw`).
    PoppyStraw => "poppy_straw", "Poppy straw", Opiates;
    /// Cannabis herb, marijuana (`cannabis_herb`).
    CannabisHerb => "cannabis_herb", "Cannabis herb (marijuana)", Cannabis;
    /// Cannabis resin, hashish (`cannabis_resin`).
    CannabisResin => "cannabis_resin", "Cannabis resin", Cannabis;
    /// Cannabis plants: bushes, plants, wild hemp (`cannabis_plants`).
    CannabisPlants => "cannabis_plants", "Cannabis plant", Cannabis;
    /// Cannabis oil (`cannabis_oil`).
    CannabisOil => "cannabis_oil", "Cannabis oil", Cannabis;
    /// Cannabis the text does not type further (`cannabis`).
    CannabisOther => "cannabis", "Cannabis (type unspecified)", Cannabis;
    /// Cocaine (`cocaine`).
    Cocaine => "cocaine", "Cocaine", Cocaine;
    /// Methamphetamine (`methamphetamine`).
    Methamphetamine => "methamphetamine", "Methamphetamine", AmphetamineTypeStimulants;
    /// Amphetamine (`amphetamine`).
    Amphetamine => "amphetamine", "Amphetamine", AmphetamineTypeStimulants;
    /// MDMA, "ecstasy" (`mdma`).
    Mdma => "mdma", "\"Ecstasy\"-type substances (MDMA)", AmphetamineTypeStimulants;
    /// Mephedrone, 4-MMC (`mephedrone`).
    Mephedrone => "mephedrone", "Mephedrone", NewPsychoactiveSubstances;
    /// Alpha-PVP, "salt" (`alpha_pvp`).
    AlphaPvp => "alpha_pvp", "Alpha-PVP", NewPsychoactiveSubstances;
    /// Other synthetic cathinones (`synthetic_cathinones`).
    SyntheticCathinones => "synthetic_cathinones", "Synthetic cathinones", NewPsychoactiveSubstances;
    /// Synthetic cannabinoids, "spice" (`synthetic_cannabinoids`).
    SyntheticCannabinoids => "synthetic_cannabinoids", "Synthetic cannabinoids", NewPsychoactiveSubstances;
    /// Tramadol (`tramadol`).
    Tramadol => "tramadol", "Tramadol", Pharmaceuticals;
    /// Pharmaceutical opioids other than tramadol and methadone (`pharmaceutical_opioids`).
    PharmaceuticalOpioids => "pharmaceutical_opioids", "Other pharmaceutical opioids", Pharmaceuticals;
    /// Methadone (`methadone`).
    Methadone => "methadone", "Methadone", Pharmaceuticals;
    /// Psychotropic medicines, tablets the text does not name (`psychotropic_medicines`).
    PsychotropicMedicines => "psychotropic_medicines", "Other psychotropic medicines", Pharmaceuticals;
    /// Acetic anhydride (`acetic_anhydride`).
    AceticAnhydride => "acetic_anhydride", "Acetic anhydride", Precursors;
    /// Precursors the text does not name, or other than acetic anhydride (`precursors`).
    Precursors => "precursors", "Precursors (other or unspecified)", Precursors;
    /// Synthetic drugs the text does not name (`synthetic_drugs`).
    SyntheticDrugs => "synthetic_drugs", "Synthetic drugs (unspecified)", Unspecified;
    /// Drugs the text does not name ("narcotic drugs") (`drugs`).
    Drugs => "drugs", "Drugs (unspecified)", Unspecified;
}

impl Substance {
    /// The substance with this code.
    pub fn from_code(code: &str) -> Option<Substance> {
        Substance::ALL.iter().copied().find(|s| s.as_str() == code)
    }

    /// Whether the substance is a kind the text names, not "drugs" or "synthetic drugs" in
    /// general: a total over unspecified drugs may hold named ones.
    pub fn is_specific(&self) -> bool {
        self.group() != DrugGroup::Unspecified
    }
}

impl fmt::Display for Substance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Substance {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Substance::from_code(s).ok_or_else(|| {
            ParseError::new(
                "substance",
                s,
                "expected a substance code such as heroin, cannabis_resin or drugs",
            )
        })
    }
}

impl TryFrom<&str> for Substance {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(
    Substance,
    "a substance code such as \"heroin\", \"cannabis_resin\" or \"drugs\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for (i, s) in Substance::ALL.iter().enumerate() {
            assert_eq!(s.as_str().parse::<Substance>().unwrap(), *s);
            assert!(Substance::ALL[..i].iter().all(|t| t.as_str() != s.as_str()));
            assert!(DrugGroup::ALL.contains(&s.group()));
        }
        for g in DrugGroup::ALL {
            assert_eq!(g.as_str().parse::<DrugGroup>().unwrap(), *g);
            assert!(Substance::ALL.iter().any(|s| s.group() == *g), "{g}");
        }
        assert!("Heroin".parse::<Substance>().is_err());
        assert!("".parse::<DrugGroup>().is_err());
    }

    #[test]
    fn groups_follow_each_other() {
        // ALL lists the substances group by group, in DrugGroup::ALL's order.
        let groups: Vec<DrugGroup> = Substance::ALL.iter().map(Substance::group).collect();
        assert!(groups.windows(2).all(|w| w[0] <= w[1]));
    }
}
