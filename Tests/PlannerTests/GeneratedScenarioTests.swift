import Testing
import GLPKSolver
import ScenarioGeneration
import Scoring
import SprintModel
@testable import Planner

@Suite("Generated scenarios")
struct GeneratedScenarioTests {
    @Test func theSameSeedGivesTheSameScenario() {
        #expect(DistrictGenerator.make(districts: 1, quarters: 4, seed: 5) == DistrictGenerator.make(districts: 1, quarters: 4, seed: 5))
        #expect(DistrictGenerator.make(districts: 1, quarters: 4, seed: 5) != DistrictGenerator.make(districts: 1, quarters: 4, seed: 6))
    }

    @Test func aTwoDistrictScenarioDecomposesAndTheCombinedFirstPlanKeepsEveryRule() throws {
        let scenario = DistrictGenerator.make(districts: 2, quarters: 2, seed: 3)
        let parts = Decomposition(scenario: scenario).parts()
        #expect(parts.count == 6)
        #expect(parts.flatMap { $0 }.sorted() == scenario.zielbilder.map(\.id).sorted())
        let scores = Scorer(scenario: scenario).scoreSheet()
        let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
        guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 10)) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.report.isValid, "\(plan.report.violations)")
        #expect(abs(plan.report.value.total - plan.objective) < 1e-6)
        if let bound = plan.bestBound { #expect(bound >= plan.objective - 1e-6) }
    }

    @Test func theGreedyFirstPlanKeepsEveryRuleOnGeneratedDistricts() {
        for seed in 1...5 as ClosedRange<UInt64> {
            let scenario = DistrictGenerator.make(districts: 1, quarters: 4, seed: seed)
            let scores = Scorer(scenario: scenario).scoreSheet()
            let problem = PlanningProblem(scenario: scenario, scores: scores)
            let greedy = GreedyPlan(problem: problem).assignments()
            let report = PlanVerifier(scenario: scenario, scores: scores).verify(greedy, quarters: problem.quarters)
            #expect(report.isValid, "seed \(seed): \(report.violations.prefix(3))")
            #expect(!greedy.isEmpty)
        }
    }
}
