import Planner
import Scoring
import SprintModel

/// The full ranking: every eligible measure of every Zielbild with its score (a bar, one
/// segment, so it stays legible in print) and its state in the plan, side by side per
/// Zielbild; then the criteria with their weights and the ineligible measures with reasons.
enum RankingSection {
    /// A measure's state in the plan: `✓ Q3/2027`, `… begonnen`, or `–`.
    static func state(_ measure: String, input: ReportInput) -> String {
        guard let plan = input.plan else { return "–" }
        if let quarter = plan.report.completions[measure] { return "✓ " + input.language.quarter(quarter) }
        if (plan.report.work[measure] ?? 0) > 0 { return "… " + input.language.text(.workedOn) }
        return "–"
    }

    /// `Label 14 %` for each criterion, by its share of the global weights.
    static func weights(_ input: ReportInput) -> String {
        let criteria = input.scenario.criteria
        let total = criteria.reduce(0) { $0 + $1.weight }
        return criteria.map { "\($0.label) \(input.language.percent(total > 0 ? $0.weight / total : 0, digits: 0))" }
            .joined(separator: " · ")
    }

    static func html(_ html: inout Markup, input: ReportInput) {
        let l = input.language
        html.element("p", [("class", "note")], l.text(.rankingNote))
        html.open("div", [("class", "columns")])
        for ranking in input.scores.zielbilder {
            html.open("div", [("class", "column")])
            html.element("h3", [], "\(ranking.zielbild.id) · \(ranking.zielbild.name)")
            html.open("table", [("class", "ranking")])
            html.open("thead")
            html.open("tr")
            for (title, numeric) in [
                (l.text(.rank), true), (l.text(.measure), false), (l.text(.score), false),
                (l.text(.inPlan), false),
            ] {
                html.element("th", numeric ? [("class", "num")] : [], title)
            }
            html.close("tr")
            html.close("thead")
            html.open("tbody")
            for entry in ranking.ranked {
                html.open("tr")
                html.element("td", [("class", "num")], String(entry.rank))
                html.element("td", [], "\(entry.measure.id) \(entry.measure.name)")
                html.open("td", [("class", "score")])
                let width = Markup.coordinate(max(0, min(1, entry.score)) * 100)
                html.open("span", [("class", "gauge")])
                html.element("span", [("class", "bar"), ("style", "width: \(width)%")], "")
                html.close("span")
                html.element("span", [("class", "value")], l.number(entry.score, digits: 3))
                html.close("td")
                html.element("td", [("class", "state")], state(entry.measure.id, input: input))
                html.close("tr")
            }
            html.close("tbody")
            html.close("table")
            if !ranking.ineligible.isEmpty {
                html.element("h4", [], l.text(.ineligible))
                html.open("ul", [("class", "small")])
                for entry in ranking.ineligible {
                    html.element("li", [], "\(entry.measure.id) \(entry.measure.name): \(input.ineligibleText(entry))")
                }
                html.close("ul")
            }
            html.close("div")
        }
        html.close("div")
        html.element("p", [("class", "note")], "\(l.text(.criteriaWeights)): \(weights(input))")
    }

    static func markdown(_ input: ReportInput) -> String {
        let l = input.language
        var out = "\(l.text(.rankingNote))\n\n\(l.text(.criteriaWeights)): \(MarkdownReport.escape(weights(input)))\n"
        for ranking in input.scores.zielbilder {
            out += "\n### \(ranking.zielbild.id) · \(MarkdownReport.escape(ranking.zielbild.name))\n\n"
            let rows = ranking.ranked.map { entry -> [String] in
                [
                    String(entry.rank), "\(entry.measure.id) \(entry.measure.name)", l.number(entry.score, digits: 3),
                    state(entry.measure.id, input: input),
                ]
            }
            out += MarkdownReport.table(
                header: [l.text(.rank), l.text(.measure), l.text(.score), l.text(.inPlan)], rows: rows, numeric: [0, 2])
            if !ranking.ineligible.isEmpty {
                out += "\n\(l.text(.ineligible)):\n\n"
                for entry in ranking.ineligible {
                    out +=
                        "- \(entry.measure.id) \(MarkdownReport.escape(entry.measure.name)): "
                        + "\(MarkdownReport.escape(input.ineligibleText(entry)))\n"
                }
            }
        }
        return out
    }
}
