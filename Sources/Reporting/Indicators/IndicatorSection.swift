import SprintModel

/// The report's section "Kennzahlen: Ziel und Ist" / "Indicators: target and actual": every
/// indicator of the scenario with its owner, baseline, latest actual, target and achievement,
/// and in HTML a chart per indicator. Absent when the scenario declares no indicators.
enum IndicatorSection {
    struct Row {
        var owner: String
        var indicator: Indicator
        var latest: (quarter: Quarter, value: Double)?
        var achievement: Double?
    }

    static func rows(_ scenario: Scenario) -> [Row] {
        scenario.indicators.map { owner, indicator in
            let name: String
            switch owner {
            case .solution(let id): name = scenario.solutions.first { $0.id == id }.map { "\(id) \($0.name)" } ?? id
            case .measure(let id): name = scenario.measure(id).map { "\(id) \($0.name)" } ?? id
            }
            return Row(
                owner: name, indicator: indicator, latest: indicator.latest(), achievement: indicator.achievement())
        }
    }

    static func header(_ w: IndicatorWords) -> [String] {
        let columns = w.columns.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return [columns[0], w.de ? "Lösung/Maßnahme" : "Lösung/measure"] + columns.dropFirst()
    }

    static func cells(_ row: Row, _ w: IndicatorWords) -> [String] {
        let cells = w.cells(
            row.indicator, actual: row.latest?.value, actualQuarter: row.latest?.quarter, achievement: row.achievement)
        return [cells[0], row.owner] + cells.dropFirst()
    }

    static let numeric: Set<Int> = [3, 4, 5, 6]

    static func markdown(_ scenario: Scenario, language: ReportLanguage) -> String {
        let rows = rows(scenario)
        guard !rows.isEmpty else { return "" }
        let w = IndicatorWords(language: language)
        return "\n## \(w.heading)\n\n\(MarkdownReport.escape(w.intro))\n\n"
            + MarkdownReport.table(header: header(w), rows: rows.map { cells($0, w) }, numeric: numeric)
    }

    static func html(_ html: inout Markup, scenario: Scenario, language: ReportLanguage) {
        let rows = rows(scenario)
        guard !rows.isEmpty else { return }
        let w = IndicatorWords(language: language)
        HTMLReport.section(&html, w.heading) { html in
            html.element("p", [("class", "note")], w.intro)
            HTMLReport.table(&html, header: header(w), rows: rows.map { cells($0, w) }, numeric: numeric)
            // Inline style: the report's shared style sheet stays as it is for reports without indicators.
            html.open("div", [("class", "indicators"), ("style", "display: flex; flex-wrap: wrap; gap: 10px")])
            for row in rows {
                html.append(IndicatorChart.render(row.indicator, start: scenario.horizon.start, language: language))
            }
            html.close("div")
        }
    }
}
