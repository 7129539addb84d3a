import Planner
import ScenarioIO
import SprintModel

/// Portfolio selections as text and JSON. JSON keys: `status`, `objective`, `bestBound`,
/// `gap`, `solveSeconds`, `measures` (ids), `bundles` (ids), `cost`, `ownShare` (euros as
/// decimal strings), `excluded[]` (`measure`, `reason`), `model`.
public enum SelectionFormats {
    public static func json(_ result: PortfolioSelection.Result, stable: Bool = false) -> OutputJSON {
        .object([
            ("status", .string(result.status.name)),
            ("objective", result.objective.map { .number($0) } ?? .null),
            ("bestBound", result.bestBound.map { .number($0) } ?? .null),
            ("gap", result.gap.map { .number($0) } ?? .null),
            ("solveSeconds", stable ? .null : .number(result.solveSeconds, digits: 3)),
            ("measures", .array(result.measures.map(OutputJSON.string))),
            ("bundles", .array(result.bundles.map(OutputJSON.string))),
            ("cost", .string(result.cost.description)),
            ("ownShare", .string(result.ownShare.description)),
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

    public static func text(_ result: PortfolioSelection.Result, scenario: Scenario, stable: Bool = false) -> String {
        var lines = [
            "Selection: \(PlanText.statusText(result.status)), gap \(result.gap.map { ReportNumber.percent($0, 2) } ?? "–"), value \(result.objective.map { ReportNumber.fixed($0, 2) } ?? "–"), bound \(result.bestBound.map { ReportNumber.fixed($0, 2) } ?? "–")"
                + (stable ? "" : ", \(ReportNumber.fixed(result.solveSeconds, 2)) s")
        ]
        var budget = "  cost \(result.cost.formatted)"
        if let total = scenario.budget.total { budget += " of \(total.formatted)" }
        budget += "; own share \(result.ownShare.formatted)"
        if let cap = scenario.budget.ownShareCap { budget += " of \(cap.formatted)" }
        lines.append(budget)
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
