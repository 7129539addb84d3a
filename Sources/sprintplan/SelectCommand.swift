import ArgumentParser
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan select`: which measures and Lösungen to fund at all with the remaining money.
struct SelectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "select",
        abstract: "Choose the measures and Lösungen to fund with the remaining budget (no team/quarter detail).",
        discussion: "Maximises measure values plus Lösung bundle values within the total budget and own-share cap, respecting prerequisites. Exits 0 with a selection, 2 when the time limit struck before any."
    )

    @Argument(help: "Scenario file.")
    var scenario: String

    @OptionGroup var solverFlags: SolverFlags

    @Option(help: "Output format: table or json.")
    var format: ReportFormat = .table

    @Flag(help: "Leave timing out of the output (byte-identical across runs).")
    var stable = false

    func validate() throws {
        if format == .csv || format == .markdown { throw ValidationError("--format: table or json") }
    }

    func run() throws {
        let scenario = try loadScenario(self.scenario)
        let scores = Scorer(scenario: scenario, method: solverFlags.method).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver())
            .select(timeLimit: solverFlags.timeLimit, relativeGap: solverFlags.gap)
        guard result.status.hasPlan else {
            printError("no selection: \(PlanText.statusText(result.status))")
            throw ExitCode(result.status == .notFound(.infeasible) ? 1 : 2)
        }
        switch format {
        case .json: print(SelectionFormats.json(result, stable: stable).rendered(), terminator: "")
        default: print(SelectionFormats.text(result, scenario: scenario, stable: stable), terminator: "")
        }
    }
}
