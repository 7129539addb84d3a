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

    @OptionGroup var parallel: ParallelFlags

    @OptionGroup var output: FormatOption<TableMarkdownJSON>

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @OptionGroup var stable: StableFlag

    /// Default: the baseline scenario's language.
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if scenarios.count < 2 { throw ValidationError("compare needs at least two scenario files") }
        if whatIf.save != nil {
            throw ValidationError("--save: compare applies the what-if to several scenarios; save it with plan")
        }
    }

    func run() throws {
        var loaded = try loadScenarios(scenarios)
        var changes = WhatIf()
        for index in loaded.indices {
            (loaded[index].scenario, changes) = try whatIf.apply(to: loaded[index].scenario, path: loaded[index].name)
        }
        let comparison = try runComparison(loaded, planning: planning, workers: parallel.workers)
        whatIf.announce(changes, scenario: loaded[0].scenario, onStdout: output.format != .json)
        let language = language.language(for: loaded[0].scenario)
        switch output.format {
        case .json: print(ComparisonFormats.json(comparison, stable: stable.isOn).rendered(), terminator: "")
        case .markdown:
            print(ComparisonFormats.markdown(comparison, stable: stable.isOn, language: language), terminator: "")
        default: print(ComparisonFormats.text(comparison, stable: stable.isOn, language: language), terminator: "")
        }
    }
}
