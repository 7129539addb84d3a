import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioGeneration
import ScenarioIO
import Scoring
import SprintModel

/// The bundled small scenario, damaged as the fuzzer's bytes choose.
let base: String = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/ScenarioIOTests/Fixtures/valid/small.json")
    return (try? String(contentsOf: file, encoding: .utf8)) ?? "{}"
}()

/// libFuzzer entry: bytes choose mutations of a valid scenario; the whole pipeline must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var choices = ByteChoices(Array(UnsafeBufferPointer(start: data, count: size)))
    let (bytes, _) = ScenarioMutator.mutate(base, &choices)
    let result = ScenarioLoader.check(bytes: bytes, label: "fuzz.json")
    guard let scenario = result.scenario else {
        precondition(result.errors.allSatisfy { $0.location != nil }, "an error without a location")
        return 0
    }
    // Every CSV cell a spreadsheet would run as a formula is escaped.
    let sheet = MeasureSheet.write(scenario)
    let formulaCells = [",=", ",+", ",@", ",\"=", ",\"+", ",\"@", "\n=", "\n+", "\n@"]
    precondition(!formulaCells.contains { sheet.contains($0) }, "a formula cell in the measure sheet")
    let scores = Scorer(scenario: scenario).scoreSheet()
    _ = ScoreFormats.json(scores).rendered()
    let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
    switch planner.plan(PlanningOptions(quarters: 2, timeLimit: 0.5)) {
    case .plan(let plan):
        precondition(plan.report.isValid, "the verifier rejects a plan: \(plan.report.violations)")
        _ = PlanText.render(plan, scenario: scenario, stable: true)
        let input = ReportInput(
            scenario: scenario, scores: scores, outcome: .plan(plan), scenarioHash: "",
            toolVersion: "")
        let html = HTMLReport.render(input)
        precondition(
            !html.unicodeScalars.contains { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) },
            "a control character XML forbids in the report")
    case .infeasible(let infeasibility):
        _ = PlanText.infeasible(infeasibility)
    case .noPlanFound:
        break
    }
    return 0
}
