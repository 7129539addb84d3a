import SprintModel

/// Why a Sprintteam gets its end-of-sprint decision, as data with its figures; `Reporting`
/// words it in German and English.
public enum DecisionReason: Hashable, Sendable {
    /// The team is not available in the quarter.
    case unavailable(team: String, quarter: Quarter)
    /// Where the measure stands in its Zielbild's ranking.
    case ranked(measure: String, name: String, rank: Int, zielbild: String, score: Double)
    /// The team goes on with a running measure: team-quarters done, needed and remaining.
    case continues(done: Double, effort: Double, remaining: Double)
    /// The measure is finished in the decision's quarter.
    case finishes(measure: String, quarter: Quarter)
    /// The measure is planned to finish in a later quarter.
    case finishesLater(measure: String, quarter: Quarter)
    /// The measure completes a Lösung within the plan.
    case completesSolution(id: String, name: String)
    case deadline(CalendarDate)
    /// The assignment is a lock in the scenario: decided already.
    case pinned
    /// The team works for another Zielbild.
    case helpsZielbild(String)
    /// No measure is worth its cost for the team in this quarter.
    case nothingWorthItsCost(team: String)
    /// The team leaves an unfinished measure: what remains of it and the switching cost (points).
    case givesUp(measure: String, name: String, remaining: Double, switchingCost: Double, continuedByAnotherTeam: Bool)
    /// A rule keeps the team from the measure it leaves (e.g. an unfinished prerequisite).
    case heldBack(BindingRule)
}
