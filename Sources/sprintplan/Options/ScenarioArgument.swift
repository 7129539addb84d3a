import ArgumentParser
import Foundation
import ScenarioIO
import SprintModel

/// The scenario file a command works on (the positional argument of most commands).
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("Scenario file.", valueName: "scenario"))
    var file: String

    /// The scenario: every problem printed to stderr, exit 65 (invalid) or 66 (missing) when it
    /// cannot be used; warnings printed and the command goes on otherwise.
    func load() throws -> Scenario { try loadScenario(file) }
}

/// `--stable`: output without timing, byte-identical across runs (for CI and golden files).
struct StableFlag: ParsableArguments {
    @Flag(
        name: .customLong("stable"),
        help: "Leave timing out of the output, so it is byte-identical across runs (for CI and golden files).")
    var isOn = false
}

/// `--start-from`: an earlier plan as the planner's first plan.
struct StartFromOption: ParsableArguments {
    @Option(
        name: .customLong("start-from"),
        help: """
            Start from this plan (an earlier `plan --format json`); it is used when it keeps every rule \
            and beats the planner's own first plan.
            """
    )
    var file: String?
}

/// `--jobs`: scenarios or points solved at the same time.
struct ParallelFlags: ParsableArguments {
    @Option(help: "Plans made at the same time (default: the number of cores).")
    var jobs: Int?

    /// The worker threads to plan on.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
