import Foundation
import Testing

/// Ctrl-C and SIGTERM during a long solve: a prompt, clean stop with 130/143, no output unless
/// asked, and never a record.
@Suite("Interrupted runs", .serialized)
struct InterruptionTests {
    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: String
        var secondsAfterSignal: Double
    }

    /// Runs the tool, sends `signal` after `delay` seconds, waits for it to end.
    static func run(_ arguments: [String], signal: Int32, after delay: Double) throws -> Outcome {
        let process = Process()
        process.executableURL = ToolRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = ToolRunner.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var output = Data(), errors = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            output = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errors = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        usleep(UInt32(delay * 1_000_000))
        let sent = Date()
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(sent)
        group.wait()
        // A death by signal is a negative status, so it never passes for the 130/143 expected.
        let status = process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
        return Outcome(
            status: status, stdout: output, stderr: String(decoding: errors, as: UTF8.self), secondsAfterSignal: seconds
        )
    }

    /// A generated district that GLPK cannot prove within a minute.
    static func hardScenario() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-hard-\(UUID().uuidString).json")
        try ToolRunner.run(["generate", "--scale", "district", "--seed", "2", "--out", file.path], exits: 0)
        return file
    }

    @Test func ctrlCStopsPromptlyAndPrintsNothing() throws {
        let scenario = try Self.hardScenario()
        defer { try? FileManager.default.removeItem(at: scenario) }
        let outcome = try Self.run(
            ["plan", scenario.path, "--time-limit", "60", "--format", "json"], signal: SIGINT, after: 2)
        #expect(outcome.status == 130)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("interrupted (SIGINT)"))
        #expect(outcome.secondsAfterSignal < 5)
    }

    @Test func withPartialTheBestPlanSoFarIsPrintedAndVerified() throws {
        let scenario = try Self.hardScenario()
        defer { try? FileManager.default.removeItem(at: scenario) }
        let outcome = try Self.run(
            ["plan", scenario.path, "--time-limit", "60", "--format", "json", "--partial"], signal: SIGTERM, after: 2)
        #expect(outcome.status == 143)
        let plan = try #require(try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any])
        #expect(plan["verified"] as? Bool == true)
        #expect(plan["status"] as? String != "optimal")
        #expect(outcome.secondsAfterSignal < 5)
    }

    @Test func anInterruptedDecisionWritesNoRecord() throws {
        let scenario = try Self.hardScenario()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-int-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: scenario)
            try? FileManager.default.removeItem(at: folder)
        }
        let outcome = try Self.run(
            ["decide", scenario.path, "--time-limit", "60", "--record-dir", folder.path], signal: SIGTERM, after: 2)
        #expect(outcome.status == 143)
        #expect(outcome.stdout.isEmpty)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        #expect(files.isEmpty, "\(files)")
    }
}
