import Foundation
import Testing

/// `history` over a record folder: what was recommended, what was done, money recounted.
@Suite("sprintplan history")
struct HistoryCommandTests {
    /// Records 2027-Q1 for MYK10 and a progress file in which T1 works on M07 instead and T3
    /// does nothing; returns the folder.
    static func recordedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path
        try ToolRunner.run(
            [
                "decide", scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path,
                "--decided-by", "Lenkungsgruppe Z1", "--note", "T1 zieht M07 vor",
            ], exits: 0)
        try """
        { "format": "sprintplan-progress/1", "quarter": "2027-Q1", "worked": { "T1": "M07", "T3": null } }
        """.write(to: folder.appendingPathComponent("progress-2027-Q1.json"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func spendingIsRecountedForWhatTheTeamsDid() throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(["history", folder.path, "--format", "json"], exits: 0)
        let history = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let quarter = try #require((history["quarters"] as? [[String: Any]])?.first)
        let teams = quarter["teams"] as! [[String: Any]]
        let worked = Dictionary(
            uniqueKeysWithValues: teams.compactMap { team in
                (team["worked"] as? String).map { (team["team"] as! String, $0) }
            })
        #expect(worked["T1"] == "M07")
        #expect(worked["T3"] == nil)
        #expect(
            teams.filter { $0["deviates"] as? Bool == true }.map { $0["team"] as! String }.sorted() == ["T1", "T3"])

        // Recount independently from the scenario file: quarterly rate per team, plus the
        // one-off cost of a measure that was not running yet.
        let scenario = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf: ToolRunner.packageRoot
                        .appendingPathComponent("scenarios/myk10/myk10.json"))) as? [String: Any])
        let measures = Dictionary(
            uniqueKeysWithValues: (scenario["measures"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        var expected = 0.0
        var teamsOn: [String: Int] = [:]
        for measure in worked.values { teamsOn[measure, default: 0] += 1 }
        for (id, count) in teamsOn {
            let measure = measures[id]!
            expected += (measure["costPerTeamQuarter"] as! Double) * Double(count)
            if (measure["status"] as? String ?? "candidate") == "candidate" {
                expected += measure["oneOffCost"] as? Double ?? 0
            }
        }
        #expect(abs((quarter["spending"] as! Double) - expected) < 0.005)
        #expect(quarter["progressReported"] as? Bool == true)
        #expect(quarter["decidedBy"] as? String == "Lenkungsgruppe Z1")
    }

    @Test func withoutAProgressFileTheRecommendationIsCountedAndMatchesThePlan() throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("progress-2027-Q1.json"))
        let run = try ToolRunner.run(["history", folder.path, "--format", "json"], exits: 0)
        let history = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let quarter = try #require((history["quarters"] as? [[String: Any]])?.first)
        let plan = try ToolRunner.run(
            ["plan", "scenarios/myk10/myk10.json", "--quarters", "1", "--format", "json", "--stable"],
            exits: 0)
        let planned = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let money = try #require((planned["money"] as? [[String: Any]])?.first)
        #expect(quarter["spending"] as? Double == Double(money["spending"] as! String))
        #expect(quarter["ownShare"] as? Double == Double(money["ownShare"] as! String))
        let completions = (planned["completions"] as! [[String: String]]).map { $0["measure"]! }.sorted()
        #expect(quarter["finished"] as? [String] == completions)
        #expect((quarter["teams"] as! [[String: Any]]).allSatisfy { $0["deviates"] as? Bool == false })
    }

    @Test(
        "golden output",
        arguments: [("table", "history-myk10.txt"), ("markdown", "history-myk10.md"), ("json", "history-myk10.json")])
    func golden(format: String, golden: String) throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(["history", folder.path, "--format", format], exits: 0)
        try Golden.assertMatches(run.stdout.replacingOccurrences(of: folder.path, with: "RECORDS"), named: golden)
    }

    @Test func aBrokenRecordIsReportedWithItsPathAndExits65() throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ \"format\": \"sprintplan-record/1\", \"quarter\": \"2027-Q2\" }"
            .write(to: folder.appendingPathComponent("decision-2027-Q2.json"), atomically: true, encoding: .utf8)
        try "{ \"format\": \"sprintplan-progress/1\", \"quarter\": \"2027-Q1\", \"worked\": { \"T1\": 7 } }"
            .write(to: folder.appendingPathComponent("progress-2027-Q1.json"), atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(["history", folder.path], exits: 65)
        #expect(
            run.stderr.contains("decision-2027-Q2.json") && run.stderr.contains("missing required key \"scenarioHash\"")
        )
        #expect(run.stderr.contains("progress-2027-Q1.json") && run.stderr.contains("worked.T1"))
        #expect(run.stdout.isEmpty)
        let absent = try ToolRunner.run(["history", folder.appendingPathComponent("absent").path], exits: 66)
        #expect(absent.stderr.contains("absent: no such folder"), "\(absent.stderr)")
    }
}
