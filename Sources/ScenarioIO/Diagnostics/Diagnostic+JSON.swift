extension Diagnostic {
    /// The documented JSON form: `severity`, `code`, `file`, `line`, `column`, `path`, `message`.
    public var json: OutputJSON {
        .object([
            ("severity", .string(severity.rawValue)),
            ("code", .string(code.rawValue)),
            ("file", .optional(location?.file)),
            ("line", location.map { .int(Int64($0.line)) } ?? .null),
            ("column", location.map { .int(Int64($0.column)) } ?? .null),
            ("path", .string(path)),
            ("message", .string(message)),
        ])
    }
}
