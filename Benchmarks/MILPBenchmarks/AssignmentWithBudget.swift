import MILP
import SprintModel

/// A 2,000-variable assignment-with-budget MIP: 40 teams, 50 measures; each team takes at
/// most one measure, each measure at most one team, and the chosen assignments must fit a
/// budget. The shape of one quarter of a region-size sprint plan.
enum AssignmentWithBudget {
    static func build(teams: Int = 40, measures: Int = 50, seed: UInt64 = 42, names: Bool = true) -> MILPModel {
        var random = SeededRandom(seed: seed)
        var model = Model(name: "assignment_budget")
        var x: [[Variable]] = []
        var objective = LinearExpression()
        var budget = LinearExpression()
        var totalCost = 0.0
        for t in 0..<teams {
            var row: [Variable] = []
            for m in 0..<measures {
                let variable = model.addBinary(name: names ? "x_\(t)_\(m)" : "")
                let value = Double(random.integer(in: 10...100))
                let cost = Double(random.integer(in: 20...120))
                objective.add(variable, value)
                budget.add(variable, cost)
                totalCost += cost
                row.append(variable)
            }
            x.append(row)
        }
        for t in 0..<teams { model.add(LinearExpression.sum(x[t]) <= 1, name: "team_\(t)") }
        for m in 0..<measures {
            model.add(LinearExpression.sum((0..<teams).map { x[$0][m] }) <= 1, name: "measure_\(m)")
        }
        model.add(budget <= totalCost / Double(measures) * Double(teams) * 0.35, name: "budget")
        model.maximize(objective)
        return try! model.freeze()
    }
}
