import Foundation
import MILP
import PlanCheck
import Scoring
import SprintModel

/// Which measures and Lösungen to fund at all with the remaining money, without the team and
/// quarter detail: a knapsack with prerequisites and bundle values. No team, quarter or
/// progress variable is built: the question is a plain portfolio.
///
/// Model: y_m ∈ {0,1} per open eligible measure (running measures too: they still cost their
/// remaining cost); b_L ∈ {0,1} per Lösung with b_L ≤ y_m for its open members (done members
/// count as funded; a member that cannot be funded rules the bundle out). A measure shared by
/// several Lösungen is one y_m, so its money is spent once and it counts for each of them.
/// y_B ≤ y_A for every prerequisite A that is still open (B is ruled out when A is dropped or
/// ineligible); Σ remaining cost · y ≤ total budget; Σ own share · y ≤ own-share cap.
///
/// Lexicographic objective, in two solves: first the most value, Σ value_m · y_m +
/// Σ bundleValue_L · b_L, with every coefficient scaled to a whole number where the values
/// allow it (`IntegralScale`) so GLPK rounds its bound down and the proof closes; then, with the
/// value held at that optimum, the least cost in whole cents. A measure worth nothing by
/// itself is funded only when a Lösung it belongs to is complete or a funded measure needs it
/// (a dominance rule that keeps the optimum and removes most of the branching); measures worth
/// nothing that the same Lösungen and measures need share one column, and one needed by a single
/// Lösung or measure is that one's column (`neededBy(sources:)`).
/// Both solves fix columns by reduced costs first (`solveFixing`): against the best greedy start
/// (value per euro, or guided by the LP) for the value, against the value's selection for the cost.
/// Value is score × valueScale; with no criteria every score is 0 and only bundles count.
public struct PortfolioSelection: Sendable {
    public let scenario: Scenario
    public let scores: ScoreSheet
    public let solver: any MILPSolver
    /// Whether a search that one branching rule does not settle within `soloNodes` goes on as
    /// a race of two rules, one per core (see `soloThenRace`). Off: one search, whose answer
    /// depends on timing only when the time limit strikes.
    public var raceSearches = ProcessInfo.processInfo.activeProcessorCount >= 2

    public init(scenario: Scenario, scores: ScoreSheet, solver: any MILPSolver) {
        self.scenario = scenario
        self.scores = scores
        self.solver = solver
    }

    /// The selection, its proof status and the verifier's account of it.
    public struct Result: Sendable {
        /// Whether the value is proven the most the money buys.
        public var status: SearchOutcome
        /// Value points of the selection (measures and complete Lösungen) by the model; the
        /// verifier's `check.value` recomputes it.
        public var objective: Double?
        /// The solver's proven upper bound on the value.
        public var bestBound: Double?
        public var gap: Double?
        /// Whether, among selections of this value, the cost is proven the least.
        public var leastCost: Bool
        public var solveSeconds: Double
        /// Funded measures, in file order.
        public var measures: [String]
        /// Lösungen complete when the funded measures are done.
        public var bundles: [String]
        public var cost: Money
        public var ownShare: Money
        /// Open measures that cannot be funded at all, with the reason.
        public var excluded: [String: Exclusion]
        public var variables: Int
        public var constraints: Int
        /// Seconds of the first solve (the most value) and of the second (the least cost; 0 when
        /// it did not run).
        public var valueSeconds = 0.0
        public var costSeconds = 0.0
        /// Columns fixed by reduced costs before each search (`solveFixing`), for benchmarks.
        public var valueFixedColumns = 0
        public var costFixedColumns = 0
        /// The independent check of the selection (`SelectionVerifier`); nil without one.
        public var check: SelectionReport?
    }

    struct Candidate {
        let measure: Measure
        let value: Double
        let cost: Money
        let own: Money
    }

    /// The built model before an objective is set, with the keys to read a selection back.
    struct Built {
        var model: Model
        let y: [Variable]
        let candidates: [Candidate]
        let bundles: [(id: String, variable: Variable)]
        let excluded: [String: Exclusion]
        /// The value objective, scaled by `scale.factor`.
        let value: LinearExpression
        let scale: IntegralScale
        /// The remaining costs in whole units of the costs' common divisor (`WholeNumberKnapsack`),
        /// so a cheaper selection costs at least one unit less.
        let cost: LinearExpression
    }

    func candidates() -> (candidates: [Candidate], excluded: [String: Exclusion]) {
        let problem = PlanningProblem(scenario: scenario, scores: scores)
        let rate = scenario.programme.fundingRate
        let list = problem.measures.map { measure -> Candidate in
            let cost = measure.remainingCost
            return Candidate(
                measure: measure, value: problem.values[measure.id] ?? 0, cost: cost,
                own: measure.ownShare(of: cost, fundingRate: rate))
        }
        return (list, problem.excluded)
    }

    /// The first solve's model: the most value (scaled to whole numbers where possible).
    public func model() -> MILPModel {
        var built = build()
        built.model.maximize(built.value)
        return try! built.model.freeze()
    }

    func build() -> Built {
        let (candidates, excluded) = candidates()
        var model = Model(name: "portfolio")
        let index = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1.measure.id, $0) })
        // The Lösungen that can complete, with their open members.
        let done = Set(scenario.measures.filter { $0.status == .done }.map(\.id))
        var possible: [(solution: Solution, members: [Int])] = []
        for solution in scenario.solutions where solution.bundleValue > 0 {
            var members: [Int] = []
            var complete = true
            for id in solution.measures where !done.contains(id) {
                guard let i = index[id] else {
                    complete = false
                    break
                }
                if !members.contains(i) { members.append(i) }
            }
            guard complete else { continue }
            possible.append((solution, members))
        }
        let bundles = possible.map { item -> (id: String, variable: Variable) in
            let variable = model.addBinary(name: "bundle_\(item.solution.id)")  // branching on a whole Lösung at once
            return (item.solution.id, variable)
        }
        // Columns: one per measure with a value of its own; measures worth nothing by themselves
        // share one column per set of value sources that need them (`neededBy(sources:)`), and
        // one needed by a single source is that source's column (Lösungen of private
        // requirements and their private prerequisite chains shrink to one column).
        let prerequisiteIndices = candidates.map { Set($0.measure.prerequisites).compactMap { index[$0] }.sorted() }
        let users = Self.neededBy(
            sources: possible.map(\.members), values: candidates.map(\.value), prerequisites: prerequisiteIndices)
        var columnOf: [Variable?] = Array(repeating: nil, count: candidates.count)
        for (i, candidate) in candidates.enumerated() where candidate.value > 0 {
            columnOf[i] = model.addBinary(name: "fund_\(candidate.measure.id)")
        }
        var shared: [[Int]: Variable] = [:]
        var firstMember: [Variable: String] = [:]  // names the dominance row
        for (i, candidate) in candidates.enumerated() where candidate.value <= 0 {
            let key = users[i]
            if key.count == 1 {
                columnOf[i] = key[0] < bundles.count ? bundles[key[0]].variable : columnOf[key[0] - bundles.count]
            } else if let column = shared[key] {
                columnOf[i] = column
            } else {
                let column = model.addBinary(name: "fund_\(candidate.measure.id)")
                // Needed by no source: never worth funding.
                if key.isEmpty { model.setBounds(column, lower: 0, upper: 0) }
                shared[key] = column
                firstMember[column] = candidate.measure.id
                columnOf[i] = column
            }
        }
        let y = columnOf.map { $0! }
        var linked = Set<[Int]>()  // (dependent, prerequisite) column pairs already tied
        for (i, candidate) in candidates.enumerated() {
            for a in prerequisiteIndices[i] where y[i] != y[a] && linked.insert([y[i].index, y[a].index]).inserted {
                model.add(
                    LinearExpression(y[i]) <= LinearExpression(y[a]),
                    name: "needs_\(candidates[a].measure.id)_\(candidate.measure.id)")
            }
        }
        var supporters: [Variable: [Variable]] = [:]  // a shared column's direct users, for dominance
        for (item, bundle) in zip(possible, bundles) {
            var tied = Set<Variable>()
            for i in item.members where y[i] != bundle.variable && tied.insert(y[i]).inserted {
                model.add(
                    LinearExpression(bundle.variable) <= LinearExpression(y[i]),
                    name: "bundle_\(item.solution.id)_\(y[i].index)")
                supporters[y[i], default: []].append(bundle.variable)
            }
        }
        for (i, needs) in prerequisiteIndices.enumerated() {
            for a in needs where y[i] != y[a] { supporters[y[a], default: []].append(y[i]) }
        }
        let bundleValues = possible.map(\.solution.bundleValue)
        // Dominance: a shared column worth nothing by itself is only worth funding when a Lösung
        // or a funded measure uses one of its measures directly (funding it otherwise costs money
        // and adds nothing), so tie it to those. This keeps the optimum and removes most of the
        // branching when values sit in bundles.
        for (key, column) in shared.sorted(by: { $0.value.index < $1.value.index }) where !key.isEmpty {
            guard let direct = supporters[column] else { continue }
            var seen = Set<Variable>()
            let unique = direct.filter { seen.insert($0).inserted }
            model.add(
                LinearExpression(column) <= LinearExpression.sum(unique),
                name: "only_if_used_\(firstMember[column]!)")
        }
        // Money rows in whole cents, divided by the amounts' common divisor with the cap rounded
        // down to it (`WholeNumberKnapsack`): the LP cannot spend what no selection can.
        let spending = WholeNumberKnapsack(
            zip(y, candidates).map { ($0, $1.cost.cents) }, capacity: scenario.budget.total?.cents ?? 0)
        if scenario.budget.total != nil { model.add(spending.constraint, name: "budget_total") }
        if let cap = scenario.budget.ownShareCap {
            model.add(
                WholeNumberKnapsack(zip(y, candidates).map { ($0, $1.own.cents) }, capacity: cap.cents).constraint,
                name: "own_share_cap")
        }
        let scale = IntegralScale(candidates.map(\.value) + bundleValues)
        let value =
            LinearExpression.sum(zip(y, candidates).map { ($0, scale.coefficient($1.value)) })
            + LinearExpression.sum(zip(bundles, bundleValues).map { ($0.variable, scale.coefficient($1)) })
        let cost = spending.expression
        return Built(
            model: model, y: y, candidates: candidates, bundles: bundles, excluded: excluded, value: value,
            scale: scale, cost: cost)
    }

    public func select(timeLimit: Double = 60, relativeGap: Double = 0) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .seconds(timeLimit)
        let built = build()
        var first = built.model
        first.maximize(built.value)
        let valueModel = try! first.freeze()
        // GLPK's search with MIR and cover cuts: they cut the budget row, lifted by the rows that
        // tie a Lösung to its measures. On Next-Release-Problem shapes (processor seconds, same
        // model): classic-5 at 30 % proven in 0.16 s with them, unproven after 3.2 s without;
        // realistic-g at 30 % 1.4 s against unproven after 5 s; classic-4 at 50 % 4.3 s against
        // unproven after 4.8 s. MIR alone was about 10 % slower; Gomory cuts, pseudocost branching
        // (slower with the cuts) and GLPK's MIP presolver (±15 %) did not help; the presolver stays
        // off (it can abort, see GLPKSolver).
        var options = SolveOptions(
            timeLimit: timeLimit, relativeGap: relativeGap, cuts: [.mixedIntegerRounding, .cover],
            branching: .driebeckTomlin, backtracking: .bestLocal)
        options.deadline = deadline
        let items = greedyItems(built)
        options.warmStart = greedy(built, items: items, columns: valueModel.columns.count)
        // The value LP starts at the greedy selection (`LPBasis(vertex:of:)`), often a few pivots
        // from its optimum: classic-4 at 70 % took 2,322 simplex steps from the slack basis and
        // now 0.004 s; over the 21 generated portfolios 23.7 → 20.6 s, slower only where the
        // other optimal vertex lengthens the search (classic-4 at 30 %: 1.2 → 2.0 s).
        if let start = options.warmStart, valueModel.maximumViolation(at: start) <= 1e-6 {
            options.startingBasis = LPBasis(vertex: start, of: valueModel)
        }
        // Reduced-cost fixing against the greedy start: only selections worth more than it
        // matter (classic-4 at 30 %: unproven at 10 s without it).
        let fixedSolve = solveFixing(valueModel, integral: built.scale.isIntegral, options: options) { relaxation in
            [options.warmStart!]
                + (relaxation.map { [greedy(built, items: items, columns: valueModel.columns.count, guide: $0)] } ?? [])
        }
        var result = fixedSolve.result
        // GLPK offers the greedy start only after the root LP and its cuts; when the time limit
        // strikes before that, the greedy selection is still a valid answer (not proven).
        if result.status == .timeLimitWithoutSolution, let start = options.warmStart,
            valueModel.maximumViolation(at: start) <= 1e-6
        {
            result.status = .timeLimitWithSolution
            result.values = start
            result.objective = valueModel.objectiveValue(at: start)
        }
        var costSeconds = 0.0
        var costFixed = 0
        var values = result.hasSolution ? result.values : []
        var leastCost = false
        // Second solve: the least cost among selections of the proven best value.
        if result.status == .optimal, let best = result.objective, clock.now < deadline {
            let held = built.scale.floor(best)
            var second = built.model
            second.add(built.value >= held, name: "value_held")
            second.minimize(built.cost)
            // Every selection the cost solve may return reaches `held` in the value model too, so
            // the value LP's reduced costs fix columns for it as well (same columns): often all
            // but a few, when the value's LP bound is its optimum.
            let valueFixed = fixedSolve.result.root?.fixedColumns(reaching: held, in: valueModel) ?? [:]
            // What follows from those through the rows (prerequisites of funded measures, members
            // of dropped Lösungen) is fixed as well, so the least-cost LP need not find it by
            // degenerate pivots: classic-4 at 70 %, 0.13 s (1,313 simplex steps) → 0.00 s. Not in
            // the searches themselves: there it made 3 of 4 cases slower (classic-2 at 70 %:
            // 0.55 → 1.37 s), GLPK preprocessing each node anyway.
            if let frozen = try? second.freeze() {
                // nil would mean no selection reaches the value just found: never in exact
                // arithmetic, so the reduced-cost fixing alone is the safe fallback.
                let implied = frozen.propagating(valueFixed) ?? valueFixed
                let costModel = frozen.fixing(implied)
                var costOptions = options
                costOptions.relativeGap = 0
                // The cost's tree closes faster branching on the most fractional column first
                // (Driebeck-Tomlin joins after `soloNodes`): classic-2 at 50 % 1.25 → 0.32 s,
                // classic-2 at 30 % proven in 2.1 s instead of unproven after 3.4 s.
                costOptions.branching = .mostFractional
                // The least cost is the tie-break, not the question: it may take as long as the
                // value took (at least a second), so it never doubles the answer's time by much.
                costOptions.timeLimit = max(1, result.solveSeconds)
                costOptions.warmStart = values
                // The value's optimal LP basis with the new row's slack basic is a valid start for
                // the least-cost LP (a column fixed by propagation may be basic there, so it need
                // not be feasible), so that LP need not start from nothing (classic-4 at 70 %:
                // 2,363 simplex steps from the slack basis).
                costOptions.startingBasis = fixedSolve.result.root.map { root in
                    LPBasis(rows: root.basis.rows + [.basic], columns: root.basis.columns)
                }
                // Whole units of the costs' common divisor: a cheaper selection costs at least one less.
                let (cheaper, fixed) = solveFixing(costModel, integral: true, options: costOptions) { _ in [values] }
                costSeconds = cheaper.solveSeconds
                costFixed = min(implied.count + fixed, costModel.columns.count)
                if cheaper.hasSolution {
                    values = cheaper.values
                    leastCost = cheaper.status == .optimal
                }
            }
        }
        var chosen: [String] = []
        for (i, candidate) in built.candidates.enumerated() where !values.isEmpty && values[built.y[i].index] > 0.5 {
            chosen.append(candidate.measure.id)
        }
        let check = result.hasSolution ? SelectionVerifier(scenario: scenario, scores: scores).verify(chosen) : nil
        return Result(
            status: result.status.outcome(interrupted: false), objective: result.objective.map(built.scale.unscaled),
            bestBound: result.bestBound.map(built.scale.unscaled), gap: result.gap, leastCost: leastCost,
            solveSeconds: (clock.now - start).inSeconds, measures: chosen, bundles: check?.completedBundles ?? [],
            cost: check?.cost ?? .zero, ownShare: check?.ownShare ?? .zero, excluded: built.excluded,
            variables: valueModel.columns.count, constraints: valueModel.rows.count, valueSeconds: result.solveSeconds,
            costSeconds: costSeconds, valueFixedColumns: fixedSolve.fixed, costFixedColumns: costFixed, check: check)
    }
}
