/// How good a plan is proven to be: what the project lead may say about it in the meeting.
/// The figures behind it (bound, gap) travel beside it on the plan.
public enum PlanProof: Hashable, Sendable {
    /// No plan is worth more (within the solver's tolerances).
    case optimal
    /// Within the relative gap the run asked for of the best possible plan.
    case withinGap
    /// The search ended before it could prove either; the plan keeps every rule.
    case stopped(StopReason)

    /// Stable spelling for JSON, CSV and records (`optimal`, `gap-reached`, `time-limit`,
    /// `interrupted`).
    public var name: String { SearchOutcome.found(self).name }

    /// Reads `name` back (decision records).
    public init?(name: String) {
        guard case .found(let proof)? = SearchOutcome(name: name) else { return nil }
        self = proof
    }
}

/// Why a search ended early.
public enum StopReason: String, Hashable, Sendable {
    case timeLimit = "time-limit"
    /// Ctrl-C or a stop request from the caller.
    case interrupted
}

/// Why a search ended without a plan, when it did not prove that none exists.
public enum NoPlanReason: Hashable, Sendable {
    /// The rules admit no plan (proven).
    case infeasible
    case stopped(StopReason)
    /// The objective has no bound (a model error; plans never are).
    case unbounded
    /// The solver failed; the message is the solver's.
    case solverFailed(String)
}

/// How a search ended: a plan with its proof, or no plan and why.
public enum SearchOutcome: Hashable, Sendable {
    case found(PlanProof)
    case notFound(NoPlanReason)

    public var hasPlan: Bool {
        if case .found = self { return true }
        return false
    }

    /// Stable spelling for JSON, CSV and records.
    public var name: String {
        switch self {
        case .found(.optimal): return "optimal"
        case .found(.withinGap): return "gap-reached"
        case .found(.stopped(let reason)): return reason.rawValue
        case .notFound(.infeasible): return "infeasible"
        case .notFound(.stopped(let reason)): return reason.rawValue + "-no-solution"
        case .notFound(.unbounded): return "unbounded"
        case .notFound(.solverFailed): return "error"
        }
    }

    /// Reads `name` back; nil for an unknown spelling (and for `error`, whose message is lost).
    public init?(name: String) {
        switch name {
        case "optimal": self = .found(.optimal)
        case "gap-reached": self = .found(.withinGap)
        case "infeasible": self = .notFound(.infeasible)
        case "unbounded": self = .notFound(.unbounded)
        default:
            if let reason = StopReason(rawValue: name) {
                self = .found(.stopped(reason))
            } else if name.hasSuffix("-no-solution"), let reason = StopReason(rawValue: String(name.dropLast(12))) {
                self = .notFound(.stopped(reason))
            } else {
                return nil
            }
        }
    }
}
