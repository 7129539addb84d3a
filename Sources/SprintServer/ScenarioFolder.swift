import Foundation
import ScenarioIO
import SprintModel

/// The scenarios the server may read and the one folder it may write what-ifs into. Requests
/// name a scenario by its file name only; a name that is not one of the folder's `.json` files
/// is unknown, so no request can reach a path outside the folder.
struct ScenarioFolder: Sendable {
    /// The folder of the scenarios (absolute, standardised).
    let folder: String
    /// The scenario opened first: the file given, or the folder's first scenario.
    let initial: String?
    let cache = ScenarioCache()

    init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            folder = url.path
            initial = nil
        } else {
            folder = url.deletingLastPathComponent().path
            initial = url.lastPathComponent
        }
    }

    /// The scenario files' names, sorted, the given file first.
    func names() -> [String] {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { Self.isPlainName($0) && $0.hasSuffix(".json") }.sorted()
        guard let initial else { return all }
        return [initial] + all.filter { $0 != initial }
    }

    /// The path of the scenario `name`, nil when the folder has no such scenario file.
    func path(of name: String) -> String? {
        guard Self.isPlainName(name), names().contains(name) else { return nil }
        return (folder as NSString).appendingPathComponent(name)
    }

    /// Loads scenario `name`: 404 for a name the folder does not have, 422 with the loader's
    /// located errors for an invalid file.
    func load(_ name: String) throws(APIError) -> (scenario: Scenario, path: String) {
        guard let path = path(of: name) else { throw .notFound("no scenario \"\(name)\" in the scenario folder") }
        let result = cache.load(path)
        guard let scenario = result.scenario else { throw APIError(.unprocessableContent, diagnostics: result.errors) }
        return (scenario, path)
    }

    /// Where a new what-if file `name` goes: refused unless it is a plain `.json` file name.
    func newFile(_ name: String) throws(APIError) -> String {
        guard Self.isPlainName(name), name.hasSuffix(".json"), name.count <= 100 else {
            throw APIError(
                .badRequest, code: "invalid-file-name",
                "expected a file name such as what-if-t4.json (letters, digits, . _ -), found \"\(name)\"",
                path: "file")
        }
        return (folder as NSString).appendingPathComponent(name)
    }

    /// Letters, digits, `.`, `_` and `-`, not starting with a dot: no folder, no `..`.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
        }
    }
}
