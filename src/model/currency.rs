//! ISO 4217 currencies.

mod table;

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;
use crate::error::serde_via_str;
use table::{CURRENCIES, CurrencyEntry};

/// A currency by its ISO 4217 code; every code of the standard is known (from Debian's iso-codes).
///
/// ```
/// use caricc_release::Currency;
///
/// let kzt: Currency = "KZT".parse()?;
/// assert_eq!(kzt, Currency::KZT);
/// assert_eq!(kzt.name(), "Tenge");
/// assert_eq!(Currency::USD.numeric(), 840);
/// # Ok::<(), caricc_release::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(u8);

const fn index_of(code: &[u8; 3]) -> usize {
    let mut i = 0;
    while i < CURRENCIES.len() {
        let a = CURRENCIES[i].code.as_bytes();
        if a[0] == code[0] && a[1] == code[1] && a[2] == code[2] {
            return i;
        }
        i += 1;
    }
    panic!("unknown ISO 4217 code in a constant")
}

macro_rules! currency_consts {
    ($($code:ident => $doc:literal),* $(,)?) => {
        impl Currency {
            $(
                #[doc = $doc]
                pub const $code: Currency = Currency(index_of(stringify!($code).as_bytes().first_chunk::<3>().unwrap()) as u8);
            )*
        }
    };
}

currency_consts! {
    KZT => "Kazakhstani tenge.",
    USD => "US dollar.",
    EUR => "Euro.",
    RUB => "Russian ruble.",
    AZN => "Azerbaijani manat.",
    KGS => "Kyrgyz som.",
    TJS => "Tajik somoni.",
    TMT => "Turkmen manat.",
    UZS => "Uzbek sum.",
    CNY => "Chinese yuan.",
    AFN => "Afghan afghani.",
    IRR => "Iranian rial.",
    PKR => "Pakistani rupee.",
    TRY => "Turkish lira.",
    GBP => "Pound sterling.",
    EGP => "Egyptian pound.",
    CHF => "Swiss franc.",
    INR => "Indian rupee.",
    JPY => "Japanese yen.",
    UAH => "Ukrainian hryvnia.",
    GEL => "Georgian lari.",
    AMD => "Armenian dram.",
    KRW => "South Korean won.",
}

impl Currency {
    fn entry(&self) -> &'static CurrencyEntry {
        &CURRENCIES[usize::from(self.0)]
    }

    /// Every ISO 4217 currency, sorted by code.
    pub fn all() -> impl ExactSizeIterator<Item = Currency> {
        (0..CURRENCIES.len()).map(|i| Currency(i as u8))
    }

    /// The currency with this alphabetic code, in any letter case.
    pub fn from_code(code: &str) -> Option<Currency> {
        // The table is sorted by code: a binary search.
        // Compared upper-cased byte by byte, so that reading allocates nothing.
        let upper = code.bytes().map(|b| b.to_ascii_uppercase());
        CURRENCIES
            .binary_search_by(|e| e.code.bytes().cmp(upper.clone()))
            .ok()
            .map(|i| Currency(i as u8))
    }

    /// The alphabetic code, e.g. `"KZT"`.
    pub fn code(&self) -> &'static str {
        self.entry().code
    }

    /// The numeric code, e.g. `398`.
    pub fn numeric(&self) -> u16 {
        self.entry().numeric
    }

    /// The ISO name, e.g. `"Tenge"`.
    pub fn name(&self) -> &'static str {
        self.entry().name
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl FromStr for Currency {
    type Err = ParseError;

    /// Reads an upper-case ISO 4217 code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ParseError::new(
                "currency code",
                s,
                "expected an upper-case ISO 4217 code such as \"KZT\"",
            ));
        }
        Currency::from_code(s)
            .ok_or_else(|| ParseError::new("currency code", s, "not an ISO 4217 code"))
    }
}
impl TryFrom<&str> for Currency {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(Currency, "an ISO 4217 currency code such as \"KZT\"");
