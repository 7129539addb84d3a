import SprintModel

/// Collects everything decoding learns besides the values: the problems found, and where
/// each JSON path stands in its file (so later, semantic checks can point at lines).
final class DecodingContext {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: [String: SourceLocation] = [:]
    /// Per entity list, the file index of each element that decoded (see `Values.array`).
    var entityIndices: [String: [Int]] = [:]

    func record(_ path: String, _ location: SourceLocation) {
        locations[path] = location
    }

    func error(_ code: DiagnosticCode, _ message: String, path: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, path: path, location: location))
    }

    func warning(_ code: DiagnosticCode, _ message: String, path: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, path: path, location: location))
    }

    func typeMismatch(expected: String, node: JSONNode, path: String) {
        error(.typeMismatch, "expected \(expected), found \(node.kindDescription)", path: path, at: node.location)
    }
}

/// JSON path spelling: `measures[3].effort`, `budget.quarters["2026-Q1"]`.
enum JSONPath {
    static func member(_ base: String, _ key: String) -> String {
        let simple =
            key.first.map { $0.isLetter || $0 == "_" } == true
            && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
        if simple { return base.isEmpty ? key : "\(base).\(key)" }
        return "\(base)[\"\(key)\"]"
    }

    static func element(_ base: String, _ index: Int) -> String { "\(base)[\(index)]" }
}
