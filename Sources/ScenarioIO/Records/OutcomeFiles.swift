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
/// `progress` gives team-quarters delivered per measure (default: one per team on it);
/// `indicators` gives realised indicator values, as a number (for the file's quarter) or as
/// `{"value": 41.5, "unit": "%", "quarter": "2026-Q4"}` (unit and an earlier quarter optional).
public enum OutcomeFiles {
    public struct Outcome: Sendable {
        public var quarter: Quarter
        public var worked: [String: String]
        public var progress: [String: Double]
        /// Realised indicator values by indicator id.
        public var indicators: [String: IndicatorReading] = [:]
        /// The record the outcome starts from.
        public var record: DecisionRecord
        /// Where each fact was written, for messages about it: `quarter`, `worked.T1` and
        /// `progress.M01` (in the progress file when it states them, else in the record).
        public var sources: [String: (path: String, location: SourceLocation)]

        /// Where the team's measure of the quarter was stated.
        public func source(team: String) -> (path: String, location: SourceLocation)? {
            sources[JSONPath.member("worked", team)]
        }

        /// Where the progress file gives the indicator's value.
        public func source(indicator: String) -> (path: String, location: SourceLocation)? {
            sources[JSONPath.member("indicators", indicator)]
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
        var readings: [String: IndicatorReading] = [:]
        var sources = recordSources(path)
        if let progress {
            let context = DecodingContext()
            let root = RecordFiles.parse(progress, into: &diagnostics)
            if let root {
                decodeProgress(
                    root, quarter: record.quarter, worked: &worked, delivered: &delivered, readings: &readings,
                    context: context)
            }
            diagnostics += context.diagnostics
            let stated = (root.map(JSONPath.locations(in:)) ?? [:]).filter { path, _ in
                path == "quarter" || path.hasPrefix("worked") || path.hasPrefix("progress")
                    || path.hasPrefix("indicators")
            }
            for (path, location) in stated {
                sources[path] = (path, location)
            }
        }
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        var outcome = Outcome(
            quarter: record.quarter, worked: worked, progress: delivered, record: record,
            sources: sources)
        outcome.indicators = readings
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
        readings: inout [String: IndicatorReading], context: DecodingContext
    ) {
        guard
            let reader = ObjectReader(
                root, path: "", keys: ["$schema", "format", "quarter", "worked", "progress", "indicators"],
                context: context)
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
        _ = reader.decode("indicators") { node, path, context in
            Values.map(node, path, context) { id, node, path, context -> Void? in
                guard let reading = indicatorReading(node, path, quarter: quarter, context: context) else { return nil }
                readings[id] = reading
                return ()
            }
        }
    }

    /// A realised value: a number for the file's quarter, or an object with `value` and
    /// optionally `unit` and `quarter` (not after the file's quarter: a value cannot be realised
    /// in the future).
    static func indicatorReading(
        _ node: JSONNode, _ path: String, quarter: Quarter, context: DecodingContext
    ) -> IndicatorReading? {
        if case .number = node.value {
            return Values.number(node, path, context, in: ScenarioDecoder.indicatorValues).map {
                IndicatorReading(value: $0, quarter: quarter)
            }
        }
        guard case .object = node.value else {
            context.typeMismatch(
                expected: "a number or an object with \"value\" (and \"unit\", \"quarter\")", node: node, path: path)
            return nil
        }
        guard let reader = ObjectReader(node, path: path, keys: ["value", "unit", "quarter"], context: context) else {
            return nil
        }
        let value = reader.number("value", required: true, in: ScenarioDecoder.indicatorValues)
        let unit = reader.string("unit")
        let stated = reader.quarter("quarter")
        if let stated, stated > quarter {
            context.error(
                .invalidQuarter, "expected a quarter up to the progress file's \(quarter), found \(stated)",
                path: JSONPath.member(path, "quarter"), at: reader.child("quarter", required: false)?.0.location)
            return nil
        }
        guard let value, !(reader.has("quarter") && stated == nil) else { return nil }
        return IndicatorReading(value: value, quarter: stated ?? quarter, unit: unit)
    }
}
