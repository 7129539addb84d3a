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
        let planner = Planner(
            scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: ExhaustedSolver(bound: bound))
        guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 1)) else {
            Issue.record("expected the first plan")
            return
        }
        #expect(plan.proof == .stopped(.timeLimit))
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

    /// A plan given to start from (an earlier run's) is used when it keeps every rule and is
    /// worth more than the planner's own first plan; a plan that breaks a rule is ignored.
    @Test func aGivenStartingPlanIsUsedOnlyWhenItIsValidAndBetter() throws {
        // A small random scenario whose greedy first plan is below the optimum.
        var found: (Scenario, Plan, Plan)?
        for seed in UInt64(0)..<200 where found == nil {
            let scenario = TinyScenarios.make(seed: seed)
            let exhausted = Planner(
                scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: ExhaustedSolver(bound: nil)
            )
            guard case .plan(let optimal) = PlannerTestSupport.plan(scenario), optimal.proof == .optimal,
                case .plan(let own) = exhausted.plan(PlanningOptions(timeLimit: 1)),
                own.objective < optimal.objective - 1e-6
            else { continue }
            found = (scenario, optimal, own)
        }
        let (scenario, optimal, own) = try #require(found)
        let exhausted = Planner(
            scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: ExhaustedSolver(bound: nil))
        var options = PlanningOptions(timeLimit: 1)
        options.initialPlan = optimal.assignments
        guard case .plan(let started) = exhausted.plan(options) else {
            Issue.record("no plan")
            return
        }
        #expect(started.assignments == optimal.assignments)
        #expect(started.report.isValid)
        #expect(abs(started.objective - optimal.objective) < 1e-6)

        // A second measure for a team in a quarter breaks a rule: the given plan is ignored.
        var broken = optimal.assignments
        let first = try #require(broken.first)
        let other = try #require(scenario.measures.first { $0.id != first.measure && $0.status.isOpen })
        broken.append(Assignment(team: first.team, quarter: first.quarter, measure: other.id))
        options.initialPlan = broken
        guard case .plan(let ignored) = exhausted.plan(options) else {
            Issue.record("no plan")
            return
        }
        #expect(ignored.assignments == own.assignments)
    }
}
