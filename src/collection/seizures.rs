//! The seizures view: one row per quantity of a substance, and their totals.
//!
//! The rows come from the statistics that carry a [`Substance`]; see [`SeizureRow`] for
//! which ones, and [`Archive::seizure_totals`](super::Archive::seizure_totals) for how
//! totals avoid counting a whole and its parts twice.

use std::ops::ControlFlow;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use url::Url;

use crate::model::path::Path;
use crate::model::walk::Visitor;
use crate::model::{
    Article, ChangeRole, Country, CountrySection, Decimal, DrugGroup, MassUnit, Period, Qualifier,
    ReleaseId, Statistic, Substance, Unit,
};

/// One quantity of a substance that an article reports: "a package of hashish weighing 3 kg
/// 412 g" in an article about Kazakhstan is a row of cannabis resin, 3.412 kg, KZ.
///
/// Rows are the statistics with a [`substance`](Statistic::substance), breakdown parts
/// included, whose unit is a quantity: a mass, a volume, a count (plants, tablets, doses) or
/// an area (plantations), in the order of the releases and of each release's document.
/// Values that are the *before* or the *change* of a change the text reports ("up from 8
/// tons", "by 40 %") are no quantity seized and are left out; the *after* value is kept.
///
/// Following UNODC's seizure data, quantities keep their own unit; only masses are also
/// given in kilograms ([`kilograms`](SeizureRow::kilograms)): volumes, counts and areas are
/// not converted (no density or weight per tablet is assumed). Pounds and ounces convert
/// exactly (1 lb = 0.45359237 kg). A range ("5 to 20 kg") is converted at its lower end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SeizureRow {
    /// The name the release was added under.
    pub source: String,
    /// The release's number and year; `"#16/2025"` in CSV and JSON.
    #[serde(serialize_with = "super::display")]
    pub release: ReleaseId,
    /// The country of the article's section; its alpha-2 code in CSV and JSON.
    pub country: Country,
    /// The country's common name.
    pub country_name: &'static str,
    /// The first day the row may date from: the article's date (in the year of the
    /// release's period when the article gives none), else the period's first day;
    /// ISO 8601 (`2025-08-18`) in CSV and JSON.
    #[serde(serialize_with = "super::display")]
    pub date_from: NaiveDate,
    /// The last day: the article's date, else the period's last day.
    #[serde(serialize_with = "super::display")]
    pub date_to: NaiveDate,
    /// Where: the statistic's area, else the article's places joined by `"; "`.
    pub place: Option<String>,
    /// The substance; its code in CSV and JSON.
    pub substance: Substance,
    /// The substance's name (after UNODC's seizure data).
    pub substance_name: &'static str,
    /// The substance's group; its code in CSV and JSON.
    pub drug_group: DrugGroup,
    /// How the amount is qualified; its code in CSV and JSON.
    pub qualifier: Qualifier,
    /// The amount, or the lower end of a range, in `unit`, exactly as written.
    pub amount: Decimal,
    /// The upper end of a range.
    pub range_end: Option<Decimal>,
    /// The unit of `amount`; its code in CSV and JSON.
    pub unit: Unit,
    /// The amount in kilograms, exactly, when the unit is a mass.
    pub kilograms: Option<Decimal>,
    /// Whether the row counts in the totals: `false` for a whole whose parts are rows of
    /// their own in a mass ("over 2 tons of drugs, including 1,380 kg of marijuana and
    /// 515 kg of hashish": the parts count, the 2 tons do not).
    pub in_totals: bool,
    /// For a breakdown part, the substance of the whole it is part of.
    pub part_of: Option<Substance>,
    /// What the statistic measures, as read ("package of hashish weighing").
    pub measure: String,
    /// The article's headline.
    pub headline: String,
    /// The article's first source.
    pub source_url: Option<Url>,
}

/// The quantities of one substance in one country, in one release or in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SeizureTotal {
    /// The release, for totals by release; `None` for totals by year.
    #[serde(serialize_with = "optional_display")]
    pub release: Option<ReleaseId>,
    /// The year: the release's year, or the year totalled.
    pub year: i32,
    /// The country; its alpha-2 code in CSV and JSON.
    pub country: Country,
    /// The country's common name.
    pub country_name: &'static str,
    /// The substance; its code in CSV and JSON.
    pub substance: Substance,
    /// The substance's name.
    pub substance_name: &'static str,
    /// The substance's group; its code in CSV and JSON.
    pub drug_group: DrugGroup,
    /// How many rows count in the total (every unit).
    pub quantities: u64,
    /// The sum of the counted rows' kilograms (rows in a mass); zero when none is a mass.
    pub kilograms: Decimal,
    /// Whether a counted mass is qualified ("over", "about", a range): the sum is then
    /// approximate, as the text's figures are.
    pub approximate: bool,
}

/// `value` in `unit` as kilograms, exactly; `None` for a unit that is no mass, or on overflow.
pub(crate) fn kilograms(value: &Decimal, unit: &Unit) -> Option<Decimal> {
    let Unit::Mass(mass) = unit else {
        return None;
    };
    // kg = value × 10^(mg exponent) / 10^6, that is: the scale moves by 6 - exponent.
    let per_unit = match mass {
        MassUnit::Pound => Decimal::new(45_359_237, 8)?,
        MassUnit::Ounce => Decimal::new(28_349_523_125, 12)?,
        metric => {
            let exponent = i32::try_from(metric.milligram_exponent()?).ok()?;
            return shift(value, exponent - 6).map(|d| d.normalized());
        }
    };
    value.checked_mul(&per_unit).map(|d| d.normalized())
}

/// `value × 10^exp`, exactly.
fn shift(value: &Decimal, exp: i32) -> Option<Decimal> {
    if exp >= 0 {
        return value.checked_scale_up(exp.unsigned_abs()).map(|d| {
            // checked_scale_up keeps the scale; the normalised form drops the zeros.
            d.normalized()
        });
    }
    let scale = u8::try_from(i32::from(value.scale()) - exp).ok()?;
    Decimal::new(value.mantissa(), scale)
}

/// Whether a statistic in `unit` can be a quantity of a substance.
fn is_quantity(unit: &Unit) -> bool {
    matches!(
        unit,
        Unit::Mass(_) | Unit::Volume(_) | Unit::Count | Unit::Area(_) | Unit::Other(_)
    )
}

/// Whether the statistic is a row of the view (see [`SeizureRow`]).
fn is_seizure(statistic: &Statistic) -> bool {
    statistic.substance.is_some()
        && is_quantity(&statistic.unit)
        && !matches!(
            statistic.role,
            Some(ChangeRole::Before | ChangeRole::Change)
        )
}

/// Whether a whole's parts count instead of it: some part is a mass row of its own.
fn parts_count_instead(whole: &Statistic) -> bool {
    matches!(whole.unit, Unit::Mass(_))
        && whole
            .breakdown
            .iter()
            .any(|part| is_seizure(part) && matches!(part.unit, Unit::Mass(_)))
}

/// Makes the [`SeizureRow`]s of one release, in one walk of it.
pub(super) struct SeizureRows<'a> {
    pub(super) source: &'a str,
    pub(super) release: ReleaseId,
    pub(super) period: Period,
    pub(super) rows: &'a mut Vec<SeizureRow>,
    country: Option<Country>,
    article: ArticleContext,
}

/// What a row takes from the article it is in.
#[derive(Default)]
struct ArticleContext {
    headline: String,
    date: Option<NaiveDate>,
    places: Option<String>,
    source_url: Option<Url>,
}

impl<'a> SeizureRows<'a> {
    pub(super) fn new(
        source: &'a str,
        release: ReleaseId,
        period: Period,
        rows: &'a mut Vec<SeizureRow>,
    ) -> Self {
        SeizureRows {
            source,
            release,
            period,
            rows,
            country: None,
            article: ArticleContext::default(),
        }
    }

    /// The article's date as a day: its own year, else the period's (the end's when the
    /// period runs into a new year and the start's year does not hold the date).
    fn article_day(&self, article: &Article) -> Option<NaiveDate> {
        let date = article.date?;
        if date.year().is_some() {
            return date.to_date();
        }
        let in_start = date.in_year(self.period.start.year());
        match in_start {
            Some(day) if self.period.contains(day) => Some(day),
            _ => date.in_year(self.period.end.year()).or(in_start),
        }
    }
}

impl Visitor for SeizureRows<'_> {
    fn section(&mut self, _: &Path, section: &CountrySection) -> ControlFlow<()> {
        self.country = Some(section.country);
        ControlFlow::Continue(())
    }

    fn article(&mut self, _: &Path, article: &Article) -> ControlFlow<()> {
        self.article = ArticleContext {
            headline: article.headline.clone(),
            date: self.article_day(article),
            places: (!article.places.is_empty()).then(|| article.places.join("; ")),
            source_url: article.sources.first().cloned(),
        };
        ControlFlow::Continue(())
    }

    fn statistic(
        &mut self,
        _: &Path,
        statistic: &Statistic,
        _depth: usize,
        whole: Option<&Statistic>,
    ) -> ControlFlow<()> {
        let (Some(country), Some(substance)) = (self.country, statistic.substance) else {
            return ControlFlow::Continue(());
        };
        if !is_seizure(statistic) {
            return ControlFlow::Continue(());
        }
        let context = &self.article;
        self.rows.push(SeizureRow {
            source: self.source.to_owned(),
            release: self.release,
            country,
            country_name: country.common_name(),
            date_from: context.date.unwrap_or(self.period.start),
            date_to: context.date.unwrap_or(self.period.end),
            place: statistic.area.clone().or_else(|| context.places.clone()),
            substance,
            substance_name: substance.name(),
            drug_group: substance.group(),
            qualifier: statistic.qualifier,
            amount: statistic.value,
            range_end: statistic.range_end,
            unit: statistic.unit.clone(),
            kilograms: kilograms(&statistic.value, &statistic.unit),
            in_totals: !parts_count_instead(statistic),
            part_of: whole.and_then(|w| w.substance),
            measure: statistic.measure.clone(),
            headline: context.headline.clone(),
            source_url: context.source_url.clone(),
        });
        ControlFlow::Continue(())
    }
}

/// Totals of `rows` (those [`in_totals`](SeizureRow::in_totals)) by country and substance,
/// and by release when `by_release`, else by year; in the order each group first appears.
pub(super) fn totals(rows: &[SeizureRow], by_release: bool) -> Vec<SeizureTotal> {
    let mut totals: Vec<SeizureTotal> = Vec::new();
    for row in rows.iter().filter(|r| r.in_totals) {
        let release = by_release.then_some(row.release);
        let year = row.release.year;
        let found = totals.iter_mut().find(|t| {
            t.release == release
                && t.year == year
                && t.country == row.country
                && t.substance == row.substance
        });
        let total = match found {
            Some(total) => total,
            None => {
                totals.push(SeizureTotal {
                    release,
                    year,
                    country: row.country,
                    country_name: row.country_name,
                    substance: row.substance,
                    substance_name: row.substance_name,
                    drug_group: row.drug_group,
                    quantities: 0,
                    kilograms: Decimal::ZERO,
                    approximate: false,
                });
                let last = totals.len() - 1;
                &mut totals[last]
            }
        };
        total.quantities += 1;
        if let Some(kg) = row.kilograms {
            total.kilograms = total
                .kilograms
                .checked_add(&kg)
                .unwrap_or(total.kilograms)
                .normalized();
            total.approximate |= !row.qualifier.is_exact() || row.range_end.is_some();
        }
    }
    totals
}

fn optional_display<S: serde::Serializer>(
    value: &Option<ReleaseId>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(id) => serializer.collect_str(id),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kg(value: &str, unit: &str) -> Option<String> {
        kilograms(&value.parse().unwrap(), &unit.parse().unwrap()).map(|d| d.to_string())
    }

    #[test]
    fn masses_convert_to_kilograms_exactly() {
        assert_eq!(kg("3.412", "kg").as_deref(), Some("3.412"));
        assert_eq!(kg("120", "g").as_deref(), Some("0.12"));
        assert_eq!(kg("25", "t").as_deref(), Some("25000"));
        assert_eq!(kg("1.38", "t").as_deref(), Some("1380"));
        assert_eq!(kg("500", "mg").as_deref(), Some("0.0005"));
        assert_eq!(kg("2", "lb").as_deref(), Some("0.90718474"));
        assert_eq!(kg("1", "oz").as_deref(), Some("0.028349523125"));
        assert_eq!(kg("5", "l"), None);
        assert_eq!(kg("5", "count"), None);
    }
}
