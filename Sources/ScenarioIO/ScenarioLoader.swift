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
        let result = finish(root: composed.root, diagnostics: composed.diagnostics, files: composed.chain)
        if composed.root == nil && result.errors.isEmpty { preconditionFailure("composition failed without an error") }
        return result
    }

    /// The `$schema` the file names at its top (an editor's completion), if it names one; not
    /// part of the scenario, so that a file written from it (`advance`) can keep it.
    public static func schemaReference(file: String) -> String? {
        guard case .success(let bytes) = ScenarioFiles.read(file),
            case .string(let schema)? = JSONParser.parse(bytes, file: file).root?["$schema"]?.value
        else { return nil }
        return schema
    }

    /// Validates a scenario built in memory (a sweep point, an advanced quarter) exactly as a
    /// file is validated: written in the canonical form and read back under the name `label`,
    /// so its diagnostics carry JSON paths and lines of that form.
    public static func check(_ scenario: Scenario, label: String) -> ScenarioLoadResult {
        check(text: ScenarioWriter.text(scenario), label: label)
    }

    /// Validates scenario JSON text (no `extends`) under the name `label`.
    public static func check(text: String, label: String) -> ScenarioLoadResult {
        check(bytes: Array(text.utf8), label: label)
    }

    /// Validates the bytes of a scenario file (no `extends`) under the name `label`.
    public static func check(bytes: [UInt8], label: String) -> ScenarioLoadResult {
        let parsed = JSONParser.parse(bytes, file: label)
        return finish(root: parsed.root, diagnostics: parsed.diagnostics, files: [label])
    }

    /// Decodes and validates a parsed tree; all problems unique and sorted; no scenario when
    /// any is an error.
    private static func finish(
        root: JSONNode?, diagnostics earlier: [Diagnostic], files: [String]
    ) -> ScenarioLoadResult {
        var diagnostics = earlier
        var scenario: Scenario?
        if let root {
            let checked = decodeAndValidate(root)
            diagnostics += checked.diagnostics
            scenario = checked.scenario
        }
        diagnostics = unique(diagnostics).sorted(by: Diagnostic.ordered)
        if diagnostics.contains(where: { $0.severity == .error }) { scenario = nil }
        return ScenarioLoadResult(scenario: scenario, diagnostics: diagnostics, files: files)
    }

    private static func decodeAndValidate(_ root: JSONNode) -> (scenario: Scenario?, diagnostics: [Diagnostic]) {
        let context = DecodingContext()
        guard let decoded = ScenarioDecoder(context: context).decode(root) else { return (nil, context.diagnostics) }
        let found = ScenarioValidator.validate(decoded, declared: DeclaredIDs(root), fileIndices: context.entityIndices)
        { path in
            var path = path
            while true {
                if let location = JSONPath.location(of: path, in: root) { return location }
                guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return root.location }
                path = String(path[..<cut])
            }
        }
        return (decoded, context.diagnostics + found)
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
