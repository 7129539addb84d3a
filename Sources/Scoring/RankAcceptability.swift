import Foundation
import SprintModel

/// Monte-Carlo rank acceptability: how likely each measure is to be in its Zielbild's top-k,
/// and its expected rank, when the criterion weights are uncertain.
///
/// Sampling (seeded, reproducible; draws happen in a fixed order: per sample, per criterion):
/// - `perturb(x)`: each criterion weight is multiplied by an independent factor uniform in
///   [1 − x, 1 + x] (the same factor in every Zielbild, applied to its effective weight);
/// - `simplex`: weights drawn uniformly from the simplex (normalised exponential draws), the
///   same vector for every Zielbild: "we know nothing about the weights".
public struct RankAcceptability: Sendable {
    public enum Sampling: Sendable, Hashable {
        case perturb(Double)
        case simplex
    }

    public struct Options: Sendable, Hashable {
        public var samples: Int
        public var seed: UInt64
        public var top: Int
        public var sampling: Sampling

        public init(samples: Int = 10_000, seed: UInt64 = 1, top: Int = 3, sampling: Sampling = .perturb(0.25)) {
            self.samples = samples
            self.seed = seed
            self.top = top
            self.sampling = sampling
        }
    }

    /// One measure's result.
    public struct Entry: Sendable, Hashable {
        public var measureID: String
        /// The rank with the scenario's own weights.
        public var baseRank: Int
        /// Share of samples in which the measure was in the top k.
        public var topProbability: Double
        public var expectedRank: Double
        public var bestRank: Int
        public var worstRank: Int
    }

    public var options: Options
    /// Per Zielbild (scenario order), entries in base-rank order.
    public var zielbilder: [(zielbild: String, entries: [Entry])]

    /// `progress` is called with the number of samples drawn, every 1,000 samples and at the end.
    public static func analyse(
        _ sheet: ScoreSheet, options: Options, progress: ((Int) -> Void)? = nil
    ) -> RankAcceptability {
        var random = SeededRandom(seed: options.seed)
        let rankings = sheet.zielbilder
        let criteriaCount = rankings.first?.matrix.columns ?? 0
        var topCounts = rankings.map { [Int](repeating: 0, count: $0.matrix.rows) }
        var rankSums = rankings.map { [Int](repeating: 0, count: $0.matrix.rows) }
        var best = rankings.map { [Int](repeating: Int.max, count: $0.matrix.rows) }
        var worst = rankings.map { [Int](repeating: 0, count: $0.matrix.rows) }
        // Tie-break keys: position in the base tie-break order among equal scores.
        let tieKeys = rankings.map { ranking -> [Int] in
            let order = Scorer.rankOrder(
                scores: [Double](repeating: 0, count: ranking.matrix.rows), measures: ranking.matrix.measures)
            var keys = [Int](repeating: 0, count: order.count)
            for (position, row) in order.enumerated() { keys[row] = position }
            return keys
        }
        var factors = [Double](repeating: 1, count: criteriaCount)
        var scores = rankings.map { [Double](repeating: 0, count: $0.matrix.rows) }
        var order = rankings.map { Array(0..<$0.matrix.rows) }
        var weights = [Double](repeating: 0, count: criteriaCount)

        for sample in 0..<options.samples {
            if let progress, sample % 1_000 == 0, sample > 0 { progress(sample) }
            switch options.sampling {
            case .perturb(let spread):
                for j in 0..<criteriaCount { factors[j] = 1 + spread * (2 * random.unit() - 1) }
            case .simplex:
                var total = 0.0
                for j in 0..<criteriaCount {
                    factors[j] = -log(1 - random.unit())
                    total += factors[j]
                }
                for j in 0..<criteriaCount { factors[j] /= total }
            }
            for (z, ranking) in rankings.enumerated() where ranking.matrix.rows > 0 {
                let matrix = ranking.matrix
                for j in 0..<criteriaCount {
                    weights[j] = options.sampling == .simplex ? factors[j] : matrix.weights[j] * factors[j]
                }
                ScoreCalculator.scores(
                    sheet.method, normalised: matrix.normalised, rows: matrix.rows, columns: matrix.columns,
                    weights: weights, into: &scores[z])
                let sampleScores = scores[z], keys = tieKeys[z]
                order[z].sort { a, b in
                    if abs(sampleScores[a] - sampleScores[b]) > 1e-12 { return sampleScores[a] > sampleScores[b] }
                    return keys[a] < keys[b]
                }
                for (position, row) in order[z].enumerated() {
                    let rank = position + 1
                    rankSums[z][row] += rank
                    if rank <= options.top { topCounts[z][row] += 1 }
                    if rank < best[z][row] { best[z][row] = rank }
                    if rank > worst[z][row] { worst[z][row] = rank }
                }
            }
        }
        progress?(options.samples)
        let samples = Double(max(1, options.samples))
        let result = rankings.enumerated().map { z, ranking in
            (
                zielbild: ranking.zielbild.id,
                entries: ranking.ranked.map { entry -> Entry in
                    let row = entry.row
                    return Entry(
                        measureID: entry.measure.id, baseRank: entry.rank,
                        topProbability: Double(topCounts[z][row]) / samples,
                        expectedRank: Double(rankSums[z][row]) / samples,
                        bestRank: options.samples > 0 ? best[z][row] : entry.rank,
                        worstRank: options.samples > 0 ? worst[z][row] : entry.rank)
                }
            )
        }
        return RankAcceptability(options: options, zielbilder: result)
    }
}
