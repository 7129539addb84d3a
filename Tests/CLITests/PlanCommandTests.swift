import Foundation
import Testing

@Suite("sprintplan plan and export")
struct PlanCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test(
        "golden output",
        arguments: [
            (["plan", myk10, "--quarters", "2", "--stable"], "plan-myk10-2q.txt"),
            (["plan", myk10, "--quarters", "2", "--stable", "--lang", "en"], "plan-myk10-2q-en.txt"),
            (["plan", myk10, "--quarters", "2", "--stable", "--format", "json"], "plan-myk10-2q.json"),
            (["plan", "scenarios/myk10/budget-cut-25.json", "--quarters", "1", "--stable"], "plan-budget-cut-1q.txt"),
        ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments, exits: 0)
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test func planJSONCarriesTheDocumentedKeys() throws {
        let run = try ToolRunner.run(["plan", Self.myk10, "--quarters", "1", "--format", "json"], exits: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in [
            "status", "objective", "bestBound", "gap", "solveSeconds", "assignments", "completions", "money",
            "verified",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["status"] as? String == "optimal")
        #expect(object["verified"] as? Bool == true)
        let assignments = try #require(object["assignments"] as? [[String: String]])
        #expect(!assignments.isEmpty)
        #expect(assignments.allSatisfy { $0.keys.sorted() == ["measure", "quarter", "team"] })
    }

    @Test func planOutputIsByteIdenticalAcrossRuns() throws {
        let arguments = ["plan", Self.myk10, "--quarters", "2", "--stable", "--format", "json"]
        #expect(try ToolRunner.run(arguments, exits: 0).stdout == (try ToolRunner.run(arguments, exits: 0).stdout))
    }

    @Test func quartersBeyondTheHorizonAreSaidAndPlanTheWholeHorizon() throws {
        let beyond = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "9", "--stable", "--format", "json"],
            exits: 0)
        let whole = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "4", "--stable", "--format", "json"],
            exits: 0)
        #expect(
            beyond.stderr.contains(
                "warning: --quarters 9 asks for more than the 4 quarters the scenario plans (2027-Q1 … 2027-Q4)"),
            "\(beyond.stderr)")
        #expect(!whole.stderr.contains("warning"), "\(whole.stderr)")
        #expect(beyond.stdout == whole.stdout)
    }

    @Test func aSweepWarnsOnlyWhenQuartersExceedItsLongestHorizon() throws {
        let within = try ToolRunner.run(
            ["sweep", Self.myk10, "--vary", "horizon.quarters=1,3", "--quarters", "3", "--stable"],
            exits: 0)
        #expect(!within.stderr.contains("warning"), "\(within.stderr)")
        let beyond = try ToolRunner.run(
            ["sweep", Self.myk10, "--vary", "horizon.quarters=1,2", "--quarters", "3", "--stable"],
            exits: 0)
        #expect(
            beyond.stderr.contains(
                "warning: --quarters 3 asks for more than the 2 quarters the scenario plans (2027-Q1 … 2027-Q2)"),
            "\(beyond.stderr)")
    }

    @Test func noPlanExitsOneWithTheDiagnosis() throws {
        let (folder, file) = try InfeasibleScenario.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(["plan", file.path, "--quarters", "1", "--lang", "en"], exits: 1)
        #expect(run.stdout.contains("No plan satisfies every rule."))
        #expect(run.stdout.contains("2027-Q1 budget short by"))
        // The scenario says "de": without --lang the diagnosis is German.
        let german = try ToolRunner.run(["plan", file.path, "--quarters", "1"], exits: 1)
        #expect(german.stdout.contains("Kein Plan erfüllt alle Regeln."))
        #expect(german.stdout.contains("dem Budget für Q1/2027 fehlen"), "\(german.stdout)")
    }

    @Test func exportWritesLPAndMPSThatGLPKReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lp = folder.appendingPathComponent("m.lp").path, mps = folder.appendingPathComponent("m.mps").path
        try ToolRunner.run(["export", Self.myk10, "--quarters", "1", "--lp", lp, "--mps", mps], exits: 0)
        let plan = try ToolRunner.run(["plan", Self.myk10, "--quarters", "1", "--format", "json"], exits: 0)
        let objective = try #require(
            (try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["objective"] as? Double)
        let text = try String(contentsOfFile: lp, encoding: .utf8)
        #expect(text.contains("x_T1_M01_2027_Q1"))
        // glpsol reads the exported LP and finds the same optimum (up to the printed precision).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let out = folder.appendingPathComponent("solution.txt").path
        process.arguments = ["glpsol", "--lp", lp, "-o", out]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let report = try String(contentsOfFile: out, encoding: .utf8)
        let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        let value = try #require(
            Double(line.split(separator: "=")[1].trimmingCharacters(in: .whitespaces).split(separator: " ")[0]))
        #expect(abs(value - objective) < 1e-3 * abs(objective))
    }

    @Test func exportToAnUnwritablePlaceExits73() throws {
        let run = try ToolRunner.run(
            ["export", Self.myk10, "--quarters", "1", "--lp", "/proc/sprintplan/nope.lp"],
            exits: 73)
        #expect(run.stderr.contains("cannot write /proc/sprintplan/nope.lp"), "\(run.stderr)")
    }
}

@Suite("sprintplan generate and select")
struct GenerateSelectCommandTests {
    @Test func generatedFilesAreValidAndByteIdenticalForTheSameSeed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-gen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for scale in ["district", "portfolio"] {
            let a = folder.appendingPathComponent("\(scale)-a.json").path,
                b = folder.appendingPathComponent("\(scale)-b.json").path
            try ToolRunner.run(
                [
                    "generate", "--scale", scale, "--seed", "4", "--measures", "60", "--bundles", "10",
                    "--prerequisites", "10", "--out", a,
                ],
                exits: 0)
            try ToolRunner.run(
                [
                    "generate", "--scale", scale, "--seed", "4", "--measures", "60", "--bundles", "10",
                    "--prerequisites", "10", "--out", b,
                ],
                exits: 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
            try ToolRunner.run(["validate", a], exits: 0)
        }
    }

    @Test func selectGolden() throws {
        let run = try ToolRunner.run(["select", "scenarios/myk10/myk10.json", "--stable", "--lang", "en"], exits: 0)
        try Golden.assertMatches(run.stdout, named: "select-myk10.txt")
        // MYK10 names no language: German by default.
        let german = try ToolRunner.run(["select", "scenarios/myk10/myk10.json", "--stable"], exits: 0)
        try Golden.assertMatches(german.stdout, named: "select-myk10-de.txt")
        let json = try ToolRunner.run(
            ["select", "scenarios/myk10/myk10.json", "--stable", "--format", "json"],
            exits: 0)
        try Golden.assertMatches(json.stdout, named: "select-myk10.json")
        // Shared measures: paid once, counted for every Lösung; the verifier's check in both.
        let shared = try ToolRunner.run(
            ["select", "scenarios/myk10/myk10-shared.json", "--stable", "--format", "json"], exits: 0)
        try Golden.assertMatches(shared.stdout, named: "select-myk10-shared.json")
    }
}
