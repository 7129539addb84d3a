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
            says what the teams actually did. Without a progress file the decision is assumed done. \
            Overrides (decide --override) show the recommended and the decided measure with the reason; \
            records replaced with decide --force (backups decision-….json.1, .2, …) are listed with what \
            they decided differently, and reasons kept by advance --accept-other-scenario with their quarter. \
            Spending is recounted from the cost facts kept in each record. Every problem in every record \
            and progress file is reported; then the command exits 65.
            """
    )

    @Argument(help: "Record folder.")
    var folder: String

    @OptionGroup var output: FormatOption<TableMarkdownJSON>

    /// A record folder names no scenario language, so the default stays English.
    @Option(help: "Language of the output for people: de or en (default: en).")
    var lang: ReportLanguage = .en

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
                    QuarterOutcome(
                        quarter: quarter, worked: outcome.worked, progress: outcome.progress,
                        indicators: outcome.indicators), hasProgress
                ))
        }
        if failed { throw ExitCode.invalidData }
        let history = DecisionHistory(entries, backups: backups(names), acceptances: acceptances(names))
        switch output.format {
        case .json: print(HistoryFormats.json(history).rendered(), terminator: "")
        case .markdown: print(HistoryFormats.markdown(history, folder: folder, language: lang), terminator: "")
        default: print(HistoryFormats.text(history, folder: folder, language: lang), terminator: "")
        }
    }

    /// The replaced records by quarter, oldest (lowest number) first. A backup that does not
    /// read is reported and left out: it was valid when it was written, and the current
    /// record is what the history stands on.
    private func backups(_ names: [String]) -> [Quarter: [(file: String, record: DecisionRecord)]] {
        var found: [Quarter: [(number: Int, file: String, record: DecisionRecord)]] = [:]
        for name in names {
            guard let (quarter, number) = Self.backupOf(name) else { continue }
            let (record, diagnostics) = DecisionRecordFile.load((folder as NSString).appendingPathComponent(name))
            for diagnostic in diagnostics { printError(diagnostic.description) }
            guard let record else {
                printError("warning: \(name) is left out of the history: it does not read as a decision record")
                continue
            }
            found[quarter, default: []].append((number, name, record))
        }
        return found.mapValues { $0.sorted { $0.number < $1.number }.map { ($0.file, $0.record) } }
    }

    private func acceptances(_ names: [String]) -> [Quarter: [ScenarioAcceptance]] {
        var found: [Quarter: [(name: String, acceptance: ScenarioAcceptance)]] = [:]
        for name in names {
            guard let quarter = AcceptanceFile.quarter(ofFileName: name) else { continue }
            let (acceptance, diagnostics) = AcceptanceFile.load((folder as NSString).appendingPathComponent(name))
            for diagnostic in diagnostics { printError(diagnostic.description) }
            guard let acceptance else {
                printError("warning: \(name) is left out of the history: it does not read as an acceptance")
                continue
            }
            found[quarter, default: []].append((name, acceptance))
        }
        return found.mapValues { $0.sorted { ($0.name.count, $0.name) < ($1.name.count, $1.name) }.map(\.acceptance) }
    }

    /// The quarter and number of a backup name `decision-2027-Q1.json.2`; nil for anything else.
    static func backupOf(_ name: String) -> (Quarter, Int)? {
        guard let dot = name.lastIndex(of: "."), let number = Int(name[name.index(after: dot)...]), number > 0,
            let quarter = recordQuarter(String(name[..<dot]))
        else { return nil }
        return (quarter, number)
    }

    /// The quarter of a record file name `decision-2027-Q1.json`; nil for anything else.
    static func recordQuarter(_ name: String) -> Quarter? {
        guard name.hasPrefix("decision-"), name.hasSuffix(".json") else { return nil }
        return Quarter(canonical: String(name.dropFirst("decision-".count).dropLast(".json".count)))
    }
}
