import Planner
import ScenarioIO
import SprintModel

/// A plan for the terminal: per Zielbild a roadmap (teams × quarters), then completions,
/// money per quarter and the solver's facts.
public enum PlanText {
    /// `stable`: no timing, so the output is byte-identical across runs. Money in whole euros,
    /// quarters and numbers spelt for `language`.
    public static func render(
        _ plan: Plan, scenario: Scenario, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let words = PlanWords(language: language), l = language
        var lines = [words.header(plan, stable: stable), ""]
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for zielbild in scenario.zielbilder {
            let teams = scenario.sprintteams.filter { $0.zielbild == zielbild.id }
            guard !teams.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name)")
            var table = TextTable(
                columns: [.init(words.team, maximumWidth: 30)] + plan.quarters.map { .init(l.quarter($0)) })
            for team in teams {
                var previous = team.currentMeasure
                var cells: [String] = []
                for quarter in plan.quarters {
                    guard team.isAvailable(in: quarter) else {
                        cells.append("×")
                        continue
                    }
                    guard let measure = plan.measure(of: team.id, in: quarter) else {
                        cells.append("–")
                        previous = nil
                        continue
                    }
                    var cell = measure
                    if measure == previous { cell += " ←" }
                    if plan.report.completions[measure] == quarter { cell += " ✓" }
                    if let target = measures[measure], target.zielbild != team.zielbild { cell += " ⇄" }
                    cells.append(cell)
                    previous = measure
                }
                table.add(["\(team.id) \(team.name)"] + cells)
            }
            lines += table.render()
            lines.append("")
        }
        lines += words.legend
        lines.append("")
        let completions = plan.report.completions.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        lines.append(words.completed + (completions.isEmpty ? " " + words.none : ""))
        for (quarter, group) in Dictionary(grouping: completions, by: \.value).sorted(by: { $0.key < $1.key }) {
            lines += TextWrap.wrap(
                "\(l.quarter(quarter)): "
                    + group.map { "\($0.key) \(measures[$0.key]?.name ?? "")" }.joined(separator: "; "))
        }
        if !plan.report.completedBundles.isEmpty {
            lines += TextWrap.wrap(
                words.solutionsComplete + plan.report.completedBundles.joined(separator: ", "), indent: "")
        }
        lines.append("")
        let column = words.moneyColumns
        var money = TextTable(
            columns: [.init(column.money)] + plan.quarters.map { .init(l.quarter($0), .right) }
                + [.init(column.total, .right)])
        money.add(
            [column.spending] + plan.report.money.map { l.money($0.spending) } + [l.money(plan.report.totalSpending)])
        money.add(
            [column.ownShare] + plan.report.money.map { l.money($0.ownShare) } + [l.money(plan.report.totalOwnShare)])
        money.add(
            [column.budget] + plan.report.money.map { $0.cap.map(l.money) ?? "–" }
                + [scenario.budget.total.map(l.money) ?? "–"])
        lines += money.render()
        if let cap = scenario.budget.ownShareCap { lines.append("  \(words.ownShareCap) \(l.money(cap))") }
        lines.append("")
        lines += TextWrap.wrap(words.value(plan.report.value), indent: "")
        lines += TextWrap.wrap(l.text(.pointsNote), indent: "")
        if !plan.report.isValid {
            lines.append("")
            lines.append(words.verifier)
            lines += plan.report.violations.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func statusText(_ status: SearchOutcome) -> String {
        switch status {
        case .found(.optimal): return "proven optimal"
        case .found(.withinGap): return "within the requested gap"
        case .found(.stopped(.timeLimit)): return "TIME LIMIT, not proven optimal"
        case .found(.stopped(.interrupted)): return "INTERRUPTED, not proven optimal"
        case .notFound(.stopped(.timeLimit)): return "time limit, no plan"
        case .notFound(.stopped(.interrupted)): return "interrupted, no plan"
        case .notFound(.infeasible): return "infeasible"
        case .notFound(.unbounded): return "unbounded"
        case .notFound(.solverFailed(let message)): return "solver error: \(message)"
        }
    }

    /// Money in whole euros in the English outputs (compare, sweep): `€1,047,930`.
    static func short(_ money: Money) -> String { ReportLanguage.en.money(money) }

    public static func infeasible(_ infeasibility: Infeasibility, language: ReportLanguage = .en) -> String {
        let de = language == .de
        var lines = [de ? "Kein Plan erfüllt alle Regeln." : "No plan satisfies every rule."]
        if infeasibility.relaxations.isEmpty {
            lines.append(
                de
                    ? "Die Diagnose fand keine einzelne Regelgruppe zum Lockern"
                        + (infeasibility.complete ? "." : " innerhalb der Zeitgrenze.")
                    : "The diagnosis found no single rule group to relax"
                        + (infeasibility.complete ? "." : " within the time limit."))
        } else {
            let partial =
                infeasibility.complete
                ? "" : (de ? " (das beste innerhalb der Zeitgrenze)" : " (best found within the time limit)")
            lines.append(
                de ? "Kleinste Menge zu lockernder Regeln\(partial):" : "Smallest set of rules to relax\(partial):")
            for relaxation in infeasibility.relaxations {
                lines += TextWrap.wrap("– " + ExplanationText.text(relaxation, language))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Plans and decisions as CSV rows for spreadsheets.
public enum PlanCSV {
    /// One row per assignment: `quarter, zielbild, team, measure, measure_name, continues, finishes,
    /// plan_status` (the status on every row, so a plan stopped by the time limit says so
    /// wherever the sheet is cut).
    public static func plan(_ plan: Plan, scenario: Scenario, options: CSVOptions = .init()) -> String {
        let teams = Dictionary(scenario.sprintteams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(scenario.measures.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows = [["quarter", "zielbild", "team", "measure", "measure_name", "continues", "finishes", "plan_status"]]
        var previous: [String: String] = [:]
        for team in scenario.sprintteams { previous[team.id] = team.currentMeasure }
        for assignment in plan.assignments {
            rows.append([
                assignment.quarter.description, teams[assignment.team]?.zielbild ?? "", assignment.team,
                assignment.measure,
                names[assignment.measure] ?? "", previous[assignment.team] == assignment.measure ? "yes" : "no",
                plan.report.completions[assignment.measure] == assignment.quarter ? "yes" : "no", plan.proof.name,
            ])
            previous[assignment.team] = assignment.measure
        }
        return options.render(rows)
    }

    /// One row per team: `quarter, zielbild, team, decision, previous, measure, finishes,
    /// alternative, alternative_cost, reasons, plan_status`.
    public static func decision(_ decision: SprintDecision, options: CSVOptions = .init()) -> String {
        var rows = [
            [
                "quarter", "zielbild", "team", "decision", "previous", "measure", "finishes", "alternative",
                "alternative_cost", "reasons", "plan_status",
            ]
        ]
        for item in decision.decisions {
            rows.append([
                decision.quarter.description, item.zielbild, item.team, DecisionFormats.kindText(item),
                item.previous ?? "",
                item.measure ?? "", item.finishes ? "yes" : "no", item.alternative ?? "",
                item.alternativeCost.map { options.number($0, 2) } ?? "",
                item.reasons.map { ExplanationText.text($0) }.joined(separator: "; "), decision.plan.proof.name,
            ])
        }
        return options.render(rows)
    }
}
