import Foundation
import Testing

/// A decision record is complete or absent, never half-written, whenever the process dies.
@Suite("Decision records survive a killed process", .serialized)
struct RecordCrashTests {
    static let scenario = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path

    static func decideArguments(_ folder: URL) -> [String] {
        ["decide", scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path, "--force"]
    }

    /// A file is a complete record: it parses and has the record's closing fields.
    static func isCompleteRecord(_ file: URL) -> Bool {
        guard let data = try? Data(contentsOf: file),
            let record = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return record["format"] as? String == "sprintplan-record/1" && record["measures"] is [Any]
            && record["decisions"] is [Any]
    }

    static func makeFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func dyingBetweenWriteAndRenameLeavesTheOldRecord() throws {
        let folder = try Self.makeFolder("crash")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ToolRunner.run(Self.decideArguments(folder), exits: 0)
        let record = folder.appendingPathComponent("decision-2027-Q1.json")
        let before = try Data(contentsOf: record)
        try ToolRunner.run(Self.decideArguments(folder), environment: ["SPRINTPLAN_FAULT": "before-rename"], exits: 99)
        #expect(try Data(contentsOf: record) == before)
        #expect(Self.isCompleteRecord(record))
        // Only hidden temporary files may be left behind, never something named like a record.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix("decision-")
        {
            #expect(name.hasPrefix(".") && name.hasSuffix(".tmp"), "\(name)")
        }
    }

    /// 200 runs of `decide --record-dir --force`, each killed (SIGKILL) at a random moment of
    /// its run: after every kill the record exists and is complete, and so is every backup.
    @Test func randomKillsNeverLeaveAHalfWrittenRecord() throws {
        let folder = try Self.makeFolder("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        try ToolRunner.run(Self.decideArguments(folder), exits: 0)
        let runtime = Date().timeIntervalSince(start)
        let record = folder.appendingPathComponent("decision-2027-Q1.json")
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for trial in 0..<200 {
            let process = Process()
            process.executableURL = ToolRunner.executable
            process.arguments = Self.decideArguments(folder)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(runtime * 1.3), using: &generator) * 1_000_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            #expect(Self.isCompleteRecord(record), "trial \(trial): the record is missing or incomplete")
        }
        #expect(killed > 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let file = folder.appendingPathComponent(name)
            if name.hasPrefix("decision-") {
                #expect(Self.isCompleteRecord(file), "\(name) is incomplete")
            } else {
                #expect(name.hasPrefix(".") && name.hasSuffix(".tmp"), "\(name)")
            }
        }
    }
}
