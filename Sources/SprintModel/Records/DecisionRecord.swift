/// A recorded end-of-sprint decision: what was recommended for each Sprintteam in one quarter
/// and why, on which scenario and with what proof, who decided, and the facts needed to account
/// for the quarter later (measure costs and remaining effort, the budget at the time).
///
/// It holds everything the record file holds, in the file's order, so that reading a record and
/// writing it again gives the same bytes. The file format is `ScenarioIO.DecisionRecordFile`'s
/// alone, which does both.
public struct DecisionRecord: Sendable, Hashable {
    /// One team's recommended decision.
    public struct TeamDecision: Sendable, Hashable {
        public var team: String
        public var zielbild: String
        public var decision: TeamDecisionKind
        public var previous: String?
        public var measure: String?
        /// The measure is finished in the quarter.
        public var finishes: Bool
        /// The reasons as they were worded when the decision was taken. A record is a document:
        /// its sentences are kept as written, not re-derived by a later version of the tool.
        public var reasons: [String]
        /// The best plan without this choice: the team's measure then (nil: none).
        public var alternative: String?
        /// The value points given up by the alternative; nil when it was not computed.
        public var alternativeCost: Double?

        public init(
            team: String, zielbild: String, decision: TeamDecisionKind, previous: String?, measure: String?,
            finishes: Bool = false, reasons: [String] = [], alternative: String? = nil,
            alternativeCost: Double? = nil
        ) {
            self.team = team
            self.zielbild = zielbild
            self.decision = decision
            self.previous = previous
            self.measure = measure
            self.finishes = finishes
            self.reasons = reasons
            self.alternative = alternative
            self.alternativeCost = alternativeCost
        }
    }

    /// A team the group set to another measure than recommended, and why (`decide --override`).
    public struct Override: Sendable, Hashable {
        public var team: String
        /// The recommended measure in the quarter (nil: none).
        public var recommended: String?
        public var decided: String
        public var reason: String

        public init(team: String, recommended: String?, decided: String, reason: String) {
            self.team = team
            self.recommended = recommended
            self.decided = decided
            self.reason = reason
        }
    }

    /// An open measure as it stood when the decision was taken.
    public struct MeasureFacts: Sendable, Hashable {
        public var id: String
        public var name: String
        public var zielbild: String
        public var remainingEffort: Double
        public var cost: QuarterCost

        public init(id: String, name: String, zielbild: String, remainingEffort: Double, cost: QuarterCost) {
            self.id = id
            self.name = name
            self.zielbild = zielbild
            self.remainingEffort = remainingEffort
            self.cost = cost
        }
    }

    public var quarter: Quarter
    public var scenarioFile: String
    public var scenarioHash: String
    public var toolVersion: String
    public var recordedAt: String
    /// How good the recommended plan was proven to be.
    public var status: PlanProof
    public var objective: Double?
    /// The solver's proven bound on the best plan's value, when it had one.
    public var bestBound: Double?
    public var gap: Double?
    public var decidedBy: String?
    public var note: String?
    public var decisions: [TeamDecision]
    /// The plan's assignments in the quarter, in file order.
    public var recommendedAssignments: [Assignment]
    /// What the group decided instead of the recommendation, by team; empty when it followed it.
    public var overrides: [Override] = []
    /// With overrides: the quarter's assignments of the best plan that keeps them (other teams
    /// may move too); nil when the recommendation was decided as it is.
    public var decidedAssignments: [Assignment]?
    /// Open measures in file order; empty in records written before the facts were kept.
    public var measures: [MeasureFacts] {
        didSet { measureIndex = Self.index(measures) }
    }
    /// The quarter's spending cap and the remaining total and own-share caps at decision time.
    public var quarterCap: Money?
    public var totalBudget: Money?
    public var ownShareCap: Money?
    /// The scenario's indicators (Lösungen first, then measures) with the values realised when
    /// the decision was taken; empty when the scenario has none.
    public var indicators: [Indicator] = []

    /// Position of each measure id in `measures` (the last one wins, as it did when the facts
    /// were read into a dictionary).
    private var measureIndex: [String: Int]

    public init(
        quarter: Quarter, scenarioFile: String, scenarioHash: String, toolVersion: String, recordedAt: String,
        status: PlanProof, objective: Double?, bestBound: Double?, gap: Double?,
        decidedBy: String?, note: String?, decisions: [TeamDecision], recommendedAssignments: [Assignment],
        measures: [MeasureFacts], quarterCap: Money?, totalBudget: Money?, ownShareCap: Money?
    ) {
        self.quarter = quarter
        self.scenarioFile = scenarioFile
        self.scenarioHash = scenarioHash
        self.toolVersion = toolVersion
        self.recordedAt = recordedAt
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.decidedBy = decidedBy
        self.note = note
        self.decisions = decisions
        self.recommendedAssignments = recommendedAssignments
        self.measures = measures
        self.measureIndex = Self.index(measures)
        self.quarterCap = quarterCap
        self.totalBudget = totalBudget
        self.ownShareCap = ownShareCap
    }

    /// The facts kept for an open measure, if the record has them.
    public func measure(_ id: String) -> MeasureFacts? {
        measureIndex[id].map { measures[$0] }
    }

    /// Team → recommended measure in the quarter (a team listed twice: the last entry).
    public var recommended: [String: String] {
        Dictionary(recommendedAssignments.map { ($0.team, $0.measure) }, uniquingKeysWith: { _, last in last })
    }

    /// Team → decided measure in the quarter: the recommendation unless the group overrode it.
    public var decided: [String: String] {
        guard let decidedAssignments else { return recommended }
        return Dictionary(decidedAssignments.map { ($0.team, $0.measure) }, uniquingKeysWith: { _, last in last })
    }

    private static func index(_ measures: [MeasureFacts]) -> [String: Int] {
        Dictionary(measures.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { _, last in last })
    }
}
