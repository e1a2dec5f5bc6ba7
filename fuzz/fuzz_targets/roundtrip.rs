//! `cargo fuzz run roundtrip`: an arbitrary valid release, composed with the builders from the
//! fuzzer's bytes, written as JSON and XML and read back equal. See fuzz/README.md.
#![no_main]

#[allow(dead_code)] // the other checks are for the other targets
#[path = "../../tests/support/checks.rs"]
mod checks;

use arbitrary::{Result, Unstructured};
use caricc_release::{
    ArticleBuilder, Country, Currency, Decimal, Qualifier, ReleaseBuilder, SectionBuilder, Speaker,
    StatisticBuilder, Unit,
};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    if let Ok(builder) = release(&mut u) {
        // The builder refuses what is not valid (a date outside the period, say): those inputs
        // are not valid releases, the only ones this target is about.
        if let Ok(release) = builder.build() {
            assert!(!release.validate().has_errors());
            checks::round_trips(&release);
        }
    }
});

/// Text XML can carry and the model keeps as given: any characters but those XML 1.0 refuses,
/// never blank.
fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let raw: &str = u.arbitrary()?;
    let mut text: String = raw
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        })
        .collect();
    if text.trim().is_empty() {
        text.push('x');
    }
    Ok(text)
}

fn decimal(u: &mut Unstructured<'_>) -> Result<Decimal> {
    let mantissa = u.int_in_range(0..=i128::MAX / 4)?;
    let scale = u.int_in_range(0..=12)?;
    Ok(Decimal::new(mantissa, scale).unwrap_or(Decimal::ZERO))
}

fn unit(u: &mut Unstructured<'_>) -> Result<Unit> {
    Ok(match u.int_in_range(0..=2)? {
        0 => {
            let code = u.choose(&[
                "count", "t", "kg", "g", "l", "ha", "percent", "year", "month", "factor",
            ])?;
            code.parse().unwrap_or(Unit::Count)
        }
        1 => Unit::Currency(*u.choose(&Currency::all().collect::<Vec<_>>())?),
        _ => Unit::Other(text(u)?),
    })
}

/// A statistic whose parts never add up to more than its total, nested up to `depth` levels.
fn statistic(u: &mut Unstructured<'_>, depth: usize) -> Result<StatisticBuilder> {
    let unit = unit(u)?;
    let parts = if depth > 1 { u.int_in_range(0..=3)? } else { 0 };
    let mut builders = Vec::new();
    let mut sum = Decimal::ZERO;
    for _ in 0..parts {
        let (part, value) = part(u, depth - 1, &unit)?;
        sum = sum.checked_add(&value).unwrap_or(sum);
        builders.push(part);
    }
    let extra = decimal(u)?;
    let value = sum.checked_add(&extra).unwrap_or(sum);
    let mut b = StatisticBuilder::new(text(u)?)
        .qualifier(*u.choose(Qualifier::ALL)?)
        .value(value)
        .unit(unit);
    if u.arbitrary()? {
        if let Some(end) = value.checked_add(&decimal(u)?) {
            b = b.range_end(end);
        }
    }
    if u.arbitrary()? {
        b = b.reference_period(text(u)?);
    }
    if u.arbitrary()? {
        b = b.area(text(u)?);
    }
    if u.arbitrary()? {
        b = b.phrase(text(u)?);
    }
    for part in builders {
        b = b.part(part);
    }
    Ok(b)
}

/// A part of a breakdown in the total's unit, and its value.
fn part(
    u: &mut Unstructured<'_>,
    depth: usize,
    unit: &Unit,
) -> Result<(StatisticBuilder, Decimal)> {
    let value = decimal(u)?;
    let mut b = StatisticBuilder::new(text(u)?)
        .value(value)
        .unit(unit.clone());
    if depth > 1 && u.arbitrary()? {
        b = b.part(
            StatisticBuilder::new(text(u)?)
                .value(Decimal::ZERO)
                .unit(unit.clone()),
        );
    }
    Ok((b, value))
}

fn article(u: &mut Unstructured<'_>, source: String) -> Result<ArticleBuilder> {
    let mut a = ArticleBuilder::new(text(u)?);
    for _ in 0..u.int_in_range(0..=4)? {
        a = match u.int_in_range(0..=3)? {
            0 => a.paragraph(text(u)?),
            1 => {
                let n = u.int_in_range(1..=4)?;
                a.bullets((0..n).map(|_| text(u)).collect::<Result<Vec<_>>>()?)
            }
            2 => a.quote(text(u)?),
            _ => {
                let mut speaker = Speaker::new(text(u)?);
                if u.arbitrary()? {
                    speaker = speaker.with_role(text(u)?);
                }
                a.quote_by(text(u)?, speaker)
            }
        };
    }
    if u.arbitrary()? {
        let day = u.int_in_range(16..=31)?;
        let date = if u.arbitrary()? {
            format!("{day} August 2025")
        } else {
            format!("{day} August")
        };
        a = a.date(date.as_str());
    }
    for _ in 0..u.int_in_range(0..=2)? {
        a = a.place(text(u)?);
    }
    for _ in 0..u.int_in_range(0..=2)? {
        a = a.organisation(text(u)?);
    }
    for _ in 0..u.int_in_range(0..=2)? {
        a = a.topic(text(u)?);
    }
    for _ in 0..u.int_in_range(0..=3)? {
        a = a.statistic(statistic(u, 3)?);
    }
    Ok(a.source(source.as_str()))
}

/// Release #16's period (the builder derives it from the number) with up to four sections.
fn release(u: &mut Unstructured<'_>) -> Result<ReleaseBuilder> {
    let mut b = ReleaseBuilder::caricc().number(16).year(2025);
    if u.arbitrary()? {
        b = b.topics(text(u)?);
    }
    let countries: Vec<Country> = Country::all().collect();
    let mut used = Vec::new();
    for i in 0..u.int_in_range(1..=4)? {
        let country = *u.choose(&countries)?;
        if used.contains(&country) {
            continue;
        }
        used.push(country);
        let mut s = SectionBuilder::new(country).page(2 + 3 * i);
        for j in 0..u.int_in_range(1..=3)? {
            s = s.article(article(u, format!("https://example.org/{i}/{j}"))?);
        }
        b = b.section(s);
    }
    Ok(b)
}
