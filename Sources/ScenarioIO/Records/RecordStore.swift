import Foundation
import SprintModel

/// A record folder: one decision record per quarter, `decision-QUARTER.json`, and the records it
/// replaced as numbered backups `decision-QUARTER.json.1`, `.2`, … (never read by `history`).
///
/// Writing is safe against killed processes and against other writers, in this process or any
/// other, at the same moment:
/// - At every instant the record's name holds one complete record or nothing: the bytes are
///   made durable in a hidden temporary file first, then put in place by `link(2)` (which fails
///   if the name exists, atomically) or `rename(2)` (which replaces atomically).
/// - Without `replacing`, exactly one of any number of concurrent writers places its record;
///   every other one gets `.exists`. There is no check-then-write window to lose a record in.
/// - With `replacing`, writers take turns under an exclusive `flock(2)` on the folder. The one
///   whose turn it is links the current record to the lowest free backup number (`link(2)`
///   again, so it never overwrites a backup) before renaming its own record over it. So every
///   replaced record survives exactly once, under its own number. Writers that do not replace
///   need no lock: while a replacing writer works, the name exists, so they cannot slip in.
///   The kernel releases the lock when a process dies, however it dies.
public enum RecordStore {
    /// Why a record was not written. `reason` is the system's wording of the failed call.
    public enum Failure: Error, Sendable, Equatable {
        case cannotCreateFolder(String, reason: String)
        /// A record for the quarter is already in the folder (the path) and was not replaced.
        case exists(String)
        case cannotBackUp(String, as: String, reason: String)
        case cannotWrite(String, reason: String)
    }

    /// Where a record went: its path, and the backup that now holds the record it replaced.
    public struct Placement: Sendable, Equatable {
        public var path: String
        public var backup: String?

        public init(path: String, backup: String?) {
            self.path = path
            self.backup = backup
        }
    }

    /// The record's file name in a record folder.
    public static func fileName(for quarter: Quarter) -> String { "decision-\(quarter).json" }

    /// Writes `record` into `folder` (created if missing) as its quarter's record. An existing
    /// record is kept (`.exists`) unless `replacing`; then it is first kept as a numbered backup.
    ///
    /// - Parameter beforeCommit: runs once the record is durable in its temporary file and before
    ///   it is put in place; the crash tests end the process there.
    @discardableResult
    public static func write(
        _ record: DecisionRecord, into folder: String, replacing: Bool,
        beforeCommit: () -> Void = {}
    ) throws(Failure) -> Placement {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(folder, reason: error.localizedDescription)
        }
        let path = (folder as NSString).appendingPathComponent(fileName(for: record.quarter))
        let bytes = Data(DecisionRecordFile.encode(record).rendered().utf8)
        let temporary: String
        do {
            temporary = try AtomicFile.temporaryCopy(of: bytes, beside: path)
        } catch {
            throw .cannotWrite(path, reason: describe(error))
        }
        // After a link the temporary name is a second name of the record, after a rename it is
        // gone; either way it must not stay behind.
        defer { unlink(temporary) }
        beforeCommit()
        let backup = try replacing ? replace(path, with: temporary, in: folder) : place(path, from: temporary)
        AtomicFile.syncFolder(of: path)
        return Placement(path: path, backup: backup)
    }

    /// Puts the record in place only if the name is free.
    private static func place(_ path: String, from temporary: String) throws(Failure) -> String? {
        guard link(temporary, path) != 0 else { return nil }
        let code = errno
        throw code == EEXIST ? .exists(path) : .cannotWrite(path, reason: describe(code))
    }

    /// Puts the record in place, keeping the one it replaces as a backup; one writer at a time.
    private static func replace(_ path: String, with temporary: String, in folder: String) throws(Failure) -> String? {
        let lock = open(folder, O_RDONLY | O_CLOEXEC)
        guard lock >= 0 else { throw .cannotWrite(path, reason: describe(errno)) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .cannotWrite(path, reason: describe(errno)) }
        }
        if link(temporary, path) == 0 { return nil }
        guard errno == EEXIST else { throw .cannotWrite(path, reason: describe(errno)) }
        // The old record keeps its name until the rename below replaces it, so a process killed
        // in between leaves it in place (and possibly also as a backup, which loses nothing).
        let backup = try keepBackup(of: path)
        guard rename(temporary, path) == 0 else { throw .cannotWrite(path, reason: describe(errno)) }
        return backup
    }

    /// Links the record at `path` to the lowest free name `path.N`; returns that name.
    private static func keepBackup(of path: String) throws(Failure) -> String {
        var number = 1
        while true {
            let backup = "\(path).\(number)"
            if link(path, backup) == 0 { return backup }
            guard errno == EEXIST else { throw .cannotBackUp(path, as: backup, reason: describe(errno)) }
            number += 1
        }
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    private static func describe(_ error: any Error) -> String {
        (error as? POSIXError).map { describe($0.code.rawValue) } ?? error.localizedDescription
    }
}
