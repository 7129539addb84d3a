/// A MILP solver backend. The planner talks to this protocol, never to a concrete solver.
public protocol MILPSolver: Sendable {
    /// Solves synchronously on the calling thread. Never throws for solver outcomes
    /// (infeasible, time limit): those are statuses of the result.
    func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult
}

/// Settings for one solve. Defaults suit small models; the planner sets them deliberately.
public struct SolveOptions: Sendable, Hashable {
    /// Wall-clock limit in seconds; nil means none.
    public var timeLimit: Double?
    /// The instant by which the solve ends at the latest, whatever `timeLimit` says: the end of
    /// a larger task that several solves share (a plan, a phase of it). A relative limit is
    /// measured from the solve's own start, so solves that were meant to run side by side but
    /// ran one after another would each take it whole; the shared deadline still holds.
    public var deadline: ContinuousClock.Instant?
    /// Stop when the relative gap between incumbent and bound is at most this (0: prove optimality).
    public var relativeGap: Double
    public var cuts: Set<CutFamily>
    public var feasibilityPump: Bool
    /// Proximity search with its own time limit in seconds; nil means off.
    public var proximitySearch: Double?
    /// The rule for choosing a branching variable among those of equal priority.
    public var branching: Branching
    /// Follow the model's branching priorities (`Model.setBranchingPriority`); off, the
    /// `branching` rule decides alone.
    public var usesBranchingPriorities = true
    public var backtracking: Backtracking
    /// Keep the solver's log text in the result.
    public var captureLog: Bool
    /// A known solution (one value per column) to start from; see the backend's notes.
    public var warmStart: [Double]?
    /// Branch-and-bound nodes after which the search ends as at a time limit; nil means none.
    /// Work, not seconds: a search bounded this way ends in the same place on a fast or a busy
    /// machine, so its result is reproducible (as long as the time limit does not strike first).
    public var nodeLimit: Int?
    /// Polled during the search; once requested, the solve ends as at a time limit.
    public var stop: StopRequest?
    /// Updated during the search (best objective, bound, nodes) for progress display.
    public var progress: SolveProgress?
    /// Shared with searches running beside this one (`SearchRace`): the backend offers its
    /// solutions and bound, adopts better solutions found elsewhere, and stops once the
    /// searches together have settled the model. A backend that ignores it stays correct.
    public var shared: SharedIncumbent?
    /// A basis to start the (root) LP from, e.g. the one a relaxation of the same rows ended
    /// with (`RootRelaxation.basis`); a backend that cannot use it (other dimensions, singular)
    /// starts from its default basis instead.
    public var startingBasis: LPBasis?

    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, cuts: Set<CutFamily> = [],
        feasibilityPump: Bool = false, proximitySearch: Double? = nil, branching: Branching = .driebeckTomlin,
        backtracking: Backtracking = .bestLocal, captureLog: Bool = false, warmStart: [Double]? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.branching = branching
        self.backtracking = backtracking
        self.captureLog = captureLog
        self.warmStart = warmStart
    }

    public enum CutFamily: String, Hashable, Sendable, CaseIterable {
        case gomory, mixedIntegerRounding, cover, clique
    }

    public enum Branching: String, Hashable, Sendable, CaseIterable {
        case firstFractional, lastFractional, mostFractional, driebeckTomlin, hybridPseudocost
    }

    public enum Backtracking: String, Hashable, Sendable, CaseIterable {
        case depthFirst, breadthFirst, bestLocal, bestProjection
    }
}

/// What a solve produced. Read `status` first: values exist only when it has a solution.
public struct SolveResult: Sendable {
    public var status: SolveStatus
    /// Objective of the returned solution (including the constant).
    public var objective: Double?
    /// Best proven bound on the optimum (≥ objective when maximising).
    public var bestBound: Double?
    /// Relative gap |objective − bound| / max(1e-9, |objective|), as GLPK defines it.
    public var gap: Double?
    /// One value per column; empty without a solution.
    public var values: [Double]
    public var solveSeconds: Double
    /// Branch-and-bound nodes processed, if the backend reports them.
    public var nodes: Int?
    /// The solver's log, when `captureLog` was set.
    public var log: String
    /// The LP (relaxation) as solved at the root, before any cut or branch; nil when the
    /// backend does not report it or the LP did not solve.
    public var root: RootRelaxation?

    public init(
        status: SolveStatus, objective: Double? = nil, bestBound: Double? = nil, gap: Double? = nil,
        values: [Double] = [], solveSeconds: Double = 0, nodes: Int? = nil, log: String = ""
    ) {
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.values = values
        self.solveSeconds = solveSeconds
        self.nodes = nodes
        self.log = log
    }

    public var hasSolution: Bool { status.hasSolution }

    public func value(of variable: Variable) -> Double { values[variable.index] }
}

/// The outcome of a solve.
public enum SolveStatus: Hashable, Sendable {
    /// Proven optimal (within the default tolerance).
    case optimal
    /// A solution within the requested relative gap.
    case gapReached
    /// The time limit struck; the best solution found so far is returned.
    case timeLimitWithSolution
    /// The time limit struck before any solution was found.
    case timeLimitWithoutSolution
    case infeasible
    /// Unbounded, or infeasible and unbounded (the LP relaxation cannot tell them apart).
    case unbounded
    /// The solver failed for another reason (message given).
    case error(String)

    public var hasSolution: Bool {
        switch self {
        case .optimal, .gapReached, .timeLimitWithSolution: return true
        default: return false
        }
    }

    /// Stable spelling for JSON and reports.
    public var name: String {
        switch self {
        case .optimal: return "optimal"
        case .gapReached: return "gap-reached"
        case .timeLimitWithSolution: return "time-limit"
        case .timeLimitWithoutSolution: return "time-limit-no-solution"
        case .infeasible: return "infeasible"
        case .unbounded: return "unbounded"
        case .error: return "error"
        }
    }
}
