import Foundation
import MILP
import Testing

@testable import Planner

/// `DeadlineSolve` returns by its deadline even when the solver does not stop on time.
@Suite("Deadline solve")
struct DeadlineSolveTests {
    /// A solver that ignores its time limit and ends only when asked to stop (or after a minute).
    struct StubbornSolver: MILPSolver {
        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            let clock = ContinuousClock(), start = clock.now
            while options.stop?.isRequested != true && clock.now - start < .seconds(60) {
                Thread.sleep(forTimeInterval: 0.01)
            }
            return SolveResult(status: .optimal, objective: 1, bestBound: 1, gap: 0, values: [])
        }
    }

    static func emptyModel() throws -> MILPModel { try Model().freeze() }

    @Test func aSolverThatOverrunsIsLeftAtTheDeadline() throws {
        var options = SolveOptions()
        options.timeLimit = 0.2
        let clock = ContinuousClock(), start = clock.now
        let result = DeadlineSolve(solver: StubbornSolver(), grace: 0.1).solve(try Self.emptyModel(), options: options)
        #expect(result.status == .timeLimitWithoutSolution)
        #expect(clock.now - start < .seconds(20))  // far below the stub's minute, however loaded the machine
    }

    @Test func aSolverThatFinishesGivesItsResult() throws {
        var options = SolveOptions()
        options.timeLimit = 30
        let stop = StopRequest()
        options.stop = stop
        stop.request()  // the stub ends at once when a stop is requested
        let result = DeadlineSolve(solver: StubbornSolver()).solve(try Self.emptyModel(), options: options)
        #expect(result.status == .optimal)
    }
}
