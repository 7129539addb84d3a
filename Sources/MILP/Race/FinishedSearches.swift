import Dispatch
import Synchronization

/// The results of a race's searches as they finish, and the wait for them: for all of them,
/// but once `patience` has passed, only for the first. A search ends only between two of its
/// solver's steps, and one step can outlast its deadline (GLPK generates a root's cuts or
/// initialises pseudocosts without a callback: traced at 0.3–0.9 s past a 5 s limit when four
/// searches shared two busy cores). The race then answers with what has finished, and the late
/// search ends on its own thread at its next step, its result unused.
final class FinishedSearches: Sendable {
    private let results: Mutex<[SolveResult?]>
    private let finished = DispatchSemaphore(value: 0)

    init(count: Int) { results = Mutex([SolveResult?](repeating: nil, count: count)) }

    /// Keeps the result of search `index`.
    func store(_ result: SolveResult, at index: Int) {
        results.withLock { $0[index] = result }
        finished.signal()
    }

    /// Waits up to `seconds`, less when a search finishes meanwhile (its signal stays for `wait`).
    func pause(seconds: Double) {
        if finished.wait(timeout: .now() + seconds) == .success { finished.signal() }
    }

    /// Whether search `index` has finished.
    func hasResult(at index: Int) -> Bool { results.withLock { $0[index] != nil } }

    /// The results of the searches that finished, in search order: all `launched` of them (all
    /// searches when nil), unless `patience` passes while at least one has finished.
    func wait(patience: ContinuousClock.Instant?, launched: Int? = nil) -> [SolveResult] {
        var count = launched ?? results.withLock { $0.count }
        while count > 0 {
            let any = results.withLock { $0.contains { $0 != nil } }
            if any, let patience {
                let left = (patience - .now).inSeconds
                if left <= 0 || finished.wait(timeout: .now() + left) == .timedOut { break }
            } else {
                finished.wait()
            }
            count -= 1
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
