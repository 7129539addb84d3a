import Scoring
import SprintModel

/// What the planner works with after reading a scenario and its scores: the quarters it
/// plans, the measures that can be planned (open, eligible, with every prerequisite
/// plannable or done), their values, and for each team and quarter the measures it may take.
struct PlanningProblem {
    let scenario: Scenario
    /// Horizon quarters up to the programme's last quarter.
    let quarters: [Quarter]
    let teams: [Sprintteam]
    /// Plannable measures, in file order.
    let measures: [Measure]
    /// Value points per plannable measure (score × value scale).
    let values: [String: Double]
    /// Why each open measure that cannot be planned is left out.
    let excluded: [String: Exclusion]
    let measureIndex: [String: Int]
    /// Forbidden assignments by team, for fast lookups while building large models.
    let forbidden: [String: [Locks.Forbidden]]
    /// Measures every plan must give at least one team-quarter of work (`explain --measure`:
    /// the best plan that includes the measure). Not a rule of the scenario: never relaxed.
    let required: [String]

    init(scenario: Scenario, scores: ScoreSheet, quarters limit: Int? = nil, required: [String] = []) {
        self.scenario = scenario
        self.required = required
        var quarters = scenario.plannedQuarters
        if let limit { quarters = Array(quarters.prefix(max(0, limit))) }
        self.quarters = quarters
        teams = scenario.sprintteams

        var values: [String: Double] = [:]
        var excluded: [String: Exclusion] = [:]
        for ranking in scores.zielbilder {
            for entry in ranking.ranked { values[entry.measure.id] = entry.points }
            for entry in ranking.ineligible {
                excluded[entry.measure.id] = .ineligible(failures: entry.failures)
            }
        }
        // A measure whose prerequisite can never be done cannot start either (transitively).
        let byID = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changed = true
        while changed {
            changed = false
            for measure in scenario.measures where measure.status.isOpen && excluded[measure.id] == nil {
                for prerequisite in measure.prerequisites {
                    guard let required = byID[prerequisite] else { continue }
                    if required.status == .dropped || (required.status.isOpen && excluded[prerequisite] != nil) {
                        excluded[measure.id] = .prerequisiteNeverDone(
                            prerequisite: prerequisite, dropped: required.status == .dropped)
                        changed = true
                        break
                    }
                }
            }
        }
        measures = scenario.measures.filter { $0.status.isOpen && excluded[$0.id] == nil && values[$0.id] != nil }
        for measure in scenario.measures
        where measure.status.isOpen && excluded[measure.id] == nil && values[measure.id] == nil {
            excluded[measure.id] = .notScored
        }
        self.values = values
        self.excluded = excluded
        measureIndex = Dictionary(uniqueKeysWithValues: measures.enumerated().map { ($1.id, $0) })
        forbidden = Dictionary(grouping: scenario.locks.forbidden, by: \.team)
    }

    var horizonEnd: Quarter? { quarters.last }

    /// Whether a plan gives every required measure some work (the verifier knows nothing of
    /// them: they are a question, not a rule).
    func meetsRequirements(_ assignments: [Assignment]) -> Bool {
        required.allSatisfy { id in assignments.contains { $0.measure == id } }
    }

    /// Whether `team` may work on `measure` in `quarter` by the rules that need no solver:
    /// availability, skills, Zielbild, forbidden assignments, earliest start, deadline.
    func allows(_ team: Sprintteam, _ measure: Measure, _ quarter: Quarter) -> Bool {
        guard team.isAvailable(in: quarter), team.hasSkills(measure.requiredSkills) else { return false }
        if team.zielbild != measure.zielbild && !scenario.policy.crossZielbild.allowed { return false }
        if let start = measure.earliestStart, quarter < start { return false }
        if let deadline = measure.deadline, quarter > Quarter(containing: deadline) { return false }
        if let rules = forbidden[team.id],
            rules.contains(where: { $0.measure == measure.id && ($0.quarter == nil || $0.quarter == quarter) })
        {
            return false
        }
        return true
    }

    /// Team-quarters still needed, rounded up: teams work whole quarters.
    static func neededTeamQuarters(_ measure: Measure) -> Int {
        Int((measure.remainingEffort - 1e-9).rounded(.up))
    }
}
