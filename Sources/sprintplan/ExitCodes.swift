import ArgumentParser

/// The tool's exit statuses, by name. Failures of the input follow sysexits(3); 1 and 2 are
/// the planning outcomes a script tests for; 130 and 143 follow the shell's 128 + signal.
extension ExitCode {
    /// No plan satisfies the rules; the diagnosis of the rules to relax is printed.
    static let noPlan = ExitCode(1)
    /// The time limit struck before any plan (or selection) was found.
    static let noPlanInTime = ExitCode(2)
    /// EX_USAGE: the command line is wrong, or names an id the scenario does not have.
    static let usage = ExitCode(64)
    /// EX_DATAERR: an input file is invalid (every problem is printed first).
    static let invalidData = ExitCode(65)
    /// EX_NOINPUT: an input file does not exist.
    static let missingInput = ExitCode(66)
    /// EX_SOFTWARE: a bug in sprintplan, e.g. a plan the independent verifier rejects.
    static let softwareBug = ExitCode(70)
    /// EX_CANTCREAT: an output file or folder cannot be written.
    static let cannotCreateOutput = ExitCode(73)

    /// Ended by a signal the tool caught (SIGINT 130, SIGTERM 143).
    static func interrupted(by signal: Int32) -> ExitCode { ExitCode(128 + signal) }
}
