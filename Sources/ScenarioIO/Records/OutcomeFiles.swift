import SprintModel

/// Reads what happened in a quarter from a decision record (`sprintplan-record/1`, the
/// decided assignments: the recommended ones unless the group overrode them) and an optional
/// progress file (`sprintplan-progress/1`) that says where the group deviated and how much effort was delivered:
///
/// ```json
/// { "format": "sprintplan-progress/1", "quarter": "2027-Q1",
///   "worked": { "T1": "M02", "T3": null }, "progress": { "M01": 1.5 } }
/// ```
/// `worked` overrides the record per team (`null`: the team did not work on a measure);
/// `progress` gives team-quarters delivered per measure (default: one per team on it).
public enum OutcomeFiles {
    public struct Outcome: Sendable {
        public var quarter: Quarter
        public var worked: [String: String]
        public var progress: [String: Double]
        /// The record the outcome starts from.
        public var record: DecisionRecord
        /// Where each fact was written, for messages about it: `quarter`, `worked.T1` and
        /// `progress.M01` (in the progress file when it states them, else in the record).
        public var sources: [String: (path: String, location: SourceLocation)]

        /// Where the team's measure of the quarter was stated.
        public func source(team: String) -> (path: String, location: SourceLocation)? {
            sources[JSONPath.member("worked", team)]
        }

        /// Where a measure was named: its progress entry, else the first team that worked on it.
        public func source(measure: String) -> (path: String, location: SourceLocation)? {
            let teams = worked.filter { $0.value == measure }.keys.sorted()
            return sources[JSONPath.member("progress", measure)] ?? teams.lazy.compactMap { source(team: $0) }.first
        }
    }

    public static func load(record path: String, progress: String?) -> (outcome: Outcome?, diagnostics: [Diagnostic]) {
        let (record, recordDiagnostics) = DecisionRecordFile.load(path)
        var diagnostics = recordDiagnostics
        guard let record else { return (nil, diagnostics) }
        var worked = record.decided
        var delivered: [String: Double] = [:]
        var sources = recordSources(path)
        if let progress {
            let context = DecodingContext()
            let root = RecordFiles.parse(progress, into: &diagnostics)
            if let root {
                decodeProgress(root, quarter: record.quarter, worked: &worked, delivered: &delivered, context: context)
            }
            diagnostics += context.diagnostics
            let stated = (root.map(JSONPath.locations(in:)) ?? [:]).filter { path, _ in
                path == "quarter" || path.hasPrefix("worked") || path.hasPrefix("progress")
            }
            for (path, location) in stated {
                sources[path] = (path, location)
            }
        }
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let outcome = Outcome(
            quarter: record.quarter, worked: worked, progress: delivered, record: record,
            sources: sources)
        return (outcome, diagnostics)
    }

    /// Where the record states its quarter and each team's recommended measure (read again:
    /// records are small, and the record decoder keeps no positions).
    private static func recordSources(_ path: String) -> [String: (path: String, location: SourceLocation)] {
        var ignored: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &ignored) else { return [:] }
        var sources: [String: (path: String, location: SourceLocation)] = ["quarter": ("", root.location)]
        for key in ["quarter", "scenarioHash"] {
            if let node = root[key] { sources[key] = (key, node.location) }
        }
        // The teams worked as decided: on the overridden plan's assignments when the record has them.
        let key =
            root["decidedAssignments"].map { if case .array = $0.value { true } else { false } } ?? false
            ? "decidedAssignments" : "recommendedAssignments"
        if case .array(let items)? = root[key]?.value {
            for (index, item) in items.enumerated() {
                if case .string(let team)? = item["team"]?.value {
                    sources[JSONPath.member("worked", team)] = ("\(key)[\(index)]", item.location)
                }
            }
        }
        return sources
    }

    private static func decodeProgress(
        _ root: JSONNode, quarter: Quarter, worked: inout [String: String], delivered: inout [String: Double],
        context: DecodingContext
    ) {
        guard
            let reader = ObjectReader(
                root, path: "", keys: ["$schema", "format", "quarter", "worked", "progress"], context: context)
        else { return }
        RecordFiles.checkFormat(reader, "sprintplan-progress/1")
        if let stated = reader.quarter("quarter", required: true), stated != quarter {
            context.error(
                .invalidValue, "the progress file is for \(stated), the record for \(quarter)", path: "quarter",
                at: reader.child("quarter", required: false)?.0.location)
        }
        _ = reader.decode("worked") { node, path, context in
            Values.map(node, path, context) { team, node, path, context -> Void? in
                if case .null = node.value {
                    worked[team] = nil
                    return ()
                }
                guard let measure = Values.identifier(node, path, context) else { return nil }
                worked[team] = measure
                return ()
            }
        }
        _ = reader.decode("progress") { node, path, context in
            Values.map(node, path, context) { measure, node, path, context -> Void? in
                guard let value = Values.number(node, path, context, in: ScenarioLimits.effort) else { return nil }
                delivered[measure] = value
                return ()
            }
        }
    }
}
