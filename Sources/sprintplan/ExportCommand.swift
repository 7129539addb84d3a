import ArgumentParser
import Foundation
import GLPKSolver
import MILP
import Planner
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan export`: writes the exact planning MILP as CPLEX LP or free MPS, so an analyst
/// can hand it to another solver.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the planning model as a CPLEX LP or free MPS file for other solvers.",
        discussion:
            "MPS files state the objective sense in an OBJSENSE section (HiGHS, CBC, CPLEX); --mps-dialect glpk leaves it out for glpsol, which then needs --max."
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "Write CPLEX LP format to this file.")
    var lp: String?

    @Option(help: "Write free MPS format to this file.")
    var mps: String?

    @Option(name: .customLong("mps-dialect"), help: "standard or glpk.")
    var dialect: Dialect = .standard

    @Option(
        help:
            "plan (the sprint plan) or select (the portfolio of `sprintplan select`: its first solve, the most value, with whole-number coefficients where the values allow)."
    )
    var model: ExportedModel = .plan

    @OptionGroup var planning: PlanningFlags

    enum ExportedModel: String, ExpressibleByArgument, CaseIterable { case plan, select }

    enum Dialect: String, ExpressibleByArgument, CaseIterable { case standard, glpk }

    func validate() throws {
        if lp == nil && mps == nil { throw ValidationError("name --lp FILE or --mps FILE (or both)") }
    }

    func run() throws {
        let scenario = try input.load()
        let model: MILPModel
        switch self.model {
        case .plan:
            warnIfBeyondHorizon(planning.quarters, scenario)
            model = planning.planner(for: scenario).model(planning.options)
        case .select:
            let scores = Scorer(scenario: scenario, method: planning.method).scoreSheet()
            model = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).model()
        }
        if let lp { try OutputFile.write(LPWriter.write(model), to: lp) }
        if let mps {
            try OutputFile.write(MPSWriter.write(model, dialect: dialect == .glpk ? .glpk : .standard), to: mps)
        }
        printError(
            "model: \(model.columns.count) variables, \(model.rows.count) constraints, \(model.nonZeroCount) non-zeros")
    }
}
