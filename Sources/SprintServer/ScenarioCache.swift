import Foundation
import ScenarioIO
import Synchronization

/// Loaded scenarios, kept while none of the files they were read from (the scenario and its
/// `extends` bases) has changed: listing the folder and every request would otherwise parse and
/// validate each file again (about 85 ms for a MYK10 file in a debug build).
final class ScenarioCache: Sendable {
    private struct Entry {
        var result: ScenarioLoadResult
        var stamps: [String: Date]
    }

    private let entries = Mutex<[String: Entry]>([:])

    func load(_ path: String) -> ScenarioLoadResult {
        if let entry = entries.withLock({ $0[path] }), entry.stamps.allSatisfy({ Self.stamp($0.key) == $0.value }) {
            return entry.result
        }
        let result = ScenarioLoader.load(file: path)
        var stamps: [String: Date] = [:]
        for file in Set(result.files + [path]) { stamps[file] = Self.stamp(file) ?? .distantPast }
        entries.withLock { $0[path] = Entry(result: result, stamps: stamps) }
        return result
    }

    private static func stamp(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
