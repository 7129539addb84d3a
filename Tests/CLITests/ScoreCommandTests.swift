import Foundation
import Testing

@Suite("sprintplan score")
struct ScoreCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test("golden output", arguments: [
        (["score", myk10], "score-myk10-table.txt"),
        (["score", myk10, "--format", "json"], "score-myk10.json"),
        (["score", myk10, "--format", "csv"], "score-myk10.csv"),
        (["score", myk10, "--format", "csv", "--csv-separator", "semicolon", "--csv-bom"], "score-myk10-excel-de.csv"),
        (["score", myk10, "--format", "markdown"], "score-myk10.md"),
        (["score", myk10, "--method", "topsis", "--zielbild", "Z2"], "score-myk10-topsis-z2.txt"),
        (["score", myk10, "--explain", "M24"], "score-explain-m24.txt"),
        (["score", myk10, "--explain", "M12"], "score-explain-m12-ineligible.txt"),
        (["score", myk10, "--explain", "M24", "--versus", "M22"], "score-m24-versus-m22.txt"),
        (["score", myk10, "--explain", "M24", "--versus", "M22", "--format", "json"], "score-m24-versus-m22.json"),
        (["score", myk10, "--sensitivity", "--samples", "2000", "--seed", "7", "--zielbild", "Z1"], "score-sensitivity-z1.txt"),
        (["score", myk10, "--sensitivity", "--samples", "500", "--simplex", "--format", "json", "--zielbild", "Z3"], "score-sensitivity-z3-simplex.json"),
    ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test func tableFitsAn80ColumnTerminal() throws {
        for arguments in [["score", Self.myk10], ["score", Self.myk10, "--explain", "M24", "--versus", "M22"],
                          ["score", Self.myk10, "--sensitivity", "--samples", "100"]] {
            let run = try ToolRunner.run(arguments)
            for line in run.stdout.split(separator: "\n") {
                #expect(line.count <= 80, "\(line.count) characters: \(line)")
            }
        }
    }

    @Test func sensitivityIsReproducibleWithTheSameSeed() throws {
        let arguments = ["score", Self.myk10, "--sensitivity", "--samples", "300", "--seed", "11", "--format", "json"]
        let first = try ToolRunner.run(arguments), second = try ToolRunner.run(arguments)
        #expect(first.stdout == second.stdout)
        let other = try ToolRunner.run(["score", Self.myk10, "--sensitivity", "--samples", "300", "--seed", "12", "--format", "json"])
        #expect(other.stdout != first.stdout)
    }

    @Test func unknownIdsAreUsageErrors() throws {
        #expect(try ToolRunner.run(["score", Self.myk10, "--zielbild", "Z9"]).status == 64)
        #expect(try ToolRunner.run(["score", Self.myk10, "--explain", "M99"]).status == 64)
        #expect(try ToolRunner.run(["score", Self.myk10, "--explain", "M24", "--versus", "M01"]).status == 64)
        #expect(try ToolRunner.run(["score", Self.myk10, "--versus", "M01"]).status == 64)
    }

    @Test func invalidScenarioExits65() throws {
        let run = try ToolRunner.run(["score", "Tests/ScenarioIOTests/Fixtures/invalid/many-problems.json"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
    }
}
