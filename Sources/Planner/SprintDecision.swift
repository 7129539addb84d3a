import Scoring
import SprintModel

/// The end-of-sprint decision for one quarter, per Zielbild and Sprintteam: continue, switch,
/// start or idle, with the reasons in domain terms — what the project lead brings to the
/// Zielbild group meeting. Derived from a verified plan of the rolling horizon.
public struct SprintDecision: Sendable {
    /// One team's decision.
    public struct TeamDecision: Sendable {
        public var team: String
        public var zielbild: String
        public var kind: TeamDecisionKind
        /// The measure the team worked on in the sprint that just ended.
        public var previous: String?
        /// The measure for the coming quarter.
        public var measure: String?
        /// The measure is finished in this quarter.
        public var finishes: Bool
        public var reasons: [DecisionReason]
        /// Best plan without this choice: the team's measure then, and the value given up.
        public var alternative: String?
        public var alternativeCost: Double?
        /// How the alternative compares, as far as both searches proved it.
        public var alternativeStanding: AlternativeStanding?
        /// How good the alternative plan is proven to be.
        public var alternativeProof: PlanProof?
    }

    public var quarter: Quarter
    public var decisions: [TeamDecision]
    public var plan: Plan

    /// Builds the decision for `quarter` (a quarter of the plan) from a verified plan.
    public init(plan: Plan, quarter: Quarter, scenario: Scenario, scores: ScoreSheet) {
        self.quarter = quarter
        self.plan = plan
        var decisions: [TeamDecision] = []
        for team in scenario.sprintteams {
            let previous = team.currentMeasure
            let measureID = plan.measure(of: team.id, in: quarter)
            var decision = TeamDecision(
                team: team.id, zielbild: team.zielbild, kind: .idle, previous: previous, measure: measureID,
                finishes: measureID.map { plan.report.completions[$0] == quarter } ?? false, reasons: [])
            let previousMeasure = previous.flatMap { scenario.measure($0) }
            let previousOpen = previousMeasure?.status == .running
            if !team.isAvailable(in: quarter) {
                decision.kind = .unavailable
                decision.reasons.append(.unavailable(team: team.id, quarter: quarter))
            } else if let measureID, let measure = scenario.measure(measureID) {
                decision.kind = measureID == previous ? .continue : (previousOpen ? .switch : .start)
                if let entry = scores.ranking(for: measure.zielbild)?.ranked.first(where: { $0.measure.id == measureID }
                ) {
                    decision.reasons.append(
                        .ranked(
                            measure: measureID, name: measure.name, rank: entry.rank, zielbild: measure.zielbild,
                            score: entry.score))
                }
                let remaining = measure.remainingEffort
                if decision.kind == .continue {
                    decision.reasons.append(
                        .continues(done: measure.progress, effort: measure.effort, remaining: remaining))
                }
                if decision.finishes {
                    decision.reasons.append(.finishes(measure: measureID, quarter: quarter))
                } else if let finished = plan.report.completions[measureID] {
                    decision.reasons.append(.finishesLater(measure: measureID, quarter: finished))
                }
                for solution in scenario.solutions
                where solution.measures.contains(measureID) && plan.report.completedBundles.contains(solution.id) {
                    decision.reasons.append(.completesSolution(id: solution.id, name: solution.name))
                }
                if let deadline = measure.deadline { decision.reasons.append(.deadline(deadline)) }
                if scenario.locks.pins.contains(where: {
                    $0.team == team.id && $0.quarter == quarter && $0.measure == measureID
                }) {
                    decision.reasons.append(.pinned)
                }
                if team.zielbild != measure.zielbild { decision.reasons.append(.helpsZielbild(measure.zielbild)) }
            } else {
                decision.kind = previousOpen ? .stop : .idle
                decision.reasons.append(.nothingWorthItsCost(team: team.id))
            }
            if decision.kind == .switch || decision.kind == .stop, let previousMeasure {
                let continued = plan.assignments.contains { $0.measure == previousMeasure.id && $0.quarter == quarter }
                decision.reasons.append(
                    .givesUp(
                        measure: previousMeasure.id, name: previousMeasure.name,
                        remaining: previousMeasure.remainingEffort,
                        switchingCost: scenario.policy.switchingCost, continuedByAnotherTeam: continued))
                decision.reasons += plan.unfinishedPrerequisites(of: previousMeasure, in: quarter, scenario: scenario)
                    .map(DecisionReason.heldBack)
            }
            decisions.append(decision)
        }
        self.decisions = decisions
    }

    /// Adds the best rejected alternative per working team by re-solving without its choice.
    /// The re-solves are independent, so they run side by side (`workers` at a time); each is
    /// deterministic on its own, so the order they finish in does not change the result.
    /// `finished(done, total)` is called from the workers after each re-solve (a progress line).
    public mutating func addAlternatives(
        _ explainer: PlanExplainer, workers: Int = 2, finished: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        let working = decisions.indices.filter { decisions[$0].measure != nil }
        let (teams, quarter, plan) = (working.map { decisions[$0].team }, quarter, plan)
        let total = teams.count
        let explanations = ParallelWork.map(teams, workers: max(1, workers), finished: { finished?($0, total) }) {
            _, team in
            explainer.explain(team: team, quarter: quarter, in: plan)
        }
        for (index, explanation) in zip(working, explanations) {
            decisions[index].alternative = explanation.alternative
            decisions[index].alternativeCost = explanation.alternativeCost
            decisions[index].alternativeStanding = explanation.alternativeStanding
            decisions[index].alternativeProof = explanation.alternativeProof
        }
    }
}
