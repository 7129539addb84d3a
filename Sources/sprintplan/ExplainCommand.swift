import ArgumentParser
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan explain`: why a team does what it does in a quarter, or why a measure is (not)
/// in the plan. Re-solves with one thing changed, so it takes a few solves.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one decision of the plan: a team in a quarter, or a measure.",
        discussion:
            "--team T --quarter Q: why this measure, and the best alternative with the value it gives up. --measure M: what keeps M out of the plan (gate, capacity, prerequisite, budget, value too low), or when it is planned."
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "Sprintteam id (with --quarter).")
    var team: String?

    @Option(help: "Quarter, e.g. 2027-Q1 (with --team).")
    var quarter: String?

    @Option(help: "Measure id.")
    var measure: String?

    @OptionGroup var output: FormatOption<TableJSON>

    @OptionGroup var planning: PlanningFlags

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @OptionGroup(title: "Alternatives") var alternatives: AlternativeFlags

    @OptionGroup var language: LanguageOption

    /// Nodes the re-solve may search by default: a question in the meeting gets its answer
    /// within seconds, labelled with its gap when it is not proven by then.
    static let alternativeNodes = 1_000

    func validate() throws {
        let byTeam = team != nil || quarter != nil
        if byTeam == (measure != nil) { throw ValidationError("give either --team and --quarter, or --measure") }
        if byTeam && (team == nil || quarter == nil) { throw ValidationError("--team and --quarter go together") }
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter: expected a quarter like \(Quarter.acceptedSpellings), found \(quarter)")
        }
    }

    func run() throws {
        let (scenario, changes) = try whatIf.apply(to: try input.load(), path: input.file)
        let planner = planning.planner(for: scenario)
        let outcome = try runPlanner(planner, planning.options, startFrom: nil)
        try Interruption.exitIfInterrupted("nothing explained")
        guard case .plan(let plan) = outcome else {
            printError("no plan to explain; run `sprintplan plan` for the diagnosis")
            throw ExitCode.noPlan
        }
        try requireVerified(plan)
        let explainer = PlanExplainer(
            planner: planner, options: alternatives.options(planning.options, defaultNodes: Self.alternativeNodes))
        let language = language.language(for: scenario)
        whatIf.announce(changes, scenario: scenario, onStdout: output.format != .json)
        if let team, let quarter = quarter.flatMap { Quarter($0) } {
            guard scenario.team(team) != nil else { throw usageError("unknown Sprintteam \"\(team)\"") }
            guard plan.quarters.contains(quarter) else {
                throw usageError(
                    "\(quarter) is not in the plan's quarters \(plan.quarters.map(\.description).joined(separator: ", "))"
                )
            }
            let explanation = explainer.explain(team: team, quarter: quarter, in: plan)
            try Interruption.exitIfInterrupted("nothing explained")
            print(render(explanation, language), terminator: "")
        } else if let measure {
            guard scenario.measure(measure) != nil else { throw usageError("unknown measure \"\(measure)\"") }
            let explanation = explainer.explain(measure: measure, in: plan)
            try Interruption.exitIfInterrupted("nothing explained")
            print(render(explanation, language), terminator: "")
        }
    }

    private func render(_ explanation: PlanExplainer.AssignmentExplanation, _ language: ReportLanguage) -> String {
        output.format == .json
            ? ExplainFormats.json(explanation).rendered() : ExplainFormats.text(explanation, language: language)
    }

    private func render(_ explanation: PlanExplainer.MeasureExplanation, _ language: ReportLanguage) -> String {
        output.format == .json
            ? ExplainFormats.json(explanation).rendered() : ExplainFormats.text(explanation, language: language)
    }
}
