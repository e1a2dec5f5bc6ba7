//! Every word of the archive report, by language: one table per language, so that a new
//! language (Russian, issue #16) is one more table and no code changes.

use crate::model::{Country, Decimal, DrugGroup, Qualifier, ReleaseId, Substance, Unit};
use crate::render::{grouped, with_mark};

use super::ReportLanguage;

/// The report's words in one language.
pub(super) struct Labels {
    /// The `lang` attribute of the page.
    pub(super) lang: &'static str,
    pub(super) default_title: &'static str,
    pub(super) generated_by: &'static str,
    pub(super) no_releases: &'static str,
    pub(super) no_data: &'static str,
    pub(super) summary: &'static str,
    pub(super) releases_covered: &'static str,
    pub(super) period_span: &'static str,
    pub(super) countries: &'static str,
    pub(super) events: &'static str,
    pub(super) quantities: &'static str,
    pub(super) quantities_column: &'static str,
    pub(super) kilograms_total: &'static str,
    pub(super) largest: &'static str,
    pub(super) releases: &'static str,
    pub(super) release: &'static str,
    pub(super) period: &'static str,
    pub(super) statistics: &'static str,
    pub(super) source: &'static str,
    pub(super) country: &'static str,
    pub(super) drug_group: &'static str,
    pub(super) kilograms: &'static str,
    pub(super) total: &'static str,
    pub(super) kg_title: &'static str,
    pub(super) kg_desc: &'static str,
    pub(super) kg_axis: &'static str,
    pub(super) events_title: &'static str,
    pub(super) events_desc: &'static str,
    pub(super) events_axis: &'static str,
    pub(super) top_title: &'static str,
    pub(super) top_desc: &'static str,
    pub(super) rank: &'static str,
    pub(super) substance: &'static str,
    pub(super) amount: &'static str,
    pub(super) headline: &'static str,
    pub(super) log_scale: &'static str,
    pub(super) log_note: &'static str,
    pub(super) approximate_note: &'static str,
    pub(super) method_note: &'static str,
    /// The symbol of kilograms after a bar's value: "kg", «кг».
    pub(super) kg: &'static str,
    /// The sign before a release's number: "#16/2025", «№16/2025».
    pub(super) number_sign: &'static str,
    /// The decimal mark of every number shown: `.` in English, `,` in Russian.
    pub(super) decimal_mark: char,
    pub(super) qualifiers: fn(Qualifier) -> &'static str,
    pub(super) groups: fn(DrugGroup) -> &'static str,
    pub(super) substances: fn(Substance) -> &'static str,
    /// A unit after an amount: "kg", «кг».
    pub(super) unit: fn(&Unit, &Decimal) -> String,
    /// A country's everyday name: "Kyrgyzstan", «Кыргызстан».
    pub(super) country_name: fn(Country) -> &'static str,
}

impl Labels {
    pub(super) fn of(language: ReportLanguage) -> &'static Labels {
        match language {
            ReportLanguage::English => &ENGLISH,
            ReportLanguage::Russian => &RUSSIAN,
        }
    }

    /// `value` as the language writes it, grouped by thousands (narrow no-break spaces)
    /// from five digits: `26 951.882`, «26 951,882».
    pub(super) fn number(&self, value: &Decimal) -> String {
        self.marked(&grouped(value))
    }

    /// A release's id as the language writes it: "#16/2025", «№16/2025».
    pub(super) fn id(&self, id: &ReleaseId) -> String {
        id.to_string().replacen('#', self.number_sign, 1)
    }

    /// A number's text (`3.412`) with the language's decimal mark («3,412»).
    pub(super) fn marked(&self, number: &str) -> String {
        with_mark(number, self.decimal_mark)
    }
}

static ENGLISH: Labels = Labels {
    lang: "en",
    default_title: "CARICC Information Releases: archive report",
    generated_by: "Made by caricc-release from the releases listed below.",
    no_releases: "No release was given: there is nothing to report.",
    no_data: "No data.",
    summary: "At a glance",
    releases_covered: "Releases covered",
    period_span: "Period covered",
    countries: "Countries",
    events: "Events",
    quantities: "Quantities of drugs reported",
    quantities_column: "Quantities",
    kilograms_total: "Kilograms seized (counted in the totals)",
    largest: "Largest seizure",
    releases: "Releases",
    release: "Release",
    period: "Period",
    statistics: "Statistics",
    source: "Source",
    country: "Country",
    drug_group: "Drug group",
    kilograms: "Kilograms",
    total: "Total",
    kg_title: "Kilograms seized per drug group and country",
    kg_desc: "Horizontal bars: for each country, one bar per drug group, its length the \
              kilograms seized across all the releases.",
    kg_axis: "Kilograms",
    events_title: "Events per country per release",
    events_desc: "Small multiples: one panel per country, one bar per release, its height the \
                  number of events (articles) the release reports for the country; every panel \
                  has the same scale.",
    events_axis: "Events (articles)",
    top_title: "The largest seizures",
    top_desc: "Horizontal bars: the ten largest quantities of drugs by mass, largest first, \
               each labelled with its rank, country, substance and release.",
    rank: "No.",
    substance: "Substance",
    amount: "Amount as written",
    headline: "Headline",
    log_scale: "logarithmic scale",
    log_note: "The scale is logarithmic: the largest value is at least a thousand times the \
               smallest, whose bar would not show on a linear scale.",
    approximate_note: "* approximate: the sum includes amounts the text qualifies (over, about, \
                       a range).",
    method_note: "Kilograms count quantities given as a mass only (volumes, plants and tablets \
                  are not converted). Where a release gives a whole and its parts (\u{201c}over \
                  2 tons of drugs, including 1,380 kg of marijuana\u{201d}), the parts count and \
                  the whole does not.",
    kg: "kg",
    number_sign: "#",
    decimal_mark: '.',
    qualifiers: crate::render::english_qualifier,
    groups: |g| g.name(),
    substances: |s| s.name(),
    unit: |u, _| u.to_string(),
    country_name: |c| c.common_name(),
};

static RUSSIAN: Labels = Labels {
    lang: "ru",
    default_title: "Информационные релизы ЦАРИКЦ: сводный отчёт",
    generated_by: "Подготовлено программой caricc-release по релизам, перечисленным ниже.",
    no_releases: "Релизы не указаны: отчитываться не о чем.",
    no_data: "Нет данных.",
    summary: "Кратко",
    releases_covered: "Охвачено релизов",
    period_span: "Охваченный период",
    countries: "Страны",
    events: "События",
    quantities: "Сообщений об изъятии наркотиков",
    quantities_column: "Сообщений",
    kilograms_total: "Изъято килограммов (в итогах)",
    largest: "Крупнейшее изъятие",
    releases: "Релизы",
    release: "Релиз",
    period: "Период",
    statistics: "Показатели",
    source: "Источник",
    country: "Страна",
    drug_group: "Группа наркотиков",
    kilograms: "Килограммы",
    total: "Итого",
    kg_title: "Изъято килограммов по группам наркотиков и странам",
    kg_desc: "Горизонтальные столбцы: для каждой страны по столбцу на группу наркотиков, \
              длина столбца — изъятые килограммы по всем релизам.",
    kg_axis: "Килограммы",
    events_title: "События по странам и релизам",
    events_desc: "Малые диаграммы: по панели на страну, по столбцу на релиз, высота столбца — \
                  число событий (статей) о стране в релизе; у всех панелей одна шкала.",
    events_axis: "События (статьи)",
    top_title: "Крупнейшие изъятия",
    top_desc: "Горизонтальные столбцы: десять крупнейших по массе партий наркотиков, от \
               крупнейшей, с номером, страной, веществом и релизом.",
    rank: "№",
    substance: "Вещество",
    amount: "Количество, как в тексте",
    headline: "Заголовок",
    log_scale: "логарифмическая шкала",
    log_note: "Шкала логарифмическая: наибольшее значение по меньшей мере в тысячу раз больше \
               наименьшего, столбец которого на линейной шкале не был бы виден.",
    approximate_note: "* приблизительно: в сумму входят количества, которые текст уточняет \
                       («более», «около», диапазон).",
    method_note: "Килограммы считаются только по количествам, указанным как масса (объёмы, \
                  растения и таблетки не пересчитываются). Где релиз приводит целое и его \
                  части («более 2 тонн наркотиков, в том числе 1380 кг марихуаны»), \
                  учитываются части, а целое — нет.",
    kg: "кг",
    number_sign: "№",
    decimal_mark: ',',
    qualifiers: crate::render::russian_qualifier,
    groups: crate::render::russian_group,
    substances: crate::render::russian_substance,
    unit: crate::render::russian_unit_text,
    country_name: |c| c.russian_name(),
};
