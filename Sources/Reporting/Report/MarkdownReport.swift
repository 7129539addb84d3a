import Planner
import Scoring
import SprintModel

/// The report as Markdown for a council paper, in the HTML report's order: the decision for
/// the next quarter with cost and limits, the roadmap as a teams × quarters table, money,
/// Lösungen, the indicators (when the scenario has any), the full ranking, the scenario
/// comparison, and the solver's figures in an appendix.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        let l = input.language
        var out = "# \(escape(input.heading))\n\n"
        if let description = input.scenario.description { out += "_\(escape(description))_\n\n" }
        if let line = input.whatIfLine { out += "**\(escape(line))**\n\n" }
        if let summary = input.summary() { out += summary.markdownBlocks() }
        if case .infeasible(let infeasibility) = input.outcome {
            out += "## \(l.text(.noPlanTitle))\n\n\(l.text(.relaxNote))\n\n"
            for relaxation in infeasibility.relaxations { out += "- \(escape(ExplanationText.text(relaxation, l)))\n" }
            out += "\n"
        }
        if let plan = input.plan {
            out += "## \(l.text(.roadmap))\n\n\(l.text(.roadmapTableNote)) "
            let symbols: [ReportText] = [
                .legendFinished, .legendContinued, .legendHelps, .legendPrerequisite, .legendIdle, .legendUnavailable,
            ]
            out += symbols.map(l.text).joined(separator: "; ") + ".\n\n"
            out += roadmap(plan, input: input)
            out += "\n## \(l.text(.money))\n\n"
            var money = plan.report.money.map { quarter in
                [
                    l.quarter(quarter.quarter), l.money(quarter.federalShare), l.money(quarter.ownShare),
                    l.money(quarter.spending), quarter.cap.map(l.money) ?? l.text(.noCap),
                ]
            }
            money.append([
                "**\(l.text(.total))**", l.money(plan.report.totalSpending - plan.report.totalOwnShare),
                l.money(plan.report.totalOwnShare),
                l.money(plan.report.totalSpending), input.scenario.budget.total.map(l.money) ?? l.text(.noCap),
            ])
            out += table(
                header: [l.text(.quarter), l.text(.federalShare), l.text(.ownShare), l.text(.spending), l.text(.cap)],
                rows: money, numeric: [1, 2, 3, 4])
            out += "\n## \(l.text(.solutions))\n\n"
            out += table(
                header: [l.text(.lösung), l.text(.zielbild), l.text(.status)],
                rows: input.solutionRows().map { row in
                    [
                        "\(row.solution.id) \(row.solution.name)", row.solution.zielbild,
                        HTMLReport.solutionState(row, input: input),
                    ]
                })
        }
        out += IndicatorSection.markdown(input.scenario, language: l)
        out += "\n## \(l.text(.rankings))\n\n" + RankingSection.markdown(input)
        if let comparison = input.comparison {
            out += "\n## \(l.text(.comparison))\n\n" + ComparisonSection.markdown(comparison, input: input)
        }
        out += "\n## \(l.text(.appendix))\n\n\(l.text(.appendixNote))\n\n"
        out += table(header: ["", ""], rows: input.solverFacts().map { [$0.0, $0.1] })
        out += "\n\(l.text(.pointsNote))\n"
        return out
    }

    /// Teams × quarters, each cell the measure with the roadmap's marks (← ⇄ ▷ ✓).
    static func roadmap(_ plan: Plan, input: ReportInput) -> String {
        let l = input.language, scenario = input.scenario
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [[String]] = []
        for zielbild in scenario.zielbilder {
            for team in scenario.sprintteams where team.zielbild == zielbild.id {
                var previous = team.currentMeasure
                let cells = plan.quarters.enumerated().map { index, quarter -> String in
                    guard team.isAvailable(in: quarter) else { return "×" }
                    guard let measure = plan.measure(of: team.id, in: quarter) else {
                        previous = nil
                        return "–"
                    }
                    defer { previous = measure }
                    let marks = RoadmapChart.marks(
                        measure, measure: measures[measure], team: team, first: index == 0, measures: measures)
                    let continued = index > 0 && measure == previous ? "← " : ""
                    return continued + marks + (plan.report.completions[measure] == quarter ? " ✓" : "")
                }
                rows.append([zielbild.id, "\(team.id) \(team.name)"] + cells)
            }
        }
        return table(header: [l.text(.zielbild), l.text(.team)] + plan.quarters.map(l.quarter), rows: rows)
    }

    static func table(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n|"
        out += header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }

    static func escape(_ text: String) -> String { VisibleText.markdownCell(text) }
}
