import Planner
import SprintModel

/// The report's scenario comparison, headed by the scenarios' names: the plans' facts and value
/// parts side by side, the team-quarters whose measure differs, and what differs in the inputs
/// compared with the first scenario. The same tables in HTML and Markdown.
enum ComparisonSection {
    /// The scenarios' own names, or their file names where two share a name.
    static func titles(_ comparison: ScenarioComparison) -> [String] {
        let names = comparison.entries.map(\.scenario.name)
        let files = ComparisonFormats.titles(comparison)
        return names.enumerated().map { index, name in names.filter { $0 == name }.count > 1 ? files[index] : name }
    }

    static func facts(_ comparison: ScenarioComparison, input: ReportInput) -> [[String]] {
        let l = input.language
        func row(_ key: ReportText, _ value: (Plan) -> String) -> [String] {
            [l.text(key)] + comparison.entries.map { $0.plan.map(value) ?? "–" }
        }
        return [
            [l.text(.status)]
                + comparison.entries.map { entry in
                    entry.plan.map { input.statusText(.found($0.proof)) } ?? l.text(.noPlan)
                },
            row(.objective) { l.number($0.objective, digits: 2) },
            row(.completions) { l.number($0.report.value.completions, digits: 1) },
            row(.partialProgress) { l.number($0.report.value.partialProgress, digits: 1) },
            row(.solutionValue) { l.number($0.report.value.bundles, digits: 1) },
            row(.switching) { "−" + l.number($0.report.value.switching, digits: 1) },
            row(.crossZielbild) { "−" + l.number($0.report.value.crossZielbild, digits: 1) },
            row(.measuresCompleted) { String($0.report.completions.count) },
            row(.spending) { l.money($0.report.totalSpending) },
            row(.ownShare) { l.money($0.report.totalOwnShare) },
        ]
    }

    static func differing(_ comparison: ScenarioComparison, input: ReportInput) -> [[String]] {
        comparison.differingAssignments.map { row in
            [row.team, input.language.quarter(row.quarter)]
                + zip(comparison.entries, row.measures).map { entry, measure in
                    entry.plan == nil ? input.language.text(.noPlan) : (measure ?? "–")
                }
        }
    }

    static func html(_ html: inout Markup, _ comparison: ScenarioComparison, input: ReportInput) {
        let l = input.language, titles = titles(comparison)
        HTMLReport.table(
            &html, header: [""] + titles, rows: facts(comparison, input: input), numeric: Set(1...titles.count))
        html.element("h3", [], "\(l.text(.differingAssignments)): \(comparison.differingAssignments.count)")
        if !comparison.differingAssignments.isEmpty {
            HTMLReport.table(
                &html, header: [l.text(.team), l.text(.quarter)] + titles, rows: differing(comparison, input: input),
                numeric: [])
        }
        for (index, changes) in ComparisonFormats.changes(comparison).enumerated() {
            html.element("h3", [], "\(l.text(.inputs)): \(titles[index + 1]) / \(titles[0])")
            if changes.isEmpty {
                html.element("p", [], l.text(.noDifference))
                continue
            }
            html.open("ul", [("class", "changes")])
            for change in changes { html.element("li", [], ScenarioChangeText.line(change, l)) }
            html.close("ul")
        }
    }

    static func markdown(_ comparison: ScenarioComparison, input: ReportInput) -> String {
        let l = input.language, titles = titles(comparison)
        var out = MarkdownReport.table(
            header: [""] + titles, rows: facts(comparison, input: input), numeric: Set(1...titles.count))
        out += "\n### \(l.text(.differingAssignments)): \(comparison.differingAssignments.count)\n"
        if !comparison.differingAssignments.isEmpty {
            out +=
                "\n"
                + MarkdownReport.table(
                    header: [l.text(.team), l.text(.quarter)] + titles, rows: differing(comparison, input: input))
        }
        for (index, changes) in ComparisonFormats.changes(comparison).enumerated() {
            out += "\n### \(MarkdownReport.escape("\(l.text(.inputs)): \(titles[index + 1]) / \(titles[0])"))\n\n"
            out +=
                changes.isEmpty
                ? l.text(.noDifference) + "\n"
                : changes.map { "- `\($0.path)`: " + MarkdownReport.escape(ScenarioChangeText.words($0, l)) + "\n" }
                    .joined()
        }
        return out
    }
}
