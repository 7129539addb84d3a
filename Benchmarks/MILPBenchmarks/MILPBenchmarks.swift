import Benchmark
import GLPKSolver
import MILP

/// The optimisation layer on a 2,000-variable assignment-with-budget MIP: building and
/// validating the model (Swift only), and building + solving it with GLPK. The ratio of the
/// first to the second is the Swift layer's overhead (issue target: under 10 %).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 50,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 3.0])]
    )

    Benchmark("Build-and-freeze-assignment-budget-2000-vars") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(AssignmentWithBudget.build())
        }
    }

    Benchmark("Build-and-freeze-assignment-budget-2000-vars-unnamed") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(AssignmentWithBudget.build(names: false))
        }
    }

    let prebuilt = AssignmentWithBudget.build()
    Benchmark("Solve-prebuilt-assignment-budget-2000-vars-with-GLPK-translation-and-solve") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(GLPKSolver().solve(prebuilt, options: SolveOptions(timeLimit: 30)))
        }
    }

    Benchmark("Build-and-solve-assignment-budget-2000-vars-with-GLPK") { benchmark in
        for _ in benchmark.scaledIterations {
            let model = AssignmentWithBudget.build()
            let result = GLPKSolver().solve(model, options: SolveOptions(timeLimit: 30))
            precondition(result.status == .optimal, "benchmark model must solve to optimality: \(result.status)")
            blackHole(result)
        }
    }
}
