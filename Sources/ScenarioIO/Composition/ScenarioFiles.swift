import Foundation

/// Reads scenario files from disk, refusing what is not a regular file or is too large
/// before reading it (so `/dev/zero` or a 200 MB file cannot exhaust memory).
enum ScenarioFiles {
    /// Largest scenario file accepted. A programme-wide scenario (thousands of measures) is
    /// a few megabytes; anything far larger is a mistake, not a scenario.
    static let maximumBytes = 64 * 1024 * 1024

    enum ReadError: Error, Equatable {
        case notFound
        case notARegularFile(String)
        case tooLarge(Int)
        case unreadable(String)
    }

    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.notFound) }
        if isDirectory.boolValue { return .failure(.notARegularFile("a directory")) }
        guard let attributes = try? manager.attributesOfItem(atPath: path) else {
            return .failure(.unreadable("cannot read its attributes"))
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return .failure(.notARegularFile(type == .typeCharacterSpecial || type == .typeBlockSpecial ? "a device" : "not a regular file"))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes { return .failure(.tooLarge(size)) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable("permission denied")) }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes { return .failure(.tooLarge(data.count)) }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
    }

    /// `dir/../x.json` → `x.json`, `./a/./b` → `a/b`: lexical, for readable messages.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == ".." && absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The path of `relative` as seen from the folder of `file`.
    static func resolve(_ relative: String, from file: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        let folder = (file as NSString).deletingLastPathComponent
        return normalize(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// A key identifying the file on disk (symlinks resolved), for cycle detection.
    static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func describe(_ error: ReadError, path: String) -> (DiagnosticCode, String) {
        switch error {
        case .notFound: return (.fileNotFound, "file \"\(path)\" does not exist")
        case .notARegularFile(let what): return (.fileUnreadable, "\"\(path)\" is \(what), not a scenario file")
        case .tooLarge(let size):
            return (.fileTooLarge, "file \"\(path)\" has \(size) bytes; scenario files may have at most \(maximumBytes) bytes (\(maximumBytes / 1024 / 1024) MiB)")
        case .unreadable(let reason): return (.fileUnreadable, "cannot read \"\(path)\": \(reason)")
        }
    }
}
