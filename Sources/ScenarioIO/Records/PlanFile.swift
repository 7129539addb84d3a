import SprintModel

/// Reads the assignments of a plan written by `plan --format json` (its `assignments` list of
/// `{team, quarter, measure}`), to start a new run from it. Other keys are not read.
public enum PlanFile {
    public static func load(_ path: String) -> (assignments: [Assignment]?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let context = DecodingContext()
        var entries: [Assignment]?
        if case .object = root.value, let list = root["assignments"] {
            entries = Values.array(list, "assignments", context) { node, path, context -> Assignment? in
                guard
                    let item = ObjectReader(node, path: path, keys: ["team", "quarter", "measure"], context: context),
                    let team = item.identifier("team", required: true),
                    let quarter = item.quarter("quarter", required: true),
                    let measure = item.identifier("measure", required: true)
                else { return nil }
                return Assignment(team: team, quarter: quarter, measure: measure)
            }
        } else {
            context.error(
                .missingField, "expected a plan from `sprintplan plan --format json` with an \"assignments\" list",
                path: "",
                at: root.location)
        }
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (entries, diagnostics)
    }
}
