import ArgumentParser
import Foundation
import GLPKSolver
import MILP
import Planner
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

    @OptionGroup var planning: PlanningFlags

    enum Dialect: String, ExpressibleByArgument, CaseIterable { case standard, glpk }

    func validate() throws {
        if lp == nil && mps == nil { throw ValidationError("name --lp FILE or --mps FILE (or both)") }
    }

    func run() throws {
        let scenario = try input.load()
        warnIfBeyondHorizon(planning.quarters, scenario)
        let model = planning.planner(for: scenario).model(planning.options)
        if let lp { try OutputFile.write(LPWriter.write(model), to: lp) }
        if let mps {
            try OutputFile.write(MPSWriter.write(model, dialect: dialect == .glpk ? .glpk : .standard), to: mps)
        }
        printError(
            "model: \(model.columns.count) variables, \(model.rows.count) constraints, \(model.nonZeroCount) non-zeros")
    }
}
