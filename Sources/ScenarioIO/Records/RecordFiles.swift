/// Shared steps of reading the record and progress files.
enum RecordFiles {
    /// The parsed root, or nil with the read or syntax problems added to `diagnostics`.
    static func parse(_ file: String, into diagnostics: inout [Diagnostic]) -> JSONNode? {
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

    static func checkFormat(_ reader: ObjectReader, _ expected: String) {
        if let format = reader.string("format", required: true), format != expected {
            reader.context.error(
                .unsupportedFormat, "expected format \"\(expected)\", found \"\(format)\"",
                path: "format", at: reader.child("format", required: false)?.0.location)
        }
    }
}
