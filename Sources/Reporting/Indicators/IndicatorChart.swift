import SprintModel

/// One indicator over time: the planned path from the baseline to the target as a line that
/// ends at the target quarter, the realised values as dots. Every figure is also written as
/// text (and as each mark's `<title>`), so the chart reads without colour and without the
/// picture; the table beside it states the same figures again.
enum IndicatorChart {
    // Three charts side by side on an A4 landscape page, so six indicators take one page.
    static let width = 320.0, height = 200.0
    static let left = 44.0, right = 14.0, top = 50.0, plotHeight = 110.0

    /// `start`: the planning horizon's first quarter. The baseline is drawn where `IndicatorPath`
    /// puts it (there, or a quarter before the first realised value if that is earlier), so its
    /// label does not sit on the first value's.
    static func render(_ indicator: Indicator, start: Quarter, language: ReportLanguage) -> Markup {
        let w = IndicatorWords(language: language)
        let actuals = indicator.actuals.sorted { $0.key < $1.key }
        let first = IndicatorPath(indicator, horizonStart: start).start
        let last = max(indicator.targetDate, actuals.last?.key ?? indicator.targetDate, first.advanced(by: 1))
        let span = Double(first.distance(to: last))
        let plotWidth = width - left - right
        func x(_ quarter: Quarter) -> Double { left + plotWidth * Double(first.distance(to: quarter)) / span }
        let values = [indicator.baseline, indicator.target] + actuals.map(\.value)
        let low = values.min()!, high = values.max()!
        let pad = high > low ? (high - low) * 0.1 : max(1, abs(high) * 0.1)
        // A falling target's label goes below its end of the line (above it, the line runs into
        // the text), so that side gets room for it.
        let falling = indicator.direction == .decrease
        let bottomValue = low - (falling ? 2.5 * pad : pad), topValue = high + pad
        func y(_ value: Double) -> Double { top + plotHeight * (topValue - value) / (topValue - bottomValue) }

        var svg = Markup()
        ChartStyle.svgOpen(&svg, width: width, height: height, label: label(indicator, w))
        ChartStyle.text(&svg, "\(indicator.id) (\(indicator.unit))", x: 0, y: 14, weight: "bold")
        ChartStyle.text(&svg, indicator.name, x: 0, y: 30, size: 10)
        let baseline = top + plotHeight
        svg.empty("line", line(left, baseline, width - right, baseline, stroke: "#999999"))
        // Planned path: baseline at the first quarter to the target at the target quarter.
        let planned = "\(w.columns[2]) \(w.value(indicator.baseline)) → \(w.target(indicator))"
        svg.open(
            "line",
            line(x(first), y(indicator.baseline), x(indicator.targetDate), y(indicator.target), stroke: "#555555")
                + [("stroke-width", "2"), ("stroke-dasharray", "6,3")])
        svg.element("title", [], planned)
        svg.close("line")
        ChartStyle.text(&svg, w.value(indicator.baseline), x: left - 6, y: y(indicator.baseline) + 4, anchor: "end")
        ChartStyle.text(
            &svg, w.target(indicator), x: min(x(indicator.targetDate), width - right),
            y: y(indicator.target) + (falling ? 16 : -8), anchor: "end", weight: "bold")
        // Realised values: dots with their value written above.
        for (quarter, value) in actuals {
            let achievement = w.achievement(indicator.achievement(of: value))
            svg.open(
                "circle",
                [
                    ("cx", Markup.coordinate(x(quarter))), ("cy", Markup.coordinate(y(value))), ("r", "4.5"),
                    ("fill", ChartStyle.colour(0)), ("stroke", "#111111"),
                ])
            svg.element("title", [], "\(w.columns[3]) \(w.quarter(quarter)): \(w.value(value)) (\(achievement))")
            svg.close("circle")
            ChartStyle.text(
                &svg, w.value(value), x: x(quarter), y: y(value) - 8, anchor: "middle", weight: "bold", size: 10)
        }
        // Quarter labels: the first, the target's and every realised value's.
        var labelled = Set([first, indicator.targetDate]).union(actuals.map(\.key)).sorted()
        if labelled.count > 8 { labelled = [first, indicator.targetDate] }
        for quarter in labelled {
            svg.empty("line", line(x(quarter), baseline, x(quarter), baseline + 4, stroke: "#999999"))
            // The last label ends at the axis' end rather than centring on it, so it is not clipped.
            let atEnd = x(quarter) > width - right - 24
            ChartStyle.text(
                &svg, w.quarter(quarter), x: atEnd ? width - 2 : x(quarter), y: baseline + 16,
                anchor: atEnd ? "end" : "middle", size: 10)
        }
        ChartStyle.text(&svg, legend(w), x: left, y: height - 8, size: 10)
        svg.close("svg")
        return svg
    }

    /// The chart's text alternative: every figure it draws.
    static func label(_ indicator: Indicator, _ w: IndicatorWords) -> String {
        let columns = w.columns
        var parts = [
            "\(indicator.id) \(indicator.name)", "\(columns[2]) \(w.value(indicator.baseline)) \(indicator.unit)",
            "\(columns[4]) \(w.target(indicator, unit: true))",
        ]
        let actuals = indicator.actuals.sorted { $0.key < $1.key }
        parts += actuals.map { "\(columns[3]) \(w.quarter($0.key)) \(w.value($0.value)) \(indicator.unit)" }
        if actuals.isEmpty {
            parts.append(w.noActualYet)
        } else {
            parts.append("\(columns[5]) \(w.achievement(indicator.achievement()))")
        }
        return parts.joined(separator: "; ")
    }

    static func legend(_ w: IndicatorWords) -> String {
        w.de ? "– – geplanter Weg zum Ziel   ● Ist-Werte" : "– – planned path to the target   ● actual values"
    }

    private static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String
    ) -> [(
        String, String
    )] {
        [
            ("x1", Markup.coordinate(x1)), ("y1", Markup.coordinate(y1)), ("x2", Markup.coordinate(x2)),
            ("y2", Markup.coordinate(y2)), ("stroke", stroke),
        ]
    }
}
