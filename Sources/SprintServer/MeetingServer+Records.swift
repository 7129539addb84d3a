import Foundation
import Hummingbird
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// What the meeting keeps: a what-if saved as an `extends` file beside its scenario, the
/// decision recorded through `RecordStore` (as `decide --record-dir` does), the history of
/// recorded quarters, and the decision paper as a printable page.
extension MeetingServer {
    func addRecordRoutes(_ router: Router<BasicRequestContext>) {
        router.post("/api/scenarios/:name/whatifs") { request, context -> Response in
            let body = try await RequestBody.read(request, limit: self.configuration.maximumBody)
            let name = try self.scenarioName(context)
            guard let file = try body.string("file") else {
                throw APIError(.badRequest, code: "missing-field", "give the new file's name", path: "file")
            }
            return try self.saveWhatIf(name, whatIf: try body.whatIf(), file: file)
        }
        router.post("/api/scenarios/:name/decisions") { request, context -> Response in
            let body = try await RequestBody.read(request, limit: self.configuration.maximumBody)
            return try await self.record(
                try self.scenarioName(context), quarter: try body.string("quarter"),
                decidedBy: try body.string("decidedBy"), note: try body.string("note"))
        }
        router.get("/api/history") { _, _ -> Response in .json(HistoryFormats.json(try self.history())) }
        router.get("/api/scenarios/:name/paper") { request, context -> Response in
            let name = try self.scenarioName(context)
            let job = try await self.submitPlan(
                name, whatIf: WhatIf(), decision: try self.quarter(request, scenario: name))
            guard case .decision(let run, let decision)? = try await self.finished(job) else { throw self.noPlan() }
            let paper = DecisionPaper(
                decision: decision, scenario: run.scenario, scenarioFile: name,
                scenarioHash: ContentHash.of(run.scenario), language: try self.language(request))
            return .text(PaperHTML.page(paper), type: "text/html; charset=utf-8")
        }
    }

    /// Writes the what-if as an extends file of scenario `name` in the scenario folder; an
    /// existing file is never replaced (409), as with `--save`.
    func saveWhatIf(_ name: String, whatIf: WhatIf, file: String) throws(APIError) -> Response {
        let (base, _) = try folder.load(name)
        guard !whatIf.isEmpty else {
            throw APIError(.badRequest, code: "usage", "nothing to save: the what-if has no changes", path: "changes")
        }
        let applied = try Self.apply(whatIf, to: base)
        let target = try folder.newFile(file)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw APIError(.conflict, code: "exists", "\(file) exists; a what-if never replaces a file", path: "file")
        }
        let json: OutputJSON
        do throws(WhatIfFile.Problem) {
            json = try WhatIfFile.json(whatIf, applied: applied, basePath: name)
        } catch {
            throw APIError(.unprocessableContent, code: "what-if-setting", error.description, path: "changes")
        }
        do {
            try AtomicFile.write(Data(json.rendered().utf8), to: target)
        } catch {
            throw APIError(.internalServerError, code: "cannot-write", "cannot write \(file): \(error)")
        }
        return .json(.object([("file", .string(file)), ("extends", .string(name))]), status: .created)
    }

    /// Records the decision for `quarter` of scenario `name` (its plan without a what-if, as
    /// `decide` refuses one), with alternatives and English reasons as `decide` keeps them.
    func record(
        _ name: String, quarter text: String?, decidedBy: String?, note: String?
    ) async throws(APIError)
        -> Response
    {
        guard let recordFolder = configuration.recordFolder else {
            throw APIError(
                .conflict, code: "no-record-folder", "this server records nothing: start it with --record-dir DIR")
        }
        let scenario = try folder.load(name).scenario
        var quarter = scenario.plannedQuarters.first
        if let text {
            guard let given = Quarter(text) else {
                throw APIError(
                    .badRequest, code: "invalid-quarter", "expected a quarter like 2027-Q1, found \"\(text)\"",
                    path: "quarter")
            }
            quarter = given
        }
        guard let quarter else { throw noPlan() }
        let job = try await submitPlan(name, whatIf: WhatIf(), decision: quarter)
        guard case .decision(let run, let decision)? = try await finished(job) else { throw noPlan() }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let record = DecisionRecord(
            decision, scenario: run.scenario, reasons: { $0.reasons.map { ExplanationText.text($0) } },
            scenarioFile: name, scenarioHash: ContentHash.of(run.scenario), toolVersion: configuration.toolVersion,
            recordedAt: formatter.string(from: Date()), decidedBy: decidedBy, note: note)
        do throws(RecordStore.Failure) {
            let placement = try RecordStore.write(record, into: recordFolder, replacing: false)
            return .json(
                .object([
                    ("quarter", .string(quarter.description)),
                    ("file", .string((placement.path as NSString).lastPathComponent)),
                ]), status: .created)
        } catch .exists {
            throw APIError(
                .conflict, code: "recorded-already",
                "\(quarter) has been recorded already\(recordedBy(quarter, in: recordFolder)); "
                    + "nothing was overwritten — reload the history to see it")
        } catch {
            throw APIError(.internalServerError, code: "cannot-write", "the record was not written: \(error)")
        }
    }

    /// ` by NAME at TIME` for an existing record, as far as it says.
    private func recordedBy(_ quarter: Quarter, in folder: String) -> String {
        let path = (folder as NSString).appendingPathComponent(RecordStore.fileName(for: quarter))
        guard let record = OutcomeFiles.load(record: path, progress: nil).outcome?.record else { return "" }
        return (record.decidedBy.map { " by \($0)" } ?? "") + " at \(record.recordedAt)"
    }

    /// The recorded quarters of the record folder, as `history` reads them.
    func history() throws(APIError) -> DecisionHistory {
        guard let recordFolder = configuration.recordFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: recordFolder)
        else { return DecisionHistory([]) }
        var entries: [(record: DecisionRecord, outcome: QuarterOutcome, progressReported: Bool)] = []
        for name in names.sorted() {
            guard name.hasPrefix("decision-"), name.hasSuffix(".json"),
                let quarter = Quarter(String(name.dropFirst("decision-".count).dropLast(".json".count)))
            else { continue }
            let progressName = "progress-\(quarter).json"
            let hasProgress = names.contains(progressName)
            let (outcome, diagnostics) = OutcomeFiles.load(
                record: (recordFolder as NSString).appendingPathComponent(name),
                progress: hasProgress ? (recordFolder as NSString).appendingPathComponent(progressName) : nil)
            guard let outcome else { throw APIError(.unprocessableContent, diagnostics: diagnostics) }
            entries.append(
                (
                    outcome.record,
                    QuarterOutcome(quarter: quarter, worked: outcome.worked, progress: outcome.progress),
                    hasProgress
                ))
        }
        return DecisionHistory(entries)
    }
}
