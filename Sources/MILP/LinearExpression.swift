/// A linear expression `Σ coefficient·variable + constant`, written naturally:
/// `2 * x + y - 3`, `expression += 4 * z`.
public struct LinearExpression: Sendable {
    /// Terms in the order they were added; repeated variables are merged when the model is frozen.
    public var terms: [(variable: Variable, coefficient: Double)]
    public var constant: Double

    public init(terms: [(variable: Variable, coefficient: Double)] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    public init(_ variable: Variable) { self.init(terms: [(variable, 1)]) }

    // `sum` and `add` are inlinable so callers get them specialised: unspecialised, the generic
    // `map` allocated once per term (4,000 allocations for a 2,000-variable model).

    /// `Σ coefficient·variable` over pairs, e.g. `LinearExpression.sum(xs.map { ($0, 1) })`.
    @inlinable public static func sum<S: Sequence>(_ terms: S) -> LinearExpression
    where S.Element == (Variable, Double) {
        LinearExpression(terms: terms.map { (variable: $0.0, coefficient: $0.1) })
    }

    /// The sum of variables, each with coefficient 1.
    @inlinable public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        LinearExpression(terms: variables.map { (variable: $0, coefficient: 1.0) })
    }

    @inlinable public mutating func add(_ variable: Variable, _ coefficient: Double = 1) {
        terms.append((variable, coefficient))
    }

    /// The value at a point given per column index.
    public func value(at values: [Double]) -> Double {
        terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }
}

// MARK: - Arithmetic

public func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
}

public func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression { lhs + (-1) * rhs }

public func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(terms: rhs.terms.map { ($0.variable, lhs * $0.coefficient) }, constant: lhs * rhs.constant)
}

public func * (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(terms: [(rhs, lhs)]) }
public func + (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) + LinearExpression(rhs) }
public func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs + LinearExpression(rhs) }
public func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression { LinearExpression(lhs) + rhs }
public func - (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) - LinearExpression(rhs) }
public func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs - LinearExpression(rhs) }
public func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression { LinearExpression(lhs) - rhs }
public func + (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + LinearExpression(constant: rhs) }
public func - (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + LinearExpression(constant: -rhs) }
public func + (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) + rhs }
public func - (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(constant: lhs) - rhs }
public func - (lhs: Double, rhs: LinearExpression) -> LinearExpression { LinearExpression(constant: lhs) - rhs }
public func - (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) - rhs }

public func += (lhs: inout LinearExpression, rhs: LinearExpression) {
    lhs.terms += rhs.terms
    lhs.constant += rhs.constant
}

public func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs) }

// MARK: - Constraints

/// `expression ≤ / ≥ / = bound`, or `lower ≤ expression ≤ upper`; built with the comparison
/// operators and added with `Model.add(_:name:)`.
public struct LinearConstraint: Sendable {
    public var expression: LinearExpression
    /// nil means −∞.
    public var lower: Double?
    /// nil means +∞.
    public var upper: Double?

    public init(_ expression: LinearExpression, lower: Double?, upper: Double?) {
        self.expression = expression
        self.lower = lower
        self.upper = upper
    }
}

public func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: nil, upper: rhs)
}
public func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: rhs, upper: nil)
}
public func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: rhs, upper: rhs)
}
public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) <= 0 }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) >= 0 }
public func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) == 0 }
public func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) <= rhs }
public func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) >= rhs }
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs <= LinearExpression(rhs) }
public func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs >= LinearExpression(rhs) }
public func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) <= rhs }
public func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) >= rhs }
