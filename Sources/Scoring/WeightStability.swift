import SprintModel

/// For one criterion: the range of its weight, all other weights fixed, within which the
/// Zielbild's top-k list (the same measures in the same order) stays as it is.
public struct WeightInterval: Sendable, Hashable {
    public var criterion: String
    public var current: Double
    public var lower: Double
    /// nil: no upper limit.
    public var upper: Double?
    /// True for TOPSIS (found numerically on [0, current + 3·Σw]; an upper limit beyond that
    /// range is reported as none).
    public var approximate: Bool
}

extension ZielbildRanking {
    /// The stability interval of every criterion weight for this Zielbild's top-`k`.
    ///
    /// Weighted sum, exactly: with δ the change of weight c, measure x stays above y while
    /// Dₓᵧ + δ·dₓᵧ ≥ 0, where Dₓᵧ = Σⱼ wⱼ(nₓⱼ − nᵧⱼ) and dₓᵧ = nₓc − nᵧc (the common positive
    /// denominator Σw does not change the order). The conditions are every consecutive pair
    /// of the top k, and the k-th against every measure below it.
    public func stabilityIntervals(top k: Int, method: ScoringMethod) -> [WeightInterval] {
        let order = ranked.map(\.row)
        guard !order.isEmpty else { return [] }
        let k = min(max(1, k), order.count)
        var pairs: [(Int, Int)] = []
        for position in 0..<(k - 1) { pairs.append((order[position], order[position + 1])) }
        for position in k..<order.count { pairs.append((order[k - 1], order[position])) }
        return matrix.criteria.indices.map { column in
            switch method {
            case .weightedSum: return exactInterval(column, pairs: pairs)
            case .topsis: return numericInterval(column, top: Array(order.prefix(k)), method: method)
            }
        }
    }

    func row(of measureID: String) -> Int { matrix.measures.firstIndex { $0.id == measureID }! }

    private func exactInterval(_ column: Int, pairs: [(Int, Int)]) -> WeightInterval {
        let current = matrix.weights[column]
        var low = -current, high = Double.infinity  // δ range; weight ≥ 0
        let totalWeight = matrix.weights.reduce(0, +)
        for (x, y) in pairs {
            var difference = 0.0
            for j in matrix.criteria.indices {
                difference += matrix.weights[j] * (matrix.value(x, j) - matrix.value(y, j))
            }
            // x is above y already; a difference within rounding noise is a tie the tie-break decides.
            if difference < 1e-9 * max(1, totalWeight) { difference = 0 }
            let d = matrix.value(x, column) - matrix.value(y, column)
            if d > 1e-12 { low = max(low, -difference / d) } else if d < -1e-12 { high = min(high, difference / -d) }
        }
        return WeightInterval(
            criterion: matrix.criteria[column].id, current: current, lower: max(0, current + low),
            upper: high.isFinite ? current + high : nil, approximate: false)
    }

    private func numericInterval(_ column: Int, top: [Int], method: ScoringMethod) -> WeightInterval {
        let current = matrix.weights[column]
        let scale = matrix.weights.reduce(0, +)
        func sameTop(_ weight: Double) -> Bool {
            var weights = matrix.weights
            weights[column] = weight
            let scores = ScoreCalculator.scores(method, matrix: matrix, weights: weights)
            let order = Scorer.rankOrder(scores: scores, measures: matrix.measures)
            return Array(order.prefix(top.count)) == top
        }
        let upperEnd = current + 3 * max(scale, 1e-9)
        let step = upperEnd / Double(SensitivityScan.steps)
        let upper = SensitivityScan.boundary(from: current, towards: upperEnd, step: step, holds: sameTop)
        let lower = SensitivityScan.boundary(from: current, towards: 0, step: step, holds: sameTop)
        return WeightInterval(
            criterion: matrix.criteria[column].id, current: current, lower: lower ?? 0, upper: upper,
            approximate: true)
    }
}
