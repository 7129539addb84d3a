import SprintModel

/// Reads what happened in a quarter from a decision record (`sprintplan-record/1`, the
/// recommended assignments) and an optional progress file (`sprintplan-progress/1`) that says
/// where the group deviated and how much effort was delivered:
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
    }

    public static func load(record: String, progress: String?) -> (outcome: Outcome?, diagnostics: [Diagnostic]) {
        let context = DecodingContext()
        var diagnostics: [Diagnostic] = []
        func parse(_ file: String) -> JSONNode? {
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
        guard let recordRoot = parse(record) else { return (nil, diagnostics) }
        var worked: [String: String] = [:]
        var quarter: Quarter?
        if let reader = ObjectReader(recordRoot, path: "", keys: recordKeys, context: context) {
            if let format = reader.string("format", required: true), format != "sprintplan-record/1" {
                context.error(.unsupportedFormat, "expected format \"sprintplan-record/1\", found \"\(format)\"", path: "format",
                              at: reader.child("format", required: false)?.0.location)
            }
            quarter = reader.quarter("quarter", required: true)
            _ = reader.array("recommendedAssignments", required: true) { node, path, context -> Void? in
                guard let item = ObjectReader(node, path: path, keys: ["team", "quarter", "measure"], context: context),
                      let team = item.identifier("team", required: true), let measure = item.identifier("measure", required: true) else { return nil }
                _ = item.quarter("quarter", required: true)
                worked[team] = measure
                return ()
            }
        }
        var delivered: [String: Double] = [:]
        if let progress, let root = parse(progress),
           let reader = ObjectReader(root, path: "", keys: ["$schema", "format", "quarter", "worked", "progress"], context: context) {
            if let format = reader.string("format", required: true), format != "sprintplan-progress/1" {
                context.error(.unsupportedFormat, "expected format \"sprintplan-progress/1\", found \"\(format)\"", path: "format",
                              at: reader.child("format", required: false)?.0.location)
            }
            if let stated = reader.quarter("quarter", required: true), let quarter, stated != quarter {
                context.error(.invalidValue, "the progress file is for \(stated), the record for \(quarter)", path: "quarter",
                              at: reader.child("quarter", required: false)?.0.location)
            }
            _ = reader.decode("worked") { node, path, context in
                Values.map(node, path, context) { team, node, path, context -> Void? in
                    if case .null = node.value { worked[team] = nil; return () }
                    guard let measure = Values.identifier(node, path, context) else { return nil }
                    worked[team] = measure
                    return ()
                }
            }
            _ = reader.decode("progress") { node, path, context in
                Values.map(node, path, context) { measure, node, path, context -> Void? in
                    guard let value = Values.number(node, path, context) else { return nil }
                    guard value >= 0 else {
                        context.error(.outOfRange, "expected team-quarters of at least 0, found \(Values.spell(value))", path: path, at: node.location)
                        return nil
                    }
                    delivered[measure] = value
                    return ()
                }
            }
        }
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard let quarter, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (Outcome(quarter: quarter, worked: worked, progress: delivered), diagnostics)
    }

    static let recordKeys = ["format", "quarter", "scenarioFile", "scenarioHash", "toolVersion", "recordedAt", "solver", "decidedBy",
                             "note", "decisions", "recommendedAssignments"]
}
