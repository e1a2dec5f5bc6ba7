//! Hand-written SVG bar charts for the archive report: value scales with nice ticks (linear
//! from zero, or logarithmic when one value dwarfs the others), horizontal bars and small
//! multiples of vertical bars. Every text goes through the crate's one HTML escaper;
//! coordinates are written with one decimal, so the output is deterministic.

use std::fmt::Write as _;

use crate::model::Decimal;
use crate::render::{escape_into, grouped, with_mark};

/// The largest value may be this many times the smallest positive one before the scale
/// turns logarithmic (so that the small bars stay visible).
pub(super) const LOG_RATIO: f64 = 1_000.0;

/// The width of every chart's view box; it scales to the page.
pub(super) const WIDTH: f64 = 720.0;

/// How bars are filled: a colour and, for black-and-white print, a pattern of lines or dots.
const FILLS: [(&str, &str); 8] = [
    ("#0072b2", ""),
    ("#009e73", "M0,6 L6,0"),
    ("#d55e00", "M0,0 L6,6"),
    ("#cc79a7", "M3,0 L3,6 M0,3 L6,3"),
    ("#e69f00", "M0,3 L6,3"),
    ("#56b4e9", "M3,0 L3,6"),
    ("#f0e442", "M0,6 L6,0 M0,0 L6,6"),
    ("#999999", "M1,1 h1 v1 h-1 Z M4,4 h1 v1 h-1 Z"),
];

/// A value scale: where a value stands along an axis, from 0 to 1, and its ticks.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Scale {
    /// From zero to `count` steps of `mantissa × 10^exponent`.
    Linear {
        mantissa: i64,
        exponent: i32,
        count: u32,
    },
    /// Powers of ten from `10^low` to `10^high`.
    Log { low: i32, high: i32 },
}

/// A tick: its value and its label (the exact decimal, grouped by thousands).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tick {
    pub(super) value: f64,
    pub(super) label: String,
}

impl Scale {
    /// A scale for `values`: logarithmic when the largest is [`LOG_RATIO`] times the
    /// smallest positive one or more, else linear from zero with about `target` ticks.
    pub(super) fn for_values(values: &[f64], target: u32) -> Scale {
        let positive = values.iter().copied().filter(|v| v.is_finite() && *v > 0.0);
        let (min, max) = positive.fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if max > 0.0 && max / min >= LOG_RATIO {
            Scale::log(min, max)
        } else {
            Scale::linear(max, target)
        }
    }

    /// From zero to `max` or a little more, in about `target` nice steps (1, 2 or 5 times a
    /// power of ten); `0..1` when `max` is not positive.
    pub(super) fn linear(max: f64, target: u32) -> Scale {
        if !(max.is_finite() && max > 0.0) {
            return Scale::Linear {
                mantissa: 1,
                exponent: 0,
                count: 1,
            };
        }
        let raw = max / f64::from(target.max(1));
        let mut exponent = raw.log10().floor() as i32;
        let fraction = raw / 10f64.powi(exponent);
        let mantissa = match fraction {
            f if f <= 1.0 => 1,
            f if f <= 2.0 => 2,
            f if f <= 5.0 => 5,
            _ => {
                exponent += 1;
                1
            }
        };
        let step = mantissa as f64 * 10f64.powi(exponent);
        let count = ((max / step) - 1e-9).ceil().max(1.0) as u32;
        Scale::Linear {
            mantissa,
            exponent,
            count,
        }
    }

    /// Whole decades around `min..=max` (both positive).
    pub(super) fn log(min: f64, max: f64) -> Scale {
        let low = min.log10().floor() as i32;
        let high = (max.log10().ceil() as i32).max(low + 1);
        Scale::Log { low, high }
    }

    pub(super) fn is_log(&self) -> bool {
        matches!(self, Scale::Log { .. })
    }

    /// Where `value` stands, from 0 (the axis's start) to 1 (its end), clamped.
    pub(super) fn position(&self, value: f64) -> f64 {
        let p = match *self {
            Scale::Linear {
                mantissa,
                exponent,
                count,
            } => value / (mantissa as f64 * 10f64.powi(exponent) * f64::from(count)),
            Scale::Log { low, high } if value > 0.0 => {
                (value.log10() - f64::from(low)) / f64::from(high - low)
            }
            Scale::Log { .. } => 0.0,
        };
        if p.is_finite() {
            p.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The ticks, from the axis's start to its end; a log scale of many decades labels every
    /// second (or third…) one so that the labels keep apart.
    pub(super) fn ticks(&self) -> Vec<Tick> {
        match *self {
            Scale::Linear {
                mantissa,
                exponent,
                count,
            } => (0..=count)
                .map(|i| tick(i64::from(i) * mantissa, exponent))
                .collect(),
            Scale::Log { low, high } => {
                let every = usize::try_from((high - low + 7) / 8).unwrap_or(1).max(1);
                (low..=high).step_by(every).map(|e| tick(1, e)).collect()
            }
        }
    }
}

/// The tick `mantissa × 10^exponent`, labelled exactly.
fn tick(mantissa: i64, exponent: i32) -> Tick {
    let value = mantissa as f64 * 10f64.powi(exponent);
    let exact = if exponent >= 0 {
        10i128
            .checked_pow(exponent.unsigned_abs())
            .and_then(|p| p.checked_mul(i128::from(mantissa)))
            .and_then(|m| Decimal::new(m, 0))
    } else {
        u8::try_from(exponent.unsigned_abs())
            .ok()
            .and_then(|scale| Decimal::new(i128::from(mantissa), scale))
    };
    let label = match exact {
        Some(d) => grouped(&d.normalized()),
        None => format!("{value:e}"),
    };
    Tick { value, label }
}

/// A decimal as a float, for drawing only.
pub(super) fn to_f64(value: &Decimal) -> f64 {
    value.mantissa() as f64 / 10f64.powi(i32::from(value.scale()))
}

/// A short label for a bar: four significant digits at most, grouped by thousands (the exact
/// value is in the table beside the chart).
pub(super) fn short_number(value: f64) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".to_owned();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = usize::try_from((3 - magnitude).clamp(0, 9)).unwrap_or(0);
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    match text.parse::<Decimal>() {
        Ok(d) => grouped(&d),
        Err(_) => text.to_owned(),
    }
}

/// `text` cut to `max` characters at most, at a word's end when one is near, the cut marked
/// with an ellipsis.
pub(super) fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    // At a word's end when one is near.
    if let Some(space) = cut.rfind(' ') {
        if cut[space..].chars().count() <= 8 {
            cut.truncate(space);
        }
    }
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Markup being written (SVG or HTML): `text` escapes, `raw` is for this module's own markup.
pub(super) struct Markup(pub(super) String);

impl Markup {
    pub(super) fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    pub(super) fn text(&mut self, text: &str) {
        escape_into(&mut self.0, text);
    }

    /// An element with text: `<text x=".." y=".." ATTRS>TEXT</text>`.
    fn label(&mut self, x: f64, y: f64, attrs: &str, text: &str) {
        let _ = write!(self.0, "<text x=\"{x:.1}\" y=\"{y:.1}\"{attrs}>");
        self.text(text);
        self.raw("</text>\n");
    }

    /// A line of `class` (`grid`, `axis`) from `(x1, y1)` to `(x2, y2)`.
    fn line(&mut self, class: &str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) {
        let _ = writeln!(
            self.0,
            "<line class=\"{class}\" x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\"/>"
        );
    }

    /// A bar with its tooltip.
    fn bar(&mut self, (x, y, w, h): (f64, f64, f64, f64), fill: &str, title: &str) {
        let _ = write!(
            self.0,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\" \
             stroke=\"#000\" stroke-width=\"0.5\"><title>"
        );
        self.text(title);
        self.raw("</title></rect>\n");
    }

    /// Opens the `<svg>` with its `<title>` and `<desc>` (named by `aria-labelledby`).
    fn open(&mut self, chart: &Chart<'_>, height: f64) {
        let id = chart.id;
        let _ = write!(
            self.0,
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH:.0} \
             {height:.0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n\
             <title id=\"{id}-title\">"
        );
        self.text(chart.title);
        let _ = write!(self.0, "</title>\n<desc id=\"{id}-desc\">");
        self.text(chart.desc);
        self.raw("</desc>\n");
    }

    /// The fill patterns `fills` (indexes into the palette) of chart `id`.
    fn patterns(&mut self, id: &str, fills: &[usize]) {
        self.raw("<defs>\n");
        for &i in fills {
            let (colour, lines) = FILLS[i % FILLS.len()];
            let _ = write!(
                self.0,
                "<pattern id=\"{id}-f{i}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
                 <rect width=\"6\" height=\"6\" fill=\"{colour}\"/>"
            );
            if !lines.is_empty() {
                let _ = write!(
                    self.0,
                    "<path d=\"{lines}\" stroke=\"#000\" stroke-width=\"1\" fill=\"#000\"/>"
                );
            }
            self.raw("</pattern>\n");
        }
        self.raw("</defs>\n");
    }
}

/// What every chart has: an id (unique in the page, for its `<title>`, `<desc>` and
/// patterns), a title, a description for screen readers and the value axis's label.
pub(super) struct Chart<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) desc: &'a str,
    pub(super) axis: &'a str,
    /// The decimal mark of the numbers shown: `.` in English, `,` in Russian.
    pub(super) decimal_mark: char,
}

/// One horizontal bar.
pub(super) struct Bar {
    /// The label left of the bar; empty for a further bar of the same group.
    pub(super) label: String,
    pub(super) value: f64,
    /// The fill (an index into the palette, as in the legend).
    pub(super) fill: usize,
    /// The tooltip and the bar's text for assistive technology.
    pub(super) title: String,
    /// A value label for the bar's end.
    pub(super) value_label: String,
}

/// The legend: fills and their names.
pub(super) type Legend<'a> = &'a [(usize, &'a str)];

const BAR: f64 = 14.0;
const BAR_GAP: f64 = 3.0;
const GROUP_GAP: f64 = 10.0;
const LABEL_WIDTH: f64 = 230.0;
const VALUE_ROOM: f64 = 80.0;
const AXIS_ROOM: f64 = 46.0;
/// Characters of a label at the left that fit in [`LABEL_WIDTH`] (12 px type, about 7 px
/// a character).
const LABEL_CHARS: usize = 30;

/// Horizontal bars on `scale`, grouped where a label starts a group; with a legend on top
/// when there is one, gridlines at the ticks, value labels at the bars' ends and the value
/// axis (its label, and "logarithmic scale" on a log scale) below.
pub(super) fn horizontal_bars(
    chart: &Chart<'_>,
    bars: &[Bar],
    scale: &Scale,
    legend: Legend<'_>,
    log_note: &str,
) -> String {
    let legend_rows = legend_rows(legend);
    let top = 8.0 + 20.0 * legend_rows.len() as f64;
    let mut y = top;
    let mut places = Vec::with_capacity(bars.len());
    for (i, bar) in bars.iter().enumerate() {
        if i > 0 {
            y += if bar.label.is_empty() {
                BAR_GAP
            } else {
                GROUP_GAP
            };
        }
        places.push(y);
        y += BAR;
    }
    let plot_bottom = y + 4.0;
    let height = plot_bottom + AXIS_ROOM;
    let (x0, x1) = (LABEL_WIDTH, WIDTH - VALUE_ROOM);
    let mut svg = Markup(String::new());
    svg.open(chart, height);
    let mut fills: Vec<usize> = bars.iter().map(|b| b.fill).collect();
    fills.extend(legend.iter().map(|(f, _)| *f));
    fills.sort_unstable();
    fills.dedup();
    svg.patterns(chart.id, &fills);
    draw_legend(&mut svg, chart.id, &legend_rows);
    value_axis(
        &mut svg,
        (scale, chart.decimal_mark),
        (x0, x1),
        (top - 4.0, plot_bottom),
    );
    for (bar, &y) in bars.iter().zip(&places) {
        if !bar.label.is_empty() {
            let attrs = " class=\"label\" text-anchor=\"end\"";
            svg.label(
                x0 - 6.0,
                y + BAR - 3.0,
                attrs,
                &fit(&bar.label, LABEL_CHARS),
            );
        }
        let w = (x1 - x0) * scale.position(bar.value);
        let fill = format!("url(#{}-f{})", chart.id, bar.fill);
        svg.bar((x0, y, w.max(0.5), BAR), &fill, &bar.title);
        let attrs = " class=\"value\"";
        svg.label(x0 + w + 4.0, y + BAR - 3.0, attrs, &bar.value_label);
    }
    let mut axis = chart.axis.to_owned();
    if scale.is_log() {
        let _ = write!(axis, " ({log_note})");
    }
    let attrs = " class=\"axis-label\" text-anchor=\"middle\"";
    svg.label((x0 + x1) / 2.0, height - 8.0, attrs, &axis);
    svg.raw("</svg>\n");
    svg.0
}

/// The legend's entries in rows that fit the chart's width.
fn legend_rows<'a>(legend: Legend<'a>) -> Vec<Vec<(usize, &'a str)>> {
    let mut rows: Vec<Vec<(usize, &str)>> = Vec::new();
    let mut x = WIDTH;
    for &(fill, name) in legend {
        let width = 26.0 + 6.5 * name.chars().count() as f64;
        if x + width > WIDTH - 8.0 {
            rows.push(Vec::new());
            x = 8.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((fill, name));
        }
        x += width;
    }
    rows
}

fn draw_legend(svg: &mut Markup, id: &str, rows: &[Vec<(usize, &str)>]) {
    for (r, row) in rows.iter().enumerate() {
        let y = 8.0 + 20.0 * r as f64;
        let mut x = 8.0;
        for &(fill, name) in row {
            let _ = writeln!(
                svg.0,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"14\" height=\"14\" fill=\"url(#{id}-f{fill})\" \
                 stroke=\"#000\" stroke-width=\"0.5\"/>"
            );
            svg.label(x + 18.0, y + 11.0, " class=\"legend\"", name);
            x += 26.0 + 6.5 * name.chars().count() as f64;
        }
    }
}

/// Gridlines and tick labels of a horizontal value axis between `x0` and `x1`, from `top`
/// to `bottom`.
fn value_axis(
    svg: &mut Markup,
    (scale, mark): (&Scale, char),
    (x0, x1): (f64, f64),
    (top, bottom): (f64, f64),
) {
    for tick in scale.ticks() {
        let x = x0 + (x1 - x0) * scale.position(tick.value);
        svg.line("grid", (x, top), (x, bottom));
        let attrs = " class=\"tick\" text-anchor=\"middle\"";
        svg.label(x, bottom + 14.0, attrs, &with_mark(&tick.label, mark));
    }
    svg.line("axis", (x0, top), (x0, bottom));
}

/// One panel of small multiples: its label and one value per column.
pub(super) struct Panel {
    pub(super) label: String,
    pub(super) values: Vec<f64>,
}

const PANEL: f64 = 54.0;
const PANEL_GAP: f64 = 30.0;
const PANEL_LABEL: f64 = 64.0;

/// Small multiples: one panel of vertical bars per row of `panels`, all on the same `scale`,
/// one bar per column (`columns` label the x axis under the last panel: turned when there
/// are many, and every second, third… one when they would crowd). Values label the bars
/// when the bars are wide enough.
pub(super) fn small_multiples(
    chart: &Chart<'_>,
    panels: &[Panel],
    columns: &[String],
    scale: &Scale,
    x_axis: &str,
) -> String {
    let n = columns.len().max(1);
    let (x0, x1) = (PANEL_LABEL, WIDTH - 12.0);
    let band = (x1 - x0) / n as f64;
    let turned = n > 8;
    let labels_room = if turned { 64.0 } else { 22.0 };
    let top = 48.0;
    let height = top + (PANEL + PANEL_GAP) * panels.len() as f64 - PANEL_GAP + labels_room + 28.0;
    let mut svg = Markup(String::new());
    svg.open(chart, height);
    let attrs = " class=\"axis-label\"";
    svg.label(x0, 14.0, attrs, chart.axis);
    for (p, panel) in panels.iter().enumerate() {
        let y0 = top + (PANEL + PANEL_GAP) * p as f64;
        let scale = (scale, chart.decimal_mark);
        panel_bars(&mut svg, panel, scale, (x0, band), (y0, y0 + PANEL));
    }
    let bottom = top + (PANEL + PANEL_GAP) * panels.len() as f64 - PANEL_GAP;
    let every = (18.0 / band).ceil().max(1.0) as usize;
    for (i, column) in columns.iter().enumerate().step_by(every) {
        let x = x0 + band * (i as f64 + 0.5);
        let y = bottom + 14.0;
        let attrs = if turned {
            format!(" class=\"tick\" text-anchor=\"end\" transform=\"rotate(-45 {x:.1} {y:.1})\"")
        } else {
            " class=\"tick\" text-anchor=\"middle\"".to_owned()
        };
        svg.label(x, y, &attrs, column);
    }
    let attrs = " class=\"axis-label\" text-anchor=\"middle\"";
    svg.label((x0 + x1) / 2.0, height - 8.0, attrs, x_axis);
    svg.raw("</svg>\n");
    svg.0
}

/// One panel: its label above it, a baseline, gridlines at the scale's ends and its bars.
fn panel_bars(
    svg: &mut Markup,
    panel: &Panel,
    (scale, mark): (&Scale, char),
    (x0, band): (f64, f64),
    y: (f64, f64),
) {
    let (top, bottom) = y;
    let x1 = x0 + band * panel.values.len() as f64;
    svg.label(x0, top - 8.0, " class=\"panel\"", &fit(&panel.label, 60));
    if let Some(max) = scale.ticks().last() {
        svg.line("grid", (x0, top), (x1, top));
        let attrs = " class=\"tick\" text-anchor=\"end\"";
        svg.label(x0 - 4.0, top + 4.0, attrs, &with_mark(&max.label, mark));
        svg.label(x0 - 4.0, bottom, attrs, "0");
    }
    for (i, &value) in panel.values.iter().enumerate() {
        let h = (bottom - top) * scale.position(value);
        let x = x0 + band * i as f64 + band * 0.15;
        if h > 0.0 {
            let short = with_mark(&short_number(value), mark);
            let title = format!("{}: {short}", panel.label);
            svg.bar((x, bottom - h, band * 0.7, h), "#4a5868", &title);
        }
        if band >= 16.0 {
            let attrs = " class=\"value\" text-anchor=\"middle\"";
            let cx = x + band * 0.35;
            svg.label(
                cx,
                bottom - h - 3.0,
                attrs,
                &with_mark(&short_number(value), mark),
            );
        }
    }
    svg.line("axis", (x0, bottom), (x1, bottom));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(scale: &Scale) -> Vec<String> {
        scale.ticks().into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn linear_ticks_are_nice_steps_from_zero() {
        assert_eq!(labels(&Scale::linear(13.0, 5)), ["0", "5", "10", "15"]);
        assert_eq!(
            labels(&Scale::linear(100.0, 5)),
            ["0", "20", "40", "60", "80", "100"]
        );
        assert_eq!(
            labels(&Scale::linear(0.7, 4)),
            ["0", "0.2", "0.4", "0.6", "0.8"]
        );
        assert_eq!(
            labels(&Scale::linear(27_000.0, 3)),
            ["0", "10\u{202F}000", "20\u{202F}000", "30\u{202F}000"]
        );
        // 0.1 + 0.2 is no trouble: labels are exact decimals, not floats printed.
        assert_eq!(labels(&Scale::linear(0.3, 3)), ["0", "0.1", "0.2", "0.3"]);
    }

    #[test]
    fn zero_and_nothing_give_a_unit_axis() {
        for scale in [
            Scale::linear(0.0, 5),
            Scale::for_values(&[], 5),
            Scale::for_values(&[0.0, 0.0], 5),
            Scale::linear(f64::NAN, 5),
        ] {
            assert_eq!(labels(&scale), ["0", "1"]);
            assert_eq!(scale.position(0.0), 0.0);
        }
    }

    #[test]
    fn positions_are_clamped_fractions() {
        let scale = Scale::linear(13.0, 5);
        assert_eq!(scale.position(7.5), 0.5);
        assert_eq!(scale.position(15.0), 1.0);
        assert_eq!(scale.position(99.0), 1.0);
        assert_eq!(scale.position(-3.0), 0.0);
    }

    #[test]
    fn a_huge_value_next_to_tiny_ones_turns_the_scale_logarithmic() {
        let scale = Scale::for_values(&[0.12, 3.412, 25_000.0], 5);
        assert_eq!(scale, Scale::Log { low: -1, high: 5 });
        assert_eq!(
            labels(&scale),
            [
                "0.1",
                "1",
                "10",
                "100",
                "1000",
                "10\u{202F}000",
                "100\u{202F}000"
            ]
        );
        assert!((scale.position(0.12) - 0.0132).abs() < 0.001);
        assert!((scale.position(25_000.0) - 0.9003).abs() < 0.001);
        // Below the ratio, linear.
        assert!(!Scale::for_values(&[2.0, 1_999.0], 5).is_log());
        // Many decades: every second label.
        let wide = Scale::for_values(&[0.0005, 2.0e9], 5);
        assert_eq!(wide, Scale::Log { low: -4, high: 10 });
        assert_eq!(labels(&wide).len(), 8);
    }

    #[test]
    fn bar_labels_are_short_and_grouped() {
        assert_eq!(short_number(1380.12), "1380");
        assert_eq!(short_number(25_000.0), "25\u{202F}000");
        assert_eq!(short_number(3.412), "3.412");
        assert_eq!(short_number(0.12), "0.12");
        assert_eq!(short_number(0.0005), "0.0005");
        assert_eq!(short_number(0.0), "0");
        assert_eq!(to_f64(&"518.412".parse().unwrap()), 518.412);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit("Kazakhstan", 18), "Kazakhstan");
        assert_eq!(fit("Lao People's Democratic Republic", 18), "Lao People's…");
        assert_eq!(fit("Cannabis herb (marijuana)", 12), "Cannabis…");
        assert_eq!(fit("Precursors", 6), "Precu…");
    }
}
