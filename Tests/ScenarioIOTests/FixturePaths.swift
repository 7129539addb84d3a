import Foundation

/// Paths of the test fixtures and the bundled scenarios, found from this source file so the
/// tests run from any working directory.
enum FixturePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let scenarios = packageRoot.appendingPathComponent("scenarios")

    static func invalid(_ name: String) -> String { fixtures.appendingPathComponent("invalid/\(name)").path }
    static func valid(_ name: String) -> String { fixtures.appendingPathComponent("valid/\(name)").path }
    static func scenario(_ relative: String) -> String { scenarios.appendingPathComponent(relative).path }

    /// A temporary folder removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) rethrows -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
