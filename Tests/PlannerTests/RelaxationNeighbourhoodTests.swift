import Foundation
import GLPKSolver
import MILP
import PlanCheck
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The first plan from the LP relaxation: it keeps every assignment the LP decides, keeps every
/// rule, and beats the greedy plan on generated districts.
@Suite("Relaxation neighbourhood")
struct RelaxationNeighbourhoodTests {
    @Test(arguments: [1, 2] as [UInt64])
    func keepsWhatTheLPDecidesAndEveryRule(seed: UInt64) throws {
        let scenario = DistrictGenerator.make(districts: 1, quarters: 2, seed: seed)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let problem = PlanningProblem(scenario: scenario, scores: scores)
        let planModel = PlanModel(problem: problem)
        let frozen = try planModel.model.freeze()
        let solver = NeighbourhoodSearchTests.RecordingSolver()
        let values = try #require(
            RelaxationNeighbourhood(
                planModel: planModel, solver: solver,
                options: PlanningOptions().solve(columns: frozen.columns.count)
            )
            .solve(seconds: 30, stop: nil))
        #expect(frozen.maximumViolation(at: values) <= 1e-6)

        // First the relaxation (all continuous), then the part with the LP's whole assignments fixed.
        #expect(solver.parts.count == 2)
        let relaxation = solver.parts[0].model, part = solver.parts[1].model
        #expect(!relaxation.isMixedInteger)
        let lp = GLPKSolver().solve(relaxation, options: SolveOptions())
        var fixed = 0
        for variable in planModel.x.values {
            let value = lp.values[variable.index]
            guard abs(value - value.rounded()) <= 1e-9 else {
                #expect(part.columns[variable.index].lower == 0 && part.columns[variable.index].upper == 1)
                continue
            }
            fixed += 1
            #expect(
                part.columns[variable.index].lower == value.rounded()
                    && part.columns[variable.index].upper == value.rounded())
            #expect(values[variable.index] == value.rounded())
        }
        #expect(fixed > 0 && fixed < planModel.x.count)

        // A plan the verifier accepts, worth what the model says, and better than the greedy one.
        let assignments = planModel.x.filter { values[$0.value.index] > 0.5 }.map { key, _ in
            Assignment(
                team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter],
                measure: problem.measures[key.measure].id)
        }.sorted()
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        let report = verifier.verify(assignments, quarters: problem.quarters)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(abs(report.value.total - frozen.objectiveValue(at: values)) < 1e-6)
        let greedy = verifier.verify(GreedyPlan(problem: problem).assignments(), quarters: problem.quarters)
        #expect(report.value.total > greedy.value.total)
    }
}
