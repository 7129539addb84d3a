import GLPKSolver
import MILP
import SprintModel
import Testing

/// Reduced-cost fixing (`RootRelaxation.fixedColumns`) on random small 0-1 programs, checked
/// against every one of the 2ⁿ points: no point whose objective reaches the target may
/// disagree with a fixed column, whether the duals are GLPK's optimal ones, perturbed or made
/// up. Integer data keeps the enumeration exact.
@Suite("Reduced-cost fixing against brute force")
struct RootRelaxationTests {
    struct Instance {
        var model: MILPModel
        /// Objective of every feasible point, with the point.
        var feasible: [(point: [Double], objective: Double)]
    }

    static func instance(seed: UInt64) throws -> Instance {
        var random = SeededRandom(seed: seed)
        let n = random.integer(in: 2...9), m = random.integer(in: 1...5)
        var model = Model(name: "fixing_\(seed)")
        let x = (0..<n).map { model.addBinary(name: "x\($0)") }
        var rows: [(coefficients: [Double], lower: Double?, upper: Double?)] = []
        for i in 0..<m {
            let coefficients = (0..<n).map { _ in Double(random.integer(in: -5...9)) }
            let expression = LinearExpression.sum(zip(x, coefficients).map { ($0, $1) })
            let rhs = Double(random.integer(in: -2...14))
            switch random.integer(in: 0...6) {
            case 0:
                model.add(expression == rhs, name: "r\(i)")
                rows.append((coefficients, rhs, rhs))
            case 1:
                model.add(expression >= rhs - 8, name: "r\(i)")
                rows.append((coefficients, rhs - 8, nil))
            case 2:
                model.add(expression >= rhs - 6, name: "l\(i)")
                model.add(expression <= rhs + 2, name: "u\(i)")
                rows.append((coefficients, rhs - 6, rhs + 2))
            default:
                model.add(expression <= rhs, name: "r\(i)")
                rows.append((coefficients, nil, rhs))
            }
        }
        let objective = (0..<n).map { _ in Double(random.integer(in: -9...20)) }
        let expression = LinearExpression.sum(zip(x, objective).map { ($0, $1) }) + Double(random.integer(in: -3...3))
        if random.integer(in: 0...1) == 1 { model.maximize(expression) } else { model.minimize(expression) }
        let frozen = try model.freeze()
        var feasible: [(point: [Double], objective: Double)] = []
        for mask in 0..<(1 << n) {
            let point = (0..<n).map { Double((mask >> $0) & 1) }
            let inside = rows.allSatisfy { row in
                let activity = zip(row.coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
                return activity >= (row.lower ?? -.infinity) && activity <= (row.upper ?? .infinity)
            }
            if inside { feasible.append((point, frozen.objectiveValue(at: point))) }
        }
        return Instance(model: frozen, feasible: feasible)
    }

    /// Every point reaching `target` agrees with every fixing; nil only when none reaches it.
    /// Returns how many columns were fixed.
    static func check(
        _ fixed: [Int: Double]?, target: Double, _ instance: Instance, _ label: String
    ) -> Int {
        let sense = instance.model.sense
        let reaching = instance.feasible.filter { !sense.improves(target, on: $0.objective) }
        guard let fixed else {
            #expect(reaching.isEmpty, "\(label): target \(target) declared out of reach, \(reaching.count) reach it")
            return 0
        }
        for (point, objective) in reaching {
            for (column, value) in fixed where point[column] != value {
                Issue.record("\(label): column \(column) fixed at \(value) cuts off \(point) (\(objective))")
            }
        }
        return fixed.count
    }

    @Test("GLPK's duals never cut off a solution that reaches the target (400 programs)")
    func optimalDuals() throws {
        var fixedTotal = 0, solved = 0
        for seed in 1...400 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed)
            let relaxation = GLPKSolver().solve(instance.model.relaxed(), options: SolveOptions())
            guard let root = relaxation.root else {
                #expect(instance.feasible.isEmpty, "seed \(seed): no relaxation but feasible points")
                continue
            }
            solved += 1
            #expect(root.rowDuals.count == instance.model.rows.count)
            #expect(root.basis.columns.count == instance.model.columns.count)
            let objectives = Set(instance.feasible.map(\.objective)).sorted()
            // The optimum itself (every optimum must stay), each other objective, one beyond.
            for target in objectives + [(objectives.last ?? 0) + 1, (objectives.first ?? 0) - 1] {
                let fixed = root.fixedColumns(reaching: target, in: instance.model)
                fixedTotal += Self.check(fixed, target: target, instance, "seed \(seed)")
            }
        }
        // The generator must give relaxations and fixings, or the test proves little.
        #expect(solved >= 250)
        #expect(fixedTotal >= 200)
    }

    @Test("Perturbed and made-up duals never fix a column wrongly (400 programs)")
    func perturbedDuals() throws {
        for seed in 1...400 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed)
            var random = SeededRandom(seed: seed &* 7919)
            let optimal = GLPKSolver().solve(instance.model.relaxed(), options: SolveOptions()).root
            let m = instance.model.rows.count, n = instance.model.columns.count
            var duals: [[Double]] = [
                (0..<m).map { _ in Double(random.integer(in: -20...20)) / 4 },  // made up
                (0..<m).map { _ in 1e6 * (random.unit() - 0.5) },  // made up, huge
            ]
            if let optimal {
                duals.append(optimal.rowDuals.map { $0 * (0.5 + random.unit()) })  // scaled
                duals.append(optimal.rowDuals.map { $0 + random.unit() - 0.5 })  // shifted
                duals.append(optimal.rowDuals.map { -$0 })  // wrong signs
            }
            let objectives = Set(instance.feasible.map(\.objective)).sorted()
            for (k, rowDuals) in duals.enumerated() {
                let root = RootRelaxation(
                    objective: optimal?.objective ?? 0, rowDuals: rowDuals,
                    reducedCosts: (0..<n).map { _ in random.unit() * 100 - 50 },  // must not be trusted
                    basis: LPBasis(
                        rows: Array(repeating: .basic, count: m), columns: Array(repeating: .atLower, count: n)))
                for target in objectives + [(objectives.last ?? 0) + 1] {
                    _ = Self.check(
                        root.fixedColumns(reaching: target, in: instance.model), target: target, instance,
                        "seed \(seed) duals \(k)")
                }
            }
        }
    }

    @Test("The fixed model keeps the optimum, and a starting basis is used or replaced (200 programs)")
    func fixedModelKeepsTheOptimum() throws {
        for seed in 401...600 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed)
            let sense = instance.model.sense
            guard let best = instance.feasible.map(\.objective).max(by: { sense.improves($1, on: $0) }),
                let root = GLPKSolver().solve(instance.model.relaxed(), options: SolveOptions()).root,
                let fixed = root.fixedColumns(reaching: best, in: instance.model)
            else { continue }
            var options = SolveOptions()
            options.startingBasis = root.basis
            let result = GLPKSolver().solve(instance.model.fixing(fixed), options: options)
            #expect(result.status == .optimal && result.objective == best, "seed \(seed): \(result.status)")
            // A basis with every row and column basic is singular: GLPK's default basis instead.
            let m = instance.model.rows.count, n = instance.model.columns.count
            options.startingBasis = LPBasis(
                rows: Array(repeating: .basic, count: m), columns: Array(repeating: .basic, count: n))
            let restarted = GLPKSolver().solve(instance.model, options: options)
            #expect(restarted.status == .optimal && restarted.objective == best, "seed \(seed): \(restarted.status)")
        }
    }
}
