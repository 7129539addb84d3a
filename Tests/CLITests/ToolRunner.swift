import Foundation
import Testing

/// Runs the built `sprintplan` executable as a user would, capturing how it ended and its output.
enum ToolRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (SwiftPM builds both into one folder).
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("sprintplan")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/sprintplan")
    }

    /// Runs with the package root as working directory, so paths in output are short and stable,
    /// and records an issue (showing stderr) unless the tool exits with `expected` (or one of
    /// the `alternatives`): every test states how the run must end, so a tool that crashes or
    /// fails cannot pass a test that only looks at its output. A death by signal never matches,
    /// even when the signal's number is a status expected. `environment` adds variables for
    /// this run only (never set them in the test process: suites run in parallel and every
    /// spawned tool would inherit them).
    @discardableResult
    static func run(
        _ arguments: [String], environment: [String: String] = [:],
        exits expected: Int32, _ alternatives: Int32..., sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let run = Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
        let ending = process.terminationReason == .exit ? "exited \(run.status)" : "died of signal \(run.status)"
        let statuses = [expected] + alternatives
        if process.terminationReason != .exit || !statuses.contains(run.status) {
            let spelled = statuses.map(String.init).joined(separator: " or ")
            Issue.record(
                """
                sprintplan \(arguments.joined(separator: " ")) \(ending), expected exit \(spelled); stderr:
                \(run.stderr)
                """, sourceLocation: sourceLocation)
        }
        return run
    }
}

/// Golden files: expected output lives in `Tests/CLITests/Golden/NAME`. A missing or different
/// file fails the test; `SPRINTPLAN_RECORD_GOLDEN=1 swift test` rewrites them (review the diff).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertMatches(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SPRINTPLAN_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: file, options: .atomic)
            return
        }
        // Compared as bytes: reading as a String would silently drop a byte-order mark.
        guard let data = try? Data(contentsOf: file) else {
            Issue.record(
                "golden file \(name) is missing; record it with SPRINTPLAN_RECORD_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        if data != Data(actual.utf8) {
            let expected = String(decoding: data, as: UTF8.self)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            Issue.record(
                """
                output differs from golden file \(name) at line \(first + 1):
                  expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
                  actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
