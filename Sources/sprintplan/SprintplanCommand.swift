import ArgumentParser

/// The `sprintplan` command-line tool: a thin shell over the library modules.
@main
struct SprintplanCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sprintplan",
        abstract: "Decide which measure each Sprintteam works on next, and rank the candidates.",
        discussion: """
        Exit codes follow sysexits: 0 success, 64 usage error, 65 invalid scenario data, \
        66 missing input file, 73 cannot create output.
        """,
        version: version,
        subcommands: [ValidateCommand.self, ScoreCommand.self, PlanCommand.self, DecideCommand.self, AdvanceCommand.self, HistoryCommand.self, CompareCommand.self, SweepCommand.self, ReportCommand.self, ImportMeasuresCommand.self, ExportMeasuresCommand.self, ExplainCommand.self, SelectCommand.self, ExportCommand.self, GenerateCommand.self]
    )
}
