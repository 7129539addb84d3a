import ArgumentParser

/// The `sprintplan` command-line tool: a thin shell over the library modules (parsing, wiring,
/// exit codes). Option groups shared by commands are in `Options/`, exit codes in `ExitCodes.swift`.
@main
struct SprintplanCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sprintplan",
        abstract: "Decide which measure each Sprintteam works on next, and rank the candidates.",
        discussion: """
            Exit codes: 0 success, 1 no plan satisfies the rules, 2 the time limit struck before any \
            plan; and following sysexits: 64 usage error, 65 invalid input data, 66 missing input file, \
            70 a bug in sprintplan (e.g. a plan the verifier rejects), 73 cannot create output; 130 or \
            143 after Ctrl-C or SIGTERM.
            """,
        version: version,
        subcommands: [
            ValidateCommand.self, ScoreCommand.self, PlanCommand.self, DecideCommand.self, AdvanceCommand.self,
            HistoryCommand.self, CompareCommand.self, SweepCommand.self, ReportCommand.self, ImportMeasuresCommand.self,
            ExportMeasuresCommand.self, ExplainCommand.self, SelectCommand.self, ExportCommand.self,
            GenerateCommand.self, ServeCommand.self,
        ]
    )
}
