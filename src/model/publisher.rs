//! The publisher of a release and its contact details.

use std::fmt;
use std::str::FromStr;

use url::Url;

use super::Country;
use crate::error::ParseError;
use crate::error::serde_via_str;

/// Who publishes a release: name, acronym, editorial address and contacts.
///
/// [`Publisher::caricc`] gives CARICC's details as its releases print them.
///
/// ```
/// use caricc_release::{Country, Publisher};
///
/// let caricc = Publisher::caricc();
/// assert_eq!(caricc.acronym, "CARICC");
/// assert_eq!(caricc.address.country, Country::KZ);
/// assert_eq!(caricc.telephones[0].to_string(), "+7 727 259 99 90");
/// assert_eq!(caricc.email.to_string(), "registry@caricc.org");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Publisher {
    /// Full name.
    pub name: String,
    /// Short name, e.g. `"CARICC"`.
    pub acronym: String,
    /// Editorial (postal) address.
    pub address: PostalAddress,
    /// Telephone numbers, as printed.
    pub telephones: Vec<PhoneNumber>,
    /// Fax number, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax: Option<PhoneNumber>,
    /// E-mail address.
    pub email: EmailAddress,
    /// Website.
    pub website: Url,
}

impl Publisher {
    /// A publisher with no telephone or fax yet; add them to the public fields.
    pub fn new(
        name: impl Into<String>,
        acronym: impl Into<String>,
        address: PostalAddress,
        email: EmailAddress,
        website: Url,
    ) -> Publisher {
        Publisher {
            name: name.into(),
            acronym: acronym.into(),
            address,
            telephones: Vec::new(),
            fax: None,
            email,
            website,
        }
    }

    /// CARICC, with the details its releases print: Republic of Kazakhstan, 050008, Almaty,
    /// Abay Avenue, 52; tel. +7 727 259 99 90; fax +7 727 392 15 54; registry@caricc.org;
    /// www.caricc.org (printed without a scheme; kept as `https://www.caricc.org/`).
    pub fn caricc() -> Publisher {
        Publisher {
            name: "Central Asian Regional Information and Coordination Centre for combating the \
                   illicit trafficking of narcotic drugs, psychotropic substances and their precursors"
                .to_owned(),
            acronym: "CARICC".to_owned(),
            address: PostalAddress {
                country: Country::KZ,
                postal_code: "050008".to_owned(),
                city: "Almaty".to_owned(),
                street: "Abay Avenue, 52".to_owned(),
            },
            telephones: vec![PhoneNumber(String::from("+7 727 259 99 90"))],
            fax: Some(PhoneNumber(String::from("+7 727 392 15 54"))),
            email: EmailAddress(String::from("registry@caricc.org")),
            website: caricc_website(),
        }
    }

    /// CARICC as its Russian releases print it: «Центрально-Азиатский региональный
    /// информационный координационный центр…» (ЦАРИКЦ), Республика Казахстан, 050008,
    /// г. Алматы, пр. Абая, 52, with the same numbers, e-mail and website.
    ///
    /// ```
    /// use caricc_release::Publisher;
    ///
    /// let p = Publisher::caricc_ru();
    /// assert_eq!(p.acronym, "ЦАРИКЦ");
    /// assert_eq!(p.address.city, "г. Алматы");
    /// assert_eq!(p.email, Publisher::caricc().email);
    /// ```
    pub fn caricc_ru() -> Publisher {
        Publisher {
            name: "Центрально-Азиатский региональный информационный координационный центр по \
                   борьбе с незаконным оборотом наркотических средств, психотропных веществ и их \
                   прекурсоров"
                .to_owned(),
            acronym: "ЦАРИКЦ".to_owned(),
            address: PostalAddress {
                country: Country::KZ,
                postal_code: "050008".to_owned(),
                city: "г. Алматы".to_owned(),
                street: "пр. Абая, 52".to_owned(),
            },
            ..Publisher::caricc()
        }
    }
}

fn caricc_website() -> Url {
    // A constant, not input: it always parses.
    #[allow(clippy::expect_used)]
    Url::parse("https://www.caricc.org/").expect("constant URL parses")
}

/// A postal address as the release prints it: "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52".
///
/// ```
/// use caricc_release::{Country, Publisher};
///
/// let address = Publisher::caricc().address;
/// assert_eq!((address.country, address.city.as_str()), (Country::KZ, "Almaty"));
/// assert_eq!(address.to_string(), "Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PostalAddress {
    /// Country.
    pub country: Country,
    /// Postal code, e.g. `"050008"`.
    pub postal_code: String,
    /// City, e.g. `"Almaty"`.
    pub city: String,
    /// Street and house, e.g. `"Abay Avenue, 52"`.
    pub street: String,
}

impl PostalAddress {
    /// The address in `country`, with its postal code, city and street.
    pub fn new(
        country: Country,
        postal_code: impl Into<String>,
        city: impl Into<String>,
        street: impl Into<String>,
    ) -> PostalAddress {
        PostalAddress {
            country,
            postal_code: postal_code.into(),
            city: city.into(),
            street: street.into(),
        }
    }
}

impl fmt::Display for PostalAddress {
    /// The release's order: official country name, postal code, city, street.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::error::pad(
            f,
            format_args!(
                "{}, {}, {}, {}",
                self.country.official_name(),
                self.postal_code,
                self.city,
                self.street
            ),
        )
    }
}

/// A telephone or fax number as printed, e.g. `+7 727 259 99 90`.
///
/// Reading takes digits, spaces, `-`, `.`, `(`, `)` and a leading `+`, with at least one
/// digit; whether the number is plausible (7 to 15 digits, E.164) is checked by `validate()`.
///
/// ```
/// use caricc_release::PhoneNumber;
///
/// let tel: PhoneNumber = "+7 727 259 99 90".parse()?;
/// assert_eq!(tel.digits(), "77272599990");
/// assert!("call us".parse::<PhoneNumber>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// The digits alone, e.g. `"77272599990"`.
    pub fn digits(&self) -> String {
        self.0.chars().filter(char::is_ascii_digit).collect()
    }

    /// The number as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl FromStr for PhoneNumber {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let body = s.strip_prefix('+').unwrap_or(s);
        let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')');
        if s.trim() != s || !body.chars().all(allowed) || !body.chars().any(|c| c.is_ascii_digit())
        {
            return Err(ParseError::new(
                "phone number",
                s,
                "expected digits with spaces, '-', '.', '(' or ')' and an optional leading '+'",
            ));
        }
        Ok(PhoneNumber(s.to_owned()))
    }
}
impl TryFrom<&str> for PhoneNumber {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(PhoneNumber, "a phone number such as \"+7 727 259 99 90\"");

/// An e-mail address, e.g. `registry@caricc.org`.
///
/// Reading checks the form `local@domain` (one `@`, no spaces, no empty part); whether the
/// domain is plausible is checked by `validate()`.
///
/// ```
/// use caricc_release::EmailAddress;
///
/// let email: EmailAddress = "registry@caricc.org".parse()?;
/// assert_eq!(email.domain(), "caricc.org");
/// assert!("registry.caricc.org".parse::<EmailAddress>().is_err());
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// The part after `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl FromStr for EmailAddress {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && !s.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        };
        if !ok {
            return Err(ParseError::new(
                "e-mail address",
                s,
                "expected the form local@domain",
            ));
        }
        Ok(EmailAddress(s.to_owned()))
    }
}
impl TryFrom<&str> for EmailAddress {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(
    EmailAddress,
    "an e-mail address such as \"registry@caricc.org\""
);
