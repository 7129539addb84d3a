import MILP
import PlanCheck
import SprintModel

extension Planner {
    /// A first point for the diagnosis model: the greedy plan, once with the pins and once
    /// without them, each with every slack set to exactly what the plan needs (and its
    /// indicator on when it needs any). Without it GLPK searches long for any relaxed plan,
    /// although the bound is often right from the root: a pin the rules forbid forces its own
    /// slack, and the greedy plan without pins keeps every other rule, so the point is optimal
    /// (MYK10, T5 pinned to M22 before its prerequisite can be done: 65 nodes and 1.9 s
    /// before). Returns the point the diagnosis objective rates best, or nil when neither plan
    /// maps onto the model within its slacks.
    func diagnosisStart(_ model: PlanModel, frozen: MILPModel) -> [Double]? {
        let problem = model.problem
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        var best: (values: [Double], objective: Double)?
        for honoursPins in [true, false] {
            let assignments = GreedyPlan(problem: problem, honoursPins: honoursPins).assignments()
            let report = verifier.verify(assignments, quarters: problem.quarters)
            guard var values = model.values(for: assignments, completions: report.completions),
                Self.setSlacks(&values, model: model, frozen: frozen),
                frozen.maximumViolation(at: values) <= 1e-6
            else { continue }
            let objective = frozen.objectiveValue(at: values)
            if objective < best?.objective ?? .infinity { best = (values, objective) }
        }
        return best?.values
    }

    /// Sets each rule's slack to the amount by which `values` break the rule (0 when kept) and
    /// its indicator accordingly. False when a rule is broken by more than its slack may take.
    static func setSlacks(_ values: inout [Double], model: PlanModel, frozen: MILPModel) -> Bool {
        for slack in model.slacks {
            values[slack.variable.index] = 0
            values[slack.indicator.index] = 0
        }
        for slack in model.slacks {
            let row = frozen.rows[slack.row]
            let activity = row.entries.reduce(0.0) { $0 + $1.coefficient * values[$1.column] }
            var shortfall = 0.0
            if let upper = row.upper { shortfall = max(shortfall, activity - upper) }
            if let lower = row.lower { shortfall = max(shortfall, lower - activity) }
            let needed = shortfall / slack.unit
            guard needed <= slack.largest else { return false }
            if needed > 0 {
                values[slack.variable.index] = needed
                values[slack.indicator.index] = 1
            }
        }
        return true
    }
}
