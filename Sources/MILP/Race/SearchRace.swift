import Synchronization

/// Runs several searches of one model side by side, one per thread, and returns what they
/// achieved together: different search settings settle different models quickly (on generated
/// districts, GLPK's hybrid pseudocost rule with cuts proves some in seconds where the
/// branching priorities without cuts stall, and the other way round), and with two cores the
/// race costs no time. The searches share their solutions and bounds through a
/// `SharedIncumbent`, so each prunes with the best plan any has found and all stop as soon as
/// together they meet the gap.
///
/// The result is the best solution with the tightest bound. Which of two equally good
/// solutions comes back can depend on which search found it first, as any result a time
/// limit ends can depend on timing.
public struct SearchRace: Sendable {
    public let solver: any MILPSolver

    public init(solver: any MILPSolver) { self.solver = solver }

    /// Solves `model` once per element of `variants` (each a complete set of options; their
    /// `shared` is replaced) and combines the results. The gap of the first variant decides when
    /// the searches stop together, and its time limit how long the race waits for them: a
    /// search still running then is left to end on its own (see `FinishedSearches`).
    ///
    /// With `othersAfterNodes`, the first search runs alone until it has explored that many
    /// nodes, and the others join only then; one that ends before never meets another, so its
    /// answer does not depend on timing. Give every variant an absolute `deadline`: a search that
    /// joins later counts its own time limit from when it starts. Past the race's patience the
    /// others no longer join, and the race waits for the first search however long it takes.
    ///
    /// `provenGap` is the gap below which the race counts a solution as proven (see
    /// `SharedIncumbent`); 0 leaves every proof to the searches themselves.
    public func solve(
        _ model: MILPModel, variants: [SolveOptions], othersAfterNodes: Int? = nil, provenGap: Double = 1e-6
    ) -> SolveResult {
        guard let first = variants.first else { return SolveResult(status: .error("no search to race")) }
        guard variants.count > 1 else { return solver.solve(model, options: first) }
        let shared = SharedIncumbent(sense: model.sense, relativeGap: first.relativeGap, provenGap: provenGap)
        let finished = FinishedSearches(count: variants.count)
        let patience = Self.patience(first, from: .now)
        var variants = variants
        let watch = othersAfterNodes.map { _ in variants[0].progress ?? SolveProgress() }
        variants[0].progress = watch ?? variants[0].progress
        // A caller's progress may still count the nodes of an earlier solve.
        watch?.update(incumbent: nil, bound: nil, nodes: 0)
        // Threads of their own, not `concurrentPerform`: inside a parallel batch a nested apply
        // would run the searches one after the other, each with the whole time limit. Detached:
        // a search still in a long step at its deadline does not hold up the answer.
        func launch(_ index: Int) {
            var sharing = variants[index]
            sharing.shared = shared
            let options = sharing, solver = self.solver
            DedicatedThreads.detach {
                let result = solver.solve(model, options: options)
                if result.status == .optimal || result.status == .infeasible { shared.proven() }
                finished.store(result, at: index)
            }
        }
        launch(0)
        if let nodes = othersAfterNodes, let watch {
            // Polled: GLPK reports its node count only inside its own callback.
            var late = false
            while !finished.hasResult(at: 0) && watch.snapshot.nodes < nodes {
                if let patience, ContinuousClock.now >= patience {
                    late = true
                    break
                }
                finished.pause(seconds: 0.002)
            }
            // Past the deadline a search that joins now finds nothing better than the first
            // search's incumbent, and might answer before it: wait for the first alone.
            if late || finished.hasResult(at: 0) {
                return Self.combine(
                    finished.wait(patience: patience, launched: 1), sense: model.sense,
                    relativeGap: first.relativeGap, provenGap: provenGap)
            }
        }
        for index in variants.indices.dropFirst() { launch(index) }
        return Self.combine(
            finished.wait(patience: patience), sense: model.sense, relativeGap: first.relativeGap, provenGap: provenGap)
    }

    /// How long the race waits for every search: the first search's deadline (its own limit or
    /// the shared deadline, whichever comes first) and 2 % of its limit more, for a step that
    /// ends just after it. Nil without a limit: then the race waits for all.
    static func patience(_ options: SolveOptions, from start: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let own = options.timeLimit.map { start.advanced(by: .seconds($0)) }
        guard let end = [own, options.deadline].compactMap({ $0 }).min() else { return nil }
        let limit = options.timeLimit ?? (end - start).inSeconds
        return end.advanced(by: .seconds(0.02 * max(0, limit) + 0.05))
    }

    /// The best solution (the earliest variant among equals) with the tightest bound of all.
    static func combine(
        _ results: [SolveResult], sense: ObjectiveSense, relativeGap: Double, provenGap: Double = 1e-6
    ) -> SolveResult {
        var best: SolveResult?
        for result in results where result.hasSolution {
            if let current = best?.objective, let objective = result.objective, !sense.improves(objective, on: current)
            {
                continue
            }
            best = result
        }
        let bounds = results.compactMap { $0.status == .infeasible || $0.status == .unbounded ? nil : $0.bestBound }
        let bound = bounds.dropFirst().reduce(bounds.first) { tightest, next in tightest.map { sense.tighter($0, next) }
        }
        let nodes = results.reduce(0) { $0 + ($1.nodes ?? 0) }
        let seconds = results.map(\.solveSeconds).max() ?? 0
        guard var combined = best, let objective = combined.objective else {
            // No solution anywhere: the status of the first variant stands (infeasible is
            // proven by any search; a time limit struck them all).
            var first = results.first { $0.status == .infeasible || $0.status == .unbounded } ?? results[0]
            first.nodes = nodes
            return first
        }
        combined.nodes = nodes
        combined.solveSeconds = seconds
        let proven = results.contains { $0.status == .optimal }
        // A bound can never be worse than a solution in hand.
        let tightest = bound.map { sense.improves(objective, on: $0) ? objective : $0 } ?? objective
        let gap = SolveResult.relativeGap(objective: objective, bound: tightest)
        if proven || gap <= provenGap {
            combined.status = .optimal
            combined.bestBound = objective
            combined.gap = 0
        } else {
            combined.bestBound = tightest
            combined.gap = gap
            combined.status = gap <= relativeGap ? .gapReached : .timeLimitWithSolution
        }
        return combined
    }
}
