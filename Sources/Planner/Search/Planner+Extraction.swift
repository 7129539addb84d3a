import MILP
import PlanCheck
import SprintModel

/// Reading a plan back: from the solver's solution, or — when the solver found nothing better in
/// time — from the verified first plan it was given.
extension Planner {
    /// The plan of a solution with `result`'s proof, checked by the verifier.
    func extract(_ result: SolveResult, model: PlanModel, frozen: MILPModel, options: PlanningOptions) -> Plan {
        let problem = model.problem
        var assignments: [Assignment] = []
        for (key, variable) in model.x where result.values[variable.index] > 0.5 {
            assignments.append(
                Assignment(
                    team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter],
                    measure: problem.measures[key.measure].id))
        }
        assignments.sort()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(assignments, quarters: problem.quarters)
        guard case .found(let proof) = result.status.outcome(interrupted: options.stop?.isRequested == true) else {
            preconditionFailure("a plan is read only from a result with a solution")
        }
        return Plan(
            quarters: problem.quarters, assignments: assignments, proof: proof, objective: result.objective ?? 0,
            bestBound: result.bestBound, gap: result.gap, solveSeconds: result.solveSeconds, nodes: result.nodes,
            variables: frozen.columns.count, constraints: frozen.rows.count, report: report)
    }

    /// The warm-start plan as the result when the solver found nothing better in time.
    func fallback(
        _ start: WarmStart, result: SolveResult, model: PlanModel, frozen: MILPModel, seconds: Double,
        options: PlanningOptions
    ) -> Plan {
        let objective = frozen.objectiveValue(at: start.values)
        let bound = result.bestBound.map { max($0, objective) }
        return Plan(
            quarters: model.problem.quarters, assignments: start.assignments, proof: .stopped(options.stopReason),
            objective: objective,
            bestBound: bound, gap: bound.map { SolveResult.relativeGap(objective: objective, bound: $0) },
            solveSeconds: seconds,
            nodes: result.nodes, variables: frozen.columns.count, constraints: frozen.rows.count, report: start.report)
    }
}
