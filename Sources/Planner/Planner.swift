import PlanCheck
import Foundation
import MILP
import Scoring
import SprintModel

/// Settings of one planning run.
public struct PlanningOptions: Sendable {
    /// Plan only the first N quarters of the horizon (nil: the whole horizon).
    public var quarters: Int?
    /// Seconds the solver may take.
    public var timeLimit: Double
    /// Stop at this relative gap (0: prove optimality).
    public var relativeGap: Double
    /// Solver settings beyond time and gap; nil for the planner's measured defaults.
    public var solverOptions: SolveOptions?
    /// When only the money rows link the Zielbilder, price them and plan each Zielbild on its
    /// own first (see `LagrangianDecomposition`): a bound and a plan far better than the full
    /// model's search finds at region scale.
    public var decompose = true
    /// When the full model is not settled in the first phase, search on with two rules side
    /// by side, one per core, sharing plans and bounds (see `SearchRace`): GLPK's hybrid
    /// pseudocost rule with cuts, and the branching priorities without cuts. Needs two cores;
    /// ignored with explicit `solverOptions`.
    public var raceSearches = true
    /// Ctrl-C: once requested, the run ends as at its time limit, with the best plan so far.
    public var stop: StopRequest?
    /// The full model's search, for a progress line (the blocks of a decomposition do not report).
    public var progress: SolveProgress?
    /// A plan to start from (e.g. the previous run's): assignments outside the planned quarters
    /// are ignored; used only if the verifier accepts the rest and it beats the planner's own.
    public var initialPlan: [Assignment]?
    /// When the full model is not settled in the first search phase, improve the best
    /// plan by re-planning parts of it (see `NeighbourhoodSearch`) before searching on. Off by
    /// default: on generated districts it helped one seed of three within 60 s and cost the
    /// others more than it gained (see `Planner.search`).
    public var neighbourhoodSearch = false
    /// Before the search, build a first plan from the LP relaxation (see
    /// `RelaxationNeighbourhood`, at most 5 % of the time limit) when it beats the greedy plan.
    public var relaxationStart = true

    public init(quarters: Int? = nil, timeLimit: Double = 60, relativeGap: Double = 0, solverOptions: SolveOptions? = nil) {
        self.quarters = quarters
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.solverOptions = solverOptions
    }

    /// The planner's defaults, chosen by measurement: MIR and cover cuts (on a generated
    /// district: 0.8 % gap after 30 s with them, 1.8 % without; clique
    /// cuts cost more than they save and their conflict graph is slow at region size); hybrid
    /// pseudocost branching on models up to 5,000 columns, Driebeck–Tomlin above (GLPK
    /// initialises pseudocosts by trial solves of every fractional variable at the root,
    /// 66 s on a region-size model, without looking at the time limit).
    /// Why a search that ended early ended: a stop request, or else the time limit.
    var stopReason: StopReason { stop?.isRequested == true ? .interrupted : .timeLimit }

    func solve(columns: Int = 0) -> SolveOptions {
        var options = solverOptions ?? SolveOptions(cuts: [.mixedIntegerRounding, .cover], branching: columns <= 5_000 ? .hybridPseudocost : .driebeckTomlin,
                                                    backtracking: .bestLocal)
        options.timeLimit = timeLimit
        options.relativeGap = relativeGap
        options.stop = stop
        return options
    }
}

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
        let problem = PlanningProblem(scenario: scenario, scores: scores, quarters: options.quarters)
        var tightening: [RelaxableRule: Double] = [:]
        let clock = ContinuousClock(), start = clock.now
        func elapsed() -> Double {
            (clock.now - start).inSeconds
        }
        var spent = 0.0
        for _ in 0..<4 {
            let planModel = PlanModel(problem: problem, tightening: tightening)
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
            let (result, best, decomposition) = search(planModel, frozen: frozen, solveOptions: solveOptions, start: start, options: options,
                                                       elapsed: elapsed)
            spent = elapsed()
            func noting(_ plan: Plan) -> Plan {
                var plan = plan
                plan.decomposition = decomposition
                return plan
            }
            if let best, result.hasSolution, frozen.objectiveValue(at: best.values) > (result.objective ?? -.infinity) + 1e-7 * max(1, abs(result.objective ?? 0)) {
                // GLPK did not take the better first plan in (its tolerances, or no time).
                return .plan(noting(fallback(best, result: result, model: planModel, frozen: frozen, seconds: spent, options: options)))
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
                if excess.isEmpty || spent >= options.timeLimit || options.stop?.isRequested == true { return .plan(plan) }
                for (rule, euros) in excess { tightening[rule, default: 0] += euros + 0.01 }
            case .timeLimitWithoutSolution where best != nil:
                // GLPK had no time to take the first plan in (its root LP did not finish); that
                // plan keeps every rule, so it is the honest answer: a plan, not proven.
                return .plan(noting(fallback(best!, result: result, model: planModel, frozen: frozen, seconds: spent, options: options)))
            default:
                guard case .notFound(let reason) = result.status.outcome(interrupted: options.stop?.isRequested == true) else {
                    preconditionFailure("every status with a solution is handled above")
                }
                return .noPlanFound(reason, solveSeconds: spent)
            }
        }
        return .noPlanFound(.solverFailed("money caps could not be met in exact cents"), solveSeconds: spent)
    }

    /// The first plan handed to GLPK: its assignments, the verifier's account and the model's
    /// variable values for it.
    struct WarmStart {
        var assignments: [Assignment]
        var report: PlanReport
        var values: [Double]
    }

    /// The search for one model: first, when the Zielbilder share only money, the
    /// decomposition (`priceMoney`), which may settle the model on its own; then the full
    /// model's search (`searchFull`) from the best plan so far, keeping the tighter bound.
    /// Returns the result and the best verified first plan handed to the solver.
    private func search(_ planModel: PlanModel, frozen: MILPModel, solveOptions: SolveOptions, start: WarmStart?,
                        options: PlanningOptions, elapsed: () -> Double) -> (SolveResult, WarmStart?, DecompositionSummary?) {
        guard solveOptions.timeLimit != nil else { return (solver.solve(frozen, options: solveOptions), start, nil) }
        var start = start
        var pricedBound: Double?, summary: DecompositionSummary?
        if options.decompose, let (outcome, blocks) = priceMoney(planModel, frozen: frozen, start: start, options: options, elapsed: elapsed) {
            pricedBound = outcome.bound
            summary = DecompositionSummary(blocks: blocks, rounds: outcome.rounds, bound: outcome.bound)
            start = better(outcome.values, than: start, model: planModel, frozen: frozen)
            if let gap = outcome.gap, gap <= max(options.relativeGap, Self.provenGap), let start,
               abs(frozen.objectiveValue(at: start.values) - outcome.objective!) <= 1e-9 * max(1, abs(outcome.objective!)) {
                let result = SolveResult(status: gap <= Self.provenGap ? .optimal : .gapReached, objective: outcome.objective,
                                         bestBound: outcome.bound, gap: gap, values: start.values, solveSeconds: elapsed())
                return (result, start, summary)
            }
        }
        var (result, best) = searchFull(planModel, frozen: frozen, solveOptions: solveOptions, start: start, options: options, elapsed: elapsed)
        // The decomposition's bound holds for the same (maximised) model: keep the tighter.
        if let priced = pricedBound, priced < result.bestBound ?? .infinity, result.status != .optimal {
            result.bestBound = priced
            if let objective = result.objective { result.gap = SolveResult.relativeGap(objective: objective, bound: priced) }
        }
        return (result, best, summary)
    }

    /// Nodes of the first search phase: MYK10 and its what-ifs settle within a few hundred.
    static let firstPhaseNodes = 1_000

    /// Bound and decomposition agree this closely (relative): the plan is optimal up to the
    /// solver's own tolerances.
    static let provenGap = 1e-6

    /// When only the money rows link the Zielbilder (no cross-Zielbild help, no prerequisite
    /// or Lösung across them), `LagrangianDecomposition` over those rows: each Zielbild solved
    /// on its own with money priced, for at most 80 % of the time limit (it stops earlier once
    /// the prices settle; the full model's search gains little at the sizes where it does not).
    /// Its bound is usually far tighter than the full model's, and its plan combines the
    /// Zielbilder's own plans within the shared caps (generated region, seed 1: 0.03 % gap in
    /// 12 s; the full model's search alone ended at 9 %). Nil when the model does not decompose.
    private func priceMoney(_ planModel: PlanModel, frozen: MILPModel, start: WarmStart?, options: PlanningOptions,
                            elapsed: () -> Double) -> (LagrangianDecomposition.Outcome, blocks: Int)? {
        guard options.stop?.isRequested != true, let structure = Self.moneyBlocks(planModel, frozen: frozen) else { return nil }
        let outcome = decomposition(frozen, structure: structure, options: options).run(start: start?.values, seconds: max(0.05, 0.8 * options.timeLimit - elapsed()),
                                        blockSeconds: max(0.1, 0.1 * options.timeLimit), stop: options.stop, progress: options.progress)
        return (outcome, structure.blocks.count)
    }

    /// A plan in which every team works in its own Zielbild, for the full search to start
    /// from when the first phase has not settled the model: with cross-Zielbild help ruled out
    /// the Zielbilder share only money, so `LagrangianDecomposition` plans them (for at most
    /// 10 % of the time limit). Such a plan keeps every rule of the full model and is often
    /// close to the best plan with help: on generated districts, seeds 2 and 3, the search
    /// then ends at 1,108.3 and 1,151.8 instead of 1,091.8 and 1,144.3 (optima 1,108.45 and
    /// 1,164.41); on seed 1 it ended at 1,182.4 instead of the optimum 1,189.1 (another
    /// search path). Nil when help is not allowed, the scenario does not fall apart without
    /// it, or no plan was found.
    private func planWithoutCrossHelp(_ planModel: PlanModel, start: WarmStart?, options: PlanningOptions, elapsed: () -> Double) -> [Double]? {
        let problem = planModel.problem
        guard scenario.policy.crossZielbild.allowed, options.stop?.isRequested != true else { return nil }
        var restricted = planModel.model
        var fixed = 0
        for (key, variable) in planModel.x where problem.teams[key.team].zielbild != problem.measures[key.measure].zielbild {
            restricted.setBounds(variable, lower: 0, upper: 0)
            fixed += 1
        }
        guard fixed > 0, let frozen = try? restricted.freeze(), let structure = Self.blocks(of: frozen, linkingRows: planModel.moneyRows) else { return nil }
        let seconds = min(0.1 * options.timeLimit, 0.5 * (options.timeLimit - elapsed()))
        guard seconds > 0.05 else { return nil }
        let fits = start.map { frozen.maximumViolation(at: $0.values) <= 1e-6 } ?? false
        return decomposition(frozen, structure: structure, options: options)
            .run(start: fits ? start?.values : nil, seconds: seconds, blockSeconds: max(0.1, 0.05 * options.timeLimit), stop: options.stop).values
    }

    /// The decomposition of `frozen` over `structure` with the planner's settings: blocks are
    /// district-size or smaller, so priorities without cuts prove them fastest.
    private func decomposition(_ frozen: MILPModel, structure: BlockStructure, options: PlanningOptions) -> LagrangianDecomposition {
        var blockOptions = options.solve(columns: frozen.columns.count / structure.blocks.count)
        blockOptions.cuts = []
        blockOptions.progress = nil
        var decomposition = LagrangianDecomposition(model: frozen, structure: structure, solver: solver, blockOptions: blockOptions)
        decomposition.tolerance = max(options.relativeGap, Self.provenGap)
        return decomposition
    }

    /// The model's blocks once the money rows are set aside, when decomposing pays: each
    /// round solves every block, so only when no block is most of the model (a Zielbild out
    /// of several, not the whole scenario beside a stray measure).
    static func moneyBlocks(_ planModel: PlanModel, frozen: MILPModel) -> BlockStructure? {
        guard !planModel.moneyRows.isEmpty else { return nil }
        return blocks(of: frozen, linkingRows: planModel.moneyRows)
    }

    /// The blocks over `linkingRows` when decomposing pays (see `moneyBlocks`).
    static func blocks(of frozen: MILPModel, linkingRows: [Int]) -> BlockStructure? {
        let structure = BlockStructure(model: frozen, linkingRows: Set(linkingRows))
        guard structure.blocks.count > 1, let largest = structure.blocks.map(\.count).max(),
              Double(largest) <= 0.6 * Double(frozen.columns.count) else { return nil }
        return structure
    }

    /// The full model's search, in two phases, from the better of the first plan and the plan
    /// `RelaxationNeighbourhood` builds from the LP relaxation (at most 5 % of the time limit).
    /// First the full model with the branching priorities of `PlanModel` and no cuts for 3 % of
    /// the time limit (at least a second): enough to prove district-size scenarios such as
    /// MYK10 (0.37 s end to end instead of 5.7 s with GLPK's own rule alone), and sequential, so
    /// such runs stay deterministic. If that does not settle it, the search goes on for the rest
    /// of the time from the best plan so far, with two rules racing side by side
    /// (`raceSearches`, on two cores): GLPK's hybrid pseudocost rule with cuts, and the
    /// priorities without cuts. Neither wins everywhere — on generated districts, seeds 1 and 3
    /// were proven only with the priorities (in 53 and 22 s), seeds 4 and 5 only with the hybrid
    /// rule (12 and 46 s); the race proved seeds 1, 3, 4, 5 in 45, 23, 8 and 42 s. The first
    /// phase's bound is kept when it is tighter. Between the phases, a plan without
    /// cross-Zielbild help (`planWithoutCrossHelp`) replaces the best plan when it is worth
    /// more; with `neighbourhoodSearch`, `NeighbourhoodSearch` improves the plan for up to 40 %
    /// of the time limit.
    /// Returns the result and the best verified first plan handed to the solver.
    private func searchFull(_ planModel: PlanModel, frozen: MILPModel, solveOptions: SolveOptions, start: WarmStart?,
                            options: PlanningOptions, elapsed: () -> Double) -> (SolveResult, WarmStart?) {
        var start = start
        if options.relaxationStart, options.stop?.isRequested != true {
            let values = RelaxationNeighbourhood(planModel: planModel, solver: solver, options: options.solve(columns: frozen.columns.count))
                .solve(seconds: 0.05 * options.timeLimit, stop: options.stop)
            start = better(values, than: start, model: planModel, frozen: frozen)
        }
        var first = solveOptions
        first.warmStart = start?.values
        // Bounded by nodes, so that whether it settles the model does not depend on the machine's
        // load (the result would otherwise differ among equally good plans from run to run); the
        // time share only guards against slow nodes on large models.
        first.nodeLimit = Self.firstPhaseNodes
        first.timeLimit = min(max(0.05, options.timeLimit - elapsed()), max(1, 0.12 * options.timeLimit))
        // Without cuts: with the priorities the tree is small (MYK10: 84 branchings) and GLPK's
        // cut rounds at every node cost more than they save (MYK10 0.59 s instead of 0.81 s).
        if options.solverOptions == nil { first.cuts = [] }
        let firstResult = solver.solve(frozen, options: first)
        guard firstResult.status == .timeLimitWithSolution || firstResult.status == .timeLimitWithoutSolution else { return (firstResult, start) }
        let remaining = options.timeLimit - elapsed()
        guard remaining > 0.5, options.stop?.isRequested != true else { return (firstResult, start) }
        var best = better(firstResult.hasSolution ? firstResult.values : nil, than: start, model: planModel, frozen: frozen)
        if options.decompose {
            best = better(planWithoutCrossHelp(planModel, start: best, options: options, elapsed: elapsed), than: best, model: planModel, frozen: frozen)
        }
        if options.neighbourhoodSearch, let values = best?.values {
            let improved = NeighbourhoodSearch(planModel: planModel, frozen: frozen, solver: solver, options: options.solve(columns: frozen.columns.count))
                .improve(values, seconds: min(0.4 * options.timeLimit, 0.5 * remaining), stop: options.stop)
            best = verifiedStart(improved.values, model: planModel) ?? best
        }
        var final = solveOptions
        final.warmStart = best?.values
        // GLPK checks the limit only between nodes, and a node of a large model takes a while
        // (region scale: 0.4 s past a 60 s limit): keep 1 % of the limit in reserve there.
        let reserve = frozen.columns.count > 5_000 ? 0.01 * options.timeLimit : 0
        final.timeLimit = max(0.05, options.timeLimit - elapsed() - reserve)
        final.usesBranchingPriorities = false
        var result: SolveResult
        let tightened = (try? planModel.withCompletionKnapsacks().freeze()) ?? frozen
        if options.raceSearches, options.solverOptions == nil, ProcessInfo.processInfo.activeProcessorCount >= 2 {
            var priorities = final
            priorities.usesBranchingPriorities = true
            priorities.cuts = []
            priorities.progress = nil
            result = SearchRace(solver: solver).solve(tightened, variants: [final, priorities])
        } else {
            result = solver.solve(tightened, options: final)
        }
        // Both searches' bounds hold for the same (maximised) model: keep the tighter.
        if let earlier = firstResult.bestBound, let bound = result.bestBound, earlier < bound, result.status != .optimal {
            result.bestBound = earlier
            if let objective = result.objective { result.gap = SolveResult.relativeGap(objective: objective, bound: earlier) }
        }
        return (result, best)
    }

    /// `values` as the best plan when they are worth more than `current` and the verifier
    /// accepts them; otherwise `current`.
    private func better(_ values: [Double]?, than current: WarmStart?, model: PlanModel, frozen: MILPModel) -> WarmStart? {
        guard let values, frozen.objectiveValue(at: values) > current.map({ frozen.objectiveValue(at: $0.values) }) ?? -.infinity,
              let found = verifiedStart(values, model: model) else { return current }
        return found
    }

    /// A solution of the plan model as a first plan, if the verifier accepts its assignments.
    private func verifiedStart(_ values: [Double], model: PlanModel) -> WarmStart? {
        let problem = model.problem
        let assignments = model.x.filter { values[$0.value.index] > 0.5 }.map { key, _ in
            Assignment(team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter], measure: problem.measures[key.measure].id)
        }.sorted()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(assignments, quarters: problem.quarters)
        return report.isValid ? WarmStart(assignments: assignments, report: report, values: values) : nil
    }

    /// The warm-start plan as the result when the solver found nothing better in time.
    private func fallback(_ start: WarmStart, result: SolveResult, model: PlanModel, frozen: MILPModel, seconds: Double,
                          options: PlanningOptions) -> Plan {
        let objective = frozen.objectiveValue(at: start.values)
        let bound = result.bestBound.map { max($0, objective) }
        return Plan(quarters: model.problem.quarters, assignments: start.assignments, proof: .stopped(options.stopReason), objective: objective,
                    bestBound: bound, gap: bound.map { SolveResult.relativeGap(objective: objective, bound: $0) }, solveSeconds: seconds,
                    nodes: result.nodes, variables: frozen.columns.count, constraints: frozen.rows.count, report: start.report)
    }

    /// The best first plan we can build quickly: the greedy plan or the given initial plan,
    /// whichever keeps every rule and is worth more.
    func warmStart(_ problem: PlanningProblem, model: PlanModel, options: PlanningOptions) -> WarmStart? {
        let verifier = PlanVerifier(scenario: scenario, scores: scores)
        let greedy = GreedyPlan(problem: problem).assignments()
        var candidates = [greedy]
        if let initial = options.initialPlan {
            let quarters = Set(problem.quarters)
            candidates.append(initial.filter { quarters.contains($0.quarter) }.sorted())
        }
        // The most valuable candidate that keeps every rule and maps onto the model (the
        // first of equals, so the planner's own plans win ties).
        let ranked = candidates.enumerated()
            .map { (index: $0.offset, assignments: $0.element, report: verifier.verify($0.element, quarters: problem.quarters)) }
            .filter { $0.report.isValid }
            .sorted { $0.report.value.total != $1.report.value.total ? $0.report.value.total > $1.report.value.total : $0.index < $1.index }
        for candidate in ranked {
            if let values = model.values(for: candidate.assignments, completions: candidate.report.completions) {
                return WarmStart(assignments: candidate.assignments, report: candidate.report, values: values)
            }
        }
        return nil
    }

    /// Money rules a plan breaks in exact cents, with the excess in euros.
    static func moneyExcess(_ report: PlanReport, scenario: Scenario) -> [(RelaxableRule, Double)] {
        var excess: [(RelaxableRule, Double)] = []
        for quarter in report.money {
            if let cap = quarter.cap, quarter.spending > cap { excess.append((.quarterBudget(quarter.quarter), (quarter.spending - cap).euros)) }
        }
        if let cap = scenario.budget.total, report.totalSpending > cap { excess.append((.totalBudget, (report.totalSpending - cap).euros)) }
        if let cap = scenario.budget.ownShareCap, report.totalOwnShare > cap { excess.append((.ownShareCap, (report.totalOwnShare - cap).euros)) }
        return excess
    }

    /// The MILP of a planning run, for export to LP/MPS files.
    public func model(_ options: PlanningOptions = .init()) -> MILPModel {
        let problem = PlanningProblem(scenario: scenario, scores: scores, quarters: options.quarters)
        return try! PlanModel(problem: problem).model.freeze()
    }

    /// Why open measures are not plannable at all (ineligible, prerequisite impossible).
    public func excludedMeasures() -> [String: Exclusion] {
        PlanningProblem(scenario: scenario, scores: scores).excluded
    }

    private func extract(_ result: SolveResult, model: PlanModel, frozen: MILPModel, options: PlanningOptions) -> Plan {
        let problem = model.problem
        var assignments: [Assignment] = []
        for (key, variable) in model.x where result.values[variable.index] > 0.5 {
            assignments.append(Assignment(team: problem.teams[key.team].id, quarter: problem.quarters[key.quarter],
                                          measure: problem.measures[key.measure].id))
        }
        assignments.sort()
        let report = PlanVerifier(scenario: scenario, scores: scores).verify(assignments, quarters: problem.quarters)
        guard case .found(let proof) = result.status.outcome(interrupted: options.stop?.isRequested == true) else {
            preconditionFailure("a plan is read only from a result with a solution")
        }
        return Plan(quarters: problem.quarters, assignments: assignments, proof: proof, objective: result.objective ?? 0,
                    bestBound: result.bestBound, gap: result.gap, solveSeconds: result.solveSeconds, nodes: result.nodes,
                    variables: frozen.columns.count, constraints: frozen.rows.count, report: report)
    }

    /// Re-solves with a penalised slack on every relaxable rule group, minimising first the
    /// number of rules relaxed, then the amounts, and reports them in domain terms. Rules that
    /// no slack can repair (a pinned assignment the rules forbid) are named as pins.
    private func diagnose(_ problem: PlanningProblem, options: PlanningOptions, firstAttempt: Double) -> Infeasibility {
        let model = PlanModel(problem: problem, diagnosis: true)
        let frozen = try! model.model.freeze()
        var solveOptions = options.solve(columns: frozen.columns.count)
        solveOptions.relativeGap = 0
        // The priorities serve the value objective; here the objective is the slacks, and
        // branching on completions first only delays finding any relaxed plan.
        solveOptions.usesBranchingPriorities = false
        let result = solver.solve(frozen, options: solveOptions)
        guard result.hasSolution else {
            return Infeasibility(relaxations: [], complete: false, solveSeconds: firstAttempt + result.solveSeconds)
        }
        var relaxations: [Relaxation] = []
        for slack in model.slacks {
            let amount = result.values[slack.variable.index] * slack.unit
            guard amount > 1e-6 || result.values[slack.indicator.index] > 0.5 else { continue }
            var obstacle: PinObstacle?
            if case .pin(let team, let quarter, let measure) = slack.rule {
                obstacle = Self.pinObstacle(team: team, quarter: quarter, measure: measure, problem: problem)
            }
            relaxations.append(Relaxation(rule: slack.rule, amount: amount, obstacle: obstacle))
        }
        return Infeasibility(relaxations: relaxations, complete: result.status == .optimal,
                             solveSeconds: firstAttempt + result.solveSeconds)
    }

    /// Why a pinned assignment is impossible, when a single rule explains it.
    static func pinObstacle(team id: String, quarter: Quarter, measure measureID: String, problem: PlanningProblem) -> PinObstacle {
        let scenario = problem.scenario
        guard let team = scenario.team(id), let measure = scenario.measure(measureID) else { return .unknownTeamOrMeasure }
        if let reason = problem.excluded[measureID] { return .excluded(measure: measureID, reason) }
        if !team.isAvailable(in: quarter) { return .teamUnavailable(team: id, quarter: quarter) }
        if !team.hasSkills(measure.requiredSkills) {
            return .missingSkills(team: id, skills: measure.requiredSkills.filter { !team.skills.contains($0) })
        }
        if team.zielbild != measure.zielbild && !scenario.policy.crossZielbild.allowed { return .crossZielbildNotAllowed }
        if let start = measure.earliestStart, quarter < start { return .beforeEarliestStart(measure: measureID, start: start) }
        if let deadline = measure.deadline, quarter > Quarter(containing: deadline) {
            return .pastDeadline(measure: measureID, deadline: deadline)
        }
        if !measure.prerequisites.isEmpty { return .prerequisitesNotInTime(prerequisites: measure.prerequisites, quarter: quarter) }
        return .conflictsWithOtherRules
    }
}
