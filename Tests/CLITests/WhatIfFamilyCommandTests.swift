import Foundation
import Testing

/// `generate --what-ifs BASE --out DIR`: the meeting's family of what-ifs for any scenario,
/// as extends files of the base with an index; deterministic, never over existing files.
@Suite("sprintplan generate --what-ifs")
struct WhatIfFamilyCommandTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-family-\(UUID().uuidString)")
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func theFamilyOfMYK10IsWrittenWithItsIndex() throws {
        let parent = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("family")
        let run = try ToolRunner.run(
            ["generate", "--what-ifs", "scenarios/myk10/myk10.json", "--out", folder.path], exits: 0)
        #expect(run.stderr.contains("wrote 42 what-ifs of scenarios/myk10/myk10.json (base plan optimal"))
        // T9 is pinned to M40 in 2027-Q1 by the scenario itself: forbidding it would contradict.
        #expect(run.stderr.contains("skipped forbid-T9-M40-2027-Q1: T9 → M40 in 2027-Q1 is both pinned and forbidden"))
        let csv = try String(contentsOf: folder.appendingPathComponent("index.csv"), encoding: .utf8)
        try Golden.assertMatches(csv, named: "what-if-family-myk10.csv")
        let index = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json")))
                as? [String: Any])
        let variants = try #require(index["variants"] as? [[String: Any]])
        #expect(variants.count == 42)
        #expect(csv.split(whereSeparator: \.isNewline).count == 43)
        // The base is named relative to the folder, as in every variant file.
        let base = try #require(index["base"] as? String)
        #expect(
            // Resolved against a file in the folder: a folder URL without its trailing slash would
            // resolve against the folder's parent.
            URL(fileURLWithPath: base, relativeTo: folder.appendingPathComponent("index.json")).standardizedFileURL.path
                == ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").standardizedFileURL.path)
        let variant = try String(contentsOf: folder.appendingPathComponent("forbid-T1-M01.json"), encoding: .utf8)
        #expect(variant.contains("\"extends\": \"\(base)\""))
        #expect(variant.contains("\"team\": \"T1\",\n        \"measure\": \"M01\""))
    }

    /// A variant file answers the same question as its options on the base.
    @Test func aVariantFilePlansLikeItsOptions() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ToolRunner.run(["generate", "--what-ifs", "scenarios/myk10/myk10.json", "--out", folder.path], exits: 0)
        let index = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json")))
                as? [String: Any])
        let variants = try #require(index["variants"] as? [[String: Any]])
        for name in ["forbid-T10-M43-2027-Q1", "budget-total-75pct", "lose-T12"] {
            let variant = try #require(variants.first { $0["name"] as? String == name })
            let flags = try #require(variant["flags"] as? [String])
            let file = folder.appendingPathComponent(try #require(variant["file"] as? String)).path
            let viaFile = try ToolRunner.run(
                ["plan", file, "--quarters", "1", "--format", "json", "--stable"], exits: 0)
            let viaFlags = try ToolRunner.run(
                ["plan", "scenarios/myk10/myk10.json", "--quarters", "1", "--format", "json", "--stable"] + flags,
                exits: 0)
            #expect(viaFile.stdout == viaFlags.stdout, "\(name)")
        }
    }

    @Test func theSameBaseGivesTheSameFilesAndNothingIsReplacedWithoutForce() throws {
        let parent = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let first = parent.appendingPathComponent("a"), second = parent.appendingPathComponent("b")
        let arguments = ["generate", "--what-ifs", "scenarios/myk10/myk10.json", "--out"]
        try ToolRunner.run(arguments + [first.path], exits: 0)
        try ToolRunner.run(arguments + [second.path], exits: 0)
        let written = try Self.files(in: first)
        #expect(written == (try Self.files(in: second)))
        let refused = try ToolRunner.run(arguments + [first.path], exits: 73)
        #expect(refused.stderr.contains("44 files in \(first.path) exist (forbid-T1-M01-2027-Q1.json"))
        #expect(refused.stderr.contains("never replaces a file without --force"))
        try ToolRunner.run(arguments + [first.path, "--force"], exits: 0)
        #expect(written == (try Self.files(in: first)))
    }

    @Test func aBaseWithoutAPlanHasNoFamily() throws {
        let (folder, file) = try InfeasibleScenario.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("family")
        let run = try ToolRunner.run(["generate", "--what-ifs", file.path, "--out", out.path], exits: 1)
        #expect(run.stderr.contains("has no plan within the limits; a what-if family questions the base plan"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func whatIfsTakeNoScale() throws {
        let run = try ToolRunner.run(
            ["generate", "--what-ifs", "scenarios/myk10/myk10.json", "--scale", "district", "--out", "x"], exits: 64)
        #expect(run.stderr.contains("--what-ifs takes no --scale"))
        let none = try ToolRunner.run(["generate", "--out", "x.json"], exits: 64)
        #expect(none.stderr.contains("give --scale (or --what-ifs BASE)"))
    }
}
