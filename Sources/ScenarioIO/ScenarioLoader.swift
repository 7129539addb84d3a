import SprintModel

/// The result of loading a scenario file: the scenario when it is valid, and every problem
/// found, errors and warnings, sorted by file position.
public struct ScenarioLoadResult: Sendable {
    /// The scenario; nil when any error was found.
    public var scenario: Scenario?
    /// All problems, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The files read: the named file first, then its `extends` chain.
    public var files: [String]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Whether the named file itself could not be found (sysexits 66, not 65).
    public var isMissingInput: Bool {
        diagnostics.contains { $0.code == .fileNotFound && $0.location == nil }
    }
}

/// Loads scenario files: reads, parses with positions, resolves `extends`, decodes and
/// validates, collecting every problem at once. Nothing is returned unless all checks pass.
public enum ScenarioLoader {
    public static func load(file: String) -> ScenarioLoadResult {
        let composed = ScenarioComposer().compose(file: file)
        var diagnostics = composed.diagnostics
        var scenario: Scenario?
        if let root = composed.root {
            let context = DecodingContext()
            let decoded = ScenarioDecoder(context: context).decode(root)
            diagnostics += context.diagnostics
            if let decoded {
                let locations = context.locations
                diagnostics += ScenarioValidator.validate(decoded, declared: DeclaredIDs(root), fileIndices: context.entityIndices) { path in
                    var path = path
                    while true {
                        if let location = locations[path] { return location }
                        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return locations[""] }
                        path = String(path[..<cut])
                    }
                }
                scenario = decoded
            }
        }
        diagnostics = unique(diagnostics).sorted(by: Diagnostic.ordered)
        if diagnostics.contains(where: { $0.severity == .error }) { scenario = nil }
        if composed.root == nil && !diagnostics.contains(where: { $0.severity == .error }) {
            preconditionFailure("composition failed without an error")
        }
        return ScenarioLoadResult(scenario: scenario, diagnostics: diagnostics, files: composed.chain)
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
