import Foundation
import ScenarioIO
import SprintModel

/// Scenarios for scoring tests: the bundled ones, and small ones built in code.
enum ScoringFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load(_ relative: String) -> Scenario {
        let result = ScenarioLoader.load(file: root.appendingPathComponent(relative).path)
        guard let scenario = result.scenario else { fatalError("fixture \(relative) invalid: \(result.errors)") }
        return scenario
    }

    static var small: Scenario { load("Tests/ScenarioIOTests/Fixtures/valid/small.json") }
    static var myk10: Scenario { load("scenarios/myk10/myk10.json") }

    /// One Zielbild, range criteria only, ratings given per measure.
    static func matrixScenario(
        criteria: [(id: String, min: Double, max: Double, direction: Criterion.Direction, weight: Double)],
        ratings: [[Double]]
    ) -> Scenario {
        Scenario(
            name: "matrix",
            programme: Programme(name: "P", endDate: CalendarDate("2030-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4),
            criteria: criteria.map {
                Criterion(
                    id: $0.id, label: $0.id, kind: .impact, scale: .range(min: $0.min, max: $0.max),
                    direction: $0.direction, weight: $0.weight)
            },
            zielbilder: [Zielbild(id: "Z", name: "Z")],
            measures: ratings.enumerated().map { index, row in
                Measure(
                    id: "A\(index + 1)", name: "A\(index + 1)", zielbild: "Z", effort: 1,
                    costPerTeamQuarter: Money(euros: 1000),
                    ratings: Ratings(Dictionary(uniqueKeysWithValues: zip(criteria.map(\.id), row))))
            }
        )
    }

    /// A random one-Zielbild scenario with `measures` × `criteria` ratings on 0…5 scales.
    static func random(seed: UInt64, measures: Int = 8, criteria: Int = 4) -> Scenario {
        var random = SeededRandom(seed: seed)
        let specs = (0..<criteria).map { j in
            (
                id: "c\(j)", min: 0.0, max: 5.0,
                direction: random.integer(in: 0...3) == 0 ? Criterion.Direction.cost : .benefit,
                weight: Double(random.integer(in: 1...10))
            )
        }
        let ratings = (0..<measures).map { _ in (0..<criteria).map { _ in Double(random.integer(in: 0...5)) } }
        return matrixScenario(criteria: specs, ratings: ratings)
    }
}
