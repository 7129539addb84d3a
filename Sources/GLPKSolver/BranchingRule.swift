import MILP

/// Which fractional column to branch on when the model gives branching priorities: one of the
/// highest priority above 0, and among those the one whose fractional part carries the most
/// objective (|c|·distance to the nearest integer; the lowest index on ties). Columns of
/// priority 0 are left to GLPK's own rule, which applies when no prioritised column is
/// fractional.
struct BranchingRule {
    /// Per column (0-based); continuous columns count as 0.
    let priorities: [Int]
    let objective: [Double]

    /// nil when no column has a priority above 0.
    init?(_ model: MILPModel) {
        guard !model.branchingPriorities.isEmpty else { return nil }
        var priorities = [Int](repeating: 0, count: model.columns.count)
        for (column, priority) in model.branchingPriorities where model.columns[column].kind != .continuous {
            priorities[column] = priority
        }
        guard priorities.contains(where: { $0 > 0 }) else { return nil }
        self.priorities = priorities
        self.objective = model.objective
    }

    /// `candidate(j)` is column j's LP value when the solver may branch on it, else nil.
    func choose(_ candidate: (Int) -> Double?) -> Int? {
        var best: Int?, bestPriority = 0, bestScore = -1.0
        for (j, priority) in priorities.enumerated() where priority > 0 && priority >= bestPriority {
            guard let value = candidate(j) else { continue }
            let fraction = min(value - value.rounded(.down), value.rounded(.up) - value)
            let score = abs(objective[j]) * fraction
            if priority > bestPriority || score > bestScore {
                (best, bestPriority, bestScore) = (j, priority, score)
            }
        }
        return best
    }
}
