import SprintModel

/// Why a team does what it does in one quarter of a plan (`PlanExplainer`), as data with its
/// figures; `Reporting` words it.
public enum AssignmentReason: Hashable, Sendable {
    case unknownTeam(String)
    case unavailable(team: String, quarter: Quarter)
    /// The team has no measure: every measure it may take is done, taken, blocked or not worth
    /// its cost.
    case noMeasure(team: String, quarter: Quarter)
    /// Rank and score in the Zielbild, and the value points of completing the measure.
    case ranked(measure: String, name: String, rank: Int, zielbild: String, score: Double, points: Double)
    /// The measure is completed in `quarter` (by this team when `byThisTeam`).
    case completed(measure: String, quarter: Quarter, inThisQuarter: Bool)
    /// The measure is not completed within the plan; the work counts as progress.
    case notCompleted(measure: String)
    /// The team continues its current measure (no switching cost).
    case continuesCurrent(team: String)
    /// The team leaves its running measure, at the scenario's switching cost (points).
    case leavesCurrent(team: String, measure: String, switchingCost: Double)
    /// The team works for another Zielbild, at the scenario's cross-Zielbild cost.
    case helpsZielbild(team: String, zielbild: String, cost: Double)
    /// The measure completes a Lösung worth `bundleValue` extra.
    case completesSolution(id: String, name: String, bundleValue: Double)
    case pinned
}

/// What keeps a measure out of a plan, or when it is planned (`PlanExplainer`), as data.
public enum MeasureReason: Hashable, Sendable {
    case unknownMeasure(String)
    /// Done or dropped already.
    case closed(measure: String, status: Measure.Status)
    /// Planned: who works on it when, and the quarter it is completed in (nil: not within the plan).
    case planned(measure: String, assignments: [Assignment], completed: Quarter?)
    /// Left out of every plan before the search (see `Exclusion`).
    case excluded(Exclusion)
    /// No team with the skills is available in the plan's quarters.
    case noCapableTeam(skills: [String])
    /// Forcing it in costs value points (as far as proven): other measures are worth more.
    case valueTooLow(measure: String, standing: AlternativeStanding)
    /// No plan can include it within the time limit.
    case noPlanIncludesIt
    /// No plan within the planned quarters can include it, proven: its prerequisites, earliest
    /// start or deadline rule every quarter out (see the binding rules).
    case notWithinHorizon(measure: String)
    /// It cannot be fitted in: the rules that would have to be relaxed.
    case cannotBeFitted([Relaxation])
}
