import ArgumentParser
import Reporting
import ScenarioIO
import SprintModel

/// `sprintplan validate FILE...`: checks scenario files and prints a summary or every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and summarise them.",
        discussion:
            "Reports every problem of each file at once, sorted by position. Exits 65 if any file is invalid, 66 if a file is missing."
    )

    @Argument(help: "Scenario files (JSON, format sprintplan/1).")
    var files: [String]

    @OptionGroup var output: FormatOption<TextJSON>

    /// Default: each valid file's own language; for an invalid one, --lang or German. The
    /// problems themselves are worded by ScenarioIO, in English.
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one scenario file") }
    }

    func run() throws {
        let results = files.map { ScenarioLoader.load(file: $0) }
        switch output.format {
        case .json:
            let entries: [OutputJSON] = zip(files, results).map { file, result in
                .object([
                    ("file", .string(file)),
                    ("valid", .bool(result.scenario != nil)),
                    ("errors", .array(result.errors.map(\.json))),
                    ("warnings", .array(result.warnings.map(\.json))),
                    ("summary", result.scenario.map { ScenarioSummary($0).json } ?? .null),
                ])
            }
            print(OutputJSON.object([("files", .array(entries))]).rendered(), terminator: "")
        default:
            for (file, result) in zip(files, results) {
                for diagnostic in result.diagnostics { printError(diagnostic.description) }
                if let scenario = result.scenario {
                    let language = language.language(for: scenario)
                    print(ScenarioSummaryText.valid(file, warnings: result.warnings.count, language))
                    for line in ScenarioSummaryText.lines(ScenarioSummary(scenario), language) { print(line) }
                } else {
                    printError(ScenarioSummaryText.invalid(file, errors: result.errors.count, language.lang ?? .de))
                }
            }
        }
        if results.contains(where: \.isMissingInput) { throw ExitCode.missingInput }
        if results.contains(where: { $0.scenario == nil }) { throw ExitCode.invalidData }
    }
}
