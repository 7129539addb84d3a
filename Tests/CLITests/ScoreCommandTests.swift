import Foundation
import Testing

@Suite("sprintplan score")
struct ScoreCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test(
        "golden output",
        arguments: [
            (["score", myk10], "score-myk10-table.txt"),
            (["score", myk10, "--lang", "en"], "score-myk10-table-en.txt"),
            (["score", myk10, "--format", "json"], "score-myk10.json"),
            (["score", myk10, "--format", "csv"], "score-myk10.csv"),
            (
                ["score", myk10, "--format", "csv", "--csv-separator", "semicolon", "--csv-bom"],
                "score-myk10-excel-de.csv"
            ),
            (["score", myk10, "--format", "markdown", "--lang", "en"], "score-myk10.md"),
            (["score", myk10, "--format", "markdown", "--zielbild", "Z1"], "score-myk10-z1-de.md"),
            (["score", myk10, "--method", "topsis", "--zielbild", "Z2"], "score-myk10-topsis-z2.txt"),
            (["score", myk10, "--explain", "M24", "--lang", "en"], "score-explain-m24.txt"),
            (["score", myk10, "--explain", "M24"], "score-explain-m24-de.txt"),
            (["score", myk10, "--explain", "M12", "--lang", "en"], "score-explain-m12-ineligible.txt"),
            (["score", myk10, "--explain", "M12"], "score-explain-m12-ineligible-de.txt"),
            (["score", myk10, "--explain", "M24", "--versus", "M22", "--lang", "en"], "score-m24-versus-m22.txt"),
            (["score", myk10, "--explain", "M24", "--versus", "M22"], "score-m24-versus-m22-de.txt"),
            (["score", myk10, "--explain", "M24", "--versus", "M22", "--format", "json"], "score-m24-versus-m22.json"),
            (
                [
                    "score", myk10, "--sensitivity", "--samples", "2000", "--seed", "7", "--zielbild", "Z1", "--lang",
                    "en",
                ],
                "score-sensitivity-z1.txt"
            ),
            (
                ["score", myk10, "--sensitivity", "--samples", "2000", "--seed", "7", "--zielbild", "Z1"],
                "score-sensitivity-z1-de.txt"
            ),
            (
                [
                    "score", myk10, "--sensitivity", "--samples", "500", "--simplex", "--format", "json", "--zielbild",
                    "Z3",
                ], "score-sensitivity-z3-simplex.json"
            ),
        ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments, exits: 0)
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test func tableFitsAn80ColumnTerminal() throws {
        for arguments in [
            ["score", Self.myk10], ["score", Self.myk10, "--explain", "M24", "--versus", "M22"],
            ["score", Self.myk10, "--sensitivity", "--samples", "100"],
        ] {
            let run = try ToolRunner.run(arguments, exits: 0)
            #expect(!run.stdout.isEmpty)
            for line in run.stdout.split(separator: "\n") {
                #expect(line.count <= 80, "\(line.count) characters: \(line)")
            }
        }
    }

    @Test func sensitivityIsReproducibleWithTheSameSeed() throws {
        let arguments = ["score", Self.myk10, "--sensitivity", "--samples", "300", "--seed", "11", "--format", "json"]
        let first = try ToolRunner.run(arguments, exits: 0), second = try ToolRunner.run(arguments, exits: 0)
        #expect(first.stdout == second.stdout)
        let other = try ToolRunner.run(
            ["score", Self.myk10, "--sensitivity", "--samples", "300", "--seed", "12", "--format", "json"],
            exits: 0)
        #expect(other.stdout != first.stdout)
    }

    @Test func unknownIdsAreUsageErrors() throws {
        for (arguments, message) in [
            (["--zielbild", "Z9"], "unknown Zielbild \"Z9\""), (["--explain", "M99"], "unknown measure \"M99\""),
            (["--explain", "M24", "--versus", "M01"], "M24 and M01 are not"),
            (["--versus", "M01"], "--versus needs --explain"),
        ] {
            let run = try ToolRunner.run(["score", Self.myk10] + arguments, exits: 64)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func invalidScenarioExits65() throws {
        let run = try ToolRunner.run(["score", "Tests/ScenarioIOTests/Fixtures/invalid/many-problems.json"], exits: 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("many-problems.json: invalid, 4 errors"), "\(run.stderr)")
    }
}
