/// A target picture ("MYK verändert sich", …): groups Sprintteams, Lösungen and measures.
/// Decisions are taken per Zielbild.
public struct Zielbild: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Criterion weights that replace the global weight inside this Zielbild.
    public var weightOverrides: [String: Double]
    public var balance: BalanceRule

    public init(id: String, name: String, weightOverrides: [String: Double] = [:], balance: BalanceRule = .init()) {
        self.id = id
        self.name = name
        self.weightOverrides = weightOverrides
        self.balance = balance
    }

    /// The effective weight of a criterion in this Zielbild.
    public func weight(of criterion: Criterion) -> Double {
        weightOverrides[criterion.id] ?? criterion.weight
    }
}

/// The fair share a Zielbild is guaranteed by the plan.
public struct BalanceRule: Hashable, Sendable {
    /// At least this many of the Zielbild's teams work on a measure in every quarter.
    public var minTeamsWorkingPerQuarter: Int?
    /// At least this many of the Zielbild's measures are completed within the horizon.
    public var minCompletions: Int?

    public init(minTeamsWorkingPerQuarter: Int? = nil, minCompletions: Int? = nil) {
        self.minTeamsWorkingPerQuarter = minTeamsWorkingPerQuarter
        self.minCompletions = minCompletions
    }

    public var isEmpty: Bool { minTeamsWorkingPerQuarter == nil && minCompletions == nil }
}

/// A Lösung: a bundle of measures whose extra value is realised only when all are done.
public struct Solution: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var zielbild: String
    /// The measures of the bundle, in the order the file gives.
    public var measures: [String]
    /// Value points added when every measure of the bundle is done.
    public var bundleValue: Double
    /// The measurable effects the Lösung promises, in file order.
    public var indicators: [Indicator]

    public init(
        id: String, name: String, zielbild: String, measures: [String], bundleValue: Double,
        indicators: [Indicator] = []
    ) {
        self.id = id
        self.name = name
        self.zielbild = zielbild
        self.measures = measures
        self.bundleValue = bundleValue
        self.indicators = indicators
    }
}
