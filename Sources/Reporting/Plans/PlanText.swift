import Planner
import ScenarioIO
import SprintModel

/// A plan for the terminal: per Zielbild a roadmap (teams × quarters), then completions,
/// money per quarter and the solver's facts.
public enum PlanText {
    /// `stable`: no timing, so the output is byte-identical across runs.
    public static func render(_ plan: Plan, scenario: Scenario, stable: Bool = false) -> String {
        var lines = [header(plan, stable: stable), ""]
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for zielbild in scenario.zielbilder {
            let teams = scenario.sprintteams.filter { $0.zielbild == zielbild.id }
            guard !teams.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name)")
            var table = TextTable(
                columns: [.init("team", maximumWidth: 30)] + plan.quarters.map { .init($0.description) })
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
        lines.append("  ← continues the measure of the quarter before  ✓ finishes it  ⇄ helps another Zielbild")
        lines.append("  – idle  × unavailable")
        lines.append("")
        let completions = plan.report.completions.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        lines.append("Completed in the plan:" + (completions.isEmpty ? " none" : ""))
        for (quarter, group) in Dictionary(grouping: completions, by: \.value).sorted(by: { $0.key < $1.key }) {
            lines += TextWrap.wrap(
                "\(quarter): " + group.map { "\($0.key) \(measures[$0.key]?.name ?? "")" }.joined(separator: "; "))
        }
        if !plan.report.completedBundles.isEmpty {
            lines += TextWrap.wrap(
                "Lösungen complete at the horizon end: " + plan.report.completedBundles.joined(separator: ", "),
                indent: "")
        }
        lines.append("")
        var money = TextTable(
            columns: [.init("money")] + plan.quarters.map { .init($0.description, .right) } + [.init("total", .right)])
        money.add(["spending"] + plan.report.money.map { short($0.spending) } + [short(plan.report.totalSpending)])
        money.add(["own share"] + plan.report.money.map { short($0.ownShare) } + [short(plan.report.totalOwnShare)])
        money.add(
            ["budget"] + plan.report.money.map { $0.cap.map(short) ?? "–" } + [scenario.budget.total.map(short) ?? "–"])
        lines += money.render()
        if let cap = scenario.budget.ownShareCap { lines.append("  own-share cap \(cap.formatted)") }
        lines.append("")
        let value = plan.report.value
        lines += TextWrap.wrap(
            "Value \(ReportNumber.fixed(value.total, 1)) points = completions \(ReportNumber.fixed(value.completions, 1)) + partial progress \(ReportNumber.fixed(value.partialProgress, 1)) + Lösungen \(ReportNumber.fixed(value.bundles, 1)) − switching \(ReportNumber.fixed(value.switching, 1)) − cross-Zielbild \(ReportNumber.fixed(value.crossZielbild, 1))",
            indent: "")
        if !plan.report.isValid {
            lines.append("")
            lines.append("VERIFIER: the plan breaks rules — this is a bug in sprintplan, please report it:")
            lines += plan.report.violations.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func header(_ plan: Plan, stable: Bool) -> String {
        let range = plan.quarters.isEmpty ? "no quarters" : "\(plan.quarters.first!) … \(plan.quarters.last!)"
        let gap = plan.gap.map { "gap " + ReportNumber.percent($0, 2) } ?? "gap unknown"
        let decomposition =
            plan.decomposition.map { " (money priced over \($0.blocks) independent parts in \($0.rounds) rounds)" }
            ?? ""
        return
            "Plan \(range): \(statusText(.found(plan.proof))), \(gap), objective \(ReportNumber.fixed(plan.objective, 2)), bound \(plan.bestBound.map { ReportNumber.fixed($0, 2) } ?? "–")"
            + decomposition + (stable ? "" : ", \(ReportNumber.fixed(plan.solveSeconds, 2)) s")
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

    /// Money in thousands of euros for narrow columns: `812.4 k€`.
    static func short(_ money: Money) -> String { ReportNumber.fixed(money.euros / 1000, 1) + " k€" }

    public static func infeasible(_ infeasibility: Infeasibility) -> String {
        var lines = ["No plan satisfies every rule."]
        if infeasibility.relaxations.isEmpty {
            lines.append(
                "The diagnosis found no single rule group to relax"
                    + (infeasibility.complete ? "." : " within the time limit."))
        } else {
            lines.append(
                "Smallest set of rules to relax\(infeasibility.complete ? "" : " (best found within the time limit)"):")
            for relaxation in infeasibility.relaxations {
                lines += TextWrap.wrap("– " + ExplanationText.text(relaxation))
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
