import Foundation
import Testing

/// The same input gives byte-identical output whatever the locale, the time zone, the number
/// of worker threads, or the run.
@Suite("Output does not depend on the environment")
struct EnvironmentIndependenceTests {
    static let environments: [[String: String]] = [
        ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"],
        ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Auckland"],
        ["LANG": "en_US.UTF-8", "TZ": "America/St_Johns"],
    ]

    static let commands: [[String]] = [
        ["score", "scenarios/myk10/myk10.json", "--format", "csv"],
        ["plan", "scenarios/myk10/myk10.json", "--quarters", "2", "--format", "json", "--stable"],
        [
            "compare", "scenarios/myk10/myk10.json", "scenarios/myk10/one-team-fewer.json", "--quarters", "1",
            "--stable", "--jobs", "JOBS",
        ],
        [
            "report", "scenarios/myk10/myk10.json", "--compare", "scenarios/myk10/budget-cut-25.json", "--quarters",
            "1", "--stable",
            "--lang", "de", "--jobs", "JOBS", "--out", "OUT",
        ],
    ]

    /// stdout, or the written file for `report`.
    static func output(_ arguments: [String], environment: [String: String], jobs: Int) throws -> Data {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-env-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let resolved = arguments.map { $0 == "JOBS" ? String(jobs) : $0 == "OUT" ? out.path : $0 }
        let run = try ToolRunner.run(resolved, environment: environment, exits: 0)
        return resolved.contains(out.path) ? try Data(contentsOf: out) : Data(run.stdout.utf8)
    }

    @Test(arguments: commands)
    func byteIdenticalAcrossLocalesTimeZonesThreadsAndRuns(arguments: [String]) throws {
        let reference = try Self.output(arguments, environment: Self.environments[0], jobs: 1)
        #expect(!reference.isEmpty)
        for (index, environment) in Self.environments.enumerated() {
            for jobs in [1, 2] where !(index == 0 && jobs == 1) {
                #expect(
                    try Self.output(arguments, environment: environment, jobs: jobs) == reference,
                    "\(environment) jobs \(jobs)")
            }
        }
        #expect(try Self.output(arguments, environment: Self.environments[0], jobs: 1) == reference, "repeated run")
    }
}
