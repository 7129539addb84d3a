import Foundation
import MILP
import PlanCheck
import Scoring
import SprintModel

extension Planner {
    var schedule: SearchSchedule { .standard }

    /// The search for one model: first, when the Zielbilder share only money, the
    /// decomposition (`priceMoney`), which may settle the model on its own; then the full
    /// model's search (`searchFull`) from the best plan so far, keeping the tighter bound.
    /// Returns the result and the best verified first plan handed to the solver.
    func search(
        _ planModel: PlanModel, frozen: MILPModel, solveOptions: SolveOptions, start: WarmStart?,
        options: PlanningOptions, elapsed: () -> Double
    ) -> (SolveResult, WarmStart?, DecompositionSummary?) {
        guard solveOptions.timeLimit != nil else { return (solver.solve(frozen, options: solveOptions), start, nil) }
        var start = start
        var pricedBound: Double?, summary: DecompositionSummary?
        if options.decompose, options.searchNodes == nil,
            let (outcome, blocks) = priceMoney(
                planModel, frozen: frozen, start: start, options: options, elapsed: elapsed)
        {
            pricedBound = outcome.bound
            summary = DecompositionSummary(blocks: blocks, rounds: outcome.rounds, bound: outcome.bound)
            start = better(outcome.values, than: start, model: planModel, frozen: frozen)
            if let gap = outcome.gap, gap <= max(options.relativeGap, schedule.provenGap), let start,
                abs(frozen.objectiveValue(at: start.values) - outcome.objective!) <= 1e-9
                    * max(1, abs(outcome.objective!))
            {
                let result = SolveResult(
                    status: gap <= schedule.provenGap ? .optimal : .gapReached, objective: outcome.objective,
                    bestBound: outcome.bound, gap: gap, values: start.values, solveSeconds: elapsed())
                return (result, start, summary)
            }
        }
        var (result, best) = searchFull(
            planModel, frozen: frozen, solveOptions: solveOptions, start: start, options: options, elapsed: elapsed)
        // The decomposition's bound holds for the same (maximised) model: keep the tighter.
        if let priced = pricedBound, priced < result.bestBound ?? .infinity, result.status != .optimal {
            result.bestBound = priced
            if let objective = result.objective {
                result.gap = SolveResult.relativeGap(objective: objective, bound: priced)
            }
        }
        return (result, best, summary)
    }

    /// Phase 1 (see `SearchSchedule`): when only the money rows link the Zielbilder (no
    /// cross-Zielbild help, no prerequisite or Lösung across them), `LagrangianDecomposition`
    /// over those rows — each Zielbild solved on its own with money priced. Its bound is usually
    /// far tighter than the full model's and its plan combines the Zielbilder's own plans within
    /// the shared caps. Nil when the model does not decompose.
    func priceMoney(
        _ planModel: PlanModel, frozen: MILPModel, start: WarmStart?, options: PlanningOptions,
        elapsed: () -> Double
    ) -> (LagrangianDecomposition.Outcome, blocks: Int)? {
        guard options.stop?.isRequested != true, let structure = Self.moneyBlocks(planModel, frozen: frozen) else {
            return nil
        }
        let outcome = decomposition(frozen, structure: structure, options: options).run(
            start: start?.values, seconds: max(0.05, schedule.decompositionShare * options.timeLimit - elapsed()),
            blockSeconds: max(0.1, schedule.decompositionBlockShare * options.timeLimit), stop: options.stop,
            progress: options.progress)
        return (outcome, structure.blocks.count)
    }

    /// Phase 4: a plan in which every team works in its own Zielbild, for the last phase to
    /// start from — with help ruled out the Zielbilder share only money, so the decomposition
    /// plans them. Such a plan keeps every rule of the full model and is often close to the best
    /// plan with help. Nil when help is not allowed, the scenario does not fall apart without
    /// it, or no plan was found.
    func planWithoutCrossHelp(
        _ planModel: PlanModel, start: WarmStart?, options: PlanningOptions, elapsed: () -> Double
    ) -> [Double]? {
        let problem = planModel.problem
        guard scenario.policy.crossZielbild.allowed, options.stop?.isRequested != true else { return nil }
        var restricted = planModel.model
        var fixed = 0
        for (key, variable) in planModel.x
        where problem.teams[key.team].zielbild != problem.measures[key.measure].zielbild {
            restricted.setBounds(variable, lower: 0, upper: 0)
            fixed += 1
        }
        guard fixed > 0, let frozen = try? restricted.freeze(),
            let structure = Self.blocks(of: frozen, linkingRows: planModel.moneyRows)
        else { return nil }
        let seconds = min(schedule.noHelpShare * options.timeLimit, 0.5 * (options.timeLimit - elapsed()))
        guard seconds > 0.05 else { return nil }
        let fits = start.map { frozen.maximumViolation(at: $0.values) <= 1e-6 } ?? false
        return decomposition(frozen, structure: structure, options: options)
            .run(
                start: fits ? start?.values : nil, seconds: seconds,
                blockSeconds: max(0.1, schedule.noHelpBlockShare * options.timeLimit), stop: options.stop
            ).values
    }

    /// The decomposition of `frozen` over `structure` with the planner's settings: blocks are
    /// district-size or smaller, so priorities without cuts prove them fastest.
    func decomposition(
        _ frozen: MILPModel, structure: BlockStructure, options: PlanningOptions
    ) -> LagrangianDecomposition {
        var blockOptions = options.solve(columns: frozen.columns.count / structure.blocks.count)
        blockOptions.cuts = []
        blockOptions.progress = nil
        var decomposition = LagrangianDecomposition(
            model: frozen, structure: structure, solver: solver, blockOptions: blockOptions)
        decomposition.tolerance = max(options.relativeGap, schedule.provenGap)
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
            Double(largest) <= 0.6 * Double(frozen.columns.count)
        else { return nil }
        return structure
    }

    /// Phases 2, 3, 5 and 6: from the better of the first plan and the plan
    /// `RelaxationNeighbourhood` builds from the LP relaxation, the full model with the branching
    /// priorities of `PlanModel` and no cuts, bounded by nodes (enough to prove district-size
    /// scenarios such as MYK10, sequentially, so such runs are reproducible). If that does not
    /// settle it, the search goes on for the rest of the time from the best plan so far (the
    /// plan without cross-Zielbild help when it is worth more; optionally improved by
    /// `NeighbourhoodSearch`), with two rules racing side by side on two cores: GLPK's hybrid
    /// pseudocost rule with cuts, and the priorities without cuts — neither wins on every
    /// instance. The tighter of the phases' bounds is kept.
    /// Returns the result and the best verified first plan handed to the solver.
    func searchFull(
        _ planModel: PlanModel, frozen: MILPModel, solveOptions: SolveOptions, start: WarmStart?,
        options: PlanningOptions, elapsed: () -> Double
    ) -> (SolveResult, WarmStart?) {
        var start = start
        // The relaxation start builds and freezes the model twice more: on a large model
        // with little time left it would eat the search's time (40 quarters: 1.7 s of 5 s).
        let affordable = elapsed() + 2 * options.buildSeconds < 0.1 * options.timeLimit
        // When the search is bounded by nodes, so is this part (by the same number; its time
        // share would make the answer depend on the machine's load).
        if options.relaxationStart, options.stop?.isRequested != true, affordable || options.searchNodes != nil {
            let values = RelaxationNeighbourhood(
                planModel: planModel, solver: solver, options: options.solve(columns: frozen.columns.count)
            )
            .solve(
                seconds: options.searchNodes == nil
                    ? schedule.relaxationStartShare * options.timeLimit : options.timeLimit - elapsed(),
                nodes: options.searchNodes, around: options.initialPlan == nil ? nil : start?.values, stop: options.stop
            )
            start = better(values, than: start, model: planModel, frozen: frozen)
        }
        var first = solveOptions
        first.warmStart = start?.values
        // Bounded by nodes, so that whether it settles the model does not depend on the machine's
        // load (the result would otherwise differ among equally good plans from run to run); the
        // time share only guards against slow nodes on large models.
        first.nodeLimit = options.searchNodes ?? schedule.firstPhaseNodes
        first.timeLimit = max(0.05, options.timeLimit - elapsed() - options.reserve)
        if options.searchNodes == nil {
            first.timeLimit = min(
                first.timeLimit!, max(schedule.firstPhaseMinimum, schedule.firstPhaseShare * options.timeLimit))
        }
        // Without cuts: with the priorities the tree is small (MYK10: 84 branchings) and GLPK's
        // cut rounds at every node cost more than they save (MYK10 0.59 s instead of 0.81 s).
        if options.solverOptions == nil { first.cuts = [] }
        let firstResult = solver.solve(frozen, options: first)
        guard firstResult.status == .timeLimitWithSolution || firstResult.status == .timeLimitWithoutSolution,
            options.searchNodes == nil
        else {
            return (firstResult, start)
        }
        let remaining = options.timeLimit - elapsed()
        // Each step below rebuilds or re-freezes the model at least once.
        guard remaining > schedule.lastPhaseMinimum + 3 * options.buildSeconds, options.stop?.isRequested != true else {
            return (firstResult, start)
        }
        var best = better(
            firstResult.hasSolution ? firstResult.values : nil, than: start, model: planModel, frozen: frozen)
        if options.decompose {
            best = better(
                planWithoutCrossHelp(planModel, start: best, options: options, elapsed: elapsed), than: best,
                model: planModel, frozen: frozen)
        }
        if options.neighbourhoodSearch, let values = best?.values {
            let improved = NeighbourhoodSearch(
                planModel: planModel, frozen: frozen, solver: solver,
                options: options.solve(columns: frozen.columns.count)
            )
            .improve(
                values, seconds: min(schedule.neighbourhoodShare * options.timeLimit, 0.5 * remaining),
                stop: options.stop)
            best = verifiedStart(improved.values, model: planModel) ?? best
        }
        // Frozen before the clock is read for the final limit: at 40 quarters this takes a second.
        let tightened = (try? planModel.withCompletionKnapsacks().freeze()) ?? frozen
        var final = solveOptions
        final.warmStart = best?.values
        let reserve = frozen.columns.count > schedule.reserveColumns ? schedule.reserveShare * options.timeLimit : 0
        final.timeLimit = max(0.05, options.timeLimit - elapsed() - reserve - options.reserve)
        final.usesBranchingPriorities = false
        var result: SolveResult
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
        if let earlier = firstResult.bestBound, let bound = result.bestBound, earlier < bound, result.status != .optimal
        {
            result.bestBound = earlier
            if let objective = result.objective {
                result.gap = SolveResult.relativeGap(objective: objective, bound: earlier)
            }
        }
        return (result, best)
    }
}
