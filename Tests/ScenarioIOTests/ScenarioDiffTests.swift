import SprintModel
import Testing

@testable import ScenarioIO

/// The input diff `compare` shows: by id, by path, nothing for equal content.
@Suite("Scenario diff")
struct ScenarioDiffTests {
    static func load(_ name: String) throws -> Scenario {
        try #require(
            ScenarioLoader.load(file: FixturePaths.scenarios.appendingPathComponent("myk10/\(name)").path).scenario)
    }

    @Test func aScenarioEqualsItselfAndItsCanonicalRewrite() throws {
        let base = try Self.load("myk10.json")
        #expect(ScenarioDiff.changes(from: base, to: base).isEmpty)
        let reread = try #require(ScenarioLoader.check(base, label: "rewritten").scenario)
        #expect(ScenarioDiff.changes(from: base, to: reread).isEmpty)
    }

    @Test func theBudgetCutShowsItsAmounts() throws {
        let changes = ScenarioDiff.changes(from: try Self.load("myk10.json"), to: try Self.load("budget-cut-25.json"))
        let byPath = Dictionary(uniqueKeysWithValues: changes.map { ($0.path, $0) })
        #expect(byPath["budget.total"]?.description == "budget.total: 2900000 → 2175000")
        #expect(byPath["budget.ownShareCap"]?.after == "787500")
        #expect(!changes.contains { $0.path.hasPrefix("measures") })
    }

    @Test func entitiesAreMatchedByIdNotPosition() throws {
        let base = try Self.load("myk10.json")
        var other = base
        other.measures.reverse()
        #expect(ScenarioDiff.changes(from: base, to: other).isEmpty)
        other = base
        let removed = other.measures.remove(at: 3)
        other.measures[0].effort += 1
        let changes = ScenarioDiff.changes(from: base, to: other)
        #expect(changes.map(\.path) == ["measures[\(other.measures[0].id)].effort", "measures[\(removed.id)]"])
        #expect(changes[1].after == nil && changes[1].before == "\"\(removed.name)\"")
        #expect(changes[0].description.hasSuffix("→ \(FixedDecimalSpelling.spell(other.measures[0].effort))"))
    }
}

/// Numbers as the canonical writer spells them.
enum FixedDecimalSpelling {
    static func spell(_ value: Double) -> String { OutputJSON.spell(value, digits: 6) }
}
