import SprintModel
import Testing

@testable import Scoring

@Suite("Weighted sum")
struct WeightedSumTests {
    /// small.json: reach (range 0–100, weight 2), oss (yes/no, weight 1).
    /// M1: (2·0.40 + 1·1)/3 = 0.6; M2: (2·0.60 + 1)/3 = 0.7333…; M3: (2·0.20 + 0)/3 = 0.1333…;
    /// M4: (2·0.80 + 1)/3 = 0.8666…
    @Test func handComputedScoresAndRanks() throws {
        let sheet = Scorer(scenario: ScoringFixtures.small).scoreSheet()
        let z1 = try #require(sheet.ranking(for: "Z1")), z2 = try #require(sheet.ranking(for: "Z2"))
        #expect(z1.ranked.map(\.measure.id) == ["M2", "M1"])
        #expect(z2.ranked.map(\.measure.id) == ["M4", "M3"])
        #expect(abs(z1.ranked[0].score - 2.2 / 3) < 1e-12)
        #expect(abs(z1.ranked[1].score - 0.6) < 1e-12)
        #expect(abs(z2.ranked[0].score - 2.6 / 3) < 1e-12)
        #expect(abs(z2.ranked[1].score - 0.4 / 3) < 1e-12)
        #expect(z1.ranked.map(\.rank) == [1, 2])
        // Contributions add up to the score and name the rating as written.
        let m2 = z1.ranked[0]
        #expect(abs(m2.contributions.map(\.value).reduce(0, +) - m2.score) < 1e-12)
        #expect(m2.contributions.map(\.rating) == ["60", "yes"])
        #expect(abs(m2.contributions[0].weightShare - 2.0 / 3) < 1e-12)
        #expect(m2.points == m2.score * 100)
    }

    @Test func costCriteriaRewardLowRatings() {
        let scenario = ScoringFixtures.matrixScenario(criteria: [("price", 0, 10, .cost, 1)], ratings: [[2], [8]])
        let ranking = Scorer(scenario: scenario).scoreSheet().zielbilder[0]
        #expect(ranking.ranked.map(\.measure.id) == ["A1", "A2"])
        #expect(abs(ranking.ranked[0].score - 0.8) < 1e-12)
    }

    @Test func tiesGoToLessRemainingEffortThenToTheSmallerId() {
        var scenario = ScoringFixtures.matrixScenario(criteria: [("c", 0, 5, .benefit, 1)], ratings: [[3], [3], [3]])
        scenario.measures[0].effort = 2
        let order = Scorer(scenario: scenario).scoreSheet().zielbilder[0].ranked.map(\.measure.id)
        #expect(order == ["A2", "A3", "A1"])
    }

    @Test func valueForMoneyUsesTheOwnShare() throws {
        // M4: 2 team-quarters × 35,000 € + 10,000 € one-off = 80,000 €; eligible 80 % = 64,000 €;
        // federal 65 % of that = 41,600 €; own share 38,400 €.
        let sheet = Scorer(scenario: ScoringFixtures.small).scoreSheet()
        let m4 = try #require(sheet.ranking(for: "Z2")?.ranked.first { $0.measure.id == "M4" })
        #expect(m4.remainingCost == Money(euros: 80_000))
        #expect(m4.ownShare == Money(euros: 38_400))
        #expect(abs(m4.pointsPer10kOwnShare! - m4.points / 3.84) < 1e-9)
        #expect(abs(m4.pointsPerTeamQuarter! - m4.points / 2) < 1e-9)
    }

    @Test func runningMeasuresCountOnlyTheirRemainingEffort() throws {
        // M1 is running with progress 1 of 2 at 50,000 € per team-quarter; its one-off cost is paid.
        let sheet = Scorer(scenario: ScoringFixtures.small).scoreSheet()
        let m1 = try #require(sheet.ranking(for: "Z1")?.ranked.first { $0.measure.id == "M1" })
        #expect(m1.remainingCost == Money(euros: 50_000))
    }
}
