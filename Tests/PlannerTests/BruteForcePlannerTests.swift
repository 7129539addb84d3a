import GLPKSolver
import PlanCheck
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The planner's objective must equal exhaustive enumeration on tiny scenarios, and every
/// plan it returns must pass the verifier with the same value. The enumeration uses only the
/// verifier (no MILP code), so a formulation bug cannot hide in both.
@Suite("Planner against brute force")
struct BruteForcePlannerTests {
    /// Best plan by enumeration: every team-quarter takes one of the measures the verifier
    /// accepts for it alone, or nothing; with `including`, only plans that give that measure work.
    static func enumerate(
        _ scenario: Scenario, scores: ScoreSheet, quarters: [Quarter], limit: Int, including: String? = nil
    ) -> (best: Double?, count: Int)? {
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        let local: Set<PlanViolation.Rule> = [
            .unknownEntity, .closedMeasure, .ineligibleMeasure, .availability, .skills, .zielbild,
            .forbidden, .earliestStart, .deadline, .programmeEnd,
        ]
        var slots: [[Assignment?]] = []
        for team in scenario.sprintteams {
            for quarter in quarters {
                var options: [Assignment?] = [nil]
                for measure in scenario.measures where measure.status.isOpen {
                    let a = Assignment(team: team.id, quarter: quarter, measure: measure.id)
                    let report = verifier.verify([a], quarters: quarters)
                    if !report.violations.contains(where: { local.contains($0.rule) }) { options.append(a) }
                }
                slots.append(options)
            }
        }
        let total = slots.reduce(1) { $0 * $1.count }
        guard total <= limit else { return nil }
        var best: Double?
        var index = [Int](repeating: 0, count: slots.count)
        for _ in 0..<total {
            let plan = zip(slots, index).compactMap { $0[$1] }
            let wanted = including.map { id in plan.contains { $0.measure == id } } ?? true
            let report = verifier.verify(plan, quarters: quarters)
            if wanted, report.isValid, best == nil || report.value.total > best! + 1e-9 { best = report.value.total }
            for position in index.indices {
                index[position] += 1
                if index[position] < slots[position].count { break }
                index[position] = 0
            }
        }
        return (best, total)
    }

    @Test func plannerMatchesEnumerationOnRandomTinyScenarios() {
        var compared = 0, infeasible = 0, decomposed = 0, seed: UInt64 = 0
        while compared < 160 && seed < 2_000 {
            seed += 1
            let scenario = TinyScenarios.make(seed: seed)
            let scores = Scorer(scenario: scenario).scoreSheet()
            let quarters = scenario.horizon.quarters.filter { $0 <= scenario.programme.lastQuarter }
            guard let truth = Self.enumerate(scenario, scores: scores, quarters: quarters, limit: 40_000) else {
                continue
            }
            compared += 1
            let planModel = PlanModel(problem: PlanningProblem(scenario: scenario, scores: scores))
            let decomposes =
                (try? planModel.model.freeze()).map { Planner.moneyBlocks(planModel, frozen: $0) != nil } ?? false
            if decomposes { decomposed += 1 }
            let outcome = Planner(scenario: scenario, scores: scores, solver: GLPKSolver()).plan(
                PlanningOptions(timeLimit: 20))
            switch outcome {
            case .plan(let plan):
                #expect(plan.proof == .optimal, "seed \(seed): \(plan.proof)")
                #expect(plan.report.isValid, "seed \(seed): \(plan.report.violations)")
                #expect(
                    (plan.decomposition != nil) == decomposes,
                    "seed \(seed): decomposition \(String(describing: plan.decomposition))")
                guard let best = truth.best else {
                    Issue.record("seed \(seed): planner found a plan, enumeration found none valid")
                    continue
                }
                #expect(
                    abs(plan.objective - best) < 1e-6, "seed \(seed): planner \(plan.objective), enumeration \(best)")
                #expect(
                    abs(plan.report.value.total - plan.objective) < 1e-6,
                    "seed \(seed): verifier value \(plan.report.value.total) vs objective \(plan.objective)")
            case .infeasible:
                infeasible += 1
                #expect(truth.best == nil, "seed \(seed): planner says infeasible, enumeration found \(truth.best!)")
            case .noPlanFound(let status, _):
                Issue.record("seed \(seed): no plan found (\(status))")
            }
        }
        #expect(compared >= 150)
        #expect(infeasible >= 3, "the generator must also produce infeasible scenarios")
        // Zielbilder linked only by money: the planner prices money first (LagrangianDecomposition).
        #expect(decomposed >= 5, "only \(decomposed) scenarios exercise the decomposition")
    }

    /// Lösungen sharing measures: a Lösung counts when all its measures are done, a shared
    /// measure is worked (and paid) once; the enumeration's value comes from the verifier.
    @Test func plannerMatchesEnumerationWithSharedMeasures() {
        var compared = 0, sharing = 0, seed: UInt64 = 0
        while compared < 80 && seed < 1_500 {
            seed += 1
            let scenario = TinyScenarios.make(seed: seed, shared: true)
            let scores = Scorer(scenario: scenario).scoreSheet()
            let quarters = scenario.horizon.quarters.filter { $0 <= scenario.programme.lastQuarter }
            guard scenario.solutions.count >= 2,
                let truth = Self.enumerate(scenario, scores: scores, quarters: quarters, limit: 20_000)
            else { continue }
            compared += 1
            let outcome = Planner(scenario: scenario, scores: scores, solver: GLPKSolver()).plan(
                PlanningOptions(timeLimit: 20))
            switch outcome {
            case .plan(let plan):
                #expect(plan.proof == .optimal, "seed \(seed): \(plan.proof)")
                #expect(plan.report.isValid, "seed \(seed): \(plan.report.violations)")
                let best = try? #require(truth.best, "seed \(seed): enumeration found no valid plan")
                #expect(
                    abs(plan.report.value.total - (best ?? .nan)) < 1e-6,
                    "seed \(seed): verified \(plan.report.value.total) (objective \(plan.objective)) vs \(best ?? .nan)"
                )
                if plan.report.completedBundles.count >= 2 { sharing += 1 }
            case .infeasible:
                #expect(truth.best == nil, "seed \(seed): planner says infeasible, enumeration found \(truth.best!)")
            case .noPlanFound(let status, _):
                Issue.record("seed \(seed): no plan found (\(status))")
            }
        }
        #expect(compared >= 70)
        #expect(sharing >= 5, "only \(sharing) plans complete two Lösungen")
    }
}
