import Planner
import SprintModel

/// The horizon's limits as gauges: spending against the total budget and own share against its
/// cap, each bar drawn to scale against its cap (the red line) and labelled in euros and per cent,
/// so the limit that binds is seen at a glance.
enum LimitsChart {
    static func render(_ plan: Plan, budget: Budget, language: ReportLanguage) -> Markup? {
        let limits: [(String, Money, Money)] = [
            (language.text(.spending), plan.report.totalSpending, budget.total),
            (language.text(.ownShare), plan.report.totalOwnShare, budget.ownShareCap),
        ]
        .compactMap { label, used, cap in cap.map { (label, used, $0) } }
        .filter { $0.2.cents > 0 }
        guard !limits.isEmpty else { return nil }
        let labelWidth = 130.0, barSpace = 560.0, rowHeight = 30.0
        let height = Double(limits.count) * rowHeight + 6
        var svg = Markup()
        ChartStyle.svgOpen(&svg, width: 1030, height: height, label: language.text(.limits))
        for (index, (label, used, cap)) in limits.enumerated() {
            let y = 4 + Double(index) * rowHeight, share = Double(used.cents) / Double(cap.cents)
            ChartStyle.text(&svg, label, x: 0, y: y + 15, weight: "bold")
            ChartStyle.rect(&svg, x: labelWidth, y: y + 2, width: barSpace, height: 18, fill: "#f2f2f2")
            ChartStyle.rect(
                &svg, x: labelWidth, y: y + 2, width: barSpace * min(share, 1.05), height: 18,
                fill: index == 0 ? ChartStyle.colour(0) : "url(#hatch)", stroke: "#333333")
            svg.empty(
                "line",
                [
                    ("x1", Markup.coordinate(labelWidth + barSpace)), ("x2", Markup.coordinate(labelWidth + barSpace)),
                    ("y1", Markup.coordinate(y - 2)), ("y2", Markup.coordinate(y + 24)), ("stroke", "#a81f1f"),
                    ("stroke-width", "3"),
                ])
            let text =
                language == .de
                ? "\(language.money(used)) von \(language.money(cap)) (\(language.percent(share)))"
                : "\(language.money(used)) of \(language.money(cap)) (\(language.percent(share)))"
            ChartStyle.text(&svg, text, x: labelWidth + barSpace + 10, y: y + 15)
        }
        svg.close("svg")
        return svg
    }
}
