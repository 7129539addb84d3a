import SprintModel

/// The verifier's account of a plan: every rule violated (empty for a valid plan), and the
/// plan's value recomputed from the assignments alone, part by part.
public struct PlanReport: Sendable {
    public var violations: [PlanViolation]
    /// Value points by part (see `PlanValue`); `total` is their sum.
    public var value: ValueParts
    /// Quarter in which each measure is completed within the plan.
    public var completions: [String: Quarter]
    /// Lösungen whose every measure is done at the horizon end, and whether each was already
    /// complete before the plan.
    public var completedBundles: [String]
    /// Team-quarters each measure receives in the plan.
    public var work: [String: Int]
    /// Per quarter: total spending, its own share and the cap.
    public var money: [QuarterMoney]
    public var totalSpending: Money
    public var totalOwnShare: Money

    public var isValid: Bool { violations.isEmpty }
}

/// Spending of one quarter.
public struct QuarterMoney: Sendable, Hashable {
    public var quarter: Quarter
    public var spending: Money
    public var ownShare: Money
    public var cap: Money?

    public var federalShare: Money { spending - ownShare }
}

/// The parts of a plan's value (value points).
public struct ValueParts: Sendable, Hashable {
    public var completions = 0.0
    public var partialProgress = 0.0
    public var bundles = 0.0
    public var switching = 0.0
    public var crossZielbild = 0.0
    public var spendingTieBreak = 0.0

    public var total: Double { completions + partialProgress + bundles - switching - crossZielbild - spendingTieBreak }
}

/// A rule a plan breaks. Every plan the planner returns is checked; a violation means a bug
/// in the planner, never a matter of opinion.
public struct PlanViolation: Sendable, Hashable, CustomStringConvertible {
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        case unknownEntity = "unknown-entity"
        case closedMeasure = "closed-measure"
        case ineligibleMeasure = "ineligible-measure"
        case availability, skills, zielbild, forbidden
        case earliestStart = "earliest-start"
        case deadline
        case programmeEnd = "programme-end"
        case oneMeasurePerTeam = "one-measure-per-team"
        case maxTeams = "max-teams"
        case workAfterCompletion = "work-after-completion"
        case prerequisite
        case quarterBudget = "quarter-budget"
        case totalBudget = "total-budget"
        case ownShareCap = "own-share-cap"
        case balance
        case pin
    }

    public var rule: Rule
    public var message: String

    public var description: String { "[\(rule.rawValue)] \(message)" }
}
