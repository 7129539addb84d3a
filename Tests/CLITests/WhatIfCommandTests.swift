import Foundation
import Testing

/// What-ifs on the command line: `--pin`, `--forbid`, `--unavailable`, `--set` and `--save`.
@Suite("sprintplan what-ifs")
struct WhatIfCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    static func assignments(_ json: String) throws -> [[String: String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["assignments"] as? [[String: String]])
    }

    @Test func aPinIsKeptAndSaidAtTheTopOfTheOutput() throws {
        let table = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "1", "--stable", "--pin", "T4=M07"], exits: 0)
        #expect(table.stdout.hasPrefix("what-if: pin T4 → M07 in 2027-Q1\n"))
        let json = try ToolRunner.run(
            [
                "plan", Self.myk10, "--quarters", "1", "--format", "json", "--pin", "T4=M07@2027-Q1",
                "--forbid", "T10=M43", "--unavailable", "T8@2027-Q1",
            ], exits: 0)
        #expect(json.stderr.contains("what-if: pin T4 → M07 in 2027-Q1; forbid T10 → M43; T8 unavailable in 2027-Q1"))
        let plan = try Self.assignments(json.stdout)
        #expect(plan.contains { $0["team"] == "T4" && $0["measure"] == "M07" })
        #expect(!plan.contains { $0["team"] == "T10" && $0["measure"] == "M43" })
        #expect(!plan.contains { $0["team"] == "T8" })
    }

    @Test func aSetNumberChangesThePlanAsTheSameChangeInAFileWould() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/.what-if-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: saved) }
        let arguments = [
            "--pin", "T4=M07", "--forbid", "T10=M43", "--unavailable", "T8@2027-Q2", "--set", "budget.total=2500000",
            "--set", "weight.Z1.klima=2", "--set", "weight.reichweite=3",
        ]
        let direct = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "2", "--format", "json", "--stable"] + arguments
                + ["--save", saved.path], exits: 0)
        #expect(direct.stderr.contains("saved the what-if as"))
        // The saved extends file, planned on its own, gives the very same plan.
        let fromFile = try ToolRunner.run(
            ["plan", saved.path, "--quarters", "2", "--format", "json", "--stable"], exits: 0)
        #expect(fromFile.stdout == direct.stdout)
        let text = try String(contentsOf: saved, encoding: .utf8)
        #expect(text.contains("\"extends\": \"myk10.json\""))
        // --save never replaces a file.
        let again = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "1", "--pin", "T4=M07", "--save", saved.path], exits: 73)
        #expect(again.stderr.contains("never replaces"))
        #expect(try String(contentsOf: saved, encoding: .utf8) == text)
    }

    @Test func unknownIdsAndMalformedChangesAreAllReportedWithASuggestion() throws {
        let run = try ToolRunner.run(
            [
                "plan", Self.myk10, "--pin", "T44=M7", "--unavailable", "T4", "--set", "budget.totl=5",
                "--forbid", "T1=M01@2031-Q1",
            ], exits: 64)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("error[unknown-id]: unknown Sprintteam T44; did you mean \"T4\"?"))
        #expect(lines.contains("error[unknown-id]: unknown measure M7; did you mean \"M07\"?"))
        #expect(lines.contains { $0.hasPrefix("error[what-if-syntax]: --unavailable \"T4\": expected TEAM@QUARTER") })
        #expect(
            lines.contains {
                $0.hasPrefix("error[what-if-setting]: --set budget.totl=5: unknown parameter budget.totl")
            })
        #expect(lines.contains { $0.hasPrefix("error[quarter-outside-plan]: forbid T1 → M01 in 2031-Q1") })
    }

    @Test func contradictoryLocksAreRefusedBeforeSolving() throws {
        let pinnedAndForbidden = try ToolRunner.run(
            ["plan", Self.myk10, "--pin", "T1=M07", "--forbid", "T1=M07"], exits: 64)
        #expect(
            pinnedAndForbidden.stderr.contains(
                "error[contradictory-locks]: T1 → M07 in 2027-Q1 is both pinned and forbidden"))
        let twoPins = try ToolRunner.run(["plan", Self.myk10, "--pin", "T1=M07", "--pin", "T1=M06"], exits: 64)
        #expect(twoPins.stderr.contains("error[contradictory-locks]: T1 is pinned to both M07 and M06 in 2027-Q1"))
    }

    /// A pin a single rule forbids is named with that rule at once; one that only the plan as a
    /// whole rules out gets the diagnosis. Both exit 1, like a scenario without a plan.
    @Test func aPinThatCannotBeKeptNamesTheRule() throws {
        let skill = try ToolRunner.run(["plan", Self.myk10, "--pin", "T5=M07@2027-Q2"], exits: 1)
        #expect(
            skill.stderr.contains(
                "error[pin-cannot-be-kept]: pin T5 → M07 in 2027-Q2 cannot be kept: team T5 lacks skills medizin"))
        let prerequisite = try ToolRunner.run(
            ["plan", Self.myk10, "--quarters", "1", "--pin", "T6=M21", "--lang", "en"], exits: 1)
        #expect(prerequisite.stdout.hasPrefix("what-if: pin T6 → M21 in 2027-Q1\n"))
        #expect(
            prerequisite.stdout.contains("pin T6 → M21 in 2027-Q1 cannot be kept: prerequisites M20 cannot be done"))
    }

    /// Explaining a pinned choice: the plan without the pin is worth more, and says so (it was
    /// called "an equally good plan" before, as any negative cost was).
    @Test func explainingAPinnedChoiceSaysWhatThePinCosts() throws {
        let run = try ToolRunner.run(
            [
                "explain", Self.myk10, "--quarters", "1", "--pin", "T4=M07", "--team", "T4", "--quarter", "2027-Q1",
                "--lang", "en",
            ],
            exits: 0)
        #expect(run.stdout.hasPrefix("what-if: pin T4 → M07 in 2027-Q1\n"))
        #expect(run.stdout.contains("the assignment is pinned"))
        let text = run.stdout.replacingOccurrences(of: "\n  ", with: " ")
        #expect(text.contains("points more without the lock (proven)"), "\(run.stdout)")
        #expect(!run.stdout.contains("equally good"))
    }

    @Test func aDecisionUnderAWhatIfIsNotRecorded() throws {
        let run = try ToolRunner.run(
            ["decide", Self.myk10, "--pin", "T4=M07", "--record-dir", "/tmp/never-written"], exits: 64)
        #expect(run.stderr.contains("--save the what-if, then decide on the saved file"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }
}
