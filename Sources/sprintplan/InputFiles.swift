import ArgumentParser
import Foundation

/// Every file the command has read, by identity (device and inode, not path spelling), so an
/// output never replaces an input: `--out` the same as `--record`, a hard link to the sheet,
/// `./x.json` for `x.json` or a symbolic link to the scenario are all refused (exit 64).
enum InputFiles {
    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    nonisolated(unsafe) private static var read: [Identity: String] = [:]
    private static let lock = NSLock()

    /// Notes files the command reads; files that do not exist are skipped.
    static func note(_ paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for path in paths {
            if let identity = identity(path), read[identity] == nil { read[identity] = path }
        }
    }

    /// Exit 64 when `path` is a file the command has read.
    static func refuseOverwriting(_ path: String) throws {
        guard let identity = identity(path) else { return }
        lock.lock()
        let input = read[identity]
        lock.unlock()
        guard let input else { return }
        printError(
            "error: \(path) is the input file \(input); "
                + "choose another output file (an input is never overwritten)")
        throw ExitCode.usage
    }

    private static func identity(_ path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
