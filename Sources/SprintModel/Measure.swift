/// A candidate unit of work (Einzelmaßnahme): effort, cost, ratings and dependencies.
/// Comes from a Lösung of the strategy or from the citizens' idea store.
public struct Measure: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var zielbild: String
    /// The Lösungen this measure names as its own (a shared measure serves several), in file
    /// order; empty when the measure does not say. Membership itself is the Lösungen's lists.
    public var solutions: [String]
    public var source: Source
    /// Fields of action (the ten former Handlungsfelder).
    public var fieldsOfAction: [FieldOfAction]
    /// Local authorities where the measure takes effect.
    public var municipalities: [String]
    /// Free tags; gates may apply to tagged measures only (e.g. `software`).
    public var tags: [String]
    /// Total effort to finish, in team-quarters.
    public var effort: Double
    /// Effort already delivered, in team-quarters.
    public var progress: Double
    /// How many teams may work on it in the same quarter.
    public var maxTeams: Int
    /// Skills every team working on it must have.
    public var requiredSkills: [String]
    /// Cost of one team working one quarter on it.
    public var costPerTeamQuarter: Money
    /// Cost paid once, in the quarter the measure starts (not yet paid for running measures).
    public var oneOffCost: Money
    /// Share (0…1) of the cost that is eligible for federal funding.
    public var eligibleShare: Double
    /// Measures that must be done before this one starts.
    public var prerequisites: [String]
    public var earliestStart: Quarter?
    public var deadline: CalendarDate?
    public var status: Status
    /// Ratings per criterion id, as numbers on the criterion's scale.
    public var ratings: Ratings
    /// The measure's own measurable effects (most effects are declared on its Lösungen).
    public var indicators: [Indicator] = []

    public init(
        id: String, name: String, zielbild: String, solutions: [String] = [], source: Source = .strategy,
        fieldsOfAction: [FieldOfAction] = [], municipalities: [String] = [], tags: [String] = [],
        effort: Double, progress: Double = 0, maxTeams: Int = 1, requiredSkills: [String] = [],
        costPerTeamQuarter: Money, oneOffCost: Money = .zero, eligibleShare: Double = 1,
        prerequisites: [String] = [], earliestStart: Quarter? = nil, deadline: CalendarDate? = nil,
        status: Status = .candidate, ratings: Ratings = [:]
    ) {
        self.id = id
        self.name = name
        self.zielbild = zielbild
        self.solutions = solutions
        self.source = source
        self.fieldsOfAction = fieldsOfAction
        self.municipalities = municipalities
        self.tags = tags
        self.effort = effort
        self.progress = progress
        self.maxTeams = maxTeams
        self.requiredSkills = requiredSkills
        self.costPerTeamQuarter = costPerTeamQuarter
        self.oneOffCost = oneOffCost
        self.eligibleShare = eligibleShare
        self.prerequisites = prerequisites
        self.earliestStart = earliestStart
        self.deadline = deadline
        self.status = status
        self.ratings = ratings
    }

    /// Effort still needed to finish, in team-quarters.
    public var remainingEffort: Double { max(0, effort - progress) }

    /// Where a measure comes from.
    public enum Source: String, Hashable, Sendable, CaseIterable {
        /// A Lösung of the council-adopted strategy.
        case strategy
        /// The citizens' idea store (Ideenspeicher).
        case ideas
    }

    /// Where a measure stands.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case candidate, running, done, dropped

        /// Whether the measure can still be planned.
        public var isOpen: Bool { self == .candidate || self == .running }
    }
}

/// One of the ten former working-group topics (Handlungsfelder), used as a tag on measures.
public enum FieldOfAction: String, Hashable, Sendable, CaseIterable {
    case arbeit = "Arbeit", bildung = "Bildung", freizeit = "Freizeit", gemeinschaft = "Gemeinschaft"
    case infrastruktur = "Infrastruktur", medizin = "Medizin", mobilitaet = "Mobilität", umwelt = "Umwelt"
    case versorgung = "Versorgung", wirtschaft = "Wirtschaft"
}
