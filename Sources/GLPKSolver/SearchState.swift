import CGLPK
import MILP

/// What the branch-and-bound callback observes and does: captures the best bound and the
/// node count (GLPK exposes them only during the search), offers the warm start once, and
/// stops the search at the deadline.
final class SearchState {
    let sense: ObjectiveSense
    var deadline: ContinuousClock.Instant?
    /// 1-based (GLPK's convention): element 0 is unused.
    var warmStart: [Double]?
    var stop: StopRequest?
    var nodeLimit: Int?
    var progress: SolveProgress?
    /// The model's branching priorities; nil when every priority is 0.
    var branching: BranchingRule?
    /// Searches running beside this one (see `SharedIncumbent`).
    var shared: SharedIncumbent?
    /// Column count, for reading GLPK's incumbent into `shared`.
    var columns = 0
    private(set) var bestBound: Double?
    private(set) var nodes: Int?
    private var offeredWarmStart = false
    /// The objective last offered to `shared` and the version of its solution last taken.
    private var offeredObjective: Double?
    private var sharedVersion = 0
    private let clock = ContinuousClock()

    init(sense: ObjectiveSense) { self.sense = sense }

    func callback(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IBRANCH, let branching { branch(tree, branching) }
        if reason == GLP_IHEUR, !offeredWarmStart, var start = warmStart {
            offeredWarmStart = true
            _ = glp_ios_heur_sol(tree, &start)
        }
        let best = glp_ios_best_node(tree)
        if best != 0 {
            let bound = glp_ios_node_bound(tree, best)
            if bound.isFinite { bestBound = bound }
        }
        if let shared { exchange(tree, reason: reason, shared: shared) }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        nodes = Int(total)
        if let deadline, clock.now >= deadline {
            glp_ios_terminate(tree)
        }
        if stop?.isRequested == true { glp_ios_terminate(tree) }
        if let nodeLimit, Int(total) >= nodeLimit { glp_ios_terminate(tree) }
        if let progress {
            let problem = glp_ios_get_prob(tree)
            let status = glp_mip_status(problem)
            progress.update(
                incumbent: status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil, bound: bestBound,
                nodes: nodes ?? 0)
        }
    }
}

extension SearchState {
    /// Offers GLPK's incumbent and bound to the searches alongside, takes a better solution
    /// one of them found (GLPK accepts heuristic solutions only at its heuristic point), and
    /// ends this search once together they have settled the model.
    func exchange(_ tree: OpaquePointer, reason: Int32, shared: SharedIncumbent) {
        let problem = glp_ios_get_prob(tree)
        let status = glp_mip_status(problem)
        let own: Double? = status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
        if let own, offeredObjective.map({ sense.improves(own, on: $0) }) ?? true {
            offeredObjective = own
            shared.offer((0..<columns).map { glp_mip_col_val(problem, Int32($0 + 1)) }, objective: own)
        }
        if let bestBound { shared.report(bound: bestBound) }
        if reason == GLP_IHEUR, let found = shared.solution(newerThan: sharedVersion) {
            sharedVersion = found.version
            if own.map({ sense.improves(found.objective, on: $0) }) ?? true {
                var values = [0] + found.values
                _ = glp_ios_heur_sol(tree, &values)
            }
        }
        if shared.isSettled { glp_ios_terminate(tree) }
    }

    /// Hands GLPK the column `BranchingRule` picks; without one GLPK's own rule decides, and
    /// GLPK picks which child to explore first either way.
    func branch(_ tree: OpaquePointer, _ rule: BranchingRule) {
        let problem = glp_ios_get_prob(tree)
        let choice = rule.choose { j in
            glp_ios_can_branch(tree, Int32(j + 1)) != 0 ? glp_get_col_prim(problem, Int32(j + 1)) : nil
        }
        if let choice { glp_ios_branch_upon(tree, Int32(choice + 1), GLP_NO_BRNCH) }
    }
}

/// Collects GLPK's terminal output for the solve log (or drops it).
final class LogCapture {
    let keep: Bool
    private(set) var text = ""

    init(keep: Bool) { self.keep = keep }

    func append(_ cString: UnsafePointer<CChar>) {
        guard keep else { return }
        text += String(cString: cString)
    }

    func append(_ line: String) {
        guard keep else { return }
        text += line
    }
}
