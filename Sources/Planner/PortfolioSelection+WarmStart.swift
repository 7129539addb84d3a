import MILP
import SprintModel

extension PortfolioSelection {
    /// What a greedy selection takes whole: single measures worth something and whole Lösungen,
    /// each with the prerequisites it needs (candidate indices, ascending). Built once per
    /// model and shared by every greedy start.
    struct GreedyItems {
        var groups: [[Int]] = []
        /// Value of the item: its measures' values and, for a Lösung, its bundle value.
        var values: [Double] = []
        /// The model column that says whether the item is funded.
        var columns: [Int] = []
        /// Per candidate: its open prerequisites.
        var prerequisites: [[Int]] = []
        /// Per Lösung of the model (`Built.bundles`): its open members.
        var members: [[Int]] = []
    }

    func greedyItems(_ built: Built) -> GreedyItems {
        let candidates = built.candidates
        let index = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1.measure.id, $0) })
        var items = GreedyItems()
        items.prerequisites = candidates.map { $0.measure.prerequisites.compactMap { index[$0] } }
        // Depth-first closures marked by a stamp per call: no set per item.
        var mark = [Int](repeating: 0, count: candidates.count)
        var stamp = 0
        func closure(_ roots: [Int]) -> [Int] {
            stamp += 1
            var stack = roots, group: [Int] = []
            while let i = stack.popLast() {
                guard mark[i] != stamp else { continue }
                mark[i] = stamp
                group.append(i)
                stack.append(contentsOf: items.prerequisites[i])
            }
            return group.sorted()
        }
        func value(_ group: [Int]) -> Double { group.reduce(0) { $0 + candidates[$1].value } }
        for (i, candidate) in candidates.enumerated() where candidate.value > 0 {
            let group = closure([i])
            items.groups.append(group)
            items.values.append(value(group))
            items.columns.append(built.y[i].index)
        }
        let solutions = Dictionary(scenario.solutions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for bundle in built.bundles {
            let solution = solutions[bundle.id]!
            let members = solution.measures.compactMap { index[$0] }
            items.members.append(members)
            let group = closure(members)
            items.groups.append(group)
            items.values.append(solution.bundleValue + value(group))
            items.columns.append(bundle.variable.index)
        }
        return items
    }

    /// A feasible first selection for GLPK: the items of `items`, taken by value per euro while
    /// the money lasts. A measure already taken for another item costs nothing again (shared
    /// measures).
    ///
    /// With `guide` (the LP relaxation's value per column), items the LP funds more fully come
    /// first, by value per euro among equals: the LP's whole items fit the budget together, so
    /// the start is worth at least the LP's integral part. On Next-Release shapes at 30 % of the
    /// cost that is far better than value per euro alone (classic-4: 13,530 against 12,444 of
    /// an LP bound of 13,543), and the better start lets reduced costs fix many more columns.
    func greedy(_ built: Built, items: GreedyItems, columns: Int, guide: [Double]? = nil) -> [Double] {
        let candidates = built.candidates
        // Value per euro of the whole item, its cost summed in cents (exact, in any order).
        let ratios = zip(items.groups, items.values).map { group, value in
            value / max(1, Money(cents: group.reduce(0) { $0 + candidates[$1].cost.cents }).euros)
        }
        // The LP's value rounded to 1e-6, so that its rounding noise does not decide; ties by
        // the smallest member index: the same start on every run.
        let lp = items.columns.map { column in guide.map { ($0[column] * 1e6).rounded() } ?? 0 }
        let order = items.groups.indices.sorted {
            if lp[$0] != lp[$1] { return lp[$0] > lp[$1] }
            if ratios[$0] != ratios[$1] { return ratios[$0] > ratios[$1] }
            return (items.groups[$0].first ?? 0) < (items.groups[$1].first ?? 0)
        }
        var chosen = [Bool](repeating: false, count: candidates.count)
        var spent = Money.zero, own = Money.zero
        for item in order {
            var extraCost = Money.zero, extraOwn = Money.zero
            for j in items.groups[item] where !chosen[j] {
                extraCost += candidates[j].cost
                extraOwn += candidates[j].own
            }
            if let total = scenario.budget.total, spent + extraCost > total { continue }
            if let cap = scenario.budget.ownShareCap, own + extraOwn > cap { continue }
            spent += extraCost
            own += extraOwn
            for j in items.groups[item] { chosen[j] = true }
        }
        // Members that no complete Lösung and no chosen measure uses would break the dominance
        // rows (a zero-value measure only with a use): leave them out, until none is left.
        var complete: [Bool] = []
        var changed = true
        while changed {
            complete = items.members.map { $0.allSatisfy { chosen[$0] } }
            var used = [Bool](repeating: false, count: candidates.count)
            for (members, isComplete) in zip(items.members, complete) where isComplete {
                for j in members { used[j] = true }
            }
            for i in candidates.indices where chosen[i] {
                for a in items.prerequisites[i] { used[a] = true }
            }
            changed = false
            for i in candidates.indices where chosen[i] && candidates[i].value <= 0 && !used[i] {
                chosen[i] = false
                changed = true
            }
        }
        var values = [Double](repeating: 0, count: columns)
        for i in candidates.indices where chosen[i] { values[built.y[i].index] = 1 }
        for (bundle, isComplete) in zip(built.bundles, complete) { values[bundle.variable.index] = isComplete ? 1 : 0 }
        return values
    }
}
