import MILP
import Scoring
import SprintModel

/// Answers "why this?" about a plan, by re-solving with one thing changed: for a team and
/// quarter, why this measure and what the best alternative would cost; for a measure that is
/// not planned, what keeps it out.
public struct PlanExplainer: Sendable {
    public let planner: Planner
    public let options: PlanningOptions

    public init(planner: Planner, options: PlanningOptions) {
        self.planner = planner
        self.options = options
    }

    /// Why `team` does what it does in `quarter`.
    public struct AssignmentExplanation: Sendable {
        public var team: String
        public var quarter: Quarter
        /// The measure in the plan (nil: idle or unavailable).
        public var measure: String?
        public var reasons: [String]
        /// The best plan without this choice: what the team would do instead, and the
        /// objective given up (value points; nil when no alternative plan exists).
        public var alternative: String?
        public var alternativeCost: Double?
    }

    /// What keeps a measure out of the plan, or when it is planned.
    public struct MeasureExplanation: Sendable {
        public var measure: String
        public var planned: [Assignment]
        public var reasons: [String]
        /// Objective given up if the measure is forced into the plan (nil: it cannot be).
        public var costOfForcing: Double?
    }

    public func explain(team teamID: String, quarter: Quarter, in plan: Plan) -> AssignmentExplanation {
        let scenario = planner.scenario
        var result = AssignmentExplanation(team: teamID, quarter: quarter, measure: nil, reasons: [])
        guard let team = scenario.team(teamID) else {
            result.reasons = ["unknown Sprintteam \(teamID)"]
            return result
        }
        guard team.isAvailable(in: quarter) else {
            result.reasons = ["\(teamID) is unavailable in \(quarter)"]
            return result
        }
        guard let measureID = plan.measure(of: teamID, in: quarter), let measure = scenario.measure(measureID) else {
            result.reasons = ["\(teamID) has no measure in \(quarter): every measure it may take is done, taken by other teams, blocked by a prerequisite, or worth less than its cost in continuity, money or balance"]
            return result
        }
        result.measure = measureID
        let value = planner.scores.ranking(for: measure.zielbild)?.ranked.first { $0.measure.id == measureID }
        if let value {
            result.reasons.append("\(measureID) \(measure.name): rank \(value.rank) in \(measure.zielbild), score \(String(format3(value.score))), worth \(String(format1(value.points))) points when completed")
        }
        if let completed = plan.report.completions[measureID] {
            result.reasons.append(completed == quarter ? "the team completes \(measureID) in \(quarter)" : "\(measureID) is completed in \(completed)")
        } else {
            result.reasons.append("\(measureID) is not completed within the plan; the work counts as progress")
        }
        if team.currentMeasure == measureID {
            result.reasons.append("\(teamID) continues its current measure (no switching cost)")
        } else if let current = team.currentMeasure, scenario.measure(current)?.status == .running,
                  quarter == plan.quarters.first(where: { team.isAvailable(in: $0) }) {
            result.reasons.append("\(teamID) leaves its current measure \(current) (switching cost \(format1(scenario.policy.switchingCost)) points)")
        }
        if team.zielbild != measure.zielbild { result.reasons.append("\(teamID) helps Zielbild \(measure.zielbild) (cross-Zielbild cost \(String(format1(scenario.policy.crossZielbild.cost))))") }
        for solution in scenario.solutions where solution.measures.contains(measureID) && plan.report.completedBundles.contains(solution.id) {
            result.reasons.append("it completes Lösung \(solution.id) \(solution.name) (bundle value \(String(format1(solution.bundleValue))))")
        }
        if scenario.locks.pins.contains(where: { $0.team == teamID && $0.quarter == quarter && $0.measure == measureID }) {
            result.reasons.append("the assignment is pinned (a decision already taken)")
        }
        var changed = scenario
        changed.locks.pins.removeAll { $0.team == teamID && $0.quarter == quarter && $0.measure == measureID }
        changed.locks.forbidden.append(Locks.Forbidden(team: teamID, measure: measureID, quarter: quarter))
        if case .plan(let other) = Planner(scenario: changed, scores: planner.scores, solver: planner.solver).plan(options) {
            result.alternative = other.measure(of: teamID, in: quarter)
            result.alternativeCost = plan.objective - other.objective
        }
        return result
    }

    public func explain(measure measureID: String, in plan: Plan) -> MeasureExplanation {
        let scenario = planner.scenario
        var result = MeasureExplanation(measure: measureID, planned: plan.assignments.filter { $0.measure == measureID }, reasons: [])
        guard let measure = scenario.measure(measureID) else {
            result.reasons = ["unknown measure \(measureID)"]
            return result
        }
        guard measure.status.isOpen else {
            result.reasons = ["\(measureID) is \(measure.status.rawValue)"]
            return result
        }
        if !result.planned.isEmpty {
            let completed = plan.report.completions[measureID].map { "completed in \($0)" } ?? "not completed within the plan"
            result.reasons = ["\(measureID) is planned: \(result.planned.map { "\($0.team) in \($0.quarter)" }.joined(separator: ", ")); \(completed)"]
            return result
        }
        if let reason = planner.excludedMeasures()[measureID] {
            result.reasons = [reason]
            return result
        }
        let quarters = plan.quarters
        let able = scenario.sprintteams.filter { team in
            (team.zielbild == measure.zielbild || scenario.policy.crossZielbild.allowed) && team.hasSkills(measure.requiredSkills)
                && quarters.contains { team.isAvailable(in: $0) }
        }
        if able.isEmpty {
            result.reasons = ["capacity: no Sprintteam with the skills \(measure.requiredSkills.joined(separator: ", ")) is available in the plan's quarters"]
            return result
        }
        // Force the measure in: one work quarter with some able team, first feasible quarter.
        var best: Double?
        var blockers: [String] = []
        for quarter in quarters {
            for team in able where team.isAvailable(in: quarter) {
                var changed = scenario
                changed.locks.pins.append(Locks.Pin(team: team.id, quarter: quarter, measure: measureID))
                switch Planner(scenario: changed, scores: planner.scores, solver: planner.solver).plan(options) {
                case .plan(let other):
                    best = max(best ?? -.infinity, other.objective)
                case .infeasible(let infeasibility):
                    blockers += infeasibility.relaxations.map(\.message)
                case .noPlanFound:
                    break
                }
            }
            if best != nil { break }
        }
        if let best {
            result.costOfForcing = plan.objective - best
            result.reasons.append("value too low: putting \(measureID) into the plan lowers the objective by \(String(format1(plan.objective - best))) points; other measures are worth more for the same teams and money")
        } else {
            let unique = Array(Set(blockers)).sorted()
            result.reasons.append(unique.isEmpty ? "no plan can include it within the time limit" : "it cannot be fitted in: " + unique.joined(separator: "; "))
        }
        return result
    }
}

func format1(_ value: Double) -> String { FixedDecimal.string(value, digits: 1) }
func format3(_ value: Double) -> String { FixedDecimal.string(value, digits: 3) }
