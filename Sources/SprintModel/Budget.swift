/// The money available to the plan within its horizon.
public struct Budget: Hashable, Sendable {
    /// Cap on spending over the whole horizon; nil means no cap.
    public var total: Money?
    /// Cap on spending in a quarter unless `quarterOverrides` names that quarter; nil means no cap.
    public var perQuarter: Money?
    /// Quarter-specific caps.
    public var quarterOverrides: [Quarter: Money]
    /// Cap on the district's own share (Eigenanteil) over the horizon; nil means no cap.
    public var ownShareCap: Money?

    public init(
        total: Money? = nil, perQuarter: Money? = nil, quarterOverrides: [Quarter: Money] = [:],
        ownShareCap: Money? = nil
    ) {
        self.total = total
        self.perQuarter = perQuarter
        self.quarterOverrides = quarterOverrides
        self.ownShareCap = ownShareCap
    }

    /// The spending cap in `quarter`, if any.
    public func cap(in quarter: Quarter) -> Money? { quarterOverrides[quarter] ?? perQuarter }
}

/// Planning policy: how the objective trades value against switching and cross-Zielbild work.
public struct Policy: Hashable, Sendable {
    /// Value points lost when a team leaves its current, unfinished measure (hand-over, lost context).
    public var switchingCost: Double
    /// Whether teams may help in another Zielbild, and at what cost per team-quarter.
    public var crossZielbild: CrossZielbildRule
    /// Discount per quarter on value realised later (0.02 = 2 % less per quarter).
    public var discountRate: Double
    /// Share (0…1) of a measure's value credited per share of effort done by the horizon end,
    /// so that a short horizon still values starting long measures.
    public var partialProgressValue: Double
    /// Value points a measure with score 1 is worth.
    public var valueScale: Double
    /// Whether realised indicator values feed criteria of the open measures; nil: they do not.
    public var realisedImpact: RealisedImpact?

    public init(
        switchingCost: Double = 10, crossZielbild: CrossZielbildRule = .init(), discountRate: Double = 0.02,
        partialProgressValue: Double = 0.5, valueScale: Double = 100, realisedImpact: RealisedImpact? = nil
    ) {
        self.realisedImpact = realisedImpact
        self.switchingCost = switchingCost
        self.crossZielbild = crossZielbild
        self.discountRate = discountRate
        self.partialProgressValue = partialProgressValue
        self.valueScale = valueScale
    }
}

/// Whether and at what cost Sprintteams may work outside their own Zielbild.
public struct CrossZielbildRule: Hashable, Sendable {
    public var allowed: Bool
    /// Value points per team-quarter spent outside the own Zielbild.
    public var cost: Double

    public init(allowed: Bool = false, cost: Double = 0) {
        self.allowed = allowed
        self.cost = cost
    }
}

/// Decisions already taken (pins) and assignments ruled out (forbidden).
public struct Locks: Hashable, Sendable {
    public var pins: [Pin]
    public var forbidden: [Forbidden]

    public init(pins: [Pin] = [], forbidden: [Forbidden] = []) {
        self.pins = pins
        self.forbidden = forbidden
    }

    /// Team `team` works on `measure` in `quarter`.
    public struct Pin: Hashable, Sendable {
        public var team: String
        public var quarter: Quarter
        public var measure: String
        public init(team: String, quarter: Quarter, measure: String) {
            self.team = team
            self.quarter = quarter
            self.measure = measure
        }
    }

    /// Team `team` never works on `measure` (in `quarter` only, when given).
    public struct Forbidden: Hashable, Sendable {
        public var team: String
        public var measure: String
        public var quarter: Quarter?
        public init(team: String, measure: String, quarter: Quarter? = nil) {
            self.team = team
            self.measure = measure
            self.quarter = quarter
        }
    }
}
