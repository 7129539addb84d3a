import Foundation
import MILP

/// A progress line on stderr while a solve runs longer than a second — elapsed time, best
/// plan's value, bound and gap — drawn only when stderr is a terminal and cleared at the end.
final class SolveTicker: @unchecked Sendable {
    let progress = SolveProgress()
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let enabled = isatty(STDERR_FILENO) == 1

    /// Starts the ticker (a no-op when stderr is not a terminal).
    func start() {
        guard enabled else { return }
        let started = Date()
        Thread.detachNewThread { [self] in
            var drawn = false
            while done.wait(timeout: .now() + .milliseconds(500)) == .timedOut {
                let seconds = Date().timeIntervalSince(started)
                guard seconds >= 1 else { continue }
                let snapshot = progress.snapshot
                var line = "solving \(String(format: "%.1f", seconds)) s"
                if let best = snapshot.incumbent { line += " · best \(String(format: "%.2f", best))" }
                if let bound = snapshot.bound { line += " · bound \(String(format: "%.2f", bound))" }
                if let best = snapshot.incumbent, let bound = snapshot.bound, abs(best) > 1e-9 {
                    line += " · gap \(String(format: "%.2f", abs(bound - best) / abs(best) * 100)) %"
                }
                if snapshot.nodes > 0 { line += " · \(snapshot.nodes) nodes" }
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                drawn = true
            }
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            finished.signal()
        }
    }

    /// Stops and clears the line.
    func stop() {
        guard enabled else { return }
        done.signal()
        finished.wait()
    }
}
