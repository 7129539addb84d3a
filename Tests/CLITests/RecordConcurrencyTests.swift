import Foundation
import Testing

/// Many `decide --record-dir` processes started at once on one folder, as when several people
/// record the same meeting's decision: no record is lost and no writer claims a write that did
/// not last. (Before, 20 writers without `--force` all printed "recorded" and exited 0 while one
/// record survived; with `--force` backups collided.)
@Suite("Decision records under concurrent writers", .serialized)
struct RecordConcurrencyTests {
    static let writers = 20
    static let rounds = 5
    static let recordName = "decision-2027-Q1.json"

    struct Writer {
        var note: String
        var status: Int32
        var stderr: String
    }

    /// Starts `writers` processes together (each with its own note, so every record's content
    /// is its own) and waits for all of them.
    static func writeAtOnce(into folder: URL, force: Bool) throws -> [Writer] {
        let logs = try RecordCrashTests.makeFolder("concurrent-logs")
        defer { try? FileManager.default.removeItem(at: logs) }
        var processes: [(Process, String, URL)] = []
        for index in 0..<writers {
            let note = "writer \(index)"
            let log = logs.appendingPathComponent("\(index).err")
            try Data().write(to: log)
            let process = Process()
            process.executableURL = ToolRunner.executable
            process.arguments =
                [
                    "decide", RecordCrashTests.scenario, "--quarters", "1", "--no-alternatives",
                    "--record-dir", folder.path, "--note", note,
                ] + (force ? ["--force"] : [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: log)
            processes.append((process, note, log))
        }
        for (process, _, _) in processes { try process.run() }
        return try processes.map { process, note, log in
            process.waitUntilExit()
            // A death by signal is a negative status, so it never passes for an exit expected.
            let status = process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
            return Writer(
                note: note, status: status,
                stderr: try String(contentsOf: log, encoding: .utf8))
        }
    }

    /// The note of every file in the folder, by file name; hidden files are reported as such.
    static func notes(in folder: URL) throws -> [String: String] {
        var notes: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let record = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            notes[name] =
                RecordCrashTests.isCompleteRecord(folder.appendingPathComponent(name))
                ? record?["note"] as? String ?? "<no note>" : "<incomplete>"
        }
        return notes
    }

    @Test func withoutForceExactlyOneWriterWinsAndEveryOtherExits73() throws {
        for round in 0..<Self.rounds {
            let folder = try RecordCrashTests.makeFolder("concurrent")
            defer { try? FileManager.default.removeItem(at: folder) }
            let writers = try Self.writeAtOnce(into: folder, force: false)
            let winners = writers.filter { $0.status == 0 }
            let refused = writers.filter { $0.status == 73 }
            #expect(winners.count == 1, "round \(round): \(winners.count) writers exited 0")
            #expect(refused.count == Self.writers - 1, "round \(round): exits \(writers.map(\.status))")
            let path = folder.appendingPathComponent(Self.recordName).path
            for writer in refused {
                #expect(writer.stderr.contains("\(path) exists"), "round \(round): \(writer.stderr)")
            }
            // The one that said it recorded is the one whose record is there, and nothing else is.
            #expect(try Self.notes(in: folder) == [Self.recordName: winners.first?.note ?? "?"], "round \(round)")
        }
    }

    @Test func withForceEveryReplacedRecordSurvivesUnderItsOwnBackupName() throws {
        for round in 0..<Self.rounds {
            let folder = try RecordCrashTests.makeFolder("concurrent-force")
            defer { try? FileManager.default.removeItem(at: folder) }
            let writers = try Self.writeAtOnce(into: folder, force: true)
            #expect(writers.allSatisfy { $0.status == 0 }, "round \(round): exits \(writers.map(\.status))")
            let notes = try Self.notes(in: folder)
            let names = [Self.recordName] + (1..<Self.writers).map { "\(Self.recordName).\($0)" }
            #expect(notes.keys.sorted() == names.sorted(), "round \(round): \(notes.keys.sorted())")
            // Each writer's record exactly once: 20 files, 20 different notes, all the writers'.
            #expect(notes.values.sorted() == writers.map(\.note).sorted(), "round \(round): \(notes.values.sorted())")
            if round == 0 {
                let history = try ToolRunner.run(["history", folder.path], exits: 0)
                #expect(history.stdout.contains("2027-Q1"))
            }
        }
    }
}
