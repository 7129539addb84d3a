import SprintModel

/// Reads a decision record (`sprintplan-record/1`, written by `decide --record-dir`) with the
/// same located diagnostics as scenario files. Records written before the accounting facts
/// (`measures`, `budget`) were kept still read; those fields are then empty.
public enum DecisionRecordFile {
    public static func load(_ path: String) -> (record: DecisionRecord?, diagnostics: [Diagnostic]) {
        let context = DecodingContext()
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let record = decode(root, context: context)
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (record, diagnostics)
    }

    static let keys = ["format", "quarter", "scenarioFile", "scenarioHash", "toolVersion", "recordedAt", "solver", "decidedBy",
                       "note", "decisions", "recommendedAssignments", "budget", "measures"]

    static func decode(_ root: JSONNode, context: DecodingContext) -> DecisionRecord? {
        guard let reader = ObjectReader(root, path: "", keys: keys, context: context) else { return nil }
        RecordFiles.checkFormat(reader, "sprintplan-record/1")
        let quarter = reader.quarter("quarter", required: true)
        let texts = ["scenarioFile", "scenarioHash", "toolVersion", "recordedAt"].map { reader.string($0, required: true) }
        var status: PlanProof?, objective: Double?, gap: Double?
        _ = reader.decode("solver", required: true) { node, path, context -> Void? in
            guard let solver = ObjectReader(node, path: path, keys: ["status", "objective", "bestBound", "gap"], context: context) else { return nil }
            status = solver.decode("status", required: true) { node, path, context -> PlanProof? in
                guard let text = Values.string(node, path, context) else { return nil }
                guard let proof = PlanProof(name: text) else {
                    context.error(.invalidValue, "expected \"optimal\", \"gap-reached\", \"time-limit\" or \"interrupted\", found \"\(text)\"",
                                  path: path, at: node.location)
                    return nil
                }
                return proof
            }
            objective = optionalNumber(solver, "objective")
            gap = optionalNumber(solver, "gap")
            _ = optionalNumber(solver, "bestBound")
            return ()
        }
        let decisions = reader.array("decisions", required: true) { node, path, context -> DecisionRecord.TeamDecision? in
            guard let item = ObjectReader(node, path: path, keys: ["team", "zielbild", "decision", "previous", "measure", "finishes", "reasons",
                                                                   "alternative", "alternativeCost"], context: context),
                  let team = item.identifier("team", required: true), let zielbild = item.identifier("zielbild", required: true),
                  let kind = item.enumeration("decision", required: true, as: TeamDecisionKind.self) else { return nil }
            return DecisionRecord.TeamDecision(team: team, zielbild: zielbild, decision: kind,
                                               previous: optionalIdentifier(item, "previous"), measure: optionalIdentifier(item, "measure"))
        }
        var recommended: [String: String] = [:]
        _ = reader.array("recommendedAssignments", required: true) { node, path, context -> Void? in
            guard let item = ObjectReader(node, path: path, keys: ["team", "quarter", "measure"], context: context),
                  let team = item.identifier("team", required: true), let measure = item.identifier("measure", required: true) else { return nil }
            _ = item.quarter("quarter", required: true)
            recommended[team] = measure
            return ()
        }
        var quarterCap: Money?, total: Money?, ownShareCap: Money?
        _ = reader.decode("budget") { node, path, context -> Void? in
            guard let budget = ObjectReader(node, path: path, keys: ["quarterCap", "total", "ownShareCap"], context: context) else { return nil }
            quarterCap = optionalMoney(budget, "quarterCap")
            total = optionalMoney(budget, "total")
            ownShareCap = optionalMoney(budget, "ownShareCap")
            return ()
        }
        var measures: [String: DecisionRecord.MeasureFacts] = [:]
        _ = reader.array("measures") { node, path, context -> Void? in
            guard let item = ObjectReader(node, path: path, keys: ["id", "name", "zielbild", "remainingEffort", "costPerTeamQuarter",
                                                                   "ownSharePerTeamQuarter", "startCost", "startOwnShare"], context: context),
                  let id = item.identifier("id", required: true), let name = item.string("name", required: true),
                  let zielbild = item.identifier("zielbild", required: true), let remaining = item.number("remainingEffort", required: true),
                  let perTeam = item.money("costPerTeamQuarter", required: true), let perTeamOwn = item.money("ownSharePerTeamQuarter", required: true),
                  let start = item.money("startCost", required: true), let startOwn = item.money("startOwnShare", required: true) else { return nil }
            measures[id] = .init(name: name, zielbild: zielbild, remainingEffort: remaining,
                                 cost: QuarterCost(perTeam: perTeam, perTeamOwnShare: perTeamOwn, start: start, startOwnShare: startOwn))
            return ()
        }
        guard let quarter, let decisions, let status, let file = texts[0], let hash = texts[1], let version = texts[2],
              let recordedAt = texts[3] else { return nil }
        return DecisionRecord(quarter: quarter, scenarioFile: file, scenarioHash: hash, toolVersion: version, recordedAt: recordedAt,
                              status: status, objective: objective, gap: gap,
                              decidedBy: optionalString(reader, "decidedBy"), note: optionalString(reader, "note"),
                              decisions: decisions, recommended: recommended, measures: measures,
                              quarterCap: quarterCap, totalBudget: total, ownShareCap: ownShareCap)
    }

    private static func isNull(_ reader: ObjectReader, _ key: String) -> Bool {
        guard let node = reader.node[key] else { return true }
        if case .null = node.value { return true }
        return false
    }

    private static func optionalString(_ reader: ObjectReader, _ key: String) -> String? { isNull(reader, key) ? nil : reader.string(key) }
    private static func optionalIdentifier(_ reader: ObjectReader, _ key: String) -> String? { isNull(reader, key) ? nil : reader.identifier(key) }
    private static func optionalNumber(_ reader: ObjectReader, _ key: String) -> Double? { isNull(reader, key) ? nil : reader.number(key) }
    private static func optionalMoney(_ reader: ObjectReader, _ key: String) -> Money? { isNull(reader, key) ? nil : reader.money(key) }
}

/// Shared steps of reading the record and progress files.
enum RecordFiles {
    /// The parsed root, or nil with the read or syntax problems added to `diagnostics`.
    static func parse(_ file: String, into diagnostics: inout [Diagnostic]) -> JSONNode? {
        switch ScenarioFiles.read(file) {
        case .failure(let error):
            let (code, message) = ScenarioFiles.describe(error, path: file)
            diagnostics.append(Diagnostic(.error, code: code, message: message, path: "", location: nil))
            return nil
        case .success(let bytes):
            let parsed = JSONParser.parse(bytes, file: file)
            diagnostics += parsed.diagnostics
            return parsed.root
        }
    }

    static func checkFormat(_ reader: ObjectReader, _ expected: String) {
        if let format = reader.string("format", required: true), format != expected {
            reader.context.error(.unsupportedFormat, "expected format \"\(expected)\", found \"\(format)\"", path: "format",
                                 at: reader.child("format", required: false)?.0.location)
        }
    }
}
