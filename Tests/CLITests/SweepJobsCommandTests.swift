import Foundation
import Testing

/// `sweep --emit-jobs` / `--point-result` / `--collect`: a sweep run as separate jobs gives
/// the in-process sweep's output byte for byte, and a folder with missing or foreign results
/// is refused with every problem named.
@Suite("sprintplan sweep as batch jobs")
struct SweepJobsCommandTests {
    static let grid = [
        "scenarios/myk10/myk10.json", "--vary", "budget.perQuarter=400000:800000:200000", "--vary", "teams.Z1=3,4",
        "--quarters", "1",
    ]

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-jobs-\(UUID().uuidString)")
    }

    /// Runs every line of `jobs.txt` with `/bin/sh -c` in the folder, as GNU parallel, a Slurm
    /// array task and a Kubernetes Indexed Job pod do; `SPRINTPLAN` names the tool under test.
    static func runJobs(in folder: URL) throws -> [String] {
        let list = try String(contentsOf: folder.appendingPathComponent("jobs.txt"), encoding: .utf8)
        let lines = list.split(separator: "\n").map(String.init)
        for line in lines {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", line]
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["SPRINTPLAN": ToolRunner.executable.path]
            ) { _, new in new }
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(line)")
        }
        return lines
    }

    @Test func collectedJobsGiveTheInProcessSweepByteForByte() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let emitted = try ToolRunner.run(["sweep"] + Self.grid + ["--emit-jobs", folder.path], exits: 0)
        #expect(emitted.stdout.isEmpty)
        #expect(emitted.stderr.contains("wrote 6 points, jobs.txt and sweep.json"))
        let lines = try Self.runJobs(in: folder)
        #expect(lines.count == 6)
        #expect(
            lines[0].hasPrefix("\"${SPRINTPLAN:-sprintplan}\" sweep point-0000.json --point-result result-0000.json"))
        for format in ["table", "csv", "json", "markdown"] {
            let here = try ToolRunner.run(["sweep"] + Self.grid + ["--format", format, "--stable"], exits: 0)
            let merged = try ToolRunner.run(
                ["sweep", "--collect", folder.path, "--format", format, "--stable"], exits: 0)
            #expect(merged.stdout == here.stdout, "\(format)")
            #expect(!merged.stdout.isEmpty)
        }
    }

    @Test func emitNeverWritesIntoAFolderThatIsNotEmptyWithoutForce() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let other = folder.appendingPathComponent("notes.txt")
        try Data("keep".utf8).write(to: other)
        let refused = try ToolRunner.run(["sweep"] + Self.grid + ["--emit-jobs", folder.path], exits: 73)
        #expect(refused.stderr.contains("is not empty (1 entries)"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sweep.json").path))
        try ToolRunner.run(["sweep"] + Self.grid + ["--emit-jobs", folder.path, "--force"], exits: 0)
        #expect(try String(contentsOf: other, encoding: .utf8) == "keep")
    }

    @Test func collectNamesMissingAndForeignResults() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ToolRunner.run(["sweep"] + Self.grid + ["--emit-jobs", folder.path], exits: 0)
        let none = try ToolRunner.run(["sweep", "--collect", folder.path], exits: 66)
        #expect(none.stderr.contains("6 of 6 points have no result yet: result-0000.json, result-0001.json"))
        #expect(none.stdout.isEmpty)
        _ = try Self.runJobs(in: folder)
        // A result of another point (a job of an earlier grid, say) is not merged.
        let manager = FileManager.default
        let second = folder.appendingPathComponent("result-0001.json")
        try manager.removeItem(at: second)
        try manager.copyItem(at: folder.appendingPathComponent("result-0000.json"), to: second)
        let foreign = try ToolRunner.run(["sweep", "--collect", folder.path], exits: 65)
        #expect(foreign.stderr.contains("result-0001.json: error[foreign-result]"), "\(foreign.stderr)")
        try Data("{\"format\": \"sprintplan-sweep-point/1\"}".utf8).write(to: second)
        let broken = try ToolRunner.run(["sweep", "--collect", folder.path], exits: 65)
        #expect(broken.stderr.contains("error[missing-field]: scenario: missing required key \"scenario\""))
        let absent = try ToolRunner.run(
            ["sweep", "--collect", folder.appendingPathComponent("absent").path], exits: 66)
        #expect(absent.stderr.contains("holds no sweep of --emit-jobs (sweep.json)"))
    }

    @Test func collectTakesNoScenarioAndAPointTakesNoGrid() throws {
        let both = try ToolRunner.run(["sweep", "scenarios/myk10/myk10.json", "--collect", "x"], exits: 64)
        #expect(both.stderr.contains("--collect DIR takes no scenario"))
        let point = try ToolRunner.run(
            ["sweep", "scenarios/myk10/myk10.json", "--point-result", "r.json", "--vary", "budget.total=1"], exits: 64)
        #expect(point.stderr.contains("--point-result plans one point"))
    }
}
