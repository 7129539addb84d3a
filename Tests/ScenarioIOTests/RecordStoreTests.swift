import Foundation
import ScenarioIO
import SprintModel
import Synchronization
import Testing

/// The record folder: one record per quarter, never overwritten in silence, replaced records kept
/// as numbered backups, also when many writers in this process write at the same moment. (The
/// same with separate processes: `RecordConcurrencyTests` in the CLI tests.)
@Suite("Record store")
struct RecordStoreTests {
    static func record(note: String) -> DecisionRecord {
        var record = DecisionRecordFileTests.sparse
        record.note = note
        return record
    }

    static func note(in file: URL) throws -> String? {
        try #require(DecisionRecordFile.load(file.path).record).note
    }

    /// Every file in the folder, with the hidden ones.
    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aRecordIsWrittenOnceAndReplacedOnlyWithABackup() throws {
        try FixturePaths.withTemporaryFolder { base in
            let folder = base.appendingPathComponent("records/nested")
            let first = try RecordStore.write(Self.record(note: "first"), into: folder.path, replacing: false)
            let path = folder.appendingPathComponent("decision-2027-Q1.json")
            #expect(first == RecordStore.Placement(path: path.path, backup: nil))
            let original = try Data(contentsOf: path)
            #expect(original == Data(DecisionRecordFile.encode(Self.record(note: "first")).rendered().utf8))

            #expect(throws: RecordStore.Failure.exists(path.path)) {
                try RecordStore.write(Self.record(note: "second"), into: folder.path, replacing: false)
            }
            #expect(try Data(contentsOf: path) == original)

            let second = try RecordStore.write(Self.record(note: "second"), into: folder.path, replacing: true)
            #expect(second.backup == path.path + ".1")
            let third = try RecordStore.write(Self.record(note: "third"), into: folder.path, replacing: true)
            #expect(third.backup == path.path + ".2")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path.path + ".1")) == original)
            #expect(try Self.note(in: URL(fileURLWithPath: path.path + ".2")) == "second")
            #expect(try Self.note(in: path) == "third")
            #expect(
                try Self.names(folder) == [
                    "decision-2027-Q1.json", "decision-2027-Q1.json.1",
                    "decision-2027-Q1.json.2",
                ])
        }
    }

    @Test func aFolderThatCannotBeCreatedIsReported() throws {
        try FixturePaths.withTemporaryFolder { base in
            let blocker = base.appendingPathComponent("file")
            try Data("x".utf8).write(to: blocker)
            #expect {
                let folder = blocker.appendingPathComponent("sub").path
                try RecordStore.write(Self.record(note: "x"), into: folder, replacing: false)
            } throws: { error in
                guard case .cannotCreateFolder? = error as? RecordStore.Failure else { return false }
                return true
            }
        }
    }

    /// Runs `body(index)` on `count` threads of their own and returns when all are done.
    static func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                body(index)
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// Holds every writer at the moment its record is durable in its temporary file until all
    /// writers have reached it, so that they put their records in place together: the moment a
    /// check-then-act race (or an unlocked backup-then-rename) loses a record.
    final class Barrier: Sendable {
        let count: Int
        let arrived = Atomic<Int>(0)

        init(_ count: Int) { self.count = count }

        /// Gives up after 10 s, so a writer that failed before reaching it cannot hang the test
        /// (the test's counts then report the failure).
        func wait() {
            arrived.add(1, ordering: .sequentiallyConsistent)
            let deadline = Date().addingTimeInterval(10)
            while arrived.load(ordering: .sequentiallyConsistent) < count && Date() < deadline { sched_yield() }
        }
    }

    /// A count shared by threads.
    final class Tally: Sendable {
        let value = Atomic<Int>(0)
        func add() { value.add(1, ordering: .relaxed) }
        var count: Int { value.load(ordering: .relaxed) }
    }

    /// 20 threads write at once, five rounds: without replacing exactly one wins; with replacing
    /// every record survives once, as the record or under its own backup number.
    @Test func concurrentWritersInOneProcessLoseNothing() throws {
        let writers = 20
        for round in 0..<5 {
            try FixturePaths.withTemporaryFolder { folder throws in
                let placed = Tally(), barrier = Barrier(writers), path = folder.path
                Self.onThreads(writers) { index in
                    let record = Self.record(note: "writer \(index)")
                    let placement = try? RecordStore.write(
                        record, into: path, replacing: false,
                        beforeCommit: barrier.wait)
                    if placement != nil {
                        placed.add()
                    }
                }
                #expect(placed.count == 1, "round \(round)")
                #expect(try Self.names(folder) == ["decision-2027-Q1.json"], "round \(round)")
            }
            try FixturePaths.withTemporaryFolder { folder throws in
                let failed = Tally(), barrier = Barrier(writers), path = folder.path
                Self.onThreads(writers) { index in
                    let record = Self.record(note: "writer \(index)")
                    let placement = try? RecordStore.write(
                        record, into: path, replacing: true,
                        beforeCommit: barrier.wait)
                    if placement == nil {
                        failed.add()
                    }
                }
                #expect(failed.count == 0, "round \(round)")
                let names = try Self.names(folder)
                let expected = ["decision-2027-Q1.json"] + (1..<writers).map { "decision-2027-Q1.json.\($0)" }
                #expect(names == expected.sorted(), "round \(round)")
                let notes = try names.map { try Self.note(in: folder.appendingPathComponent($0)) }
                let everyWriter = (0..<writers).map { "writer \($0)" }.sorted()
                #expect(notes.compactMap { $0 }.sorted() == everyWriter, "round \(round)")
            }
        }
    }
}
