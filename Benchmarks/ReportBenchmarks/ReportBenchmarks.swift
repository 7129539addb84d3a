import Benchmark
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// Rendering what people read: the plan, the end-of-sprint decision and a scenario
/// comparison, from results computed once, so only the rendering is measured.
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
    func load(_ name: String) -> Scenario {
        ScenarioLoader.load(file: root.appendingPathComponent("scenarios/myk10/\(name)").path).scenario!
    }
    let myk10 = load("myk10.json")
    let scores = Scorer(scenario: myk10).scoreSheet()
    let planner = Planner(scenario: myk10, scores: scores, solver: GLPKSolver())
    guard case .plan(let plan) = planner.plan(PlanningOptions(quarters: 2)) else { fatalError("myk10 has a plan") }
    let decision = SprintDecision(plan: plan, quarter: plan.quarters[0], scenario: myk10, scores: scores)
    let record = DecisionRecord(
        decision, scenario: myk10, reasons: { $0.reasons.map { ExplanationText.text($0) } },
        scenarioFile: "myk10.json", scenarioHash: "", toolVersion: "", recordedAt: "",
        decidedBy: nil, note: nil)
    let comparison = ScenarioComparison.run(
        [
            ("myk10.json", myk10), ("budget-cut-25.json", load("budget-cut-25.json")),
            ("one-team-fewer.json", load("one-team-fewer.json")),
        ],
        method: .weightedSum, options: PlanningOptions(quarters: 2), solver: GLPKSolver(), workers: 1)

    Benchmark("Render-plan-myk10-table-JSON") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(PlanText.render(plan, scenario: myk10, stable: true))
            blackHole(PlanJSON.render(plan, excluded: [:], stable: true).rendered())
        }
    }

    Benchmark("Render-decision-myk10-table-Markdown-record") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DecisionFormats.text(decision, scenario: myk10, stable: true))
            blackHole(
                DecisionPaper(
                    decision: decision, scenario: myk10, scenarioFile: "myk10.json", scenarioHash: "",
                    language: .de
                ).markdown())
            blackHole(DecisionRecordFile.encode(record).rendered())
        }
    }

    Benchmark("Render-comparison-of-three-myk10-scenarios-table-Markdown-JSON-with-input-diff") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ComparisonFormats.text(comparison, stable: true))
            blackHole(ComparisonFormats.markdown(comparison, stable: true))
            blackHole(ComparisonFormats.json(comparison, stable: true).rendered())
        }
    }
}
