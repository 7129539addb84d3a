import Foundation
import Testing

@Suite("sprintplan validate")
struct ValidateCommandTests {
    @Test func validScenarioPrintsASummaryAndExitsZero() throws {
        let run = try ToolRunner.run(["validate", "scenarios/myk10/myk10.json", "--lang", "en"], exits: 0)
        #expect(run.stderr.isEmpty)
        try Golden.assertMatches(run.stdout, named: "validate-myk10.txt")
        // MYK10 names no language: German by default, money and dates the German way.
        let german = try ToolRunner.run(["validate", "scenarios/myk10/myk10.json"], exits: 0)
        try Golden.assertMatches(german.stdout, named: "validate-myk10-de.txt")
    }

    @Test func invalidScenarioPrintsEveryProblemAndExits65() throws {
        let run = try ToolRunner.run(
            ["validate", "Tests/ScenarioIOTests/Fixtures/invalid/many-problems.json", "--lang", "en"],
            exits: 65)
        #expect(run.stdout.isEmpty)
        try Golden.assertMatches(run.stderr, named: "validate-many-problems.txt")
    }

    @Test func jsonOutputIsCompleteAndParseable() throws {
        let run = try ToolRunner.run(
            [
                "validate", "--format", "json", "scenarios/myk10/myk10.json",
                "Tests/ScenarioIOTests/Fixtures/invalid/many-problems.json",
            ], exits: 65)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["valid"] as? Bool == true)
        #expect(files[1]["valid"] as? Bool == false)
        #expect((files[1]["errors"] as? [[String: Any]])?.count == 4)
        try Golden.assertMatches(run.stdout, named: "validate-json.json")
    }

    @Test func missingFileExits66() throws {
        let run = try ToolRunner.run(["validate", "no/such/scenario.json"], exits: 66)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test func usageErrorsExit64() throws {
        for (arguments, message) in [
            ([], "Missing expected argument '<files> ...'"),
            (["--format", "yaml", "x.json"], "The value 'yaml' is invalid for '--format <format>'"),
        ] {
            let run = try ToolRunner.run(["validate"] + arguments, exits: 64)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        #expect(
            try ToolRunner.run(["no-such-command"], exits: 64).stderr.contains("Unexpected argument 'no-such-command'"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try ToolRunner.run(["validate", "--format", "json", "scenarios/myk10/new-ideas.json"], exits: 0)
        let second = try ToolRunner.run(["validate", "--format", "json", "scenarios/myk10/new-ideas.json"], exits: 0)
        #expect(first.stdout == second.stdout)
    }
}
