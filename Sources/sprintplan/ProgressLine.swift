import Foundation

/// A progress bar on stderr for long batch runs, drawn only when stderr is a terminal, so
/// logs and pipes stay clean. Safe to update from worker threads.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1 && total > 1
        if enabled { draw(0) }
    }

    /// Called with the number of jobs done.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        draw(done)
    }

    /// Clears the bar.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ done: Int) {
        let percent = total == 0 ? 100 : 100 * done / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) \(label)".utf8))
    }
}
