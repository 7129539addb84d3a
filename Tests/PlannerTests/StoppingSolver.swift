import GLPKSolver
import MILP
import Synchronization

/// GLPK, with a stop requested as solve number `atCall` (1-based) begins; records for every
/// solve whether the stop had been requested when it began and how much it searched. Lets a
/// test say "nothing searches after Ctrl-C" without a timer or a wall-clock bound.
final class StoppingSolver: MILPSolver {
    struct Call: Sendable, CustomStringConvertible {
        var startedAfterStop: Bool
        var columns: Int
        var status: SolveStatus
        var nodes: Int?

        var description: String {
            "\(columns) columns, \(status.name), \(nodes ?? 0) nodes, after stop: \(startedAfterStop)"
        }
    }

    let stop: StopRequest
    let atCall: Int
    private let solver = GLPKSolver()
    private let counter = Atomic<Int>(0)
    private let log = Mutex<[Call]>([])

    init(stop: StopRequest, atCall: Int) {
        self.stop = stop
        self.atCall = atCall
    }

    /// Every solve so far, in the order they ended.
    var calls: [Call] { log.withLock { $0 } }

    func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
        if counter.add(1, ordering: .relaxed).newValue == atCall { stop.request() }
        let afterStop = stop.isRequested
        let result = solver.solve(model, options: options)
        log.withLock {
            $0.append(
                Call(
                    startedAfterStop: afterStop, columns: model.columns.count, status: result.status,
                    nodes: result.nodes))
        }
        return result
    }
}
