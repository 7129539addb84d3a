/// The two scoring formulas over a `RatingMatrix` and a weight vector (see `ScoringMethod`).
/// Pure functions on flat arrays: no allocation beyond the result, so Monte-Carlo loops
/// can call them per sample.
public enum ScoreCalculator {
    public static func scores(_ method: ScoringMethod, matrix: RatingMatrix, weights: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: matrix.rows)
        scores(
            method, normalised: matrix.normalised, rows: matrix.rows, columns: matrix.columns, weights: weights,
            into: &result)
        return result
    }

    /// Writes one score per row into `result` (which must have `rows` elements).
    public static func scores(
        _ method: ScoringMethod, normalised: [Double], rows: Int, columns: Int,
        weights: [Double], into result: inout [Double]
    ) {
        switch method {
        case .weightedSum: weightedSum(normalised, rows: rows, columns: columns, weights: weights, into: &result)
        case .topsis: topsis(normalised, rows: rows, columns: columns, weights: weights, into: &result)
        }
    }

    static func weightedSum(_ n: [Double], rows: Int, columns: Int, weights: [Double], into result: inout [Double]) {
        let total = weights.reduce(0, +)
        guard total > 0 else {
            for i in 0..<rows { result[i] = 0 }
            return
        }
        n.withUnsafeBufferPointer { n in
            weights.withUnsafeBufferPointer { w in
                for i in 0..<rows {
                    var sum = 0.0
                    let base = i * columns
                    for j in 0..<columns { sum += w[j] * n[base + j] }
                    result[i] = sum / total
                }
            }
        }
    }

    static func topsis(_ n: [Double], rows: Int, columns: Int, weights: [Double], into result: inout [Double]) {
        let total = weights.reduce(0, +)
        guard total > 0, rows > 0 else {
            for i in 0..<rows { result[i] = 0 }
            return
        }
        var best = [Double](repeating: -.infinity, count: columns)
        var worst = [Double](repeating: .infinity, count: columns)
        for i in 0..<rows {
            for j in 0..<columns {
                let v = weights[j] / total * n[i * columns + j]
                best[j] = max(best[j], v)
                worst[j] = min(worst[j], v)
            }
        }
        for i in 0..<rows {
            var toBest = 0.0, toWorst = 0.0
            for j in 0..<columns {
                let v = weights[j] / total * n[i * columns + j]
                toBest += (v - best[j]) * (v - best[j])
                toWorst += (v - worst[j]) * (v - worst[j])
            }
            let sPlus = toBest.squareRoot(), sMinus = toWorst.squareRoot()
            result[i] = sPlus + sMinus > 0 ? sMinus / (sPlus + sMinus) : 0.5
        }
    }
}
