import Foundation
import Testing

/// `explain` plans through the same path as `plan` (`runPlanner`), and every command offers
/// exactly its own output formats: another value is a usage error naming the ones it takes.
@Suite("sprintplan explain and output formats")
struct ExplainCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test func aTeamsQuarterIsExplainedAsJSON() throws {
        let run = try ToolRunner.run(
            [
                "explain", Self.myk10, "--quarters", "1", "--team", "T1", "--quarter", "2027-Q1",
                "--format", "json",
            ], exits: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["team"] as? String == "T1")
        #expect(object["quarter"] as? String == "2027-Q1")
        #expect((object["reasons"] as? [String])?.isEmpty == false)
    }

    /// MYK10 names no language: the explanation is German, as the other commands' outputs are.
    @Test func aTeamsQuarterIsExplainedInGermanByDefault() throws {
        let arguments = ["explain", Self.myk10, "--quarters", "1", "--team", "T6", "--quarter", "2027-Q1"]
        let german = try ToolRunner.run(arguments, exits: 0)
        try Golden.assertMatches(german.stdout, named: "explain-t6-de.txt")
        let english = try ToolRunner.run(arguments + ["--lang", "en"], exits: 0)
        #expect(english.stdout.hasPrefix("T6 in 2027-Q1: "), "\(english.stdout)")
    }

    @Test func explainSaysWhenThereIsNoPlan() throws {
        let (folder, file) = try InfeasibleScenario.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(["explain", file.path, "--quarters", "1", "--measure", "M07"], exits: 1)
        #expect(run.stderr.contains("no plan to explain"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [
        (["explain", myk10, "--measure", "M07", "--format", "csv"], "Please provide one of 'table' and 'json'"),
        (["select", myk10, "--format", "markdown"], "Please provide one of 'table' and 'json'"),
        (["compare", myk10, myk10, "--format", "csv"], "Please provide one of 'table', 'markdown' or 'json'"),
        (["history", ".", "--format", "csv"], "Please provide one of 'table', 'markdown' or 'json'"),
        (["validate", myk10, "--format", "table"], "Please provide one of 'text' and 'json'"),
        (["report", myk10, "--out", "r.html", "--format", "json"], "Please provide one of 'html' and 'markdown'"),
    ])
    func aFormatTheCommandDoesNotWriteIsAUsageError(arguments: [String], message: String) throws {
        let run = try ToolRunner.run(arguments, exits: 64)
        #expect(
            run.stderr.contains("The value '\(arguments.last!)' is invalid for '--format <format>'. \(message)"),
            "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func helpListsOnlyTheFormatsACommandWrites() throws {
        let help = try ToolRunner.run(["explain", "--help"], exits: 0)
        #expect(help.stdout.contains("(values: table, json; default: table)"), "\(help.stdout)")
    }
}
