import Dispatch
import Foundation
import GLPKSolver
import MILP
import Scoring
import Synchronization
import Testing

@testable import Planner

/// A plan's time limit is one deadline for all its solves, and batches run on as many threads
/// as asked: together these keep `compare` and `sweep` within their time limits when solves
/// run in parallel (see `Benchmarks/RESULTS.md`, "Nested parallel solves").
@Suite("Plan deadline and batch threads")
struct PlanDeadlineTests {
    /// Answers only the race's searches (with GLPK), so that a plan goes through every phase;
    /// records the options of every solve.
    final class RecordingSolver: MILPSolver {
        let calls = Mutex<[(at: ContinuousClock.Instant, options: SolveOptions)]>([])

        func solve(_ model: MILPModel, options: SolveOptions) -> SolveResult {
            calls.withLock { $0.append((ContinuousClock.now, options)) }
            guard options.shared != nil else { return SolveResult(status: .timeLimitWithoutSolution) }
            return GLPKSolver().solve(model, options: options)
        }
    }

    @Test func everySolveOfAPlanEndsByThePlansDeadline() throws {
        let scenario = PlannerTestSupport.base()
        let solver = RecordingSolver()
        let planner = Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: solver)
        let limit = 20.0
        guard case .plan = planner.plan(PlanningOptions(timeLimit: limit)) else {
            Issue.record("no plan")
            return
        }
        let calls = solver.calls.withLock { $0 }
        #expect(calls.count >= 3, "the first phase, the relaxation start and the race at least")
        // The plan started before its first solve: no solve may end later than that plus the
        // limit (a limit restarted from a later solve's own start would).
        let first = try #require(calls.first?.at)
        for call in calls {
            let deadline = try #require(call.options.deadline, "a solve without the plan's deadline")
            #expect(deadline <= first.advanced(by: .seconds(limit)))
        }
    }

    /// `--jobs 8` means eight solves at once, also on two cores: each job waits until all
    /// have started (a safety timeout fails instead of hanging).
    @Test func aBatchRunsAsManyJobsAtOnceAsItHasWorkers() {
        let workers = max(8, ProcessInfo.processInfo.activeProcessorCount + 2)
        let started = Atomic(0)
        let allStarted = DispatchSemaphore(value: 0)
        let waited = ParallelWork.map(Array(0..<workers), workers: workers) { _, _ -> Bool in
            if started.add(1, ordering: .sequentiallyConsistent).newValue == workers {
                for _ in 0..<workers { allStarted.signal() }
            }
            return allStarted.wait(timeout: .now() + .seconds(20)) == .success
        }
        #expect(waited == Array(repeating: true, count: workers), "jobs waited in vain for the others to start")
    }
}
