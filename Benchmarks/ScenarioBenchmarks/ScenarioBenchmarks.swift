import Benchmark
import Foundation
import ScenarioIO

/// Loading and validating the bundled district scenario (issue target: well under 50 ms).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 200,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 3.0])]
    )
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let myk10 = root.appendingPathComponent("scenarios/myk10/myk10.json").path
    let whatIf = root.appendingPathComponent("scenarios/myk10/new-ideas.json").path

    Benchmark("Load-and-validate-myk10") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ScenarioLoader.load(file: myk10))
        }
    }

    Benchmark("Load-and-validate-what-if-with-extends") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ScenarioLoader.load(file: whatIf))
        }
    }
}
