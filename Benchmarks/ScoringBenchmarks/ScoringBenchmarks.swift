import Benchmark
import Scoring
import SprintModel

/// Issue targets (release build, one core): scoring 10,000 measures × 12 criteria well under
/// 10 ms; Monte-Carlo acceptability with 10,000 weight samples × 1,000 measures under 1 s.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 100,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 3.0])]
    )

    let large = SyntheticScenario.make(measures: 10_000)
    let matrices = Scorer(scenario: large).scoreSheet().zielbilder.map(\.matrix)

    Benchmark("Score-sheet-10000-measures-x-12-criteria-gates-ranking-explanations") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Scorer(scenario: large).scoreSheet())
        }
    }

    Benchmark("Rating-matrices-10000-measures-x-12-criteria") { benchmark in
        for _ in benchmark.scaledIterations {
            for zielbild in large.zielbilder {
                blackHole(
                    RatingMatrix(
                        zielbild: zielbild, measures: large.measures.filter { $0.zielbild == zielbild.id },
                        criteria: large.criteria))
            }
        }
    }

    Benchmark("Eligibility-10000-measures") { benchmark in
        for _ in benchmark.scaledIterations {
            for measure in large.measures { blackHole(Eligibility.failures(of: measure, in: large)) }
        }
    }

    Benchmark("Score-kernel-10000-measures-x-12-criteria-weighted-sum") { benchmark in
        for _ in benchmark.scaledIterations {
            for matrix in matrices {
                blackHole(ScoreCalculator.scores(.weightedSum, matrix: matrix, weights: matrix.weights))
            }
        }
    }

    Benchmark("Score-kernel-10000-measures-x-12-criteria-TOPSIS") { benchmark in
        for _ in benchmark.scaledIterations {
            for matrix in matrices {
                blackHole(ScoreCalculator.scores(.topsis, matrix: matrix, weights: matrix.weights))
            }
        }
    }

    let thousand = Scorer(scenario: SyntheticScenario.make(measures: 1_000, zielbilder: 1)).scoreSheet()
    Benchmark(
        "Monte-Carlo-acceptability-10000-samples-x-1000-measures",
        configuration: .init(maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                RankAcceptability.analyse(
                    thousand, options: .init(samples: 10_000, seed: 1, top: 10, sampling: .perturb(0.25))))
        }
    }
}
