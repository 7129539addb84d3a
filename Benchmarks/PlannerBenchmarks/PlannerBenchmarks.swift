import Benchmark
import Foundation
import GLPKSolver
import PlanCheck
import Planner
import ScenarioGeneration
import ScenarioIO
import Scoring
import SprintModel

/// The planner end to end (scores → model → GLPK → verified plan) on the bundled district,
/// the model build alone on generated scenarios, and portfolio selection at scale.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 10,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 3.0])]
    )
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let myk10 = ScenarioLoader.load(file: root.appendingPathComponent("scenarios/myk10/myk10.json").path).scenario!
    let myk10Scores = Scorer(scenario: myk10).scoreSheet()

    Benchmark("Plan-myk10-next-quarter-end-to-end", configuration: .init(maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                Planner(scenario: myk10, scores: myk10Scores, solver: GLPKSolver()).plan(PlanningOptions(quarters: 1)))
        }
    }

    Benchmark("Decide-myk10-next-quarter-with-best-alternatives-13-solves", configuration: .init(maxIterations: 20)) {
        benchmark in
        for _ in benchmark.scaledIterations {
            let planner = Planner(scenario: myk10, scores: myk10Scores, solver: GLPKSolver())
            guard case .plan(let plan) = planner.plan(PlanningOptions(quarters: 1)) else {
                fatalError("myk10 has a plan")
            }
            var decision = SprintDecision(plan: plan, quarter: plan.quarters[0], scenario: myk10, scores: myk10Scores)
            decision.addAlternatives(PlanExplainer(planner: planner, options: PlanningOptions(quarters: 1)))
            blackHole(decision)
        }
    }

    Benchmark(
        "Plan-myk10-four-quarters-end-to-end-proven-optimal",
        configuration: .init(warmupIterations: 0, maxIterations: 3)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                Planner(scenario: myk10, scores: myk10Scores, solver: GLPKSolver()).plan(
                    PlanningOptions(timeLimit: 120)))
        }
    }

    // A generated district with cross-Zielbild help (seed 4): proven optimal in 8–12 s on two
    // cores, against the target of 0.5 s (not met; see README "Performance"). The last
    // search phase races two searches, so allocation counts depend on thread timing: this
    // benchmark has no committed allocation threshold (`scripts/benchmarks update` skips it).
    let district = DistrictGenerator.make(districts: 1, quarters: 4, seed: 4)
    let districtScores = Scorer(scenario: district).scoreSheet()
    Benchmark(
        "Plan-district-seed-4-proven-optimal",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], warmupIterations: 0, maxIterations: 1, thresholds: [:])
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let outcome = Planner(scenario: district, scores: districtScores, solver: GLPKSolver()).plan(
                PlanningOptions(timeLimit: 60))
            guard case .plan(let plan) = outcome, plan.report.isValid, plan.proof == .optimal else {
                fatalError("the district must be proven optimal within 60 s: \(outcome)")
            }
            blackHole(plan)
        }
    }

    let region = DistrictGenerator.make(districts: 10, quarters: 4, seed: 1)
    let regionScores = Scorer(scenario: region).scoreSheet()
    Benchmark("Build-plan-model-region-scale-Swift-only", configuration: .init(maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Planner(scenario: region, scores: regionScores, solver: GLPKSolver()).model())
        }
    }

    // The region target: a verified plan within 1 % of the proven bound in under 60 s
    // (the Zielbilder share only money, so the Lagrangian decomposition settles it).
    Benchmark(
        "Plan-region-seed-1-within-1-percent-of-the-bound", configuration: .init(warmupIterations: 0, maxIterations: 2)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let outcome = Planner(scenario: region, scores: regionScores, solver: GLPKSolver()).plan(
                PlanningOptions(timeLimit: 60, relativeGap: 0.01))
            guard case .plan(let plan) = outcome, plan.report.isValid, let gap = plan.gap, gap <= 0.01 else {
                fatalError("the region must get a verified plan within 1 % of its bound: \(outcome)")
            }
            blackHole(plan)
        }
    }

    let portfolio = PortfolioScenario.make(measures: 2_000, bundles: 300, prerequisites: 600, seed: 1)
    let portfolioScores = Scorer(scenario: portfolio).scoreSheet()
    Benchmark(
        "Select-2000-measures-300-bundles-600-prerequisites-proven-optimal",
        configuration: .init(warmupIterations: 0, maxIterations: 3)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            // One search: when 200 nodes do not settle it, the race that joins it makes the
            // allocation count depend on thread timing (455–478 K in three runs), and a CI gate
            // must not.
            var selection = PortfolioSelection(scenario: portfolio, scores: portfolioScores, solver: GLPKSolver())
            selection.raceSearches = false
            blackHole(selection.select())
        }
    }
}
