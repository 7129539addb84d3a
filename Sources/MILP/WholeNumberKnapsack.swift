/// A capacity row Σ weight·x ≤ capacity over integer columns with whole-number weights, in its
/// tightest equivalent form: the weights divided by their greatest common divisor g and the
/// capacity rounded down to a whole number of g.
///
/// Why: every integer point keeps its side of the row (the left side is a whole multiple of g,
/// so it fits the capacity exactly when it fits the capacity's last multiple of g), but the LP
/// relaxation can no longer spend the remainder. Money is the case in point: measures priced
/// in whole ten-thousands of euros under a budget of 66,177,000 € can spend 66,170,000 € at
/// most, and the LP's bound on a Next-Release shape (classic-4 at 30 %) falls from 13,543.05 to
/// 13,541.96 below the first whole number above the optimum 13,541, which then closes the
/// proof at the root. The smaller coefficients are also kinder to the simplex than cents.
public struct WholeNumberKnapsack: Sendable {
    /// The greatest common divisor of the weights (1 when every weight is 0).
    public let divisor: Int64
    /// The row in units of `divisor`.
    public let expression: LinearExpression
    /// The capacity in units of `divisor`, rounded down.
    public let capacity: Int64

    /// `weights` may repeat a column; its weights are summed first. Weights may be negative.
    public init(_ weights: [(Variable, Int64)], capacity: Int64) {
        var summed: [Variable: Int64] = [:]
        var order: [Variable] = []
        for (variable, weight) in weights {
            if summed[variable] == nil { order.append(variable) }
            summed[variable, default: 0] += weight
        }
        let divisor = max(1, order.reduce(Int64(0)) { Self.gcd($0, summed[$1]!) })
        self.divisor = divisor
        var expression = LinearExpression()
        for variable in order where summed[variable]! != 0 {
            expression.add(variable, Double(summed[variable]! / divisor))
        }
        self.expression = expression
        // Rounded toward −∞ (Swift's division truncates toward zero).
        let quotient = capacity / divisor
        self.capacity = capacity % divisor < 0 ? quotient - 1 : quotient
    }

    /// Σ (weight / g)·x ≤ ⌊capacity / g⌋.
    public var constraint: LinearConstraint { expression <= Double(capacity) }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a.magnitude, b.magnitude)
        while b != 0 { (a, b) = (b, a % b) }
        return Int64(a)
    }
}
