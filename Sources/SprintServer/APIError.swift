import Hummingbird
import ScenarioIO

/// A request the server refuses: an HTTP status and every problem found, each in the form the
/// CLI's `--format json` uses for diagnostics (`severity`, `code`, `file`, `line`, `column`,
/// `path`, `message`) plus `text`, the CLI's `error[code]: …` line. Never a stack trace.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var problems: [Problem]

    struct Problem: Sendable {
        var code: String
        var message: String
        var path: String = ""
        var line: Int? = nil
        var column: Int? = nil
        var file: String? = nil
    }

    init(_ status: HTTPResponse.Status, _ problems: [Problem]) {
        self.status = status
        self.problems = problems
    }

    init(_ status: HTTPResponse.Status, code: String, _ message: String, path: String = "") {
        self.init(status, [Problem(code: code, message: message, path: path)])
    }

    /// The scenario loader's diagnostics (errors only) as they are.
    init(_ status: HTTPResponse.Status, diagnostics: [Diagnostic]) {
        self.init(
            status,
            diagnostics.filter { $0.severity == .error }.map {
                Problem(
                    code: $0.code.rawValue, message: $0.message, path: $0.path, line: $0.location?.line,
                    column: $0.location?.column, file: $0.location?.file)
            })
    }

    var json: OutputJSON {
        .object([
            (
                "errors",
                .array(
                    problems.map { problem in
                        .object([
                            ("severity", .string("error")),
                            ("code", .string(problem.code)),
                            ("file", .optional(problem.file)),
                            ("line", problem.line.map { .int(Int64($0)) } ?? .null),
                            ("column", problem.column.map { .int(Int64($0)) } ?? .null),
                            ("path", .string(problem.path)),
                            ("message", .string(problem.message)),
                            ("text", .string("error[\(problem.code)]: \(problem.message)")),
                        ])
                    })
            )
        ])
    }

    var response: Response { Response.json(json, status: status) }

    static func notFound(_ what: String) -> APIError { APIError(.notFound, code: "not-found", what) }
}

extension Response {
    /// A JSON body rendered by the CLI's own writer, so the bytes match `--format json`.
    static func json(_ value: OutputJSON, status: HTTPResponse.Status = .ok) -> Response {
        text(value.rendered(), type: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: type, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
