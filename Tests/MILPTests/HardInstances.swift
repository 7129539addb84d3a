import MILP
import SprintModel

/// Instances GLPK cannot prove optimal within seconds, for time-limit tests.
enum HardInstances {
    /// A multidimensional 0-1 knapsack with correlated values (like the OR-Library `mknap`
    /// sets): the LP bound is tight enough to find good incumbents at once, too weak to prove
    /// optimality for a long time.
    static func multidimensionalKnapsack(items: Int = 250, dimensions: Int = 10, seed: UInt64 = 7) throws -> MILPModel {
        var random = SeededRandom(seed: seed)
        var model = Model(name: "mknap_\(items)_\(dimensions)")
        let take = (0..<items).map { model.addBinary(name: "take_\($0)") }
        var weightSums = [Double](repeating: 0, count: items)
        for d in 0..<dimensions {
            let weights = (0..<items).map { _ in Double(random.integer(in: 1...1000)) }
            for i in 0..<items { weightSums[i] += weights[i] }
            model.add(
                LinearExpression.sum(zip(take, weights).map { ($0, $1) }) <= weights.reduce(0, +) / 2,
                name: "capacity_\(d)")
        }
        let values = weightSums.map { $0 / Double(dimensions) + Double(random.integer(in: 0...500)) }
        model.maximize(LinearExpression.sum(zip(take, values).map { ($0, $1) }))
        return try model.freeze()
    }
}
