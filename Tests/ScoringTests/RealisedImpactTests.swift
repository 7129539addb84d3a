import SprintModel
import Testing

@testable import Scoring

/// Realised impact: what a Lösung's indicators achieved feeds the named criteria of its open
/// measures, only when the policy asks for it; gates still judge the written rating.
@Suite("Realised impact in scoring")
struct RealisedImpactTests {
    static let q1 = Quarter("2027-Q1")!

    /// An indicator from 0 to 100 by 2028-Q4 with one realised value.
    static func indicator(_ id: String, actual: Double?, direction: Indicator.Direction = .increase) -> Indicator {
        let (baseline, target) = direction == .increase ? (0.0, 100.0) : (100.0, 0.0)
        return Indicator(
            id: id, name: "KPI \(id)", unit: "%", baseline: baseline, target: target,
            targetDate: Quarter("2028-Q4")!, direction: direction, actuals: actual.map { [q1: $0] } ?? [:])
    }

    /// The scenario with random indicators: some on a Lösung over the first measures, some on
    /// single measures, with random realised values (or none).
    static func withIndicators(_ base: Scenario, seed: UInt64) -> Scenario {
        var scenario = base
        var random = SeededRandom(seed: seed &* 7919)
        let bundle = scenario.measures.prefix(random.integer(in: 1...scenario.measures.count)).map(\.id)
        scenario.solutions = [
            Solution(
                id: "L1", name: "L1", zielbild: "Z", measures: bundle, bundleValue: 0,
                indicators: [indicator("K0", actual: Double(random.integer(in: 0...100)))])
        ]
        for index in scenario.measures.indices where random.integer(in: 0...2) == 0 {
            let actual: Double? = random.integer(in: 0...3) == 0 ? nil : Double(random.integer(in: -20...120))
            let direction: Indicator.Direction = random.integer(in: 0...1) == 0 ? .increase : .decrease
            scenario.measures[index].indicators = [indicator("K\(index + 1)", actual: actual, direction: direction)]
        }
        return scenario
    }

    static func ranking(_ scenario: Scenario, _ method: ScoringMethod) -> [(String, Double)] {
        Scorer(scenario: scenario, method: method).scoreSheet().zielbilder[0].ranked.map { ($0.measure.id, $0.score) }
    }

    @Test("with the option off, indicators change no score and no rank", arguments: ScoringMethod.allCases)
    func offByDefault(method: ScoringMethod) {
        for seed in 1...200 as ClosedRange<UInt64> {
            let plain = ScoringFixtures.random(seed: seed)
            let measured = Self.withIndicators(plain, seed: seed)
            #expect(measured.policy.realisedImpact == nil)
            let before = Self.ranking(plain, method), after = Self.ranking(measured, method)
            #expect(before.map(\.0) == after.map(\.0), "seed \(seed)")
            #expect(before.map(\.1) == after.map(\.1), "seed \(seed)")
            #expect(Scorer(scenario: measured, method: method).scoreSheet().zielbilder[0].matrix.fed.isEmpty)
        }
    }

    @Test("more achievement never lowers a fed score", arguments: ScoringMethod.allCases)
    func monotonic(method: ScoringMethod) {
        var fedCases = 0
        for seed in 1...200 as ClosedRange<UInt64> {
            var random = SeededRandom(seed: seed &* 104_729)
            var scenario = Self.withIndicators(ScoringFixtures.random(seed: seed), seed: seed)
            let named = scenario.criteria.map(\.id).filter { _ in random.integer(in: 0...1) == 0 }
            scenario.policy.realisedImpact = RealisedImpact(
                blend: Double(random.integer(in: 1...10)) / 10, criteria: named.isEmpty ? ["c0"] : named)
            let index = random.integer(in: 0...(scenario.measures.count - 1))
            let id = scenario.measures[index].id
            let old = Self.indicator("K\(index + 1)", actual: Double(random.integer(in: 0...100)))
            scenario.measures[index].indicators = [old]
            let before = Scorer(scenario: scenario, method: method).scoreSheet()
            var better = old
            better.actuals[Self.q1] = old.actuals[Self.q1]! + Double(random.integer(in: 0...60))
            scenario.measures[index].indicators = [better]
            let after = Scorer(scenario: scenario, method: method).scoreSheet()
            let fedBefore = before.zielbilder[0].matrix.fed.filter { $0.measure == id }
            fedCases += fedBefore.isEmpty ? 0 : 1
            let scoreBefore = before.score(of: id)!, scoreAfter = after.score(of: id)!
            #expect(scoreAfter >= scoreBefore - 1e-12, "seed \(seed): \(scoreBefore) → \(scoreAfter)")
        }
        #expect(fedCases > 150, "the property must be exercised on fed ratings")
    }

    @Test("the fed rating follows RealisedImpact.rating and the explanation carries it")
    func fedRating() throws {
        var scenario = ScoringFixtures.matrixScenario(
            criteria: [("zielbeitrag", 0, 5, .benefit, 2), ("risiko", 0, 5, .cost, 1)], ratings: [[5, 1], [3, 4]])
        scenario.measures[0].indicators = [Self.indicator("K", actual: 12.9)]
        scenario.policy.realisedImpact = RealisedImpact(blend: 0.5, criteria: ["zielbeitrag", "risiko"])
        let sheet = Scorer(scenario: scenario).scoreSheet()
        let entry = try #require(sheet.zielbilder[0].ranked.first { $0.measure.id == "A1" })
        let fed = entry.fedRatings
        #expect(fed.map(\.criterion) == ["zielbeitrag", "risiko"])
        #expect(abs(fed[0].fed - 2.8225) < 1e-12)
        #expect(fed[0].written == 5 && abs(fed[0].achievement - 0.129) < 1e-12)
        // Cost criterion: achievement counts from the maximum down, 0.5·1 + 0.5·(5 − 0.645).
        #expect(abs(fed[1].fed - 2.6775) < 1e-12)
        // The written rating stays on the measure; the normalised value is the fed one.
        #expect(entry.measure.ratings["zielbeitrag"] == 5)
        let contribution = try #require(entry.contributions.first { $0.criterion.id == "zielbeitrag" })
        #expect(contribution.rating == "5" && abs(contribution.normalised - 2.8225 / 5) < 1e-12)
        #expect(contribution.fed == fed[0])
        // A2 has no indicator: nothing fed, its ratings count as written.
        #expect(sheet.zielbilder[0].ranked.first { $0.measure.id == "A2" }!.fedRatings.isEmpty)
    }

    @Test("a gate judges the written rating, not the fed one")
    func gatesSeeWritten() {
        var scenario = ScoringFixtures.matrixScenario(
            criteria: [("zielbeitrag", 0, 5, .benefit, 1)], ratings: [[4], [2]])
        scenario.criteria[0].gate = Criterion.Gate(minimum: 3, reason: "at least 3")
        scenario.measures[0].indicators = [Self.indicator("K", actual: 0)]
        scenario.measures[1].indicators = [Self.indicator("K2", actual: 100)]
        scenario.policy.realisedImpact = RealisedImpact(blend: 1, criteria: ["zielbeitrag"])
        let ranking = Scorer(scenario: scenario).scoreSheet().zielbilder[0]
        #expect(ranking.ranked.map(\.measure.id) == ["A1"])
        #expect(ranking.ranked[0].score == 0)
        #expect(ranking.ineligible.map(\.measure.id) == ["A2"])
    }
}
