import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan report`: the plan as a self-contained HTML page or Markdown, in German or English.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the plan as a self-contained HTML report (charts inline) or Markdown, in German or English.",
        discussion: """
            The report shows the facts (status, gap, hash), the roadmap (teams × quarters), money per \
            quarter against the caps, which Lösungen complete, each Zielbild's ranking with every \
            criterion's contribution and the ineligible measures with reasons; with --compare, the \
            scenarios side by side. HTML needs no network (inline CSS and SVG, no scripts) and prints \
            on A4 landscape. The format follows the --out extension (.html, .md) unless --format is given. \
            When no plan satisfies the rules, the report shows the diagnosis and the command exits 1.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(parsing: .singleValue, help: "Another scenario to compare with (repeatable).")
    var compare: [String] = []

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format (default: from the --out extension).")
    var format: FormatChoice<HTMLMarkdown>?

    @Option(help: "Output file.")
    var out: String

    @OptionGroup var planning: PlanningFlags

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @OptionGroup var parallel: ParallelFlags

    @OptionGroup var stable: StableFlag

    func validate() throws {
        if format == nil && !(out.hasSuffix(".html") || out.hasSuffix(".htm") || out.hasSuffix(".md")) {
            throw ValidationError("--out: name the file .html or .md, or give --format")
        }
    }

    func run() throws {
        var loaded = try loadScenarios([input.file] + compare)
        let changes: WhatIf
        (loaded[0].scenario, changes) = try whatIf.apply(to: loaded[0].scenario, path: input.file)
        let base = loaded[0].scenario
        let comparison = try runComparison(loaded, planning: planning, workers: parallel.workers)
        var report = ReportInput(
            scenario: base, scores: Scorer(scenario: base, method: planning.method).scoreSheet(),
            outcome: comparison.entries[0].outcome, scenarioHash: ContentHash.of(base),
            toolVersion: SprintplanCommand.version, comparison: loaded.count > 1 ? comparison : nil,
            language: language.language(for: base),
            stable: stable.isOn)
        report.whatIf = changes
        let format = self.format?.format ?? (out.hasSuffix(".md") ? .markdown : .html)
        try OutputFile.write(format == .html ? HTMLReport.render(report) : MarkdownReport.render(report), to: out)
        printError("wrote \(out)")
        // Like `plan`: the report is written, and the exit status still says there is no plan.
        if case .infeasible = report.outcome { throw ExitCode.noPlan }
    }
}
