import Dispatch
import Synchronization

/// Lagrangian decomposition of a MILP whose blocks (see `BlockStructure`) only the linking
/// rows connect — a sprint plan whose Zielbilder share nothing but the money caps.
///
/// Each round prices the linking rows, solves every block on its own with the prices in its
/// objective (blocks in parallel), and
/// - adds up the blocks' bounds to a bound on the whole model (the Lagrangian dual: valid for
///   any prices, usually far tighter than the LP relaxation, since each block keeps its
///   integrality);
/// - keeps each block's solutions and picks one per block by a small MIP so that the linking
///   rows hold (the blocks' other rows hold by construction), which gives feasible points of
///   the whole model — starting from the pieces of a given feasible start, so the result is
///   never worse than it;
/// - moves the prices by a projected subgradient step towards the rows' slack (Polyak's step,
///   with the best feasible value as target).
public struct LagrangianDecomposition: Sendable {
    public let model: MILPModel
    public let structure: BlockStructure
    public let solver: any MILPSolver
    /// Settings for each block's and the selection's solve; time limit, warm start, stop and
    /// gap are set per solve.
    public var blockOptions: SolveOptions
    /// Stop once bound and best point are this close (relative, like `SolveOptions.relativeGap`).
    public var tolerance = 1e-6

    public init(
        model: MILPModel, structure: BlockStructure, solver: any MILPSolver, blockOptions: SolveOptions = SolveOptions()
    ) {
        self.model = model
        self.structure = structure
        self.solver = solver
        self.blockOptions = blockOptions
    }

    /// What the decomposition found.
    public struct Outcome: Sendable {
        /// Proven bound on the model's optimum (≥ it when maximising), nil when some block
        /// ended without a bound or is infeasible.
        public var bound: Double?
        /// The best feasible point found (or the start), nil if none.
        public var values: [Double]?
        public var objective: Double?
        public var rounds: Int
        /// Price of each linking row at the best bound (what one unit more of its right-hand
        /// side is worth, in objective units), in `structure.linkingRows` order.
        public var prices: [Double]

        /// Relative gap between bound and best point, as `SolveResult.gap`.
        public var gap: Double? {
            guard let bound, let objective else { return nil }
            return SolveResult.relativeGap(objective: objective, bound: bound)
        }
    }

    /// One block's solution: its column values, objective part and linking-row activities.
    struct Piece: Hashable {
        var values: [Double]
        var value: Double
        var activity: [Double]
    }

    /// Runs rounds for at most `seconds` (each block solve at most `blockSeconds`) from an
    /// optional feasible `start`; `progress` gets the best point and bound after each round.
    public func run(
        start: [Double]? = nil, seconds: Double, blockSeconds: Double? = nil, stop: StopRequest? = nil,
        progress: SolveProgress? = nil
    ) -> Outcome {
        let clock = ContinuousClock(), begin = clock.now
        func remaining() -> Double {
            seconds - (clock.now - begin).inSeconds
        }
        // Every solve of the run ends with it: blocks queued behind others (more blocks than
        // cores, or a batch around the plan) would otherwise each start their limit late.
        let end = begin.advanced(by: .seconds(seconds))
        var blockOptions = self.blockOptions
        blockOptions.deadline = blockOptions.deadline.map { min($0, end) } ?? end
        let sign = model.sense == .maximize ? 1.0 : -1.0
        let linking = structure.linkingRows.map { model.rows[$0] }
        let problem = Problem(model: model, structure: structure)
        var up = [Double](repeating: 0, count: linking.count), down = up
        var pools = [[Piece]](repeating: [], count: structure.blocks.count)
        var best: (value: Double, values: [Double], choice: [Int])?
        if let start, start.count == model.columns.count, model.maximumViolation(at: start) <= 1e-6 {
            var choice: [Int] = []
            for block in structure.blocks.indices {
                pools[block].append(problem.piece(of: start, block: block, sign: sign))
                choice.append(0)
            }
            best = (sign * model.objectiveValue(at: start), start, choice)
        }
        var bestBound = Double.infinity, bestUp = up, bestDown = down
        var radius = 1.0, rounds = 0
        var cuttingPlane = false, onEdge = false
        var previous = [[Double]?](repeating: nil, count: structure.blocks.count)
        let infeasible = structure.emptyRows.contains { row in
            (model.rows[row].lower ?? -.infinity) > 1e-9 || (model.rows[row].upper ?? .infinity) < -1e-9
        }
        while !infeasible, remaining() > 0, stop?.isRequested != true {
            rounds += 1
            let prices = zip(up, down).map { $0 - $1 }
            let models = problem.blockModels(prices: prices, sign: sign)
            var options = blockOptions
            options.stop = stop
            options.relativeGap = 0
            options.timeLimit = max(0.05, min(remaining(), blockSeconds ?? remaining()))
            let results = Self.solveAll(models, warmStarts: previous, options: options, solver: solver)
            if results.contains(where: { $0.status == .infeasible }) {
                return Outcome(bound: nil, values: nil, objective: nil, rounds: rounds, prices: [])
            }
            var bound: Double? = sign * model.objectiveConstant
            for (k, row) in linking.enumerated() { bound! += up[k] * (row.upper ?? 0) - down[k] * (row.lower ?? 0) }
            var activity = [Double](repeating: 0, count: linking.count)
            var complete = true, learned = false
            for (block, result) in results.enumerated() {
                if let blockBound = result.bestBound ?? (result.status == .optimal ? result.objective : nil) {
                    bound? += blockBound
                } else {
                    bound = nil
                }
                guard result.hasSolution else {
                    complete = false
                    continue
                }
                previous[block] = result.values
                let piece = problem.piece(local: result.values, block: block, sign: sign)
                if !pools[block].contains(piece) {
                    pools[block].append(piece)
                    learned = true
                }
                for k in activity.indices { activity[k] += piece.activity[k] }
            }
            let serious = bound.map { $0 < bestBound - 1e-9 * max(1, abs($0)) } ?? false
            if serious, let bound {
                bestBound = bound
                (bestUp, bestDown) = (up, down)
            }
            if pools.allSatisfy({ !$0.isEmpty }), remaining() > 0, stop?.isRequested != true,
                let chosen = Self.select(
                    pools, linking: linking, objectiveConstant: sign * model.objectiveConstant, incumbent: best?.choice,
                    seconds: min(2, max(0.05, remaining())), solver: solver, options: blockOptions, stop: stop),
                chosen.value > (best?.value ?? -.infinity) + 1e-9 * max(1, abs(chosen.value))
            {
                let values = problem.assemble(chosen.choice.enumerated().map { pools[$0.offset][$0.element].values })
                if model.maximumViolation(at: values) <= 1e-6 { best = (chosen.value, values, chosen.choice) }
            }
            progress?.update(
                incumbent: best.map { sign * $0.value }, bound: bestBound.isFinite ? sign * bestBound : nil, nodes: 0)
            if let value = best?.value, bestBound - value <= tolerance * max(1e-9, abs(value)) { break }
            // No new piece after a cutting-plane step: the pools describe the dual function
            // exactly at these prices, which minimise it within the trust region — and, unless
            // they lie on its edge, everywhere: the dual is solved.
            if !learned && cuttingPlane && !onEdge { break }
            guard complete, remaining() > 0 else { break }
            if rounds == 1 {
                // No model of the dual function yet: a subgradient step sets the prices' scale.
                guard
                    let next = Self.subgradientStep(
                        up: up, down: down, activity: activity, linking: linking,
                        current: bound ?? bestBound, target: best?.value)
                else { break }
                (up, down) = next
                cuttingPlane = false
            } else {
                if !learned {
                    radius = min(1e3, 2 * radius)  // the minimum lies beyond the region's edge
                } else {
                    radius = serious ? min(4, max(radius, 2 * radius)) : radius / 2
                }
                guard radius >= 1e-3,
                    let next = Self.cuttingPlaneStep(
                        pools: pools, linking: linking, center: (bestUp, bestDown), radius: radius,
                        last: (up, down), solver: solver, options: blockOptions)
                else { break }
                (up, down, onEdge) = next
                cuttingPlane = true
            }
        }
        return Outcome(
            bound: bestBound.isFinite ? sign * bestBound : nil, values: best?.values,
            objective: best.map { sign * $0.value }, rounds: rounds, prices: zip(bestUp, bestDown).map { $0 - $1 })
    }

    /// Solves the blocks concurrently (GLPK keeps per-thread state), each from its last solution.
    /// Once a stop is requested the blocks not yet started are skipped (a round has dozens of
    /// blocks at region scale): each counts as stopped before its search.
    static func solveAll(
        _ models: [MILPModel], warmStarts: [[Double]?], options: SolveOptions, solver: any MILPSolver
    ) -> [SolveResult] {
        let results = Mutex([SolveResult?](repeating: nil, count: models.count))
        DispatchQueue.concurrentPerform(iterations: models.count) { block in
            if options.stop?.isRequested == true {
                results.withLock { $0[block] = SolveResult(status: .timeLimitWithoutSolution) }
                return
            }
            var blockOptions = options
            blockOptions.warmStart = warmStarts[block]
            let result = solver.solve(models[block], options: blockOptions)
            results.withLock { $0[block] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// One piece per block such that the linking rows hold, with the largest total value.
    static func select(
        _ pools: [[Piece]], linking: [MILPModel.Row], objectiveConstant: Double, incumbent: [Int]?,
        seconds: Double, solver: any MILPSolver, options: SolveOptions, stop: StopRequest?
    ) -> (value: Double, choice: [Int])? {
        var selection = Model(name: "selection")
        let y = pools.map { pool in pool.map { _ in selection.addBinary() } }
        for block in pools.indices { selection.add(LinearExpression.sum(y[block]) == 1) }
        for (k, row) in linking.enumerated() {
            var expression = LinearExpression()
            for block in pools.indices {
                for (index, piece) in pools[block].enumerated() where piece.activity[k] != 0 {
                    expression.add(y[block][index], piece.activity[k])
                }
            }
            selection.add(LinearConstraint(expression, lower: row.lower, upper: row.upper))
        }
        var objective = LinearExpression(constant: objectiveConstant)
        for block in pools.indices {
            for (index, piece) in pools[block].enumerated() { objective.add(y[block][index], piece.value) }
        }
        selection.maximize(objective)
        guard let frozen = try? selection.freeze() else { return nil }
        var selectOptions = options
        selectOptions.timeLimit = seconds
        selectOptions.relativeGap = 0
        selectOptions.stop = stop
        if let incumbent {
            var start = [Double](repeating: 0, count: frozen.columns.count)
            for (block, index) in incumbent.enumerated() { start[y[block][index].index] = 1 }
            selectOptions.warmStart = start
        } else {
            selectOptions.warmStart = nil
        }
        let result = solver.solve(frozen, options: selectOptions)
        guard result.hasSolution, let value = result.objective else { return nil }
        let choice = y.map { row in row.firstIndex { result.values[$0.index] > 0.5 } ?? 0 }
        return (value, choice)
    }
}
