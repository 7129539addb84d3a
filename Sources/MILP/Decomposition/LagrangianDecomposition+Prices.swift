/// How the decomposition moves the prices of the linking rows between rounds.
extension LagrangianDecomposition {
    /// A projected subgradient step (Polyak's length, towards `target`): ∂L/∂up = upper −
    /// activity, ∂L/∂down = activity − lower. Nil when the activities already meet every row
    /// at these prices (no direction to move).
    static func subgradientStep(
        up: [Double], down: [Double], activity: [Double], linking: [MILPModel.Row],
        current: Double, target: Double?
    ) -> ([Double], [Double])? {
        var gradientUp = [Double](repeating: 0, count: linking.count), gradientDown = gradientUp
        var norm = 0.0
        for (k, row) in linking.enumerated() {
            if let upper = row.upper {
                gradientUp[k] = upper - activity[k]
                if !(up[k] == 0 && gradientUp[k] > 0) { norm += gradientUp[k] * gradientUp[k] }
            }
            if let lower = row.lower {
                gradientDown[k] = activity[k] - lower
                if !(down[k] == 0 && gradientDown[k] > 0) { norm += gradientDown[k] * gradientDown[k] }
            }
        }
        guard norm > 0 else { return nil }
        let goal = target ?? current - 0.05 * max(1, abs(current))
        let length = max(current - goal, 1e-6 * max(1, abs(current))) / norm
        return (
            zip(up, gradientUp).map { max(0, $0 - length * $1) },
            zip(down, gradientDown).map { max(0, $0 - length * $1) }
        )
    }

    /// The prices that minimise the dual function as the pools describe it (each block's best
    /// piece at those prices), within a box of relative `radius` around the best prices so far
    /// (Kelley's cutting planes with a trust region: the pools' model is only good near them).
    static func cuttingPlaneStep(
        pools: [[Piece]], linking: [MILPModel.Row], center: ([Double], [Double]), radius: Double,
        last: ([Double], [Double]), solver: any MILPSolver, options: SolveOptions
    ) -> ([Double], [Double], onEdge: Bool)? {
        let magnitudes = (center.0 + center.1).filter { $0 > 0 }
        let fallback = (last.0 + last.1).filter { $0 > 0 }
        let scale =
            magnitudes.isEmpty
            ? (fallback.isEmpty ? 1e-9 : fallback.reduce(0, +) / Double(fallback.count))
            : magnitudes.reduce(0, +) / Double(magnitudes.count)
        var master = Model(name: "prices")
        func price(_ centre: Double, exists: Bool) -> Variable {
            let width = radius * max(centre, scale)
            return master.addVariable(lower: exists ? max(0, centre - width) : 0, upper: exists ? centre + width : 0)
        }
        let up = linking.indices.map { price(center.0[$0], exists: linking[$0].upper != nil) }
        let down = linking.indices.map { price(center.1[$0], exists: linking[$0].lower != nil) }
        var objective = LinearExpression()
        for (k, row) in linking.enumerated() {
            if let upper = row.upper { objective.add(up[k], upper) }
            if let lower = row.lower { objective.add(down[k], -lower) }
        }
        for pool in pools {
            let eta = master.addVariable(lower: nil, upper: nil)
            objective.add(eta)
            for piece in pool {
                var cut = LinearExpression(eta)
                for k in linking.indices where piece.activity[k] != 0 {
                    cut.add(up[k], piece.activity[k])
                    cut.add(down[k], -piece.activity[k])
                }
                master.add(cut >= piece.value)
            }
        }
        master.minimize(objective)
        guard let frozen = try? master.freeze() else { return nil }
        var lpOptions = options
        lpOptions.warmStart = nil
        lpOptions.timeLimit = 5
        let result = solver.solve(frozen, options: lpOptions)
        guard result.status == .optimal else { return nil }
        // On the edge: a price at a bound of its box other than zero.
        let onEdge = (up + down).contains { price in
            let value = result.values[price.index], column = frozen.columns[price.index]
            let upper = column.upper ?? .infinity, lower = column.lower ?? 0
            let tolerance = 1e-9 * max(1e-12, upper)
            return upper > 0 && (value >= upper - tolerance || (lower > 0 && value <= lower + tolerance))
        }
        return (up.map { max(0, result.values[$0.index]) }, down.map { max(0, result.values[$0.index]) }, onEdge)
    }
}
