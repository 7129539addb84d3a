import MILP
import Testing

/// Textbook problems with known optima, the shared conformance suite every solver backend
/// (and every option profile) must pass — in the spirit of MathOptInterface's `Test` module.
enum ConformanceModels {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var model: MILPModel
        var expected: Expected
        var testDescription: String { name }
    }

    enum Expected: Sendable {
        case optimal(Double)
        case infeasible
        case unbounded
    }

    static func all() throws -> [Case] {
        [
            try knapsack(), try assignment(), try facilityLocation(), try setCover(), try wyndorLP(),
            try equalityInteger(), try parityInfeasible(), try infeasibleBinary(), try unboundedLP(),
            try rangedRowWithConstant(), try freeVariableLP(), try fixedBinary(),
        ]
    }

    /// 0-1 knapsack: values 10,13,7,8,5; weights 5,6,4,3,2; capacity 10 → 23 (items 1, 4, 5).
    static func knapsack() throws -> Case {
        var model = Model(name: "knapsack")
        let values = [10.0, 13, 7, 8, 5], weights = [5.0, 6, 4, 3, 2]
        let take = values.indices.map { model.addBinary(name: "take_\($0)") }
        model.add(LinearExpression.sum(zip(take, weights).map { ($0, $1) }) <= 10, name: "capacity")
        model.maximize(LinearExpression.sum(zip(take, values).map { ($0, $1) }))
        return Case(name: "knapsack", model: try model.freeze(), expected: .optimal(23))
    }

    /// 4×4 assignment, the classic cost matrix with optimum 13 (2 + 6 + 1 + 4).
    static func assignment() throws -> Case {
        let cost: [[Double]] = [[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8], [7, 6, 9, 4]]
        var model = Model(name: "assignment")
        let x = (0..<4).map { i in (0..<4).map { j in model.addBinary(name: "x_\(i)_\(j)") } }
        for i in 0..<4 { model.add(LinearExpression.sum(x[i]) == 1, name: "worker_\(i)") }
        for j in 0..<4 { model.add(LinearExpression.sum((0..<4).map { x[$0][j] }) == 1, name: "job_\(j)") }
        var objective = LinearExpression()
        for i in 0..<4 { for j in 0..<4 { objective += cost[i][j] * x[i][j] } }
        model.minimize(objective)
        return Case(name: "assignment", model: try model.freeze(), expected: .optimal(13))
    }

    /// Uncapacitated facility location: 3 sites, 4 customers → 28 (open site 3 only).
    static func facilityLocation() throws -> Case {
        let fixed = [10.0, 12, 8]
        let service: [[Double]] = [[2, 9, 6], [4, 3, 7], [8, 2, 5], [6, 7, 2]]
        var model = Model(name: "facility location")
        let open = fixed.indices.map { model.addBinary(name: "open_\($0)") }
        let serve = service.indices.map { c in
            fixed.indices.map { f in model.addVariable(name: "serve_\(c)_\(f)", lower: 0, upper: 1) }
        }
        for c in service.indices {
            model.add(LinearExpression.sum(serve[c]) == 1, name: "demand_\(c)")
            for f in fixed.indices { model.add(serve[c][f] <= LinearExpression(open[f]), name: "link_\(c)_\(f)") }
        }
        var objective = LinearExpression.sum(zip(open, fixed).map { ($0, $1) })
        for c in service.indices { for f in fixed.indices { objective += service[c][f] * serve[c][f] } }
        model.minimize(objective)
        return Case(name: "facility location", model: try model.freeze(), expected: .optimal(28))
    }

    /// Weighted set cover of {1…6} → 11 ({1,2,3} + {4,5,6}).
    static func setCover() throws -> Case {
        let sets: [([Int], Double)] = [
            ([1, 2, 3], 5), ([2, 4], 3), ([3, 4, 5], 4), ([5, 6], 3), ([1, 6], 4), ([4, 5, 6], 6),
        ]
        var model = Model(name: "set cover")
        let pick = sets.indices.map { model.addBinary(name: "pick_\($0)") }
        for element in 1...6 {
            model.add(
                LinearExpression.sum(sets.indices.filter { sets[$0].0.contains(element) }.map { pick[$0] }) >= 1,
                name: "cover_\(element)")
        }
        model.minimize(LinearExpression.sum(zip(pick, sets.map(\.1)).map { ($0, $1) }))
        return Case(name: "set cover", model: try model.freeze(), expected: .optimal(11))
    }

    /// Hillier & Lieberman's Wyndor Glass LP → 36 at (2, 6).
    static func wyndorLP() throws -> Case {
        var model = Model(name: "wyndor")
        let x = model.addVariable(name: "doors"), y = model.addVariable(name: "windows")
        model.add(x <= 4, name: "plant1")
        model.add(2 * y <= 12, name: "plant2")
        model.add(3 * x + 2 * y <= 18, name: "plant3")
        model.maximize(3 * x + 5 * y)
        return Case(name: "Wyndor LP", model: try model.freeze(), expected: .optimal(36))
    }

    /// 3x + 5y = 22 over non-negative integers, minimise x + y → 6 at (4, 2).
    static func equalityInteger() throws -> Case {
        var model = Model(name: "equality")
        let x = model.addInteger(name: "x"), y = model.addInteger(name: "y")
        model.add(3 * x + 5 * y == 22, name: "sum")
        model.minimize(x + y)
        return Case(name: "equality-constrained integer", model: try model.freeze(), expected: .optimal(6))
    }

    /// 2x + 4y = 7 has no integer solution although its LP relaxation is feasible.
    static func parityInfeasible() throws -> Case {
        var model = Model(name: "parity")
        let x = model.addInteger(name: "x", upper: 10), y = model.addInteger(name: "y", upper: 10)
        model.add(2 * x + 4 * y == 7, name: "odd")
        model.minimize(x + y)
        return Case(name: "integer-infeasible parity", model: try model.freeze(), expected: .infeasible)
    }

    static func infeasibleBinary() throws -> Case {
        var model = Model(name: "infeasible")
        let x = model.addBinary(name: "x"), y = model.addBinary(name: "y")
        model.add(x + y >= 3, name: "at_least")
        model.maximize(x + y)
        return Case(name: "infeasible binary", model: try model.freeze(), expected: .infeasible)
    }

    static func unboundedLP() throws -> Case {
        var model = Model(name: "unbounded")
        let x = model.addVariable(name: "x"), y = model.addVariable(name: "y")
        model.add(x - y <= 1, name: "difference")
        model.maximize(x + y)
        return Case(name: "unbounded LP", model: try model.freeze(), expected: .unbounded)
    }

    /// Minimise x + 10 subject to 2 ≤ x + y ≤ 5, y ≤ 1 → 11.
    static func rangedRowWithConstant() throws -> Case {
        var model = Model(name: "ranged")
        let x = model.addInteger(name: "x"), y = model.addVariable(name: "y", upper: 1)
        model.add(LinearConstraint(x + y, lower: 2, upper: 5), name: "band")
        model.minimize(x + 10)
        return Case(name: "ranged row and objective constant", model: try model.freeze(), expected: .optimal(11))
    }

    /// A free variable: minimise z subject to z ≥ x − 3, z ≥ 3 − x, x ≤ 1 → 2.
    static func freeVariableLP() throws -> Case {
        var model = Model(name: "free")
        let x = model.addVariable(name: "x", lower: nil, upper: 1)
        let z = model.addVariable(name: "z", lower: nil, upper: nil)
        model.add(z >= x - 3, name: "above_1")
        model.add(z >= 3 - x, name: "above_2")
        model.minimize(LinearExpression(z))
        return Case(name: "free variables", model: try model.freeze(), expected: .optimal(2))
    }

    /// A binary fixed at 1 by its bounds must stay fixed: maximise −x → −1.
    static func fixedBinary() throws -> Case {
        var model = Model(name: "fixed")
        let x = model.addBinary(name: "x")
        model.setBounds(x, lower: 1, upper: 1)
        model.maximize(-1 * x)
        return Case(name: "fixed binary", model: try model.freeze(), expected: .optimal(-1))
    }
}
