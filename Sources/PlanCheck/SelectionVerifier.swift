import Scoring
import SprintModel

/// Checks a portfolio selection (which measures to fund at all) against the rules and
/// recomputes its value, money and complete Lösungen from the scenario alone. Like
/// `PlanVerifier` it shares no code with the MILP: a formulation bug in `select` shows as a
/// violation or a value mismatch.
///
/// Rules: every funded measure exists, is open and eligible (scored); each prerequisite is
/// done or funded; the remaining costs stay within the total budget and their own shares
/// within the own-share cap. A measure counts once however many Lösungen share it, so its
/// money is spent once; a Lösung is complete when each of its measures is done or funded.
public struct SelectionVerifier: Sendable {
    public let scenario: Scenario
    /// Value points of every eligible open measure.
    let values: [String: Double]

    public init(scenario: Scenario, scores: ScoreSheet) {
        self.scenario = scenario
        values = PlanVerifier.points(scores)
    }

    public func verify(_ funded: [String]) -> SelectionReport {
        var report = SelectionReport()
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = Set(funded)
        let rate = scenario.programme.fundingRate
        for id in chosen.sorted() {
            guard let measure = measures[id] else {
                report.violations.append(.init(rule: .unknownMeasure, measure: id))
                continue
            }
            guard measure.status.isOpen else {
                report.violations.append(.init(rule: .closedMeasure, measure: id))
                continue
            }
            guard let value = values[id] else {
                report.violations.append(.init(rule: .ineligibleMeasure, measure: id))
                continue
            }
            for prerequisite in measure.prerequisites
            where measures[prerequisite]?.status != .done && !chosen.contains(prerequisite) {
                report.violations.append(.init(rule: .prerequisite, measure: id, other: prerequisite))
            }
            let cost = measure.remainingCost
            report.cost += cost
            report.ownShare += measure.ownShare(of: cost, fundingRate: rate)
            report.measureValue += value
        }
        if let total = scenario.budget.total, report.cost > total {
            report.violations.append(.init(rule: .totalBudget, excess: report.cost - total))
        }
        if let cap = scenario.budget.ownShareCap, report.ownShare > cap {
            report.violations.append(.init(rule: .ownShareCap, excess: report.ownShare - cap))
        }
        for solution in scenario.solutions
        where solution.measures.allSatisfy({ measures[$0]?.status == .done || chosen.contains($0) }) {
            report.completedBundles.append(solution.id)
            report.bundleValue += solution.bundleValue
        }
        return report
    }
}

/// The verifier's account of a selection.
public struct SelectionReport: Sendable, Hashable {
    public var violations: [SelectionViolation] = []
    /// Value points of the funded measures themselves.
    public var measureValue = 0.0
    /// Value points of the Lösungen the selection completes.
    public var bundleValue = 0.0
    /// Lösungen whose every measure is done or funded, in file order.
    public var completedBundles: [String] = []
    /// Remaining cost of the funded measures, each counted once.
    public var cost = Money.zero
    public var ownShare = Money.zero

    public var value: Double { measureValue + bundleValue }
    public var isValid: Bool { violations.isEmpty }
}

/// One broken selection rule, with the measure (and prerequisite) or the excess money.
public struct SelectionViolation: Sendable, Hashable {
    public enum Rule: String, Sendable, Hashable {
        case unknownMeasure = "unknown-measure", closedMeasure = "closed-measure"
        case ineligibleMeasure = "ineligible-measure", prerequisite, totalBudget = "total-budget"
        case ownShareCap = "own-share-cap"
    }

    public var rule: Rule
    public var measure: String?
    public var other: String?
    public var excess: Money?

    public init(rule: Rule, measure: String? = nil, other: String? = nil, excess: Money? = nil) {
        self.rule = rule
        self.measure = measure
        self.other = other
        self.excess = excess
    }
}
