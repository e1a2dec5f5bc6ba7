//! What kind of event an article reports: a seizure, an arrest, a laboratory dismantled, …

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;
use crate::error::serde_via_str;

/// Defines [`EventKind`]: variant, code and name, once.
macro_rules! event_kinds {
    ($($(#[$doc:meta])* $variant:ident => $code:literal, $name:literal;)*) => {
        /// A kind of event an article reports, by stable code. An article may report
        /// several: a seizure, the arrest of the couriers and the criminal case opened.
        ///
        /// The text form (also the JSON and XML form) is the code; codes are added, never
        /// changed.
        ///
        /// ```
        /// use caricc_release::EventKind;
        ///
        /// assert_eq!("laboratory_dismantled".parse::<EventKind>()?, EventKind::LaboratoryDismantled);
        /// assert_eq!(EventKind::Seizure.name(), "Seizure");
        /// assert_eq!(EventKind::CriminalCase.to_string(), "criminal_case");
        /// # Ok::<(), caricc_release::ParseError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum EventKind {
            $($(#[$doc])* $variant,)*
        }

        impl EventKind {
            /// Every kind.
            pub const ALL: &'static [EventKind] = &[$(EventKind::$variant,)*];

            /// The stable code, e.g. `seizure`.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(EventKind::$variant => $code,)*
                }
            }

            /// The English name, e.g. "Laboratory dismantled".
            pub fn name(&self) -> &'static str {
                match self {
                    $(EventKind::$variant => $name,)*
                }
            }
        }
    };
}

event_kinds! {
    /// Drugs, precursors or plants seized (`seizure`).
    Seizure => "seizure", "Seizure";
    /// People arrested or detained (`arrest`).
    Arrest => "arrest", "Arrest or detention";
    /// A drug laboratory found and dismantled (`laboratory_dismantled`).
    LaboratoryDismantled => "laboratory_dismantled", "Laboratory dismantled";
    /// Plantations or wild-growing drug plants destroyed (`plantation_destroyed`).
    PlantationDestroyed => "plantation_destroyed", "Plantation destroyed";
    /// A criminal case opened (`criminal_case`).
    CriminalCase => "criminal_case", "Criminal case opened";
    /// A court sentence handed down (`sentence`).
    Sentence => "sentence", "Sentence handed down";
    /// A prevention or awareness event: a campaign, a run, a lecture (`prevention`).
    Prevention => "prevention", "Prevention or awareness";
    /// A meeting, an agreement, joint work between agencies or states (`cooperation`).
    Cooperation => "cooperation", "Meeting or cooperation";
    /// A law, a regulation or a policy adopted or proposed (`legislation`).
    Legislation => "legislation", "Legislation or policy";
}

impl EventKind {
    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<EventKind> {
        EventKind::ALL.iter().copied().find(|k| k.as_str() == code)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for EventKind {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EventKind::from_code(s).ok_or_else(|| {
            ParseError::new(
                "event kind",
                s,
                "expected seizure, arrest, laboratory_dismantled, plantation_destroyed, \
                 criminal_case, sentence, prevention, cooperation or legislation",
            )
        })
    }
}

impl TryFrom<&str> for EventKind {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(
    EventKind,
    "an event kind code such as \"seizure\" or \"arrest\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in EventKind::ALL {
            assert_eq!(k.as_str().parse::<EventKind>().unwrap(), *k);
            assert_eq!(format!("{k:>25}").trim_start(), k.as_str());
        }
        assert!("Seizure".parse::<EventKind>().is_err());
    }
}
