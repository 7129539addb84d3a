import Foundation
import ScenarioIO
import Testing

/// Output files are replaced whole, but never a device, pipe or link: `--out /dev/null` run as
/// root once replaced the machine's /dev/null with a regular file.
@Suite("Atomic file targets")
struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func aRegularFileIsReplacedWhole() throws {
        let path = try Self.folder().appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(Self.kind(path) == S_IFREG)
    }

    /// A pipe stays a pipe and its reader gets the data, as with a device such as /dev/null.
    @Test func aPipeIsWrittenIntoNotReplaced() throws {
        let path = try Self.folder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        // The reader is open first (without blocking), so the writer's open does not wait.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write(Data("through the pipe".utf8), to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe")
        #expect(Self.kind(path) == S_IFIFO)
    }

    @Test func aLinkIsFollowedAndKept() throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("target.txt").path
        let link = folder.appendingPathComponent("link.txt").path
        try AtomicFile.write(Data("old".utf8), to: target)
        #expect(symlink(target, link) == 0)
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(Self.kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    /// Only where /dev/null is a device to begin with (a machine where an older build replaced
    /// it has a regular file there).
    @Test(.enabled(if: kind("/dev/null") == S_IFCHR)) func theNullDeviceStaysADevice() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        #expect(Self.kind("/dev/null") == S_IFCHR)
    }
}
