import Foundation
import Testing

/// Quarters and dates as people type them (`2027-Q2`, `Q2/2027`, `Q2 2027`; `30.09.2027`),
/// wherever the command line or an input file takes one.
@Suite("sprintplan quarter and date spellings")
struct SpellingCLITests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test(
        "a what-if takes every spelling and means the same quarter",
        arguments: ["2027-Q1", "Q1/2027", "Q1 2027", "2027 Q1"])
    func whatIfQuarter(spelling: String) throws {
        let run = try ToolRunner.run(
            [
                "plan", Self.myk10, "--quarters", "1", "--format", "json", "--stable", "--pin", "T4=M07@\(spelling)",
                "--unavailable", "T8@\(spelling)",
            ], exits: 0)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let assignments = try #require(plan["assignments"] as? [[String: Any]])
        #expect(assignments.contains { $0["team"] as? String == "T4" && $0["measure"] as? String == "M07" })
        #expect(!assignments.contains { $0["team"] as? String == "T8" })
    }

    @Test func aQuarterInNoSpellingIsRefusedWithTheSpellingsListed() throws {
        let decide = try ToolRunner.run(["decide", Self.myk10, "--quarter", "2027/2"], exits: 64)
        #expect(decide.stderr.contains("--quarter: expected a quarter like 2027-Q2, Q2/2027 or Q2 2027, found 2027/2"))
        let pin = try ToolRunner.run(["plan", Self.myk10, "--pin", "T4=M07@Q5/2027"], exits: 64)
        #expect(pin.stderr.contains("a quarter such as 2027-Q2, Q2/2027 or Q2 2027 after @"), "\(pin.stderr)")
    }

    @Test func decideTakesTheGermanSpellingOfTheQuarter() throws {
        let run = try ToolRunner.run(
            ["decide", Self.myk10, "--quarters", "2", "--quarter", "Q2/2027", "--no-alternatives", "--format", "json"],
            exits: 0)
        let decision = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(decision["quarter"] as? String == "2027-Q2")
    }

    @Test func aScenarioFileTakesGermanQuartersAndDates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-spell-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("german.json")
        let base = ToolRunner.packageRoot.appendingPathComponent(Self.myk10).path
        try """
        { "format": "sprintplan/1", "extends": "\(base)", "horizon": { "start": "Q1/2027", "quarters": 4 },
          "programme": { "name": "MYK10", "endDate": "31.12.2027" } }
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["validate", file.path], exits: 0)
        #expect(!run.stdout.contains("error") && !run.stderr.contains("error"), "\(run.stderr)")
        try """
        { "format": "sprintplan/1", "extends": "\(base)", "programme": { "name": "MYK10", "endDate": "31.13.2029" } }
        """.write(to: file, atomically: true, encoding: .utf8)
        let bad = try ToolRunner.run(["validate", file.path], exits: 65)
        #expect(
            bad.stderr.contains("expected a calendar date like 2027-09-30 or 30.09.2027, found \"31.13.2029\"")
                || bad.stdout.contains("expected a calendar date like 2027-09-30 or 30.09.2027, found \"31.13.2029\""))
    }
}
