import SprintModel

extension DecisionHistory {
    /// An indicator in a recorded quarter: as the record kept it, with the value the quarter's
    /// progress file reported (if any) added to its actuals.
    public struct IndicatorLine: Sendable, Hashable {
        public var indicator: Indicator
        /// The latest realised value at or before the quarter, with the quarter it describes;
        /// nil when none is known.
        public var actual: Double?
        public var actualQuarter: Quarter?
        /// The actual value came from the quarter's progress file, not from the record.
        public var reported: Bool
        /// `indicator.achievement(of: actual)`: 0…1; nil without an actual.
        public var achievement: Double?

        /// The line of `recorded` in `quarter`, with `reading` (the progress file's) counted in.
        public init(_ recorded: Indicator, quarter: Quarter, reading: IndicatorReading?) {
            var indicator = recorded
            if let reading { indicator.actuals[reading.quarter] = reading.value }
            let latest = indicator.latest(asOf: quarter)
            self.indicator = indicator
            actual = latest?.value
            actualQuarter = latest?.quarter
            reported = reading != nil && latest?.quarter == reading?.quarter
            achievement = latest.flatMap { indicator.achievement(of: $0.value) }
        }
    }

    /// The KPI lines of a record and its quarter's outcome, in the record's order.
    static func indicatorLines(_ record: DecisionRecord, _ outcome: QuarterOutcome) -> [IndicatorLine] {
        record.indicators.map { IndicatorLine($0, quarter: record.quarter, reading: outcome.indicators[$0.id]) }
    }
}
