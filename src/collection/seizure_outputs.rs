//! The seizures view's tables and CSV; the [module documentation](super) says what each
//! holds. The JSON is [`Archive::json`]'s.

use chrono::NaiveDate;

use super::{Archive, SeizureRow, Table, country_cell, csv_record};
use crate::model::{Decimal, Period};

/// The seizures CSV's header: [`SeizureRow`]'s fields, in their order.
pub(super) const SEIZURE_COLUMNS: [&str; 20] = [
    "source",
    "release",
    "country",
    "country_name",
    "date_from",
    "date_to",
    "place",
    "substance",
    "substance_name",
    "drug_group",
    "qualifier",
    "amount",
    "range_end",
    "unit",
    "kilograms",
    "in_totals",
    "part_of",
    "measure",
    "headline",
    "source_url",
];

/// The seizure totals CSV's header: [`SeizureTotal`](super::SeizureTotal)'s fields, in their order. The totals
/// by year leave out the first, `release`, which they never have.
pub(super) const TOTAL_COLUMNS: [&str; 10] = [
    "release",
    "year",
    "country",
    "country_name",
    "substance",
    "substance_name",
    "drug_group",
    "quantities",
    "kilograms",
    "approximate",
];

impl Archive {
    /// The seizures as an aligned table.
    pub(super) fn seizures_table(&self) -> String {
        let rows: Vec<Vec<String>> = self.seizures.iter().map(seizure_cells).collect();
        Table {
            headers: &[
                "RELEASE",
                "COUNTRY",
                "DATE",
                "SUBSTANCE",
                "QUALIFIER",
                "AMOUNT",
                "TO",
                "UNIT",
                "KILOGRAMS",
                "COUNTED",
                "HEADLINE",
            ],
            right: &[5, 6, 8],
        }
        .render(&rows)
    }

    /// The seizure totals by release (`by_release`) or by year as an aligned table.
    pub(super) fn seizure_totals_table(&self, by_release: bool) -> String {
        let totals = super::seizures::totals(&self.seizures, by_release);
        let rows: Vec<Vec<String>> = totals
            .iter()
            .map(|t| {
                let kilograms = match (t.kilograms.mantissa() == 0, t.approximate) {
                    (true, _) => String::new(),
                    (false, true) => format!("~{}", t.kilograms),
                    (false, false) => t.kilograms.to_string(),
                };
                vec![
                    match t.release {
                        Some(id) if by_release => id.to_string(),
                        _ => t.year.to_string(),
                    },
                    country_cell(t.country),
                    t.substance_name.to_owned(),
                    t.drug_group.name().to_owned(),
                    t.quantities.to_string(),
                    kilograms,
                ]
            })
            .collect();
        Table {
            headers: &[
                if by_release { "RELEASE" } else { "YEAR" },
                "COUNTRY",
                "SUBSTANCE",
                "GROUP",
                "QUANTITIES",
                "KILOGRAMS",
            ],
            right: &[4, 5],
        }
        .render(&rows)
    }

    /// The seizures as CSV: `self.csv(View::Seizures)`.
    pub(super) fn seizures_csv(&self) -> String {
        let mut out = String::new();
        csv_record(&mut out, SEIZURE_COLUMNS);
        for r in &self.seizures {
            csv_record(
                &mut out,
                [
                    r.source.as_str(),
                    &r.release.to_string(),
                    r.country.alpha2(),
                    r.country_name,
                    &r.date_from.to_string(),
                    &r.date_to.to_string(),
                    r.place.as_deref().unwrap_or(""),
                    r.substance.as_str(),
                    r.substance_name,
                    r.drug_group.as_str(),
                    r.qualifier.as_str(),
                    &csv_decimal(&r.amount),
                    &r.range_end.as_ref().map(csv_decimal).unwrap_or_default(),
                    &r.unit.to_string(),
                    &r.kilograms.as_ref().map(csv_decimal).unwrap_or_default(),
                    if r.in_totals { "true" } else { "false" },
                    r.part_of.map(|s| s.as_str()).unwrap_or(""),
                    &r.measure,
                    &r.headline,
                    r.source_url.as_ref().map(|u| u.as_str()).unwrap_or(""),
                ],
            );
        }
        out
    }

    /// The seizure totals by release (`by_release`) or by year as CSV:
    /// `self.csv(View::SeizureTotals)` or `self.csv(View::SeizureTotalsByYear)`.
    pub(super) fn seizure_totals_csv(&self, by_release: bool) -> String {
        let skip = usize::from(!by_release);
        let mut out = String::new();
        csv_record(&mut out, TOTAL_COLUMNS.into_iter().skip(skip));
        for t in super::seizures::totals(&self.seizures, by_release) {
            let release = t.release.map(|id| id.to_string()).unwrap_or_default();
            let fields = [
                release.as_str(),
                &t.year.to_string(),
                t.country.alpha2(),
                t.country_name,
                t.substance.as_str(),
                t.substance_name,
                t.drug_group.as_str(),
                &t.quantities.to_string(),
                &csv_decimal(&t.kilograms),
                if t.approximate { "true" } else { "false" },
            ];
            csv_record(&mut out, fields.into_iter().skip(skip));
        }
        out
    }
}

/// The table cells of one seizure row.
fn seizure_cells(r: &SeizureRow) -> Vec<String> {
    let substance = match r.part_of {
        Some(_) => format!("└ {}", r.substance_name),
        None => r.substance_name.to_owned(),
    };
    vec![
        r.release.to_string(),
        r.country.alpha2().to_owned(),
        days_cell(r.date_from, r.date_to),
        substance,
        if r.qualifier.is_exact() {
            String::new()
        } else {
            r.qualifier.to_string()
        },
        r.amount.to_string(),
        r.range_end.map(|d| d.to_string()).unwrap_or_default(),
        r.unit.to_string(),
        r.kilograms.map(|d| d.to_string()).unwrap_or_default(),
        if r.in_totals { "yes" } else { "no" }.to_owned(),
        r.headline.clone(),
    ]
}

/// A day as `18.08.2025`, days as a period reads them (`16-31.08.2025`).
fn days_cell(from: NaiveDate, to: NaiveDate) -> String {
    match Period::new(from, to) {
        Some(days) if from != to => days.to_string(),
        _ => from.format("%d.%m.%Y").to_string(),
    }
}

/// A decimal for the seizures CSVs: as written, with `.0` after a whole number, so that
/// every reader types the column as a decimal number whatever its first rows hold.
fn csv_decimal(value: &Decimal) -> String {
    if value.scale() == 0 {
        format!("{value}.0")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{SEIZURE_COLUMNS, TOTAL_COLUMNS, csv_decimal};
    use crate::collection::Archive;
    use crate::collection::tests::assert_keys_in_order;
    use crate::{ArticleBuilder, ReleaseBuilder, SectionBuilder, StatisticBuilder};

    /// A release with one seizure in a range, with every column filled.
    fn archive() -> Archive {
        let hashish = StatisticBuilder::new("hashish")
            .value(5u32)
            .range_end(20u32)
            .unit("kg")
            .substance("cannabis_resin")
            .area("Almaty");
        let drugs = StatisticBuilder::new("drugs")
            .value(30u32)
            .unit("kg")
            .substance("drugs")
            .part(hashish);
        let article = ArticleBuilder::new("HASHISH SEIZED")
            .date("18 August")
            .source("https://polisia.kz/ru/a/")
            .statistic(drugs);
        let release = ReleaseBuilder::caricc()
            .number(16)
            .year(2025)
            .section(SectionBuilder::new("KZ").page(2).article(article))
            .build()
            .expect("the release builds");
        Archive::from_releases([("16.json", &release)])
    }

    /// The CSV headers are written out by hand; they must name the row's fields as the JSON
    /// form does, in the same order.
    #[test]
    fn the_seizures_csv_names_the_row_fields_in_order() {
        let archive = archive();
        let row = &archive.seizures()[1];
        assert!(row.part_of.is_some() && row.range_end.is_some() && row.place.is_some());
        assert_keys_in_order(
            &serde_json::to_string(row).expect("a row writes"),
            &SEIZURE_COLUMNS,
        );
        let total = &archive.seizure_totals()[0];
        assert_keys_in_order(
            &serde_json::to_string(total).expect("a total writes"),
            &TOTAL_COLUMNS,
        );
    }

    #[test]
    fn whole_numbers_get_a_decimal_point_in_the_csv() {
        let csv = |s: &str| csv_decimal(&s.parse().expect("a decimal"));
        assert_eq!(csv("25000"), "25000.0");
        assert_eq!(csv("0.12"), "0.12");
        assert_eq!(csv("2.50"), "2.50");
        assert_eq!(csv("0"), "0.0");
    }
}
