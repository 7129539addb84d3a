import Dispatch
import Foundation
import MILP
import Synchronization
import Testing

/// Searches that race (`SearchRace`) and jobs given their own threads (`DedicatedThreads`)
/// must really overlap, also inside other parallel work and beyond the number of cores. A
/// nested `concurrentPerform` runs them one after the other on two cores, and then each search
/// takes its whole time limit in turn. These tests rendezvous instead of timing anything: a
/// job waits until the others have started, with a safety timeout that fails the test rather
/// than hanging it.
@Suite("Searches and jobs side by side")
struct SideBySideTests {
    static let safety = DispatchTimeInterval.seconds(20)

    /// The race's first search (the hybrid rule) waits until the second has started; it ends
    /// with an error when the second never starts, i.e. when the two run one after the other.
    final class RendezvousSolver: MILPSolver {
        let secondStarted = DispatchSemaphore(value: 0)

        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            guard options.branching == .hybridPseudocost else {
                secondStarted.signal()
                return SolveResult(status: .timeLimitWithoutSolution)
            }
            guard secondStarted.wait(timeout: .now() + SideBySideTests.safety) == .success else {
                return SolveResult(status: .error("the second search never started beside the first"))
            }
            return SolveResult(status: .optimal, objective: 1, bestBound: 1, gap: 0, values: [1])
        }
    }

    static let variants = [SolveOptions(branching: .hybridPseudocost), SolveOptions(branching: .driebeckTomlin)]

    static func oneBinary() throws -> MILPModel {
        var model = Model(name: "one_binary")
        let x = model.addBinary()
        model.maximize(LinearExpression.sum([(x, 1)]))
        return try model.freeze()
    }

    @Test func aRaceRunsItsSearchesSideBySide() throws {
        let result = SearchRace(solver: RendezvousSolver()).solve(try Self.oneBinary(), variants: Self.variants)
        #expect(result.status == .optimal, "\(result.status)")
    }

    /// The shape of `compare --jobs 2`: two solves in parallel, each racing two searches.
    @Test func aRaceInsideAConcurrentPerformStillRunsItsSearchesSideBySide() throws {
        let model = try Self.oneBinary()
        let statuses = Mutex<[SolveStatus]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let result = SearchRace(solver: RendezvousSolver()).solve(model, variants: Self.variants)
            statuses.withLock { $0.append(result.status) }
        }
        #expect(statuses.withLock { $0 } == [.optimal, .optimal])
    }

    /// The second search (Driebeck–Tomlin) is stuck in one long step until released, as GLPK
    /// can be while it generates a root's cuts; the first answers at once.
    final class OneStuckSolver: MILPSolver {
        let release = DispatchSemaphore(value: 0)
        let stuckEnded = Atomic(false)

        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            guard options.branching == .driebeckTomlin else {
                return SolveResult(status: .timeLimitWithSolution, objective: 1, bestBound: 2, gap: 1, values: [1])
            }
            _ = release.wait(timeout: .now() + SideBySideTests.safety)
            stuckEnded.store(true, ordering: .sequentiallyConsistent)
            return SolveResult(status: .optimal, objective: 2, bestBound: 2, gap: 0, values: [1])
        }
    }

    /// A race answers once its time limit has passed, with the searches that finished, instead
    /// of waiting for one that is stuck in a step it cannot leave.
    @Test func aRaceAnswersAtItsLimitWithoutASearchStuckInALongStep() throws {
        let solver = OneStuckSolver()
        let variants = Self.variants.map { variant -> SolveOptions in
            var limited = variant
            limited.timeLimit = 0.2
            return limited
        }
        let result = SearchRace(solver: solver).solve(try Self.oneBinary(), variants: variants)
        let stuckEnded = solver.stuckEnded.load(ordering: .sequentiallyConsistent)
        solver.release.signal()
        #expect(!stuckEnded, "the race waited for the stuck search")
        #expect(result.status == .timeLimitWithSolution && result.objective == 1, "\(result.status)")
    }

    /// More jobs than this machine has cores (at least 8), all running at the same time: each
    /// waits until every one has started.
    @Test func dedicatedThreadsRunEveryJobAtOnceEvenBeyondTheCores() {
        let count = max(8, ProcessInfo.processInfo.activeProcessorCount + 2)
        let started = Atomic(0), missed = Atomic(0)
        let allStarted = DispatchSemaphore(value: 0)
        DedicatedThreads.run(count) { _ in
            if started.add(1, ordering: .sequentiallyConsistent).newValue == count {
                for _ in 0..<count { allStarted.signal() }
            }
            if allStarted.wait(timeout: .now() + Self.safety) == .timedOut { missed.add(1, ordering: .relaxed) }
        }
        #expect(started.load(ordering: .sequentiallyConsistent) == count)
        #expect(missed.load(ordering: .relaxed) == 0, "jobs waited in vain for the others to start")
    }

    @Test func dedicatedThreadsRunEachIndexOnce() {
        let seen = Mutex<[Int]>([])
        for count in [0, 1, 5] {
            seen.withLock { $0 = [] }
            DedicatedThreads.run(count) { index in seen.withLock { $0.append(index) } }
            #expect(seen.withLock { $0.sorted() } == Array(0..<count))
        }
    }
}
