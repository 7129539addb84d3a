#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `count` jobs truly side by side: job 0 on the calling thread, every other job on a
/// thread of its own, and returns when all have ended.
///
/// Why not `DispatchQueue.concurrentPerform`: it promises at most `count` jobs at a time, not
/// that they overlap. It runs no more jobs at once than there are cores, and an apply nested in
/// another apply gets the outer one's width divided by its own (libdispatch's `apply.c`), so on
/// two cores the race of a solve inside a two-job batch ran its searches one after the other:
/// each search had the whole time limit, and `compare --jobs 2 --time-limit 5` took 8.1–8.7 s per
/// scenario (see `Benchmarks/RESULTS.md`, "Nested parallel solves"). Searches that share their
/// incumbent and bound, and a batch that promises `--jobs` workers, need real threads; the
/// operating system shares the cores among them, and every time limit is measured on the wall
/// clock anyway.
///
/// POSIX threads rather than Foundation's `Thread`: `pthread_join` guarantees that a thread has
/// let go of the job before `run` returns, which a non-escaping `body` requires.
public enum DedicatedThreads {
    /// Calls `body(index)` for every index in `0..<count`, each on its own thread (index 0 on
    /// the caller's), and waits for all of them. Should the system refuse a thread, its job
    /// runs on the caller's thread after job 0.
    public static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            var threads: [pthread_t] = [], refused: [Int] = []
            for index in 1..<count {
                if let thread = start(Job { body(index) }) { threads.append(thread) } else { refused.append(index) }
            }
            body(0)
            for index in refused { body(index) }
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// Runs `body` on a thread of its own and returns at once; the thread ends with `body`.
    /// Should the system refuse a thread, `body` runs on the caller's thread before this returns.
    public static func detach(_ body: @escaping @Sendable () -> Void) {
        guard let thread = start(Job(body)) else { return body() }
        pthread_detach(thread)
    }

    /// One job, handed to its thread as the thread's argument.
    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    /// Starts a thread that runs `job` and releases it; nil if the system refuses a thread.
    private static func start(_ job: Job) -> pthread_t? {
        let argument = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let code = pthread_create(
            &thread, nil,
            { argument in
                Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().work()
                return nil
            }, argument)
        #else
        var thread = pthread_t()
        let code = pthread_create(
            &thread, nil,
            { argument in
                Unmanaged<Job>.fromOpaque(argument!).takeRetainedValue().work()
                return nil
            }, argument)
        #endif
        guard code == 0 else {
            Unmanaged<Job>.fromOpaque(argument).release()
            return nil
        }
        return thread
    }
}
