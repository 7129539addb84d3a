import Planner
import SprintModel

/// What a job produced: a plan (with everything the page derives from it), a decision with its
/// alternatives (for the record and the decision paper), an explanation, or the problems that
/// stopped it.
enum JobResult: Sendable {
    case plan(PlanRun)
    case decision(PlanRun, SprintDecision)
    case assignment(PlanExplainer.AssignmentExplanation)
    case measure(PlanExplainer.MeasureExplanation)
    case failure(APIError)
}

/// One planning run of a scenario with a what-if (empty: the base plan).
struct PlanRun: Sendable {
    var name: String
    var path: String
    var scenario: Scenario
    var whatIf: WhatIf
    var planner: Planner
    var outcome: PlanningOutcome

    var plan: Plan? {
        if case .plan(let plan) = outcome { return plan }
        return nil
    }
}
