import GLPKSolver
import PlanCheck
import Scoring
import SprintModel
import Testing

@testable import Planner

/// "What would it cost to take M?" is one search for the best plan that gives M some work: its
/// value must equal enumeration of every plan with M, and the explainer must report it proven.
@Suite("Explaining a measure outside the plan")
struct ExplainMeasureTests {
    @Test func theBestPlanWithTheMeasureMatchesEnumeration() {
        var compared = 0, seed: UInt64 = 0
        while compared < 40 && seed < 1_500 {
            seed += 1
            let scenario = TinyScenarios.make(seed: seed)
            let scores = Scorer(scenario: scenario).scoreSheet()
            let quarters = scenario.horizon.quarters.filter { $0 <= scenario.programme.lastQuarter }
            let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
            guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 20)) else { continue }
            let outside = scenario.measures.filter { measure in
                measure.status.isOpen && !plan.assignments.contains { $0.measure == measure.id }
                    && planner.excludedMeasures()[measure.id] == nil
            }
            guard let measure = outside.first,
                let truth = BruteForcePlannerTests.enumerate(
                    scenario, scores: scores, quarters: quarters, limit: 20_000, including: measure.id)
            else { continue }
            compared += 1
            let explanation = PlanExplainer(planner: planner, options: PlanningOptions(timeLimit: 20))
                .explain(measure: measure.id, in: plan)
            guard let best = truth.best else {
                #expect(explanation.costOfForcing == nil, "seed \(seed): \(explanation.reasons)")
                continue
            }
            #expect(explanation.forcedProof == .optimal, "seed \(seed): \(String(describing: explanation.forcedProof))")
            // GLPK proves optimality up to its relative objective tolerance (1e-7): a few
            // hundred-thousandths of a point on these objectives.
            #expect(
                abs((explanation.costOfForcing ?? .nan) - (plan.objective - best)) < 1e-4,
                "seed \(seed): cost \(String(describing: explanation.costOfForcing)), enumeration \(plan.objective - best)"
            )
            #expect(!explanation.forcedAssignments.isEmpty, "seed \(seed)")
        }
        #expect(compared >= 30, "only \(compared) scenarios compared")
    }

    /// A node budget makes the answer independent of time: two runs give the same figures.
    @Test func aNodeBoundedSearchIsReproducible() {
        let scenario = PlannerTestSupport.load("scenarios/myk10/myk10.json")
        let planner = Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: GLPKSolver())
        guard case .plan(let plan) = planner.plan(PlanningOptions(quarters: 2, timeLimit: 60)) else {
            Issue.record("MYK10 has a plan")
            return
        }
        var options = PlanningOptions(quarters: 2, timeLimit: 60)
        options.searchNodes = 50
        let explainer = PlanExplainer(planner: planner, options: options)
        let first = explainer.explain(team: "T6", quarter: plan.quarters[0], in: plan)
        let second = explainer.explain(team: "T6", quarter: plan.quarters[0], in: plan)
        #expect(first.alternative == second.alternative)
        #expect(first.alternativeStanding == second.alternativeStanding)
        #expect(first.binding.contains { if case .prerequisite(_, _, "M20", _, _) = $0 { true } else { false } })
    }
}
