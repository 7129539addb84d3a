import Foundation
import ArgumentParser
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

    @Argument(help: "Scenario file.")
    var scenario: String

    @OptionGroup var planning: PlanningFlags

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @Option(name: .customLong("start-from"), help: "Start from this plan (an earlier `plan --format json`); it is used when it keeps every rule and beats the planner's own first plan.")
    var startFrom: String?

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: ReportFormat = .table

    @Flag(help: "Leave timing out of the output, so it is byte-identical across runs (for CI and golden files).")
    var stable = false

    @OptionGroup var csv: CSVFlags

    @Flag(help: "On Ctrl-C or SIGTERM, still print the best plan found so far (then exit 130 or 143).")
    var partial = false

    func run() throws {
        let (scenario, changes) = try whatIf.apply(to: try loadScenario(self.scenario), path: self.scenario)
        let scores = Scorer(scenario: scenario, method: planning.method).scoreSheet()
        let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
        let outcome = try runPlanner(planner, planning.options, startFrom: startFrom)
        if !partial { try Interruption.exitIfInterrupted("no plan printed (--partial prints the best plan found so far)") }
        whatIf.announce(changes, scenario: scenario, onStdout: format != .json && format != .csv)
        switch outcome {
        case .plan(let plan):
            switch format {
            case .json: print(PlanJSON.render(plan, excluded: planner.excludedMeasures(), stable: stable).rendered(), terminator: "")
            case .csv: print(PlanCSV.plan(plan, scenario: scenario, options: csv.options), terminator: "")
            default: print(PlanText.render(plan, scenario: scenario, stable: stable), terminator: "")
            }
            if !plan.report.isValid { throw ExitCode(70) }
            try Interruption.exitIfInterrupted("the plan printed is the best found so far")
        case .infeasible(let infeasibility):
            switch format {
            case .json: print(PlanJSON.infeasible(infeasibility, stable: stable).rendered(), terminator: "")
            default: print(PlanText.infeasible(infeasibility), terminator: "")
            }
            throw ExitCode(1)
        case .noPlanFound(let status, let seconds):
            printError("no plan found: \(PlanText.statusText(.notFound(status))) after \(ReportNumber.fixed(seconds, 1)) s; raise --time-limit")
            throw ExitCode(2)
        }
    }
}

/// Options of every command that solves: time limit, accepted gap, how measures are valued.
struct SolverFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Solver time limit in seconds.")
    var timeLimit: Double = 60

    @Option(help: "Accept a result within this relative gap of the proven bound (0 = prove optimality).")
    var gap: Double = 0

    @Option(help: "Scoring method for measure values: weighted-sum or topsis.")
    var method: ScoringMethod = .weightedSum

    func validate() throws {
        if !(timeLimit > 0 && timeLimit <= 86_400) { throw ValidationError("--time-limit must be between 0 and 86400 seconds") }
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be in [0, 1)") }
    }
}

/// Options shared by the commands that plan.
struct PlanningFlags: ParsableArguments {
    @Option(help: "Plan only the first N quarters of the horizon.")
    var quarters: Int?

    @OptionGroup var solver: SolverFlags

    var timeLimit: Double { solver.timeLimit }
    var gap: Double { solver.gap }
    var method: ScoringMethod { solver.method }

    func validate() throws {
        if let quarters, quarters < 1 { throw ValidationError("--quarters must be at least 1") }
    }

    @Option(name: .customLong("cuts"), help: ArgumentHelp("GLPK cut families: all, none, or a comma list of gomory, mir, cover, clique.", visibility: .hidden))
    var cuts: String?

    @Option(name: .customLong("branching"), help: ArgumentHelp("GLPK branching rule.", visibility: .hidden))
    var branching: SolveOptions.Branching?

    @Flag(name: .customLong("pump"), help: ArgumentHelp("GLPK feasibility pump.", visibility: .hidden))
    var pump = false

    @Option(name: .customLong("proximity"), help: ArgumentHelp("GLPK proximity search, seconds.", visibility: .hidden))
    var proximity: Double?

    var options: PlanningOptions {
        var solver: SolveOptions?
        if cuts != nil || branching != nil || pump || proximity != nil {
            var families: Set<SolveOptions.CutFamily> = [.mixedIntegerRounding, .cover, .clique]
            if let cuts {
                let names: [String: SolveOptions.CutFamily] = ["gomory": .gomory, "mir": .mixedIntegerRounding, "cover": .cover, "clique": .clique]
                families = cuts == "all" ? Set(SolveOptions.CutFamily.allCases) : cuts == "none" ? [] : Set(cuts.split(separator: ",").compactMap { names[String($0)] })
            }
            solver = SolveOptions(cuts: families, feasibilityPump: pump, proximitySearch: proximity,
                                  branching: branching ?? .hybridPseudocost, backtracking: .bestLocal)
        }
        var options = PlanningOptions(quarters: quarters, timeLimit: timeLimit, relativeGap: gap, solverOptions: solver)
        options.stop = Interruption.request
        return options
    }
}

extension SolveOptions.Branching: ExpressibleByArgument {}
