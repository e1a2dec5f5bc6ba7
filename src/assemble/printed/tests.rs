//! Printed lines into blocks: furniture, the crate's HTML extras, headings, paragraphs.

use super::{Look, PrintedLine, blocks};
use crate::assemble::blocks::{At, BlockKind};

fn line(page: u32, text: &str, look: Look) -> PrintedLine {
    PrintedLine {
        text: text.to_owned(),
        at: At {
            line: 0,
            page: Some(page),
        },
        look,
        link: None,
    }
}

fn plain(page: u32, text: &str) -> PrintedLine {
    line(page, text, Look::default())
}

fn short(page: u32, text: &str) -> PrintedLine {
    line(
        page,
        text,
        Look {
            fill: 0.5,
            ..Look::default()
        },
    )
}

#[test]
fn furniture_goes_and_paragraphs_rejoin_across_pages() {
    let lines = vec![
        plain(1, "CARICC Information Release #16/2025"),
        short(1, "INFORMATION RELEASE"),
        plain(1, "REPUBLIC OF KAZAKHSTAN"),
        plain(1, "POLICE SEIZED DRUGS IN"),
        short(1, "ALMATY"),
        plain(1, "Police seized 5 kg of hashish and a further"),
        short(1, "1"),
        plain(2, "CARICC Information Release #16/2025"),
        short(2, "2 kg of heroin."),
        plain(2, "Source: https://polisia.kz/a"),
        plain(2, "2"),
    ];
    let got = blocks(lines);
    let kinds: Vec<(BlockKind, &str)> = got.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Heading, "INFORMATION RELEASE"),
            (BlockKind::Heading, "REPUBLIC OF KAZAKHSTAN"),
            (BlockKind::Heading, "POLICE SEIZED DRUGS IN ALMATY"),
            (
                BlockKind::Text,
                "Police seized 5 kg of hashish and a further 2 kg of heroin."
            ),
            (BlockKind::Url, "https://polisia.kz/a"),
        ]
    );
}

#[test]
fn contents_lines_in_every_form() {
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(1, "CONTENTS"),
        plain(1, "REPUBLIC OF AZERBAIJAN..........2"),
        plain(1, "REPUBLIC OF KAZAKHSTAN\t6"),
        plain(1, "KYRGYZ PEPUBLIC"),
        plain(1, "8"),
        plain(1, "In the period from 16 to 31 August 2025 …"),
    ];
    let got = blocks(lines);
    let entries: Vec<_> = got.iter().filter_map(|b| b.entry.clone()).collect();
    assert_eq!(
        entries,
        [
            ("REPUBLIC OF AZERBAIJAN".to_owned(), 2),
            ("REPUBLIC OF KAZAKHSTAN".to_owned(), 6),
            ("KYRGYZ PEPUBLIC".to_owned(), 8),
        ]
    );
    assert_eq!(got.last().map(|b| b.kind), Some(BlockKind::Text));
}

#[test]
fn the_html_extras_are_not_the_release() {
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(1, "CONTENTS"),
        short(1, "Summary."),
        plain(1, "KZ"),
        plain(1, "3 ARTICLES"),
        plain(1, "REPUBLIC OF KAZAKHSTAN"),
        plain(1, "A HEADLINE HERE"),
        short(1, "Text."),
        plain(1, "Source: https://a.kz/1"),
        plain(1, "Places: Almaty · Topics: prevention"),
        plain(1, "FIGURES REPORTED"),
        plain(1, "Measure"),
        plain(1, "drugs seized 5 kg"),
        plain(1, "A THIRD HEADLINE"),
        short(1, "Text."),
        plain(1, "Source: https://a.kz/2"),
        plain(
            1,
            "Event kinds: Seizure Arrest or detention · Places: Almaty",
        ),
        plain(1, "FIGURES REPORTED"),
        plain(1, "Measure"),
        plain(1, "drugs seized 5 kg"),
        plain(1, "ANOTHER HEADLINE"),
    ];
    let got = blocks(lines);
    let texts: Vec<&str> = got.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "INFORMATION RELEASE",
            "CONTENTS",
            "Summary.",
            "REPUBLIC OF KAZAKHSTAN",
            "A HEADLINE HERE",
            "Text.",
            "https://a.kz/1",
            "A THIRD HEADLINE",
            "Text.",
            "https://a.kz/2",
            "ANOTHER HEADLINE"
        ]
    );
}

#[test]
fn a_link_gives_the_whole_address_and_hyphens_stay() {
    let mut source = plain(1, "Source: https://example.org/a-very-long-");
    source.link = Some("https://example.org/a-very-long-address".to_owned());
    let mut rest = plain(1, "address");
    rest.link = source.link.clone();
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(1, "REPUBLIC OF KAZAKHSTAN"),
        plain(1, "A HEADLINE HERE"),
        plain(1, "An anti-"),
        short(1, "drug campaign."),
        source,
        rest,
    ];
    let got = blocks(lines);
    let texts: Vec<&str> = got.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts[3..],
        [
            "An anti-drug campaign.",
            "https://example.org/a-very-long-address"
        ]
    );
}

fn indented(page: u32, text: &str, indent: f32, fill: f32) -> PrintedLine {
    line(
        page,
        text,
        Look {
            indent,
            fill,
            ..Look::default()
        },
    )
}

fn kinds_and_texts(got: &[crate::assemble::blocks::LayoutBlock]) -> Vec<(BlockKind, &str)> {
    got.iter().map(|b| (b.kind, b.text.as_str())).collect()
}

#[test]
fn the_htmls_badge_on_one_line_and_date_line_go_and_a_headline_goes_on_over_a_page() {
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(1, "CONTENTS"),
        short(1, "Summary."),
        plain(1, "KZ 3 ARTICLES"),
        plain(1, "REPUBLIC OF KAZAKHSTAN"),
        plain(1, "POLICE DETAINED HEMP GROWERS IN"),
        plain(2, "SHYMKENT"),
        short(2, "22 August"),
        short(2, "Police seized 5 kg of hemp."),
    ];
    assert_eq!(
        kinds_and_texts(&blocks(lines)),
        [
            (BlockKind::Heading, "INFORMATION RELEASE"),
            (BlockKind::Heading, "CONTENTS"),
            (BlockKind::Text, "Summary."),
            (BlockKind::Heading, "REPUBLIC OF KAZAKHSTAN"),
            (
                BlockKind::Heading,
                "POLICE DETAINED HEMP GROWERS IN SHYMKENT"
            ),
            (BlockKind::Text, "Police seized 5 kg of hemp."),
        ]
    );
}

#[test]
fn blocks_set_apart_are_quotations_and_list_items_and_a_speaker_line_stands_alone() {
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(1, "REPUBLIC OF KAZAKHSTAN"),
        plain(1, "POLICE SEIZED DRUGS"),
        indented(1, "Police seized 5 kg of hashish.", 1.5, 0.5),
        indented(1, "“Our task is to show young people", 3.0, 0.9),
        indented(1, "what drugs lead to.”", 3.0, 0.3),
        indented(1, "— Ilya Tokarev, head of the department", 3.0, 0.5),
        indented(1, "seized parents and teachers", 2.0, 0.4),
        indented(1, "The seized substances were examined.", 2.0, 0.5),
        indented(1, "The event ended.", 1.5, 0.3),
    ];
    assert_eq!(
        kinds_and_texts(&blocks(lines)),
        [
            (BlockKind::Heading, "INFORMATION RELEASE"),
            (BlockKind::Heading, "REPUBLIC OF KAZAKHSTAN"),
            (BlockKind::Heading, "POLICE SEIZED DRUGS"),
            (BlockKind::Text, "Police seized 5 kg of hashish."),
            (
                BlockKind::Quote,
                "Our task is to show young people what drugs lead to."
            ),
            (BlockKind::Text, "— Ilya Tokarev, head of the department"),
            (BlockKind::Bullet, "seized parents and teachers"),
            (BlockKind::Bullet, "The seized substances were examined."),
            (BlockKind::Text, "The event ended."),
        ]
    );
}

#[test]
fn footers_teach_the_printed_page_numbers() {
    let lines = vec![
        plain(1, "INFORMATION RELEASE"),
        plain(2, "CARICC Information Release #16/2025"),
        plain(2, "INFORMATION RELEASE CARICC"),
        short(2, "1"),
        plain(3, "CARICC Information Release #16/2025"),
        plain(3, "REPUBLIC OF KAZAKHSTAN"),
        short(3, "2"),
    ];
    let got = blocks(lines);
    let pages: Vec<_> = got.iter().map(|b| (b.page, b.printed_page)).collect();
    assert_eq!(
        pages,
        [(Some(1), None), (Some(2), Some(1)), (Some(3), Some(2))]
    );
}

/// The Russian page's extras go as the English page's do: the badge (its letters spaced
/// out, as the text reads them), the date under a headline (with «года» after its year),
/// the detail lines, the table of figures; «Источник:» and «Источники:» are source labels.
#[test]
fn the_russian_htmls_extras_are_not_the_release() {
    let lines = vec![
        plain(1, "ИНФОРМАЦИОННЫЙ РЕЛИЗ"),
        plain(1, "СОДЕРЖАНИЕ"),
        short(1, "Сводка."),
        plain(1, "KZ"),
        plain(1, "3 СТАТ Ь И"),
        plain(1, "РЕСПУБЛИКА КАЗАХСТАН"),
        plain(1, "ПОЛИЦЕЙСКИЕ ИЗЪЯЛИ ГАШИШ"),
        short(1, "18 августа 2025 года"),
        short(1, "Изъято 5 кг гашиша."),
        plain(1, "Источник: https://polisia.kz/ru/1"),
        plain(1, "Виды событий: Изъятие · Места: Алматы"),
        plain(1, "ПРИВЕДЁННЫЕ ДАННЫЕ"),
        plain(1, "Показатель Значение"),
        plain(1, "гашиш 5 кг"),
        plain(1, "ВТОРОЙ ЗАГОЛОВОК СТАТЬИ"),
        short(1, "29 августа"),
        short(1, "Текст."),
        plain(1, "Источники: https://a.kz/2"),
        plain(1, "Темы: профилактика"),
        plain(1, "KG 1 СТАТЬЯ"),
        plain(1, "КЫРГЫЗСКАЯ РЕСПУБЛИКА"),
        plain(1, "ТРЕТИЙ ЗАГОЛОВОК СТАТЬИ"),
    ];
    assert_eq!(
        kinds_and_texts(&blocks(lines)),
        [
            (BlockKind::Heading, "ИНФОРМАЦИОННЫЙ РЕЛИЗ"),
            (BlockKind::Heading, "СОДЕРЖАНИЕ"),
            (BlockKind::Text, "Сводка."),
            (BlockKind::Heading, "РЕСПУБЛИКА КАЗАХСТАН"),
            (BlockKind::Heading, "ПОЛИЦЕЙСКИЕ ИЗЪЯЛИ ГАШИШ"),
            (BlockKind::Text, "Изъято 5 кг гашиша."),
            (BlockKind::Url, "https://polisia.kz/ru/1"),
            (BlockKind::Heading, "ВТОРОЙ ЗАГОЛОВОК СТАТЬИ"),
            (BlockKind::Text, "Текст."),
            (BlockKind::Url, "https://a.kz/2"),
            (BlockKind::Heading, "КЫРГЫЗСКАЯ РЕСПУБЛИКА"),
            (BlockKind::Heading, "ТРЕТИЙ ЗАГОЛОВОК СТАТЬИ"),
        ]
    );
}

/// An address wrapped over a page break goes on on the next page's first line.
#[test]
fn an_address_goes_on_over_a_page_break() {
    let mut rest = plain(2, "borbu-s-narkotikami");
    rest.look.gap = 3.0;
    let lines = vec![
        plain(1, "ИНФОРМАЦИОННЫЙ РЕЛИЗ"),
        plain(1, "КЫРГЫЗСКАЯ РЕСПУБЛИКА"),
        plain(1, "ЭКСПЕРТЫ ОБСУДИЛИ БИОБЕЗОПАСНОСТЬ"),
        short(1, "Текст."),
        plain(
            1,
            "https://mir24.tv/news/16644413/obsudili-biobezopasnost-i-",
        ),
        rest,
        plain(2, "РОССИЙСКАЯ ФЕДЕРАЦИЯ"),
    ];
    let got = blocks(lines);
    assert_eq!(
        kinds_and_texts(&got)[4..],
        [
            (
                BlockKind::Url,
                "https://mir24.tv/news/16644413/obsudili-biobezopasnost-i-borbu-s-narkotikami"
            ),
            (BlockKind::Heading, "РОССИЙСКАЯ ФЕДЕРАЦИЯ"),
        ]
    );
}
