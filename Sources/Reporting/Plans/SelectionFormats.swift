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

    /// The selection for the terminal in `language`: money in whole euros, measures with names.
    public static func text(
        _ result: PortfolioSelection.Result, scenario: Scenario, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let l = language, de = language == .de, words = PlanWords(language: language)
        let figure = { (value: Double?) in value.map { l.number($0, digits: 2) } ?? "–" }
        let gap = result.gap.map { l.percent($0, digits: 2) } ?? "–"
        var head =
            de
            ? "Auswahl: \(words.status(result.status)), Lücke \(gap), Wert \(figure(result.objective)), "
                + "Schranke \(figure(result.bestBound))"
            : "Selection: \(words.status(result.status)), gap \(gap), value \(figure(result.objective)), "
                + "bound \(figure(result.bestBound))"
        if !stable { head += ", \(l.number(result.solveSeconds, digits: 2)) s" }
        var lines = [head]
        let of = de ? " von " : " of "
        var budget = (de ? "  Kosten " : "  cost ") + l.money(result.cost)
        if let total = scenario.budget.total { budget += of + l.money(total) }
        budget += (de ? "; Eigenanteil " : "; own share ") + l.money(result.ownShare)
        if let cap = scenario.budget.ownShareCap { budget += of + l.money(cap) }
        lines.append(budget)
        lines.append("")
        let chosen = Set(result.measures)
        for zielbild in scenario.zielbilder {
            let funded = scenario.measures.filter { $0.zielbild == zielbild.id && chosen.contains($0.id) }
            guard !funded.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name): \(funded.count) \(de ? "Maßnahme(n)" : "measure(s)")")
            for measure in funded {
                lines.append(
                    "  \(measure.id)  \(TextTable.cut(measure.name, to: 50))  \(l.money(measure.remainingCost))")
            }
        }
        lines.append("")
        let bundles = result.bundles.isEmpty ? words.none : result.bundles.joined(separator: ", ")
        lines += TextWrap.wrap((de ? "Vollständige Lösungen: " : "Lösungen completed: ") + bundles, indent: "")
        return lines.joined(separator: "\n") + "\n"
    }
}
