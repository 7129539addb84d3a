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
    static func checkLine(_ report: SelectionReport?) -> String {
        guard let report else { return "Check: no selection to check" }
        guard report.isValid else {
            let broken = report.violations.map { violation in
                [violation.rule.rawValue, violation.measure, violation.other, violation.excess?.formatted]
                    .compactMap { $0 }.joined(separator: " ")
            }
            return "Check: INVALID: " + broken.joined(separator: "; ")
        }
        return
            "Check: valid; value \(ReportNumber.fixed(report.value, 2)) = measures \(ReportNumber.fixed(report.measureValue, 2)) + Lösungen \(ReportNumber.fixed(report.bundleValue, 2))"
    }

    public static func text(_ result: PortfolioSelection.Result, scenario: Scenario, stable: Bool = false) -> String {
        var lines = [
            "Selection: \(PlanText.statusText(result.status)), gap \(result.gap.map { ReportNumber.percent($0, 2) } ?? "–"), value \(result.objective.map { ReportNumber.fixed($0, 2) } ?? "–"), bound \(result.bestBound.map { ReportNumber.fixed($0, 2) } ?? "–")"
                + (stable ? "" : ", \(ReportNumber.fixed(result.solveSeconds, 2)) s")
        ]
        var budget = "  cost \(result.cost.formatted)"
        if let total = scenario.budget.total { budget += " of \(total.formatted)" }
        budget += "; own share \(result.ownShare.formatted)"
        if let cap = scenario.budget.ownShareCap { budget += " of \(cap.formatted)" }
        if result.status.hasPlan {
            budget += result.leastCost ? " (least cost for this value)" : " (least cost not proven)"
        }
        lines.append(budget)
        lines.append(checkLine(result.check))
        lines.append("")
        let chosen = Set(result.measures)
        for zielbild in scenario.zielbilder {
            let funded = scenario.measures.filter { $0.zielbild == zielbild.id && chosen.contains($0.id) }
            guard !funded.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name): \(funded.count) measure(s)")
            for measure in funded {
                lines.append(
                    "  \(measure.id)  \(TextTable.cut(measure.name, to: 50))  \(measure.remainingCost.formatted)")
            }
        }
        lines.append("")
        lines += TextWrap.wrap(
            "Lösungen completed: " + (result.bundles.isEmpty ? "none" : result.bundles.joined(separator: ", ")),
            indent: "")
        return lines.joined(separator: "\n") + "\n"
    }
}
