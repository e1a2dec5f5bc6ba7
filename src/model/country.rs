//! ISO 3166-1 countries, with the names CARICC's releases print.

mod table;

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;
use crate::error::serde_via_str;
use crate::words::collapse_spaces;
use table::{COUNTRIES, CountryEntry};

/// A country, by its ISO 3166-1 code: every code of the standard is known, with its short,
/// official and common names (from Debian's iso-codes).
///
/// The text form is the alpha-2 code, as in JSON (`"KZ"`). Printed headings map to their
/// country with [`Country::from_name`]:
///
/// ```
/// use caricc_release::Country;
///
/// let kz: Country = "KZ".parse()?;
/// assert_eq!(kz, Country::KZ);
/// assert_eq!(kz.official_name(), "Republic of Kazakhstan");
/// assert_eq!(Country::from_name("REPUBLIC OF AZERBAIJAN"), Some(Country::AZ));
/// assert_eq!(Country::from_name("Kyrgyz Republic"), Some(Country::KG));
/// assert_eq!(Country::RU.common_name(), "Russia");
/// assert!(Country::TJ.is_caricc_member() && !Country::CN.is_caricc_member());
///
/// // Russian names, as the region's Russian releases print them:
/// assert_eq!(Country::KG.russian_name(), "Кыргызстан");
/// assert_eq!(Country::KG.russian_official_name(), "Кыргызская Республика");
/// assert_eq!(Country::from_name("РЕСПУБЛИКА ТАДЖИКИСТАН"), Some(Country::TJ));
/// assert_eq!(Country::from_name("Киргизия"), Some(Country::KG));
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(u8);

/// Other names under which the region's releases print a country.
const ALIASES: &[(&str, &str)] = &[
    ("KYRGYZSTAN", "KG"),
    ("KIRGHIZIA", "KG"),
    ("RUSSIA", "RU"),
    ("THE RUSSIAN FEDERATION", "RU"),
    ("TURKEY", "TR"),
    ("TURKIYE", "TR"),
    ("REPUBLIC OF TURKIYE", "TR"),
    ("REPUBLIC OF TURKEY", "TR"),
    ("IRAN", "IR"),
    ("CHINA", "CN"),
    ("PRC", "CN"),
    ("TURKMENISTAN", "TM"),
    ("USA", "US"),
    ("UNITED STATES OF AMERICA", "US"),
    // Russian: the older and colloquial names, and Debian's forms where the region's differ.
    ("КИРГИЗИЯ", "KG"),
    ("КИРГИЗСКАЯ РЕСПУБЛИКА", "KG"),
    ("РЕСПУБЛИКА КЫРГЫЗСТАН", "KG"),
    ("ТУРКМЕНИЯ", "TM"),
    ("РЕСПУБЛИКА ТУРКМЕНИСТАН", "TM"),
    ("РЕСПУБЛИКА АЗЕРБАЙДЖАН", "AZ"),
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RU"),
    ("РФ", "RU"),
    ("ТУРЦИЯ", "TR"),
    ("ТЮРКИЯ", "TR"),
    ("ИРАН", "IR"),
    ("ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН", "IR"),
    ("КНР", "CN"),
    ("МОЛДАВИЯ", "MD"),
    ("СОЕДИНЕННЫЕ ШТАТЫ", "US"),
];

const fn index_of(code: &[u8; 2]) -> usize {
    let mut i = 0;
    while i < COUNTRIES.len() {
        let a = COUNTRIES[i].alpha2.as_bytes();
        if a[0] == code[0] && a[1] == code[1] {
            return i;
        }
        i += 1;
    }
    panic!("unknown ISO 3166-1 code in a constant")
}

macro_rules! country_consts {
    ($($code:ident => $doc:literal),* $(,)?) => {
        impl Country {
            $(
                #[doc = $doc]
                pub const $code: Country = Country(index_of(stringify!($code).as_bytes().first_chunk::<2>().unwrap()) as u8);
            )*
        }
    };
}

country_consts! {
    AZ => "Azerbaijan (CARICC member state).",
    KZ => "Kazakhstan (CARICC member state).",
    KG => "Kyrgyzstan (CARICC member state).",
    RU => "Russia (CARICC member state).",
    TJ => "Tajikistan (CARICC member state).",
    TM => "Turkmenistan (CARICC member state).",
    UZ => "Uzbekistan (CARICC member state).",
    AF => "Afghanistan (CARICC observer region).",
    CN => "China.",
    IR => "Iran.",
    PK => "Pakistan.",
    TR => "Türkiye.",
    IN => "India.",
    BY => "Belarus.",
    AM => "Armenia.",
    GE => "Georgia.",
    MN => "Mongolia.",
    US => "United States.",
    DE => "Germany.",
    GB => "United Kingdom.",
}

impl Country {
    /// The seven CARICC member states, in the order their codes sort.
    pub const CARICC_MEMBERS: &'static [Country] = &[
        Country::AZ,
        Country::KG,
        Country::KZ,
        Country::RU,
        Country::TJ,
        Country::TM,
        Country::UZ,
    ];

    fn entry(&self) -> &'static CountryEntry {
        // Only this module makes a `Country`, always from an index of the table.
        &COUNTRIES[usize::from(self.0)]
    }

    /// Every ISO 3166-1 country, sorted by alpha-2 code.
    pub fn all() -> impl ExactSizeIterator<Item = Country> {
        (0..COUNTRIES.len()).map(|i| Country(i as u8))
    }

    /// The country with this alpha-2 code, in any letter case.
    pub fn from_alpha2(code: &str) -> Option<Country> {
        // The table is sorted by alpha-2 code: a binary search, as JSON reads many codes.
        // Compared upper-cased byte by byte, so that reading allocates nothing.
        let upper = code.bytes().map(|b| b.to_ascii_uppercase());
        COUNTRIES
            .binary_search_by(|e| e.alpha2.bytes().cmp(upper.clone()))
            .ok()
            .map(|i| Country(i as u8))
    }

    /// The country with this alpha-3 code, in any letter case.
    pub fn from_alpha3(code: &str) -> Option<Country> {
        Country::find(|e| e.alpha3.eq_ignore_ascii_case(code))
    }

    /// The country with this numeric code.
    pub fn from_numeric(code: u16) -> Option<Country> {
        Country::find(|e| e.numeric == code)
    }

    /// The country a printed name or heading stands for, ignoring letter case and extra
    /// spaces: ISO short, official and common names, alpha-2 and alpha-3 codes, and the
    /// other names the releases use ("Kyrgyzstan", "Russia", "Turkey").
    ///
    /// Russian names count as well: Debian's translations, the region's own forms
    /// ("Кыргызская Республика", "Россия") and the colloquial ones ("Киргизия", "Туркмения"),
    /// with «ё» read as «е».
    ///
    /// Misspellings are not guessed here; the text-layout reader reports those.
    pub fn from_name(name: &str) -> Option<Country> {
        let wanted = upper_case_name(name);
        if wanted.is_empty() {
            return None;
        }
        upper_case_names()
            .iter()
            .find(|(_, name)| *name == wanted)
            .map(|(country, _)| *country)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| *alias == wanted)
                    .and_then(|(_, code)| Country::from_alpha2(code))
            })
            .or_else(|| match wanted.len() {
                2 => Country::from_alpha2(&wanted),
                3 => Country::from_alpha3(&wanted),
                _ => None,
            })
    }

    pub(crate) fn find(pred: impl Fn(&CountryEntry) -> bool) -> Option<Country> {
        COUNTRIES.iter().position(pred).map(|i| Country(i as u8))
    }

    /// ISO 3166-1 alpha-2 code, e.g. `"KZ"`.
    pub fn alpha2(&self) -> &'static str {
        self.entry().alpha2
    }

    /// ISO 3166-1 alpha-3 code, e.g. `"KAZ"`.
    pub fn alpha3(&self) -> &'static str {
        self.entry().alpha3
    }

    /// ISO 3166-1 numeric code, e.g. `398`.
    pub fn numeric(&self) -> u16 {
        self.entry().numeric
    }

    /// ISO 3166-1 short name, e.g. `"Russian Federation"`.
    pub fn name(&self) -> &'static str {
        self.entry().name
    }

    /// Official long name, e.g. `"Republic of Kazakhstan"`; the short name where ISO gives none.
    pub fn official_name(&self) -> &'static str {
        self.entry().official_name
    }

    /// The everyday name the releases' summaries use, e.g. `"Russia"`, `"Kyrgyzstan"`.
    pub fn common_name(&self) -> &'static str {
        self.entry().common_name
    }

    /// The Russian short name, as the region writes it, e.g. `"Кыргызстан"`, `"Россия"`: the
    /// name a Russian release's summary counts events under.
    ///
    /// ```
    /// use caricc_release::Country;
    ///
    /// assert_eq!(Country::KZ.russian_name(), "Казахстан");
    /// assert_eq!(Country::RU.russian_name(), "Россия");
    /// ```
    pub fn russian_name(&self) -> &'static str {
        self.entry().name_ru
    }

    /// The Russian official name, e.g. `"Республика Казахстан"`, `"Азербайджанская
    /// Республика"`: the name a Russian release's country headings print in capitals.
    ///
    /// ```
    /// use caricc_release::Country;
    ///
    /// assert_eq!(Country::AZ.russian_official_name(), "Азербайджанская Республика");
    /// assert_eq!(Country::TM.russian_official_name(), "Туркменистан");
    /// ```
    pub fn russian_official_name(&self) -> &'static str {
        self.entry().official_name_ru
    }

    /// Whether the country is one of the seven CARICC member states.
    pub fn is_caricc_member(&self) -> bool {
        Country::CARICC_MEMBERS.contains(self)
    }
}

/// Every country's short, official and common names in capitals, made once: readers compare
/// printed headings with them many times over.
pub(crate) fn upper_case_names() -> &'static [(Country, String)] {
    static NAMES: std::sync::OnceLock<Vec<(Country, String)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = Vec::with_capacity(COUNTRIES.len() * 3);
        for country in Country::all() {
            for name in [
                country.name(),
                country.official_name(),
                country.common_name(),
                country.russian_name(),
                country.russian_official_name(),
            ] {
                let upper = upper_case_name(name);
                if !names.iter().any(|(c, n)| *c == country && *n == upper) {
                    names.push((country, upper));
                }
            }
        }
        names
    })
}

/// A name as [`Country::from_name`] compares it: spaces collapsed, in capitals, «Ё» as «Е».
fn upper_case_name(name: &str) -> String {
    collapse_spaces(name).to_uppercase().replace('Ё', "Е")
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.alpha2())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.alpha2())
    }
}

impl FromStr for Country {
    type Err = ParseError;

    /// Reads an upper-case ISO 3166-1 alpha-2 code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ParseError::new(
                "country code",
                s,
                "expected an upper-case ISO 3166-1 alpha-2 code such as \"KZ\"",
            ));
        }
        Country::from_alpha2(s)
            .ok_or_else(|| ParseError::new("country code", s, "not an ISO 3166-1 alpha-2 code"))
    }
}

impl TryFrom<&str> for Country {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(Country, "an ISO 3166-1 alpha-2 country code such as \"KZ\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_the_release_map_to_their_codes() {
        for (heading, code) in [
            ("REPUBLIC OF AZERBAIJAN", "AZ"),
            ("REPUBLIC OF KAZAKHSTAN", "KZ"),
            ("KYRGYZ REPUBLIC", "KG"),
            ("RUSSIAN FEDERATION", "RU"),
            ("REPUBLIC OF TAJIKISTAN", "TJ"),
            ("TURKMENISTAN", "TM"),
            ("REPUBLIC OF UZBEKISTAN", "UZ"),
            ("ISLAMIC REPUBLIC OF AFGHANISTAN", "AF"),
            ("Islamic Republic of Iran", "IR"),
            ("People's Republic of China", "CN"),
            ("  Kyrgyzstan ", "KG"),
            ("Russia", "RU"),
        ] {
            assert_eq!(
                Country::from_name(heading).map(|c| c.alpha2()),
                Some(code),
                "{heading}"
            );
        }
        assert_eq!(Country::from_name("KYRGYZ PEPUBLIC"), None);
        for (heading, code) in [
            ("АЗЕРБАЙДЖАНСКАЯ РЕСПУБЛИКА", "AZ"),
            ("РЕСПУБЛИКА КАЗАХСТАН", "KZ"),
            ("КЫРГЫЗСКАЯ РЕСПУБЛИКА", "KG"),
            ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RU"),
            ("РЕСПУБЛИКА ТАДЖИКИСТАН", "TJ"),
            ("ТУРКМЕНИСТАН", "TM"),
            ("РЕСПУБЛИКА УЗБЕКИСТАН", "UZ"),
            ("Кыргызстан", "KG"),
            ("Киргизия", "KG"),
            ("Туркмения", "TM"),
            ("Россия", "RU"),
            ("Соединенные Штаты Америки", "US"),
        ] {
            assert_eq!(
                Country::from_name(heading).map(|c| c.alpha2()),
                Some(code),
                "{heading}"
            );
        }
        // Every country has a Russian name, in Cyrillic for all but none.
        for c in Country::all() {
            assert!(!c.russian_name().is_empty() && !c.russian_official_name().is_empty());
            assert!(!c.russian_name().contains('\u{301}'), "{c}");
            assert!(
                c.russian_name()
                    .chars()
                    .any(|ch| ('а'..='я').contains(&ch.to_lowercase().next().unwrap_or(ch))),
                "{c}: {}",
                c.russian_name()
            );
        }
        assert_eq!(Country::from_name(""), None);
    }

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].alpha2 < w[1].alpha2));
        assert!(
            crate::model::Currency::all()
                .map(|c| c.code())
                .collect::<Vec<_>>()
                .windows(2)
                .all(|w| w[0] < w[1])
        );
        assert_eq!(Country::from_alpha2("kz"), Some(Country::KZ));
        assert_eq!(Country::from_alpha2("ZZ"), None);
        for code in ["", "K", "KZA", "kZ\u{0}"] {
            assert_eq!(Country::from_alpha2(code), None, "{code:?}");
        }
        for e in &COUNTRIES {
            assert_eq!(
                Country::from_alpha2(e.alpha2).map(|c| c.alpha2()),
                Some(e.alpha2)
            );
        }
        for c in crate::model::Currency::all() {
            let lower = c.code().to_ascii_lowercase();
            assert_eq!(crate::model::Currency::from_code(&lower), Some(c));
        }
        assert_eq!(crate::model::Currency::from_code("KZ"), None);
    }

    #[test]
    fn constants_match_their_codes() {
        assert_eq!(Country::AZ.alpha2(), "AZ");
        assert_eq!(Country::UZ.alpha3(), "UZB");
        assert_eq!(Country::GB.alpha2(), "GB");
        assert_eq!(Country::all().len(), 249);
        assert!("kz".parse::<Country>().is_err());
        assert!("XX".parse::<Country>().is_err());
    }
}
