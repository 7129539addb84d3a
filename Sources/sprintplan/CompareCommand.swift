import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// `sprintplan compare`: several scenarios planned side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Plan several scenarios and show them side by side, with what differs in their inputs.",
        discussion: """
        Plans each scenario with the same options (in parallel, --jobs at a time) and shows the \
        objective and its parts, completions per Zielbild and quarter, the assignments that differ, \
        spending against the caps, status and gap — and, for every scenario after the first, what \
        differs in its inputs after `extends` is resolved. Output is the same whatever --jobs is.
        """
    )

    @Argument(help: "Scenario files; the first is the baseline.")
    var scenarios: [String]

    @OptionGroup var planning: PlanningFlags

    @Option(help: "Scenarios solved at the same time (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Output format: table, markdown or json.")
    var format: ReportFormat = .table

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @Flag(help: "Leave timing out of the output, so it is byte-identical across runs.")
    var stable = false

    func validate() throws {
        if scenarios.count < 2 { throw ValidationError("compare needs at least two scenario files") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format == .csv { throw ValidationError("--format: table, markdown or json") }
        if whatIf.save != nil { throw ValidationError("--save: compare applies the what-if to several scenarios; save it with plan") }
    }

    func run() throws {
        // Every file is loaded (and every problem reported) before anything is solved.
        var loaded: [(name: String, scenario: Scenario)] = []
        var failure: ExitCode?
        for path in scenarios {
            do { loaded.append((path, try loadScenario(path))) } catch let code as ExitCode {
                if failure == nil || code == ExitCode(ExitStatus.invalidData) { failure = code }
            }
        }
        if let failure { throw failure }
        var changes = WhatIf()
        for index in loaded.indices {
            (loaded[index].scenario, changes) = try whatIf.apply(to: loaded[index].scenario, path: loaded[index].name)
        }
        let comparison = try runComparison(loaded, planning: planning, jobs: jobs)
        whatIf.announce(changes, scenario: loaded[0].scenario, onStdout: format != .json)
        switch format {
        case .json: print(ComparisonFormats.json(comparison, stable: stable).rendered(), terminator: "")
        case .markdown: print(ComparisonFormats.markdown(comparison, stable: stable), terminator: "")
        default: print(ComparisonFormats.text(comparison, stable: stable), terminator: "")
        }
    }
}
