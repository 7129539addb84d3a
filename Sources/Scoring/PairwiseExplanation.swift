import SprintModel

/// Why measure A ranks above measure B: the criteria that decide it, and the smallest change
/// of a single criterion weight that would put B above A.
public struct PairwiseExplanation: Sendable {
    public var higher: RankedMeasure
    public var lower: RankedMeasure
    public var scoreDifference: Double
    /// Per criterion, A's contribution minus B's (weighted-sum decomposition), largest
    /// absolute difference first; criteria with no difference are left out.
    public var deciding: [(criterion: Criterion, difference: Double)]
    /// The single-weight change that swaps the pair with the smallest absolute change, if any.
    public var smallestSwap: WeightChange?
}

/// A weight change: at `threshold` (or beyond, in the direction from `current`) the
/// explained order flips.
public struct WeightChange: Sendable, Hashable {
    public var criterion: String
    public var current: Double
    public var threshold: Double
    /// True for TOPSIS, where the threshold is found numerically (to 1e-9 of the weight).
    public var approximate: Bool

    public var relativeChange: Double { current == 0 ? .infinity : (threshold - current) / current }
}

extension ZielbildRanking {
    /// Explains the order of two ranked measures of this Zielbild (nil if either is not ranked).
    public func explain(_ first: String, versus second: String, method: ScoringMethod) -> PairwiseExplanation? {
        guard let a = ranked.first(where: { $0.measure.id == first }),
            let b = ranked.first(where: { $0.measure.id == second })
        else { return nil }
        let (higher, lower) = a.rank < b.rank ? (a, b) : (b, a)
        let deciding = zip(higher.contributions, lower.contributions)
            .map { (criterion: $0.criterion, difference: $0.value - $1.value) }
            .filter { abs($0.difference) > 1e-12 }
            .sorted { abs($0.difference) > abs($1.difference) }
        let rowHigh = matrix.measures.firstIndex { $0.id == higher.measure.id }!
        let rowLow = matrix.measures.firstIndex { $0.id == lower.measure.id }!
        var best: WeightChange?
        for column in matrix.criteria.indices {
            let change: WeightChange?
            switch method {
            case .weightedSum: change = exactSwap(rowHigh, rowLow, column)
            case .topsis: change = numericSwap(rowHigh, rowLow, column, method: method)
            }
            guard let change else { continue }
            if best == nil || abs(change.threshold - change.current) < abs(best!.threshold - best!.current) {
                best = change
            }
        }
        return PairwiseExplanation(
            higher: higher, lower: lower, scoreDifference: higher.score - lower.score,
            deciding: deciding, smallestSwap: best)
    }

    /// Weighted sum: D + δ·d = 0 with D = Σ wⱼ(n_Hj − n_Lj), d = n_Hc − n_Lc.
    private func exactSwap(_ high: Int, _ low: Int, _ column: Int) -> WeightChange? {
        let d = matrix.value(high, column) - matrix.value(low, column)
        guard abs(d) > 1e-12 else { return nil }
        var difference = 0.0
        for j in matrix.criteria.indices {
            difference += matrix.weights[j] * (matrix.value(high, j) - matrix.value(low, j))
        }
        let threshold = matrix.weights[column] - difference / d
        guard threshold >= 0 else { return nil }
        return WeightChange(
            criterion: matrix.criteria[column].id, current: matrix.weights[column], threshold: threshold,
            approximate: false)
    }

    /// TOPSIS: scan the weight on a grid around its value, then bisect the first crossing.
    private func numericSwap(_ high: Int, _ low: Int, _ column: Int, method: ScoringMethod) -> WeightChange? {
        let current = matrix.weights[column]
        func higherStillAhead(_ weight: Double) -> Bool {
            var weights = matrix.weights
            weights[column] = weight
            let scores = ScoreCalculator.scores(method, matrix: matrix, weights: weights)
            return scores[high] >= scores[low]
        }
        return SensitivityScan.nearestFlip(
            current: current, scale: matrix.weights.reduce(0, +), holds: higherStillAhead
        )
        .map { WeightChange(criterion: matrix.criteria[column].id, current: current, threshold: $0, approximate: true) }
    }
}

/// Numeric search for the weight nearest to `current` at which a property stops holding.
enum SensitivityScan {
    static let steps = 200

    /// Scans [0, current + 3·scale] on a grid, outward from `current`, and bisects the first
    /// change to 1e-9 · scale.
    static func nearestFlip(current: Double, scale: Double, holds: (Double) -> Bool) -> Double? {
        let upperEnd = current + 3 * max(scale, 1e-9)
        let step = upperEnd / Double(steps)
        var candidates: [Double] = []
        if let up = boundary(from: current, towards: upperEnd, step: step, holds: holds) { candidates.append(up) }
        if let down = boundary(from: current, towards: 0, step: step, holds: holds) { candidates.append(down) }
        return candidates.min { abs($0 - current) < abs($1 - current) }
    }

    /// The first point from `start` towards `end` where `holds` turns false, or nil.
    static func boundary(from start: Double, towards end: Double, step: Double, holds: (Double) -> Bool) -> Double? {
        let direction = end >= start ? 1.0 : -1.0
        var inside = start
        var probe = start
        while (direction > 0 && probe < end) || (direction < 0 && probe > end) {
            probe = direction > 0 ? min(end, probe + step) : max(end, probe - step)
            if !holds(probe) {
                var good = inside, bad = probe
                for _ in 0..<60 {
                    let middle = (good + bad) / 2
                    if holds(middle) { good = middle } else { bad = middle }
                    if abs(bad - good) < 1e-12 { break }
                }
                return bad
            }
            inside = probe
        }
        return nil
    }
}
