import ArgumentParser
import ScenarioIO
import SprintModel

/// The scenario file a command works on (the positional argument of most commands).
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("Scenario file.", valueName: "scenario"))
    var file: String

    /// The scenario: every problem printed to stderr, exit 65 (invalid) or 66 (missing) when it
    /// cannot be used; warnings printed and the command goes on otherwise.
    func load() throws -> Scenario { try loadScenario(file) }
}
