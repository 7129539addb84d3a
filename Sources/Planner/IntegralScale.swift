import Foundation

/// A factor 10ᵏ (k = 0…6) that makes every objective coefficient a whole number, so the
/// solver may round its bound down to a whole number and close a proof that a tie-break of
/// fractions would leave open. When no such factor exists (scores of arbitrary precision),
/// the factor is 1 and the coefficients stay as they are: still exact, but not integral.
struct IntegralScale: Sendable {
    let factor: Double
    /// Whether every scaled coefficient is a whole number.
    let isIntegral: Bool

    init(_ values: [Double]) {
        for k in 0...6 {
            let factor = pow(10, Double(k))
            let scaled = values.map { $0 * factor }
            // Whole numbers within 1e-9, and their sum far inside a double's exact integers.
            let whole = scaled.allSatisfy { abs($0 - $0.rounded()) <= 1e-9 * max(1, abs($0)) }
            if whole && scaled.reduce(0, { $0 + abs($1) }) < 1e13 {
                self.factor = factor
                isIntegral = true
                return
            }
        }
        factor = 1
        isIntegral = false
    }

    func coefficient(_ value: Double) -> Double {
        isIntegral ? (value * factor).rounded() : value
    }

    func unscaled(_ objective: Double) -> Double { objective / factor }

    /// The least scaled objective a selection must reach to be as good as `objective`: the
    /// whole number itself when integral (objectives of whole coefficients are whole), a hair
    /// below otherwise (the solver's tolerance).
    func floor(_ objective: Double) -> Double {
        isIntegral ? objective.rounded() - 0.5 : objective - 1e-9 * max(1, abs(objective))
    }
}
