import MILP
import PlanCheck
import SprintModel

/// A sprint plan: the assignments, how good they are proven to be, and the independent
/// verifier's account of them (value parts, completions, money, any rule violated).
public struct Plan: Sendable {
    public var quarters: [Quarter]
    /// Sorted by quarter, team, measure.
    public var assignments: [Assignment]
    /// How good the plan is proven to be.
    public var proof: PlanProof
    /// The solver's objective (value points).
    public var objective: Double
    public var bestBound: Double?
    public var gap: Double?
    public var solveSeconds: Double
    public var nodes: Int?
    public var variables: Int
    public var constraints: Int
    /// The verifier's account; `report.violations` is empty for every plan the planner returns
    /// without flagging a bug.
    public var report: PlanReport
    /// Set when the planner priced the money rows and planned each Zielbild on its own first.
    public var decomposition: DecompositionSummary? = nil

    /// The measure a team works on in a quarter, if any.
    public func measure(of team: String, in quarter: Quarter) -> String? {
        assignments.first { $0.team == team && $0.quarter == quarter }?.measure
    }
}

/// How the Lagrangian decomposition took part in a plan (see `Planner`): the plan model fell
/// into `blocks` parts over the money rows, whose prices were set in `rounds` rounds; `bound`
/// is the decomposition's own proven bound (the plan's `bestBound` is the tighter of it and
/// GLPK's).
public struct DecompositionSummary: Sendable, Hashable {
    public var blocks: Int
    public var rounds: Int
    public var bound: Double?
}

/// How the planner ended when it found no plan.
public struct Infeasibility: Sendable {
    /// The smallest set of rules whose relaxation makes a plan possible, with amounts.
    public var relaxations: [Relaxation]
    /// Set when even the diagnosis could not complete (time limit), so the list may be partial.
    public var complete: Bool
    public var solveSeconds: Double
}

/// One rule the diagnosis would relax, and by how much, in domain terms.
public struct Relaxation: Sendable, Hashable {
    public var rule: RelaxableRule
    /// Euros for money rules, teams for balance rules, measures for completion rules, 1 for a pin.
    public var amount: Double
    /// For a pin: the single rule that makes it impossible, when one does.
    public var obstacle: PinObstacle?

    public init(rule: RelaxableRule, amount: Double, obstacle: PinObstacle? = nil) {
        self.rule = rule
        self.amount = amount
        self.obstacle = obstacle
    }
}

/// What `Planner.plan` produced.
public enum PlanningOutcome: Sendable {
    case plan(Plan)
    case infeasible(Infeasibility)
    /// The search ended without a plan and without proof of infeasibility.
    case noPlanFound(NoPlanReason, solveSeconds: Double)
}
