import Dispatch
import MILP
import Synchronization

/// A solve that returns by its deadline even when GLPK cannot stop: GLPK checks its time limit
/// only between nodes, and one node's dual simplex on an ill-conditioned model, or a round of
/// cuts, can run far past it (a 24-quarter diagnosis: 20 s past a 6 s limit). The solve runs on
/// its own thread; at the deadline plus `grace` the caller gets "time limit, nothing found" and
/// the solve is asked to stop, finishing in the background (a command exits soon after).
struct DeadlineSolve: Sendable {
    let solver: any MILPSolver
    /// Seconds past the solve's own time limit before giving up on it.
    var grace = 0.1

    func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
        guard let limit = options.timeLimit else { return solver.solve(model, options: options) }
        var options = options
        let stop = StopRequest()
        let outer = options.stop
        options.stop = stop
        let box = Mutex<SolveResult?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { [solver, options] in
            let result = solver.solve(model, options: options)
            box.withLock { $0 = result }
            done.signal()
        }
        // Wait in slices, so that a stop request (Ctrl-C) is passed on at once.
        let deadline = DispatchTime.now() + limit + grace
        while done.wait(timeout: min(deadline, .now() + 0.1)) == .timedOut {
            if outer?.isRequested == true { stop.request() }
            if DispatchTime.now() >= deadline {
                stop.request()
                return SolveResult(status: .timeLimitWithoutSolution)
            }
        }
        return box.withLock { $0 } ?? SolveResult(status: .timeLimitWithoutSolution)
    }
}
