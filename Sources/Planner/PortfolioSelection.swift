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
/// (a dominance rule that keeps the optimum and removes most of the branching).
/// Value is score × valueScale; with no criteria every score is 0 and only bundles count.
public struct PortfolioSelection: Sendable {
    public let scenario: Scenario
    public let scores: ScoreSheet
    public let solver: any MILPSolver

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
        /// The remaining costs in cents.
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
        var neededBy: [[Int]] = Array(repeating: [], count: candidates.count)
        for (i, candidate) in candidates.enumerated() {
            for prerequisite in Set(candidate.measure.prerequisites) {
                if let a = index[prerequisite] { neededBy[a].append(i) }
            }
        }
        // The Lösungen that can complete, with their open members.
        let done = Set(scenario.measures.filter { $0.status == .done }.map(\.id))
        var possible: [(solution: Solution, members: [Int])] = []
        var memberOf: [[Int]] = Array(repeating: [], count: candidates.count)  // positions in `possible`
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
            for i in members { memberOf[i].append(possible.count) }
            possible.append((solution, members))
        }
        let bundles = possible.map { item -> (id: String, variable: Variable) in
            let variable = model.addBinary(name: "bundle_\(item.solution.id)")  // branching on a whole Lösung at once
            return (item.solution.id, variable)
        }
        // A measure worth nothing by itself, in one Lösung only and needed by no other, is funded
        // exactly when that Lösung completes (dominance, below): it is the Lösung's variable,
        // its cost the Lösung's. Lösungen of private requirements shrink to one column.
        let y = candidates.enumerated().map { i, candidate -> Variable in
            if candidate.value <= 0 && memberOf[i].count == 1 && neededBy[i].isEmpty {
                return bundles[memberOf[i][0]].variable
            }
            return model.addBinary(name: "fund_\(candidate.measure.id)")
        }
        for (i, candidate) in candidates.enumerated() {
            for prerequisite in Set(candidate.measure.prerequisites).sorted() {
                guard let a = index[prerequisite], y[i] != y[a] else { continue }
                model.add(
                    LinearExpression(y[i]) <= LinearExpression(y[a]),
                    name: "needs_\(prerequisite)_\(candidate.measure.id)")
            }
        }
        var bundlesOf: [[Variable]] = Array(repeating: [], count: candidates.count)
        for (item, bundle) in zip(possible, bundles) {
            for i in item.members {
                bundlesOf[i].append(bundle.variable)
                guard y[i] != bundle.variable else { continue }
                model.add(
                    LinearExpression(bundle.variable) <= LinearExpression(y[i]),
                    name: "bundle_\(item.solution.id)_\(y[i].index)")
            }
        }
        let bundleValues = possible.map(\.solution.bundleValue)
        // Dominance: a measure worth nothing by itself is only worth funding when a Lösung it
        // belongs to is complete or a funded measure needs it (funding it otherwise costs money
        // and adds nothing), so tie it to those; with neither it is never funded. This keeps
        // the optimum and removes most of the branching when values sit in bundles.
        let bundleColumns = Set(bundles.map(\.variable))
        for (i, candidate) in candidates.enumerated() where candidate.value <= 0 && !bundleColumns.contains(y[i]) {
            let supporters = bundlesOf[i] + neededBy[i].map { y[$0] }
            if supporters.isEmpty {
                model.setBounds(y[i], lower: 0, upper: 0)
            } else {
                model.add(
                    LinearExpression(y[i]) <= LinearExpression.sum(supporters),
                    name: "only_if_used_\(candidate.measure.id)")
            }
        }
        if let total = scenario.budget.total {
            model.add(
                LinearExpression.sum(zip(y, candidates.map(\.cost.euros)).map { ($0, $1) }) <= total.euros + 0.005,
                name: "budget_total")
        }
        if let cap = scenario.budget.ownShareCap {
            model.add(
                LinearExpression.sum(zip(y, candidates.map(\.own.euros)).map { ($0, $1) }) <= cap.euros + 0.005,
                name: "own_share_cap")
        }
        let scale = IntegralScale(candidates.map(\.value) + bundleValues)
        let value =
            LinearExpression.sum(zip(y, candidates).map { ($0, scale.coefficient($1.value)) })
            + LinearExpression.sum(zip(bundles, bundleValues).map { ($0.variable, scale.coefficient($1)) })
        let cost = LinearExpression.sum(zip(y, candidates).map { ($0, Double($1.cost.cents)) })
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
        // GLPK's plain search: on generated portfolios (2,000 measures) cover and MIR cuts with
        // hybrid pseudocost branching took 16 s of CPU, Driebeck–Tomlin without cuts 4.9 s.
        var options = SolveOptions(
            timeLimit: timeLimit, relativeGap: relativeGap, cuts: [], branching: .driebeckTomlin,
            backtracking: .bestLocal)
        options.deadline = deadline
        options.warmStart = greedy(built, columns: valueModel.columns.count)
        let result = solver.solve(valueModel, options: options)
        var costSeconds = 0.0
        var values = result.hasSolution ? result.values : []
        var leastCost = false
        // Second solve: the least cost among selections of the proven best value.
        if result.status == .optimal, let best = result.objective, clock.now < deadline {
            var second = built.model
            second.add(built.value >= built.scale.floor(best), name: "value_held")
            second.minimize(built.cost)
            if let costModel = try? second.freeze() {
                var costOptions = options
                costOptions.relativeGap = 0
                // The least cost is the tie-break, not the question: it may take as long as the
                // value took (at least a second), so it never doubles the answer's time by much.
                costOptions.timeLimit = max(1, result.solveSeconds)
                costOptions.warmStart = values
                let cheaper = solver.solve(costModel, options: costOptions)
                costSeconds = cheaper.solveSeconds
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
            costSeconds: costSeconds, check: check)
    }
}
