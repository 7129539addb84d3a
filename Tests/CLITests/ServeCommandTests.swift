import Foundation
import Testing

/// `sprintplan serve`'s refusals before it listens (the server itself: SprintServerTests and
/// scripts/browser-test).
@Suite("sprintplan serve")
struct ServeCommandTests {
    @Test func aMissingScenarioExits66() throws {
        let run = try ToolRunner.run(["serve", "scenarios/myk10/nothing.json"], exits: 66)
        #expect(run.stderr.contains("no such file or folder"))
    }

    @Test func anotherHostWithoutATokenExits64() throws {
        let run = try ToolRunner.run(
            ["serve", "scenarios/myk10/myk10.json", "--host", "0.0.0.0"], environment: ["SPRINTPLAN_TOKEN": ""],
            exits: 64)
        #expect(run.stderr.contains("--token"))
    }

    @Test func aShortTokenExits64() throws {
        let run = try ToolRunner.run(
            ["serve", "scenarios/myk10/myk10.json", "--host", "0.0.0.0", "--token", "short"], exits: 64)
        #expect(run.stderr.contains("16 characters"))
    }

    @Test func badOptionsExit64() throws {
        try ToolRunner.run(["serve", "scenarios/myk10/myk10.json", "--lang", "fr"], exits: 64)
        try ToolRunner.run(["serve", "scenarios/myk10/myk10.json", "--quarters", "0"], exits: 64)
        try ToolRunner.run(["serve", "scenarios/myk10/myk10.json", "--port", "70000"], exits: 64)
    }
}
