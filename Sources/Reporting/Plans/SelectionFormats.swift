import PlanCheck
import Planner
import ScenarioIO
import SprintModel

/// Portfolio selections as text and JSON. JSON keys: `status`, `objective`, `bestBound`,
/// `gap`, `solveSeconds` (end to end: build, both solves, check), `valueSeconds` and
/// `costSeconds` (the two GLPK solves), `measures` (ids), `bundles` (ids), `cost`, `ownShare` (euros as
/// decimal strings), `leastCost` (whether the cost is proven least among selections of this
/// value), `check` (the verifier: `valid`, `value`, `measureValue`, `bundleValue`,
/// `violations[]` with `rule`, `measure`, `prerequisite`, `excess`), `excluded[]` (`measure`,
/// `reason`), `model`.
public enum SelectionFormats {
    public static func json(_ result: PortfolioSelection.Result, stable: Bool = false) -> OutputJSON {
        .object([
            ("status", .string(result.status.name)),
            ("objective", result.objective.map { .number($0) } ?? .null),
            ("bestBound", result.bestBound.map { .number($0) } ?? .null),
            ("gap", result.gap.map { .number($0) } ?? .null),
            ("solveSeconds", stable ? .null : .number(result.solveSeconds, digits: 3)),
            ("valueSeconds", stable ? .null : .number(result.valueSeconds, digits: 3)),
            ("costSeconds", stable ? .null : .number(result.costSeconds, digits: 3)),
            ("measures", .array(result.measures.map(OutputJSON.string))),
            ("bundles", .array(result.bundles.map(OutputJSON.string))),
            ("cost", .string(result.cost.description)),
            ("ownShare", .string(result.ownShare.description)),
            ("leastCost", .bool(result.leastCost)),
            ("check", result.check.map(check) ?? .null),
            (
                "excluded",
                .array(
                    result.excluded.sorted { $0.key < $1.key }.map {
                        .object([("measure", .string($0.key)), ("reason", .string(ExplanationText.text($0.value)))])
                    })
            ),
            (
                "model",
                .object([
                    ("variables", .int(Int64(result.variables))), ("constraints", .int(Int64(result.constraints))),
                ])
            ),
        ])
    }

    static func check(_ report: SelectionReport) -> OutputJSON {
        .object([
            ("valid", .bool(report.isValid)), ("value", .number(report.value)),
            ("measureValue", .number(report.measureValue)), ("bundleValue", .number(report.bundleValue)),
            (
                "violations",
                .array(
                    report.violations.map { violation in
                        .object([
                            ("rule", .string(violation.rule.rawValue)),
                            ("measure", violation.measure.map(OutputJSON.string) ?? .null),
                            ("prerequisite", violation.other.map(OutputJSON.string) ?? .null),
                            ("excess", violation.excess.map { .string($0.description) } ?? .null),
                        ])
                    })
            ),
        ])
    }

    /// The verifier's verdict in one line.
    static func checkLine(_ report: SelectionReport?, _ language: ReportLanguage = .en) -> String {
        let w = SelectionWords(language: language), l = language
        guard let report else { return w.nothingToCheck }
        guard report.isValid else {
            let broken = report.violations.map { violation in
                [violation.rule.rawValue, violation.measure, violation.other, violation.excess.map(l.money)]
                    .compactMap { $0 }.joined(separator: " ")
            }
            return w.invalid + broken.joined(separator: "; ")
        }
        return w.valid(
            value: l.number(report.value, digits: 2), measures: l.number(report.measureValue, digits: 2),
            bundles: l.number(report.bundleValue, digits: 2))
    }

    public static func text(
        _ result: PortfolioSelection.Result, scenario: Scenario, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let w = SelectionWords(language: language), l = language
        let status = language == .de ? PlanWords(language: l).status(result.status) : PlanText.statusText(result.status)
        var lines = [
            w.head(
                status: status, gap: result.gap.map { l.percent($0, digits: 2) } ?? "–",
                value: result.objective.map { l.number($0, digits: 2) } ?? "–",
                bound: result.bestBound.map { l.number($0, digits: 2) } ?? "–")
                + (stable ? "" : ", \(l.number(result.solveSeconds, digits: 2)) s")
        ]
        var budget = "  \(w.cost) \(l.money(result.cost))"
        if let total = scenario.budget.total { budget += " \(w.of) \(l.money(total))" }
        budget += "; \(w.ownShare) \(l.money(result.ownShare))"
        if let cap = scenario.budget.ownShareCap { budget += " \(w.of) \(l.money(cap))" }
        if result.status.hasPlan { budget += result.leastCost ? w.leastCost : w.leastCostNotProven }
        lines.append(budget)
        lines.append(checkLine(result.check, l))
        lines.append("")
        let chosen = Set(result.measures)
        for zielbild in scenario.zielbilder {
            let funded = scenario.measures.filter { $0.zielbild == zielbild.id && chosen.contains($0.id) }
            guard !funded.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name): \(w.measures(funded.count))")
            for measure in funded {
                lines.append(
                    "  \(measure.id)  \(TextTable.cut(measure.name, to: 50))  \(l.money(measure.remainingCost))")
            }
        }
        lines.append("")
        lines += TextWrap.wrap(
            w.bundlesCompleted + (result.bundles.isEmpty ? w.none : result.bundles.joined(separator: ", ")),
            indent: "")
        return lines.joined(separator: "\n") + "\n"
    }
}
