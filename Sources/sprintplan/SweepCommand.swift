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
            (--jobs); a progress bar shows on a terminal. Output is the same whatever --jobs is. \
            For a batch engine instead: --emit-jobs DIR writes one full scenario per point \
            (point-0000.json, …), the job list jobs.txt (line i + 1 plans point i into result-000i.json; \
            run it in DIR with GNU parallel, a Slurm array or a Kubernetes Indexed Job) and sweep.json; \
            --collect DIR then prints the same table, CSV, Markdown or JSON as the sweep run here.
            """
    )

    @Argument(help: ArgumentHelp("Scenario file (not with --collect).", valueName: "scenario"))
    var file: String?

    @Option(help: "A parameter and its values, e.g. budget.total=3e6:6e6:0.5e6 (repeatable).")
    var vary: [String] = []

    @OptionGroup var planning: PlanningFlags

    @OptionGroup var parallel: ParallelFlags

    @OptionGroup var output: FormatOption<TableCSVMarkdownJSON>

    @OptionGroup var csv: CSVFlags

    @OptionGroup var stable: StableFlag

    /// Default: the scenario's language (with --collect, the first point's).
    @OptionGroup var language: LanguageOption

    @Option(
        name: .customLong("emit-jobs"),
        help: ArgumentHelp(
            "Plan nothing: write one scenario per point, the job list jobs.txt and sweep.json into this folder.",
            valueName: "dir"))
    var emitJobs: String?

    @Flag(help: "With --emit-jobs: write into a folder that is not empty (files of the same name are replaced).")
    var force = false

    @Option(
        name: .customLong("point-result"),
        help: ArgumentHelp(
            "Plan the scenario as one point of an emitted sweep and write its result here (what a job runs).",
            valueName: "file"))
    var pointResult: String?

    @Option(
        help: ArgumentHelp(
            "Merge the results of an emitted sweep's jobs and print them like a sweep run here.", valueName: "dir"))
    var collect: String?

    func validate() throws {
        if collect != nil {
            guard file == nil, vary.isEmpty, emitJobs == nil, pointResult == nil else {
                throw ValidationError("--collect DIR takes no scenario, --vary, --emit-jobs or --point-result")
            }
            return
        }
        if file == nil { throw ValidationError("give a scenario file (or --collect DIR)") }
        if pointResult != nil {
            guard vary.isEmpty, emitJobs == nil else {
                throw ValidationError("--point-result plans one point: no --vary or --emit-jobs")
            }
            return
        }
        if force && emitJobs == nil { throw ValidationError("--force is for --emit-jobs") }
        if vary.isEmpty { throw ValidationError("give at least one --vary PARAMETER=START:STOP:STEP") }
        for text in vary {
            do { _ = try SweepAxis(text) } catch { throw ValidationError("--vary: \(error)") }
        }
    }

    func run() throws {
        if let collect { return try collectResults(from: collect) }
        guard let file else { return }
        if let pointResult { return try planPoint(file, into: pointResult) }
        let base = try loadScenario(file)
        let axes = try vary.map { text in try SweepAxis(text) }
        let points = try validPoints(around: base, axes: axes, file: file)
        if let emitJobs { return try emit(points, base: base, file: file, into: emitJobs) }
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
        try render(sweep, language: language.language(for: base))
    }

    /// Prints the sweep in the chosen format; exit 70 when a point's plan breaks rules.
    func render(_ sweep: ScenarioSweep, language: ReportLanguage) throws {
        switch output.format {
        case .json: print(SweepFormats.json(sweep, stable: stable.isOn).rendered(), terminator: "")
        case .csv: print(SweepFormats.csv(sweep, options: csv.options), terminator: "")
        case .markdown: print(SweepFormats.markdown(sweep, language: language), terminator: "")
        default: print(SweepFormats.text(sweep, language: language), terminator: "")
        }
        if sweep.results.contains(where: { !$0.verified }) {
            throw softwareBug("a plan breaks rules", "; the points are marked VERIFIER")
        }
    }

    /// Every point of the grid, each validated like a scenario file: every invalid point is
    /// named with its problems and nothing is solved (exit 65).
    func validPoints(
        around base: Scenario, axes: [SweepAxis], file: String
    ) throws -> [(values: [Double], scenario: Scenario)] {
        let points: [(values: [Double], scenario: Scenario)]
        do {
            points = try ScenarioSweep.points(around: base, axes: axes)
        } catch {
            throw usageError("\(error)")
        }
        var invalid = 0
        for (values, scenario) in points {
            let label =
                "\(file) with "
                + zip(axes, values).map { "\($0.name)=\(OutputJSON.spell($1, digits: 6))" }.joined(separator: ", ")
            let errors = ScenarioLoader.check(scenario, label: label).errors
            guard !errors.isEmpty else { continue }
            invalid += 1
            printError("\(label): invalid")
            // The point has no file of its own: name the base file and the JSON path.
            for error in errors {
                printError("\(file): error[\(error.code.rawValue)]: \(error.path): \(error.message)")
            }
        }
        if invalid > 0 {
            printError("\(invalid) of \(points.count) points are not valid scenarios; nothing was solved")
            throw ExitCode.invalidData
        }
        return points
    }
}
