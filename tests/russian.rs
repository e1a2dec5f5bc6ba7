//! Russian releases (issue #16): the constructed Russian #16 and variants.

const RU_16: &str = "../shared/corpus/caricc-information-release-2025-16.ru.txt";

#[test]
fn dump() {
    let text = std::fs::read_to_string(RU_16).unwrap();
    let parsed = caricc_release::layout::parse(&text).unwrap();
    for d in &parsed.diagnostics {
        eprintln!("{d}");
    }
    std::fs::write(
        "/tmp/r1/ru.json",
        caricc_release::to_json_pretty(&parsed.release).unwrap(),
    )
    .unwrap();
    for p in parsed.release.validate().problems() {
        eprintln!("P {p}");
    }
    let en = caricc_release::layout::parse(
        &std::fs::read_to_string("../shared/corpus/caricc-information-release-2025-16.txt")
            .unwrap(),
    )
    .unwrap();
    std::fs::write(
        "/tmp/r1/en.json",
        caricc_release::to_json_pretty(&en.release).unwrap(),
    )
    .unwrap();
}
