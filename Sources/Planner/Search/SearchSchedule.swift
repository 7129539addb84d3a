import MILP

/// The planner's search, phase by phase, in one table: how much of the time limit each phase
/// may take and how the solver is set for it. Every figure was chosen by measurement on MYK10,
/// generated districts and regions: `Benchmarks/SearchSchedule.md` keeps the measurements behind
/// each, `Benchmarks/RESULTS.md` the current figures beside HiGHS — re-measure before changing one.
///
/// The phases, in order (`Planner+Search`):
/// 1. money priced (Lagrangian decomposition), when only the money rows link the Zielbilder;
/// 2. a first plan from the LP relaxation (RENS), when it beats the greedy plan;
/// 3. the first phase: priorities, no cuts, bounded by nodes — settles district-size scenarios;
/// 4. a plan without cross-Zielbild help, planned by the decomposition;
/// 5. optionally, neighbourhood search;
/// 6. the last phase: two searches racing (GLPK's hybrid rule with cuts, priorities without).
struct SearchSchedule: Sendable {
    /// Phase 1: the decomposition runs until this share of the limit has passed; each block
    /// solve takes at most `decompositionBlockShare` of the limit (at least 0.1 s).
    var decompositionShare = 0.8
    var decompositionBlockShare = 0.1

    /// Phase 2: the relaxation-enforced neighbourhood may take this share of the limit.
    var relaxationStartShare = 0.05

    /// Phase 3: branch-and-bound nodes, then this share of the limit (at least
    /// `firstPhaseMinimum` seconds) as a guard against slow nodes. Nodes, not seconds, so that
    /// whether it settles the model does not depend on the machine's load.
    var firstPhaseNodes = 1_000
    var firstPhaseShare = 0.12
    var firstPhaseMinimum = 1.0

    /// Phase 4: at most this share of the limit and half of what remains; each block at most
    /// `noHelpBlockShare` (at least 0.1 s); skipped when less than 0.05 s would be left for it.
    var noHelpShare = 0.1
    var noHelpBlockShare = 0.05

    /// Phase 5 (`PlanningOptions.neighbourhoodSearch`): this share of the limit, at most half
    /// of what remains.
    var neighbourhoodShare = 0.4

    /// Phase 6 starts only with more than this many seconds left.
    var lastPhaseMinimum = 0.5
    /// GLPK checks its limit only between nodes, and a node of a large model takes a while
    /// (region scale: 0.4 s past a 60 s limit): above `reserveColumns` columns, this share of
    /// the limit is kept in reserve.
    var reserveShare = 0.01
    var reserveColumns = 5_000

    /// Up to this many columns GLPK's hybrid pseudocost rule branches (it initialises
    /// pseudocosts by trial solves at the root: 66 s on a region-size model, ignoring the time
    /// limit); above, Driebeck–Tomlin.
    var hybridPseudocostColumns = 5_000
    /// MIR and cover cuts (a generated district: 0.8 % gap after 30 s with them, 1.8 %
    /// without); clique cuts cost more than they save and their conflict graph is slow at
    /// region size.
    var cuts: Set<SolveOptions.CutFamily> = [.mixedIntegerRounding, .cover]

    /// Bound and plan this close (relative) mean optimal up to the solver's own tolerances.
    var provenGap = 1e-6
    /// GLPK accepts rows within its feasibility tolerance, money is checked in exact cents: a
    /// plan over a cap is solved again with the cap tightened, at most this many times.
    var moneyAttempts = 4

    /// The schedule every planning run uses.
    static let standard = SearchSchedule()
}
