import Planner
import SprintModel

/// Spending per quarter: federal share (solid) and own share (hatched) stacked, the quarter's
/// cap as a dashed line, amounts written on the bars.
enum MoneyChart {
    static func render(_ plan: Plan, language: ReportLanguage) -> Markup {
        let money = plan.report.money
        let left = 70.0, top = 20.0, plotHeight = 170.0, slot = 120.0, barWidth = 66.0
        let width = max(left + slot * Double(max(1, money.count)) + 20, left + 380), height = top + plotHeight + 40
        let largest = money.map { max($0.spending.euros, $0.cap?.euros ?? 0) }.max() ?? 0
        let scale = largest > 0 ? plotHeight / (largest * 1.1) : 0
        var svg = Markup()
        ChartStyle.svgOpen(&svg, width: width, height: height, label: language.text(.money))
        let baseline = top + plotHeight
        let step = Self.niceStep(largest * 1.1 / 4)
        var tick = 0.0
        while step > 0 && tick <= largest * 1.1 {
            let y = baseline - tick * scale
            svg.empty(
                "line",
                [
                    ("x1", Markup.coordinate(left)), ("x2", Markup.coordinate(width - 10)),
                    ("y1", Markup.coordinate(y)),
                    ("y2", Markup.coordinate(y)), ("stroke", "#dddddd"),
                ])
            ChartStyle.text(
                &svg, language.thousands(Money(cents: Int64(tick * 100))), x: left - 4, y: y + 4, anchor: "end")
            tick += step
        }
        for (index, quarter) in money.enumerated() {
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            let federal = quarter.federalShare.euros * scale, own = quarter.ownShare.euros * scale
            ChartStyle.rect(
                &svg, x: x, y: baseline - federal, width: barWidth, height: federal, fill: ChartStyle.colour(0),
                title: "\(language.text(.federalShare)) \(language.money(quarter.federalShare))")
            ChartStyle.rect(
                &svg, x: x, y: baseline - federal - own, width: barWidth, height: own, fill: "url(#hatch)",
                stroke: "#333333",
                title: "\(language.text(.ownShare)) \(language.money(quarter.ownShare))")
            // The amount sits above the bar, or inside its top when the cap line would cross it.
            let top = baseline - federal - own
            let capY = quarter.cap.map { baseline - $0.euros * scale }
            let crowded = capY.map { abs($0 - (top - 8)) < 10 } ?? false
            if crowded {
                ChartStyle.rect(&svg, x: x + 4, y: top + 3, width: barWidth - 8, height: 14, fill: "#ffffff")
            }
            ChartStyle.text(
                &svg, language.money(quarter.spending), x: x + barWidth / 2, y: crowded ? top + 14 : top - 4,
                anchor: "middle", weight: "bold", size: 10)
            if let cap = quarter.cap {
                let y = baseline - cap.euros * scale
                svg.empty(
                    "line",
                    [
                        ("x1", Markup.coordinate(x - 14)), ("x2", Markup.coordinate(x + barWidth + 14)),
                        ("y1", Markup.coordinate(y)),
                        ("y2", Markup.coordinate(y)), ("stroke", "#a81f1f"), ("stroke-width", "2"),
                        ("stroke-dasharray", "5,3"),
                    ])
            }
            ChartStyle.text(
                &svg, language.quarter(quarter.quarter), x: x + barWidth / 2, y: baseline + 16, anchor: "middle")
        }
        // Legend: solid = federal share, hatched = own share.
        ChartStyle.rect(&svg, x: left, y: baseline + 24, width: 12, height: 10, fill: ChartStyle.colour(0))
        ChartStyle.text(&svg, language.text(.federalShare), x: left + 16, y: baseline + 33)
        ChartStyle.rect(
            &svg, x: left + 140, y: baseline + 24, width: 12, height: 10, fill: "url(#hatch)", stroke: "#333333")
        ChartStyle.text(&svg, language.text(.ownShare), x: left + 156, y: baseline + 33)
        svg.empty(
            "line",
            [
                ("x1", Markup.coordinate(left + 260)), ("x2", Markup.coordinate(left + 284)),
                ("y1", Markup.coordinate(baseline + 29)),
                ("y2", Markup.coordinate(baseline + 29)), ("stroke", "#a81f1f"), ("stroke-width", "2"),
                ("stroke-dasharray", "5,3"),
            ])
        ChartStyle.text(&svg, language.text(.cap), x: left + 290, y: baseline + 33)
        svg.close("svg")
        return svg
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 0 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }
}
