import Foundation
import Testing

@Suite("sprintplan decide")
struct DecideCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test("golden output", arguments: [
        (["decide", myk10, "--quarters", "2", "--stable"], "decide-myk10.txt"),
        (["decide", myk10, "--quarters", "2", "--stable", "--format", "markdown"], "decide-myk10.md"),
        (["decide", myk10, "--quarters", "2", "--stable", "--format", "json", "--no-alternatives"], "decide-myk10.json"),
    ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test func recordsAreWrittenNeverOverwrittenSilentlyAndBackedUpWithForce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["decide", Self.myk10, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path]
        let first = try ToolRunner.run(base + ["--decided-by", "Projektleitung", "--note", "wie empfohlen"])
        #expect(first.status == 0, "\(first.stderr)")
        let path = folder.appendingPathComponent("decision-2027-Q1.json")
        let original = try Data(contentsOf: path)
        let record = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        #expect(record["format"] as? String == "sprintplan-record/1")
        #expect(record["quarter"] as? String == "2027-Q1")
        #expect(record["decidedBy"] as? String == "Projektleitung")
        #expect((record["scenarioHash"] as? String)?.count == 64)
        #expect((record["decisions"] as? [[String: Any]])?.count == 12)
        #expect((record["solver"] as? [String: Any])?["status"] as? String == "optimal")

        let again = try ToolRunner.run(base)
        #expect(again.status == 73)
        #expect(again.stderr.contains("not overwritten"))
        #expect(try Data(contentsOf: path) == original)

        let forced = try ToolRunner.run(base + ["--force", "--note", "zweite Fassung"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("decision-2027-Q1.json.1")) == original)
        let replaced = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        #expect(replaced["note"] as? String == "zweite Fassung")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
