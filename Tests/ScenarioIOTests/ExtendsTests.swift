import Foundation
import SprintModel
import Testing

@testable import ScenarioIO

@Suite("extends")
struct ExtendsTests {
    private func load(_ path: String) throws -> Scenario {
        let result = ScenarioLoader.load(file: path)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        return try #require(result.scenario)
    }

    @Test func budgetCutReplacesOnlyTheBudget() throws {
        let base = try load(FixturePaths.scenario("myk10/myk10.json"))
        let cut = try load(FixturePaths.scenario("myk10/budget-cut-25.json"))
        #expect(cut.budget.total == Money(euros: 2_175_000))
        #expect(cut.budget.total!.cents * 4 == base.budget.total!.cents * 3)
        #expect(cut.budget.ownShareCap!.cents * 4 == base.budget.ownShareCap!.cents * 3)
        #expect(cut.measures == base.measures)
        #expect(cut.sprintteams == base.sprintteams)
        #expect(cut.name != base.name)
    }

    @Test func removeDeletesTeamsById() throws {
        let base = try load(FixturePaths.scenario("myk10/myk10.json"))
        let fewer = try load(FixturePaths.scenario("myk10/one-team-fewer.json"))
        #expect(base.sprintteams.count - fewer.sprintteams.count == 3)
        #expect(fewer.team("T4") == nil && fewer.team("T8") == nil && fewer.team("T12") == nil)
        for zielbild in base.zielbilder {
            #expect(fewer.sprintteams.filter { $0.zielbild == zielbild.id }.count == 3)
        }
    }

    @Test func newIdeasAreAppendedAfterTheBaseMeasures() throws {
        let base = try load(FixturePaths.scenario("myk10/myk10.json"))
        let ideas = try load(FixturePaths.scenario("myk10/new-ideas.json"))
        #expect(Array(ideas.measures.prefix(base.measures.count)) == base.measures)
        #expect(ideas.measures.dropFirst(base.measures.count).map(\.id) == ["M60", "M61", "M62", "M63", "M64"])
        #expect(ideas.measures.dropFirst(base.measures.count).allSatisfy { $0.source == .ideas })
    }

    @Test func childFieldsMergeIntoTheBaseEntityAndNullRemovesAField() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let child = folder.appendingPathComponent("child.json")
            let base = FixturePaths.valid("small.json")
            try """
            { "format": "sprintplan/1", "extends": "\(base)",
              "measures": [ { "id": "M3", "effort": 3, "deadline": null } ],
              "policy": { "discountRate": 0.05 } }
            """.write(to: child, atomically: true, encoding: .utf8)
            let merged = try load(child.path)
            let original = try load(base)
            let m3 = try #require(merged.measure("M3"))
            #expect(m3.effort == 3)
            #expect(m3.deadline == nil)
            #expect(m3.name == original.measure("M3")!.name)
            #expect(m3.ratings == original.measure("M3")!.ratings)
            #expect(merged.policy.discountRate == 0.05)
            #expect(merged.policy.switchingCost == original.policy.switchingCost)
        }
    }

    @Test func errorsInAChildPointIntoTheChildAndErrorsInTheBaseIntoTheBase() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let base = folder.appendingPathComponent("base.json")
            let child = folder.appendingPathComponent("child.json")
            let small = try String(contentsOfFile: FixturePaths.valid("small.json"), encoding: .utf8)
            try small.replacingOccurrences(
                of: "\"effort\": 1, \"costPerTeamQuarter\": 30000",
                with: "\"effort\": -1, \"costPerTeamQuarter\": 30000"
            )
            .write(to: base, atomically: true, encoding: .utf8)
            try
                "{ \"format\": \"sprintplan/1\", \"extends\": \"base.json\",\n  \"measures\": [ { \"id\": \"M4\", \"progress\": 9 } ] }"
                .write(to: child, atomically: true, encoding: .utf8)
            let result = ScenarioLoader.load(file: child.path)
            #expect(Set(result.errors.map(\.code)) == [.nonPositiveEffort, .progressExceedsEffort])
            let byCode = Dictionary(uniqueKeysWithValues: result.errors.map { ($0.code, $0) })
            #expect(byCode[.nonPositiveEffort]?.location?.file.hasSuffix("base.json") == true)
            #expect(byCode[.progressExceedsEffort]?.location?.file.hasSuffix("child.json") == true)
            #expect(byCode[.progressExceedsEffort]?.location?.line == 2)
            #expect(result.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["child.json", "base.json"])
        }
    }

    @Test func aLongChainWithinTheLimitResolvesAndOneBeyondIsRefused() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let small = FixturePaths.valid("small.json")
            let limit = ScenarioComposer.maximumChainLength
            for index in 0..<(limit + 5) {
                let base = index == 0 ? small : folder.appendingPathComponent("level\(index - 1).json").path
                try
                    "{ \"format\": \"sprintplan/1\", \"extends\": \"\(base)\", \"policy\": { \"switchingCost\": \(index) } }"
                    .write(to: folder.appendingPathComponent("level\(index).json"), atomically: true, encoding: .utf8)
            }
            let ok = try load(folder.appendingPathComponent("level\(limit - 2).json").path)
            #expect(ok.policy.switchingCost == Double(limit - 2))
            let tooLong = ScenarioLoader.load(file: folder.appendingPathComponent("level\(limit + 4).json").path)
            #expect(tooLong.errors.map(\.code) == [.extendsTooDeep])
        }
    }

    @Test func extendingADeviceIsRefusedWithoutReadingIt() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let child = folder.appendingPathComponent("child.json")
            try "{ \"format\": \"sprintplan/1\", \"extends\": \"/dev/zero\" }".write(
                to: child, atomically: true, encoding: .utf8)
            let result = ScenarioLoader.load(file: child.path)
            #expect(result.errors.map(\.code) == [.fileUnreadable])
            #expect(result.errors.first?.message.contains("device") == true)
        }
    }
}
