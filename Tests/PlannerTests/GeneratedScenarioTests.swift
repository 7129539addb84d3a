import Foundation
import GLPKSolver
import MILP
import PlanCheck
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

@Suite("Generated scenarios")
struct GeneratedScenarioTests {
    @Test func theSameSeedGivesTheSameScenario() {
        #expect(
            DistrictGenerator.make(districts: 1, quarters: 4, seed: 5)
                == DistrictGenerator.make(districts: 1, quarters: 4, seed: 5))
        #expect(
            DistrictGenerator.make(districts: 1, quarters: 4, seed: 5)
                != DistrictGenerator.make(districts: 1, quarters: 4, seed: 6))
    }

    /// The sizes of the published Next-Release-Problem instances (Bagnall et al. 2001; Xuan et al.
    /// 2012): requirements as measures, customers as Lösungen.
    @Test(
        "Release-planning shapes have the published sizes",
        arguments: [
            ("classic-1", 140, 100), ("classic-2", 620, 500), ("classic-3", 1_450, 500), ("classic-4", 3_250, 750),
            ("classic-5", 1_500, 1_000), ("realistic-e", 3_500, 536), ("realistic-g", 2_690, 445),
            ("realistic-m", 4_060, 768),
        ])
    func releasePlanningShapesHaveThePublishedSizes(name: String, measures: Int, customers: Int) throws {
        let shape = try #require(ReleasePlanningShape.named(name))
        let scenario = shape.scenario(seed: 1, budgetShare: 0.5)
        #expect(scenario.measures.count == measures)
        #expect(scenario.solutions.count == customers)
        #expect(ReleasePlanningShape.all.map(\.name).contains(name))
    }

    @Test func aTwoDistrictScenarioFallsIntoZielbildBlocksAndItsPlanKeepsEveryRule() throws {
        let scenario = DistrictGenerator.make(districts: 2, quarters: 2, seed: 3)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let planModel = PlanModel(problem: PlanningProblem(scenario: scenario, scores: scores))
        let frozen = try planModel.model.freeze()
        let structure = BlockStructure(model: frozen, linkingRows: Set(planModel.moneyRows))
        #expect(planModel.moneyRows.count == 4)  // two quarter budgets, total, own-share cap
        // No block mixes Zielbilder (only money links them), and none is missing.
        var zielbildOfColumn: [Int: String] = [:]
        for (key, variable) in planModel.x {
            zielbildOfColumn[variable.index] = planModel.problem.teams[key.team].zielbild
        }
        let zielbildSets = structure.blocks.map { Set($0.compactMap { zielbildOfColumn[$0] }) }
        #expect(zielbildSets.allSatisfy { $0.count <= 1 })
        #expect(Set(zielbildSets.flatMap { $0 }) == Set(scenario.zielbilder.map(\.id)))

        let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
        guard case .plan(let plan) = planner.plan(PlanningOptions(timeLimit: 10)) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.report.isValid, "\(plan.report.violations)")
        #expect(abs(plan.report.value.total - plan.objective) < 1e-6)
        let bound = try #require(plan.bestBound)
        #expect(bound >= plan.objective - 1e-6)
        // The plan says the money was priced, over the blocks found above, and its bound is
        // never looser than the decomposition's.
        let decomposition = try #require(plan.decomposition)
        #expect(decomposition.blocks == structure.blocks.count)
        #expect(decomposition.rounds >= 1)
        let decompositionBound = try #require(decomposition.bound)
        #expect(bound <= decompositionBound + 1e-9)
        // The full model without the decomposition must not find a better plan than its bound.
        var plain = PlanningOptions(timeLimit: 30)
        plain.decompose = false
        guard case .plan(let reference) = planner.plan(plain) else {
            Issue.record("no plan without decomposition")
            return
        }
        #expect(reference.objective <= bound + 1e-6)
        if reference.proof == .optimal && plan.proof == .optimal {
            #expect(abs(reference.objective - plan.objective) < 1e-6)
        }
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

    /// Ctrl-C during the decomposition: the run ends as at its time limit, with a verified plan,
    /// and no search runs after the stop. The stop is requested by the solver itself as the
    /// decomposition's fifth block solve begins (not by a timer, which a busy machine delays), and
    /// the work after it is counted in solver calls and branch-and-bound nodes, not in seconds.
    @Test func aStopRequestEndsTheDecompositionWithAVerifiedPlan() throws {
        let scenario = DistrictGenerator.make(districts: 10, quarters: 4, seed: 1)
        let scores = Scorer(scenario: scenario).scoreSheet()
        var options = PlanningOptions(timeLimit: 600)
        let stop = StopRequest()
        options.stop = stop
        let solver = StoppingSolver(stop: stop, atCall: 5)
        guard case .plan(let plan) = Planner(scenario: scenario, scores: scores, solver: solver).plan(options) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.proof == .stopped(.interrupted))  // said so, not "time limit"
        #expect(plan.report.isValid, "\(plan.report.violations.prefix(3))")
        #expect(plan.decomposition != nil)
        if let bound = plan.bestBound { #expect(bound >= plan.objective - 1e-6) }
        let calls = solver.calls
        let afterStop = calls.filter(\.startedAfterStop)
        // The call that asked for the stop, and at most the first search phase, which returns at
        // once; the other 33 blocks of the round and the selection are skipped.
        #expect(afterStop.count <= 2, "\(afterStop.count) solves began after the stop")
        for call in afterStop {
            #expect(!call.status.hasSolution && (call.nodes ?? 0) == 0, "a solve after the stop searched: \(call)")
        }
    }
}
