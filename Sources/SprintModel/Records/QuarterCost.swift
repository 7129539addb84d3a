/// What one quarter of work on a measure costs, split into the district's own share: the
/// quarterly rate per team, and the one-off cost due when a team starts a measure that has not
/// been started yet. Kept in decision records so that spending can be recounted later for what
/// the teams actually did, even after the scenario has moved on.
public struct QuarterCost: Hashable, Sendable {
    public var perTeam: Money
    public var perTeamOwnShare: Money
    /// Zero for a running measure (its one-off cost was paid when it started).
    public var start: Money
    public var startOwnShare: Money

    public init(perTeam: Money, perTeamOwnShare: Money, start: Money, startOwnShare: Money) {
        self.perTeam = perTeam
        self.perTeamOwnShare = perTeamOwnShare
        self.start = start
        self.startOwnShare = startOwnShare
    }

    /// The cost facts of `measure` in its current state.
    public init(_ measure: Measure, fundingRate: Double) {
        let start = measure.status == .candidate ? measure.oneOffCost : .zero
        self.init(
            perTeam: measure.costPerTeamQuarter,
            perTeamOwnShare: measure.ownShare(of: measure.costPerTeamQuarter, fundingRate: fundingRate),
            start: start, startOwnShare: measure.ownShare(of: start, fundingRate: fundingRate))
    }

    /// Spending and own share when `teams` teams work on the measure for one quarter.
    public func spending(teams: Int) -> (spending: Money, ownShare: Money) {
        guard teams > 0 else { return (.zero, .zero) }
        return (perTeam * teams + start, perTeamOwnShare * teams + startOwnShare)
    }
}
