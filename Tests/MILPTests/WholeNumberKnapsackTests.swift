import GLPKSolver
import SprintModel
import Testing

@testable import MILP

/// `WholeNumberKnapsack`: dividing by the weights' common divisor and rounding the capacity
/// down keeps exactly the integer points of the row, and never loosens its LP relaxation.
@Suite("Whole-number knapsack")
struct WholeNumberKnapsackTests {
    @Test func theRowIsDividedAndTheCapacityRoundedDown() {
        var model = Model()
        let x = (0..<3).map { _ in model.addBinary() }
        let row = WholeNumberKnapsack([(x[0], 90_000), (x[1], 40_000), (x[2], 70_000)], capacity: 66_177)
        #expect(row.divisor == 10_000 && row.capacity == 6)
        #expect(row.expression.terms.map(\.coefficient) == [9, 4, 7])
        let negative = WholeNumberKnapsack([(x[0], 4), (x[1], -6)], capacity: -5)
        #expect(negative.divisor == 2 && negative.capacity == -3, "rounded toward −∞")
        let repeated = WholeNumberKnapsack([(x[0], 6), (x[1], 9), (x[0], 3)], capacity: 20)
        #expect(repeated.divisor == 9 && repeated.capacity == 2)
        #expect(repeated.expression.terms.map(\.coefficient) == [1, 1], "a repeated column's weights are summed")
        let empty = WholeNumberKnapsack([(x[0], 0)], capacity: 7)
        #expect(empty.divisor == 1 && empty.capacity == 7 && empty.expression.terms.isEmpty)
    }

    /// On 300 random rows over 0-1 points: the same points fit, and the LP optimum of a
    /// knapsack under the divided row is never above the one under the original row.
    @Test func everyZeroOnePointKeepsItsSideAndTheLPOnlyTightens() throws {
        var random = SeededRandom(seed: 5)
        for seed in 1...300 {
            let n = random.integer(in: 1...8)
            let unit = Int64(random.integer(in: 1...50))
            let weights = (0..<n).map { _ in unit * Int64(random.integer(in: -3...12)) }
            let capacity = Int64(random.integer(in: -40...400))
            var model = Model()
            let x = (0..<n).map { _ in model.addBinary() }
            let row = WholeNumberKnapsack(Array(zip(x, weights)), capacity: capacity)
            for mask in 0..<(1 << n) {
                let point = (0..<n).map { Int64((mask >> $0) & 1) }
                let original = zip(weights, point).reduce(Int64(0)) { $0 + $1.0 * $1.1 } <= capacity
                let divided = row.expression.value(at: point.map(Double.init)) <= Double(row.capacity)
                #expect(original == divided, "seed \(seed), point \(point)")
            }
            let values = (0..<n).map { _ in Double(random.integer(in: 1...20)) }
            func lpOptimum(_ constraint: LinearConstraint) throws -> Double? {
                var lp = Model()
                let y = (0..<n).map { _ in lp.addVariable(lower: 0, upper: 1) }
                let terms = constraint.expression.terms.map { (y[$0.variable.index], $0.coefficient) }
                lp.add(
                    LinearConstraint(LinearExpression(terms: terms), lower: constraint.lower, upper: constraint.upper))
                lp.maximize(LinearExpression.sum(zip(y, values).map { ($0, $1) }))
                return GLPKSolver().solve(try lp.freeze(), options: SolveOptions()).objective
            }
            let loose = try lpOptimum(
                LinearExpression.sum(zip(x, weights).map { ($0, Double($1)) }) <= Double(capacity))
            let tight = try lpOptimum(row.constraint)
            #expect((loose == nil) == false || tight == nil, "seed \(seed): the divided row cannot admit more")
            if let loose, let tight { #expect(tight <= loose + 1e-7, "seed \(seed): \(tight) > \(loose)") }
        }
    }
}
