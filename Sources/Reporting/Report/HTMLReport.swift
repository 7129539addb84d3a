import Planner
import Scoring
import SprintModel

/// The self-contained HTML report (XHTML: well-formed XML, inline CSS and SVG, no scripts, no
/// fonts or images from outside): facts, roadmap, money, Lösungen, rankings per Zielbild and,
/// with comparison scenarios, the side-by-side view. Prints on A4 landscape.
public enum HTMLReport {
    public static func render(_ input: ReportInput) -> String {
        let l = input.language
        var html = Markup()
        html.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", l.rawValue)])
        html.open("head")
        html.empty("meta", [("charset", "utf-8")])
        html.element("title", [], "\(l.text(.title)): \(input.scenario.name)")
        html.element("style", [], style)
        html.close("head")
        html.newline()
        html.open("body")
        html.element("h1", [], "\(l.text(.title)): \(input.scenario.name)")
        if let description = input.scenario.description { html.element("p", [("class", "lead")], description) }
        if let line = input.whatIfLine { html.element("p", [("class", "what-if")], line) }

        section(&html, l.text(.facts)) { html in
            table(&html, header: nil, rows: input.facts().map { [$0.0, $0.1] }, numeric: [])
        }
        if let plan = input.plan {
            section(&html, l.text(.roadmap)) { html in
                html.element("p", [("class", "note")], l.text(.roadmapNote))
                html.append(RoadmapChart.render(plan, scenario: input.scenario, language: l))
            }
            section(&html, l.text(.money)) { html in
                html.element("p", [("class", "note")], l.text(.moneyNote))
                html.append(MoneyChart.render(plan, language: l))
                var rows = plan.report.money.map { quarter in
                    [
                        l.quarter(quarter.quarter), l.money(quarter.federalShare), l.money(quarter.ownShare),
                        l.money(quarter.spending),
                        quarter.cap.map(l.money) ?? l.text(.noCap),
                    ]
                }
                rows.append([
                    l.text(.total), l.money(plan.report.totalSpending - plan.report.totalOwnShare),
                    l.money(plan.report.totalOwnShare),
                    l.money(plan.report.totalSpending), input.scenario.budget.total.map(l.money) ?? l.text(.noCap),
                ])
                table(
                    &html,
                    header: [
                        l.text(.quarter), l.text(.federalShare), l.text(.ownShare), l.text(.spending), l.text(.cap),
                    ],
                    rows: rows, numeric: [1, 2, 3, 4])
            }
            section(&html, l.text(.solutions)) { html in
                let rows = input.solutionRows().map { row -> [String] in
                    let state: String
                    if row.alreadyDone {
                        state = "✓ " + l.text(.complete)
                    } else if let quarter = row.completedIn {
                        state = "✓ " + l.text(.complete) + " " + l.quarter(quarter)
                    } else {
                        state =
                            "✗ " + l.text(.incomplete) + " — " + l.text(.missing) + ": "
                            + row.missing.joined(separator: ", ")
                    }
                    return [
                        "\(row.solution.id) \(row.solution.name)", row.solution.zielbild,
                        row.solution.measures.joined(separator: ", "), state,
                    ]
                }
                table(
                    &html, header: [l.text(.lösung), l.text(.zielbild), l.text(.measure), l.text(.status)], rows: rows,
                    numeric: [])
            }
        }
        if case .infeasible(let infeasibility) = input.outcome {
            section(&html, l.text(.noPlanTitle)) { html in
                html.element("p", [], l.text(.relaxNote))
                html.open("ul")
                for relaxation in infeasibility.relaxations {
                    html.element("li", [], ExplanationText.text(relaxation, l))
                }
                html.close("ul")
            }
        }
        section(&html, l.text(.rankings)) { html in
            for ranking in input.scores.zielbilder {
                html.element("h3", [], "\(ranking.zielbild.id) · \(ranking.zielbild.name)")
                html.append(RankingChart.render(ranking, criteria: input.scenario.criteria, language: l))
                if !ranking.ineligible.isEmpty {
                    html.element("h4", [], l.text(.ineligible))
                    html.open("ul")
                    for entry in ranking.ineligible {
                        html.element(
                            "li", [],
                            "\(entry.measure.id) \(entry.measure.name): "
                                + entry.failures.map(ScoreText.reason).joined(separator: "; "))
                    }
                    html.close("ul")
                }
            }
        }
        if let comparison = input.comparison {
            section(&html, l.text(.comparison)) { html in comparisonSection(&html, comparison, input: input) }
        }
        html.close("body")
        html.close("html")
        precondition(html.isBalanced)
        return "<!DOCTYPE html>\n" + html.text + "\n"
    }

    static func comparisonSection(_ html: inout Markup, _ comparison: ScenarioComparison, input: ReportInput) {
        let l = input.language
        let titles = ComparisonFormats.titles(comparison)
        func cell(_ entry: ScenarioComparison.Entry, _ value: (Plan) -> String) -> String {
            entry.plan.map(value) ?? "–"
        }
        let facts: [[String]] = [
            [l.text(.status)]
                + comparison.entries.map { entry in
                    entry.plan.map { input.statusText(.found($0.proof)) } ?? l.text(.noPlan)
                },
            [l.text(.objective)] + comparison.entries.map { cell($0) { l.number($0.objective, digits: 2) } },
            [l.text(.completions)]
                + comparison.entries.map { cell($0) { l.number($0.report.value.completions, digits: 1) } },
            [l.text(.partialProgress)]
                + comparison.entries.map { cell($0) { l.number($0.report.value.partialProgress, digits: 1) } },
            [l.text(.solutionValue)]
                + comparison.entries.map { cell($0) { l.number($0.report.value.bundles, digits: 1) } },
            [l.text(.switching)]
                + comparison.entries.map { cell($0) { "−" + l.number($0.report.value.switching, digits: 1) } },
            [l.text(.measuresCompleted)] + comparison.entries.map { cell($0) { String($0.report.completions.count) } },
            [l.text(.spending)] + comparison.entries.map { cell($0) { l.money($0.report.totalSpending) } },
            [l.text(.ownShare)] + comparison.entries.map { cell($0) { l.money($0.report.totalOwnShare) } },
        ]
        table(&html, header: [""] + titles, rows: facts, numeric: Set(1...titles.count))
        html.element("h3", [], "\(l.text(.differingAssignments)): \(comparison.differingAssignments.count)")
        if !comparison.differingAssignments.isEmpty {
            let rows = comparison.differingAssignments.map { row in
                [row.team, l.quarter(row.quarter)]
                    + zip(comparison.entries, row.measures).map { entry, measure in
                        entry.plan == nil ? l.text(.noPlan) : (measure ?? "–")
                    }
            }
            table(&html, header: [l.text(.team), l.text(.quarter)] + titles, rows: rows, numeric: [])
        }
        for (index, changes) in ComparisonFormats.changes(comparison).enumerated() {
            html.element("h3", [], "\(l.text(.inputs)): \(titles[index + 1]) / \(titles[0])")
            if changes.isEmpty {
                html.element("p", [], l.text(.noDifference))
                continue
            }
            html.open("ul", [("class", "changes")])
            for change in changes { html.element("li", [], change.description) }
            html.close("ul")
        }
    }

    static func section(_ html: inout Markup, _ title: String, _ body: (inout Markup) -> Void) {
        html.newline()
        html.open("section")
        html.element("h2", [], title)
        body(&html)
        html.close("section")
    }

    static func table(_ html: inout Markup, header: [String]?, rows: [[String]], numeric: Set<Int>) {
        html.open("table")
        if let header {
            html.open("thead")
            html.open("tr")
            for (index, title) in header.enumerated() {
                html.element("th", numeric.contains(index) ? [("class", "num")] : [], title)
            }
            html.close("tr")
            html.close("thead")
        }
        html.open("tbody")
        for row in rows {
            html.open("tr")
            for (index, value) in row.enumerated() {
                if header == nil && index == 0 {
                    html.element("th", [("scope", "row")], value)
                    continue
                }
                html.element("td", numeric.contains(index) ? [("class", "num")] : [], value)
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    static let style = """
        body { font-family: sans-serif; font-size: 11pt; color: #111; margin: 2em; max-width: 1200px; }
        h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; border-bottom: 2px solid #333; margin-top: 1.6em; }
        h3 { font-size: 12pt; margin-bottom: 0.3em; } .lead { font-style: italic; } .note { color: #444; font-size: 9.5pt; }
        table { border-collapse: collapse; margin: 0.6em 0; } th, td { border: 1px solid #999; padding: 3px 8px; text-align: left; vertical-align: top; }
        thead th { background: #eee; } th[scope=row] { background: #f6f6f6; font-weight: normal; } .num { text-align: right; white-space: nowrap; }
        svg { max-width: 100%; height: auto; } ul.changes { font-family: monospace; font-size: 9.5pt; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print { body { margin: 0; max-width: none; font-size: 9.5pt; } section { break-inside: avoid-page; } h2 { break-after: avoid; } }
        """
}
