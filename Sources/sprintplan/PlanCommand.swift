import ArgumentParser
import Foundation
import GLPKSolver
import MILP
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan plan`: the recommended assignment of Sprintteams to measures per quarter.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan which measure each Sprintteam works on in each quarter of the horizon.",
        discussion: """
            Solves a mixed-integer program with GLPK and checks the plan with an independent verifier. \
            The status says whether the plan is proven optimal or how far from the proven bound it may \
            be. Exits 0 with a plan, 1 when no plan satisfies the rules (with a diagnosis of the rules \
            to relax), 2 when the time limit struck before any plan was found, 70 if the verifier \
            finds a broken rule (a bug).
            """
    )

    @OptionGroup var input: ScenarioArgument

    @OptionGroup var planning: PlanningFlags

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @OptionGroup var startFrom: StartFromOption

    @OptionGroup var output: FormatOption<TableJSONCSVMarkdown>

    @OptionGroup var stable: StableFlag

    @OptionGroup var csv: CSVFlags

    @OptionGroup var language: LanguageOption

    @Flag(help: "On Ctrl-C or SIGTERM, still print the best plan found so far (then exit 130 or 143).")
    var partial = false

    func run() throws {
        let (scenario, changes) = try whatIf.apply(to: try input.load(), path: input.file)
        let planner = planning.planner(for: scenario)
        let outcome = try runPlanner(planner, planning.options, startFrom: startFrom.file)
        if !partial {
            try Interruption.exitIfInterrupted("no plan printed (--partial prints the best plan found so far)")
        }
        whatIf.announce(changes, scenario: scenario, onStdout: output.format != .json && output.format != .csv)
        switch outcome {
        case .plan(let plan):
            switch output.format {
            case .json:
                print(
                    PlanJSON.render(plan, excluded: planner.excludedMeasures(), stable: stable.isOn).rendered(),
                    terminator: "")
            case .csv: print(PlanCSV.plan(plan, scenario: scenario, options: csv.options), terminator: "")
            default:
                print(
                    PlanText.render(
                        plan, scenario: scenario, stable: stable.isOn, language: language.language(for: scenario)),
                    terminator: "")
            }
            try requireVerified(plan)
            try Interruption.exitIfInterrupted("the plan printed is the best found so far")
        case .infeasible(let infeasibility):
            switch output.format {
            case .json: print(PlanJSON.infeasible(infeasibility, stable: stable.isOn).rendered(), terminator: "")
            default:
                print(PlanText.infeasible(infeasibility, language: language.language(for: scenario)), terminator: "")
            }
            throw ExitCode.noPlan
        case .noPlanFound(let status, let seconds):
            printError(
                "no plan found: \(PlanText.statusText(.notFound(status))) after \(ReportNumber.fixed(seconds, 1)) s; raise --time-limit"
            )
            throw ExitCode.noPlanInTime
        }
    }
}
