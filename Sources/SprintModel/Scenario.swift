/// Everything a planning run needs: the programme, the horizon, the criteria, Zielbilder,
/// Lösungen, measures, Sprintteams, money, policy and locks. One scenario file decodes to one
/// `Scenario` (after `extends` is resolved).
public struct Scenario: Hashable, Sendable {
    /// The format version this model corresponds to.
    public static let formatVersion = "sprintplan/1"

    public var name: String
    public var description: String?
    /// Language of reports (`de` or `en`) when no flag says otherwise; nil: German.
    public var language: String?
    public var programme: Programme
    public var horizon: Horizon
    public var criteria: [Criterion]
    public var zielbilder: [Zielbild]
    public var solutions: [Solution]
    public var measures: [Measure]
    public var sprintteams: [Sprintteam]
    public var budget: Budget
    public var policy: Policy
    public var locks: Locks

    public init(
        name: String, description: String? = nil, programme: Programme, horizon: Horizon,
        criteria: [Criterion] = [], zielbilder: [Zielbild], solutions: [Solution] = [],
        measures: [Measure], sprintteams: [Sprintteam] = [], budget: Budget = .init(),
        policy: Policy = .init(), locks: Locks = .init()
    ) {
        self.name = name
        self.description = description
        self.programme = programme
        self.horizon = horizon
        self.criteria = criteria
        self.zielbilder = zielbilder
        self.solutions = solutions
        self.measures = measures
        self.sprintteams = sprintteams
        self.budget = budget
        self.policy = policy
        self.locks = locks
    }

    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func team(_ id: String) -> Sprintteam? { sprintteams.first { $0.id == id } }
    public func zielbild(_ id: String) -> Zielbild? { zielbilder.first { $0.id == id } }
    public func solution(_ id: String) -> Solution? { solutions.first { $0.id == id } }
    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The horizon's quarters up to the programme's last quarter: the quarters a plan covers.
    public var plannedQuarters: [Quarter] { horizon.quarters.filter { $0 <= programme.lastQuarter } }
}
