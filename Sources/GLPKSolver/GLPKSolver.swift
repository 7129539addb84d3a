import CGLPK
import Foundation
import MILP

/// Solves `MILPModel`s with GLPK 5 (Debian's `libglpk`). The only Swift code that calls GLPK.
///
/// One call creates the GLPK problem, fills it, solves it, reads the result and deletes it,
/// all on the calling thread: GLPK keeps per-thread state, so separate models solve
/// concurrently on separate threads, and a problem object never crosses threads.
///
/// Safety: every argument GLPK would `abort()` on is ruled out before the first GLPK call —
/// `MILPModel` guarantees finite coefficients, consistent bounds, unique in-range indices and
/// valid names; this type checks the options and the warm start.
///
/// Silence: GLPK's terminal output is routed through `glp_term_hook` into the result's `log`
/// (or dropped), so nothing reaches stdout or stderr.
///
/// Limits: the time limit is passed to GLPK and also enforced from the branch-and-bound
/// callback (some GLPK heuristics overrun `tm_lim`); the best bound and gap are captured in
/// that callback, since GLPK exposes them only during the search.
///
/// No presolver: GLPK 5's presolvers can themselves call `abort()` on valid models (the known
/// "glp_add_cols: ncs = 0; invalid number of columns" failure when presolving removes every
/// column, reported against GLPK through Pyomo and CVXPY, and reproduced here by the planner's
/// brute-force tests). So every solve runs `glp_simplex` without presolve for the LP
/// relaxation and `glp_intopt` without presolve from its optimal basis. Model validation
/// rules out every other abort path.
///
/// Branching priorities (`Model.setBranchingPriority`) are applied in the branching callback
/// (`BranchingRule`); GLPK's `br_tech` rule decides among columns of priority 0.
///
/// Warm start: a feasible solution given in `SolveOptions.warmStart` is offered to GLPK as its
/// first incumbent through `glp_ios_heur_sol` at the first heuristic callback. A warm start
/// that is not feasible for the model is reported in the log and ignored by GLPK.
public struct GLPKSolver: MILPSolver {
    public init() {}

    /// GLPK prints only when SPRINTPLAN_GLPK_TERMINAL=1 (for debugging GLPK itself).
    private var silent: Bool { ProcessInfo.processInfo.environment["SPRINTPLAN_GLPK_TERMINAL"] != "1" }

    public func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
        // GLPK keeps its environment per thread and frees it only when asked: a solve on a
        // thread of its own (the search race, batch workers, the server's solves) would leave it
        // behind when the thread ends. No GLPK object outlives a solve, so it is freed each time.
        defer { glp_free_env() }
        let clock = ContinuousClock()
        let start = clock.now
        if let problem = Self.checkOptions(options, model: model) {
            return SolveResult(status: .error(problem))
        }
        if model.columns.isEmpty {
            return Self.solveEmpty(model)
        }
        let log = LogCapture(keep: options.captureLog)
        let hookInfo = Unmanaged.passRetained(log)
        // SPRINTPLAN_GLPK_TERMINAL=1 lets GLPK print to the terminal (for debugging GLPK itself).
        if silent {
            glp_term_hook(
                { info, text in
                    guard let info, let text else { return 1 }
                    Unmanaged<LogCapture>.fromOpaque(info).takeUnretainedValue().append(text)
                    return 1  // non-zero: GLPK prints nothing itself
                }, hookInfo.toOpaque())
        }
        defer {
            if silent { glp_term_hook(nil, nil) }
            hookInfo.release()
        }

        let problem = glp_create_prob()!
        defer { glp_delete_prob(problem) }
        load(model, into: problem)
        if let basis = options.startingBasis { Self.apply(basis, to: problem, model: model) }

        var result =
            model.isMixedInteger
            ? solveMixedInteger(problem, model: model, options: options, clock: clock, start: start, log: log)
            : solveLinear(problem, model: model, options: options)
        result.solveSeconds = (clock.now - start).inSeconds
        result.log = log.text
        return result
    }

    // MARK: - Loading

    /// Creates a GLPK problem, loads `model` into it and deletes it, without solving: what
    /// `solve` spends on translation, for the benchmark that separates it from GLPK's work.
    @_spi(Benchmarks) public func loadAndDelete(_ model: MILPModel) {
        let problem = glp_create_prob()!
        load(model, into: problem)
        glp_delete_prob(problem)
    }

    /// Names are not loaded: GLPK uses them only to write files and to look columns up, which
    /// sprintplan does in Swift (`LPWriter`, `MPSWriter`), and setting them cost a third of
    /// the translation (2,000 allocations for a 2,000-column model).
    private func load(_ model: MILPModel, into problem: OpaquePointer) {
        glp_set_prob_name(problem, model.name)
        glp_set_obj_dir(problem, model.sense == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(problem, 0, model.objectiveConstant)
        let columnCount = Int32(model.columns.count)
        glp_add_cols(problem, columnCount)
        for (index, column) in model.columns.enumerated() {
            let j = Int32(index + 1)
            // Binaries are integers in 0…1; setting GLP_BV would override fixed bounds.
            glp_set_col_kind(problem, j, column.kind == .continuous ? GLP_CV : GLP_IV)
            let (type, lower, upper) = Self.bounds(column.lower, column.upper)
            glp_set_col_bnds(problem, j, type, lower, upper)
            glp_set_obj_coef(problem, j, model.objective[index])
        }
        guard !model.rows.isEmpty else { return }
        glp_add_rows(problem, Int32(model.rows.count))
        let nonZeros = model.nonZeroCount
        var ia = [Int32](repeating: 0, count: nonZeros + 1)
        var ja = [Int32](repeating: 0, count: nonZeros + 1)
        var ar = [Double](repeating: 0, count: nonZeros + 1)
        var k = 1
        for (index, row) in model.rows.enumerated() {
            let i = Int32(index + 1)
            let (type, lower, upper) = Self.bounds(row.lower, row.upper)
            glp_set_row_bnds(problem, i, type, lower, upper)
            for entry in row.entries {
                ia[k] = i
                ja[k] = Int32(entry.column + 1)
                ar[k] = entry.coefficient
                k += 1
            }
        }
        glp_load_matrix(problem, Int32(nonZeros), &ia, &ja, &ar)
    }

    static func bounds(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case (let l?, nil): return (GLP_LO, l, 0)
        case (nil, let u?): return (GLP_UP, 0, u)
        case (let l?, let u?): return (l == u ? GLP_FX : GLP_DB, l, u)
        }
    }

    // MARK: - Linear programs

    private func solveLinear(_ problem: OpaquePointer, model: MILPModel, options: SolveOptions) -> SolveResult {
        let deadline = Self.deadline(options, start: ContinuousClock().now)
        if let failure = simplex(problem, options: options, deadline: deadline) { return failure }
        let values = (1...model.columns.count).map { glp_get_col_prim(problem, Int32($0)) }
        let objective = glp_get_obj_val(problem)
        var result = SolveResult(status: .optimal, objective: objective, bestBound: objective, gap: 0, values: values)
        result.root = Self.relaxation(problem, model: model)
        return result
    }

    /// Solves the LP (relaxation) with the primal simplex, no presolve; nil when optimal,
    /// otherwise the outcome to report.
    private func simplex(
        _ problem: OpaquePointer, options: SolveOptions, deadline: ContinuousClock.Instant?
    ) -> SolveResult? {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.captureLog || !silent ? GLP_MSG_ALL : GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        let clock = ContinuousClock()
        var restarted = false
        // glp_simplex has no callback, so it runs in slices of at most half a second; each call
        // goes on from the basis the last one left. A stop request or the deadline ends it.
        while true {
            if options.stop?.isRequested == true { return SolveResult(status: .timeLimitWithoutSolution) }
            var slice: Double? = options.stop == nil ? nil : 0.5
            if let deadline {
                let remaining = (deadline - clock.now).inSeconds
                if remaining <= 0 { return SolveResult(status: .timeLimitWithoutSolution) }
                slice = min(slice ?? remaining, remaining)
            }
            parameters.tm_lim = slice.map { Self.milliseconds(max(0.001, $0)) } ?? Int32.max
            let code = glp_simplex(problem, &parameters)
            switch (code, glp_get_status(problem)) {
            case (0, GLP_OPT): return nil
            case (0, GLP_NOFEAS), (GLP_ENOPFS, _): return SolveResult(status: .infeasible)
            case (0, GLP_UNBND), (GLP_ENODFS, _): return SolveResult(status: .unbounded)
            case (GLP_ETMLIM, _): continue
            case (GLP_EBADB, _) where !restarted, (GLP_ESING, _) where !restarted, (GLP_ECOND, _) where !restarted:
                // A starting basis that does not fit (or became singular): GLPK's default one.
                restarted = true
                glp_std_basis(problem)
            case (let code, let status):
                return SolveResult(status: .error("glp_simplex returned \(code), status \(status)"))
            }
        }
    }

    // MARK: - Mixed-integer programs

    private func solveMixedInteger(
        _ problem: OpaquePointer, model: MILPModel, options: SolveOptions,
        clock: ContinuousClock, start: ContinuousClock.Instant, log: LogCapture
    ) -> SolveResult {
        let search = SearchState(sense: model.sense)
        search.stop = options.stop
        search.nodeLimit = options.nodeLimit
        search.progress = options.progress
        search.shared = options.shared
        search.columns = model.columns.count
        search.branching = options.usesBranchingPriorities ? BranchingRule(model) : nil
        search.deadline = Self.deadline(options, start: start)
        if let warm = options.warmStart {
            search.warmStart = [0] + warm
            let violation = model.maximumViolation(at: warm)
            if violation > 1e-6 {
                log.append("sprintplan: warm start violates the model by \(violation); GLPK may reject it\n")
            }
        }
        // Without the MIP presolver, glp_intopt needs an optimal LP basis first.
        if let failure = simplex(problem, options: options, deadline: search.deadline) { return failure }
        let root = Self.relaxation(problem, model: model)

        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.captureLog || !silent ? GLP_MSG_ALL : GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        parameters.mip_gap = options.relativeGap
        if let deadline = search.deadline {
            parameters.tm_lim = Self.milliseconds(max(0.001, (deadline - clock.now).inSeconds))
        }
        parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        if let proximity = options.proximitySearch {
            parameters.ps_heur = GLP_ON
            var limit = proximity
            if let deadline = search.deadline { limit = min(limit, max(0.001, (deadline - clock.now).inSeconds) * 0.5) }
            parameters.ps_tm_lim = Self.milliseconds(limit)
        }
        parameters.br_tech = Self.branching(options.branching)
        parameters.bt_tech = Self.backtracking(options.backtracking)
        let info = Unmanaged.passRetained(search)
        defer { info.release() }
        parameters.cb_info = info.toOpaque()
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<SearchState>.fromOpaque(info).takeUnretainedValue().callback(tree)
        }
        let code = glp_intopt(problem, &parameters)
        var result = result(problem, model: model, code: code, search: search)
        result.root = root
        return result
    }

    private func result(_ problem: OpaquePointer, model: MILPModel, code: Int32, search: SearchState) -> SolveResult {
        let status = glp_mip_status(problem)
        let hasSolution = status == GLP_OPT || status == GLP_FEAS
        // GLPK returns integer columns up to its integrality tolerance (0.9999999…); round them
        // and recompute the objective, so callers see exact integers and a consistent objective.
        let values =
            hasSolution
            ? model.columns.indices.map { index -> Double in
                let value = glp_mip_col_val(problem, Int32(index + 1))
                guard model.columns[index].kind != .continuous, abs(value - value.rounded()) <= 1e-6 else {
                    return value
                }
                return value.rounded() + 0  // + 0 turns −0 into 0
            } : []
        let objective = hasSolution ? model.objectiveValue(at: values) : nil
        var bound = search.bestBound
        let outcome: SolveStatus
        switch code {
        case 0 where status == GLP_OPT:
            outcome = .optimal
            bound = objective
        case 0 where status == GLP_NOFEAS, GLP_ENOPFS:
            outcome = .infeasible
        case GLP_ENODFS:
            outcome = .unbounded
        case GLP_EMIPGAP where hasSolution:
            outcome = .gapReached
        case GLP_ETMLIM, GLP_ESTOP:
            outcome = hasSolution ? .timeLimitWithSolution : .timeLimitWithoutSolution
        default:
            outcome = .error("glp_intopt returned \(code), MIP status \(status)")
        }
        if let objective, let known = bound {
            // The bound can never be worse than the incumbent.
            bound = model.sense.improves(objective, on: known) ? objective : known
        }
        var gap: Double?
        if let objective, let bound {
            gap = SolveResult.relativeGap(objective: objective, bound: bound)
            if outcome == .optimal { gap = 0 }
        }
        return SolveResult(
            status: outcome, objective: objective, bestBound: bound, gap: gap,
            values: values, nodes: search.nodes)
    }

    // MARK: - Helpers

    /// When a solve that started at `start` must end: its own time limit or the shared
    /// deadline, whichever comes first; nil when neither is set.
    static func deadline(_ options: SolveOptions, start: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let own = options.timeLimit.map { start.advanced(by: .milliseconds(Int64($0 * 1000))) }
        guard let shared = options.deadline else { return own }
        return own.map { min($0, shared) } ?? shared
    }

    /// A model without columns needs no solver: its rows are constants.
    private static func solveEmpty(_ model: MILPModel) -> SolveResult {
        let feasible = model.rows.allSatisfy { ($0.lower ?? -.infinity) <= 1e-9 && ($0.upper ?? .infinity) >= -1e-9 }
        guard feasible else { return SolveResult(status: .infeasible) }
        return SolveResult(
            status: .optimal, objective: model.objectiveConstant, bestBound: model.objectiveConstant, gap: 0)
    }

    static func checkOptions(_ options: SolveOptions, model: MILPModel) -> String? {
        if let limit = options.timeLimit, !(limit > 0 && limit <= 86_400 * 7) {
            return "time limit must be between 0 and one week, found \(limit) s"
        }
        if !(options.relativeGap >= 0 && options.relativeGap < 1) {
            return "relative gap must be in [0, 1), found \(options.relativeGap)"
        }
        if let nodes = options.nodeLimit, nodes < 1 {
            return "node limit must be positive, found \(nodes)"
        }
        if let proximity = options.proximitySearch, !(proximity > 0 && proximity <= 86_400) {
            return "proximity search limit must be positive, found \(proximity) s"
        }
        if let warm = options.warmStart {
            if warm.count != model.columns.count {
                return "warm start has \(warm.count) values, the model has \(model.columns.count) columns"
            }
            if let bad = warm.firstIndex(where: { !$0.isFinite }) {
                return "warm start value for \(model.columns[bad].name) is \(warm[bad])"
            }
        }
        return nil
    }

    static func milliseconds(_ seconds: Double) -> Int32 {
        Int32(min(Double(Int32.max), max(1, (seconds * 1000).rounded(.up))))
    }

    static func branching(_ value: SolveOptions.Branching) -> Int32 {
        switch value {
        case .firstFractional: return GLP_BR_FFV
        case .lastFractional: return GLP_BR_LFV
        case .mostFractional: return GLP_BR_MFV
        case .driebeckTomlin: return GLP_BR_DTH
        case .hybridPseudocost: return GLP_BR_PCH
        }
    }

    static func backtracking(_ value: SolveOptions.Backtracking) -> Int32 {
        switch value {
        case .depthFirst: return GLP_BT_DFS
        case .breadthFirst: return GLP_BT_BFS
        case .bestLocal: return GLP_BT_BLB
        case .bestProjection: return GLP_BT_BPH
        }
    }
}
