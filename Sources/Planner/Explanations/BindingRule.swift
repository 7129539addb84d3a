import SprintModel

/// A rule that holds a measure back in a plan, with its figures: the answer to "why not M?"
/// or "why does this team leave M?" in domain terms. `Reporting` words it.
public enum BindingRule: Hashable, Sendable {
    /// `measure` waits for `prerequisite`, which the plan finishes in `doneIn` (nil: not within
    /// the plan's quarters). Names beside ids: every measure is named where it is mentioned.
    case prerequisite(measure: String, name: String, prerequisite: String, prerequisiteName: String, doneIn: Quarter?)
    /// A money cap the plan leaves too little room under: `used` of `cap`, while one quarter of
    /// work on the measure needs `needs` (for the own-share cap: its own share).
    case money(RelaxableRule, used: Money, cap: Money, needs: Money)
    /// Every team with the skills the measure needs works on other measures in every quarter
    /// it could take this one.
    case teamsBusy(measure: String, teams: [String])
    /// No team has the skills and is free to take the measure in any planned quarter.
    case noTeamCanTakeIt(measure: String)
}
