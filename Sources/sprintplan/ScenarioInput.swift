import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import ScenarioIO
import SprintModel

/// Loads the scenario a command works on: prints every problem to stderr and exits 65
/// (invalid) or 66 (missing) when it cannot be used; prints warnings and goes on otherwise.
func loadScenario(_ path: String) throws -> Scenario {
    _ = RunClock.start
    let result = ScenarioLoader.load(file: path)
    InputFiles.note(result.files)
    for diagnostic in result.diagnostics { printError(diagnostic.description) }
    guard let scenario = result.scenario else {
        if result.isMissingInput { throw ExitCode.missingInput }
        printError("\(path): invalid, \(result.errors.count) error\(result.errors.count == 1 ? "" : "s")")
        throw ExitCode.invalidData
    }
    return scenario
}

/// A usage problem found after parsing (e.g. an id the scenario does not have): exit 64.
func usageError(_ message: String) -> ExitCode {
    printError("error: \(message)")
    return .usage
}

/// The assignments of an earlier `plan --format json` to start from (`--start-from`):
/// problems are printed and exit 65, a missing file 66.
func loadInitialPlan(_ path: String) throws -> [Assignment] {
    InputFiles.note([path])
    let (assignments, diagnostics) = PlanFile.load(path)
    for diagnostic in diagnostics { printError(diagnostic.description) }
    guard let assignments else {
        let missing = diagnostics.contains { $0.code == .fileNotFound && $0.location == nil }
        throw missing ? ExitCode.missingInput : .invalidData
    }
    return assignments
}

/// Plans with Ctrl-C handling, a progress line on a terminal and an optional earlier plan to
/// start from — the solving step `plan` and `decide` share.
func runPlanner(_ planner: Planner, _ options: PlanningOptions, startFrom: String?) throws -> PlanningOutcome {
    Interruption.install()
    warnIfBeyondHorizon(options.quarters, planner.scenario)
    var options = RunClock.counting(options)
    if let startFrom { options.initialPlan = try loadInitialPlan(startFrom) }
    let ticker = SolveTicker()
    options.progress = ticker.progress
    ticker.start()
    defer { ticker.stop() }
    return planner.plan(options)
}

/// Loads every scenario file and reports every problem before anything is solved; then exits
/// 65 if any file is invalid, else 66 if one is missing — the loading step `compare` and
/// `report --compare` share.
func loadScenarios(_ paths: [String]) throws -> [(name: String, scenario: Scenario)] {
    var loaded: [(name: String, scenario: Scenario)] = []
    var failure: ExitCode?
    for path in paths {
        do { loaded.append((path, try loadScenario(path))) } catch let code as ExitCode {
            if failure == nil || code == .invalidData { failure = code }
        }
    }
    if let failure { throw failure }
    return loaded
}

/// Plans several scenarios in parallel with Ctrl-C handling and a progress bar on a terminal,
/// and stops with exit 70 if any plan breaks a rule (a bug) — the solving step `compare` and
/// `report --compare` share.
func runComparison(
    _ loaded: [(name: String, scenario: Scenario)], planning: PlanningFlags,
    workers: Int
) throws -> ScenarioComparison {
    Interruption.install()
    for (name, scenario) in loaded { warnIfBeyondHorizon(planning.quarters, scenario, name: name) }
    let progress = ProgressLine(total: loaded.count, label: "scenarios planned")
    // One scenario (a report): the limit covers the whole run. Several: each has its own limit,
    // or the scenarios planned last would find the run's time spent.
    let options = loaded.count == 1 ? RunClock.counting(planning.options) : planning.options
    let comparison = ScenarioComparison.run(
        loaded, method: planning.method, options: options, solver: GLPKSolver(),
        workers: workers, finished: progress.update)
    progress.finish()
    try Interruption.exitIfInterrupted()
    for entry in comparison.entries {
        if let plan = entry.plan { try requireVerified(plan, name: entry.name) }
    }
    return comparison
}

/// `--quarters N` limits the plan to the first N quarters of the scenario's horizon; asking for
/// more than the horizon (up to the programme end) has would silently plan fewer, so say so.
func warnIfBeyondHorizon(_ quarters: Int?, _ scenario: Scenario, name: String? = nil) {
    guard let quarters else { return }
    let planned = scenario.plannedQuarters
    guard quarters > planned.count, let first = planned.first, let last = planned.last else { return }
    let prefix = name.map { "\($0): " } ?? ""
    printError(
        "warning: \(prefix)--quarters \(quarters) asks for more than the \(planned.count) quarters the scenario plans (\(first) … \(last)); "
            + "planning those \(planned.count) (lengthen horizon.quarters in the scenario to plan further)")
}
