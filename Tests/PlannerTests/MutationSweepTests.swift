import Foundation
import GLPKSolver
import Reporting
import ScenarioGeneration
import ScenarioIO
import Scoring
import SprintModel
import Testing

@testable import Planner

/// 10,000 damaged scenarios (seeded, so every run sees the same ones) through validation and,
/// when valid, planning with a short time limit: each ends with located errors, a verified
/// plan, an infeasibility diagnosis or an honest "no plan in time" — never a crash. (How
/// closely time limits hold is measured by `scripts/hostile` and in `Benchmarks/`, not asserted
/// here: a busy machine breaks any wall-clock bound.)
@Suite("Mutation sweep")
struct MutationSweepTests {
    struct Tally {
        var invalid = 0, planned = 0, infeasible = 0, noPlan = 0
    }

    static func sweep(base: String, count: Int, seed: UInt64, quarters: Int) throws -> Tally {
        let text = try String(contentsOf: PlannerTestSupport.root.appendingPathComponent(base), encoding: .utf8)
        var random = SeededRandom(seed: seed)
        var tally = Tally()
        let limit = 1.0
        for index in 0..<count {
            let (bytes, mutations) = ScenarioMutator.mutate(text, &random)
            let label = "\(base)#\(index)"
            let result = ScenarioLoader.check(text: String(decoding: bytes, as: UTF8.self), label: label)
            guard let scenario = result.scenario else {
                tally.invalid += 1
                #expect(!result.errors.isEmpty, "\(label) \(mutations): invalid without an error")
                #expect(
                    result.errors.allSatisfy { $0.location != nil },
                    "\(label) \(mutations): \(result.errors.filter { $0.location == nil })")
                continue
            }
            let planner = Planner(
                scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: GLPKSolver())
            let outcome = planner.plan(PlanningOptions(quarters: quarters, timeLimit: limit))
            switch outcome {
            case .plan(let plan):
                tally.planned += 1
                #expect(plan.report.isValid, "\(label) \(mutations): \(plan.report.violations)")
                _ = PlanJSON.render(plan, excluded: planner.excludedMeasures(), stable: true).rendered()
            case .infeasible: tally.infeasible += 1
            case .noPlanFound: tally.noPlan += 1
            }
        }
        return tally
    }

    @Test func tenThousandDamagedScenarios() throws {
        let small = try Self.sweep(
            base: "Tests/ScenarioIOTests/Fixtures/valid/small.json", count: 9_200, seed: 1, quarters: 2)
        let myk10 = try Self.sweep(base: "scenarios/myk10/myk10.json", count: 800, seed: 2, quarters: 1)
        // Both outcomes occur often enough to mean something.
        for tally in [small, myk10] {
            #expect(tally.invalid > 100 && tally.planned > 50, "\(tally)")
        }
        print("mutation sweep: small \(small), myk10 \(myk10)")
    }
}
