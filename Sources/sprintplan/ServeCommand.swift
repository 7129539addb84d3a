import ArgumentParser
import Foundation
import GLPKSolver
import Reporting
import SprintServer

/// `sprintplan serve`: the meeting page on a local address (see `SprintServer`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the end-of-sprint meeting page: look, try a what-if, record the decision.",
        discussion: """
            PATH is a scenario file or a folder of scenarios. Prints the page's address and serves until \
            Ctrl-C. Listens on 127.0.0.1 unless --host says otherwise; any other host needs a token \
            (--token or SPRINTPLAN_TOKEN, at least 16 characters) on every request. Decisions are \
            recorded only with --record-dir, through the same record folder as `decide --record-dir`.
            """
    )

    @Argument(help: "A scenario file or a folder of scenario files.")
    var path: String

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "Address to listen on; anything but loopback needs a token.")
    var host = "127.0.0.1"

    @Option(name: .customLong("record-dir"), help: "Record decisions into this folder.")
    var recordDirectory: String?

    @Option(help: "Language of the page until switched: de or en.")
    var lang: ReportLanguage = .de

    @Option(help: "Token every request must carry (default: the environment variable SPRINTPLAN_TOKEN).")
    var token: String?

    @Option(name: .customLong("time-limit"), help: "Solver time limit per re-plan, in seconds.")
    var timeLimit: Double = 60

    @Option(help: "Plan only the first N quarters of the horizon.")
    var quarters: Int?

    func validate() throws {
        if let quarters, quarters < 1 { throw ValidationError("--quarters must be at least 1") }
        if !(timeLimit > 0 && timeLimit <= 3600) { throw ValidationError("--time-limit must be in (0, 3600]") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            printError("error: \(path): no such file or folder")
            throw ExitCode.missingInput
        }
        let configuration = ServeConfiguration(
            scenarioPath: path, recordFolder: recordDirectory, host: host, port: port,
            token: token ?? ProcessInfo.processInfo.environment["SPRINTPLAN_TOKEN"], language: lang,
            timeLimit: timeLimit, quarters: quarters, toolVersion: SprintplanCommand.version)
        if let problem = configuration.problem { throw usageError(problem) }
        let server = MeetingServer(configuration: configuration, solver: GLPKSolver())
        let done = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                try await server.run { address in
                    // Unbuffered, so a script reading the address gets it at once.
                    let line = "serving the meeting page on \(address) (Ctrl-C ends)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                failure.message = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            printError("error: cannot serve on \(host):\(port): \(message)")
            throw ExitCode.cannotCreateOutput
        }
    }
}

/// Why the server stopped, handed from its task to the waiting command.
private final class ServeFailure: @unchecked Sendable {
    var message: String?
}
