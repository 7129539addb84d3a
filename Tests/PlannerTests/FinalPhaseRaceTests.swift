import Foundation
import GLPKSolver
import MILP
import Scoring
import Synchronization
import Testing

@testable import Planner

/// When the first phase does not settle the model, the planner's last phase races two searches
/// (see `PlanningOptions.raceSearches`) and its plan is the race's.
@Suite("Final phase race")
struct FinalPhaseRaceTests {
    /// Runs out of time empty-handed unless the solve is part of a race, which GLPK solves;
    /// records the options of the race's solves.
    final class RaceOnlySolver: MILPSolver, Sendable {
        let raced = Mutex<[SolveOptions]>([])
        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            guard options.shared != nil else { return SolveResult(status: .timeLimitWithoutSolution) }
            raced.withLock { $0.append(options) }
            return GLPKSolver().solve(model, options: options)
        }
    }

    @Test(
        .enabled(if: ProcessInfo.processInfo.activeProcessorCount >= 2, "the planner races only on two cores or more"))
    func theLastPhaseRacesTheHybridRuleWithCutsAgainstThePrioritiesWithout() throws {
        let scenario = PlannerTestSupport.base()
        guard case .plan(let reference) = PlannerTestSupport.plan(scenario), reference.proof == .optimal else {
            Issue.record("the scenario should be proven optimal")
            return
        }
        let solver = RaceOnlySolver()
        let planner = Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: solver)
        guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 20)) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.proof == .optimal)
        #expect(abs(plan.objective - reference.objective) < 1e-6)
        #expect(plan.report.isValid)
        let raced = solver.raced.withLock { $0 }
        #expect(raced.count == 2)
        #expect(raced.contains { !$0.usesBranchingPriorities && !$0.cuts.isEmpty })
        #expect(raced.contains { $0.usesBranchingPriorities && $0.cuts.isEmpty })
        #expect(Set(raced.map { $0.shared! }).count == 1, "both searches share one incumbent")

        var alone = PlanningOptions(timeLimit: 20)
        alone.raceSearches = false
        let single = RaceOnlySolver()
        let unraced = Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: single)
        guard case .plan(let first) = unraced.plan(alone) else {
            Issue.record("no plan")
            return
        }
        #expect(single.raced.withLock { $0 }.isEmpty)
        #expect(first.proof == .stopped(.timeLimit), "without the race the solver never answers: the first plan stands")
    }
}
