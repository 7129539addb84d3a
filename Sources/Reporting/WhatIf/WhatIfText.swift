import Planner
import ScenarioIO
import SprintModel

/// What-ifs worded for people: the line at the top of every output that says what was
/// changed, and the problems that keep a what-if from being tried, in German and English.
public enum WhatIfText {
    /// `what-if: pin T4 → M07 in 2027-Q1; forbid T10 → M43` / `Was-wäre-wenn: …`.
    public static func summary(_ whatIf: WhatIf, first: Quarter?, _ language: ReportLanguage = .en) -> String {
        let label = language == .de ? "Was-wäre-wenn: " : "what-if: "
        return label + whatIf.changes.map { change($0, first: first, language) }.joined(separator: "; ")
    }

    public static func change(_ change: WhatIf.Change, first: Quarter?, _ language: ReportLanguage = .en) -> String {
        let de = language == .de
        func q(_ quarter: Quarter) -> String { de ? language.quarter(quarter) : quarter.description }
        switch change {
        case .pin(let team, let measure, let quarter):
            let at = (quarter ?? first).map { " in \(q($0))" } ?? ""
            return de ? "\(team) → \(measure)\(at) festgelegt" : "pin \(team) → \(measure)\(at)"
        case .forbid(let team, let measure, let quarter):
            let at = quarter.map { " in \(q($0))" } ?? ""
            return de ? "\(team) → \(measure)\(at) ausgeschlossen" : "forbid \(team) → \(measure)\(at)"
        case .unavailable(let team, let quarter):
            return de ? "\(team) in \(q(quarter)) nicht verfügbar" : "\(team) unavailable in \(q(quarter))"
        case .set(let parameter, let value):
            let digits = value == value.rounded() ? 0 : 6
            let number = de ? language.number(value, digits: digits) : FixedDecimal.string(value, digits: digits)
            return "\(parameter) = \(number)"
        }
    }

    /// `error[code]: message` for one problem.
    public static func error(_ problem: WhatIfProblem, first: Quarter?, _ language: ReportLanguage = .en) -> String {
        "error[\(problem.code)]: " + text(problem, first: first, language)
    }

    public static func text(_ problem: WhatIfProblem, first: Quarter?, _ language: ReportLanguage = .en) -> String {
        let de = language == .de
        func q(_ quarter: Quarter) -> String { de ? language.quarter(quarter) : quarter.description }
        func hint(_ id: String, _ known: [String]) -> String {
            guard let close = Suggestion.closest(to: id, among: known) else { return "" }
            return de ? "; meinten Sie \"\(close)\"?" : "; did you mean \"\(close)\"?"
        }
        switch problem {
        case .syntax(let option, let text, let expected):
            return de ? "\(option) \"\(text)\": erwartet \(expected)" : "\(option) \"\(text)\": expected \(expected)"
        case .setting(let text, let message): return "--set \(text): \(message)"
        case .unknownTeam(let id, let known):
            return (de ? "unbekanntes Sprintteam \(id)" : "unknown Sprintteam \(id)") + hint(id, known)
        case .unknownMeasure(let id, let known):
            return (de ? "unbekannte Maßnahme \(id)" : "unknown measure \(id)") + hint(id, known)
        case .quarterOutsidePlan(let change, let planned):
            let range = planned.first.map { "\(q($0)) … \(q(planned.last!))" } ?? (de ? "keine" : "none")
            return de
                ? "\(self.change(change, first: first, language)): das Quartal liegt außerhalb der geplanten Quartale (\(range))"
                : "\(self.change(change, first: first, language)): the quarter is outside the quarters planned (\(range))"
        case .pinnedAndForbidden(let pin, _):
            return de
                ? "\(pin.team) → \(pin.measure) in \(q(pin.quarter)) ist zugleich festgelegt und ausgeschlossen"
                : "\(pin.team) → \(pin.measure) in \(q(pin.quarter)) is both pinned and forbidden"
        case .twoPins(let first, let second):
            return de
                ? "\(first.team) ist in \(q(first.quarter)) auf \(first.measure) und \(second.measure) festgelegt; ein Team arbeitet an einer Maßnahme je Quartal"
                : "\(first.team) is pinned to both \(first.measure) and \(second.measure) in \(q(first.quarter)); a team works on one measure per quarter"
        case .pinCannotBeKept(let pin, let obstacle):
            let relaxation = Relaxation(
                rule: .pin(team: pin.team, quarter: pin.quarter, measure: pin.measure), amount: 1,
                obstacle: obstacle)
            return ExplanationText.text(relaxation, language)
        }
    }
}
