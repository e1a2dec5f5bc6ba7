//! The Russian word tables of the reader: units by stem in every case and number ("тонна",
//! "тонн", "килограммами", "гр."), scale words ("тыс.", "млн", "миллиарда"), number words
//! in their cases ("двое", "четырех", "ста", "двадцать семь"), stop words and the markers
//! that rule a number out ("ст.", "№", "году"). The passes ask these only of a word that
//! starts with a non-ASCII letter, so English text never reaches them.

use crate::{AreaUnit, Currency, DurationUnit, MassUnit, Unit, VolumeUnit};

/// Whether a lower-cased word is Cyrillic (its first byte is not ASCII).
#[inline]
pub(super) fn is_cyrillic(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|b| *b >= 0x80)
}

/// Whether the text is Russian: more Cyrillic letters than Latin ones.
pub(super) fn is_russian(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Cyrillic letters are two bytes led by 0xD0 or 0xD1.
    if !bytes.iter().any(|b| matches!(b, 0xD0 | 0xD1)) {
        return false;
    }
    let (mut cyr, mut lat) = (0usize, 0usize);
    for b in bytes {
        cyr += usize::from(matches!(b, 0xD0 | 0xD1));
        lat += usize::from(b.is_ascii_alphabetic());
    }
    cyr > lat
}

/// A Russian unit word: masses, volumes, areas, percent, lengths of time, factors ("в 2
/// раза") and currencies, by stem.
pub(super) fn unit_word(w: &str) -> Option<Unit> {
    let mass = |m| Some(Unit::Mass(m));
    let money = |c| Some(Unit::Currency(c));
    let unit = match w {
        "т" | "тн" => return mass(MassUnit::Tonne),
        "кг" | "кило" => return mass(MassUnit::Kilogram),
        "г" | "гр" | "грм" => return mass(MassUnit::Gram),
        "мг" => return mass(MassUnit::Milligram),
        "л" => return Some(Unit::Volume(VolumeUnit::Litre)),
        "мл" => return Some(Unit::Volume(VolumeUnit::Millilitre)),
        "га" => return Some(Unit::Area(AreaUnit::Hectare)),
        "тенге" | "тг" => return money(Currency::KZT),
        "сом" | "сома" | "сомов" | "сомам" | "сомами" => {
            return money(Currency::KGS);
        }
        "сомони" => return money(Currency::TJS),
        "сум" | "сума" | "сумов" | "сумам" | "сумами" => {
            return money(Currency::UZS);
        }
        "руб" | "рублей" | "рубля" | "рубль" | "рублям" | "рублями" =>
        {
            return money(Currency::RUB);
        }
        "евро" => return money(Currency::EUR),
        "долл" => return money(Currency::USD),
        "раз" | "раза" => return Some(Unit::Factor),
        "год" | "года" | "лет" | "годам" | "годами" | "годах" => {
            return Some(Unit::Duration(DurationUnit::Year));
        }
        "суток" | "сутки" | "сутками" | "дней" | "дня" | "день" | "днями" | "днях" =>
        {
            return Some(Unit::Duration(DurationUnit::Day));
        }
        "сотка" | "сотки" | "соток" | "сотку" | "сотками" => {
            return Some(Unit::Other("сотка".into()));
        }
        _ => None,
    };
    unit.or_else(|| {
        let stems: &[(&str, Unit)] = &[
            ("миллиграмм", Unit::Mass(MassUnit::Milligram)),
            ("килограмм", Unit::Mass(MassUnit::Kilogram)),
            ("грамм", Unit::Mass(MassUnit::Gram)),
            ("тонн", Unit::Mass(MassUnit::Tonne)),
            ("миллилитр", Unit::Volume(VolumeUnit::Millilitre)),
            ("литр", Unit::Volume(VolumeUnit::Litre)),
            ("гектар", Unit::Area(AreaUnit::Hectare)),
            ("процент", Unit::Percent),
            ("доллар", Unit::Currency(Currency::USD)),
            ("манат", Unit::Currency(Currency::AZN)),
            ("юан", Unit::Currency(Currency::CNY)),
            ("месяц", Unit::Duration(DurationUnit::Month)),
            ("недел", Unit::Duration(DurationUnit::Week)),
        ];
        stems
            .iter()
            .find(|(s, _)| w.starts_with(s))
            .map(|(_, u)| u.clone())
    })
}

/// Words after a unit that belong to it: "долларов США", "узбекских сумов" (the adjective
/// before is handled by [`unit_adjective`]).
pub(super) fn unit_tail(unit: &Unit, next: Option<&str>) -> bool {
    matches!(unit, Unit::Currency(Currency::USD)) && next == Some("сша")
}

/// Adjectives before a unit word that are part of it ("метрических тонн", "узбекских
/// сумов", "американских долларов", "квадратных метров").
pub(super) fn unit_adjective(w: &str) -> bool {
    [
        "календарн",
        "рабоч",
        "метрическ",
        "узбекск",
        "американск",
        "кыргызск",
        "киргизск",
        "казахстанск",
        "российск",
        "азербайджанск",
        "туркменск",
        "таджикск",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Square metres: "квадратных метров", "кв. м", "м2".
pub(super) fn square_metre_at(words: [Option<&str>; 3]) -> Option<usize> {
    match words {
        [Some(a), Some(b), _] if a.starts_with("квадратн") && b.starts_with("метр") => {
            Some(2)
        }
        [Some("кв"), Some("."), Some("м")] => Some(3),
        [Some("кв"), Some("м"), _] => Some(2),
        [Some("м2" | "м²"), _, _] => Some(1),
        _ => None,
    }
}

/// Whether a unit word is written short and may take a full stop ("кг.", "гр.", "руб.").
pub(super) fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "т" | "тн"
            | "кг"
            | "г"
            | "гр"
            | "мг"
            | "л"
            | "мл"
            | "га"
            | "руб"
            | "долл"
            | "тыс"
            | "млн"
            | "млрд"
            | "тг"
            | "грм"
            | "кв"
    )
}

/// A Russian scale word and its power of ten ("тыс.", "тысячи", "млн", "миллиардов").
pub(super) fn scale_exponent(w: &str) -> Option<u32> {
    match w {
        "тыс" | "тысч" => Some(3),
        "млн" => Some(6),
        "млрд" | "мрд" => Some(9),
        _ if w.starts_with("тысяч") => Some(3),
        _ if w.starts_with("миллион") => Some(6),
        _ if w.starts_with("миллиард") => Some(9),
        _ if w.starts_with("триллион") => Some(12),
        _ => None,
    }
}

/// A Russian number word in any case: units, teens, tens and hundreds ("двое", "четырех",
/// "пятью", "ста", "двухсот", "сорока"), and the collective numerals ("трое", "десятерых").
pub(super) fn number_word(w: &str) -> Option<u64> {
    let exact = match w {
        "один" | "одна" | "одно" | "одного" | "одному" | "одним" | "одной" | "одном" | "одну"
        | "одною" => 1,
        "два" | "две" | "двух" | "двум" | "двумя" | "двое" | "двоих" | "двоим" | "двоими" => {
            2
        }
        "три" | "трех" | "трёх" | "трем" | "трём" | "тремя" | "трое" | "троих" | "троим" => {
            3
        }
        "четыре" | "четырех" | "четырёх" | "четырем" | "четырём" | "четырьмя" | "четверо"
        | "четверых" => 4,
        "сорок" | "сорока" => 40,
        "девяносто" | "девяноста" => 90,
        "сто" | "ста" => 100,
        "двести" | "двухсот" | "двумстам" | "двумястами" => 200,
        "триста" | "трехсот" | "трёхсот" => 300,
        "четыреста" | "четырехсот" | "четырёхсот" => 400,
        _ => 0,
    };
    if exact > 0 {
        return Some(exact);
    }
    // Numerals in -ь declining as nouns: a stem, then "ь", "и", "ью"; collectives in
    // "-еро", "-ерых", "-ерым".
    const STEMS: &[(&str, u64)] = &[
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("двадцат", 20),
        ("тридцат", 30),
        ("пятьдесят", 50),
        ("пятидесят", 50),
        ("шестьдесят", 60),
        ("шестидесят", 60),
        ("семьдесят", 70),
        ("семидесят", 70),
        ("восемьдесят", 80),
        ("восьмидесят", 80),
        ("пятьсот", 500),
        ("пятисот", 500),
        ("шестьсот", 600),
        ("шестисот", 600),
        ("семьсот", 700),
        ("семисот", 700),
        ("восемьсот", 800),
        ("восьмисот", 800),
        ("девятьсот", 900),
        ("девятисот", 900),
        ("десят", 10),
        ("пят", 5),
        ("шест", 6),
        ("сем", 7),
        ("восьм", 8),
        ("восем", 8),
        ("девят", 9),
    ];
    let (stem, value) = STEMS.iter().find(|(s, _)| w.starts_with(s))?;
    let ending = w.get(stem.len()..)?;
    let hundreds_or_tens = *value >= 50 && !matches!(*value, 5..=19);
    let fits = if hundreds_or_tens {
        matches!(ending, "" | "и" | "ью" | "ти" | "тью")
    } else {
        matches!(ending, "ь" | "и" | "ью" | "еро" | "ерых" | "ерым" | "ерыми")
            || (*value == 8 && matches!(ending, "ь" | "и" | "ью"))
    };
    // "семью" is a family as often as seven: only the other forms of seven.
    (fits && w != "семью").then_some(*value)
}

/// "двукратный", "трехкратно", "пятикратное": a factor in one word.
pub(super) fn factor_word(w: &str) -> Option<u64> {
    let at = w.find("кратн")?;
    Some(match w.get(..at)? {
        "дву" | "двух" => 2,
        "тре" | "трех" | "трёх" => 3,
        "четырех" | "четырёх" => 4,
        "пяти" => 5,
        "десяти" => 10,
        _ => return None,
    })
}

/// Russian qualifiers before a number, longest first.
pub(super) const QUALIFIERS: &[(&[&str], crate::Qualifier)] = {
    use crate::Qualifier::{About, Almost, AtLeast, LessThan, Over, UpTo};
    &[
        (&["не", "менее", "чем"], AtLeast),
        (&["не", "менее"], AtLeast),
        (&["не", "меньше"], AtLeast),
        (&["не", "более", "чем"], UpTo),
        (&["не", "более"], UpTo),
        (&["не", "больше"], UpTo),
        (&["без", "малого"], Almost),
        (&["более", "чем"], Over),
        (&["больше", "чем"], Over),
        (&["менее", "чем"], LessThan),
        (&["более"], Over),
        (&["больше"], Over),
        (&["свыше"], Over),
        (&["сверх"], Over),
        (&["превышает"], Over),
        (&["превысил"], Over),
        (&["превысила"], Over),
        (&["превысило"], Over),
        (&["превысили"], Over),
        (&["превышающей"], Over),
        (&["менее"], LessThan),
        (&["меньше"], LessThan),
        (&["около"], About),
        (&["порядка"], About),
        (&["примерно"], About),
        (&["приблизительно"], About),
        (&["ориентировочно"], About),
        (&["почти"], Almost),
        (&["практически"], Almost),
        (&["вплоть", "до"], UpTo),
    ]
};

/// Words that end the thing counted when read forward, in Russian.
pub(super) fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "и" | "в"
            | "во"
            | "на"
            | "с"
            | "со"
            | "у"
            | "из"
            | "по"
            | "за"
            | "что"
            | "а"
            | "но"
            | "или"
            | "при"
            | "для"
            | "от"
            | "до"
            | "к"
            | "о"
            | "об"
            | "был"
            | "была"
            | "было"
            | "были"
            | "будет"
            | "это"
            | "который"
            | "которые"
            | "которых"
            | "которая"
            | "также"
            | "уже"
            | "еще"
            | "ещё"
            | "не"
            | "как"
            | "где"
            | "когда"
            | "под"
            | "над"
            | "через"
            | "после"
            | "перед"
            | "между"
            | "среди"
            | "включая"
            | "том"
            | "числе"
            | "них"
            | "общим"
            | "общей"
            | "весом"
            | "массой"
            | "стоимостью"
            | "сумму"
            | "сумма"
            | "более"
            | "свыше"
            | "около"
            | "почти"
            | "соответственно"
    ) || is_verb_like(w)
}

/// Verb and participle forms that end a phrase ("изъято", "задержаны", "составила").
pub(super) fn is_verb_like(w: &str) -> bool {
    [
        "изъя",
        "задерж",
        "обнаруж",
        "составил",
        "состав",
        "выявл",
        "возбужд",
        "уничтож",
        "пресеч",
        "провод",
        "изыма",
        "был",
        "стал",
        "находил",
    ]
    .iter()
    .any(|s| w.starts_with(s))
        && w.chars().count() > 4
}

/// Russian months in every case ("августа", "августе", "август").
pub(super) fn is_month(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "январ",
        "феврал",
        "март",
        "апрел",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    matches!(
        w,
        "мая"
            | "мае"
            | "май"
            | "янв"
            | "фев"
            | "мар"
            | "апр"
            | "июн"
            | "июл"
            | "авг"
            | "сен"
            | "сент"
            | "окт"
            | "ноя"
            | "нояб"
            | "дек"
    ) || (STEMS.iter().any(|s| w.starts_with(s)) && w.chars().count() <= 9)
}

/// Words before a number that make it a name or reference: "ст. 228", "ч. 2", "№ 5",
/// "статьи 296", "пункта 3", "тел.".
pub(super) fn is_identifier_before(w: &str) -> bool {
    matches!(
        w,
        "ст" | "ч"
            | "п"
            | "пп"
            | "статья"
            | "статьи"
            | "статье"
            | "статьей"
            | "статьёй"
            | "статьям"
            | "статей"
            | "части"
            | "частью"
            | "часть"
            | "пункт"
            | "пункта"
            | "пункте"
            | "пунктом"
            | "подпункт"
            | "подпунктом"
            | "подпункта"
            | "номер"
            | "номером"
            | "тел"
            | "телефон"
            | "телефону"
            | "телефонам"
            | "факс"
            | "дом"
            | "д"
            | "кв"
            | "ул"
            | "улица"
            | "пр"
            | "проспект"
            | "участок"
            | "участка"
            | "отдела"
            | "отделение"
            | "отделения"
            | "отдел"
            | "указ"
            | "указа"
            | "постановление"
            | "постановления"
            | "закон"
            | "закона"
            | "приказ"
            | "приказа"
            | "решение"
            | "этап"
            | "этапа"
            | "глава"
            | "главы"
            | "стр"
            | "рис"
            | "табл"
            | "км"
            | "трасса"
            | "трассе"
            | "рейс"
            | "рейсом"
    )
}

/// Words after a number that make it a name or time: "23.50 час.", "14 ч".
pub(super) fn is_identifier_after(w: &str) -> bool {
    matches!(
        w,
        "час"
            | "часов"
            | "ч"
            | "мин"
            | "км"
            | "километре"
            | "километра"
            | "этаж"
            | "м"
            | "см"
            | "мм"
            | "метре"
            | "метрах"
    ) || w.starts_with("километр")
}

/// Words that make a length of time a penalty ("приговорен к 10 годам лишения свободы").
pub(super) fn is_penalty(w: &str) -> bool {
    [
        "лишени",
        "приговор",
        "осужд",
        "осуж",
        "заключени",
        "колони",
        "наказани",
        "срок",
        "арест",
        "тюрьм",
        "тюрем",
        "отбыва",
        "штраф",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Words of change ("увеличилось", "снизилась", "выросло", "сократилось").
pub(super) fn is_change_word(w: &str) -> bool {
    [
        "увелич",
        "уменьш",
        "сниз",
        "сниж",
        "вырос",
        "выраст",
        "рост",
        "рос",
        "возрос",
        "сократ",
        "сокращ",
        "упал",
        "паден",
        "повыс",
        "повыш",
        "прирост",
        "больше",
        "меньше",
        "прибав",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Words of a year after a number ("в 2024 году", "2024 г.", "2023-2024 годы").
pub(super) fn is_year_word(w: &str) -> bool {
    matches!(
        w,
        "г" | "гг" | "г.р" | "год" | "года" | "году" | "годом" | "годы" | "годах" | "годов"
    )
}

/// Words before a number that make it a year ("в 2024", "с 2020", "до 2025").
pub(super) fn is_year_before(w: &str) -> bool {
    matches!(
        w,
        "в" | "с"
            | "по"
            | "до"
            | "к"
            | "за"
            | "от"
            | "году"
            | "года"
            | "год"
            | "начала"
            | "конца"
            | "середины"
            | "и"
            | "или"
            | "января"
            | "февраля"
            | "марта"
            | "апреля"
            | "мая"
            | "июня"
            | "июля"
            | "августа"
            | "сентября"
            | "октября"
            | "ноября"
            | "декабря"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_in_their_cases() {
        for (w, v) in [
            ("двое", 2),
            ("четырех", 4),
            ("пяти", 5),
            ("девятью", 9),
            ("десятерых", 10),
            ("двенадцать", 12),
            ("двадцати", 20),
            ("сорока", 40),
            ("ста", 100),
            ("пятисот", 500),
            ("пятьдесят", 50),
        ] {
            assert_eq!(number_word(w), Some(v), "{w}");
        }
        for w in [
            "семью",
            "пятый",
            "пятница",
            "десятки",
            "сотрудник",
            "восьмой",
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn units_by_stem_and_case() {
        for w in ["тонна", "тонны", "тонн", "тонну", "т"] {
            assert_eq!(unit_word(w), Some(Unit::Mass(MassUnit::Tonne)), "{w}");
        }
        for w in ["килограмм", "килограмма", "килограммов", "кг"] {
            assert_eq!(unit_word(w), Some(Unit::Mass(MassUnit::Kilogram)), "{w}");
        }
        assert_eq!(unit_word("граммов"), Some(Unit::Mass(MassUnit::Gram)));
        assert_eq!(unit_word("сомов"), Some(Unit::Currency(Currency::KGS)));
        assert_eq!(unit_word("сотки"), Some(Unit::Other("сотка".into())));
        assert_eq!(unit_word("граждан"), None);
    }
}
