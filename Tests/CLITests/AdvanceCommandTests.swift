import Foundation
import Testing

/// decide → record → advance → decide again, over three quarters of MYK10.
@Suite("sprintplan decide and advance over several quarters")
struct AdvanceCommandTests {
    static func json(_ path: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    static func measures(_ scenario: [String: Any]) -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: (scenario["measures"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
    }

    @Test func progressAccumulatesAndTheRecordMatchesTheDecisions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json")
        var previousProgress: [String: Double] = [:]
        for index in 1...3 {
            let quarter = "2027-Q\(index)"
            let decide = try ToolRunner.run(
                [
                    "decide", scenario.path, "--quarters", "2", "--no-alternatives", "--format", "json",
                    "--record-dir", folder.path,
                ], exits: 0)
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(decide.stdout.utf8)) as? [String: Any])
            let record = try Self.json(folder.appendingPathComponent("decision-\(quarter).json"))
            #expect(record["quarter"] as? String == quarter)
            // The record holds exactly the decisions shown.
            let shownMeasures = (shown["decisions"] as! [[String: Any]]).map {
                "\($0["team"]!)=\($0["measure"] ?? "-")"
            }
            let recordedMeasures = (record["decisions"] as! [[String: Any]]).map {
                "\($0["team"]!)=\($0["measure"] ?? "-")"
            }
            #expect(shownMeasures == recordedMeasures)
            let assignments = record["recommendedAssignments"] as! [[String: String]]

            let next = folder.appendingPathComponent("next-\(index).json")
            try ToolRunner.run(
                [
                    "advance", scenario.path, "--record",
                    folder.appendingPathComponent("decision-\(quarter).json").path,
                    "--out", next.path,
                ], exits: 0)
            let written = try Self.json(next)
            #expect((written["horizon"] as! [String: Any])["start"] as? String == "2027-Q\(index + 1)")
            // Every measure worked on gained one team-quarter per team (or is done).
            let before = Self.measures(try Self.json(scenario)), after = Self.measures(written)
            for (id, teams) in Dictionary(grouping: assignments, by: { $0["measure"]! }) {
                let old = (before[id]!["progress"] as? Double) ?? 0, new = (after[id]!["progress"] as? Double) ?? 0
                let effort = after[id]!["effort"] as! Double
                #expect(new == min(effort, old + Double(teams.count)), "\(quarter) \(id)")
                if new >= effort { #expect(after[id]!["status"] as? String == "done") }
                #expect(new >= (previousProgress[id] ?? 0))
            }
            previousProgress = after.mapValues { ($0["progress"] as? Double) ?? 0 }
            try ToolRunner.run(["validate", next.path], exits: 0)
            scenario = next
        }
    }

    /// The shared-measures variant of MYK10 goes through the whole quarter loop, and the next
    /// quarter's scenario keeps each shared measure's Lösungen.
    @Test func theSharedMeasuresScenarioGoesThroughTheQuarterLoop() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10-shared.json").path
        try ToolRunner.run(["validate", scenario], exits: 0)
        try ToolRunner.run(["plan", scenario, "--quarters", "2"], exits: 0)
        try ToolRunner.run(["select", scenario], exits: 0)
        let report = folder.appendingPathComponent("report.html")
        try ToolRunner.run(["report", scenario, "--quarters", "2", "--out", report.path], exits: 0)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("L11 Verkehrsdaten für den Nahverkehr"))
        try ToolRunner.run(
            ["decide", scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path], exits: 0)
        let next = folder.appendingPathComponent("next.json")
        try ToolRunner.run(
            [
                "advance", scenario, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--out", next.path,
            ], exits: 0)
        try ToolRunner.run(["validate", next.path], exits: 0)
        let text = try String(contentsOf: next, encoding: .utf8).filter { !$0.isWhitespace }
        #expect(text.contains("\"solution\":[\"L04\",\"L10\",\"L11\"]"))
        let history = try ToolRunner.run(["history", folder.path], exits: 0)
        #expect(history.stdout.contains("2027-Q1"))
    }

    @Test func aProgressFileRecordsDeviationsFromTheRecommendation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-deviation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path
        try ToolRunner.run(
            ["decide", scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path],
            exits: 0)
        let progress = folder.appendingPathComponent("progress.json")
        try """
        { "format": "sprintplan-progress/1", "quarter": "2027-Q1",
          "worked": { "T1": "M01", "T3": null }, "progress": { "M01": 0.5 } }
        """.write(to: progress, atomically: true, encoding: .utf8)
        let next = folder.appendingPathComponent("next.json")
        try ToolRunner.run(
            [
                "advance", scenario, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--progress", progress.path, "--out", next.path,
            ], exits: 0)
        let written = try Self.json(next)
        let teams = Dictionary(
            uniqueKeysWithValues: (written["sprintteams"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        #expect(teams["T1"]?["currentMeasure"] as? String == "M01")
        #expect(teams["T3"]?["currentMeasure"] is NSNull)
        #expect(Self.measures(written)["M01"]?["progress"] as? Double == 2.0)  // 1.5 + 0.5

        try "{ \"format\": \"sprintplan-progress/1\", \"quarter\": \"2027-Q1\", \"worked\": { \"T1\": \"M99\" } }"
            .write(to: progress, atomically: true, encoding: .utf8)
        let bad = try ToolRunner.run(
            [
                "advance", scenario, "--record", folder.appendingPathComponent("decision-2027-Q1.json").path,
                "--progress", progress.path, "--out", folder.appendingPathComponent("bad.json").path,
            ],
            exits: 65)
        #expect(bad.stderr.contains("unknown measure M99"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.json").path))
    }
}
