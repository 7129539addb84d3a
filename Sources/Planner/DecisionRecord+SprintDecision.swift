import SprintModel

extension DecisionRecord {
    /// The durable record of `decision`: the decisions with their reasons and alternatives, the
    /// plan's assignments in the quarter and its proof, and the accounting facts `history` needs
    /// later (the budget caps at decision time; every open measure's name, remaining effort and
    /// quarterly cost with its own share, in scenario order), and the scenario's indicators with
    /// the values realised so far (none when it declares none, so such records keep their bytes).
    ///
    /// - Parameters:
    ///   - reasons: each team's reasons as worded for people. The record keeps the sentences the
    ///     caller showed, so their wording stays with whoever renders them, not with the planner.
    ///   - scenarioFile, scenarioHash, toolVersion, recordedAt, decidedBy, note: where the decision
    ///     came from, stored as given.
    public init(
        _ decision: SprintDecision, scenario: Scenario, reasons: (SprintDecision.TeamDecision) -> [String],
        scenarioFile: String, scenarioHash: String, toolVersion: String, recordedAt: String,
        decidedBy: String?, note: String?
    ) {
        let teams = decision.decisions.map { item in
            TeamDecision(
                team: item.team, zielbild: item.zielbild, decision: item.kind, previous: item.previous,
                measure: item.measure, finishes: item.finishes, reasons: reasons(item),
                alternative: item.alternative, alternativeCost: item.alternativeCost)
        }
        let rate = scenario.programme.fundingRate
        let measures = scenario.measures.filter(\.status.isOpen).map { measure in
            MeasureFacts(
                id: measure.id, name: measure.name, zielbild: measure.zielbild,
                remainingEffort: measure.remainingEffort, cost: QuarterCost(measure, fundingRate: rate))
        }
        let plan = decision.plan
        self.init(
            quarter: decision.quarter, scenarioFile: scenarioFile, scenarioHash: scenarioHash,
            toolVersion: toolVersion, recordedAt: recordedAt, status: plan.proof, objective: plan.objective,
            bestBound: plan.bestBound, gap: plan.gap, decidedBy: decidedBy, note: note, decisions: teams,
            recommendedAssignments: plan.assignments.filter { $0.quarter == decision.quarter },
            measures: measures,
            quarterCap: scenario.budget.cap(in: decision.quarter), totalBudget: scenario.budget.total,
            ownShareCap: scenario.budget.ownShareCap)
        indicators = scenario.indicators.map(\.indicator)
    }
}
