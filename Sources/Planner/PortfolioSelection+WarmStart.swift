import MILP
import SprintModel

extension PortfolioSelection {
    /// A feasible first selection for GLPK: items are single measures and whole Lösungen, each
    /// with the prerequisites it needs; taken by value per euro while the money lasts. A
    /// measure already taken for another item costs nothing again (shared measures).
    ///
    /// With `guide` (the LP relaxation's value per column), items the LP funds more fully come
    /// first, by value per euro among equals: the LP's whole items fit the budget together, so
    /// the start is worth at least the LP's integral part. On Next-Release shapes at 30 % of the
    /// cost that is far better than value per euro alone (classic-4: 13,530 against 12,444 of
    /// an LP bound of 13,543), and the better start lets reduced costs fix many more columns.
    func greedy(_ built: Built, columns: Int, guide: [Double]? = nil) -> [Double] {
        var values = [Double](repeating: 0, count: columns)
        let candidates = built.candidates
        let index = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1.measure.id, $0) })
        var chosen = Set<Int>()
        let done = Set(scenario.measures.filter { $0.status == .done }.map(\.id))
        let members = Dictionary(
            scenario.solutions.map { ($0.id, $0.measures) }, uniquingKeysWith: { first, _ in first })
        func isComplete(_ id: String) -> Bool {
            members[id, default: []].allSatisfy { done.contains($0) || index[$0].map(chosen.contains) == true }
        }
        func closure(_ i: Int, _ into: inout Set<Int>) {
            guard into.insert(i).inserted else { return }
            for prerequisite in candidates[i].measure.prerequisites {
                if let a = index[prerequisite] { closure(a, &into) }
            }
        }
        var items: [(group: Set<Int>, value: Double, column: Int)] = []
        for (i, candidate) in candidates.enumerated() where candidate.value > 0 {
            var group = Set<Int>()
            closure(i, &group)
            items.append((group, group.reduce(0) { $0 + candidates[$1].value }, built.y[i].index))
        }
        let bundleIDs = Set(built.bundles.map(\.id))
        let bundleColumns = Dictionary(
            built.bundles.map { ($0.id, $0.variable.index) }, uniquingKeysWith: { a, _ in a })
        for solution in scenario.solutions where bundleIDs.contains(solution.id) {
            var group = Set<Int>()
            for id in solution.measures { if let i = index[id] { closure(i, &group) } }
            items.append(
                (
                    group, solution.bundleValue + group.reduce(0) { $0 + candidates[$1].value },
                    bundleColumns[solution.id]!
                ))
        }
        func cost(_ group: Set<Int>) -> Double { max(1, group.reduce(0) { $0 + candidates[$1].cost.euros }) }
        // Ties by the smallest member index: the same start on every run.
        // The LP's value rounded to 1e-6, so that its rounding noise does not decide.
        let keys = items.map { item in
            (
                lp: guide.map { ($0[item.column] * 1e6).rounded() } ?? 0, ratio: item.value / cost(item.group),
                first: item.group.min() ?? 0
            )
        }
        let order = items.indices.sorted {
            if keys[$0].lp != keys[$1].lp { return keys[$0].lp > keys[$1].lp }
            return keys[$0].ratio != keys[$1].ratio ? keys[$0].ratio > keys[$1].ratio : keys[$0].first < keys[$1].first
        }
        var spent = Money.zero, own = Money.zero
        for item in order.map({ items[$0] }) {
            let new = item.group.subtracting(chosen)
            let extraCost = new.reduce(Money.zero) { $0 + candidates[$1].cost }
            let extraOwn = new.reduce(Money.zero) { $0 + candidates[$1].own }
            if let total = scenario.budget.total, spent + extraCost > total { continue }
            if let cap = scenario.budget.ownShareCap, own + extraOwn > cap { continue }
            spent += extraCost
            own += extraOwn
            chosen.formUnion(new)
        }
        // Members that no complete Lösung and no chosen measure uses would break the dominance
        // rows (a zero-value measure only with a use): leave them out.
        var complete = built.bundles.map { isComplete($0.id) }
        var changed = true
        while changed {
            changed = false
            let inComplete = Set(
                zip(built.bundles, complete).filter(\.1).flatMap { members[$0.0.id, default: []] }
                    .compactMap { index[$0] })
            let needed = Set(chosen.flatMap { candidates[$0].measure.prerequisites.compactMap { index[$0] } })
            for i in chosen where candidates[i].value <= 0 && !inComplete.contains(i) && !needed.contains(i) {
                chosen.remove(i)
                changed = true
            }
            complete = built.bundles.map { isComplete($0.id) }
        }
        for i in chosen { values[built.y[i].index] = 1 }
        for (bundle, isComplete) in zip(built.bundles, complete) { values[bundle.variable.index] = isComplete ? 1 : 0 }
        return values
    }
}
