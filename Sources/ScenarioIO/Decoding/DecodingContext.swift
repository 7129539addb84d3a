import SprintModel

/// Collects everything decoding learns besides the values: the problems found and the file
/// indices of entity lists. Where a path stands in its file is looked up in the parsed tree
/// when a check needs it (`JSONPath.location(of:in:)`), not recorded for every value.
final class DecodingContext {
    private(set) var diagnostics: [Diagnostic] = []
    /// Per entity list, the file index of each element that decoded (see `Values.array`).
    var entityIndices: [String: [Int]] = [:]

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
