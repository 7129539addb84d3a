import ArgumentParser
import Foundation

/// `--jobs`: scenarios or points solved at the same time.
struct ParallelFlags: ParsableArguments {
    @Option(help: "Plans made at the same time (default: the number of cores).")
    var jobs: Int?

    /// The worker threads to plan on.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
