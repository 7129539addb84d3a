import Foundation
import SprintModel
import Testing

@testable import ScenarioIO

@Suite("Bundled scenarios")
struct BundledScenarioTests {
    static let files = [
        "myk10/myk10.json", "myk10/budget-cut-25.json", "myk10/one-team-fewer.json", "myk10/new-ideas.json",
        "myk10/myk10-shared.json", "myk10/myk10-shared-realised.json",
    ]

    @Test("every bundled scenario is valid", arguments: files)
    func valid(file: String) {
        let result = ScenarioLoader.load(file: FixturePaths.scenario(file))
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.scenario != nil)
    }

    @Test func myk10HasTheSizeOfARealDistrict() throws {
        let scenario = try #require(ScenarioLoader.load(file: FixturePaths.scenario("myk10/myk10.json")).scenario)
        #expect(scenario.zielbilder.count == 3)
        for zielbild in scenario.zielbilder {
            #expect(scenario.sprintteams.filter { $0.zielbild == zielbild.id }.count == 4)
        }
        #expect(scenario.measures.filter { $0.status == .candidate }.count >= 45)
        #expect(scenario.solutions.count >= 8)
        #expect(Set(scenario.measures.map(\.source)) == [.strategy, .ideas])
        #expect(Set(scenario.criteria.map(\.kind)) == [.funding, .impact])
        #expect(scenario.measures.contains { $0.status == .running && $0.progress > 0 })
        #expect(scenario.programme.endDate == CalendarDate("2027-12-31"))
    }

    @Test func loadingTwiceGivesTheSameScenario() {
        let first = ScenarioLoader.load(file: FixturePaths.scenario("myk10/new-ideas.json"))
        let second = ScenarioLoader.load(file: FixturePaths.scenario("myk10/new-ideas.json"))
        #expect(first.scenario == second.scenario)
        #expect(first.diagnostics == second.diagnostics)
    }

    @Test func warningsDoNotFailValidation() {
        let result = ScenarioLoader.load(file: FixturePaths.scenario("myk10/one-team-fewer.json"))
        #expect(result.scenario != nil)
        #expect(!result.warnings.isEmpty)
        #expect(result.warnings.allSatisfy { $0.code == .skillUnavailable })
    }

    @Test func aBundleMixingZielbilderIsAWarning() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let child = folder.appendingPathComponent("mixed.json")
            try """
            { "format": "sprintplan/1", "extends": "\(FixturePaths.valid("small.json"))",
              "solutions": [ { "id": "L1", "measures": ["M1", "M2", "M3"] } ] }
            """.write(to: child, atomically: true, encoding: .utf8)
            let result = ScenarioLoader.load(file: child.path)
            #expect(result.scenario != nil)
            #expect(result.warnings.map(\.code) == [.bundleMixesZielbilder])
        }
    }

    @Test func aScenarioWithoutCriteriaAndTeamsIsValid() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("portfolio.json")
            try """
            { "format": "sprintplan/1", "name": "Portfolio only",
              "programme": { "name": "P", "endDate": "2027-12-31" },
              "horizon": { "start": "2027-Q1", "quarters": 4 },
              "zielbilder": [ { "id": "Z1", "name": "One" } ],
              "solutions": [ { "id": "L1", "name": "B", "zielbild": "Z1", "measures": ["A", "B"], "bundleValue": 10 } ],
              "measures": [
                { "id": "A", "name": "A", "zielbild": "Z1", "effort": 1, "costPerTeamQuarter": 0, "oneOffCost": 1000 },
                { "id": "B", "name": "B", "zielbild": "Z1", "effort": 1, "costPerTeamQuarter": 0, "oneOffCost": 2000 }
              ],
              "budget": { "total": 2500 } }
            """.write(to: file, atomically: true, encoding: .utf8)
            let result = ScenarioLoader.load(file: file.path)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
            #expect(result.scenario?.solutions.first?.bundleValue == 10)
        }
    }

    @Test func anOversizedFileIsRefusedBeforeReading() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("huge.json")
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: UInt64(ScenarioFiles.maximumBytes + 1))  // sparse: no disk used
            try handle.close()
            let result = ScenarioLoader.load(file: file.path)
            #expect(result.errors.map(\.code) == [.fileTooLarge])
        }
    }
}
