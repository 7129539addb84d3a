import Foundation
import Testing

/// The audit trail of the decision loop: a record is advanced only with the scenario it was
/// made from (or a reason that is kept), a decision that differs from the recommendation is
/// recorded with its reason, and `history` shows overrides, replaced records and acceptances.
@Suite("sprintplan audit trail")
struct AuditTrailTests {
    static let myk10 = "scenarios/myk10/myk10.json"
    static let budgetCut = "scenarios/myk10/budget-cut-25.json"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-audit-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Timestamps and the temporary folder out of output meant for a golden file.
    static func stable(_ text: String, folder: URL) -> String {
        text.replacingOccurrences(of: folder.path, with: "RECORDS").replacingOccurrences(
            of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIME", options: .regularExpression)
    }

    @discardableResult
    static func decide(_ folder: URL, _ extra: [String] = [], exits: Int32 = 0) throws -> ToolRunner.Run {
        try ToolRunner.run(
            ["decide", myk10, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path] + extra,
            exits: exits)
    }

    @Test func advanceRefusesARecordOfAnotherScenarioAtItsHash() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.decide(folder)
        let record = folder.appendingPathComponent("decision-2027-Q1.json").path
        let out = folder.appendingPathComponent("next.json")
        let run = try ToolRunner.run(
            ["advance", Self.budgetCut, "--record", record, "--out", out.path], exits: 65)
        #expect(
            run.stderr.hasPrefix("\(record):5:19: error[scenario-mismatch]: scenarioHash: the record was made from"))
        #expect(run.stderr.contains("not from \(Self.budgetCut) (content hash"))
        #expect(run.stderr.contains("--accept-other-scenario \"REASON\""))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["decision-2027-Q1.json"])
    }

    @Test func anAcceptedOtherScenarioIsAdvancedAndItsReasonKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.decide(folder)
        let record = folder.appendingPathComponent("decision-2027-Q1.json").path
        let reason = "Kreistag kürzt am 12.03. um 25 %"
        let run = try ToolRunner.run(
            [
                "advance", Self.budgetCut, "--record", record, "--out", folder.appendingPathComponent("next.json").path,
                "--accept-other-scenario", reason,
            ], exits: 0)
        #expect(run.stderr.contains("warning[scenario-mismatch]"))
        #expect(run.stderr.contains("accepted with --accept-other-scenario: \(reason)"))
        let acceptance = try Self.json(folder.appendingPathComponent("acceptance-2027-Q1.json"))
        #expect(acceptance["format"] as? String == "sprintplan-acceptance/1")
        #expect(acceptance["reason"] as? String == reason)
        #expect(acceptance["scenarioFile"] as? String == Self.budgetCut)
        #expect(acceptance["recordScenarioFile"] as? String == Self.myk10)
        // A second acceptance of the quarter gets its own file; none is replaced.
        try ToolRunner.run(
            [
                "advance", Self.budgetCut, "--record", record, "--out",
                folder.appendingPathComponent("again.json").path,
                "--accept-other-scenario", "second try",
            ], exits: 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("acceptance-2027-Q1-2.json").path))
        for (language, golden) in [("en", "history-audit-accepted-en.txt"), ("de", "history-audit-accepted-de.txt")] {
            let history = try ToolRunner.run(["history", folder.path, "--lang", language], exits: 0)
            try Golden.assertMatches(Self.stable(history.stdout, folder: folder), named: golden)
        }
    }

    @Test func theReasonForAnotherScenarioMustSaySomething() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(
            [
                "advance", Self.budgetCut, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--out", folder.appendingPathComponent("next.json").path, "--accept-other-scenario", "  ",
            ], exits: 64)
        #expect(run.stderr.contains("--accept-other-scenario needs a reason"))
    }

    @Test func advanceKeepsTheSchemaAsSeenFromTheOutput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.decide(folder)
        let nested = folder.appendingPathComponent("q2")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let out = nested.appendingPathComponent("next.json")
        try ToolRunner.run(
            [
                "advance", Self.myk10, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--out", out.path,
            ], exits: 0)
        let schema = try #require(try Self.json(out)["$schema"] as? String)
        let resolved = nested.appendingPathComponent(schema).standardizedFileURL.path
        #expect(
            resolved == ToolRunner.packageRoot.appendingPathComponent("scenarios/schema/sprintplan-1.schema.json").path)
        #expect(String(decoding: try Data(contentsOf: out), as: UTF8.self).hasPrefix("{\n  \"$schema\": "))
    }

    @Test func anOverrideIsRecordedAdvancedAndShownInBothLanguages() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reason = "Der Kreistag will die Telemedizin-Station zuerst"
        let run = try Self.decide(
            folder, ["--decided-by", "Lenkungsgruppe", "--override", "T4=M07", "--reason", reason, "--lang", "en"])
        #expect(
            run.stdout.contains(
                "override T4: M07 Telemedizin-Station in der Vordereifel instead of the recommended M11"))
        #expect(run.stdout.contains("points less than the recommended one"))
        let record = try Self.json(folder.appendingPathComponent("decision-2027-Q1.json"))
        let overrides = try #require(record["overrides"] as? [[String: Any]])
        #expect(overrides.count == 1)
        #expect(overrides.first?["team"] as? String == "T4" && overrides.first?["recommended"] as? String == "M11")
        #expect(overrides.first?["decided"] as? String == "M07" && overrides.first?["reason"] as? String == reason)
        let decided = try #require(record["decidedAssignments"] as? [[String: String]])
        #expect(decided.contains { $0["team"] == "T4" && $0["measure"] == "M07" })
        let recommended = try #require(record["recommendedAssignments"] as? [[String: String]])
        #expect(recommended.contains { $0["team"] == "T4" && $0["measure"] == "M11" })

        // advance carries the decided plan forward, not the recommendation.
        let next = folder.appendingPathComponent("next.json")
        try ToolRunner.run(
            [
                "advance", Self.myk10, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--out", next.path,
            ], exits: 0)
        let teams = try #require(try Self.json(next)["sprintteams"] as? [[String: Any]])
        #expect(teams.first { $0["id"] as? String == "T4" }?["currentMeasure"] as? String == "M07")

        for (language, format, golden) in [
            ("en", "table", "history-audit-override-en.txt"), ("de", "table", "history-audit-override-de.txt"),
            ("de", "markdown", "history-audit-override-de.md"),
        ] {
            let history = try ToolRunner.run(
                ["history", folder.path, "--lang", language, "--format", format], exits: 0)
            try Golden.assertMatches(Self.stable(history.stdout, folder: folder), named: golden)
        }
        let json = try ToolRunner.run(["history", folder.path, "--format", "json"], exits: 0)
        let quarter = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["quarters"]
                as? [[String: Any]]
        ).first
        let t4 = (quarter?["teams"] as? [[String: Any]])?.first { $0["team"] as? String == "T4" }
        #expect(t4?["recommended"] as? String == "M11" && t4?["decided"] as? String == "M07")
        #expect(t4?["deviates"] as? Bool == false)
        #expect((quarter?["overrides"] as? [[String: Any]])?.first?["reason"] as? String == reason)
    }

    @Test(
        "an override that breaks a rule names the rule",
        arguments: [
            (["--override", "T5=M07", "--reason", "r"], Int32(1), "team T5 lacks skills medizin"),
            (["--override", "T6=M21", "--reason", "r"], 1, "prerequisites M20 cannot be done"),
            (
                ["--override", "T4=M07", "--reason", "r", "--set", "budget.perQuarter=400000"], 1,
                "2027-Q1 budget short by"
            ),
            (["--override", "T4=M99", "--reason", "r"], 64, "unknown measure M99; did you mean \"M09\"?"),
            (["--override", "T4=M07"], 64, "each --override needs a --reason"),
            (["--override", "T4", "--reason", "r"], 64, "expected TEAM=MEASURE"),
            (["--override", "T4=M07", "--override", "T4=M11", "--reason", "r"], 64, "team T4 is overridden twice"),
            (["--reason", "r"], 64, "--reason belongs to an --override"),
        ] as [([String], Int32, String)])
    func overrideErrors(arguments: [String], exit: Int32, message: String) throws {
        let run = try ToolRunner.run(
            ["decide", Self.myk10, "--quarters", "1", "--no-alternatives"] + arguments, exits: exit)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        if exit == 1 { #expect(run.stderr.contains("--override") || run.stderr.contains("override-breaks-rule")) }
    }

    @Test func historyListsEveryReplacedRecordInBothLanguages() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.decide(folder, ["--decided-by", "PL", "--note", "erste Fassung"])
        try Self.decide(
            folder, ["--decided-by", "PL", "--override", "T4=M07", "--reason", "zweite Fassung", "--force"])
        try Self.decide(folder, ["--decided-by", "Lenkungsgruppe", "--force"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["decision-2027-Q1.json", "decision-2027-Q1.json.1", "decision-2027-Q1.json.2"])
        for (language, golden) in [("en", "history-audit-replaced-en.txt"), ("de", "history-audit-replaced-de.txt")] {
            let history = try ToolRunner.run(["history", folder.path, "--lang", language], exits: 0)
            try Golden.assertMatches(Self.stable(history.stdout, folder: folder), named: golden)
        }
        let json = try ToolRunner.run(["history", folder.path, "--format", "json"], exits: 0)
        #expect(json.stdout.contains("\"file\": \"decision-2027-Q1.json.1\""))
        #expect(json.stdout.contains("\"file\": \"decision-2027-Q1.json.2\""))
    }
}
