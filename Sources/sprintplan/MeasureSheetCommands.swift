import ArgumentParser
import Foundation
import ScenarioIO
import SprintModel

/// `sprintplan import-measures`: measures from a CSV sheet merged into a scenario.
struct ImportMeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-measures",
        abstract: "Merge measures from a CSV sheet into a scenario and write the result (validated).",
        discussion: """
            Columns: id, name, zielbild, solution, source, fieldsOfAction, municipalities, tags, effort, \
            progress, maxTeams, requiredSkills, costPerTeamQuarter, oneOffCost, eligibleShare, \
            prerequisites, earliestStart, deadline, status, and rating:CRITERION per criterion; lists \
            separated by "|"; an empty cell leaves the key out. Without --csv-separator the header shows \
            the separator; with a semicolon, numbers are German-style (12.500,50). Yes/no ratings read \
            ja/nein, true/false, wahr/falsch, yes/no or x (yes); dates 2027-09-30 or 30.09.2027; quarters \
            2027-Q2, Q2/2027 or Q2 2027; a UTF-8 byte-order mark is skipped. A row replaces the measure \
            with its id or adds a new one. Every problem is reported as SHEET:ROW:COLUMN with the column \
            letter and header; nothing is written unless the result is valid.
            """
    )

    @Argument(help: "CSV sheet of measures.")
    var sheet: String

    @Option(help: "The scenario to merge into.")
    var into: String

    @Option(help: "Where to write the merged scenario.")
    var out: String

    @OptionGroup var csv: CSVFlags

    func run() throws {
        let scenario = try loadScenario(into)
        InputFiles.note([sheet])
        try InputFiles.refuseOverwriting(out)
        let result = MeasureSheet.merge(
            sheet: sheet, into: scenario, options: csv.options, detectSeparator: !csv.separatorGiven)
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        guard let merged = result.scenario else {
            if result.isMissingInput { throw ExitCode.missingInput }
            printError("\(sheet): nothing written, \(result.errors.count) error\(result.errors.count == 1 ? "" : "s")")
            throw ExitCode.invalidData
        }
        try OutputFile.write(ScenarioWriter.text(merged), to: out)
        printError("wrote \(out): \(merged.measures.count) measures")
    }
}

/// `sprintplan export-measures`: a scenario's measures as a CSV sheet.
struct ExportMeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-measures",
        abstract: "Write a scenario's measures as a CSV sheet (the columns import-measures reads)."
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "Output CSV file.")
    var out: String

    @OptionGroup var csv: CSVFlags

    func run() throws {
        let scenario = try input.load()
        try OutputFile.write(MeasureSheet.write(scenario, options: csv.options), to: out)
        printError("wrote \(out): \(scenario.measures.count) measures")
    }
}
