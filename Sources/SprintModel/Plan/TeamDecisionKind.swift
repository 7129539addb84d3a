/// What a Sprintteam does in the coming quarter, as decided at the end of a sprint: the word the
/// plan, the decision and the record share.
public enum TeamDecisionKind: String, Hashable, Sendable, CaseIterable {
    /// Goes on with last quarter's measure.
    case `continue`
    /// Leaves an unfinished measure for another one.
    case `switch`
    /// Takes up a measure after a quarter without one (or after finishing one).
    case start
    /// Leaves an unfinished measure and takes up none.
    case stop
    /// Had no open measure and takes up none.
    case idle
    /// Not available in the quarter.
    case unavailable
}
