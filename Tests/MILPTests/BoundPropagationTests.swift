import MILP
import SprintModel
import Testing

/// `MILPModel.propagating`: on random small 0-1 programs, checked against every one of the 2ⁿ
/// points, a derived value is never contradicted by a feasible point that has the given values,
/// and "no point" means no feasible point has them.
@Suite("Bound propagation against brute force")
struct BoundPropagationTests {
    @Test("Derived values hold for every feasible point with the fixed values (600 programs)")
    func derivedValuesHold() throws {
        var derived = 0, refuted = 0
        for seed in 1...600 as ClosedRange<UInt64> {
            let instance = try RootRelaxationTests.instance(seed: seed)
            var random = SeededRandom(seed: seed &* 104_729)
            let n = instance.model.columns.count
            var fixed: [Int: Double] = [:]
            for j in 0..<n where random.integer(in: 0...2) == 0 { fixed[j] = Double(random.integer(in: 0...1)) }
            let agreeing = instance.feasible.filter { item in fixed.allSatisfy { item.point[$0.key] == $0.value } }
            guard let result = instance.model.propagating(fixed) else {
                #expect(agreeing.isEmpty, "seed \(seed): no point claimed, \(agreeing.count) exist")
                refuted += 1
                continue
            }
            for (j, value) in fixed { #expect(result[j] == value, "seed \(seed): the given value of column \(j)") }
            for (point, _) in agreeing {
                for (j, value) in result {
                    #expect(point[j] == value, "seed \(seed): column \(j) derived \(value), a point has \(point[j])")
                }
            }
            derived += result.count - fixed.count
        }
        // The check above holds trivially if nothing is ever derived.
        #expect(derived >= 100)
        #expect(refuted >= 20)
    }

    @Test("A chain of prerequisites follows from its last measure, and a cap from a fixed cost")
    func chains() throws {
        var model = Model(name: "chain")
        let x = (0..<4).map { model.addBinary(name: "x\($0)") }
        for k in 1..<4 { model.add(LinearExpression(x[k]) <= LinearExpression(x[k - 1]), name: "needs\(k)") }
        model.add(LinearExpression.sum(x.map { ($0, 3.0) }) <= 10, name: "budget")
        model.maximize(LinearExpression.sum(x.map { ($0, 1.0) }))
        let frozen = try model.freeze()
        #expect(frozen.propagating([2: 1]) == [0: 1, 1: 1, 2: 1, 3: 0])
        #expect(frozen.propagating([0: 0]) == [0: 0, 1: 0, 2: 0, 3: 0])
        #expect(frozen.propagating([3: 1]) == nil)  // four measures cost 12 > 10
        #expect(frozen.propagating([:]) == [:])
    }

    @Test("Fractional coefficients: a column whose 0 meets the limit exactly is never fixed (40 rows)")
    func fractionalTies() throws {
        for seed in 1...40 as ClosedRange<UInt64> {
            var random = SeededRandom(seed: seed)
            var model = Model(name: "tie")
            let x = (0..<2_000).map { model.addBinary(name: "x\($0)") }
            let small = model.addBinary(name: "small")
            let coefficients = x.map { _ in Double(random.integer(in: 1...100)) / 3 }
            // The floor is the sum of the others, rounded down: all others funded and `small`
            // left out meets it exactly (up to the last bit), so `small` may be 0.
            let exact = coefficients.reduce(Float80(0)) { $0 + Float80($1) }
            var floor = Double(exact)
            if Float80(floor) > exact { floor = floor.nextDown }
            let row =
                LinearExpression.sum(zip(x, coefficients).map { ($0, $1) }) + LinearExpression.sum([(small, 1e-3)])
            model.add(row >= floor, name: "value_held")
            model.minimize(LinearExpression.sum([(small, 1.0)]))
            let result = try #require(try model.freeze().propagating([:]), "seed \(seed)")
            #expect(result[small.index] == nil, "seed \(seed): the column is fixed at \(result[small.index] ?? .nan)")
        }
    }
}
