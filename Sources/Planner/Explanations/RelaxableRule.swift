import SprintModel

/// A rule the infeasibility diagnosis may relax, in domain terms.
public enum RelaxableRule: Hashable, Sendable {
    case quarterBudget(Quarter)
    case totalBudget
    case ownShareCap
    case minTeamsWorking(zielbild: String, quarter: Quarter)
    case minCompletions(zielbild: String)
    case pin(team: String, quarter: Quarter, measure: String)
}
