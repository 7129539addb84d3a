import Foundation
import Testing

/// `compare` and `sweep`: golden output, and the same bytes whatever the number of workers.
@Suite("sprintplan compare and sweep")
struct BatchCommandTests {
    static let compare = [
        "compare", "scenarios/myk10/myk10.json", "scenarios/myk10/budget-cut-25.json",
        "scenarios/myk10/one-team-fewer.json",
        "--quarters", "2", "--stable",
    ]
    static let sweep = [
        "sweep", "scenarios/myk10/myk10.json", "--vary", "budget.perQuarter=400000:800000:200000", "--vary",
        "teams.Z1=3,4",
        "--quarters", "1", "--stable",
    ]

    @Test(
        "golden output",
        arguments: [
            (compare + ["--format", "table", "--lang", "en"], "compare-myk10.txt"),
            (compare + ["--format", "markdown", "--lang", "en"], "compare-myk10.md"),
            (compare + ["--format", "json"], "compare-myk10.json"),
            (compare + ["--format", "table"], "compare-myk10-de.txt"),
            (compare + ["--format", "markdown"], "compare-myk10-de.md"),
            (sweep + ["--format", "table", "--lang", "en"], "sweep-myk10.txt"),
            (sweep + ["--format", "table"], "sweep-myk10-de.txt"),
            (sweep + ["--format", "markdown", "--lang", "de"], "sweep-myk10-de.md"),
            (sweep + ["--format", "csv"], "sweep-myk10.csv"),
            (sweep + ["--format", "json"], "sweep-myk10.json"),
        ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments, exits: 0)
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test(arguments: [compare + ["--format", "json"], sweep + ["--format", "csv"]])
    func outputIsTheSameWithOneOrTwoWorkers(arguments: [String]) throws {
        let one = try ToolRunner.run(arguments + ["--jobs", "1"], exits: 0)
        let two = try ToolRunner.run(arguments + ["--jobs", "2"], exits: 0)
        let again = try ToolRunner.run(arguments + ["--jobs", "2"], exits: 0)
        #expect(one.stdout == two.stdout)
        #expect(two.stdout == again.stdout)
    }

    /// Each column is the plan `plan` shows for that file: a mix-up of results between
    /// parallel workers would break it.
    @Test func eachColumnIsThatScenariosOwnPlan() throws {
        let run = try ToolRunner.run(Self.compare + ["--format", "json"], exits: 0)
        let compared = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for entry in compared["scenarios"] as! [[String: Any]] {
            let plan = try ToolRunner.run(
                ["plan", entry["name"] as! String, "--quarters", "2", "--format", "json", "--stable"],
                exits: 0)
            let planned = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
            #expect(entry["objective"] as? Double == planned["objective"] as? Double)
            #expect(entry["totalSpending"] as? String == planned["totalSpending"] as? String)
        }
    }

    @Test func invalidInputsAreAllReportedBeforeAnythingIsSolved() throws {
        let compare = try ToolRunner.run(
            [
                "compare", "scenarios/myk10/myk10.json", "Tests/ScenarioIOTests/Fixtures/invalid/many-problems.json",
                "absent.json",
            ], exits: 65)
        #expect(compare.stderr.contains("many-problems.json") && compare.stderr.contains("absent.json"))
        #expect(compare.stdout.isEmpty)

        let sweep = try ToolRunner.run(
            ["sweep", "scenarios/myk10/myk10.json", "--vary", "programme.fundingRate=0.5,1.5,2"],
            exits: 65)
        #expect(
            sweep.stderr.contains("programme.fundingRate=1.5: invalid")
                && sweep.stderr.contains("programme.fundingRate=2: invalid"))
        #expect(sweep.stderr.contains("2 of 3 points are not valid scenarios; nothing was solved"))
        let unknownParameter = try ToolRunner.run(
            ["sweep", "scenarios/myk10/myk10.json", "--vary", "budget.totl=1"],
            exits: 64)
        #expect(unknownParameter.stderr.contains("--vary: unknown parameter budget.totl"), "\(unknownParameter.stderr)")
        let unknownZielbild = try ToolRunner.run(
            ["sweep", "scenarios/myk10/myk10.json", "--vary", "teams.Z9=1"],
            exits: 64)
        #expect(
            unknownZielbild.stderr.contains("teams.Z9: the scenario has no Zielbild Z9"), "\(unknownZielbild.stderr)")
        let alone = try ToolRunner.run(["compare", "scenarios/myk10/myk10.json"], exits: 64)
        #expect(alone.stderr.contains("compare needs at least two scenario files"), "\(alone.stderr)")
    }
}
