import SprintModel
import Testing

@testable import Scoring

@Suite("Explanations and sensitivity")
struct SensitivityTests {
    @Test("the reported swap threshold really swaps the pair", arguments: ScoringMethod.allCases)
    func swapThreshold(method: ScoringMethod) throws {
        var checked = 0
        for seed in 1...60 as ClosedRange<UInt64> {
            let scenario = ScoringFixtures.random(seed: seed, measures: 6, criteria: 4)
            let ranking = Scorer(scenario: scenario, method: method).scoreSheet().zielbilder[0]
            let a = ranking.ranked[0].measure.id, b = ranking.ranked[1].measure.id
            guard let explanation = ranking.explain(a, versus: b, method: method) else { continue }
            #expect(explanation.higher.measure.id == a)
            #expect(explanation.scoreDifference >= 0)
            guard let swap = explanation.smallestSwap else { continue }
            let column = ranking.matrix.criteria.firstIndex { $0.id == swap.criterion }!
            func order(at weight: Double) -> Bool {
                var weights = ranking.matrix.weights
                weights[column] = weight
                let scores = ScoreCalculator.scores(method, matrix: ranking.matrix, weights: weights)
                return scores[ranking.row(of: a)] >= scores[ranking.row(of: b)]
            }
            let direction = swap.threshold > swap.current ? 1.0 : -1.0
            let epsilon = 1e-6 * max(1, swap.current)
            #expect(order(at: swap.threshold - direction * epsilon), "seed \(seed): still ahead just before")
            #expect(!order(at: swap.threshold + direction * epsilon), "seed \(seed): swapped just after")
            checked += 1
        }
        #expect(checked >= 20)
    }

    @Test("stability intervals: inside the top-k holds, just outside it changes", arguments: ScoringMethod.allCases)
    func stability(method: ScoringMethod) {
        for seed in 1...40 as ClosedRange<UInt64> {
            let scenario = ScoringFixtures.random(seed: seed, measures: 7, criteria: 3)
            let ranking = Scorer(scenario: scenario, method: method).scoreSheet().zielbilder[0]
            let top = Array(ranking.ranked.prefix(3).map(\.measure.id))
            for interval in ranking.stabilityIntervals(top: 3, method: method) {
                let column = ranking.matrix.criteria.firstIndex { $0.id == interval.criterion }!
                func topAt(_ weight: Double) -> [String] {
                    var weights = ranking.matrix.weights
                    weights[column] = weight
                    let scores = ScoreCalculator.scores(method, matrix: ranking.matrix, weights: weights)
                    return Scorer.rankOrder(scores: scores, measures: ranking.matrix.measures).prefix(3).map {
                        ranking.matrix.measures[$0].id
                    }
                }
                #expect(interval.lower <= interval.current && (interval.upper ?? .infinity) >= interval.current)
                let epsilon = 1e-6 * max(1, interval.current)
                // A degenerate interval (ties decided by the tie-break) holds only at the current weight.
                let degenerate = (interval.upper ?? .infinity) - interval.lower < 2 * epsilon
                if degenerate { continue }
                if interval.lower > epsilon {
                    #expect(topAt(interval.lower + epsilon) == top, "seed \(seed) \(interval.criterion) lower")
                    #expect(topAt(interval.lower - epsilon) != top, "seed \(seed) \(interval.criterion) below lower")
                }
                if let upper = interval.upper {
                    #expect(topAt(upper - epsilon) == top, "seed \(seed) \(interval.criterion) upper")
                    #expect(topAt(upper + epsilon) != top, "seed \(seed) \(interval.criterion) above upper")
                } else if method == .weightedSum {
                    #expect(
                        topAt(interval.current * 1000 + 1000) == top, "seed \(seed) \(interval.criterion) unbounded")
                }
            }
        }
    }

    @Test func monteCarloIsReproducibleAndSeedDependent() {
        let sheet = Scorer(scenario: ScoringFixtures.myk10).scoreSheet()
        let options = RankAcceptability.Options(samples: 500, seed: 7, top: 3, sampling: .perturb(0.5))
        let first = RankAcceptability.analyse(sheet, options: options)
        let second = RankAcceptability.analyse(sheet, options: options)
        #expect(first.zielbilder.map(\.entries) == second.zielbilder.map(\.entries))
        var other = options
        other.seed = 8
        #expect(
            RankAcceptability.analyse(sheet, options: other).zielbilder.map(\.entries)
                != first.zielbilder.map(\.entries))
    }

    @Test func withoutUncertaintyTheBaseRankingIsCertain() {
        let sheet = Scorer(scenario: ScoringFixtures.myk10).scoreSheet()
        let result = RankAcceptability.analyse(
            sheet, options: .init(samples: 50, seed: 1, top: 3, sampling: .perturb(0)))
        for (_, entries) in result.zielbilder {
            for entry in entries {
                #expect(entry.expectedRank == Double(entry.baseRank))
                #expect(entry.topProbability == (entry.baseRank <= 3 ? 1 : 0))
            }
        }
    }

    @Test func probabilitiesAreConsistent() {
        let sheet = Scorer(scenario: ScoringFixtures.myk10, method: .topsis).scoreSheet()
        let result = RankAcceptability.analyse(sheet, options: .init(samples: 300, seed: 3, top: 3, sampling: .simplex))
        for (_, entries) in result.zielbilder {
            // Exactly k measures are in the top k in every sample.
            #expect(abs(entries.map(\.topProbability).reduce(0, +) - Double(min(3, entries.count))) < 1e-9)
            // Expected ranks average to (n + 1) / 2.
            let n = Double(entries.count)
            #expect(abs(entries.map(\.expectedRank).reduce(0, +) / n - (n + 1) / 2) < 1e-9)
            #expect(
                entries.allSatisfy { Double($0.bestRank) <= $0.expectedRank && $0.expectedRank <= Double($0.worstRank) }
            )
        }
    }
}
