import MILP

extension PortfolioSelection {
    /// Solves `model` after reduced-cost fixing against a known feasible incumbent: first the
    /// LP relaxation, then every binary column whose reduced cost proves that it has one value in
    /// all solutions better than the incumbent is fixed there (`RootRelaxation.fixedColumns`),
    /// and the search starts from the relaxation's basis with the incumbent as its first
    /// solution. With `integral` objectives (whole coefficients on integer columns) the next
    /// better objective is a whole unit away, which fixes more.
    ///
    /// Why: on release-planning shapes most columns sit far from the LP's margin; fixing them
    /// leaves GLPK a much smaller tree (classic-4 at 70 %: 615 of 1,936 columns in the
    /// least-cost solve). No optimum is lost: every solution better than the incumbent keeps
    /// its values, and when none is left the incumbent is proven optimal.
    ///
    /// `incumbents` proposes feasible solutions, given the relaxation's values (nil when the
    /// LP did not solve); the best of them is the incumbent. `options.startingBasis`, when
    /// given, is where the relaxation starts (the search starts from the relaxation's own).
    func solveFixing(
        _ model: MILPModel, integral: Bool, options: SolveOptions,
        incumbents: (_ relaxation: [Double]?) -> [[Double]]
    ) -> (result: SolveResult, fixed: Int) {
        let clock = ContinuousClock()
        let start = clock.now
        var options = options
        // One limit for the relaxation and the search after it.
        if let limit = options.timeLimit {
            let own = start + .seconds(limit)
            options.deadline = min(options.deadline ?? own, own)
        }
        var relaxationOptions = SolveOptions(timeLimit: options.timeLimit)
        relaxationOptions.deadline = options.deadline
        relaxationOptions.stop = options.stop
        relaxationOptions.startingBasis = options.startingBasis
        let relaxation = solver.solve(model.relaxed(), options: relaxationOptions)
        let proposed = incumbents(relaxation.root == nil ? nil : relaxation.values).filter {
            $0.count == model.columns.count && model.maximumViolation(at: $0) <= 1e-6
        }
        let incumbent = proposed.max {
            model.sense.improves(model.objectiveValue(at: $1), on: model.objectiveValue(at: $0))
        }
        guard let root = relaxation.root, let incumbent else {
            var fallback = options
            fallback.warmStart = incumbent ?? options.warmStart
            return (solver.solve(model, options: fallback), 0)
        }
        var found = search(model, root: root, incumbent: incumbent, step: integral ? 1 : 0, options: options)
        found.result.root = root
        found.result.solveSeconds = (clock.now - start).inSeconds
        return found
    }

    /// The search proper, after fixing against `incumbent`; `step` is the least improvement.
    private func search(
        _ model: MILPModel, root: RootRelaxation, incumbent: [Double], step: Double, options: SolveOptions
    ) -> (result: SolveResult, fixed: Int) {
        let sense = model.sense
        let known = model.objectiveValue(at: incumbent)
        let target = sense == .maximize ? known + step : known - step
        // Nothing reaches the target: the incumbent is optimal.
        guard let fixed = root.fixedColumns(reaching: target, in: model) else {
            return (Self.proven(incumbent, known), model.columns.count)
        }
        var searchOptions = options
        searchOptions.warmStart = incumbent
        searchOptions.startingBasis = root.basis
        // The race counts a solution proven when no better one can exist: with whole-number
        // objectives a bound less than half a unit above it; otherwise GLPK's own tolerance.
        let provenGap = step > 0 ? min(1e-6, 0.5 * step / max(1, abs(known))) : 1e-7
        var result = soloThenRace(model.fixing(fixed), options: searchOptions, provenGap: provenGap)
        switch result.status {
        case .infeasible:
            // Nothing better than the incumbent exists (the original model has it).
            result = Self.proven(incumbent, known)
        case .timeLimitWithoutSolution:
            result = SolveResult(
                status: .timeLimitWithSolution, objective: known, bestBound: root.objective,
                gap: SolveResult.relativeGap(objective: known, bound: root.objective), values: incumbent)
        default:
            // GLPK takes the incumbent only at its first heuristic point; a search that ended
            // before (an integral root) may report a worse solution of the fixed model.
            if result.hasSolution, let objective = result.objective, sense.improves(known, on: objective) {
                result.values = incumbent
                result.objective = known
                result.bestBound = result.bestBound.map { sense == .maximize ? max($0, known) : min($0, known) }
                result.gap = result.bestBound.map { SolveResult.relativeGap(objective: known, bound: $0) }
            }
        }
        return (result, fixed.count)
    }

    /// The search with `options`, joined by a second one with most-fractional branching (or
    /// Driebeck-Tomlin when `options` branch on the most fractional column already; one per core,
    /// sharing solutions and bounds: `SearchRace`) once it has explored `soloNodes` nodes
    /// without settling the model.
    ///
    /// Why: neither rule wins everywhere. On the release-planning shapes, Driebeck-Tomlin with
    /// cuts proves most cases fastest, but classic-2 at 30 % only falls to most-fractional
    /// branching (proven in 6.2 s; unproven after 10 s with Driebeck-Tomlin), while
    /// most-fractional needs 3.9 s on realistic-e at 50 % where Driebeck-Tomlin needs 1.6 s.
    /// With two cores the race costs no wall time. The late start keeps every model that one
    /// search settles within `soloNodes` nodes free of timing: its answer is the same on every
    /// run; only a longer search can end with another of several equally good selections.
    func soloThenRace(_ model: MILPModel, options: SolveOptions, provenGap: Double) -> SolveResult {
        guard raceSearches else { return solver.solve(model, options: options) }
        var other = options
        other.branching = options.branching == .mostFractional ? .driebeckTomlin : .mostFractional
        other.progress = nil
        // `provenGap` from the caller: 10⁻⁶ of a value scaled to whole numbers, or of a cost in
        // cents, can be more than one unit.
        return SearchRace(solver: solver).solve(
            model, variants: [options, other], othersAfterNodes: Self.soloNodes, provenGap: provenGap)
    }

    /// Nodes the first search has to itself before the second joins (at most a few tenths of a
    /// second on the release-planning shapes).
    static let soloNodes = 200

    private static func proven(_ incumbent: [Double], _ objective: Double) -> SolveResult {
        SolveResult(status: .optimal, objective: objective, bestBound: objective, gap: 0, values: incumbent)
    }
}
