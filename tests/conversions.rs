//! Conversions between the small types and text: `TryFrom<&str>` beside every `FromStr`,
//! `From` each kind of unit into `Unit`, and `Display` that honours width, fill and
//! alignment.

use caricc_release::layout::DiagnosticCode;
use caricc_release::limits::Limit;
use caricc_release::{
    AreaUnit, ArticleDate, Code, Country, Currency, Decimal, DurationUnit, EmailAddress, Format,
    LanguageTag, MassUnit, Period, PhoneNumber, Qualifier, ReleaseId, Severity, Unit, VolumeUnit,
};

#[test]
fn every_text_form_converts_with_try_from() {
    assert_eq!(Currency::try_from("KZT").unwrap(), "KZT".parse().unwrap());
    assert!(Currency::try_from("kzt").is_err());
    assert_eq!(
        PhoneNumber::try_from("+7 727 259 99 90").unwrap().as_str(),
        "+7 727 259 99 90"
    );
    assert!(PhoneNumber::try_from("call us").is_err());
    assert_eq!(
        EmailAddress::try_from("registry@caricc.org")
            .unwrap()
            .domain(),
        "caricc.org"
    );
    assert!(EmailAddress::try_from("registry").is_err());
    assert_eq!(Format::try_from("PDF").unwrap(), Format::Pdf);
    assert!(Format::try_from("pdf").is_err());
    assert_eq!(Code::try_from("empty-text").unwrap(), Code::EmptyText);
    assert!(Code::try_from("no-such-code").is_err());
    assert_eq!(
        DiagnosticCode::try_from("heading-typo").unwrap(),
        DiagnosticCode::HeadingTypo
    );
    // And the ones that had it already.
    assert!(Period::try_from("16-31.08.2025").is_ok());
    assert!(Qualifier::try_from("over").is_ok());
}

#[test]
fn every_kind_of_unit_converts_into_unit() {
    assert_eq!(
        Unit::from(MassUnit::Kilogram),
        Unit::Mass(MassUnit::Kilogram)
    );
    assert_eq!(
        Unit::from(VolumeUnit::Litre),
        Unit::Volume(VolumeUnit::Litre)
    );
    assert_eq!(Unit::from(AreaUnit::Hectare), Unit::Area(AreaUnit::Hectare));
    assert_eq!(
        Unit::from(DurationUnit::Year),
        Unit::Duration(DurationUnit::Year)
    );
    let kzt: Currency = "KZT".parse().unwrap();
    assert_eq!(Unit::from(kzt), Unit::Currency(kzt));
    let unit: Unit = MassUnit::Gram.into();
    assert_eq!(unit.to_string(), "g");
}

#[test]
fn display_honours_width_fill_and_alignment() {
    let decimal: Decimal = "1.5".parse().unwrap();
    assert_eq!(format!("{decimal:>8}"), "     1.5");
    assert_eq!(format!("{decimal:<8}|"), "1.5     |");
    assert_eq!(format!("{decimal:08}"), "000001.5");
    let negative: Decimal = "-12".parse().unwrap();
    assert_eq!(format!("{negative:>6}"), "   -12");
    assert_eq!(format!("{negative:06}"), "-00012");
    assert_eq!(format!("{decimal}"), "1.5");

    let period: Period = "16-31.08.2025".parse().unwrap();
    assert_eq!(format!("{period:>15}"), "  16-31.08.2025");
    let date: ArticleDate = "29 August".parse().unwrap();
    assert_eq!(format!("{date:*^13}"), "**29 August**");
    let id: ReleaseId = "#16/2025".parse().unwrap();
    assert_eq!(format!("{id:<10}|"), "#16/2025  |");
    assert_eq!(format!("{:>4}", Country::KZ), "  KZ");
    let kzt: Currency = "KZT".parse().unwrap();
    assert_eq!(format!("{kzt:-<5}"), "KZT--");
    assert_eq!(format!("{:>6}", Unit::Mass(MassUnit::Kilogram)), "    kg");
    assert_eq!(
        format!("{:>13}", Unit::Other("doses".into())),
        "  other:doses"
    );
    assert_eq!(format!("{:>6}", Qualifier::Over), "  over");
    assert_eq!(format!("{:>5}", Format::Pdf), "  PDF");
    let tag: LanguageTag = "en".parse().unwrap();
    assert_eq!(format!("{tag:>3}"), " en");
    let email: EmailAddress = "a@b.kz".parse().unwrap();
    assert_eq!(format!("{email:>8}"), "  a@b.kz");
    let phone: PhoneNumber = "+7 1".parse().unwrap();
    assert_eq!(format!("{phone:>6}"), "  +7 1");
    assert_eq!(format!("{:>9}", Severity::Error), "    error");
    assert_eq!(format!("{:>12}", Code::EmptyText), "  empty-text");
    assert_eq!(
        format!("{:>14}", DiagnosticCode::HeadingTypo),
        "  heading-typo"
    );
    assert_eq!(format!("{:>7}", Limit::Statistics), "statistics");
    assert_eq!(format!("{:>12}", Limit::Statistics), "  statistics");
    let address = caricc_release::Publisher::caricc().address;
    let text = address.to_string();
    assert_eq!(
        format!("{address:>w$}", w = text.len() + 2),
        format!("  {text}")
    );
}
