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
        public var reasons: [AssignmentReason]
        /// The best plan without this choice: what the team would do instead, and the
        /// objective given up (value points; nil when no alternative plan exists).
        public var alternative: String?
        public var alternativeCost: Double?
    }

    /// What keeps a measure out of the plan, or when it is planned.
    public struct MeasureExplanation: Sendable {
        public var measure: String
        public var planned: [Assignment]
        public var reasons: [MeasureReason]
        /// Objective given up if the measure is forced into the plan (nil: it cannot be).
        public var costOfForcing: Double?
    }

    public func explain(team teamID: String, quarter: Quarter, in plan: Plan) -> AssignmentExplanation {
        let scenario = planner.scenario
        var result = AssignmentExplanation(team: teamID, quarter: quarter, measure: nil, reasons: [])
        guard let team = scenario.team(teamID) else {
            result.reasons = [.unknownTeam(teamID)]
            return result
        }
        guard team.isAvailable(in: quarter) else {
            result.reasons = [.unavailable(team: teamID, quarter: quarter)]
            return result
        }
        guard let measureID = plan.measure(of: teamID, in: quarter), let measure = scenario.measure(measureID) else {
            result.reasons = [.noMeasure(team: teamID, quarter: quarter)]
            return result
        }
        result.measure = measureID
        let value = planner.scores.ranking(for: measure.zielbild)?.ranked.first { $0.measure.id == measureID }
        if let value {
            result.reasons.append(
                .ranked(
                    measure: measureID, name: measure.name, rank: value.rank, zielbild: measure.zielbild,
                    score: value.score, points: value.points))
        }
        if let completed = plan.report.completions[measureID] {
            result.reasons.append(
                .completed(measure: measureID, quarter: completed, inThisQuarter: completed == quarter))
        } else {
            result.reasons.append(.notCompleted(measure: measureID))
        }
        if team.currentMeasure == measureID {
            result.reasons.append(.continuesCurrent(team: teamID))
        } else if let current = team.currentMeasure, scenario.measure(current)?.status == .running,
            quarter == plan.quarters.first(where: { team.isAvailable(in: $0) })
        {
            result.reasons.append(
                .leavesCurrent(team: teamID, measure: current, switchingCost: scenario.policy.switchingCost))
        }
        if team.zielbild != measure.zielbild {
            result.reasons.append(
                .helpsZielbild(team: teamID, zielbild: measure.zielbild, cost: scenario.policy.crossZielbild.cost))
        }
        for solution in scenario.solutions
        where solution.measures.contains(measureID) && plan.report.completedBundles.contains(solution.id) {
            result.reasons.append(
                .completesSolution(id: solution.id, name: solution.name, bundleValue: solution.bundleValue))
        }
        if scenario.locks.pins.contains(where: { $0.team == teamID && $0.quarter == quarter && $0.measure == measureID }
        ) {
            result.reasons.append(.pinned)
        }
        var changed = scenario
        changed.locks.pins.removeAll { $0.team == teamID && $0.quarter == quarter && $0.measure == measureID }
        changed.locks.forbidden.append(Locks.Forbidden(team: teamID, measure: measureID, quarter: quarter))
        // Only within the run's time limit: an alternative that cannot be solved in time is left
        // out (shown as none) rather than making `decide` run past its limit.
        // The plan itself, less the assignment now forbidden, is nearly a plan of the changed
        // scenario: the planner starts from it when it still keeps every rule.
        var alternativeOptions = options
        alternativeOptions.initialPlan = plan.assignments.filter { !($0.team == teamID && $0.quarter == quarter) }
        if !options.isSpent,
            case .plan(let other) = Planner(scenario: changed, scores: planner.scores, solver: planner.solver).plan(
                alternativeOptions)
        {
            result.alternative = other.measure(of: teamID, in: quarter)
            result.alternativeCost = plan.objective - other.objective
        }
        return result
    }

    public func explain(measure measureID: String, in plan: Plan) -> MeasureExplanation {
        let scenario = planner.scenario
        var result = MeasureExplanation(
            measure: measureID, planned: plan.assignments.filter { $0.measure == measureID }, reasons: [])
        guard let measure = scenario.measure(measureID) else {
            result.reasons = [.unknownMeasure(measureID)]
            return result
        }
        guard measure.status.isOpen else {
            result.reasons = [.closed(measure: measureID, status: measure.status)]
            return result
        }
        if !result.planned.isEmpty {
            result.reasons = [
                .planned(measure: measureID, assignments: result.planned, completed: plan.report.completions[measureID])
            ]
            return result
        }
        if let reason = planner.excludedMeasures()[measureID] {
            result.reasons = [.excluded(reason)]
            return result
        }
        let quarters = plan.quarters
        let able = scenario.sprintteams.filter { team in
            (team.zielbild == measure.zielbild || scenario.policy.crossZielbild.allowed)
                && team.hasSkills(measure.requiredSkills)
                && quarters.contains { team.isAvailable(in: $0) }
        }
        if able.isEmpty {
            result.reasons = [.noCapableTeam(skills: measure.requiredSkills)]
            return result
        }
        // Force the measure in: one work quarter with some able team, first feasible quarter.
        var best: Double?
        var blockers: [Relaxation] = []
        for quarter in quarters {
            for team in able where team.isAvailable(in: quarter) {
                var changed = scenario
                changed.locks.pins.append(Locks.Pin(team: team.id, quarter: quarter, measure: measureID))
                switch Planner(scenario: changed, scores: planner.scores, solver: planner.solver).plan(options) {
                case .plan(let other):
                    best = max(best ?? -.infinity, other.objective)
                case .infeasible(let infeasibility):
                    blockers += infeasibility.relaxations
                case .noPlanFound:
                    break
                }
            }
            if best != nil { break }
        }
        if let best {
            result.costOfForcing = plan.objective - best
            result.reasons.append(.valueTooLow(measure: measureID, cost: plan.objective - best))
        } else {
            result.reasons.append(blockers.isEmpty ? .noPlanIncludesIt : .cannotBeFitted(blockers))
        }
        return result
    }
}
