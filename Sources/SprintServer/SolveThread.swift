import Foundation

/// Runs blocking work (a plan: GLPK solves that take seconds) on a thread of its own, so the
/// server's cooperative threads stay free to answer other requests — the health check among them.
enum SolveThread {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.name = "sprintplan-serve-solve"
            thread.start()
        }
    }
}
