import Foundation
import MILP

/// Runs independent jobs (one scenario's solve, one sweep point) on a fixed number of worker
/// threads. Results come back in input order whatever order the jobs finish in, so output
/// never depends on thread timing. GLPK keeps its state per thread, so solves may run side by
/// side. The workers are dedicated threads (see `DedicatedThreads`): exactly `workers` of
/// them, even beyond the number of cores, and a solve's own parallel searches inside a job
/// are not squeezed into one thread as a nested `concurrentPerform` would be.
public enum ParallelWork {
    /// `body(index, item)` for every item, on `workers` threads (fewer for fewer items);
    /// `finished` is called from the worker threads with the number of jobs done after each one.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int,
        finished: (@Sendable (Int) -> Void)? = nil,
        _ body: @Sendable (Int, Item) -> Result
    ) -> [Result] {
        let state = SharedState<Result>(count: items.count)
        let threads = max(1, min(workers, items.count))
        DedicatedThreads.run(threads) { _ in
            while let index = state.claim() {
                let result = body(index, items[index])
                let done = state.store(result, at: index)
                finished?(done)
            }
        }
        return state.results()
    }

    /// The job counter and result slots, behind one lock.
    private final class SharedState<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done = 0
        private var slots: [Result?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: Result, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = result
            done += 1
            return done
        }

        func results() -> [Result] { slots.map { $0! } }
    }
}
