import ScenarioIO
import SprintModel

/// What `sprintplan validate` prints for people, in German and English: the verdict per file
/// and the overview of a valid scenario, at most 80 columns wide for names up to 32 characters.
public enum ScenarioSummaryText {
    /// `FILE: valid (2 warnings)` / `FILE: gültig (2 Warnungen)`.
    public static func valid(_ file: String, warnings: Int, _ language: ReportLanguage) -> String {
        guard warnings > 0 else { return "\(file): " + (language == .de ? "gültig" : "valid") }
        return language == .de
            ? "\(file): gültig (\(warnings) Warnung\(warnings == 1 ? "" : "en"))"
            : "\(file): valid (\(warnings) warning\(warnings == 1 ? "" : "s"))"
    }

    /// `FILE: invalid, 3 errors` / `FILE: ungültig, 3 Fehler`.
    public static func invalid(_ file: String, errors: Int, _ language: ReportLanguage) -> String {
        language == .de
            ? "\(file): ungültig, \(errors) Fehler"
            : "\(file): invalid, \(errors) error\(errors == 1 ? "" : "s")"
    }

    public static func lines(_ summary: ScenarioSummary, _ language: ReportLanguage) -> [String] {
        let de = language == .de, l = language
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        func left(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
        }
        let horizon = summary.horizon, budget = summary.budget, count = horizon.count
        let quarters = de ? "\(count) Quartal\(count == 1 ? "" : "e")" : "\(count) quarter\(count == 1 ? "" : "s")"
        let range = de ? "\(l.quarter(horizon.start)) … \(l.quarter(horizon.end))" : "\(horizon.start) … \(horizon.end)"
        let cap = budget.ownShareCap.map { (de ? "; Obergrenze Eigenanteil " : "; own-share cap ") + l.money($0) } ?? ""
        var lines = [
            "  \(summary.name)",
            (de ? "  Zeitraum  " : "  horizon   ") + "\(range) (\(quarters)), "
                + (de ? "Programmende " : "programme ends ") + l.date(summary.programme.endDate),
            (de ? "  Förderung " : "  funding   ") + l.percent(summary.programme.fundingRate, digits: 1)
                + (de ? " der förderfähigen Kosten" : " of eligible costs") + cap,
        ]
        var money: [String] = []
        if let total = budget.total { money.append(l.money(total) + (de ? " insgesamt" : " in total")) }
        if let quarter = budget.perQuarter { money.append(l.money(quarter) + (de ? " je Quartal" : " per quarter")) }
        let overrides = budget.quarterOverrides.keys.sorted().map {
            "\(de ? l.quarter($0) : $0.description): \(l.money(budget.quarterOverrides[$0]!))"
        }
        lines.append(
            (de ? "  Budget    " : "  budget    ")
                + (money.isEmpty ? (de ? "keine Grenzen" : "no caps") : money.joined(separator: "; "))
                + (overrides.isEmpty ? "" : " (\(overrides.joined(separator: ", ")))"))
        let criteria = summary.criteria
        lines.append(
            de
                ? "  Kriterien \(criteria.total) (\(criteria.funding) Förderung, \(criteria.total - criteria.funding) Wirkung)"
                : "  criteria  \(criteria.total) (\(criteria.funding) funding, \(criteria.total - criteria.funding) impact)"
        )
        lines.append(
            "  " + pad("Zielbild", 38) + (de ? " Teams    Maßn. laufend Lösungen" : " teams measures running Lösungen"))
        for line in summary.zielbilder {
            let name = line.name.count > 32 ? String(line.name.prefix(31)) + "…" : line.name
            lines.append(
                "  \(pad(line.id, 4)) \(pad(name, 33))\(left(line.teams, 6))\(left(line.openMeasures, 9))"
                    + "\(left(line.runningMeasures, 8))\(left(line.solutions, 9))")
        }
        return lines
    }
}
