import SprintModel

/// The decision record file (`sprintplan-record/1`, written by `decide --record-dir`), both
/// directions: `encode` gives the bytes the tool writes, `load`/`decode` read them back with the
/// same located diagnostics as scenario files. This is the only place that knows the format.
///
/// Records written before the accounting facts (`measures`, `budget`) were kept still read;
/// those fields are then empty. So do records without a team's `finishes`, `reasons` and
/// `alternative…` or the solver's `bestBound`: they read as false, none and nil. Records
/// without `overrides` and `decidedAssignments` (before `decide --override`) read as decided
/// as recommended. Records without `indicators` (scenarios without any, or before they were
/// kept) read as having none.
public enum DecisionRecordFile {
    /// The format name every record carries in its `format` member.
    public static let format = "sprintplan-record/1"

    public static func load(_ path: String) -> (record: DecisionRecord?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let context = DecodingContext()
        let record = decode(root, context: context)
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (record, diagnostics)
    }

    // MARK: - Writing

    /// The record as written to disk. Every member is present (absent values are `null`), in a
    /// fixed order, with numbers spelt as `OutputJSON` spells them: the bytes depend on the
    /// record alone.
    public static func encode(_ record: DecisionRecord) -> OutputJSON {
        var members: [(String, OutputJSON)] = [
            ("format", .string(format)),
            ("quarter", .string(record.quarter.description)),
            ("scenarioFile", .string(record.scenarioFile)),
            ("scenarioHash", .string(record.scenarioHash)),
            ("toolVersion", .string(record.toolVersion)),
            ("recordedAt", .string(record.recordedAt)),
            (
                "solver",
                .object([
                    ("status", .string(record.status.name)), ("objective", number(record.objective)),
                    ("bestBound", number(record.bestBound)), ("gap", number(record.gap)),
                ])
            ),
            ("decidedBy", .optional(record.decidedBy)),
            ("note", .optional(record.note)),
            ("decisions", .array(record.decisions.map(encode))),
            (
                "recommendedAssignments",
                .array(record.recommendedAssignments.map(encode))
            ),
            (
                "budget",
                .object([
                    ("quarterCap", money(record.quarterCap)), ("total", money(record.totalBudget)),
                    ("ownShareCap", money(record.ownShareCap)),
                ])
            ),
            ("measures", .array(record.measures.map(encode))),
            (
                "overrides",
                .array(
                    record.overrides.map { item in
                        .object([
                            ("team", .string(item.team)), ("recommended", .optional(item.recommended)),
                            ("decided", .string(item.decided)), ("reason", .string(item.reason)),
                        ])
                    })
            ),
            ("decidedAssignments", record.decidedAssignments.map { .array($0.map(encode)) } ?? .null),
        ]
        // Only scenarios with indicators add the member: every other record keeps its bytes.
        if !record.indicators.isEmpty { members.append(("indicators", .array(record.indicators.map(encode)))) }
        return .object(members)
    }

    private static func encode(_ assignment: Assignment) -> OutputJSON {
        .object([
            ("team", .string(assignment.team)), ("quarter", .string(assignment.quarter.description)),
            ("measure", .string(assignment.measure)),
        ])
    }

    private static func encode(_ item: DecisionRecord.TeamDecision) -> OutputJSON {
        .object([
            ("team", .string(item.team)), ("zielbild", .string(item.zielbild)),
            ("decision", .string(item.decision.rawValue)), ("previous", .optional(item.previous)),
            ("measure", .optional(item.measure)), ("finishes", .bool(item.finishes)),
            ("reasons", .array(item.reasons.map(OutputJSON.string))),
            ("alternative", .optional(item.alternative)), ("alternativeCost", number(item.alternativeCost)),
        ])
    }

    private static func encode(_ facts: DecisionRecord.MeasureFacts) -> OutputJSON {
        .object([
            ("id", .string(facts.id)), ("name", .string(facts.name)), ("zielbild", .string(facts.zielbild)),
            ("remainingEffort", .number(facts.remainingEffort)), ("costPerTeamQuarter", money(facts.cost.perTeam)),
            ("ownSharePerTeamQuarter", money(facts.cost.perTeamOwnShare)), ("startCost", money(facts.cost.start)),
            ("startOwnShare", money(facts.cost.startOwnShare)),
        ])
    }

    private static func number(_ value: Double?) -> OutputJSON { value.map { .number($0) } ?? .null }
    private static func money(_ value: Money?) -> OutputJSON { value.map { .number($0.euros, digits: 2) } ?? .null }

    // MARK: - Reading

    static let keys = [
        "format", "quarter", "scenarioFile", "scenarioHash", "toolVersion", "recordedAt", "solver",
        "decidedBy", "note", "decisions", "recommendedAssignments", "budget", "measures", "overrides",
        "decidedAssignments", "indicators",
    ]

    static func decode(_ root: JSONNode, context: DecodingContext) -> DecisionRecord? {
        guard let reader = ObjectReader(root, path: "", keys: keys, context: context) else { return nil }
        RecordFiles.checkFormat(reader, format)
        let quarter = reader.quarter("quarter", required: true)
        let texts = ["scenarioFile", "scenarioHash", "toolVersion", "recordedAt"].map {
            reader.string($0, required: true)
        }
        let solver = reader.decode("solver", required: true, decodeSolver)
        let decisions = reader.array("decisions", required: true, decodeTeamDecision)
        let recommended = reader.array("recommendedAssignments", required: true, decodeAssignment)
        var quarterCap: Money?, total: Money?, ownShareCap: Money?
        _ = reader.decode("budget") { node, path, context -> Void? in
            let keys = ["quarterCap", "total", "ownShareCap"]
            guard let budget = ObjectReader(node, path: path, keys: keys, context: context) else { return nil }
            quarterCap = optionalMoney(budget, "quarterCap")
            total = optionalMoney(budget, "total")
            ownShareCap = optionalMoney(budget, "ownShareCap")
            return ()
        }
        let measures = reader.array("measures", decodeMeasure) ?? []
        let overrides = reader.array("overrides", decodeOverride) ?? []
        let decided = isNull(reader, "decidedAssignments") ? nil : reader.array("decidedAssignments", decodeAssignment)
        guard let quarter, let decisions, let solver, let status = solver.status, let file = texts[0],
            let hash = texts[1], let version = texts[2], let recordedAt = texts[3]
        else { return nil }
        var record = DecisionRecord(
            quarter: quarter, scenarioFile: file, scenarioHash: hash, toolVersion: version,
            recordedAt: recordedAt, status: status, objective: solver.objective,
            bestBound: solver.bestBound, gap: solver.gap,
            decidedBy: optionalString(reader, "decidedBy"), note: optionalString(reader, "note"),
            decisions: decisions, recommendedAssignments: recommended ?? [], measures: measures,
            quarterCap: quarterCap, totalBudget: total, ownShareCap: ownShareCap)
        record.overrides = overrides
        record.decidedAssignments = decided
        record.indicators = reader.array("indicators", decodeIndicator) ?? []
        return record
    }

    private static func decodeOverride(
        _ node: JSONNode, _ path: String, _ context: DecodingContext
    ) -> DecisionRecord.Override? {
        let keys = ["team", "recommended", "decided", "reason"]
        guard let item = ObjectReader(node, path: path, keys: keys, context: context),
            let team = item.identifier("team", required: true),
            let decided = item.identifier("decided", required: true),
            let reason = item.string("reason", required: true)
        else { return nil }
        return DecisionRecord.Override(
            team: team, recommended: optionalIdentifier(item, "recommended"), decided: decided, reason: reason)
    }

    private struct Solver {
        var status: PlanProof?
        var objective: Double?
        var bestBound: Double?
        var gap: Double?
    }

    private static func decodeSolver(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Solver? {
        let keys = ["status", "objective", "bestBound", "gap"]
        guard let solver = ObjectReader(node, path: path, keys: keys, context: context) else { return nil }
        let status = solver.decode("status", required: true) { node, path, context -> PlanProof? in
            guard let text = Values.string(node, path, context) else { return nil }
            guard let proof = PlanProof(name: text) else {
                let expected = "\"optimal\", \"gap-reached\", \"time-limit\" or \"interrupted\""
                context.error(.invalidValue, "expected \(expected), found \"\(text)\"", path: path, at: node.location)
                return nil
            }
            return proof
        }
        return Solver(
            status: status, objective: optionalNumber(solver, "objective"),
            bestBound: optionalNumber(solver, "bestBound"), gap: optionalNumber(solver, "gap"))
    }

    private static func decodeTeamDecision(
        _ node: JSONNode, _ path: String,
        _ context: DecodingContext
    ) -> DecisionRecord.TeamDecision? {
        let keys = [
            "team", "zielbild", "decision", "previous", "measure", "finishes", "reasons", "alternative",
            "alternativeCost",
        ]
        guard let item = ObjectReader(node, path: path, keys: keys, context: context),
            let team = item.identifier("team", required: true),
            let zielbild = item.identifier("zielbild", required: true),
            let kind = item.enumeration("decision", required: true, as: TeamDecisionKind.self)
        else { return nil }
        let reasons = isNull(item, "reasons") ? nil : item.decode("reasons") { Values.array($0, $1, $2, Values.string) }
        return DecisionRecord.TeamDecision(
            team: team, zielbild: zielbild, decision: kind,
            previous: optionalIdentifier(item, "previous"),
            measure: optionalIdentifier(item, "measure"),
            finishes: isNull(item, "finishes") ? false : item.bool("finishes") ?? false,
            reasons: reasons ?? [], alternative: optionalIdentifier(item, "alternative"),
            alternativeCost: optionalNumber(item, "alternativeCost"))
    }

    private static func decodeAssignment(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Assignment? {
        guard let item = ObjectReader(node, path: path, keys: ["team", "quarter", "measure"], context: context) else {
            return nil
        }
        let team = item.identifier("team", required: true), measure = item.identifier("measure", required: true)
        let quarter = item.quarter("quarter", required: true)
        guard let team, let measure, let quarter else { return nil }
        return Assignment(team: team, quarter: quarter, measure: measure)
    }

    private static func decodeMeasure(
        _ node: JSONNode, _ path: String,
        _ context: DecodingContext
    ) -> DecisionRecord.MeasureFacts? {
        let keys = [
            "id", "name", "zielbild", "remainingEffort", "costPerTeamQuarter", "ownSharePerTeamQuarter",
            "startCost", "startOwnShare",
        ]
        guard let item = ObjectReader(node, path: path, keys: keys, context: context),
            let id = item.identifier("id", required: true), let name = item.string("name", required: true),
            let zielbild = item.identifier("zielbild", required: true),
            let remaining = item.number("remainingEffort", required: true),
            let perTeam = item.money("costPerTeamQuarter", required: true),
            let perTeamOwn = item.money("ownSharePerTeamQuarter", required: true),
            let start = item.money("startCost", required: true),
            let startOwn = item.money("startOwnShare", required: true)
        else { return nil }
        let cost = QuarterCost(perTeam: perTeam, perTeamOwnShare: perTeamOwn, start: start, startOwnShare: startOwn)
        return DecisionRecord.MeasureFacts(
            id: id, name: name, zielbild: zielbild, remainingEffort: remaining,
            cost: cost)
    }

    private static func isNull(_ reader: ObjectReader, _ key: String) -> Bool {
        guard let node = reader.node[key] else { return true }
        if case .null = node.value { return true }
        return false
    }

    private static func optionalString(_ reader: ObjectReader, _ key: String) -> String? {
        isNull(reader, key) ? nil : reader.string(key)
    }

    private static func optionalIdentifier(_ reader: ObjectReader, _ key: String) -> String? {
        isNull(reader, key) ? nil : reader.identifier(key)
    }

    private static func optionalNumber(_ reader: ObjectReader, _ key: String) -> Double? {
        isNull(reader, key) ? nil : reader.number(key)
    }

    private static func optionalMoney(_ reader: ObjectReader, _ key: String) -> Money? {
        isNull(reader, key) ? nil : reader.money(key)
    }
}
