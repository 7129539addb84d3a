import Foundation
import Testing

/// `plan --start-from`: an earlier plan as the starting point; bad files are refused clearly.
@Suite("plan --start-from")
struct StartFromTests {
    @Test func anEarlierPlanIsAcceptedAndBadFilesAreRefused() throws {
        let earlier = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-earlier-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: earlier) }
        let first = try ToolRunner.run(
            ["plan", "scenarios/myk10/myk10.json", "--quarters", "2", "--format", "json", "--stable"],
            exits: 0)
        try Data(first.stdout.utf8).write(to: earlier)
        let again = try ToolRunner.run(
            [
                "plan", "scenarios/myk10/myk10.json", "--quarters", "2", "--format", "json", "--stable",
                "--start-from", earlier.path,
            ], exits: 0)
        // Proven optimal either way: the same value (the search differs: nodes).
        let a = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(a["objective"] as? Double == b["objective"] as? Double)
        #expect(b["status"] as? String == "optimal")

        let missing = try ToolRunner.run(
            ["plan", "scenarios/myk10/myk10.json", "--start-from", "absent.json"],
            exits: 66)
        #expect(missing.stderr.contains("absent.json"), "\(missing.stderr)")
        let notAPlan = try ToolRunner.run(
            ["plan", "scenarios/myk10/myk10.json", "--start-from", "scenarios/myk10/myk10.json"],
            exits: 65)
        #expect(notAPlan.stderr.contains("expected a plan from `sprintplan plan --format json`"))
    }
}
