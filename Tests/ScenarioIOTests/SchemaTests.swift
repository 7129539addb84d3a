import Foundation
import Testing

/// The JSON Schema is for editors; these tests keep it honest by running an independent
/// draft 2020-12 validator (Python's `jsonschema`, installed by `.ci/run`) over the bundled
/// scenarios and over fixtures the schema must reject.
@Suite("JSON Schema")
struct SchemaTests {
    static let schema = FixturePaths.scenario("schema/sprintplan-1.schema.json")

    /// Runs the validator; returns the number of schema violations per file.
    private func violations(_ files: [String]) throws -> [String: Int] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                print(len(list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))), path)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Self.schema] + files
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with jsonschema is required (see .ci/run): \(errorText)")
        var result: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            result[String(parts[1])] = Int(parts[0])
        }
        return result
    }

    @Test func acceptsEveryBundledScenarioAndTheValidFixture() throws {
        let files = BundledScenarioTests.files.map(FixturePaths.scenario) + [FixturePaths.valid("small.json")]
        let result = try violations(files)
        #expect(result.count == files.count)
        for file in files { #expect(result[file] == 0, "\(file)") }
    }

    @Test(
        "rejects schema-level invalid fixtures",
        arguments: [
            "missing-format.json", "unsupported-format.json", "unknown-key.json", "type-mismatch.json",
            "integer-expected.json", "money-negative.json", "invalid-quarter.json", "funding-rate-out-of-range.json",
            "invalid-enum.json", "invalid-id.json", "horizon-too-long.json", "invalid-gate.json",
            "non-positive-effort.json", "negative-weight.json", "empty-bundle.json", "many-problems.json",
            "weight-too-large.json", "zielbild-weight-too-large.json", "effort-subnormal.json", "money-too-large.json",
            "scale-too-wide.json", "points-too-large.json", "bundle-duplicate-member.json",
            "bundle-solution-twice.json", "indicator-value-not-a-number.json", "indicator-actual-quarter.json",
        ])
    func rejects(fixture: String) throws {
        let path = FixturePaths.invalid(fixture)
        #expect((try violations([path])[path] ?? 0) > 0)
    }
}
