import ArgumentParser
import Foundation
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// `sprintplan history`: the recorded quarters of a record folder.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the recorded quarters: what each team did, deviations, measures finished, money spent.",
        discussion: """
            Reads DIR/decision-QUARTER.json (written by `decide --record-dir DIR`) and, when present, \
            DIR/progress-QUARTER.json (format sprintplan-progress/1, the file given to `advance`), which \
            says what the teams actually did. Without a progress file the recommendation is assumed done. \
            Spending is recounted from the cost facts kept in each record; backups (decision-….json.1) \
            are ignored. Every problem in every file is reported; then the command exits 65.
            """
    )

    @Argument(help: "Record folder.")
    var folder: String

    @OptionGroup var output: FormatOption<TableMarkdownJSON>

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            printError("error: \(folder): no such folder")
            throw ExitCode.missingInput
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            printError("error: cannot read \(folder): \(error.localizedDescription)")
            throw ExitCode.missingInput
        }
        let quarters = names.compactMap(Self.recordQuarter).sorted()
        var entries: [(record: DecisionRecord, outcome: QuarterOutcome, progressReported: Bool)] = []
        var failed = false
        for quarter in quarters {
            let recordPath = (folder as NSString).appendingPathComponent("decision-\(quarter).json")
            let progressPath = (folder as NSString).appendingPathComponent("progress-\(quarter).json")
            let hasProgress = names.contains("progress-\(quarter).json")
            let (outcome, diagnostics) = OutcomeFiles.load(
                record: recordPath, progress: hasProgress ? progressPath : nil)
            for diagnostic in diagnostics { printError(diagnostic.description) }
            guard let outcome else {
                failed = true
                continue
            }
            if outcome.quarter != quarter {
                let stated = outcome.sources["quarter"]
                let message = "the record is for \(outcome.quarter), its file name says \(quarter)"
                printError(
                    Diagnostic(
                        .error, code: .invalidValue, message: message, path: stated?.path ?? "quarter",
                        location: stated?.location
                    ).description)
                failed = true
                continue
            }
            entries.append(
                (
                    outcome.record,
                    QuarterOutcome(quarter: quarter, worked: outcome.worked, progress: outcome.progress), hasProgress
                ))
        }
        if failed { throw ExitCode.invalidData }
        let history = DecisionHistory(entries)
        switch output.format {
        case .json: print(HistoryFormats.json(history).rendered(), terminator: "")
        case .markdown: print(HistoryFormats.markdown(history, folder: folder), terminator: "")
        default: print(HistoryFormats.text(history, folder: folder), terminator: "")
        }
    }

    /// The quarter of a record file name `decision-2027-Q1.json`; nil for anything else.
    static func recordQuarter(_ name: String) -> Quarter? {
        guard name.hasPrefix("decision-"), name.hasSuffix(".json") else { return nil }
        return Quarter(canonical: String(name.dropFirst("decision-".count).dropLast(".json".count)))
    }
}
