import Foundation

/// Writes files whole or not at all: the data goes into a new hidden temporary file in the
/// target's folder (`.NAME.PID.RANDOM.tmp`), is flushed to disk, and only then becomes visible
/// under the target name; the folder is flushed last, so the new name survives a power cut too.
/// A reader never sees half a file, and a process killed at any moment leaves the old file intact
/// (at worst a hidden `.tmp` file stays behind).
///
/// Errors are `POSIXError`s with the failing call's `errno`.
public enum AtomicFile {
    /// Replaces (or creates) the file at `path` with `data` by `rename(2)`.
    ///
    /// - Parameter beforeCommit: runs once the data is durable in the temporary file and before
    ///   it is renamed; the crash tests end the process there.
    ///
    /// A target that is not a regular file is not replaced: a device or pipe (`/dev/null`,
    /// `/dev/stdout`, a FIFO) is written into directly — renaming onto it would replace the
    /// device itself, which as root breaks `/dev/null` for every program on the machine — and a
    /// symbolic link is followed, so the file it points to is replaced and the link stays.
    public static func write(_ data: Data, to path: String, beforeCommit: () -> Void = {}) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let target = realpath(path, nil) else { throw error(errno) }
                defer { free(target) }
                return try write(data, to: String(cString: target), beforeCommit: beforeCommit)
            case S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK:
                return try writeInto(data, special: path)
            default: break
            }
        }
        let temporary = try temporaryCopy(of: data, beside: path)
        beforeCommit()
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw error(code)
        }
        syncFolder(of: path)
    }

    /// Writes `data` into an existing device or pipe, as `cat > path` would.
    static func writeInto(_ data: Data, special path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno) }
        let failure = writeAll(data, to: descriptor)
        close(descriptor)
        if failure != 0 { throw error(failure) }
    }

    /// Writes all of `data` to `descriptor`, retrying on interruption; the `errno` of a failure or 0.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        return failure
    }

    /// A new temporary file beside `path` holding `data`, flushed to disk; returns its path.
    /// The name is unique (created with `O_EXCL`), so concurrent writers of one target, in one
    /// process or many, never share a temporary file.
    static func temporaryCopy(of data: Data, beside path: String) throws -> String {
        let folder = folder(of: path)
        let name = (path as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        var descriptor: Int32 = -1
        var temporary = ""
        while descriptor < 0 {
            let unique = "\(pid).\(UInt32.random(in: .min ... .max))"
            temporary = (folder as NSString).appendingPathComponent(".\(name).\(unique).tmp")
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 && errno != EEXIST { throw error(errno) }
        }
        var failure = writeAll(data, to: descriptor)
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw error(failure)
        }
        return temporary
    }

    /// Flushes the folder holding `path`, so that a rename or link in it is on disk. Best effort:
    /// some file systems refuse to open or sync a folder, and the data itself is already safe.
    static func syncFolder(of path: String) {
        let descriptor = open(folder(of: path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The folder of `path` as given (`.` for a bare file name), not resolved against anything.
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    static func error(_ code: Int32) -> POSIXError { POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
}
