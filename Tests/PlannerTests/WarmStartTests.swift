import MILP
import PlanCheck
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The warm start: every plan handed to GLPK as a first incumbent is turned into values of
/// every column (assignments, done and start indicators, work counts, credits, bundles,
/// switches). GLPK rejects an infeasible start silently, so a column the translation forgets
/// would only show as a slower search — this test makes it visible.
@Suite("Warm start values")
struct WarmStartTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aVerifiedPlanIsAFeasiblePointWithItsOwnValue(seed: UInt64) throws {
        let scenario = DistrictGenerator.make(districts: 1, quarters: 4, seed: seed)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let problem = PlanningProblem(scenario: scenario, scores: scores)
        let planModel = PlanModel(problem: problem)
        let plan = GreedyPlan(problem: problem).assignments()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(plan, quarters: problem.quarters)
        #expect(report.isValid)
        let values = try #require(planModel.values(for: plan, completions: report.completions))
        let frozen = try planModel.model.freeze()
        #expect(frozen.maximumViolation(at: values) <= 1e-6, "seed \(seed)")
        #expect(abs(frozen.objectiveValue(at: values) - report.value.total) <= 1e-6, "seed \(seed)")
        // The work counts the search branches on carry the plan's team-quarters per measure.
        #expect(!planModel.totalWork.isEmpty)
        for (m, variable) in planModel.totalWork {
            #expect(
                values[variable.index] == Double(report.work[problem.measures[m].id] ?? 0),
                "seed \(seed), \(problem.measures[m].id)")
        }
    }
}
