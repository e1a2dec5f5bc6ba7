//! The report's three charts, each under its heading with its table beside it.

use std::cmp::Ordering;

use crate::model::{Country, Decimal, DrugGroup, ReleaseId};
use crate::render::is_web;

use super::labels::Labels;
use super::svg::{self, Bar, Chart, Markup, Panel, Scale};
use super::{add, cell, note, number_cell, table_head};
use crate::collection::{Archive, SeizureRow};

/// How many seizures the "largest seizures" chart shows.
const LARGEST: usize = 10;

/// A group's fill: its place among the drug groups, so a group looks the same in every
/// chart.
fn fill(group: DrugGroup) -> usize {
    DrugGroup::ALL
        .iter()
        .position(|g| *g == group)
        .unwrap_or(DrugGroup::ALL.len())
}

/// Opens a chart's section: its heading, then the chart and table side by side.
fn open_section(page: &mut Markup, id: &str, title: &str, wide: bool) {
    page.raw("<section id=\"");
    page.raw(id);
    page.raw("\">\n<h2>");
    page.text(title);
    page.raw(if wide {
        "</h2>\n<div class=\"figure wide\">\n"
    } else {
        "</h2>\n<div class=\"figure\">\n"
    });
}

/// The chart in its `<figure>`.
fn figure(page: &mut Markup, svg: &str) {
    page.raw("<figure>\n");
    page.raw(svg);
    page.raw("</figure>\n");
}

/// A section without data: its heading and "No data."
fn empty_section(page: &mut Markup, id: &str, title: &str, labels: &Labels) {
    open_section(page, id, title, true);
    page.raw("</div>\n");
    note(page, labels.no_data);
    page.raw("</section>\n");
}

/// The kilograms of one drug group in one country, across the releases.
struct GroupTotal {
    country: Country,
    group: DrugGroup,
    kilograms: Decimal,
    quantities: u64,
    approximate: bool,
}

/// The seizure totals by country and drug group: countries in the order they first appear,
/// groups in their order; masses only.
fn group_totals(archive: &Archive) -> Vec<GroupTotal> {
    let mut countries: Vec<Country> = Vec::new();
    let mut totals: Vec<GroupTotal> = Vec::new();
    for t in archive.seizure_totals() {
        if t.kilograms.mantissa() == 0 {
            continue;
        }
        if !countries.contains(&t.country) {
            countries.push(t.country);
        }
        match totals
            .iter_mut()
            .find(|g| g.country == t.country && g.group == t.drug_group)
        {
            Some(g) => {
                g.kilograms = add(g.kilograms, &t.kilograms);
                g.quantities += t.quantities;
                g.approximate |= t.approximate;
            }
            None => totals.push(GroupTotal {
                country: t.country,
                group: t.drug_group,
                kilograms: t.kilograms,
                quantities: t.quantities,
                approximate: t.approximate,
            }),
        }
    }
    totals.sort_by_key(|g| {
        let place = countries.iter().position(|c| *c == g.country);
        (place, fill(g.group))
    });
    totals
}

/// A section of horizontal bars filled by drug group: its heading, the chart with the
/// groups' legend, the table `table` writes, and the note on a logarithmic scale; the
/// caller closes the section.
fn bars_section(
    page: &mut Markup,
    chart: &Chart<'_>,
    wide: bool,
    bars: &[Bar],
    groups: impl Iterator<Item = DrugGroup>,
    labels: &Labels,
    table: impl FnOnce(&mut Markup),
) {
    let values: Vec<f64> = bars.iter().map(|b| b.value).collect();
    let scale = Scale::for_values(&values, 5);
    let legend = legend(groups, labels);
    open_section(page, chart.id, chart.title, wide);
    figure(
        page,
        &svg::horizontal_bars(chart, bars, &scale, &legend, labels.log_scale),
    );
    table(page);
    page.raw("</div>\n");
    if scale.is_log() {
        note(page, labels.log_note);
    }
}

/// The legend of the groups in `groups`, in their order.
fn legend(groups: impl Iterator<Item = DrugGroup>, labels: &Labels) -> Vec<(usize, &str)> {
    let mut used: Vec<DrugGroup> = groups.collect();
    used.sort_by_key(|g| fill(*g));
    used.dedup();
    used.into_iter()
        .map(|g| (fill(g), (labels.groups)(g)))
        .collect()
}

/// "Kilograms seized per drug group and country": grouped horizontal bars and their table.
pub(super) fn kilograms(page: &mut Markup, archive: &Archive, labels: &Labels) {
    let totals = group_totals(archive);
    if totals.is_empty() {
        return empty_section(page, "kilograms", labels.kg_title, labels);
    }
    let bars: Vec<Bar> = totals
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let first = i == 0 || totals[i - 1].country != t.country;
            let value = svg::to_f64(&t.kilograms);
            Bar {
                label: if first {
                    (labels.country_name)(t.country).to_owned()
                } else {
                    String::new()
                },
                value,
                fill: fill(t.group),
                title: format!(
                    "{}, {}: {} {}",
                    (labels.country_name)(t.country),
                    (labels.groups)(t.group),
                    labels.number(&t.kilograms),
                    labels.kg
                ),
                value_label: labels.marked(&svg::short_number(value)),
            }
        })
        .collect();
    let chart = Chart {
        id: "kilograms",
        title: labels.kg_title,
        desc: labels.kg_desc,
        axis: labels.kg_axis,
        decimal_mark: labels.decimal_mark,
    };
    let groups = totals.iter().map(|t| t.group);
    bars_section(page, &chart, false, &bars, groups, labels, |page| {
        kilograms_table(page, &totals, labels);
    });
    if totals.iter().any(|t| t.approximate) {
        note(page, labels.approximate_note);
    }
    page.raw("</section>\n");
}

fn kilograms_table(page: &mut Markup, totals: &[GroupTotal], labels: &Labels) {
    let columns = [
        labels.country,
        labels.drug_group,
        labels.kilograms,
        labels.quantities_column,
    ];
    table_head(page, labels.kg_title, &columns, &[2, 3]);
    let mut sum = Decimal::ZERO;
    for t in totals {
        page.raw("<tr>");
        cell(page, (labels.country_name)(t.country));
        cell(page, (labels.groups)(t.group));
        number_cell(page, labels, &t.kilograms);
        if t.approximate {
            page.raw("<td class=\"num\">");
            page.text(&format!("{} *", t.quantities));
            page.raw("</td>");
        } else {
            number_cell(page, labels, &Decimal::from(t.quantities));
        }
        page.raw("</tr>\n");
        sum = add(sum, &t.kilograms);
    }
    page.raw("</tbody>\n<tfoot><tr>");
    cell(page, labels.total);
    cell(page, "");
    number_cell(page, labels, &sum);
    let quantities: u64 = totals.iter().map(|t| t.quantities).sum();
    number_cell(page, labels, &Decimal::from(quantities));
    page.raw("</tr></tfoot>\n</table>\n</div>\n");
}

/// The releases in the order of their ids (a release added twice keeps both places), and
/// the events of each country in each: countries in the order they first appear.
fn events_matrix(archive: &Archive) -> (Vec<usize>, Vec<(Country, Vec<u64>)>) {
    let releases = archive.releases();
    let mut order: Vec<usize> = (0..releases.len()).collect();
    order.sort_by_key(|&i| releases[i].release);
    let mut countries: Vec<(Country, Vec<u64>)> = Vec::new();
    // Event rows come release by release, in the order the releases were added, one row per
    // country in each: a row whose release differs, or whose country the current release
    // already has, belongs to a later release.
    let (mut current, mut seen) = (0, Vec::new());
    for row in archive.events() {
        while current < releases.len()
            && (releases[current].release != row.release
                || releases[current].source != row.source
                || seen.contains(&row.country))
        {
            current += 1;
            seen.clear();
        }
        if current >= releases.len() {
            break;
        }
        seen.push(row.country);
        let slot = current;
        let at = match countries.iter().position(|(c, _)| *c == row.country) {
            Some(at) => at,
            None => {
                countries.push((row.country, vec![0; releases.len()]));
                countries.len() - 1
            }
        };
        countries[at].1[slot] += u64::from(row.events);
    }
    (order, countries)
}

/// "Events per country per release": small multiples and the table of the numbers.
pub(super) fn events(page: &mut Markup, archive: &Archive, labels: &Labels) {
    let (order, countries) = events_matrix(archive);
    if countries.is_empty() {
        return empty_section(page, "events", labels.events_title, labels);
    }
    let ids: Vec<ReleaseId> = order
        .iter()
        .map(|&i| archive.releases()[i].release)
        .collect();
    let columns: Vec<String> = ids.iter().map(|id| labels.id(id)).collect();
    let panels: Vec<Panel> = countries
        .iter()
        .map(|(country, values)| Panel {
            label: (labels.country_name)(*country).to_owned(),
            values: order.iter().map(|&i| values[i] as f64).collect(),
        })
        .collect();
    let max = panels
        .iter()
        .flat_map(|p| p.values.iter().copied())
        .fold(0.0, f64::max);
    let scale = Scale::linear(max, 2);
    let chart = Chart {
        id: "events",
        title: labels.events_title,
        desc: labels.events_desc,
        axis: labels.events_axis,
        decimal_mark: labels.decimal_mark,
    };
    open_section(page, "events", labels.events_title, false);
    figure(
        page,
        &svg::small_multiples(&chart, &panels, &columns, &scale, labels.release),
    );
    events_table(page, archive, &order, &countries, labels);
    page.raw("</div>\n</section>\n");
}

fn events_table(
    page: &mut Markup,
    archive: &Archive,
    order: &[usize],
    countries: &[(Country, Vec<u64>)],
    labels: &Labels,
) {
    let mut columns = vec![labels.release];
    columns.extend(countries.iter().map(|(c, _)| c.alpha2()));
    columns.push(labels.total);
    let numeric: Vec<usize> = (1..columns.len()).collect();
    table_head(page, labels.events_title, &columns, &numeric);
    for &i in order {
        page.raw("<tr>");
        cell(page, &labels.id(&archive.releases()[i].release));
        let mut total = 0;
        for (_, values) in countries {
            number_cell(page, labels, &Decimal::from(values[i]));
            total += values[i];
        }
        number_cell(page, labels, &Decimal::from(total));
        page.raw("</tr>\n");
    }
    page.raw("</tbody>\n<tfoot><tr>");
    cell(page, labels.total);
    for (_, values) in countries {
        number_cell(page, labels, &Decimal::from(values.iter().sum::<u64>()));
    }
    number_cell(page, labels, &Decimal::from(archive.total_events()));
    page.raw("</tr></tfoot>\n</table>\n</div>\n");
}

/// The largest seizures by mass, largest first (those that count in the totals, so that a
/// whole and its parts are not both listed); ties keep the archive's order.
pub(super) fn largest_rows(archive: &Archive) -> Vec<&SeizureRow> {
    let mut rows: Vec<&SeizureRow> = archive
        .seizures()
        .iter()
        .filter(|r| r.in_totals && r.kilograms.is_some_and(|kg| kg.mantissa() != 0))
        .collect();
    rows.sort_by(|a, b| match (&a.kilograms, &b.kilograms) {
        (Some(a), Some(b)) => b.cmp_value(a),
        _ => Ordering::Equal,
    });
    rows.truncate(LARGEST);
    rows
}

/// "over 25 t", "5–20 kg", "3412 g": the qualifier in words, the amount and the unit.
pub(super) fn amount_as_written(row: &SeizureRow, labels: &Labels) -> String {
    let mut text = String::new();
    let words = (labels.qualifiers)(row.qualifier);
    if !words.is_empty() {
        text.push_str(words);
        text.push(' ');
    }
    text.push_str(&labels.number(&row.amount));
    if let Some(end) = &row.range_end {
        text.push('–');
        text.push_str(&labels.number(end));
    }
    let unit = (labels.unit)(&row.unit, row.range_end.as_ref().unwrap_or(&row.amount));
    if !unit.is_empty() {
        text.push(' ');
        text.push_str(&unit);
    }
    text
}

/// "The largest seizures": horizontal bars, largest first, and their table.
pub(super) fn largest(page: &mut Markup, archive: &Archive, labels: &Labels) {
    let rows = largest_rows(archive);
    if rows.is_empty() {
        return empty_section(page, "largest", labels.top_title, labels);
    }
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let value = r.kilograms.as_ref().map_or(0.0, svg::to_f64);
            Bar {
                label: format!(
                    "{}. {} {}",
                    i + 1,
                    r.country.alpha2(),
                    (labels.substances)(r.substance)
                ),
                value,
                fill: fill(r.drug_group),
                title: format!(
                    "{}. {}, {}, {}: {}",
                    i + 1,
                    labels.id(&r.release),
                    (labels.country_name)(r.country),
                    (labels.substances)(r.substance),
                    amount_as_written(r, labels)
                ),
                value_label: format!("{} {}", labels.marked(&svg::short_number(value)), labels.kg),
            }
        })
        .collect();
    let chart = Chart {
        id: "largest",
        title: labels.top_title,
        desc: labels.top_desc,
        axis: labels.kg_axis,
        decimal_mark: labels.decimal_mark,
    };
    let groups = rows.iter().map(|r| r.drug_group);
    bars_section(page, &chart, true, &bars, groups, labels, |page| {
        largest_table(page, &rows, labels);
    });
    page.raw("</section>\n");
}

fn largest_table(page: &mut Markup, rows: &[&SeizureRow], labels: &Labels) {
    let columns = [
        labels.rank,
        labels.release,
        labels.country,
        labels.substance,
        labels.amount,
        labels.kilograms,
        labels.headline,
        labels.source,
    ];
    table_head(page, labels.top_title, &columns, &[0, 5]);
    for (i, r) in rows.iter().enumerate() {
        page.raw("<tr>");
        number_cell(page, labels, &Decimal::from(i as u64 + 1));
        cell(page, &labels.id(&r.release));
        cell(page, (labels.country_name)(r.country));
        cell(page, (labels.substances)(r.substance));
        cell(page, &amount_as_written(r, labels));
        number_cell(page, labels, r.kilograms.as_ref().unwrap_or(&Decimal::ZERO));
        cell(page, &r.headline);
        page.raw("<td>");
        match &r.source_url {
            Some(url) if is_web(url) => {
                page.raw("<a href=\"");
                page.text(url.as_str());
                page.raw("\">");
                page.text(url.host_str().unwrap_or(url.as_str()));
                page.raw("</a>");
            }
            Some(url) => page.text(url.as_str()),
            None => {}
        }
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n</div>\n");
}
