extension Measure {
    /// Cost still to be paid to finish: the remaining team-quarters at the quarterly rate,
    /// plus the one-off cost unless the measure is already running (then it was paid).
    public var remainingCost: Money {
        costPerTeamQuarter.scaled(by: remainingEffort) + (status == .running ? .zero : oneOffCost)
    }

    /// The federal grant on `cost`: the eligible share of it at the funding rate, in cents.
    public func federalShare(of cost: Money, fundingRate: Double) -> Money {
        cost.scaled(by: eligibleShare).scaled(by: fundingRate)
    }

    /// The district's own share (Eigenanteil) of `cost`: everything the grant does not cover.
    /// Federal + own share always add up to the cost exactly.
    public func ownShare(of cost: Money, fundingRate: Double) -> Money {
        cost - federalShare(of: cost, fundingRate: fundingRate)
    }
}
