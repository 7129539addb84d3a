import Foundation
import GLPKSolver
import MILP
import PlanCheck
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

/// Large-neighbourhood search: which assignments each part may change, that everything else
/// stays as it was, and that the result is a better plan that keeps every rule.
@Suite("Neighbourhood search")
struct NeighbourhoodSearchTests {
    struct Setup {
        var scenario: Scenario
        var scores: ScoreSheet
        var planModel: PlanModel
        var frozen: MILPModel
        var greedyValues: [Double]
    }

    static func setup(seed: UInt64, quarters: Int = 2) throws -> Setup {
        let scenario = DistrictGenerator.make(districts: 1, quarters: quarters, seed: seed)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let problem = PlanningProblem(scenario: scenario, scores: scores)
        let planModel = PlanModel(problem: problem)
        let greedy = GreedyPlan(problem: problem).assignments()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(greedy, quarters: problem.quarters)
        let values = try #require(planModel.values(for: greedy, completions: report.completions))
        return Setup(
            scenario: scenario, scores: scores, planModel: planModel, frozen: try planModel.model.freeze(),
            greedyValues: values)
    }

    /// Records every part model it solves (GLPK solves them).
    final class RecordingSolver: MILPSolver, @unchecked Sendable {
        private let lock = NSLock()
        private(set) var parts: [(model: MILPModel, warmStart: [Double]?)] = []
        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            lock.withLock { parts.append((model, options.warmStart)) }
            return GLPKSolver().solve(model, options: options)
        }
    }

    @Test func eachZielbildNeighbourhoodFreesExactlyItsTeamsAssignments() throws {
        let setup = try Self.setup(seed: 1, quarters: 4)
        let search = NeighbourhoodSearch(
            planModel: setup.planModel, frozen: setup.frozen, solver: GLPKSolver(), options: SolveOptions())
        let neighbourhoods = search.neighbourhoods()
        let problem = setup.planModel.problem
        for zielbild in setup.scenario.zielbilder {
            let expected = Set(
                setup.planModel.x.filter { problem.teams[$0.key.team].zielbild == zielbild.id }.map(\.value.index))
            let found = try #require(neighbourhoods.first { $0.name == "Zielbild \(zielbild.id)" })
            #expect(found.free == expected)
        }
        // Windows of two quarters, and no part that is (nearly) the whole model.
        #expect(neighbourhoods.contains { $0.name == "2027-Q2–2027-Q3" })
        #expect(neighbourhoods.allSatisfy { $0.free.count * 4 <= setup.planModel.x.count * 3 })
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func improvesTheGreedyPlanAndKeepsEveryRule(seed: UInt64) throws {
        let setup = try Self.setup(seed: seed)
        let solver = RecordingSolver()
        let search = NeighbourhoodSearch(
            planModel: setup.planModel, frozen: setup.frozen, solver: solver,
            options: PlanningOptions().solve(columns: setup.frozen.columns.count))
        let start = setup.frozen.objectiveValue(at: setup.greedyValues)
        let improved = search.improve(setup.greedyValues, seconds: 30, stop: nil)
        #expect(improved.objective > start + 1e-6, "seed \(seed): \(improved.objective) vs greedy \(start)")
        #expect(setup.frozen.maximumViolation(at: improved.values) <= 1e-6)
        // The verifier agrees: every rule kept, and the value is the model's objective.
        let problem = setup.planModel.problem
        let assignments = setup.planModel.x.filter { improved.values[$0.value.index] > 0.5 }.map { key, _ in
            Assignment(
                team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter],
                measure: problem.measures[key.measure].id)
        }.sorted()
        let report = PlanVerifier(scenario: setup.scenario, scores: setup.scores).verify(
            assignments, quarters: problem.quarters)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(abs(report.value.total - improved.objective) < 1e-6)

        // Every part fixed each assignment outside its neighbourhood to the plan it started from.
        let neighbourhoods = search.neighbourhoods()
        #expect(solver.parts.count >= neighbourhoods.count)
        let xColumns = setup.planModel.x.values.map(\.index)
        for (index, part) in solver.parts.enumerated() {
            let free = neighbourhoods[index % neighbourhoods.count].free
            let startValues = try #require(part.warmStart)
            for column in xColumns where !free.contains(column) {
                let bounds = part.model.columns[column]
                #expect(
                    bounds.lower == startValues[column] && bounds.upper == startValues[column],
                    "part \(index), column \(bounds.name)")
            }
            #expect(
                xColumns.contains { free.contains($0) && part.model.columns[$0].lower != part.model.columns[$0].upper })
        }
    }

    @Test func theObjectiveNeverFalls() throws {
        let setup = try Self.setup(seed: 4)
        let search = NeighbourhoodSearch(
            planModel: setup.planModel, frozen: setup.frozen, solver: GLPKSolver(),
            options: PlanningOptions().solve(columns: setup.frozen.columns.count))
        let once = search.improve(setup.greedyValues, seconds: 30, stop: nil)
        // From a plan no part can improve, the search returns it unchanged.
        let again = search.improve(once.values, seconds: 30, stop: nil)
        #expect(again.objective == once.objective)
        #expect(again.values == once.values)
    }
}
