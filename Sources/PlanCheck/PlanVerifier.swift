import Scoring
import SprintModel

/// Checks a plan against every planning rule and recomputes its value, in plain Swift over
/// the scenario and the assignments. It shares no code with the MILP on purpose: a
/// formulation bug shows up as a violation or a value mismatch instead of being repeated.
public struct PlanVerifier: Sendable {
    public let scenario: Scenario
    /// Value points of every eligible open measure.
    let values: [String: Double]

    public init(scenario: Scenario, scores: ScoreSheet) {
        self.scenario = scenario
        values = Self.points(scores)
    }

    /// Value points of every eligible open measure, by id (shared with `SelectionVerifier`).
    static func points(_ scores: ScoreSheet) -> [String: Double] {
        var values: [String: Double] = [:]
        for ranking in scores.zielbilder { for entry in ranking.ranked { values[entry.measure.id] = entry.points } }
        return values
    }

    public func verify(_ assignments: [Assignment], quarters: [Quarter]) -> PlanReport {
        var check = Check(scenario: scenario, values: values, quarters: quarters)
        let valid = check.assignmentRules(assignments.sorted())
        check.capacityRules(valid)
        let (completions, work) = check.progressRules(valid)
        let money = check.moneyRules(valid)
        check.balanceRules(valid, completions: completions)
        check.pinRules(valid)
        let value = evaluate(valid, quarters: quarters, completions: completions, work: work, money: money.quarters)
        let bundles = scenario.solutions.filter { solution in
            solution.measures.allSatisfy { id in check.measures[id]?.status == .done || completions[id] != nil }
        }.map(\.id)
        return PlanReport(
            violations: check.violations, value: value, completions: completions, completedBundles: bundles,
            work: work, money: money.quarters, totalSpending: money.spending, totalOwnShare: money.ownShare)
    }
}
