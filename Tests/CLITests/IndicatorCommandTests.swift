import Foundation
import Testing

/// Indicators (KPIs) through the quarter loop: the shared-measures scenario with KPIs passes
/// every command, `advance` carries the progress file's realised values into the next
/// scenario, and a bad progress file is refused with a located error and nothing written.
@Suite("sprintplan with indicators (KPIs)")
struct IndicatorCommandTests {
    static let scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10-shared.json").path
    static let progress = ToolRunner.packageRoot.appendingPathComponent(
        "scenarios/myk10/myk10-shared-progress-2027-Q1.json"
    ).path

    static func folder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Indicator id → its `actuals` in a written scenario.
    static func actuals(_ path: URL) throws -> [String: [String: Double]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        var found: [String: [String: Double]] = [:]
        for list in ["solutions", "measures"] {
            for entity in root[list] as? [[String: Any]] ?? [] {
                for indicator in entity["indicators"] as? [[String: Any]] ?? [] {
                    found[indicator["id"] as! String] = indicator["actuals"] as? [String: Double] ?? [:]
                }
            }
        }
        return found
    }

    @Test func theKPIScenarioPassesEveryCommandAndAdvanceCarriesTheRealisedValues() throws {
        let folder = try Self.folder("kpi")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in [Self.scenario, Self.scenario.replacingOccurrences(of: ".json", with: "-realised.json")] {
            try ToolRunner.run(["validate", file], exits: 0)
            try ToolRunner.run(["plan", file, "--quarters", "2"], exits: 0)
            try ToolRunner.run(["select", file], exits: 0)
        }
        try ToolRunner.run(
            ["report", Self.scenario, "--quarters", "2", "--out", folder.appendingPathComponent("r.html").path],
            exits: 0)
        try ToolRunner.run(
            ["decide", Self.scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path], exits: 0)
        try FileManager.default.copyItem(
            atPath: Self.progress, toPath: folder.appendingPathComponent("progress-2027-Q1.json").path)
        let next = folder.appendingPathComponent("next.json")
        try ToolRunner.run(
            [
                "advance", Self.scenario, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--progress", Self.progress, "--out", next.path,
            ], exits: 0)
        try ToolRunner.run(["validate", next.path], exits: 0)
        let actuals = try Self.actuals(next)
        #expect(actuals.count == 6)
        #expect(actuals["K-UMWELT-STATIONEN"] == ["2026-Q4": 6, "2027-Q1": 14])
        #expect(actuals["K-WARTEZEIT"] == ["2026-Q4": 23, "2027-Q1": 21])
        #expect(actuals["K-DATENSAETZE"] == ["2027-Q1": 31])  // a measure's own indicator
        try ToolRunner.run(["history", folder.path], exits: 0)
    }

    struct BadProgress: CustomTestStringConvertible, Sendable {
        var name: String
        var indicators: String
        var code: String
        var says: String
        var line: Int
        var testDescription: String { name }
    }

    static let badProgress: [BadProgress] = [
        .init(
            name: "unknown indicator", indicators: "{ \"K-MITFAHRTN\": 70 }", code: "unknown-reference",
            says: "unknown indicator K-MITFAHRTN; did you mean \"K-MITFAHRTEN\"?", line: 3),
        .init(
            name: "unit mismatch", indicators: "{ \"K-WARTEZEIT\": { \"value\": 0.3, \"unit\": \"h\" } }",
            code: "indicator-unit-mismatch", says: "measured in \"min\", found a value in \"h\"", line: 3),
        .init(
            name: "not a number", indicators: "{ \"K-MITFAHRTEN\": \"siebzig\" }", code: "type-mismatch",
            says: "expected a number or an object with \"value\"", line: 3),
        .init(
            name: "a quarter after the file's",
            indicators:
                "{ \"K-MITFAHRTEN\": { \"value\": 70, \"quarter\": \"2027-Q2\" } }",
            code: "invalid-quarter", says: "expected a quarter up to the progress file's 2027-Q1, found 2027-Q2",
            line: 3),
    ]

    @Test(arguments: badProgress)
    func aBadProgressFileIsRefusedWithALocatedErrorAndNothingWritten(_ bad: BadProgress) throws {
        let folder = try Self.folder("kpi-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ToolRunner.run(
            ["decide", Self.scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path], exits: 0)
        let progress = folder.appendingPathComponent("progress.json")
        try
            "{ \"format\": \"sprintplan-progress/1\", \"quarter\": \"2027-Q1\",\n  \"indicators\":\n    \(bad.indicators) }\n"
            .write(to: progress, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("next.json")
        let result = try ToolRunner.run(
            [
                "advance", Self.scenario, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--progress", progress.path, "--out", out.path,
            ], exits: 65)
        #expect(result.stderr.contains("progress.json:\(bad.line):"), "\(result.stderr)")
        #expect(result.stderr.contains("error[\(bad.code)]"), "\(result.stderr)")
        #expect(result.stderr.contains(bad.says), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
