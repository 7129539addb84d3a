import Planner
import SprintModel

/// The roadmap: Sprintteams (grouped by Zielbild) × quarters, as wide as an A4 landscape page.
/// A team staying on a measure is one bar labelled with the measure; the bar's tint and border
/// (solid, dashed, dotted) show the measure's Zielbild, so no texture runs through the text.
/// Marks: ✓ finished in that quarter, ← continued from before the horizon, ⇄ help for another
/// Zielbild, ▷M20 waits for M20; all explained in the legend under the chart.
enum RoadmapChart {
    static let width = 1030.0, labelWidth = 232.0, rowHeight = 27.0, groupHeight = 22.0, top = 26.0
    /// Average advance of an 11 px sans-serif character, for cutting labels to their bar.
    static let characterWidth = 6.1

    static func render(_ plan: Plan, scenario: Scenario, language: ReportLanguage) -> Markup {
        let quarterWidth = (width - labelWidth - 4) / Double(max(1, plan.quarters.count))
        let zielbildIndex = Dictionary(
            scenario.zielbilder.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = scenario.zielbilder.map { zielbild in
            (zielbild, scenario.sprintteams.filter { $0.zielbild == zielbild.id })
        }
        .filter { !$0.1.isEmpty }
        let rows = groups.reduce(0) { $0 + $1.1.count }
        let chartBottom = top + Double(groups.count) * groupHeight + Double(rows) * rowHeight
        let height = chartBottom + 54
        var svg = Markup()
        ChartStyle.svgOpen(&svg, width: width, height: height, label: language.text(.roadmap))
        for (index, quarter) in plan.quarters.enumerated() {
            let x = labelWidth + Double(index) * quarterWidth
            ChartStyle.text(
                &svg, language.quarter(quarter), x: x + quarterWidth / 2, y: 16, anchor: "middle", weight: "bold")
            line(&svg, x: x, from: 20, to: chartBottom)
        }
        var y = top
        for (zielbild, teams) in groups {
            ChartStyle.rect(&svg, x: 0, y: y, width: width, height: groupHeight - 2, fill: "#eeeeee")
            ChartStyle.text(&svg, "\(zielbild.id) · \(zielbild.name)", x: 4, y: y + 14, weight: "bold")
            y += groupHeight
            for team in teams {
                ChartStyle.text(
                    &svg, Self.cut("\(team.id) \(team.name)", Int(labelWidth / characterWidth) - 1), x: 4,
                    y: y + 18)
                var index = 0
                while index < plan.quarters.count {
                    let quarter = plan.quarters[index]
                    let x = labelWidth + Double(index) * quarterWidth
                    guard team.isAvailable(in: quarter) else {
                        ChartStyle.text(&svg, "×", x: x + quarterWidth / 2, y: y + 18, anchor: "middle")
                        index += 1
                        continue
                    }
                    guard let measureID = plan.measure(of: team.id, in: quarter) else {
                        ChartStyle.text(&svg, "–", x: x + quarterWidth / 2, y: y + 18, anchor: "middle")
                        index += 1
                        continue
                    }
                    // Join the quarters the team stays on this measure.
                    var end = index
                    while end + 1 < plan.quarters.count, team.isAvailable(in: plan.quarters[end + 1]),
                        plan.measure(of: team.id, in: plan.quarters[end + 1]) == measureID,
                        plan.report.completions[measureID].map({ $0 > plan.quarters[end] }) ?? true
                    {
                        end += 1
                    }
                    let measure = measures[measureID]
                    let own = measure.flatMap { zielbildIndex[$0.zielbild] } ?? 0
                    let barWidth = Double(end - index + 1) * quarterWidth - 6
                    let finished = plan.report.completions[measureID] == plan.quarters[end]
                    bar(
                        &svg, x: x + 3, y: y + 3, width: barWidth, height: rowHeight - 6, zielbild: own,
                        title: "\(measureID) \(measure?.name ?? "")")
                    let label = marks(measureID, measure: measure, team: team, first: index == 0, measures: measures)
                    let room = Int((barWidth - 12 - (finished ? 16 : 0)) / characterWidth)
                    let name = Self.cut(measure?.name ?? "", room - label.count - 1)
                    ChartStyle.text(&svg, (label + " " + name).trimmingSpaces, x: x + 8, y: y + 18)
                    if finished {
                        ChartStyle.text(
                            &svg, "✓", x: x + 3 + barWidth - 4, y: y + 18, anchor: "end", weight: "bold", size: 13)
                    }
                    index = end + 1
                }
                y += rowHeight
            }
        }
        legend(&svg, y: chartBottom + 8, zielbilder: groups.map(\.0), language: language)
        svg.close("svg")
        return svg
    }

    /// `← M21 ⇄ ▷M20`: the measure's id with the marks that apply in this bar.
    static func marks(
        _ id: String, measure: Measure?, team: Sprintteam, first: Bool, measures: [String: Measure]
    ) -> String {
        var label = (first && team.currentMeasure == id ? "← " : "") + id
        if let measure, measure.zielbild != team.zielbild { label += " ⇄" }
        for prerequisite in measure?.prerequisites ?? [] where measures[prerequisite]?.status != .done {
            label += " ▷" + prerequisite
        }
        return label
    }

    static func bar(
        _ svg: inout Markup, x: Double, y: Double, width: Double, height: Double, zielbild: Int, title: String? = nil
    ) {
        var attributes: [(String, String)] = [
            ("x", Markup.coordinate(x)), ("y", Markup.coordinate(y)), ("width", Markup.coordinate(max(0, width))),
            ("height", Markup.coordinate(height)), ("fill", ChartStyle.tint(zielbild)),
            ("stroke", ChartStyle.colour(zielbild)), ("stroke-width", "1.6"),
        ]
        if let dash = ChartStyle.dash(zielbild) { attributes.append(("stroke-dasharray", dash)) }
        guard let title else { return svg.empty("rect", attributes) }
        svg.open("rect", attributes)
        svg.element("title", [], title)
        svg.close("rect")
    }

    static func legend(_ svg: inout Markup, y: Double, zielbilder: [Zielbild], language: ReportLanguage) {
        var x = 0.0
        for (index, zielbild) in zielbilder.enumerated() {
            bar(&svg, x: x, y: y, width: 26, height: 14, zielbild: index)
            let text = Self.cut("\(zielbild.id) · \(zielbild.name)", 44)
            ChartStyle.text(&svg, text, x: x + 32, y: y + 11)
            x += 32 + Double(text.count) * characterWidth + 24
        }
        let symbols: [ReportText] = [
            .legendFinished, .legendContinued, .legendHelps, .legendPrerequisite, .legendIdle, .legendUnavailable,
        ]
        ChartStyle.text(&svg, symbols.map(language.text).joined(separator: "   "), x: 0, y: y + 34)
    }

    static func line(_ svg: inout Markup, x: Double, from top: Double, to bottom: Double) {
        svg.empty(
            "line",
            [
                ("x1", Markup.coordinate(x)), ("x2", Markup.coordinate(x)), ("y1", Markup.coordinate(top)),
                ("y2", Markup.coordinate(bottom)), ("stroke", "#cccccc"),
            ])
    }

    static func cut(_ text: String, _ length: Int) -> String {
        guard length > 1 else { return "" }
        return text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
