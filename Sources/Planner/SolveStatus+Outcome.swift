import MILP
import SprintModel

extension SolveStatus {
    /// The domain's word for how a search ended — the one place a solver status becomes a
    /// proof status. A search that ended early ended by the caller's stop request when
    /// `interrupted`, otherwise by its time limit.
    func outcome(interrupted: Bool) -> SearchOutcome {
        let reason: StopReason = interrupted ? .interrupted : .timeLimit
        switch self {
        case .optimal: return .found(.optimal)
        case .gapReached: return .found(.withinGap)
        case .timeLimitWithSolution: return .found(.stopped(reason))
        case .timeLimitWithoutSolution: return .notFound(.stopped(reason))
        case .infeasible: return .notFound(.infeasible)
        case .unbounded: return .notFound(.unbounded)
        case .error(let message): return .notFound(.solverFailed(message))
        }
    }
}
