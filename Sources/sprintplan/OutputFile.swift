import ArgumentParser
import Foundation
import ScenarioIO

/// Writes output files whole or not at all (`ScenarioIO.AtomicFile`: a temporary file in the
/// same folder, flushed to disk, then renamed over the target), so a reader never sees half a
/// file and a killed process leaves the old file intact. Failure exits 73 (cannot create output);
/// a file the command has read is never replaced (exit 64).
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try InputFiles.refuseOverwriting(path)
        do {
            try AtomicFile.write(Data(text.utf8), to: path, beforeCommit: FaultInjection.beforeCommit)
        } catch {
            printError("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode.cannotCreateOutput
        }
    }
}

/// Fault injection for the crash-safety tests: with `SPRINTPLAN_FAULT=before-rename` the tool
/// dies (status 99) after an output file is durable in its temporary file and before it is put
/// in place, the moment a crash could lose data if the writing were not atomic.
enum FaultInjection {
    static func beforeCommit() {
        if ProcessInfo.processInfo.environment["SPRINTPLAN_FAULT"] == "before-rename" { _exit(99) }
    }
}
