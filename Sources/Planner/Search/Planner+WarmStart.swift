import MILP
import PlanCheck
import SprintModel

extension Planner {
    /// The first plan handed to GLPK: its assignments, the verifier's account and the model's
    /// variable values for it.
    struct WarmStart {
        var assignments: [Assignment]
        var report: PlanReport
        var values: [Double]
    }

    /// The best first plan we can build quickly: the greedy plan or the given initial plan,
    /// whichever keeps every rule and is worth more.
    func warmStart(_ problem: PlanningProblem, model: PlanModel, options: PlanningOptions) -> WarmStart? {
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        let greedy = GreedyPlan(problem: problem).assignments()
        var candidates = [greedy]
        if let initial = options.initialPlan {
            let quarters = Set(problem.quarters)
            candidates.append(initial.filter { quarters.contains($0.quarter) }.sorted())
        }
        // The most valuable candidate that keeps every rule and maps onto the model (the
        // first of equals, so the planner's own plans win ties).
        let ranked = candidates.enumerated()
            .map {
                (
                    index: $0.offset, assignments: $0.element,
                    report: verifier.verify($0.element, quarters: problem.quarters)
                )
            }
            .filter { $0.report.isValid && problem.meetsRequirements($0.assignments) }
            .sorted {
                $0.report.value.total != $1.report.value.total
                    ? $0.report.value.total > $1.report.value.total : $0.index < $1.index
            }
        for candidate in ranked {
            if let values = model.values(for: candidate.assignments, completions: candidate.report.completions) {
                return WarmStart(assignments: candidate.assignments, report: candidate.report, values: values)
            }
        }
        return nil
    }

    /// `values` as the best plan when they are worth more than `current` and the verifier
    /// accepts them; otherwise `current`.
    func better(_ values: [Double]?, than current: WarmStart?, model: PlanModel, frozen: MILPModel) -> WarmStart? {
        guard let values,
            frozen.objectiveValue(at: values) > current.map({ frozen.objectiveValue(at: $0.values) }) ?? -.infinity,
            let found = verifiedStart(values, model: model)
        else { return current }
        return found
    }

    /// A solution of the plan model as a first plan, if the verifier accepts its assignments.
    func verifiedStart(_ values: [Double], model: PlanModel) -> WarmStart? {
        let problem = model.problem
        let assignments = model.x.filter { values[$0.value.index] > 0.5 }.map { key, _ in
            Assignment(
                team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter],
                measure: problem.measures[key.measure].id)
        }.sorted()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(assignments, quarters: problem.quarters)
        return report.isValid && problem.meetsRequirements(assignments)
            ? WarmStart(assignments: assignments, report: report, values: values) : nil
    }
}
