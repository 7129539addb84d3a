import Hummingbird
import Planner
import ScenarioIO
import SprintModel

/// A request's body as JSON with positions (the CLI's own parser, so a syntax error is located
/// by line and column) and its what-if: `{"changes": {"pins": ["T4=M07@2027-Q1"], "forbids": [],
/// "unavailable": ["T8@2027-Q3"], "sets": ["budget.total=2500000"]}}`, each in the CLI's spelling.
struct RequestBody {
    let root: JSONNode

    static func read(_ request: Request, limit: Int) async throws(APIError) -> RequestBody {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, code: "too-large", "the request body is larger than \(limit) bytes")
        }
        let parsed = JSONParser.parse(Array(buffer.readableBytesView), file: "request")
        guard let root = parsed.root, case .object = root.value else {
            if parsed.diagnostics.isEmpty {
                throw APIError(.badRequest, code: "type-mismatch", "expected a JSON object as the request body")
            }
            throw APIError(.badRequest, diagnostics: parsed.diagnostics)
        }
        return RequestBody(root: root)
    }

    /// The string member `key`, nil when absent; a located 400 when it is not a string.
    func string(_ key: String, in node: JSONNode? = nil) throws(APIError) -> String? {
        guard let member = (node ?? root)[key] else { return nil }
        switch member.value {
        case .null: return nil
        case .string(let text): return text
        default: throw mismatch(member, path: key, expected: "a string")
        }
    }

    /// The list of strings at `changes.key`.
    func strings(_ key: String, in node: JSONNode) throws(APIError) -> [String] {
        guard let member = node[key] else { return [] }
        guard case .array(let items) = member.value else {
            throw mismatch(member, path: "changes.\(key)", expected: "a list of strings")
        }
        var texts: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item.value else {
                throw mismatch(item, path: "changes.\(key)[\(index)]", expected: "a string")
            }
            texts.append(text)
        }
        return texts
    }

    /// The what-if in `changes` (empty without one); unknown keys are refused like the CLI's.
    func whatIf() throws(APIError) -> WhatIf {
        guard let changes = root["changes"] else { return WhatIf() }
        guard case .object(let members) = changes.value else {
            throw mismatch(changes, path: "changes", expected: "an object")
        }
        let known = ["pins", "forbids", "unavailable", "sets"]
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw APIError(
                .badRequest,
                [
                    .init(
                        code: "unknown-key",
                        message: "unknown key \"\(unknown.key)\"; expected one of \(known.joined(separator: ", "))",
                        path: "changes.\(unknown.key)", line: unknown.keyLocation.line,
                        column: unknown.keyLocation.column, file: "request")
                ])
        }
        return WhatIf(
            pins: try strings("pins", in: changes), forbids: try strings("forbids", in: changes),
            unavailable: try strings("unavailable", in: changes), sets: try strings("sets", in: changes))
    }

    private func mismatch(_ node: JSONNode, path: String, expected: String) -> APIError {
        APIError(
            .badRequest,
            [
                .init(
                    code: "type-mismatch", message: "expected \(expected), found \(node.kindDescription)", path: path,
                    line: node.location.line, column: node.location.column, file: "request")
            ])
    }
}

extension WhatIf {
    /// The what-if in a GET request's query: `pin`, `forbid`, `unavailable`, `set`, repeatable,
    /// in the CLI's spelling.
    init(query request: Request) {
        let query = request.uri.queryParameters
        self.init(
            pins: query.getAll("pin"), forbids: query.getAll("forbid"), unavailable: query.getAll("unavailable"),
            sets: query.getAll("set"))
    }

    /// The changes in the CLI's spelling, for the page to show and undo.
    var spellings: (pins: [String], forbids: [String], unavailable: [String], sets: [String]) {
        var result: (pins: [String], forbids: [String], unavailable: [String], sets: [String]) = ([], [], [], [])
        for change in changes {
            switch change {
            case .pin(let team, let measure, let quarter):
                result.pins.append("\(team)=\(measure)" + (quarter.map { "@\($0)" } ?? ""))
            case .forbid(let team, let measure, let quarter):
                result.forbids.append("\(team)=\(measure)" + (quarter.map { "@\($0)" } ?? ""))
            case .unavailable(let team, let quarter): result.unavailable.append("\(team)@\(quarter)")
            case .set(let parameter, let value):
                result.sets.append("\(parameter)=\(value == value.rounded() ? String(Int64(value)) : String(value))")
            }
        }
        return result
    }
}
