/// What actually happened in a quarter, to carry a scenario forward: which measure each team
/// worked on (the recorded decision, or what the group did instead) and the effort delivered.
public struct QuarterOutcome: Sendable {
    public var quarter: Quarter
    /// Team → measure worked on (absent: the team did not work on a measure).
    public var worked: [String: String]
    /// Measure → team-quarters delivered; a measure worked on but not listed gets one per team.
    public var progress: [String: Double]
    /// Realised indicator values: indicator id → the value and the quarter it describes (this
    /// quarter, or an earlier one reported late).
    public var indicators: [String: IndicatorReading]

    public init(
        quarter: Quarter, worked: [String: String], progress: [String: Double] = [:],
        indicators: [String: IndicatorReading] = [:]
    ) {
        self.quarter = quarter
        self.worked = worked
        self.progress = progress
        self.indicators = indicators
    }
}

/// A realised value of an indicator, as a progress file reports it.
public struct IndicatorReading: Hashable, Sendable {
    public var value: Double
    public var quarter: Quarter
    /// The unit the report states, if it states one; it must be the indicator's.
    public var unit: String?

    public init(value: Double, quarter: Quarter, unit: String? = nil) {
        self.value = value
        self.quarter = quarter
        self.unit = unit
    }
}

/// Produces the next quarter's scenario from this one and what happened: progress added,
/// finished measures done, teams' current measures updated, money spent taken off the
/// remaining caps, past pins dropped, the horizon moved on by one quarter (and shortened so it
/// ends by the programme's last quarter).
public enum QuarterAdvance {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case wrongQuarter(expected: Quarter, found: Quarter)
        case unknownTeam(String)
        case unknownMeasure(String)
        case closedMeasure(String)
        case unknownIndicator(String)
        case indicatorUnitMismatch(String, expected: String, found: String)

        public var description: String {
            switch self {
            case .wrongQuarter(let expected, let found):
                return "the outcome is for \(found), but the scenario's horizon starts in \(expected)"
            case .unknownTeam(let id): return "unknown Sprintteam \(id)"
            case .unknownMeasure(let id): return "unknown measure \(id)"
            case .closedMeasure(let id): return "measure \(id) is done or dropped; no team can have worked on it"
            case .unknownIndicator(let id): return "unknown indicator \(id)"
            case .indicatorUnitMismatch(let id, let expected, let found):
                return "indicator \(id) is measured in \"\(expected)\", found a value in \"\(found)\""
            }
        }
    }

    public static func next(_ scenario: Scenario, after outcome: QuarterOutcome) throws(Problem) -> Scenario {
        guard outcome.quarter == scenario.horizon.start else {
            throw .wrongQuarter(expected: scenario.horizon.start, found: outcome.quarter)
        }
        var next = scenario
        let rate = scenario.programme.fundingRate
        var teamsPerMeasure: [String: Int] = [:]
        for (team, measure) in outcome.worked.sorted(by: { $0.key < $1.key }) {
            guard scenario.team(team) != nil else { throw .unknownTeam(team) }
            guard let target = scenario.measure(measure) else { throw .unknownMeasure(measure) }
            guard target.status.isOpen else { throw .closedMeasure(measure) }
            teamsPerMeasure[measure, default: 0] += 1
        }
        for id in outcome.progress.keys where scenario.measure(id) == nil { throw .unknownMeasure(id) }
        for (id, reading) in outcome.indicators.sorted(by: { $0.key < $1.key }) {
            guard let indicator = scenario.indicator(id) else { throw .unknownIndicator(id) }
            if let unit = reading.unit, unit != indicator.unit {
                throw .indicatorUnitMismatch(id, expected: indicator.unit, found: unit)
            }
        }

        var spent = Money.zero, spentOwn = Money.zero
        for index in next.measures.indices {
            let measure = next.measures[index]
            let teams = teamsPerMeasure[measure.id] ?? 0
            let delivered = outcome.progress[measure.id] ?? Double(teams)
            guard teams > 0 || delivered > 0 else { continue }
            let (cost, own) = QuarterCost(measure, fundingRate: rate).spending(teams: teams)
            spent += cost
            spentOwn += own
            next.measures[index].progress = min(measure.effort, measure.progress + delivered)
            next.measures[index].status = next.measures[index].progress >= measure.effort - 1e-9 ? .done : .running
        }
        for index in next.sprintteams.indices {
            let worked = outcome.worked[next.sprintteams[index].id]
            next.sprintteams[index].currentMeasure = worked.flatMap { id in
                next.measure(id)?.status == .running ? id : nil
            }
        }
        // A running measure nobody continues is paused: it keeps its progress as a candidate
        // (its one-off cost is paid, so it counts as started money-wise through its progress).
        let current = Set(next.sprintteams.compactMap(\.currentMeasure))
        for index in next.measures.indices
        where next.measures[index].status == .running && !current.contains(next.measures[index].id) {
            next.measures[index].status = .candidate
            next.measures[index].oneOffCost = .zero
        }
        // The horizon moves on; it never runs past the programme's last quarter.
        let start = scenario.horizon.start.advanced(by: 1)
        let left = start.distance(to: scenario.programme.lastQuarter) + 1
        next.horizon = Horizon(start: start, count: max(1, min(scenario.horizon.count, left)))
        next.locks.pins.removeAll { $0.quarter <= outcome.quarter }
        next.locks.forbidden.removeAll { $0.quarter.map { $0 <= outcome.quarter } ?? false }
        next.budget.quarterOverrides.removeValue(forKey: outcome.quarter)
        next.budget.total = scenario.budget.total.map { max(.zero, $0 - spent) }
        next.budget.ownShareCap = scenario.budget.ownShareCap.map { max(.zero, $0 - spentOwn) }
        next.record(outcome.indicators)
        return next
    }
}
