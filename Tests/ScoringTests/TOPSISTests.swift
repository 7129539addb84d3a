import SprintModel
import Testing

@testable import Scoring

@Suite("TOPSIS")
struct TOPSISTests {
    /// Opricovic, S. & Tzeng, G.-H. (2004): "Compromise solution by MCDM methods: a comparative
    /// analysis of VIKOR and TOPSIS", European Journal of Operational Research 156(2), 445–455,
    /// numerical example: three alternatives, criterion 1 a cost (1, 2, 5), criterion 2 a
    /// benefit (3000, 3750, 4500), equal weights, linear normalisation. Published closeness:
    /// 0.500, 0.617, 0.500. To four decimals (by hand): A2 has S⁺ = √(0.125² + 0.25²) =
    /// 0.279508, S⁻ = √(0.375² + 0.25²) = 0.450694, C = 0.6172.
    @Test func reproducesOpricovicTzeng2004() {
        let scenario = ScoringFixtures.matrixScenario(
            criteria: [("cost", 1, 5, .cost, 0.5), ("benefit", 3000, 4500, .benefit, 0.5)],
            ratings: [[1, 3000], [2, 3750], [5, 4500]])
        let ranking = Scorer(scenario: scenario, method: .topsis).scoreSheet().zielbilder[0]
        let score = Dictionary(uniqueKeysWithValues: ranking.ranked.map { ($0.measure.id, $0.score) })
        #expect((score["A1"]! * 10_000).rounded() / 10_000 == 0.5)
        #expect((score["A2"]! * 10_000).rounded() / 10_000 == 0.6172)
        #expect((score["A3"]! * 10_000).rounded() / 10_000 == 0.5)
        #expect(ranking.ranked.first?.measure.id == "A2")
    }

    @Test func identicalCandidatesAllScoreOneHalf() {
        let scenario = ScoringFixtures.matrixScenario(criteria: [("c", 0, 5, .benefit, 1)], ratings: [[3], [3]])
        let ranking = Scorer(scenario: scenario, method: .topsis).scoreSheet().zielbilder[0]
        #expect(ranking.ranked.allSatisfy { $0.score == 0.5 })
    }

    @Test func aDominatingCandidateScoresOne() {
        let scenario = ScoringFixtures.matrixScenario(
            criteria: [("a", 0, 5, .benefit, 1), ("b", 0, 5, .benefit, 2)],
            ratings: [[5, 5], [1, 2], [0, 0]])
        let ranking = Scorer(scenario: scenario, method: .topsis).scoreSheet().zielbilder[0]
        #expect(ranking.ranked[0].measure.id == "A1" && ranking.ranked[0].score == 1)
        #expect(ranking.ranked[2].measure.id == "A3" && ranking.ranked[2].score == 0)
    }
}
