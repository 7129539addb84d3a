import Foundation
import ScenarioGeneration
import SprintModel
import Testing

/// Damaged scenarios through the real tool: `validate` and `plan` exit 0, 1, 2 or 65 — never a
/// signal — and stdout is always the requested format (JSON that parses, or nothing).
@Suite("Mutated scenarios through the command line")
struct MutationCLITests {
    @Test func everyOutcomeIsAnExitCodeWithWellFormedOutput() throws {
        let base = try String(
            contentsOf: ToolRunner.packageRoot.appendingPathComponent(
                "Tests/ScenarioIOTests/Fixtures/valid/small.json"),
            encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-mutants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededRandom(seed: 7)
        var seen: [Int32: Int] = [:]
        for index in 0..<120 {
            let file = folder.appendingPathComponent("m\(index).json")
            try Data(ScenarioMutator.mutate(base, &random).bytes).write(to: file)
            let validate = try ToolRunner.run(["validate", file.path, "--format", "json"], exits: 0, 65)
            #expect(
                (try? JSONSerialization.jsonObject(with: Data(validate.stdout.utf8))) != nil,
                "m\(index): validate stdout is not JSON")
            let plan = try ToolRunner.run(
                ["plan", file.path, "--format", "json", "--time-limit", "2"],
                exits: 0, 1, 2, 65)
            seen[plan.status, default: 0] += 1
            if plan.status == 65 {
                #expect(plan.stdout.isEmpty)
                #expect(plan.stderr.contains("m\(index).json:"), "m\(index): the message names no position")
            } else if plan.status != 2 {
                let object = try? JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
                #expect(object != nil, "m\(index): plan stdout is not JSON")
                if plan.status == 0 { #expect(object?["verified"] as? Bool == true) }
            }
        }
        #expect(seen[0, default: 0] > 5 && seen[65, default: 0] > 5, "\(seen)")
    }
}
