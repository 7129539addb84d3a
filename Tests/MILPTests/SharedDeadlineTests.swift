import MILP
import Synchronization
import Testing

@testable import GLPKSolver

/// `SolveOptions.deadline`: the end of a larger task that several solves share. A solve ends
/// by it whatever its own time limit, so solves that ran one after another instead of side by
/// side cannot add up beyond the task's limit.
@Suite("Shared deadline")
struct SharedDeadlineTests {
    @Test func theEarlierOfTheOwnLimitAndTheSharedDeadlineCounts() {
        let start = ContinuousClock.now
        var options = SolveOptions(timeLimit: 10)
        #expect(GLPKSolver.deadline(options, start: start) == start.advanced(by: .seconds(10)))
        options.deadline = start.advanced(by: .seconds(2))
        #expect(GLPKSolver.deadline(options, start: start) == start.advanced(by: .seconds(2)))
        options.timeLimit = 1
        #expect(GLPKSolver.deadline(options, start: start) == start.advanced(by: .seconds(1)))
        options.timeLimit = nil
        #expect(GLPKSolver.deadline(options, start: start) == start.advanced(by: .seconds(2)))
        #expect(GLPKSolver.deadline(SolveOptions(), start: start) == nil)
    }

    /// A deadline that has passed ends a long-limit solve before it finds anything: a hard
    /// integer program, and a linear program (which takes another path through GLPK).
    @Test(arguments: [true, false])
    func aPassedDeadlineEndsTheSolveWhateverItsOwnLimit(integer: Bool) throws {
        let model = integer ? try HardInstances.multidimensionalKnapsack() : try Self.linearProgram()
        var options = SolveOptions(timeLimit: 600)
        options.deadline = .now
        let result = GLPKSolver().solve(model, options: options)
        #expect(result.status == .timeLimitWithoutSolution, "\(result.status)")
    }

    /// Records when each solve started and its options, and solves with GLPK.
    final class RecordingSolver: MILPSolver {
        let calls = Mutex<[(at: ContinuousClock.Instant, options: SolveOptions)]>([])

        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            calls.withLock { $0.append((ContinuousClock.now, options)) }
            return GLPKSolver().solve(model, options: options)
        }
    }

    /// Every solve of a decomposition run (blocks, selection, price steps) ends by the run's end.
    @Test func aDecompositionsSolvesEndByTheEndOfItsRun() throws {
        var checked = 0
        for seed in 1...20 as ClosedRange<UInt64> {
            let instance = try LagrangianDecompositionTests.instance(seed: seed)
            let structure = BlockStructure(model: instance.model, linkingRows: instance.linking)
            let solver = RecordingSolver()
            _ = LagrangianDecomposition(model: instance.model, structure: structure, solver: solver).run(seconds: 30)
            let calls = solver.calls.withLock { $0 }
            guard let first = calls.first?.at else { continue }
            for call in calls {
                let deadline = try #require(call.options.deadline, "seed \(seed): a solve without the run's end")
                #expect(deadline <= first.advanced(by: .seconds(30)), "seed \(seed)")
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    static func linearProgram() throws -> MILPModel {
        var model = Model(name: "lp")
        let x = model.addVariable(name: "x", kind: .continuous, lower: 0, upper: 4)
        let y = model.addVariable(name: "y", kind: .continuous, lower: 0, upper: 4)
        model.add(LinearExpression.sum([(x, 1), (y, 2)]) <= 6)
        model.maximize(LinearExpression.sum([(x, 3), (y, 2)]))
        return try model.freeze()
    }
}
