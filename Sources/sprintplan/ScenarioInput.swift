import ArgumentParser
import Planner
import ScenarioIO
import SprintModel

/// Loads the scenario a command works on: prints every problem to stderr and exits 65
/// (invalid) or 66 (missing) when it cannot be used; prints warnings and goes on otherwise.
func loadScenario(_ path: String) throws -> Scenario {
    let result = ScenarioLoader.load(file: path)
    for diagnostic in result.diagnostics { printError(diagnostic.description) }
    guard let scenario = result.scenario else {
        if result.isMissingInput { throw ExitCode(ExitStatus.missingInput) }
        printError("\(path): invalid, \(result.errors.count) error\(result.errors.count == 1 ? "" : "s")")
        throw ExitCode(ExitStatus.invalidData)
    }
    return scenario
}

/// A usage problem found after parsing (e.g. an id the scenario does not have): exit 64.
func usageError(_ message: String) -> ExitCode {
    printError("error: \(message)")
    return ExitCode(ExitStatus.usage)
}

/// The assignments of an earlier `plan --format json` to start from (`--start-from`):
/// problems are printed and exit 65, a missing file 66.
func loadInitialPlan(_ path: String) throws -> [Assignment] {
    let (entries, diagnostics) = PlanFile.load(path)
    for diagnostic in diagnostics { printError(diagnostic.description) }
    guard let entries else {
        throw ExitCode(diagnostics.contains { $0.code == .fileNotFound && $0.location == nil } ? ExitStatus.missingInput : ExitStatus.invalidData)
    }
    return entries.map { Assignment(team: $0.team, quarter: $0.quarter, measure: $0.measure) }
}

/// Plans with Ctrl-C handling, a progress line on a terminal and an optional earlier plan to
/// start from — the solving step `plan` and `decide` share.
func runPlanner(_ planner: Planner, _ options: PlanningOptions, startFrom: String?) throws -> PlanningOutcome {
    Interruption.install()
    var options = options
    if let startFrom { options.initialPlan = try loadInitialPlan(startFrom) }
    let ticker = SolveTicker()
    options.progress = ticker.progress
    ticker.start()
    defer { ticker.stop() }
    return planner.plan(options)
}
