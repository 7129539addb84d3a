/// A recorded end-of-sprint decision (file format `sprintplan-record/1`): what was recommended
/// for each Sprintteam in one quarter, on which scenario and with what proof, who decided, and
/// the facts needed to account for the quarter later (measure costs and remaining effort, the
/// budget at the time).
public struct DecisionRecord: Sendable {
    /// One team's recommended decision.
    public struct TeamDecision: Sendable, Hashable {
        public var team: String
        public var zielbild: String
        public var decision: TeamDecisionKind
        public var previous: String?
        public var measure: String?

        public init(team: String, zielbild: String, decision: TeamDecisionKind, previous: String?, measure: String?) {
            self.team = team
            self.zielbild = zielbild
            self.decision = decision
            self.previous = previous
            self.measure = measure
        }
    }

    /// An open measure as it stood when the decision was taken.
    public struct MeasureFacts: Sendable, Hashable {
        public var name: String
        public var zielbild: String
        public var remainingEffort: Double
        public var cost: QuarterCost

        public init(name: String, zielbild: String, remainingEffort: Double, cost: QuarterCost) {
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
    public var gap: Double?
    public var decidedBy: String?
    public var note: String?
    public var decisions: [TeamDecision]
    /// Team → recommended measure in the quarter.
    public var recommended: [String: String]
    /// Open measures by id; empty in records written before the facts were kept.
    public var measures: [String: MeasureFacts]
    /// The quarter's spending cap and the remaining total and own-share caps at decision time.
    public var quarterCap: Money?
    public var totalBudget: Money?
    public var ownShareCap: Money?

    public init(quarter: Quarter, scenarioFile: String, scenarioHash: String, toolVersion: String, recordedAt: String,
                status: PlanProof, objective: Double?, gap: Double?, decidedBy: String?, note: String?,
                decisions: [TeamDecision], recommended: [String: String], measures: [String: MeasureFacts],
                quarterCap: Money?, totalBudget: Money?, ownShareCap: Money?) {
        self.quarter = quarter
        self.scenarioFile = scenarioFile
        self.scenarioHash = scenarioHash
        self.toolVersion = toolVersion
        self.recordedAt = recordedAt
        self.status = status
        self.objective = objective
        self.gap = gap
        self.decidedBy = decidedBy
        self.note = note
        self.decisions = decisions
        self.recommended = recommended
        self.measures = measures
        self.quarterCap = quarterCap
        self.totalBudget = totalBudget
        self.ownShareCap = ownShareCap
    }
}
