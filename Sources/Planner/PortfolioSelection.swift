import MILP
import PlanCheck
import Scoring
import SprintModel

/// Which measures and Lösungen to fund at all with the remaining money, without the team and
/// quarter detail: a knapsack with prerequisites and bundle values.
///
/// Model: y_m ∈ {0,1} per open eligible measure (running measures too: they still cost their
/// remaining cost); b_L ∈ [0,1] per Lösung with b_L ≤ y_m for its open members (done members
/// count as funded; a member that cannot be funded rules the bundle out);
/// y_B ≤ y_A for every prerequisite A that is still open (B is ruled out when A is dropped or
/// ineligible); Σ remaining cost · y ≤ total budget; Σ own share · y ≤ own-share cap.
/// Maximise Σ value_m · y_m + Σ bundleValue_L · b_L − 10⁻⁶ per euro (cheaper among equals).
/// A measure worth nothing by itself that no other measure needs is funded only with its
/// complete Lösung (a dominance rule that keeps the optimum and speeds up the proof).
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

    /// The selection and its proof status.
    public struct Result: Sendable {
        public var status: SearchOutcome
        public var objective: Double?
        public var bestBound: Double?
        public var gap: Double?
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
    }

    struct Candidate {
        let measure: Measure
        let value: Double
        let cost: Money
        let own: Money
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

    public func model() -> MILPModel { build().model }

    func build() -> (
        model: MILPModel, y: [Variable], candidates: [Candidate], bundles: [(String, Variable)],
        excluded: [String: Exclusion]
    ) {
        let (candidates, excluded) = candidates()
        var model = Model(name: "portfolio")
        let y = candidates.map { model.addBinary(name: "fund_\($0.measure.id)") }
        let index = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1.measure.id, $0) })
        var objective = LinearExpression()
        for (i, candidate) in candidates.enumerated() {
            objective.add(y[i], candidate.value - PlanValue.spendingWeight * candidate.cost.euros)
            for prerequisite in candidate.measure.prerequisites {
                if let a = index[prerequisite] {
                    model.add(
                        LinearExpression(y[i]) <= LinearExpression(y[a]),
                        name: "needs_\(prerequisite)_\(candidate.measure.id)")
                }
            }
        }
        var bundles: [(String, Variable)] = []
        for solution in scenario.solutions where solution.bundleValue > 0 {
            var members: [Variable] = []
            var possible = true
            for id in solution.measures {
                if scenario.measure(id)?.status == .done { continue }
                guard let i = index[id] else {
                    possible = false
                    break
                }
                members.append(y[i])
            }
            guard possible else { continue }
            let bundle = model.addBinary(name: "bundle_\(solution.id)")  // binary: branching on a whole Lösung at once
            for member in members {
                model.add(
                    LinearExpression(bundle) <= LinearExpression(member), name: "bundle_\(solution.id)_\(member.index)")
            }
            objective.add(bundle, solution.bundleValue)
            bundles.append((solution.id, bundle))
        }
        // Dominance: a measure worth nothing by itself that no other measure needs is only
        // worth funding as part of a complete Lösung (funding it otherwise costs money and
        // adds nothing), so tie it to its bundle; without a bundle it is never funded. This
        // keeps the optimum and removes most of the branching when values sit in bundles.
        let needed = Set(candidates.flatMap(\.measure.prerequisites))
        let bundleOf = Dictionary(
            bundles.flatMap { id, variable in
                scenario.solution(id)!.measures.map { ($0, variable) }
            }, uniquingKeysWith: { first, _ in first })
        for (i, candidate) in candidates.enumerated()
        where candidate.value <= 0 && !needed.contains(candidate.measure.id) {
            if let bundle = bundleOf[candidate.measure.id] {
                model.add(
                    LinearExpression(y[i]) <= LinearExpression(bundle), name: "only_in_bundle_\(candidate.measure.id)")
            } else {
                model.setBounds(y[i], lower: 0, upper: 0)
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
        model.maximize(objective)
        return (try! model.freeze(), y, candidates, bundles, excluded)
    }

    public func select(timeLimit: Double = 60, relativeGap: Double = 0) -> Result {
        let built = build()
        var options = SolveOptions(
            timeLimit: timeLimit, relativeGap: relativeGap, cuts: [.cover, .mixedIntegerRounding],
            branching: .hybridPseudocost, backtracking: .bestLocal)
        options.warmStart = greedy(built)
        let result = solver.solve(built.model, options: options)
        var chosen: [String] = [], cost = Money.zero, own = Money.zero
        if result.hasSolution {
            for (i, candidate) in built.candidates.enumerated() where result.values[built.y[i].index] > 0.5 {
                chosen.append(candidate.measure.id)
                cost += candidate.cost
                own += candidate.own
            }
        }
        let funded = Set(chosen)
        let bundles = scenario.solutions.filter { solution in
            result.hasSolution
                && solution.measures.allSatisfy { scenario.measure($0)?.status == .done || funded.contains($0) }
        }.map(\.id)
        return Result(
            status: result.status.outcome(interrupted: false), objective: result.objective, bestBound: result.bestBound,
            gap: result.gap,
            solveSeconds: result.solveSeconds, measures: chosen, bundles: bundles, cost: cost, ownShare: own,
            excluded: built.excluded, variables: built.model.columns.count, constraints: built.model.rows.count)
    }

    /// A feasible first selection for GLPK: items are single measures and whole Lösungen, each
    /// with the prerequisites it needs; taken by value per euro while the money lasts.
    func greedy(
        _ built: (
            model: MILPModel, y: [Variable], candidates: [Candidate], bundles: [(String, Variable)],
            excluded: [String: Exclusion]
        )
    ) -> [Double] {
        var values = [Double](repeating: 0, count: built.model.columns.count)
        let index = Dictionary(uniqueKeysWithValues: built.candidates.enumerated().map { ($1.measure.id, $0) })
        func closure(_ i: Int, _ into: inout Set<Int>) {
            guard into.insert(i).inserted else { return }
            for prerequisite in built.candidates[i].measure.prerequisites {
                if let a = index[prerequisite] { closure(a, &into) }
            }
        }
        var items: [(group: Set<Int>, value: Double)] = []
        for (i, candidate) in built.candidates.enumerated() where candidate.value > 0 {
            var group = Set<Int>()
            closure(i, &group)
            items.append((group, group.reduce(0) { $0 + built.candidates[$1].value }))
        }
        let bundleIDs = Set(built.bundles.map(\.0))
        for solution in scenario.solutions where bundleIDs.contains(solution.id) {
            var group = Set<Int>()
            for id in solution.measures { if let i = index[id] { closure(i, &group) } }
            items.append((group, solution.bundleValue + group.reduce(0) { $0 + built.candidates[$1].value }))
        }
        func cost(_ group: Set<Int>) -> Double { max(1, group.reduce(0) { $0 + built.candidates[$1].cost.euros }) }
        items.sort { $0.value / cost($0.group) > $1.value / cost($1.group) }
        var chosen = Set<Int>()
        var spent = Money.zero, own = Money.zero
        for item in items {
            let new = item.group.subtracting(chosen)
            let extraCost = new.reduce(Money.zero) { $0 + built.candidates[$1].cost }
            let extraOwn = new.reduce(Money.zero) { $0 + built.candidates[$1].own }
            if let total = scenario.budget.total, spent + extraCost > total { continue }
            if let cap = scenario.budget.ownShareCap, own + extraOwn > cap { continue }
            spent += extraCost
            own += extraOwn
            chosen.formUnion(new)
        }
        for i in chosen { values[built.y[i].index] = 1 }
        for solution in scenario.solutions {
            guard let bundle = built.bundles.first(where: { $0.0 == solution.id })?.1 else { continue }
            let complete = solution.measures.allSatisfy { id in
                scenario.measure(id)?.status == .done || index[id].map(chosen.contains) == true
            }
            values[bundle.index] = complete ? 1 : 0
        }
        return values
    }
}
