import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// `sprintplan sweep`: a grid of what-ifs around one scenario.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan a grid of what-ifs (budget, weights, horizon, teams) and summarise every point.",
        discussion: """
            Each --vary is PARAMETER=START:STOP:STEP (STOP included) or PARAMETER=V1,V2,…; several \
            --vary make a grid (the first varies slowest, at most 10,000 points). Parameters: \
            budget.total, budget.perQuarter, budget.ownShareCap (euros), programme.fundingRate, \
            policy.switchingCost, policy.discountRate, policy.partialProgressValue, policy.valueScale, \
            weight.CRITERION, weight.ZIELBILD.CRITERION, horizon.quarters, teams.ZIELBILD (the first N \
            Sprintteams of the Zielbild stay, the others and their locks are left out). Every point is \
            validated like a scenario file before anything is solved. Points are planned in parallel \
            (--jobs); a progress bar shows on a terminal. Output is the same whatever --jobs is.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "A parameter and its values, e.g. budget.total=3e6:6e6:0.5e6 (repeatable).")
    var vary: [String] = []

    @OptionGroup var planning: PlanningFlags

    @OptionGroup var parallel: ParallelFlags

    @OptionGroup var output: FormatOption<TableCSVMarkdownJSON>

    @OptionGroup var csv: CSVFlags

    @OptionGroup var stable: StableFlag

    func validate() throws {
        if vary.isEmpty { throw ValidationError("give at least one --vary PARAMETER=START:STOP:STEP") }
        for text in vary {
            do { _ = try SweepAxis(text) } catch { throw ValidationError("--vary: \(error)") }
        }
    }

    func run() throws {
        let base = try input.load()
        let axes = try vary.map { text in try SweepAxis(text) }
        let points: [(values: [Double], scenario: Scenario)]
        do {
            points = try ScenarioSweep.points(around: base, axes: axes)
        } catch {
            throw usageError("\(error)")
        }
        // Nothing is solved unless every point is a valid scenario.
        var invalid = 0
        for (values, scenario) in points {
            let label =
                "\(input.file) with "
                + zip(axes, values).map { "\($0.name)=\(OutputJSON.spell($1, digits: 6))" }.joined(separator: ", ")
            let errors = ScenarioLoader.check(scenario, label: label).errors
            guard !errors.isEmpty else { continue }
            invalid += 1
            printError("\(label): invalid")
            // The point has no file of its own: name the base file and the JSON path.
            for error in errors {
                printError("\(input.file): error[\(error.code.rawValue)]: \(error.path): \(error.message)")
            }
        }
        if invalid > 0 {
            printError("\(invalid) of \(points.count) points are not valid scenarios; nothing was solved")
            throw ExitCode.invalidData
        }
        Interruption.install()
        // A sweep may vary the horizon: warn only when --quarters exceeds even the longest.
        let longest = points.map(\.scenario).max { $0.plannedQuarters.count < $1.plannedQuarters.count } ?? base
        warnIfBeyondHorizon(planning.quarters, longest)
        let progress = ProgressLine(total: points.count, label: "points planned")
        let sweep = ScenarioSweep.run(
            points, base: base, axes: axes, method: planning.method, options: planning.options, solver: GLPKSolver(),
            workers: parallel.workers, finished: progress.update)
        progress.finish()
        try Interruption.exitIfInterrupted()
        switch output.format {
        case .json: print(SweepFormats.json(sweep, stable: stable.isOn).rendered(), terminator: "")
        case .csv: print(SweepFormats.csv(sweep, options: csv.options), terminator: "")
        case .markdown: print(SweepFormats.markdown(sweep), terminator: "")
        default: print(SweepFormats.text(sweep), terminator: "")
        }
        if sweep.results.contains(where: { !$0.verified }) {
            throw softwareBug("a plan breaks rules", "; the points are marked VERIFIER")
        }
    }
}
