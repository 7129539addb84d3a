import GLPKSolver
import MILP
import SprintModel
import Testing

/// Random block-structured 0-1 programs (2–3 blocks of 2–4 binaries, each with its own rows,
/// joined by 1–2 linking rows of mixed sense): the decomposition's bound must never fall
/// below the optimum found by enumeration, its point must be feasible and never better than
/// the optimum nor worse than the start it was given.
@Suite("Lagrangian decomposition")
struct LagrangianDecompositionTests {
    struct Instance {
        var model: MILPModel
        var linking: Set<Int>
        var blockCount: Int
        var optimum: Double?
        /// A feasible point found by enumeration (the worst one, to leave room to improve).
        var worst: [Double]?
    }

    static func instance(seed: UInt64) throws -> Instance {
        var random = SeededRandom(seed: seed)
        var model = Model(name: "blocks_\(seed)")
        let blockCount = random.integer(in: 2...3)
        var blocks: [[Variable]] = []
        var rows: [(terms: [(Int, Double)], lower: Double?, upper: Double?)] = []
        var linking: Set<Int> = []
        for _ in 0..<blockCount {
            let size = random.integer(in: 2...4)
            let x = (0..<size).map { _ in model.addBinary() }
            blocks.append(x)
            for _ in 0..<random.integer(in: 1...2) {
                let terms = x.map { ($0.index, Double(random.integer(in: -3...5))) }
                let rhs = Double(random.integer(in: 0...6))
                let atLeast = random.integer(in: 0...3) == 0
                rows.append((terms, atLeast ? rhs - 4 : nil, atLeast ? nil : rhs))
            }
        }
        let all = blocks.flatMap { $0 }
        for _ in 0..<random.integer(in: 1...2) {
            let terms = all.map { ($0.index, Double(random.integer(in: 0...6))) }
            let total = terms.reduce(0) { $0 + $1.1 }
            let ranged = random.integer(in: 0...3) == 0
            linking.insert(rows.count)
            rows.append((terms, ranged ? (total * 0.1).rounded() : nil, (total * 0.5).rounded()))
        }
        for row in rows {
            let expression = LinearExpression.sum(row.terms.map { (all[$0.0], $0.1) })
            model.add(LinearConstraint(expression, lower: row.lower, upper: row.upper))
        }
        let objective = all.map { ($0, Double(random.integer(in: -2...9))) }
        let maximize = random.integer(in: 0...3) != 0
        if maximize {
            model.maximize(LinearExpression.sum(objective))
        } else {
            model.minimize(LinearExpression.sum(objective))
        }

        var best: Double?, worst: (Double, [Double])?
        for mask in 0..<(1 << all.count) {
            let point = all.indices.map { Double((mask >> $0) & 1) }
            let feasible = rows.allSatisfy { row in
                let activity = row.terms.reduce(0) { $0 + $1.1 * point[$1.0] }
                return activity >= (row.lower ?? -.infinity) && activity <= (row.upper ?? .infinity)
            }
            guard feasible else { continue }
            let value = objective.reduce(0) { $0 + $1.1 * point[$1.0.index] }
            if best == nil || (maximize ? value > best! : value < best!) { best = value }
            if worst == nil || (maximize ? value < worst!.0 : value > worst!.0) { worst = (value, point) }
        }
        return Instance(
            model: try model.freeze(), linking: linking, blockCount: blockCount, optimum: best, worst: worst?.1)
    }

    @Test func blocksAreTheComponentsLeftWhenTheLinkingRowsAreSetAside() throws {
        for seed in 1...50 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed)
            let structure = BlockStructure(model: instance.model, linkingRows: instance.linking)
            #expect(structure.blocks.flatMap { $0 }.sorted() == Array(instance.model.columns.indices), "seed \(seed)")
            #expect(structure.linkingRows == instance.linking.sorted())
            // A block may split further (a zero coefficient), never merge with another.
            #expect(structure.blocks.count >= instance.blockCount, "seed \(seed)")
            for (block, rows) in structure.blockRows.enumerated() {
                for row in rows {
                    #expect(
                        instance.model.rows[row].entries.allSatisfy { structure.blocks[block].contains($0.column) },
                        "seed \(seed)")
                }
            }
        }
    }

    @Test func theBoundHoldsAndThePointIsFeasibleOn300RandomPrograms() throws {
        var closed = 0, improved = 0, feasibleDraws = 0
        for seed in 1...300 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed)
            guard let optimum = instance.optimum, let start = instance.worst else { continue }
            feasibleDraws += 1
            let structure = BlockStructure(model: instance.model, linkingRows: instance.linking)
            let outcome = LagrangianDecomposition(model: instance.model, structure: structure, solver: GLPKSolver())
                .run(start: start, seconds: 10)
            let sign = instance.model.sense == .maximize ? 1.0 : -1.0
            let bound = try #require(outcome.bound, "seed \(seed)")
            #expect(sign * bound >= sign * optimum - 1e-6, "seed \(seed): bound \(bound), optimum \(optimum)")
            let values = try #require(outcome.values, "seed \(seed)")
            let objective = try #require(outcome.objective)
            #expect(instance.model.maximumViolation(at: values) <= 1e-9, "seed \(seed)")
            #expect(abs(instance.model.objectiveValue(at: values) - objective) < 1e-9, "seed \(seed)")
            #expect(sign * objective <= sign * optimum + 1e-9, "seed \(seed)")
            #expect(sign * objective >= sign * instance.model.objectiveValue(at: start) - 1e-9, "seed \(seed)")
            if abs(objective - optimum) < 1e-9 { closed += 1 }
            if abs(objective - instance.model.objectiveValue(at: start)) > 1e-9 { improved += 1 }
        }
        // The draws must exercise the search: most start below the optimum and end at it.
        #expect(feasibleDraws >= 150)
        #expect(improved >= feasibleDraws / 3, "improved \(improved) of \(feasibleDraws)")
        #expect(closed >= feasibleDraws * 3 / 4, "optimal \(closed) of \(feasibleDraws)")
    }

    /// Two identical knapsack blocks sharing one budget row: the LP relaxation's bound is
    /// fractional, the Lagrangian dual's is the optimum (each block keeps its integrality).
    @Test func theLagrangianBoundBeatsTheLPRelaxation() throws {
        var model = Model(name: "two_knapsacks")
        var objective = LinearExpression(), budget = LinearExpression()
        for block in 0..<2 {
            let x = (0..<3).map { _ in model.addBinary() }
            model.add(LinearExpression.sum([(x[0], 3), (x[1], 4), (x[2], 5)]) <= 7, name: "capacity_\(block)")
            for (variable, value, cost) in [(x[0], 4.0, 2.0), (x[1], 5.0, 3.0), (x[2], 7.0, 4.0)] {
                objective.add(variable, value)
                budget.add(variable, cost)
            }
        }
        model.add(budget <= 9, name: "budget")
        model.maximize(objective)
        let frozen = try model.freeze()
        var relaxed = model
        relaxed.relaxIntegrality()
        let lp = GLPKSolver().solve(try relaxed.freeze(), options: SolveOptions())
        let exact = GLPKSolver().solve(frozen, options: SolveOptions())
        let outcome = LagrangianDecomposition(
            model: frozen, structure: BlockStructure(model: frozen, linkingRows: [2]), solver: GLPKSolver()
        )
        .run(seconds: 10)
        let bound = try #require(outcome.bound), optimum = try #require(exact.objective),
            relaxation = try #require(lp.objective)
        #expect(bound >= optimum - 1e-9)
        #expect(bound < relaxation - 0.1, "Lagrangian \(bound), LP \(relaxation)")
        // The pieces priced out here cannot form the optimum ({2} in one block is never a
        // block's best at any price): the point is feasible but may fall short, which is why
        // the planner searches the full model from it afterwards.
        let values = try #require(outcome.values)
        #expect(frozen.maximumViolation(at: values) <= 1e-9)
        #expect(try #require(outcome.objective) <= optimum)
    }

    /// The planner fixes cross-Zielbild help at zero to let Zielbilder fall apart: a column
    /// fixed at zero must not join blocks, and the blocks' rows must drop it.
    @Test func aColumnFixedAtZeroLinksNothing() throws {
        var model = Model()
        let a = (0..<2).map { _ in model.addBinary() }, b = (0..<2).map { _ in model.addBinary() }
        let bridge = model.addBinary()
        model.setBounds(bridge, lower: 0, upper: 0)
        model.add(a[0] + a[1] + bridge <= 1)
        model.add(b[0] + b[1] + bridge <= 1)
        model.add(LinearExpression.sum([(a[0], 2), (a[1], 3), (b[0], 2), (b[1], 4)]) <= 5)
        model.maximize(LinearExpression.sum([(a[0], 3), (a[1], 4), (b[0], 2), (b[1], 5), (bridge, 10)]))
        let frozen = try model.freeze()
        let structure = BlockStructure(model: frozen, linkingRows: [2])
        #expect(structure.blocks == [[0, 1], [2, 3], [4]])
        #expect(structure.blockRows == [[0], [1], []])
        let outcome = LagrangianDecomposition(model: frozen, structure: structure, solver: GLPKSolver()).run(
            seconds: 10)
        let exact = try #require(GLPKSolver().solve(frozen, options: SolveOptions()).objective)
        #expect(exact == 6)
        #expect(try #require(outcome.bound) >= exact - 1e-9)
        let values = try #require(outcome.values)
        #expect(frozen.maximumViolation(at: values) <= 1e-9)
        #expect(try #require(outcome.objective) <= exact)
    }
}
