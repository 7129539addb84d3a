import Planner
import SprintModel

/// The roadmap: Sprintteams (grouped by Zielbild) × quarters. A team staying on a measure is
/// one joined bar labelled with the measure; ✓ marks the quarter the measure is finished in,
/// ← a measure continued from before the horizon, ⇄ help for another Zielbild.
enum RoadmapChart {
    static func render(_ plan: Plan, scenario: Scenario, language: ReportLanguage) -> Markup {
        let labelWidth = 190.0, quarterWidth = 150.0, rowHeight = 24.0, groupHeight = 22.0, top = 26.0
        let zielbildIndex = Dictionary(
            scenario.zielbilder.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = scenario.zielbilder.map { zielbild in
            (zielbild, scenario.sprintteams.filter { $0.zielbild == zielbild.id })
        }
        .filter { !$0.1.isEmpty }
        let rows = groups.reduce(0) { $0 + $1.1.count }
        let width = labelWidth + quarterWidth * Double(plan.quarters.count) + 10
        let height = top + Double(groups.count) * groupHeight + Double(rows) * rowHeight + 8
        var svg = Markup()
        ChartStyle.svgOpen(&svg, width: width, height: height, label: language.text(.roadmap))
        for (index, quarter) in plan.quarters.enumerated() {
            let x = labelWidth + Double(index) * quarterWidth
            ChartStyle.text(
                &svg, language.quarter(quarter), x: x + quarterWidth / 2, y: 16, anchor: "middle", weight: "bold")
            svg.empty(
                "line",
                [
                    ("x1", Markup.coordinate(x)), ("x2", Markup.coordinate(x)), ("y1", "20"),
                    ("y2", Markup.coordinate(height - 4)),
                    ("stroke", "#cccccc"),
                ])
        }
        var y = top
        for (zielbild, teams) in groups {
            let colourIndex = zielbildIndex[zielbild.id] ?? 0
            ChartStyle.rect(&svg, x: 0, y: y, width: width, height: groupHeight - 2, fill: "#eeeeee")
            ChartStyle.text(&svg, "\(zielbild.id) · \(zielbild.name)", x: 4, y: y + 14, weight: "bold")
            y += groupHeight
            for team in teams {
                ChartStyle.text(&svg, Self.cut("\(team.id) \(team.name)", 30), x: 4, y: y + 16)
                var index = 0
                while index < plan.quarters.count {
                    let quarter = plan.quarters[index]
                    let x = labelWidth + Double(index) * quarterWidth
                    guard team.isAvailable(in: quarter) else {
                        ChartStyle.text(
                            &svg, "× " + language.text(.unavailable), x: x + quarterWidth / 2, y: y + 16,
                            anchor: "middle")
                        index += 1
                        continue
                    }
                    guard let measureID = plan.measure(of: team.id, in: quarter) else {
                        ChartStyle.text(&svg, "–", x: x + quarterWidth / 2, y: y + 16, anchor: "middle")
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
                    let ownIndex = measure.flatMap { zielbildIndex[$0.zielbild] } ?? colourIndex
                    let barWidth = Double(end - index + 1) * quarterWidth - 6
                    let finished = plan.report.completions[measureID] == plan.quarters[end]
                    ChartStyle.rect(
                        &svg, x: x + 3, y: y + 3, width: barWidth, height: rowHeight - 6,
                        fill: "url(#\(ChartStyle.pattern(ownIndex)))",
                        stroke: ChartStyle.colour(ownIndex), title: "\(measureID) \(measure?.name ?? "")")
                    var label = (index == 0 && team.currentMeasure == measureID ? "← " : "") + measureID
                    if measure?.zielbild != team.zielbild { label += " ⇄" }
                    label += " " + Self.cut(measure?.name ?? "", Int(barWidth / 6.5) - label.count - 3)
                    ChartStyle.text(&svg, label.trimmingSpaces, x: x + 8, y: y + 16)
                    if finished {
                        ChartStyle.text(
                            &svg, "✓", x: x + 3 + barWidth - 5, y: y + 16, anchor: "end", weight: "bold", size: 13)
                    }
                    index = end + 1
                }
                y += rowHeight
            }
        }
        svg.close("svg")
        return svg
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
