import Foundation
import GLPKSolver
import MILP
import Testing

@Suite("GLPK limits, concurrency and resources")
struct GLPKLimitsTests {
    @Test func aTimeLimitEndsTheSearchWithTheIncumbentAndAConsistentBound() throws {
        let model = try HardInstances.multidimensionalKnapsack()
        let limit = 2.0
        let result = GLPKSolver().solve(model, options: SolveOptions(timeLimit: limit))
        #expect(result.status == .timeLimitWithSolution, "\(result.status) after \(result.solveSeconds) s")
        let objective = try #require(result.objective), bound = try #require(result.bestBound),
            gap = try #require(result.gap)
        #expect(bound >= objective)
        #expect(gap > 0)
        #expect(abs(gap - (bound - objective) / abs(objective)) < 1e-9)
        #expect(model.maximumViolation(at: result.values) < 1e-9)
        #expect(abs(model.objectiveValue(at: result.values) - objective) < 1e-6)
    }

    /// A stop requested before the solve: GLPK is not even asked for the LP relaxation.
    @Test func aSolveWhoseStopIsAlreadyRequestedDoesNoWork() throws {
        let model = try HardInstances.multidimensionalKnapsack()
        let stop = StopRequest()
        stop.request()
        var options = SolveOptions(timeLimit: 600)
        options.stop = stop
        let result = GLPKSolver().solve(model, options: options)
        #expect(result.status == .timeLimitWithoutSolution)
        #expect(result.nodes == nil && result.values.isEmpty)
    }

    /// A node limit ends the search after that much work, whatever the machine's load: two runs
    /// end with the same nodes, objective and solution.
    @Test func aNodeLimitEndsTheSearchReproducibly() throws {
        let model = try HardInstances.multidimensionalKnapsack()
        var options = SolveOptions(timeLimit: 600)
        options.nodeLimit = 200
        let first = GLPKSolver().solve(model, options: options), second = GLPKSolver().solve(model, options: options)
        #expect(first.status == .timeLimitWithSolution)
        let nodes = try #require(first.nodes)
        #expect(nodes >= 200 && nodes <= 202, "\(nodes) nodes for a limit of 200")
        #expect(first.nodes == second.nodes && first.objective == second.objective && first.values == second.values)
        options.nodeLimit = 0
        guard case .error = GLPKSolver().solve(model, options: options).status else {
            Issue.record("a node limit of 0 must be refused before GLPK")
            return
        }
    }

    @Test func aGapToleranceStopsEarlyWithAnHonestGap() throws {
        let model = try HardInstances.multidimensionalKnapsack()
        let result = GLPKSolver().solve(model, options: SolveOptions(timeLimit: 20, relativeGap: 0.01))
        #expect(result.status == .gapReached)
        #expect((result.gap ?? 1) <= 0.01)
    }

    @Test func independentModelsSolveConcurrentlyWithTheSameResults() throws {
        let models =
            try (1...48).map { try BruteForceTests.instance(seed: UInt64(1000 + $0)).model }
            + [try ConformanceModels.facilityLocation().model, try ConformanceModels.assignment().model]
        let sequential = models.map { GLPKSolver().solve($0, options: SolveOptions()) }
        let results = ConcurrentResults(count: models.count)
        DispatchQueue.concurrentPerform(iterations: models.count * 4) { iteration in
            let index = iteration % models.count
            results.store(
                GLPKSolver().solve(models[index], options: SolveOptions()), at: index, round: iteration / models.count)
        }
        for index in models.indices {
            for round in 0..<4 {
                let concurrent = try #require(results.result(at: index, round: round))
                #expect(concurrent.status == sequential[index].status)
                #expect(concurrent.objective == sequential[index].objective)
                #expect(concurrent.values == sequential[index].values)
            }
        }
    }

    /// RSS must stay flat over many create/solve/delete cycles. Runs in a child process
    /// (an exit test) so that other tests running in parallel do not disturb the measurement.
    @Test func repeatedSolvesDoNotLeak() async throws {
        await #expect(processExitsWith: .success) {
            let model = try! ConformanceModels.facilityLocation().model
            for _ in 0..<1_000 { _ = GLPKSolver().solve(model, options: SolveOptions()) }
            let before = try! GLPKLimitsTests.residentBytes()
            for _ in 0..<10_000 { _ = GLPKSolver().solve(model, options: SolveOptions()) }
            let after = try! GLPKLimitsTests.residentBytes()
            exit(after - before < 1024 * 1024 ? 0 : 1)
        }
    }

    static func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let pages = Int(statm.split(separator: " ")[1])!
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Results written from many threads, read after they finish.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[SolveResult?]]

    init(count: Int) { slots = Array(repeating: Array(repeating: nil, count: 4), count: count) }

    func store(_ result: SolveResult, at index: Int, round: Int) {
        lock.lock()
        slots[index][round] = result
        lock.unlock()
    }

    func result(at index: Int, round: Int) -> SolveResult? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index][round]
    }
}
