import Planner
import Scoring
import SprintModel

/// The report as Markdown tables for a council paper: the same sections as the HTML report,
/// with the roadmap as a teams × quarters table.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        let l = input.language
        var out = "# \(l.text(.title)): \(escape(input.scenario.name))\n\n"
        if let description = input.scenario.description { out += "_\(escape(description))_\n\n" }
        if let line = input.whatIfLine { out += "**\(escape(line))**\n\n" }
        out += "## \(l.text(.facts))\n\n" + table(header: ["", ""], rows: input.facts().map { [$0.0, $0.1] })
        if let plan = input.plan {
            out += "\n## \(l.text(.roadmap))\n\n\(l.text(.roadmapNote))\n\n"
            var rows: [[String]] = []
            for zielbild in input.scenario.zielbilder {
                for team in input.scenario.sprintteams where team.zielbild == zielbild.id {
                    var previous = team.currentMeasure
                    let cells = plan.quarters.map { quarter -> String in
                        guard team.isAvailable(in: quarter) else { return "×" }
                        guard let measure = plan.measure(of: team.id, in: quarter) else {
                            previous = nil
                            return "–"
                        }
                        defer { previous = measure }
                        return (measure == previous ? "← " : "") + measure
                            + (plan.report.completions[measure] == quarter ? " ✓" : "")
                    }
                    rows.append([zielbild.id, "\(team.id) \(team.name)"] + cells)
                }
            }
            out += table(header: [l.text(.zielbild), l.text(.team)] + plan.quarters.map(l.quarter), rows: rows)
            out += "\n## \(l.text(.money))\n\n"
            var money = plan.report.money.map { quarter in
                [
                    l.quarter(quarter.quarter), l.money(quarter.federalShare), l.money(quarter.ownShare),
                    l.money(quarter.spending),
                    quarter.cap.map(l.money) ?? l.text(.noCap),
                ]
            }
            money.append([
                "**\(l.text(.total))**", l.money(plan.report.totalSpending - plan.report.totalOwnShare),
                l.money(plan.report.totalOwnShare),
                l.money(plan.report.totalSpending), input.scenario.budget.total.map(l.money) ?? l.text(.noCap),
            ])
            out += table(
                header: [l.text(.quarter), l.text(.federalShare), l.text(.ownShare), l.text(.spending), l.text(.cap)],
                rows: money,
                numeric: [1, 2, 3, 4])
            out += "\n## \(l.text(.solutions))\n\n"
            out += table(
                header: [l.text(.lösung), l.text(.zielbild), l.text(.status)],
                rows: input.solutionRows().map { row in
                    let state =
                        row.alreadyDone
                        ? "✓ " + l.text(.complete)
                        : row.completedIn.map { "✓ \(l.text(.complete)) \(l.quarter($0))" }
                            ?? "✗ \(l.text(.incomplete)) — \(l.text(.missing)): \(row.missing.joined(separator: ", "))"
                    return ["\(row.solution.id) \(row.solution.name)", row.solution.zielbild, state]
                })
        }
        if case .infeasible(let infeasibility) = input.outcome {
            out += "\n## \(l.text(.noPlanTitle))\n\n\(l.text(.relaxNote))\n\n"
            for relaxation in infeasibility.relaxations { out += "- \(escape(ExplanationText.text(relaxation, l)))\n" }
        }
        out += "\n## \(l.text(.rankings))\n"
        for ranking in input.scores.zielbilder {
            out += "\n### \(ranking.zielbild.id) · \(escape(ranking.zielbild.name))\n\n"
            let rows = ranking.ranked.prefix(RankingChart.shown).map { entry -> [String] in
                let top = entry.contributions.filter { $0.value > 0 }.sorted { $0.value > $1.value }.prefix(3)
                return [
                    String(entry.rank), "\(entry.measure.id) \(entry.measure.name)", l.number(entry.score, digits: 3),
                    top.map { "\($0.criterion.label) \(l.number($0.value, digits: 3))" }.joined(separator: "; "),
                ]
            }
            out += table(
                header: [l.text(.rank), l.text(.measure), l.text(.score), l.text(.criterion)], rows: Array(rows),
                numeric: [0, 2])
            if !ranking.ineligible.isEmpty {
                out += "\n\(l.text(.ineligible)):\n\n"
                for entry in ranking.ineligible {
                    out +=
                        "- \(entry.measure.id) \(escape(entry.measure.name)): \(escape(entry.failures.map(ScoreText.reason).joined(separator: "; ")))\n"
                }
            }
        }
        if let comparison = input.comparison {
            out +=
                "\n## \(l.text(.comparison))\n\n"
                + ComparisonFormats.markdown(comparison, stable: input.stable)
                .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
                .replacingOccurrences(of: "\n## ", with: "\n### ")
        }
        return out
    }

    static func table(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n|"
        out += header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }

    static func escape(_ text: String) -> String { VisibleText.markdownCell(text) }
}
