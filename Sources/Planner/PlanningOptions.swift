import MILP
import SprintModel

/// Settings of one planning run.
public struct PlanningOptions: Sendable {
    /// Plan only the first N quarters of the horizon (nil: the whole horizon).
    public var quarters: Int?
    /// Seconds the solver may take.
    public var timeLimit: Double
    /// Stop at this relative gap (0: prove optimality).
    public var relativeGap: Double
    /// Solver settings beyond time and gap; nil for the planner's measured defaults.
    public var solverOptions: SolveOptions?
    /// When only the money rows link the Zielbilder, price them and plan each Zielbild on its
    /// own first (see `LagrangianDecomposition`): a bound and a plan far better than the full
    /// model's search finds at region scale.
    public var decompose = true
    /// When the full model is not settled in the first phase, search on with two rules side
    /// by side, one per core, sharing plans and bounds (see `SearchRace`): GLPK's hybrid
    /// pseudocost rule with cuts, and the branching priorities without cuts. Needs two cores;
    /// ignored with explicit `solverOptions`.
    public var raceSearches = true
    /// Ctrl-C: once requested, the run ends as at its time limit, with the best plan so far.
    public var stop: StopRequest?
    /// The full model's search, for a progress line (the blocks of a decomposition do not report).
    public var progress: SolveProgress?
    /// A plan to start from (e.g. the previous run's): assignments outside the planned quarters
    /// are ignored; used only if the verifier accepts the rest and it beats the planner's own.
    public var initialPlan: [Assignment]?
    /// When the full model is not settled in the first search phase, improve the best
    /// plan by re-planning parts of it (see `NeighbourhoodSearch`) before searching on. Off by
    /// default: on generated districts it helped one seed of three within 60 s and cost the
    /// others more than it gained (see `Planner.search`).
    public var neighbourhoodSearch = false
    /// Before the search, build a first plan from the LP relaxation (see
    /// `RelaxationNeighbourhood`, at most 5 % of the time limit) when it beats the greedy plan.
    public var relaxationStart = true
    /// Search only this many branch-and-bound nodes (from the first plan), then stop with the
    /// best plan and bound so far: the same answer on every machine and under any load, for
    /// questions asked in a meeting (`decide`'s alternatives, `explain`). The time limit still
    /// holds. Nil: the full search schedule within the time limit.
    public var searchNodes: Int?
    /// Measures the plan must give at least one team-quarter of work: the best plan that
    /// includes them (`PlanExplainer`'s "what would it cost to take M?"), in one solve.
    public var requiredMeasures: [String] = []
    /// When the run must end: set by `Planner.plan` to its start plus `timeLimit` and handed to
    /// every solve, so that phases which start late (searches queued behind other work) cannot
    /// add up to more than the limit.
    var deadline: ContinuousClock.Instant?
    /// When the run began (loading and scoring included): the time limit counts from here.
    /// Nil: from the start of planning.
    public var startedAt: ContinuousClock.Instant?
    /// Seconds building the plan model took: optional phases that rebuild it are skipped when
    /// the time left could not pay for them.
    var buildSeconds = 0.0
    /// Seconds the last search phase leaves unused (see `budgeted(at:)`).
    var reserve = 0.0

    public init(
        quarters: Int? = nil, timeLimit: Double = 60, relativeGap: Double = 0, solverOptions: SolveOptions? = nil
    ) {
        self.quarters = quarters
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.solverOptions = solverOptions
    }

    /// The options for planning that starts at `now`: the time since `startedAt` is spent
    /// already, and 8 % of the limit stays in `reserve` for reading back, verifying and writing
    /// the plan and for GLPK's overrun of a node, so the whole run ends within its limit.
    func budgeted(at now: ContinuousClock.Instant) -> PlanningOptions {
        var options = self
        options.timeLimit = max(0.05, timeLimit - (startedAt.map { (now - $0).inSeconds } ?? 0))
        options.reserve = Self.reserveShare * timeLimit
        return options
    }

    /// The share of the time limit kept for reading back, verifying and writing a result.
    public static let reserveShare = 0.08

    /// Whether the run's time limit, counted from `startedAt` and less the reserve, is used up:
    /// further optional solves (`decide`'s alternatives) are left out.
    public var isSpent: Bool {
        guard let startedAt else { return false }
        return (ContinuousClock.now - startedAt).inSeconds >= (1 - Self.reserveShare) * timeLimit
    }

    /// Why a search that ended early ended: a stop request, or else the time limit.
    var stopReason: StopReason { stop?.isRequested == true ? .interrupted : .timeLimit }

    /// Solver settings for a model of `columns` columns: the explicit `solverOptions`, or the
    /// planner's measured defaults (cuts and branching rule from `SearchSchedule`).
    func solve(columns: Int = 0, schedule: SearchSchedule = .standard) -> SolveOptions {
        let branching: SolveOptions.Branching =
            columns <= schedule.hybridPseudocostColumns ? .hybridPseudocost : .driebeckTomlin
        var options = solverOptions ?? SolveOptions(cuts: schedule.cuts, branching: branching, backtracking: .bestLocal)
        options.timeLimit = timeLimit
        options.relativeGap = relativeGap
        options.stop = stop
        options.deadline = deadline
        return options
    }
}
