import Foundation
import MILP
import PlanCheck
import Scoring
import SprintModel

/// Plans Sprintteams onto measures for each quarter of the horizon: builds the MILP (see
/// `PlanModel`), solves it, reads the plan back and has it checked by the independent
/// `PlanVerifier`. When no plan exists it diagnoses which rules to relax.
public struct Planner: Sendable {
    public let scenario: Scenario
    public let scores: ScoreSheet
    public let solver: any MILPSolver

    public init(scenario: Scenario, scores: ScoreSheet, solver: any MILPSolver) {
        self.scenario = scenario
        self.scores = scores
        self.solver = solver
    }

    public func plan(_ options: PlanningOptions = .init()) -> PlanningOutcome {
        let clock = ContinuousClock(), start = clock.now
        var options = options.budgeted(at: start)
        let problem = PlanningProblem(
            scenario: scenario, scores: scores, quarters: options.quarters, required: options.requiredMeasures)
        var tightening: [RelaxableRule: Double] = [:]
        options.deadline = start.advanced(by: .seconds(options.timeLimit))
        func elapsed() -> Double {
            (clock.now - start).inSeconds
        }
        var spent = 0.0
        for _ in 0..<schedule.moneyAttempts {
            let building = elapsed()
            let planModel = PlanModel(problem: problem, tightening: tightening)
            options.buildSeconds = elapsed() - building
            let frozen: MILPModel
            do {
                frozen = try planModel.model.freeze()
            } catch {
                preconditionFailure("the plan model must always be valid: \(error)")
            }
            var solveOptions = options.solve(columns: frozen.columns.count)
            let start = solveOptions.warmStart == nil ? warmStart(problem, model: planModel, options: options) : nil
            if let start { solveOptions.warmStart = start.values }
            solveOptions.progress = options.progress
            // The time limit covers everything: building the first plan counts too.
            solveOptions.timeLimit = max(0.05, options.timeLimit - elapsed())
            let (result, best, decomposition) = search(
                planModel, frozen: frozen, solveOptions: solveOptions, start: start, options: options,
                elapsed: elapsed)
            spent = elapsed()
            func noting(_ plan: Plan) -> Plan {
                var plan = plan
                plan.decomposition = decomposition
                return plan
            }
            if let best, result.hasSolution,
                frozen.objectiveValue(at: best.values) > (result.objective ?? -.infinity) + 1e-7
                    * max(1, abs(result.objective ?? 0))
            {
                // GLPK did not take the better first plan in (its tolerances, or no time).
                return .plan(
                    noting(
                        fallback(
                            best, result: result, model: planModel, frozen: frozen, seconds: spent, options: options)))
            }
            switch result.status {
            case .infeasible:
                return .infeasible(diagnose(problem, options: options, firstAttempt: spent))
            case .optimal, .gapReached, .timeLimitWithSolution:
                var plan = noting(extract(result, model: planModel, frozen: frozen, options: options))
                plan.solveSeconds = spent
                // GLPK accepts rows within its feasibility tolerance; money is checked in exact
                // cents. Tighten any cap the plan exceeds by the excess and solve again.
                let excess = Self.moneyExcess(plan.report, scenario: scenario)
                if excess.isEmpty || spent >= options.timeLimit || options.stop?.isRequested == true {
                    return .plan(plan)
                }
                for (rule, euros) in excess { tightening[rule, default: 0] += euros + 0.01 }
            case .timeLimitWithoutSolution where best != nil:
                // GLPK had no time to take the first plan in (its root LP did not finish); that
                // plan keeps every rule, so it is the honest answer: a plan, not proven.
                return .plan(
                    noting(
                        fallback(
                            best!, result: result, model: planModel, frozen: frozen, seconds: spent, options: options)))
            default:
                guard case .notFound(let reason) = result.status.outcome(interrupted: options.stop?.isRequested == true)
                else {
                    preconditionFailure("every status with a solution is handled above")
                }
                return .noPlanFound(reason, solveSeconds: spent)
            }
        }
        return .noPlanFound(.solverFailed("money caps could not be met in exact cents"), solveSeconds: spent)
    }

    /// The MILP of a planning run, for export to LP/MPS files.
    public func model(_ options: PlanningOptions = .init()) -> MILPModel {
        let problem = PlanningProblem(
            scenario: scenario, scores: scores, quarters: options.quarters, required: options.requiredMeasures)
        return try! PlanModel(problem: problem).model.freeze()
    }

    /// Why open measures are not plannable at all (ineligible, prerequisite impossible).
    public func excludedMeasures() -> [String: Exclusion] {
        PlanningProblem(scenario: scenario, scores: scores).excluded
    }

    /// Money rules a plan breaks in exact cents, with the excess in euros.
    static func moneyExcess(_ report: PlanReport, scenario: Scenario) -> [(RelaxableRule, Double)] {
        var excess: [(RelaxableRule, Double)] = []
        for quarter in report.money {
            if let cap = quarter.cap, quarter.spending > cap {
                excess.append((.quarterBudget(quarter.quarter), (quarter.spending - cap).euros))
            }
        }
        if let cap = scenario.budget.total, report.totalSpending > cap {
            excess.append((.totalBudget, (report.totalSpending - cap).euros))
        }
        if let cap = scenario.budget.ownShareCap, report.totalOwnShare > cap {
            excess.append((.ownShareCap, (report.totalOwnShare - cap).euros))
        }
        return excess
    }
}
