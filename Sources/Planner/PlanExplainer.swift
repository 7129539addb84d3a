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
        /// How the alternative compares, as far as both searches proved it.
        public var alternativeStanding: AlternativeStanding?
        /// How good the alternative plan is proven to be.
        public var alternativeProof: PlanProof?
        /// Rules that keep the team from its current measure in this quarter, with figures.
        public var binding: [BindingRule] = []
    }

    /// What keeps a measure out of the plan, or when it is planned.
    public struct MeasureExplanation: Sendable {
        public var measure: String
        public var planned: [Assignment]
        public var reasons: [MeasureReason]
        /// Objective given up if the measure is forced into the plan (nil: it cannot be).
        public var costOfForcing: Double?
        /// How the best plan with the measure compares with the plan, as far as it is proven.
        public var standing: AlternativeStanding?
        /// How good the best plan with the measure is proven to be (nil: none was found).
        public var forcedProof: PlanProof?
        /// Where the best plan with the measure puts it.
        public var forcedAssignments: [Assignment] = []
        /// The rules that hold the measure back in the plan, with their figures.
        public var binding: [BindingRule] = []
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
            if let currentMeasure = scenario.measure(current) {
                result.binding = bindingRules(leaving: currentMeasure, in: quarter, plan: plan)
            }
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
        // The plan itself, with the team moved to its best other measure in that quarter, is
        // nearly a plan of the changed scenario: the planner starts from it.
        var alternativeOptions = options
        alternativeOptions.initialPlan = planWithout(team: teamID, in: quarter, from: plan, scenario: changed)
        if !options.isSpent,
            case .plan(let other) = Planner(scenario: changed, scores: planner.scores, solver: planner.solver).plan(
                alternativeOptions)
        {
            result.alternative = other.measure(of: teamID, in: quarter)
            result.alternativeCost = plan.objective - other.objective
            result.alternativeStanding = AlternativeStanding(of: other, against: plan)
            result.alternativeProof = other.proof
        }
        return result
    }
}
