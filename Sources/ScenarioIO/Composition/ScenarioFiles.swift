import Foundation

/// Reads scenario files from disk, refusing what is not a regular file or is too large
/// before reading it (so `/dev/zero` or a 200 MB file cannot exhaust memory).
enum ScenarioFiles {
    /// Largest scenario file accepted. A programme-wide scenario (thousands of measures) is
    /// a few megabytes, the largest supported scenario (20,000 measures) about 15; anything
    /// larger is refused before it is read, so reading never eats a time limit.
    static let maximumBytes = 24 * 1024 * 1024

    enum ReadError: Error, Equatable {
        case notFound
        case notARegularFile(String)
        case tooLarge(Int)
        case unreadable(String)
    }

    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let descriptor = open(fileSystemPath(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.notFound)
            case EACCES: return .failure(.unreadable("permission denied"))
            default: return .failure(.unreadable(String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable("cannot read its attributes")) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notARegularFile("a directory"))
        case S_IFCHR, S_IFBLK: return .failure(.notARegularFile("a device"))
        default: return .failure(.notARegularFile("not a regular file"))
        }
        if Int(status.st_size) > maximumBytes { return .failure(.tooLarge(Int(status.st_size))) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maximumBytes else { return .failure(.tooLarge(bytes.count)) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count + 4096, maximumBytes + 1) - bytes.count)
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if got == 0 { break }
            count += got
        }
        if count > maximumBytes { return .failure(.tooLarge(count)) }
        return .success(Array(bytes[..<count]))
    }

    /// The bytes to open for `path`. Swift decodes command-line arguments as UTF-8 and turns a
    /// byte that is not UTF-8 into U+FFFD, so such a file name no longer names the file: the
    /// argument's original bytes are used instead.
    static func fileSystemPath(_ path: String) -> [CChar] {
        guard path.unicodeScalars.contains("\u{FFFD}") else { return Array(path.utf8CString) }
        for index in 0..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            if decoded == path { return (bytes + [0]).map { CChar(bitPattern: $0) } }
            // A base named by `extends` lies in the folder of such an argument: keep that
            // folder's original bytes and append the rest.
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = String(decoding: bytes[...slash], as: UTF8.self)
            if folder.unicodeScalars.contains("\u{FFFD}"), path.hasPrefix(folder) {
                let rest = Array(path.dropFirst(folder.count).utf8)
                return (Array(bytes[...slash]) + rest + [0]).map { CChar(bitPattern: $0) }
            }
        }
        return Array(path.utf8CString)
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
            return (
                .fileTooLarge,
                "file \"\(path)\" has \(size) bytes; scenario files may have at most \(maximumBytes) bytes (\(maximumBytes / 1024 / 1024) MiB)"
            )
        case .unreadable(let reason): return (.fileUnreadable, "cannot read \"\(path)\": \(reason)")
        }
    }
}
