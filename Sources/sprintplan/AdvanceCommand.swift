import ArgumentParser
import Foundation
import Planner
import ScenarioIO
import SprintModel

/// `sprintplan advance`: the next quarter's scenario from this one, its decision record and
/// what actually happened.
struct AdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract:
            "Write the next quarter's scenario: progress added, finished measures done, teams' current measures updated.",
        discussion: """
            Teams worked as the record recommends unless the progress file says otherwise (its "worked" \
            map; null = no measure). Each team on a measure delivers one team-quarter unless "progress" \
            states the effort per measure. Measures reaching their effort become done; a running measure \
            no team continues becomes a candidate again, keeping its progress (its one-off cost is paid). \
            Money spent comes off the total and own-share caps; the quarter's budget line, pins and \
            quarter-specific forbidden assignments are dropped; the horizon moves on by one quarter. \
            The result is validated before it is written (atomically).
            """
    )

    @Argument(help: "Scenario file of the quarter that ended.")
    var scenario: String

    @Option(help: "The quarter's decision record (from `decide --record-dir`).")
    var record: String

    @Option(help: "Progress file (format sprintplan-progress/1); optional.")
    var progress: String?

    @Option(help: "Where to write the next quarter's scenario.")
    var out: String

    func run() throws {
        let scenario = try loadScenario(self.scenario)
        InputFiles.note([record] + (progress.map { [$0] } ?? []))
        try InputFiles.refuseOverwriting(out)
        let (outcome, diagnostics) = OutcomeFiles.load(record: record, progress: progress)
        for diagnostic in diagnostics { printError(diagnostic.description) }
        guard let outcome else {
            let missing = diagnostics.contains { $0.code == .fileNotFound && $0.location == nil }
            throw missing ? ExitCode.missingInput : .invalidData
        }
        let next: Scenario
        do {
            next = try QuarterAdvance.next(
                scenario,
                after: QuarterOutcome(quarter: outcome.quarter, worked: outcome.worked, progress: outcome.progress))
        } catch {
            printError(Self.diagnostic(error, outcome: outcome).description)
            throw ExitCode.invalidData
        }
        // Validate a candidate file first; only a valid scenario takes the output's name.
        let candidate = out + ".candidate.tmp"
        try OutputFile.write(ScenarioWriter.text(next, schema: nil), to: candidate)
        let check = ScenarioLoader.load(file: candidate)
        guard check.scenario != nil else {
            for diagnostic in check.errors { printError(diagnostic.description) }
            unlink(candidate)
            throw softwareBug("error: the advanced scenario does not validate", "; nothing written")
        }
        guard rename(candidate, out) == 0 else {
            unlink(candidate)
            printError("error: cannot write \(out)")
            throw ExitCode.cannotCreateOutput
        }
        printError("wrote \(out): horizon \(next.horizon.start) … \(next.horizon.end)")
    }

    /// The problem at the place in the progress file or record that states it.
    static func diagnostic(_ problem: QuarterAdvance.Problem, outcome: OutcomeFiles.Outcome) -> Diagnostic {
        let code: DiagnosticCode, source: (path: String, location: SourceLocation)?
        switch problem {
        case .wrongQuarter: (code, source) = (.invalidValue, outcome.sources["quarter"])
        case .unknownTeam(let team): (code, source) = (.unknownReference, outcome.source(team: team))
        case .unknownMeasure(let measure): (code, source) = (.unknownReference, outcome.source(measure: measure))
        case .closedMeasure(let measure): (code, source) = (.invalidValue, outcome.source(measure: measure))
        }
        return Diagnostic(
            .error, code: code, message: problem.description, path: source?.path ?? "",
            location: source?.location)
    }
}
