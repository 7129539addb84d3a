import ArgumentParser
import Dispatch
import Foundation
import MILP
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM. The first signal asks every running solve to stop and return
/// its best result; the command then ends with 130 or 143 without writing output or records
/// (`plan --partial` still prints the best plan). A second signal ends the process at once.
/// Output files are always written whole or not at all (see `AtomicFile`).
enum Interruption {
    static let request = StopRequest()
    private static let received = Atomic<Int32>(0)
    private static let installed = Mutex<[DispatchSourceSignal]>([])
    /// A queue of its own: a serial queue gets a thread even when the searches (on the global
    /// queue's threads, one per core) keep every worker busy, so Ctrl-C is seen at once.
    private static let queue = DispatchQueue(label: "sprintplan.interruption")

    /// Routes SIGINT and SIGTERM to `request`; call before solving.
    static func install() {
        installed.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler {
                    if received.load(ordering: .relaxed) != 0 { _exit(ExitCode.interrupted(by: number).rawValue) }
                    received.store(number, ordering: .relaxed)
                    request.request()
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// The signal that came (SIGINT or SIGTERM); nil when none did.
    static var signalReceived: Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// Ends the command if a signal came: says so on stderr and exits 130/143.
    static func exitIfInterrupted(_ what: String = "nothing was written") throws {
        guard let number = signalReceived else { return }
        printError("interrupted (\(number == SIGINT ? "SIGINT" : "SIGTERM")): \(what)")
        throw ExitCode.interrupted(by: number)
    }
}
