//! Every word the HTML page adds to a release, by language: one table per language (English,
//! Russian), chosen by the release's `language`, so that the page of a Russian release is in
//! Russian throughout and a new language is one more table.

use crate::assemble::lexicon::{ENGLISH_PAGE, PageWords, RUSSIAN_PAGE};
use crate::model::{
    AreaUnit, ArticleDate, Country, Decimal, DrugGroup, DurationUnit, EventKind, LanguageTag,
    MassUnit, Period, Qualifier, Release, Substance, Unit, VolumeUnit,
};

/// The page's words in one language.
pub(crate) struct Labels {
    /// Where the series title splits into its short title and the rest ("Information
    /// Release | about past events …", "Информационный релиз | о прошедших событиях …").
    pub(crate) title_split: &'static str,
    /// The sign before a release's number: "#16", "№16".
    pub(crate) number_sign: &'static str,
    pub(crate) masthead: &'static str,
    pub(crate) cover: &'static str,
    pub(crate) editorial: &'static str,
    /// "covering the period from 16 to 31 August 2025" (the page's description).
    pub(crate) covering: &'static str,
    pub(crate) editorial_address: &'static str,
    pub(crate) telephone: &'static str,
    pub(crate) fax: &'static str,
    pub(crate) email: &'static str,
    pub(crate) website: &'static str,
    /// "Circulation in PDF format": the words before and after the format.
    pub(crate) circulation: (&'static str, &'static str),
    pub(crate) contents: &'static str,
    /// The source labels, the detail labels, the figures' caption, the article count's
    /// noun: the words the PDF reader knows too, to leave them out.
    pub(crate) page: &'static PageWords,
    pub(crate) measure: &'static str,
    pub(crate) figure: &'static str,
    pub(crate) period_area: &'static str,
    pub(crate) of_which: &'static str,
    /// A change's before, after and change itself.
    pub(crate) roles: [&'static str; 3],
    /// The decimal mark of numbers shown: `.` or `,`.
    pub(crate) decimal_mark: char,
    /// The words before a factor's number ("в 3 раза"); English has none ("3-fold").
    pub(crate) factor_prefix: &'static str,
    /// "1 article", "7 articles"; «1 статья», «7 статей».
    pub(crate) articles: fn(usize) -> String,
    pub(crate) qualifier: fn(Qualifier) -> &'static str,
    pub(crate) unit: fn(&Unit, &Decimal) -> UnitText,
    pub(crate) event_kind: fn(EventKind) -> &'static str,
    pub(crate) substance: fn(Substance) -> &'static str,
    /// A country's names as the release's prose gives them (everyday name first).
    pub(crate) country_names: fn(Country) -> [&'static str; 2],
    /// A country's official name, as addresses give it: "Republic of Kazakhstan",
    /// «Республика Казахстан».
    pub(crate) official_name: fn(Country) -> &'static str,
    pub(crate) date: fn(&ArticleDate) -> String,
    pub(crate) period_in_words: fn(Period) -> String,
    pub(crate) summary_sentence: fn(&Release) -> String,
}

/// How a unit stands after its number.
pub(crate) enum UnitText {
    /// No unit (a count).
    None,
    /// Right after the number: "%", "-fold".
    Attached(&'static str),
    /// After a space: "kg", "years", «лет».
    Spaced(String),
}

impl Labels {
    /// The table of a language tag: Russian for `ru` (and `ru-…`), English for any other.
    pub(crate) fn of(language: &LanguageTag) -> &'static Labels {
        if language.is_russian() {
            &RUSSIAN
        } else {
            &ENGLISH
        }
    }

    /// `value` as the language writes it: grouped by thousands (narrow no-break spaces)
    /// from five digits, with the language's decimal mark: `2 500 000 000`, `26 951,882`.
    pub(crate) fn number(&self, value: &Decimal) -> String {
        with_mark(&super::html::grouped(value), self.decimal_mark)
    }
}

/// A number's text (`3.412`, `25 000`) with `mark` as its decimal mark: the one place
/// the page and the archive report turn `.` into a language's mark.
pub(crate) fn with_mark(text: &str, mark: char) -> String {
    if mark == '.' {
        text.to_owned()
    } else {
        text.replace('.', &mark.to_string())
    }
}

static ENGLISH: Labels = Labels {
    title_split: " about ",
    number_sign: "#",
    masthead: "Release",
    cover: "Cover",
    editorial: "Editorial",
    covering: "covering the period",
    editorial_address: "EDITORIAL ADDRESS:",
    telephone: "tel.:",
    fax: "fax:",
    email: "e-mail:",
    website: "website:",
    circulation: ("Circulation in", "format"),
    contents: "CONTENTS",
    page: &ENGLISH_PAGE,
    measure: "Measure",
    figure: "Figure",
    period_area: "Period / area",
    of_which: "of which",
    roles: ["before", "after", "change"],
    decimal_mark: '.',
    factor_prefix: "",
    articles: english_articles,
    qualifier: english_qualifier,
    unit: english_unit,
    event_kind: |k| k.name(),
    substance: |s| s.name(),
    country_names: |c| [c.common_name(), c.name()],
    official_name: |c| c.official_name(),
    date: ToString::to_string,
    period_in_words: crate::wording::period_in_words,
    summary_sentence: crate::wording::summary_sentence,
};

static RUSSIAN: Labels = Labels {
    title_split: " о ",
    number_sign: "№",
    masthead: "Релиз",
    cover: "Обложка",
    editorial: "Выходные данные",
    covering: "за период",
    editorial_address: "АДРЕС РЕДАКЦИИ:",
    telephone: "тел.:",
    fax: "факс:",
    email: "e-mail:",
    website: "сайт:",
    circulation: ("Распространяется в формате", ""),
    contents: "СОДЕРЖАНИЕ",
    page: &RUSSIAN_PAGE,
    measure: "Показатель",
    figure: "Значение",
    period_area: "Период / территория",
    of_which: "в том числе",
    roles: ["до", "после", "изменение"],
    decimal_mark: ',',
    factor_prefix: "в ",
    articles: russian_articles,
    qualifier: russian_qualifier,
    unit: russian_unit,
    event_kind: russian_event_kind,
    substance: russian_substance,
    country_names: |c| [c.russian_name(), c.russian_official_name()],
    official_name: |c| c.russian_official_name(),
    date: russian_date,
    period_in_words: crate::wording::ru::period_in_words,
    summary_sentence: crate::wording::ru::summary_sentence,
};

/// «29 августа», «18 августа 2025 года».
fn russian_date(date: &ArticleDate) -> String {
    let month = crate::words::month_name_ru(date.month() as u8);
    match date.year() {
        Some(year) => format!("{} {month} {year} {}", date.day(), RUSSIAN_PAGE.year),
        None => format!("{} {month}", date.day()),
    }
}

fn english_articles(n: usize) -> String {
    let word = ENGLISH_PAGE.articles[usize::from(n != 1)];
    format!("{n} {word}")
}

/// A qualifier in English words: `over`, `at least`; nothing for an exact value.
pub(crate) fn english_qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "over",
        Qualifier::AtLeast => "at least",
        Qualifier::Almost => "almost",
        Qualifier::About => "about",
        Qualifier::UpTo => "up to",
        Qualifier::LessThan => "less than",
    }
}

/// A qualifier in Russian words, as the region's press writes them: «более», «не менее».
pub(crate) fn russian_qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "более",
        Qualifier::AtLeast => "не менее",
        Qualifier::Almost => "почти",
        Qualifier::About => "около",
        Qualifier::UpTo => "до",
        Qualifier::LessThan => "менее",
    }
}

fn english_unit(unit: &Unit, value: &Decimal) -> UnitText {
    let plural = value.cmp_value(&Decimal::from(1u8)) != std::cmp::Ordering::Equal;
    let spaced = |s: &str| UnitText::Spaced(s.to_owned());
    let time = |one: &str, many: &str| spaced(if plural { many } else { one });
    match unit {
        Unit::Duration(d) => match d {
            DurationUnit::Year => time("year", "years"),
            DurationUnit::Month => time("month", "months"),
            DurationUnit::Week => time("week", "weeks"),
            DurationUnit::Day => time("day", "days"),
            DurationUnit::Hour => time("hour", "hours"),
        },
        Unit::Factor => UnitText::Attached("-fold"),
        _ => symbol(unit, ["t", "kg", "g", "mg", "lb", "oz", "l", "ml", "ha"]),
    }
}

/// The units every language writes as symbols; `names` are the language's own for tonne,
/// kilogram, gram, milligram, pound, ounce, litre, millilitre and hectare.
fn symbol(unit: &Unit, names: [&'static str; 9]) -> UnitText {
    let spaced = |s: &str| UnitText::Spaced(s.to_owned());
    match unit {
        Unit::Count => UnitText::None,
        Unit::Mass(m) => spaced(match m {
            MassUnit::Tonne => names[0],
            MassUnit::Kilogram => names[1],
            MassUnit::Gram => names[2],
            MassUnit::Milligram => names[3],
            MassUnit::Pound => names[4],
            MassUnit::Ounce => names[5],
        }),
        Unit::Volume(v) => spaced(match v {
            VolumeUnit::Litre => names[6],
            VolumeUnit::Millilitre => names[7],
            VolumeUnit::CubicMetre => "m³",
        }),
        Unit::Area(a) => spaced(match a {
            AreaUnit::Hectare => names[8],
            AreaUnit::SquareMetre => "m²",
        }),
        Unit::Currency(c) => spaced(c.code()),
        Unit::Percent => UnitText::Attached("%"),
        Unit::Other(text) => UnitText::Spaced(text.trim().to_owned()),
        // Durations and factors have words of their own in each language.
        Unit::Duration(_) | Unit::Factor => UnitText::None,
    }
}

/// The Russian form a noun takes after `value`: 0 for «1 год» (and 21, 31, …), 1 for «2
/// года» (2–4, 22–24, …, and any fraction: «2,5 года»), 2 for «5 лет» (5–20, 11–14, …).
pub(crate) fn russian_form(value: &Decimal) -> usize {
    let text = value.to_string();
    if text.contains('.') {
        return 1;
    }
    let last_two = text
        .trim_start_matches('-')
        .bytes()
        .rev()
        .take(2)
        .enumerate()
        .fold(0u32, |n, (i, b)| {
            n + u32::from(b.wrapping_sub(b'0')) * 10u32.pow(i as u32)
        });
    match (last_two % 10, last_two % 100) {
        (_, 11..=14) => 2,
        (1, _) => 0,
        (2..=4, _) => 1,
        _ => 2,
    }
}

fn russian_unit(unit: &Unit, value: &Decimal) -> UnitText {
    let form = russian_form(value);
    let word = |forms: [&str; 3]| UnitText::Spaced(forms[form].to_owned());
    match unit {
        Unit::Duration(d) => match d {
            DurationUnit::Year => word(["год", "года", "лет"]),
            DurationUnit::Month => word(["месяц", "месяца", "месяцев"]),
            DurationUnit::Week => word(["неделя", "недели", "недель"]),
            DurationUnit::Day => word(["день", "дня", "дней"]),
            DurationUnit::Hour => word(["час", "часа", "часов"]),
        },
        // «в 3 раза», «в 5 раз», «в 1,5 раза» (the «в» is the factor prefix).
        Unit::Factor => word(["раз", "раза", "раз"]),
        _ => symbol(
            unit,
            ["т", "кг", "г", "мг", "фунт.", "унц.", "л", "мл", "га"],
        ),
    }
}

/// A unit in Russian after `value`, as the page writes it («кг», «лет»).
pub(crate) fn russian_unit_text(unit: &Unit, value: &Decimal) -> String {
    match russian_unit(unit, value) {
        UnitText::None => String::new(),
        UnitText::Attached(u) => u.to_owned(),
        UnitText::Spaced(u) => u,
    }
}

fn russian_articles(n: usize) -> String {
    let word = RUSSIAN_PAGE.articles[russian_form(&Decimal::from(n as u64))];
    format!("{n} {word}")
}

/// The event kinds' Russian names.
pub(crate) fn russian_event_kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Seizure => "Изъятие",
        EventKind::Arrest => "Задержание",
        EventKind::LaboratoryDismantled => "Ликвидация лаборатории",
        EventKind::PlantationDestroyed => "Уничтожение посевов",
        EventKind::CriminalCase => "Возбуждение уголовного дела",
        EventKind::Sentence => "Приговор",
        EventKind::Prevention => "Профилактика",
        EventKind::Cooperation => "Сотрудничество",
        EventKind::Legislation => "Законодательство",
    }
}

/// The substances' Russian names, after the Russian forms of UNODC's questionnaires
/// («Смола каннабиса», «Трава каннабиса (марихуана)»); beside the English of
/// [`Substance::name`].
pub(crate) fn russian_substance(substance: Substance) -> &'static str {
    match substance {
        Substance::Heroin => "Героин",
        Substance::Opium => "Опий",
        Substance::Morphine => "Морфин",
        Substance::PoppyStraw => "Маковая солома",
        Substance::CannabisHerb => "Трава каннабиса (марихуана)",
        Substance::CannabisResin => "Смола каннабиса (гашиш)",
        Substance::CannabisPlants => "Растения каннабиса",
        Substance::CannabisOil => "Масло каннабиса",
        Substance::CannabisOther => "Каннабис (вид не указан)",
        Substance::Cocaine => "Кокаин",
        Substance::Methamphetamine => "Метамфетамин",
        Substance::Amphetamine => "Амфетамин",
        Substance::Mdma => "Вещества типа «экстази» (МДМА)",
        Substance::Mephedrone => "Мефедрон",
        Substance::AlphaPvp => "Альфа-PVP",
        Substance::SyntheticCathinones => "Синтетические катиноны",
        Substance::SyntheticCannabinoids => "Синтетические каннабиноиды",
        Substance::Tramadol => "Трамадол",
        Substance::PharmaceuticalOpioids => "Другие фармацевтические опиоиды",
        Substance::Methadone => "Метадон",
        Substance::PsychotropicMedicines => "Другие психотропные лекарственные средства",
        Substance::AceticAnhydride => "Уксусный ангидрид",
        Substance::Precursors => "Прекурсоры (прочие или не указанные)",
        Substance::SyntheticDrugs => "Синтетические наркотики (вид не указан)",
        Substance::Drugs => "Наркотики (вид не указан)",
    }
}

/// The drug groups' Russian names.
pub(crate) fn russian_group(group: DrugGroup) -> &'static str {
    match group {
        DrugGroup::Opiates => "Опиаты",
        DrugGroup::Cannabis => "Каннабис",
        DrugGroup::Cocaine => "Кокаин",
        DrugGroup::AmphetamineTypeStimulants => "Стимуляторы амфетаминового ряда",
        DrugGroup::NewPsychoactiveSubstances => "Новые психоактивные вещества",
        DrugGroup::Pharmaceuticals => "Фармацевтические препараты",
        DrugGroup::Precursors => "Прекурсоры",
        DrugGroup::Unspecified => "Наркотики (вид не указан)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_nouns_agree_with_their_numbers() {
        let forms: Vec<usize> = [
            "1", "2", "4", "5", "11", "12", "14", "21", "22", "25", "111", "2.5",
        ]
        .iter()
        .map(|v| russian_form(&v.parse().expect("a decimal")))
        .collect();
        assert_eq!(forms, [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 2, 1]);
        assert_eq!(russian_articles(1), "1 статья");
        assert_eq!(russian_articles(3), "3 статьи");
        assert_eq!(russian_articles(7), "7 статей");
    }

    fn tag(text: &str) -> LanguageTag {
        text.parse().expect("a language tag")
    }

    #[test]
    fn every_substance_group_and_kind_has_its_own_russian_name() {
        let cyrillic = |name: &str| name.chars().any(|c| ('а'..='я').contains(&c));
        let substances: Vec<&str> = Substance::ALL
            .iter()
            .map(|&s| russian_substance(s))
            .collect();
        let groups: Vec<&str> = DrugGroup::ALL.iter().map(|&g| russian_group(g)).collect();
        let kinds: Vec<&str> = EventKind::ALL
            .iter()
            .map(|&k| russian_event_kind(k))
            .collect();
        for names in [&substances, &groups, &kinds] {
            assert!(names.iter().all(|n| cyrillic(n)), "{names:?}");
            let mut unique = names.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "each name once: {names:?}");
        }
    }

    #[test]
    fn numbers_and_tags_choose_their_language() {
        assert_eq!(
            Labels::of(&tag("ru")).number(&"26951.882".parse().expect("a decimal")),
            "26\u{202F}951,882"
        );
        assert_eq!(
            Labels::of(&tag("en")).number(&"26951.882".parse().expect("a decimal")),
            "26\u{202F}951.882"
        );
        assert_eq!(Labels::of(&tag("ru-KZ")).contents, "СОДЕРЖАНИЕ");
        assert_eq!(Labels::of(&tag("kk")).contents, "CONTENTS");
    }
}
