//! The release and its parts, typed. The model knows no document format: readers build it,
//! writers and renderers read it, [`walk`] visits every text and statistic in it.

mod article;
mod country;
mod currency;
mod decimal;
mod event;
pub(crate) mod path;
mod period;
mod publisher;
mod release;
mod section;
mod serde_form;
mod statistic;
mod substance;
pub(crate) mod walk;

pub use article::{Article, Block, Speaker};
pub use country::Country;
pub use currency::Currency;
pub use decimal::Decimal;
pub use event::EventKind;
pub use period::{ArticleDate, Period};
pub use publisher::{EmailAddress, PhoneNumber, PostalAddress, Publisher};
pub use release::{
    ContentsEntry, CountryCount, Format, LanguageTag, Release, ReleaseId, SERIES_SUBTITLE,
    SERIES_SUBTITLE_RU, SERIES_TITLE, SERIES_TITLE_RU, Summary,
};
pub use section::CountrySection;
pub use statistic::{
    AreaUnit, ChangeRole, DurationUnit, MassUnit, Qualifier, Statistic, Unit, VolumeUnit,
};
pub use substance::{DrugGroup, Substance};

pub(crate) use country::upper_case_names;
pub(crate) use period::{dotted, parse_iso_date, unwritable_year, writable_year};
pub(crate) use release::count_events;
