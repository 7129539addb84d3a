import GLPKSolver
import MILP
import SprintModel
import Testing

/// Random small 0-1 programs with mixed ≤, ≥ and = rows: GLPK's optimum must equal the best
/// of all 2ⁿ points, and "infeasible" must mean no point is feasible. Integer data keeps the
/// comparison exact.
@Suite("GLPK against brute force")
struct BruteForceTests {
    struct Instance {
        var model: MILPModel
        var optimum: Double?  // nil: infeasible
    }

    /// `prioritised`: random branching priorities 0…3, so the prioritised branching in the
    /// GLPK callback must keep every optimum as well.
    static func instance(seed: UInt64, prioritised: Bool = false) throws -> Instance {
        var random = SeededRandom(seed: seed)
        let n = random.integer(in: 1...9), m = random.integer(in: 1...5)
        var model = Model(name: "random_\(seed)")
        let x = (0..<n).map { model.addBinary(name: "x\($0)") }
        var rows: [([Double], Int, Double)] = []  // coefficients, sense (0 ≤, 1 ≥, 2 =), rhs
        for i in 0..<m {
            let coefficients = (0..<n).map { _ in Double(random.integer(in: -5...5)) }
            let sense = random.integer(in: 0...5) == 0 ? 2 : random.integer(in: 0...1)
            let rhs = Double(random.integer(in: -4...8))
            let expression = LinearExpression.sum(zip(x, coefficients).map { ($0, $1) })
            switch sense {
            case 0: model.add(expression <= rhs, name: "r\(i)")
            case 1: model.add(expression >= rhs, name: "r\(i)")
            default: model.add(expression == rhs, name: "r\(i)")
            }
            rows.append((coefficients, sense, rhs))
        }
        let objective = (0..<n).map { _ in Double(random.integer(in: -9...9)) }
        let maximize = random.integer(in: 0...1) == 1
        let expression = LinearExpression.sum(zip(x, objective).map { ($0, $1) })
        if maximize { model.maximize(expression) } else { model.minimize(expression) }
        if prioritised { for variable in x { model.setBranchingPriority(variable, random.integer(in: 0...3)) } }

        var best: Double?
        for mask in 0..<(1 << n) {
            let point = (0..<n).map { Double((mask >> $0) & 1) }
            let feasible = rows.allSatisfy { coefficients, sense, rhs in
                let activity = zip(coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
                switch sense {
                case 0: return activity <= rhs
                case 1: return activity >= rhs
                default: return activity == rhs
                }
            }
            guard feasible else { continue }
            let value = zip(objective, point).reduce(0) { $0 + $1.0 * $1.1 }
            if best == nil || (maximize ? value > best! : value < best!) { best = value }
        }
        return Instance(model: try model.freeze(), optimum: best)
    }

    @Test(
        "400 random 0-1 programs",
        arguments: [
            (SolveOptions(), false), (SolveOptions(cuts: Set(SolveOptions.CutFamily.allCases)), false),
            (SolveOptions(), true),
        ])
    func matchesEnumeration(options: SolveOptions, prioritised: Bool) throws {
        var infeasible = 0
        for seed in 1...400 as ClosedRange<UInt64> {
            let instance = try Self.instance(seed: seed, prioritised: prioritised)
            let result = GLPKSolver().solve(instance.model, options: options)
            if let optimum = instance.optimum {
                #expect(result.status == .optimal, "seed \(seed): \(result.status)")
                #expect(
                    result.objective == optimum,
                    "seed \(seed): GLPK \(String(describing: result.objective)), enumeration \(optimum)")
                #expect(instance.model.maximumViolation(at: result.values) < 1e-9, "seed \(seed)")
            } else {
                infeasible += 1
                #expect(result.status == .infeasible, "seed \(seed): \(result.status)")
            }
        }
        // The generator must exercise both outcomes, or the test proves little.
        #expect(infeasible >= 20)
        #expect(infeasible <= 300)
    }
}
