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
        discussion:
            "Maximises measure values plus Lösung bundle values within the total budget and own-share cap, respecting prerequisites; a measure shared by several Lösungen is paid once. The most value first, then the least cost for it; the verifier's check is in every output. Exits 0 with a selection, 2 when the time limit struck before any."
    )

    @OptionGroup var input: ScenarioArgument

    @OptionGroup var solverFlags: SolverFlags

    @OptionGroup var output: FormatOption<TableJSON>

    @OptionGroup var stable: StableFlag

    @OptionGroup var language: LanguageOption

    func run() throws {
        let scenario = try input.load()
        let scores = Scorer(scenario: scenario, method: solverFlags.method).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver())
            .select(timeLimit: RunClock.remaining(of: solverFlags.timeLimit), relativeGap: solverFlags.gap)
        guard result.status.hasPlan else {
            printError("no selection: \(PlanText.statusText(result.status))")
            throw result.status == .notFound(.infeasible) ? ExitCode.noPlan : .noPlanInTime
        }
        switch output.format {
        case .json: print(SelectionFormats.json(result, stable: stable.isOn).rendered(), terminator: "")
        default:
            let text = SelectionFormats.text(
                result, scenario: scenario, stable: stable.isOn, language: language.language(for: scenario))
            print(text, terminator: "")
        }
        // The verifier disagrees with the model: a formulation bug, never a valid answer.
        if result.check?.isValid != true || abs((result.objective ?? 0) - (result.check?.value ?? 0)) > 1e-6 {
            printError("the selection breaks a rule (see Check); please report this")
            throw ExitCode.softwareBug
        }
    }
}
