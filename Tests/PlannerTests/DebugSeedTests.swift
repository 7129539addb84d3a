import Foundation
import Testing
import GLPKSolver
import Scoring
import SprintModel
@testable import Planner

/// Prints one tiny scenario with the planner's and the enumeration's best plans; runs only
/// with SPRINTPLAN_DEBUG_SEED=N (a tool for investigating brute-force mismatches).
@Suite("Debug one tiny scenario")
struct DebugSeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SPRINTPLAN_DEBUG_SEED"] != nil))
    func show() {
        let seed = UInt64(ProcessInfo.processInfo.environment["SPRINTPLAN_DEBUG_SEED"]!)!
        let scenario = TinyScenarios.make(seed: seed)
        print(scenario)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let quarters = scenario.horizon.quarters.filter { $0 <= scenario.programme.lastQuarter }
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        if case .plan(let plan) = Planner(scenario: scenario, scores: scores, solver: GLPKSolver()).plan() {
            print("PLANNER", plan.objective, plan.assignments, plan.report.value)
        }
        // Enumerate and print the best.
        var bestPlan: [Assignment] = []
        var best = -Double.infinity
        var slots: [[Assignment?]] = []
        for team in scenario.sprintteams {
            for quarter in quarters {
                slots.append([nil] + scenario.measures.filter(\.status.isOpen).map { Assignment(team: team.id, quarter: quarter, measure: $0.id) })
            }
        }
        var index = [Int](repeating: 0, count: slots.count)
        for _ in 0..<slots.reduce(1, { $0 * $1.count }) {
            let plan = zip(slots, index).compactMap { $0[$1] }
            let report = verifier.verify(plan, quarters: quarters)
            if report.isValid && report.value.total > best { best = report.value.total; bestPlan = plan }
            for position in index.indices {
                index[position] += 1
                if index[position] < slots[position].count { break }
                index[position] = 0
            }
        }
        print("ENUMERATION", best, bestPlan, verifier.verify(bestPlan, quarters: quarters).value)
    }
}
