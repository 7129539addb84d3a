/// An amount of euros, held exactly in cents so that totals never drift.
///
/// Scenario files write money as JSON numbers in euros (`12500.50`); the loader converts the
/// literal text to cents without passing through binary floating point.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, AdditiveArithmetic {
    /// The amount in cents.
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Whole euros.
    public init(euros: Int64) { self.cents = euros * 100 }

    public static let zero = Money(cents: 0)

    /// The largest amount a scenario may state (10^9 euros). With at most 20,000 measures of at
    /// most 10,000 team-quarters each, every sum of amounts stays below 2^63 cents, and money
    /// rows keep coefficients GLPK's tolerances can handle.
    public static let maximum = Money(cents: 100_000_000_000)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The amount multiplied by a rate, rounded half away from zero to whole cents.
    ///
    /// Used for shares (funding rate, eligible share): the rounding rule is part of the
    /// documented money semantics, so federal share + own share always add up to the cost.
    public func scaled(by rate: Double) -> Money {
        Money(cents: Int64((Double(cents) * rate).rounded(.toNearestOrAwayFromZero)))
    }

    /// Euros as a floating-point number, for solvers and charts only (never for totals).
    public var euros: Double { Double(cents) / 100 }

    /// Plain machine spelling: `-1234.50`, `300000`.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        return "\(sign)\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// Human spelling with thousands separators and the euro sign: `1,234,500.50 €`.
    public var formatted: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole, at: 0)
        let fraction = magnitude % 100
        let cents = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + "\(fraction)"
        return sign + groups.joined(separator: ",") + cents + " €"
    }
}
