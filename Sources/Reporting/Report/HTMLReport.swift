import Planner
import Scoring
import SprintModel

/// The self-contained HTML report (XHTML: well-formed XML, inline CSS and SVG, no scripts, no
/// fonts or images from outside), in the order a council reads it: the decision for the next
/// quarter with its cost and binding limits on the first page; the roadmap; money against every
/// cap; the Lösungen; the indicators, target against actual (when there are any); the full
/// ranking; the scenario comparison; the solver's figures last, in an appendix. Prints on A4 landscape (MYK10: four pages).
public enum HTMLReport {
    public static func render(_ input: ReportInput) -> String {
        let l = input.language
        var html = Markup()
        html.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", l.rawValue)])
        html.open("head")
        html.empty("meta", [("charset", "utf-8")])
        html.element("title", [], input.heading)
        html.element("style", [], style)
        html.close("head")
        html.newline()
        html.open("body")
        html.element("h1", [], input.heading)
        if let description = input.scenario.description { html.element("p", [("class", "lead")], description) }
        if let line = input.whatIfLine { html.element("p", [("class", "what-if")], line) }
        if let summary = input.summary() {
            html.newline()
            html.open("section", [("class", "summary")])
            summary.htmlBlocks(into: &html)
            if let plan = input.plan, let limits = LimitsChart.render(plan, budget: input.scenario.budget, language: l)
            {
                html.element("p", [("class", "note")], l.text(.limitsNote))
                html.append(limits)
            }
            html.close("section")
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
        if let plan = input.plan {
            section(&html, l.text(.roadmap), page: true) { html in
                html.element("p", [("class", "note")], l.text(.roadmapNote))
                html.append(RoadmapChart.render(plan, scenario: input.scenario, language: l))
            }
            section(&html, l.text(.money), page: true) { html in moneySection(&html, plan, input: input) }
            section(&html, l.text(.solutions)) { html in
                let rows = input.solutionRows().map { row -> [String] in
                    [
                        "\(row.solution.id) \(row.solution.name)", row.solution.zielbild,
                        row.solution.measures.joined(separator: ", "), solutionState(row, input: input),
                    ]
                }
                table(
                    &html, header: [l.text(.lösung), l.text(.zielbild), l.text(.measure), l.text(.status)], rows: rows,
                    numeric: [])
            }
        }
        IndicatorSection.html(&html, scenario: input.scenario, language: l)
        section(&html, l.text(.rankings), page: true) { html in RankingSection.html(&html, input: input) }
        if let comparison = input.comparison {
            section(&html, l.text(.comparison)) { html in ComparisonSection.html(&html, comparison, input: input) }
        }
        section(&html, l.text(.appendix)) { html in
            html.element("p", [("class", "note")], l.text(.appendixNote))
            html.open("p", [("class", "facts")])
            for (index, (label, value)) in input.solverFacts().enumerated() {
                if index > 0 { html.content(" · ") }
                html.element("strong", [], label + ":")
                html.content(" " + value)
            }
            html.close("p")
            html.element("p", [("class", "note")], l.text(.pointsNote))
        }
        html.close("body")
        html.close("html")
        precondition(html.isBalanced)
        return "<!DOCTYPE html>\n" + html.text + "\n"
    }

    static func moneySection(_ html: inout Markup, _ plan: Plan, input: ReportInput) {
        let l = input.language
        html.element("p", [("class", "note")], l.text(.moneyNote))
        html.open("div", [("class", "columns")])
        html.open("div")
        html.append(MoneyChart.render(plan, language: l))
        html.close("div")
        html.open("div", [("class", "column")])
        var rows = plan.report.money.map { quarter in
            [
                l.quarter(quarter.quarter), l.money(quarter.federalShare), l.money(quarter.ownShare),
                l.money(quarter.spending), quarter.cap.map(l.money) ?? l.text(.noCap),
            ]
        }
        rows.append([
            l.text(.total), l.money(plan.report.totalSpending - plan.report.totalOwnShare),
            l.money(plan.report.totalOwnShare), l.money(plan.report.totalSpending),
            input.scenario.budget.total.map(l.money) ?? l.text(.noCap),
        ])
        table(
            &html,
            header: [l.text(.quarter), l.text(.federalShare), l.text(.ownShare), l.text(.spending), l.text(.cap)],
            rows: rows, numeric: [1, 2, 3, 4])
        html.close("div")
        html.close("div")
    }

    /// `✓ vollständig Q3/2027`, or what is missing, each measure with its name.
    static func solutionState(
        _ row: (solution: Solution, completedIn: Quarter?, alreadyDone: Bool, missing: [String]), input: ReportInput
    ) -> String {
        let l = input.language
        if row.alreadyDone { return "✓ " + l.text(.complete) }
        if let quarter = row.completedIn { return "✓ " + l.text(.complete) + " " + l.quarter(quarter) }
        let missing = row.missing.map { id in input.scenario.measure(id).map { "\(id) \($0.name)" } ?? id }
        return "✗ " + l.text(.incomplete) + " — " + l.text(.missing) + ": " + missing.joined(separator: ", ")
    }

    static func section(_ html: inout Markup, _ title: String, page: Bool = false, _ body: (inout Markup) -> Void) {
        html.newline()
        html.open("section", page ? [("class", "page")] : [])
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
        body { font-family: sans-serif; font-size: 11pt; color: #111; margin: 2em auto; max-width: 1060px; \
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; border-bottom: 2px solid #333; \
        margin-top: 1.4em; } h3 { font-size: 12pt; margin: 0.6em 0 0.3em; } h4 { margin: 0.5em 0 0.2em; }
        .lead { font-style: italic; } .note { color: #444; font-size: 9.5pt; margin: 0.3em 0; }
        table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #999; padding: 2px 7px; \
        text-align: left; vertical-align: top; } thead th { background: #eee; }
        th[scope=row] { background: #f6f6f6; font-weight: normal; } .num { text-align: right; white-space: nowrap; }
        svg { max-width: 100%; height: auto; } ul.changes { font-family: monospace; font-size: 9.5pt; }
        .summary table { width: 100%; } .columns { display: flex; gap: 14px; align-items: flex-start; }
        .column { flex: 1; min-width: 0; } table.ranking { width: 100%; font-size: 9pt; }
        table.ranking td { padding: 1px 4px; } .score, .state { white-space: nowrap; }
        .gauge { display: inline-block; width: 4em; height: 0.75em; background: #e4e4e4; margin-right: 4px; \
        vertical-align: middle; } .bar { display: block; height: 100%; background: #1f5fa8; }
        ul.small { font-size: 8.5pt; padding-left: 1.2em; margin: 0.2em 0; }
        @page { size: A4 landscape; margin: 10mm 12mm; }
        @media print { body { margin: 0; max-width: none; font-size: 9pt; } section.page { break-before: page; } \
        h2 { margin-top: 0.8em; break-after: avoid; } h3 { break-after: avoid; } tr, li, svg { break-inside: avoid; } \
        table.ranking { font-size: 7.2pt; line-height: 1.1; } .note, .facts { font-size: 8pt; } }
        """
}
