import SprintModel

/// The planned straight path of an indicator: its baseline at `start`, its target at the target
/// quarter, a straight line between. The report's chart draws it and the decision paper judges
/// the latest realised value against it, so that both show the same plan.
struct IndicatorPath {
    let indicator: Indicator
    /// Where the baseline sits: the planning horizon's first quarter, or a quarter before the
    /// first realised value if that is earlier — the baseline comes before any effect.
    let start: Quarter

    init(_ indicator: Indicator, horizonStart: Quarter) {
        self.indicator = indicator
        let first = indicator.actuals.keys.min()
        start = min(horizonStart, first.map { $0.advanced(by: -1) } ?? horizonStart)
    }

    /// The value the path plans for the end of `quarter`: the baseline up to `start`, the target
    /// from the target quarter on.
    func planned(at quarter: Quarter) -> Double {
        let span = start.distance(to: indicator.targetDate)
        guard span > 0 else { return quarter >= indicator.targetDate ? indicator.target : indicator.baseline }
        let share = min(1, max(0, Double(start.distance(to: quarter)) / Double(span)))
        return indicator.baseline + share * (indicator.target - indicator.baseline)
    }

    /// The latest realised value against the path in its quarter: on track when it is at least as
    /// good as planned (better is towards the target). Nil while no value is recorded.
    func latest() -> (quarter: Quarter, value: Double, planned: Double, onTrack: Bool)? {
        guard let latest = indicator.latest() else { return nil }
        let planned = planned(at: latest.quarter)
        let towardsTarget = indicator.target >= indicator.baseline ? 1.0 : -1.0
        // Floating-point noise only: a value exactly on the path is on track.
        let tolerance = 1e-9 * max(1, abs(indicator.target - indicator.baseline))
        return (latest.quarter, latest.value, planned, (latest.value - planned) * towardsTarget >= -tolerance)
    }
}
