import PlanCheck
import Planner
import ScenarioIO
import SprintModel

/// A what-if's plan against the base plan, for the meeting page: the assignments that change,
/// the value and money deltas, and the what-if plan's proof in words.
public enum PlanDifferenceView {
    public static func json(base: Plan, trial: Plan, scenario: Scenario, language: ReportLanguage) -> OutputJSON {
        let words = DecisionPaperWords(language: language)
        var changed: [OutputJSON] = []
        for quarter in trial.quarters where base.quarters.contains(quarter) {
            for team in scenario.sprintteams {
                let before = base.measure(of: team.id, in: quarter), after = trial.measure(of: team.id, in: quarter)
                guard before != after else { continue }
                changed.append(
                    .object([
                        ("team", .string(team.id)),
                        ("quarter", .string(quarter.description)),
                        ("quarterLabel", .string(language.quarter(quarter))),
                        ("before", .optional(before)),
                        ("beforeName", .optional(before.flatMap { scenario.measure($0)?.name })),
                        ("after", .optional(after)),
                        ("afterName", .optional(after.flatMap { scenario.measure($0)?.name })),
                    ]))
            }
        }
        let money: [OutputJSON] = trial.report.money.map { quarter in
            let before = base.report.money.first { $0.quarter == quarter.quarter }?.spending ?? .zero
            return .object([
                ("quarter", .string(quarter.quarter.description)),
                ("quarterLabel", .string(language.quarter(quarter.quarter))),
                ("before", .string(language.money(before))),
                ("after", .string(language.money(quarter.spending))),
                ("deltaCents", .int((quarter.spending - before).cents)),
                ("delta", .string(signed(quarter.spending - before, language))),
            ])
        }
        let total = trial.report.totalSpending - base.report.totalSpending
        return .object([
            ("changed", .array(changed)),
            ("valueBefore", .number(base.objective)),
            ("valueAfter", .number(trial.objective)),
            ("valueDelta", .number(trial.objective - base.objective)),
            ("valueDeltaText", .string(signed(trial.objective - base.objective, digits: 2, language))),
            ("money", .array(money)),
            ("totalDeltaCents", .int(total.cents)),
            ("totalDelta", .string(signed(total, language))),
            ("proof", .string(trial.proof.name)),
            ("proofText", .string(words.proofText(trial.proof, gap: trial.gap))),
        ])
    }

    private static func signed(_ amount: Money, _ language: ReportLanguage) -> String {
        amount.cents > 0 ? "+" + language.money(amount) : language.money(amount)
    }

    private static func signed(_ value: Double, digits: Int, _ language: ReportLanguage) -> String {
        let text = language.number(value, digits: digits)
        return value > 0 && !text.hasPrefix("−") && text != language.number(0, digits: digits) ? "+" + text : text
    }
}
