import Planner
import SprintModel

extension ExplanationText {
    /// A rule that holds a measure back, with its figures.
    public static func text(_ rule: BindingRule, _ language: ReportLanguage = .en) -> String {
        let de = language == .de
        let q = { (quarter: Quarter) in de ? language.quarter(quarter) : quarter.description }
        switch rule {
        case .prerequisite(let id, let name, let prerequisiteID, let prerequisiteName, let doneIn):
            let measure = "\(id) \(name)", prerequisite = "\(prerequisiteID) \(prerequisiteName)"
            guard let doneIn else {
                return de
                    ? "\(measure) wartet auf die Voraussetzung \(prerequisite), die im Plan nicht fertig wird"
                    : "\(measure) waits for its prerequisite \(prerequisite), which the plan does not finish"
            }
            return de
                ? "\(measure) wartet auf die Voraussetzung \(prerequisite), fertig erst Ende \(q(doneIn))"
                : "\(measure) waits for its prerequisite \(prerequisite), unfinished until the end of \(q(doneIn))"
        case .money(let cap, let used, let limit, let needs):
            let share = limit.cents > 0 ? Double(used.cents) / Double(limit.cents) : 1
            let figures =
                de
                ? "\(language.money(used)) von \(language.money(limit)) genutzt (\(language.percent(share))); "
                    + "ein Quartal der Maßnahme braucht \(language.money(needs))"
                : "\(language.money(used)) of \(language.money(limit)) used (\(language.percent(share))); "
                    + "one quarter of the measure needs \(language.money(needs))"
            switch cap {
            case .ownShareCap: return (de ? "Eigenanteil: " : "own share: ") + figures
            case .totalBudget: return (de ? "Gesamtbudget: " : "total budget: ") + figures
            case .quarterBudget(let quarter): return (de ? "Budget \(q(quarter)): " : "\(quarter) budget: ") + figures
            default: return figures
            }
        case .teamsBusy(_, let teams):
            let list = teams.joined(separator: ", ")
            return de
                ? "jedes Team mit den nötigen Fähigkeiten (\(list)) arbeitet in jedem möglichen Quartal an anderen Maßnahmen"
                : "every team with the skills (\(list)) works on other measures in every quarter it could take it"
        case .noTeamCanTakeIt(let measure):
            return de
                ? "kein Sprintteam kann \(measure) in den Quartalen des Plans übernehmen"
                : "no Sprintteam can take \(measure) in the plan's quarters"
        }
    }

    /// How an alternative compares with the recommendation, with its proof.
    public static func text(_ standing: AlternativeStanding, _ language: ReportLanguage = .en) -> String {
        let de = language == .de
        let points = { (value: Double) in language.number(value, digits: 2) + (de ? " Punkte" : " points") }
        switch standing {
        case .equallyGood: return de ? "gleichwertig (nachgewiesen)" : "equally good (proven)"
        case .nearTie(let cost):
            return de
                ? "nahezu gleichwertig: \(points(cost)) weniger (nachgewiesen)"
                : "a near-tie: \(points(cost)) less (proven)"
        case .worse(let cost):
            return de ? "\(points(cost)) weniger (nachgewiesen)" : "\(points(cost)) less (proven)"
        case .better(let gain):
            return de
                ? "\(points(gain)) mehr ohne die Festlegung (nachgewiesen)"
                : "\(points(gain)) more without the lock (proven)"
        case .unproven(let atLeast, let atMost, let gap):
            let gapText = gap.map { language.percent($0, digits: 2) }
            let proof =
                de
                ? " (nicht nachgewiesen" + (gapText.map { ", Lücke \($0)" } ?? "") + ")"
                : " (not proven" + (gapText.map { ", gap \($0)" } ?? "") + ")"
            guard let atLeast, atLeast < atMost - 0.005 else {
                return (de ? "höchstens \(points(atMost)) weniger" : "at most \(points(atMost)) less") + proof
            }
            return
                (de
                ? "zwischen \(points(max(0, atLeast))) und \(points(atMost)) weniger"
                : "between \(points(max(0, atLeast))) and \(points(atMost)) less") + proof
        }
    }
}
