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
            The result is validated before it is written (atomically) and keeps the input's $schema. \
            The record must have been made from this scenario (its content hash); to advance another \
            one, say why with --accept-other-scenario, which is kept as RECORD-FOLDER/acceptance-QUARTER.json \
            and shown by `history`.
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

    @Option(
        name: .customLong("accept-other-scenario"),
        help: ArgumentHelp(
            "Advance although the record was made from another scenario; the reason is kept beside the record.",
            valueName: "reason"))
    var acceptOtherScenario: String?

    func validate() throws {
        if let reason = acceptOtherScenario, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(
                "--accept-other-scenario needs a reason, e.g. --accept-other-scenario \"budget cut by the council\"")
        }
    }

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
        let hash = ContentHash.of(scenario)
        let mismatch = hash != outcome.record.scenarioHash
        if mismatch {
            let problem = Self.mismatch(outcome, scenarioFile: self.scenario, hash: hash, accepted: acceptOtherScenario)
            printError(problem.description)
            if acceptOtherScenario == nil { throw ExitCode.invalidData }
        } else if acceptOtherScenario != nil {
            printError("note: the record was made from this scenario; --accept-other-scenario is not needed")
        }
        let next: Scenario
        do {
            next = try QuarterAdvance.next(
                scenario,
                after: QuarterOutcome(
                    quarter: outcome.quarter, worked: outcome.worked, progress: outcome.progress,
                    indicators: outcome.indicators))
        } catch {
            var diagnostic = Self.diagnostic(error, outcome: outcome)
            if case .unknownIndicator(let id) = error {
                diagnostic.message += Suggestion.hint(for: id, among: scenario.indicators.map(\.indicator.id))
            }
            printError(diagnostic.description)
            throw ExitCode.invalidData
        }
        // Validate a candidate file first; only a valid scenario takes the output's name.
        let candidate = out + ".candidate.tmp"
        let schema = ScenarioLoader.schemaReference(file: self.scenario).map(schemaFromOut)
        try OutputFile.write(ScenarioWriter.text(next, schema: schema), to: candidate)
        let check = ScenarioLoader.load(file: candidate)
        guard check.scenario != nil else {
            for diagnostic in check.errors { printError(diagnostic.description) }
            unlink(candidate)
            throw softwareBug("error: the advanced scenario does not validate", "; nothing written")
        }
        if mismatch, let reason = acceptOtherScenario {
            let acceptance = ScenarioAcceptance(
                quarter: outcome.quarter, record: (record as NSString).lastPathComponent,
                recordScenarioFile: outcome.record.scenarioFile, recordScenarioHash: outcome.record.scenarioHash,
                scenarioFile: self.scenario, scenarioHash: hash, reason: reason, next: out,
                toolVersion: SprintplanCommand.version, recordedAt: RecordTime.now())
            let folder = (record as NSString).deletingLastPathComponent
            do {
                let path = try AcceptanceFile.write(acceptance, into: folder.isEmpty ? "." : folder)
                printError("kept the reason in \(path)")
            } catch {
                unlink(candidate)
                printError(
                    "error: cannot keep the reason beside \(record): \(error.localizedDescription); nothing written")
                throw ExitCode.cannotCreateOutput
            }
        }
        guard rename(candidate, out) == 0 else {
            unlink(candidate)
            printError("error: cannot write \(out)")
            throw ExitCode.cannotCreateOutput
        }
        printError("wrote \(out): horizon \(next.horizon.start) … \(next.horizon.end)")
    }

    /// A relative `$schema` of the input, as seen from the output's folder; URLs and absolute
    /// paths as they are.
    private func schemaFromOut(_ schema: String) -> String {
        guard !schema.contains("://"), !schema.hasPrefix("/") else { return schema }
        let folder = (self.scenario as NSString).deletingLastPathComponent
        let resolved = folder.isEmpty ? schema : (folder as NSString).appendingPathComponent(schema)
        return WhatIfFlags.relativePath(of: resolved, from: out)
    }

    /// The record names another scenario (by content hash) than the one given: an error, or a
    /// warning when the user accepted it with a reason.
    static func mismatch(
        _ outcome: OutcomeFiles.Outcome, scenarioFile: String, hash: String, accepted: String?
    ) -> Diagnostic {
        let record = outcome.record
        var message =
            "the record was made from \(record.scenarioFile) (content hash \(record.scenarioHash.prefix(12))…), "
            + "not from \(scenarioFile) (content hash \(hash.prefix(12))…)"
        if let accepted {
            message += "; accepted with --accept-other-scenario: \(accepted)"
        } else {
            message +=
                "; advance the scenario the decision was taken on, or say why with --accept-other-scenario \"REASON\""
        }
        let source = outcome.sources["scenarioHash"]
        return Diagnostic(
            accepted == nil ? .error : .warning, code: .scenarioMismatch, message: message,
            path: source?.path ?? "scenarioHash", location: source?.location)
    }

    /// The problem at the place in the progress file or record that states it.
    static func diagnostic(_ problem: QuarterAdvance.Problem, outcome: OutcomeFiles.Outcome) -> Diagnostic {
        let code: DiagnosticCode, source: (path: String, location: SourceLocation)?
        switch problem {
        case .wrongQuarter: (code, source) = (.invalidValue, outcome.sources["quarter"])
        case .unknownTeam(let team): (code, source) = (.unknownReference, outcome.source(team: team))
        case .unknownMeasure(let measure): (code, source) = (.unknownReference, outcome.source(measure: measure))
        case .closedMeasure(let measure): (code, source) = (.invalidValue, outcome.source(measure: measure))
        case .unknownIndicator(let id): (code, source) = (.unknownReference, outcome.source(indicator: id))
        case .indicatorUnitMismatch(let id, _, _):
            (code, source) = (.indicatorUnitMismatch, outcome.source(indicator: id))
        }
        return Diagnostic(
            .error, code: code, message: problem.description, path: source?.path ?? "",
            location: source?.location)
    }
}
