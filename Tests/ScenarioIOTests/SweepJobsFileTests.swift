import Foundation
import Testing

@testable import ScenarioIO
@testable import SprintModel

/// The files of a sweep run as batch jobs: a point's result reads back to the same numbers
/// (no digit lost, so a merged sweep equals the in-process one), and the job list quotes
/// what a shell would split.
@Suite struct SweepJobsFileTests {
    static func write(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func aPointResultReadsBackExactly() throws {
        let record = SweepPointRecord(
            scenarioHash: "abc", status: SearchOutcome.found(.stopped(.timeLimit)), objective: 1895.5400000000002,
            gap: 1.2345678901234567e-7,
            completions: [("Z1", 3), ("Z2", 0)], bundles: ["L01"], spending: Money(cents: 123_456_789),
            ownShare: Money(cents: 5), firstQuarter: [("T1", "M01"), ("T2", nil)], verified: true,
            solveSeconds: 0.1 + 0.2)
        let file = try Self.write(SweepPointFile.json(record).rendered())
        defer { try? FileManager.default.removeItem(at: file) }
        let (read, diagnostics) = SweepPointFile.load(file.path)
        #expect(diagnostics.isEmpty)
        let back = try #require(read)
        #expect(back.objective == 1895.5400000000002 && back.gap == 1.2345678901234567e-7)
        #expect(back.solveSeconds == 0.1 + 0.2)
        #expect(back.status == SearchOutcome.found(.stopped(.timeLimit)) && back.spending == Money(cents: 123_456_789))
        #expect(back.completions.map { $0.zielbild } == ["Z1", "Z2"] && back.completions.map { $0.count } == [3, 0])
        #expect(
            back.firstQuarter.map { $0.team } == ["T1", "T2"] && back.firstQuarter.map { $0.measure } == ["M01", nil])
    }

    @Test func aBrokenPointResultNamesEveryProblem() throws {
        let file = try Self.write(
            #"{"format": "sprintplan-sweep-point/1", "status": "fine", "objective": 3, "completions": [], "extra": 1}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let (read, diagnostics) = SweepPointFile.load(file.path)
        #expect(read == nil)
        let messages = diagnostics.map(\.description).joined(separator: "\n")
        #expect(messages.contains("unknown status \"fine\""))
        #expect(messages.contains("objective: expected a string"))
        #expect(messages.contains("unknown key \"extra\""))
        #expect(messages.contains("missing required key \"scenario\""))
    }

    @Test func theManifestReadsBackAndTheJobListQuotesForTheShell() throws {
        let jobs = SweepJobs(
            scenario: "base.json", vary: ["budget.total=1e6,2e6"], zielbilder: ["Z1"], teams: ["T1", "T2"],
            planning: ["--time-limit", "60", "--cuts", "a b", "it's"], points: [[1e6], [2e6]], hashes: ["h0", "h1"])
        let file = try Self.write(SweepJobsFile.json(jobs).rendered())
        defer { try? FileManager.default.removeItem(at: file) }
        let (read, diagnostics) = SweepJobsFile.load(file.path)
        #expect(diagnostics.isEmpty)
        #expect(read == jobs)
        let lines = jobs.jobList.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines[1]
                == #""${SPRINTPLAN:-sprintplan}" sweep point-0001.json --point-result result-0001.json --time-limit 60 --cuts 'a b' 'it'\''s'"#
        )
        #expect(SweepJobs.scenarioFile(12_345) == "point-12345.json")
    }
}
