/// The funding programme a scenario plans within (e.g. "Smarte Region MYK10", KfW 436).
public struct Programme: Hashable, Sendable {
    public var name: String
    /// No measure may run past this day.
    public var endDate: CalendarDate
    /// Share of eligible costs the federal grant covers (0.65 by default, 0.90 for
    /// municipalities in a budget emergency); the rest is the own share (Eigenanteil).
    public var fundingRate: Double
    /// ISO 4217 code; informational, all money is in this currency.
    public var currency: String

    public static let defaultFundingRate = 0.65

    public init(
        name: String, endDate: CalendarDate, fundingRate: Double = Programme.defaultFundingRate,
        currency: String = "EUR"
    ) {
        self.name = name
        self.endDate = endDate
        self.fundingRate = fundingRate
        self.currency = currency
    }

    /// The last quarter in which work can happen.
    public var lastQuarter: Quarter { Quarter(containing: endDate) }
}

/// The quarters a planning run looks at: `count` quarters from `start`.
public struct Horizon: Hashable, Sendable {
    public var start: Quarter
    public var count: Int

    public init(start: Quarter, count: Int) {
        self.start = start
        self.count = count
    }

    /// The quarters in order.
    public var quarters: [Quarter] { (0..<count).map { start.advanced(by: $0) } }
    /// The last quarter of the horizon.
    public var end: Quarter { start.advanced(by: count - 1) }

    public func contains(_ quarter: Quarter) -> Bool { quarter >= start && quarter <= end }
}
