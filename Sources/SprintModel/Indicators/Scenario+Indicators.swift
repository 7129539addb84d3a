extension Scenario {
    /// Every indicator of the scenario with its owner: Lösungen first, in file order, then
    /// measures.
    public var indicators: [(owner: IndicatorOwner, indicator: Indicator)] {
        solutions.flatMap { solution in solution.indicators.map { (.solution(solution.id), $0) } }
            + measures.flatMap { measure in measure.indicators.map { (.measure(measure.id), $0) } }
    }

    /// The indicator with this id, if any.
    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.indicator.id == id }?.indicator
    }

    /// Mean achievement of the Lösung's indicators that have a realised value at or before
    /// `quarter`; nil when none has one.
    public func achievement(solution id: String, asOf quarter: Quarter? = nil) -> Double? {
        guard let solution = solutions.first(where: { $0.id == id }) else { return nil }
        return Self.mean(solution.indicators.compactMap { $0.achievement(asOf: quarter) })
    }

    /// A measure's achievement: the mean over the Lösungen that list it and have one, its own
    /// indicators counting as one more Lösung; nil when none has a realised value.
    public func achievement(measure id: String, asOf quarter: Quarter? = nil) -> Double? {
        var parts = solutions.filter { $0.measures.contains(id) }.compactMap {
            achievement(solution: $0.id, asOf: quarter)
        }
        if let own = measure(id).flatMap({ Self.mean($0.indicators.compactMap { $0.achievement(asOf: quarter) }) }) {
            parts.append(own)
        }
        return Self.mean(parts)
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

/// Who declares an indicator.
public enum IndicatorOwner: Hashable, Sendable {
    case solution(String)
    case measure(String)
}

extension Scenario {
    /// Adds realised values to the indicators' actuals (a later report of the same quarter
    /// replaces the earlier one). Ids the scenario does not declare are left out; callers check
    /// them first.
    mutating func record(_ readings: [String: IndicatorReading]) {
        guard !readings.isEmpty else { return }
        for index in solutions.indices {
            for slot in solutions[index].indicators.indices {
                if let reading = readings[solutions[index].indicators[slot].id] {
                    solutions[index].indicators[slot].actuals[reading.quarter] = reading.value
                }
            }
        }
        for index in measures.indices {
            for slot in measures[index].indicators.indices {
                if let reading = readings[measures[index].indicators[slot].id] {
                    measures[index].indicators[slot].actuals[reading.quarter] = reading.value
                }
            }
        }
    }
}
