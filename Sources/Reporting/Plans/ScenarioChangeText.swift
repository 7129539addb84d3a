import ScenarioIO
import SprintModel

/// One difference between two scenarios' inputs in words, with money as money:
/// `budget.total: 2.900.000 € → 2.175.000 €` / `budget.total: €2,900,000 → €2,175,000`.
/// The path stays as the scenario file spells it, so it can be looked up there.
enum ScenarioChangeText {
    /// The fields that `ScenarioWriter` writes as euro amounts.
    static func isMoney(_ path: String) -> Bool {
        let field = path.split(separator: ".").last.map(String.init) ?? path
        if ["costPerTeamQuarter", "oneOffCost"].contains(field) { return true }
        if path.hasPrefix("budget.quarters.") { return true }
        return ["budget.total", "budget.perQuarter", "budget.ownShareCap"].contains(path)
    }

    /// A value as people read it: money in the language's spelling, anything else as written.
    static func value(_ compact: String, path: String, _ language: ReportLanguage) -> String {
        guard isMoney(path), let euros = Double(compact) else { return compact }
        return language.money(Money(cents: Int64((euros * 100).rounded())))
    }

    /// The change without its path: `added …`, `removed (was …)`, `before → after`.
    static func words(_ change: ScenarioDiff.Change, _ language: ReportLanguage) -> String {
        let de = language == .de
        switch (change.before, change.after) {
        case (nil, let after?): return (de ? "hinzugefügt " : "added ") + value(after, path: change.path, language)
        case (let before?, nil):
            return (de ? "entfernt (war " : "removed (was ") + value(before, path: change.path, language) + ")"
        default:
            return value(change.before ?? "", path: change.path, language) + " → "
                + value(change.after ?? "", path: change.path, language)
        }
    }

    /// The whole change on one line: `path: words`.
    static func line(_ change: ScenarioDiff.Change, _ language: ReportLanguage) -> String {
        "\(change.path): " + words(change, language)
    }
}
