/// A measurable effect a Lösung (or a measure) promises: a key performance indicator with a
/// baseline, a target to reach by a date, and the values realised so far.
///
/// The strategy says that its Lösungen have a measurable effect; an indicator makes that
/// effect visible (`history`, the report) and, when the scenario asks for it
/// (`Policy.realisedImpact`), lets what was achieved feed the ranking of the open measures.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// Unique across the scenario (Lösungen and measures), so that a progress file can name it.
    public var id: String
    public var name: String
    /// The unit the values are given in (e.g. `%`, `t CO2`, `Nutzende`); progress files that
    /// state a unit must state this one.
    public var unit: String
    /// The value before the programme's effect.
    public var baseline: Double
    /// The value to reach by `targetDate`.
    public var target: Double
    /// The quarter by whose end the target is to be reached.
    public var targetDate: Quarter
    /// Whether a larger or a smaller value is better.
    public var direction: Direction
    /// Realised values by quarter (the quarter whose end they describe).
    public var actuals: [Quarter: Double]

    public init(
        id: String, name: String, unit: String, baseline: Double, target: Double, targetDate: Quarter,
        direction: Direction, actuals: [Quarter: Double] = [:]
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.targetDate = targetDate
        self.direction = direction
        self.actuals = actuals
    }

    /// Which way the indicator should move.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// More is better (e.g. users of a service).
        case increase
        /// Less is better (e.g. emissions, waiting time).
        case decrease
    }

    /// The latest realised value at or before `quarter` (any quarter when nil), with its quarter.
    public func latest(asOf quarter: Quarter? = nil) -> (quarter: Quarter, value: Double)? {
        actuals.filter { quarter == nil || $0.key <= quarter! }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Share of the way from baseline to target that `value` has come, clamped to 0…1: 0 at the
    /// baseline or worse, 1 at the target or beyond. Nil when baseline and target coincide
    /// (the validator refuses such an indicator).
    public func achievement(of value: Double) -> Double? {
        let span = target - baseline
        guard span != 0, span.isFinite, value.isFinite else { return nil }
        return min(1, max(0, (value - baseline) / span))
    }

    /// The achievement of the latest realised value at or before `quarter`; nil when none is
    /// recorded yet.
    public func achievement(asOf quarter: Quarter? = nil) -> Double? {
        latest(asOf: quarter).flatMap { achievement(of: $0.value) }
    }
}
