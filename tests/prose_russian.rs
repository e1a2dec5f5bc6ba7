//! Statistics, substances and event kinds from Russian prose (issue #16, items 2 and 3):
//! each phenomenon of the issue, positive and negative, and the constructed Russian #16
//! giving the same statistic values as the English #16's golden file, article by article.

use caricc_release::prose::{event_kinds, extract, extract_in};
use caricc_release::{
    Block, Country, Currency, Decimal, EventKind, MassUnit, Qualifier, Substance, Unit,
};

#[test]
fn event_kinds_in_russian() {
    use EventKind::*;
    let kinds = |text: &str| event_kinds("", &[Block::paragraph(text)]);
    for (text, kind) in [
        ("У задержанного изъято 5 кг гашиша.", Seizure),
        ("Полицейские задержали курьера.", Arrest),
        ("Задержаны двое граждан.", Arrest),
        (
            "Подпольная нарколаборатория ликвидирована.",
            LaboratoryDismantled,
        ),
        ("Уничтожены посевы конопли.", PlantationDestroyed),
        ("Возбуждено уголовное дело.", CriminalCase),
        ("Суд приговорил его к 10 годам лишения свободы.", Sentence),
        ("Прошла профилактическая акция для студентов.", Prevention),
        ("Состоялось заседание рабочей группы.", Cooperation),
        ("Подписан меморандум о сотрудничестве.", Cooperation),
        ("Законопроект принят парламентом.", Legislation),
        ("Поправки в закон вступили в силу.", Legislation),
    ] {
        assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
    }
    assert!(kinds("Наркотики не изъяты.").is_empty());
    assert!(kinds("Борьба с незаконным оборотом наркотиков продолжается.").is_empty());
}

/// (value, unit, qualifier) of each statistic of `text`, breakdown parts after their total.
fn read(text: &str) -> Vec<(String, String, &'static str)> {
    fn push(s: &caricc_release::Statistic, out: &mut Vec<(String, String, &'static str)>) {
        out.push((
            s.value.to_string(),
            s.unit.to_string(),
            s.qualifier.as_str(),
        ));
        for p in &s.breakdown {
            push(p, out);
        }
    }
    let mut out = Vec::new();
    for e in extract(text) {
        push(&e.statistic, &mut out);
    }
    out
}

/// The values and units of `text` as "value unit" strings.
fn values(text: &str) -> Vec<String> {
    read(text)
        .into_iter()
        .map(|(v, u, _)| format!("{v} {u}"))
        .collect()
}

#[test]
fn decimal_comma_and_every_thousands_space() {
    assert_eq!(values("Изъято 2,5 кг героина."), ["2.5 kg"]);
    assert_eq!(values("Изъято 38 000 таблеток."), ["38000 count"]);
    assert_eq!(values("Изъято 2 986,8 кг гашиша."), ["2986.8 kg"]);
    for space in ['\u{a0}', '\u{202f}', '\u{2009}'] {
        let text = format!("Изъято 38{space}000 таблеток и 2{space}986,8 кг гашиша.");
        assert_eq!(values(&text), ["38000 count", "2986.8 kg"], "{space:?}");
    }
    // In English the comma still separates thousands.
    assert_eq!(values("Police seized 38,000 tablets."), ["38000 count"]);
}

#[test]
fn compound_masses() {
    assert_eq!(values("изъято 4 тонны 663 кг наркотиков"), ["4.663 t"]);
    assert_eq!(values("изъято 1 кг. 606 граммов героина"), ["1.606 kg"]);
    assert_eq!(
        values("изъято 4 тонны 83 кг 274 г наркотиков"),
        ["4.083274 t"]
    );
    assert_eq!(values("находилось 1кг 874гр. опия"), ["1.874 kg"]);
}

#[test]
fn unit_words_in_every_case_and_number() {
    for (text, unit) in [
        ("изъята 1 тонна", "t"),
        ("изъяты 2 тонны", "t"),
        ("изъято 5 тонн", "t"),
        ("изъяли 1 тонну", "t"),
        ("изъят 1 килограмм", "kg"),
        ("изъято 2 килограмма", "kg"),
        ("изъято 5 килограммов", "kg"),
        ("изъято 5 кг", "kg"),
        ("изъято 5 грамм", "g"),
        ("изъято 5 граммов", "g"),
        ("изъято 5 гр. гашиша", "g"),
        ("изъято 5 г гашиша", "g"),
        ("изъято 5 литров", "l"),
        ("уничтожено 5 гектаров", "ha"),
        ("уничтожено 5 га", "ha"),
        ("рост на 5 процентов", "percent"),
        ("уничтожено 34 сотки", "other:сотка"),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].1, unit, "{text}");
    }
}

#[test]
fn scale_words_and_abbreviations() {
    assert_eq!(values("ущерб 2,5 млрд тенге"), ["2500000000 KZT"]);
    assert_eq!(values("на сумму 3 млн сомов"), ["3000000 KGS"]);
    assert_eq!(values("на сумму 45 тыс. сумов"), ["45000 UZS"]);
    assert_eq!(values("на 1,2 миллиона рублей"), ["1200000 RUB"]);
    assert_eq!(values("23,5 тысячи преступлений"), ["23500 count"]);
    assert_eq!(
        values("оборот составляет около $1 млн 965 тыс."),
        ["1965000 USD"]
    );
    assert_eq!(values("наркотики на полмиллиона долларов"), ["500000 USD"]);
}

#[test]
fn qualifiers() {
    for (text, q) in [
        ("изъято более 5 кг", "over"),
        ("изъято свыше 3 тонн", "over"),
        ("изъято около 200 граммов", "about"),
        ("изъято порядка 10 кг", "about"),
        ("изъято без малого тонну наркотиков", "almost"),
        ("задержано не менее 12 человек", "at_least"),
        ("объем превысил 300 кг", "over"),
        ("изъято почти 40 кг", "almost"),
        ("изъято примерно 7 кг", "about"),
        ("изъято приблизительно 8 кг", "about"),
        ("изъято свыше килограмма марихуаны", "over"),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].2, q, "{text}");
    }
    assert_eq!(values("изъято более тонны наркотиков"), ["1 t"]);
}

#[test]
fn breakdowns() {
    let text = "изъято 10 кг наркотиков, в том числе 7 кг гашиша и 3 кг героина";
    let found = extract(text);
    assert_eq!(found.len(), 1);
    let parts: Vec<String> = found[0]
        .statistic
        .breakdown
        .iter()
        .map(|p| p.value.to_string())
        .collect();
    assert_eq!(parts, ["7", "3"]);
    let text = "задержаны 20 человек, из них 5 иностранцев";
    assert_eq!(extract(text)[0].statistic.breakdown.len(), 1);
    let text = "изъято 12 кг, включая 2 кг героина";
    assert_eq!(extract(text)[0].statistic.breakdown.len(), 1);
}

#[test]
fn factors_and_changes() {
    assert_eq!(values("число выросло в 1,5 раза"), ["1.5 factor"]);
    assert_eq!(values("число выросло в три раза"), ["3 factor"]);
    assert_eq!(values("число снизилось на 12%"), ["12 percent"]);
    let found = extract("площадь увеличилась с 12 до 31 тыс. гектаров");
    let got: Vec<String> = found
        .iter()
        .map(|e| format!("{} {}", e.statistic.value, e.statistic.unit))
        .collect();
    assert_eq!(got, ["12000 ha", "31000 ha"]);
    let role = found[0].statistic.role.map(|r| r.as_str());
    assert_eq!(role, Some("before"));
}

#[test]
fn currencies_by_name_and_case() {
    for (text, code) in [
        ("штраф 500 тенге", "KZT"),
        ("штраф 1 сом", "KGS"),
        ("штраф 5 сомов", "KGS"),
        ("штраф 500 сомони", "TJS"),
        ("штраф 2 сума", "UZS"),
        ("штраф 500 сумов", "UZS"),
        ("штраф 3 маната", "AZN"),
        ("штраф 500 манатов", "AZN"),
        ("штраф 1 рубль", "RUB"),
        ("штраф 500 рублей", "RUB"),
        ("штраф 100 долларов США", "USD"),
        ("штраф 20 евро", "EUR"),
    ] {
        assert_eq!(
            read(text).first().map(|f| f.1.as_str()),
            Some(code),
            "{text}"
        );
    }
    // The manat of Turkmenistan, as in English.
    let found = extract_in("Наложен штраф 2000 манатов.", Country::TM);
    assert_eq!(found[0].statistic.unit, Unit::Currency(Currency::TMT));
}

#[test]
fn number_words_in_their_cases() {
    assert_eq!(values("задержаны двенадцать человек"), ["12 count"]);
    assert_eq!(values("уничтожено двадцать четыре куста"), ["24 count"]);
    assert_eq!(values("задержаны двое граждан"), ["2 count"]);
    assert_eq!(values("у четырех граждан"), ["4 count"]);
    assert_eq!(values("со ста килограммами гашиша"), ["100 kg"]);
    assert_eq!(values("более ста пятидесяти килограмм"), ["150 kg"]);
    assert_eq!(values("возбуждено сорок восемь дел"), ["48 count"]);
}

#[test]
fn what_is_no_statistic() {
    for text in [
        "Возбуждено уголовное дело по ст. 228.1 УК РФ.",
        "Дело возбуждено по ч. 2 ст. 296 УК РК.",
        "Согласно статьи 296 Уголовного кодекса.",
        "Задержан 28-летний житель Бишкека.",
        "Задержан мужчина в возрасте 25 лет.",
        "Это произошло в 2024 году.",
        "Это произошло 18 августа.",
        "Это произошло 2024 г.",
        "В период с 16 по 31 августа.",
        "Проводится операция «Мак-2025».",
        "Звоните по телефонам: 02, 102 или 112.",
        "Задержанными оказались жители области 30 и 29 лет.",
        "МОСКВА, 23 авг - РАПСИ.",
        "На протяжении шести лет шло расследование и наказание.",
    ] {
        assert_eq!(values(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn substances_in_russian() {
    let kinds = |text: &str| -> Vec<Option<Substance>> {
        extract(text)
            .iter()
            .map(|e| e.statistic.substance)
            .collect()
    };
    use Substance::*;
    for (text, s) in [
        ("изъято 5 кг гашиша", CannabisResin),
        ("изъято 5 кг марихуаны", CannabisHerb),
        ("изъято 5 кг героина", Heroin),
        ("изъято 5 кг опия", Opium),
        ("изъято 5 кг маковой соломы", PoppyStraw),
        ("изъято 5 граммов мефедрона", Mephedrone),
        ("изъято 5 граммов альфа-PVP", AlphaPvp),
        ("изъято 5 граммов «соли»", AlphaPvp),
        ("изъято 5 граммов спайса", SyntheticCannabinoids),
        ("изъято 5 кг синтетических наркотиков", SyntheticDrugs),
        ("изъято 5 тонн прекурсоров", Precursors),
        ("изъято 5 литров уксусного ангидрида", AceticAnhydride),
        ("уничтожено 500 кустов конопли", CannabisPlants),
        ("изъято 5 кг наркотических средств", Drugs),
        ("изъято 5 кг наркотиков", Drugs),
        ("изъято 500 таблеток трамадола", Tramadol),
        ("изъято 5 граммов метадона", Methadone),
        ("изъято 196 спрессованных брикетов гашиша", CannabisResin),
    ] {
        assert_eq!(kinds(text), [Some(s)], "{text}");
    }
    // People, cases and money weigh no substance.
    assert_eq!(
        kinds("задержаны 5 человек с гашишем, ущерб 100 тыс. сомов"),
        [None, None]
    );
}

#[test]
fn the_english_reading_is_unchanged_beside_russian() {
    let found = extract("Over 11 tons of drugs, 38,000 tablets and 2.5 kg of heroin.");
    let s = &found[0].statistic;
    assert_eq!(
        (s.qualifier, s.value, &s.unit),
        (
            Qualifier::Over,
            Decimal::from(11u32),
            &Unit::Mass(MassUnit::Tonne)
        )
    );
    assert_eq!(found[1].statistic.value, Decimal::from(38000u32));
}

/// The statistic values ("value unit", sorted) of each article of the English golden file,
/// by the article's first source address.
fn english_golden() -> Vec<(String, Vec<String>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/release-2025-16.json"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("golden")).expect("json");
    fn push(s: &serde_json::Value, out: &mut Vec<String>) {
        out.push(format!(
            "{} {}",
            s["value"].as_str().unwrap_or_default(),
            s["unit"].as_str().unwrap_or_default()
        ));
        for p in s["breakdown"].as_array().into_iter().flatten() {
            push(p, out);
        }
    }
    let mut out = Vec::new();
    for section in json["sections"].as_array().expect("sections") {
        for article in section["articles"].as_array().expect("articles") {
            let source = article["sources"][0]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            let mut stats = Vec::new();
            for s in article["statistics"].as_array().into_iter().flatten() {
                push(s, &mut stats);
            }
            stats.sort();
            out.push((source, stats));
        }
    }
    out
}

#[test]
fn the_russian_16_gives_the_english_16_s_statistic_values() {
    // The constructed Russian #16 is read from the corpus beside the checkout, as the other
    // tests read it (it is not packaged, and not copied into the repository).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/caricc-information-release-2025-16.ru.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} is missing; the Russian #16 is not compared");
        return;
    };
    // An article's body runs from its headline to its `<URL>` line; its paragraphs are
    // read one by one, as the layout reader gives them.
    let mut articles: Vec<(String, Vec<String>)> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    for line in text.lines() {
        if let Some(url) = line.strip_prefix('<').and_then(|l| l.strip_suffix('>')) {
            let mut stats = Vec::new();
            for p in &body {
                stats.extend(values(p));
            }
            stats.sort();
            articles.push((url.to_owned(), stats));
            body.clear();
        } else if line.starts_with('#') || line.trim().is_empty() {
            if line.starts_with('#') {
                body.clear();
            }
        } else {
            body.push(line);
        }
    }
    let english = english_golden();
    assert_eq!(articles.len(), english.len());
    for ((ru_source, ru), (en_source, en)) in articles.iter().zip(&english) {
        assert_eq!(ru_source, en_source);
        // One figure the English golden lacks: "Two 17-year-old teenagers" (the English
        // reader skips it in that paragraph); the Russian «двое 17-летних подростков» is read.
        let mut ru = ru.clone();
        if ru_source.contains("podrostkov") {
            let two = ru.iter().position(|v| v == "2 count").expect("двое");
            ru.remove(two);
        }
        assert_eq!(&ru, en, "{ru_source}");
    }
}
