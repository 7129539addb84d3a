import SprintModel
import Testing

@testable import Scoring

/// Invariants every scoring method must keep, over seeded random scenarios (the seed is in
/// every failure message, so a failing case reproduces).
@Suite("Scoring properties")
struct ScoringPropertyTests {
    @Test("raising a benefit rating never lowers the measure's score", arguments: ScoringMethod.allCases)
    func monotonic(method: ScoringMethod) {
        for seed in 1...200 as ClosedRange<UInt64> {
            var scenario = ScoringFixtures.random(seed: seed)
            var random = SeededRandom(seed: seed &* 31)
            let measure = random.integer(in: 0...(scenario.measures.count - 1))
            guard let criterion = scenario.criteria.first(where: { $0.direction == .benefit }) else { continue }
            let before = Scorer(scenario: scenario, method: method).scoreSheet().score(
                of: scenario.measures[measure].id)!
            let old = scenario.measures[measure].ratings[criterion.id]!
            scenario.measures[measure].ratings[criterion.id] = Double(random.integer(in: Int(old)...5))
            let after = Scorer(scenario: scenario, method: method).scoreSheet().score(
                of: scenario.measures[measure].id)!
            #expect(after >= before - 1e-12, "seed \(seed): \(before) → \(after)")
        }
    }

    @Test("scaling all weights by a constant changes no rank", arguments: ScoringMethod.allCases)
    func scaleInvariant(method: ScoringMethod) {
        for seed in 1...200 as ClosedRange<UInt64> {
            var scenario = ScoringFixtures.random(seed: seed)
            let before = Scorer(scenario: scenario, method: method).scoreSheet().zielbilder[0].ranked.map(\.measure.id)
            let factor = [0.001, 0.5, 3, 1000][Int(seed % 4)]
            for index in scenario.criteria.indices { scenario.criteria[index].weight *= factor }
            let after = Scorer(scenario: scenario, method: method).scoreSheet().zielbilder[0].ranked.map(\.measure.id)
            #expect(before == after, "seed \(seed), factor \(factor)")
        }
    }

    @Test("a gated-out measure never appears in a ranking", arguments: ScoringMethod.allCases)
    func gatesExclude(method: ScoringMethod) {
        for seed in 1...100 as ClosedRange<UInt64> {
            var scenario = ScoringFixtures.random(seed: seed)
            scenario.criteria[0].gate = Criterion.Gate(minimum: 3, reason: "at least 3")
            let sheet = Scorer(scenario: scenario, method: method).scoreSheet()
            let ranked = Set(sheet.zielbilder[0].ranked.map(\.measure.id))
            let excluded = Set(sheet.zielbilder[0].ineligible.map(\.measure.id))
            let failing = Set(scenario.measures.filter { $0.ratings["c0"]! < 3 }.map(\.id))
            #expect(excluded == failing, "seed \(seed)")
            #expect(ranked.isDisjoint(with: failing), "seed \(seed)")
            #expect(ranked.count + excluded.count == scenario.measures.count)
        }
    }

    @Test("scores lie in [0, 1] and ranks are 1…n", arguments: ScoringMethod.allCases)
    func bounded(method: ScoringMethod) {
        for seed in 1...100 as ClosedRange<UInt64> {
            let ranking = Scorer(scenario: ScoringFixtures.random(seed: seed), method: method).scoreSheet().zielbilder[
                0]
            #expect(ranking.ranked.allSatisfy { $0.score >= 0 && $0.score <= 1 })
            #expect(ranking.ranked.map(\.rank) == Array(1...ranking.ranked.count))
            #expect(zip(ranking.ranked, ranking.ranked.dropFirst()).allSatisfy { $0.score >= $1.score - 1e-12 })
        }
    }
}
