fn main() {
    let t = std::env::args().nth(1).unwrap();
    for e in caricc_release::prose::extract(&t) {
        println!(
            "{} {:?} {} | {}",
            e.statistic.value,
            e.statistic.range_end,
            e.statistic.unit,
            &t[e.span.clone()]
        );
    }
}
