import MILP
import Scoring
import SprintModel
import Testing
@testable import Planner

/// When the solver stops at the time limit before taking in any plan (at programme scale its
/// root LP may not finish), the planner still answers with its verified first plan, marked as
/// not proven — never "no plan" while a valid plan is in hand.
@Suite("Time limit without a solver solution")
struct TimeLimitFallbackTests {
    /// A solver that always runs out of time empty-handed, reporting a bound.
    struct ExhaustedSolver: MILPSolver {
        var bound: Double?
        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            SolveResult(status: .timeLimitWithoutSolution, bestBound: bound, solveSeconds: options.timeLimit ?? 0)
        }
    }

    @Test(arguments: [nil, 1_000.0])
    func theVerifiedFirstPlanIsReturnedAsNotProven(bound: Double?) throws {
        let scenario = PlannerTestSupport.base()
        let planner = Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: ExhaustedSolver(bound: bound))
        guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 1)) else {
            Issue.record("expected the first plan")
            return
        }
        #expect(plan.status == .timeLimitWithSolution)
        #expect(plan.report.isValid)
        #expect(!plan.assignments.isEmpty)
        // The objective is the plan's value as the verifier counts it.
        #expect(abs(plan.objective - plan.report.value.total) < 1e-6)
        if let bound {
            #expect(plan.bestBound == bound)
            #expect(abs(plan.gap! - (bound - plan.objective) / plan.objective) < 1e-9)
        } else {
            #expect(plan.bestBound == nil && plan.gap == nil)
        }
    }
}
