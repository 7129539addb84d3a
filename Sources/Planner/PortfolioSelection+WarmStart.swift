import MILP
import SprintModel

extension PortfolioSelection {
    /// A feasible first selection for GLPK: items are single measures and whole Lösungen, each
    /// with the prerequisites it needs; taken by value per euro while the money lasts. A
    /// measure already taken for another item costs nothing again (shared measures).
    func greedy(_ built: Built, columns: Int) -> [Double] {
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
        var items: [(group: Set<Int>, value: Double)] = []
        for (i, candidate) in candidates.enumerated() where candidate.value > 0 {
            var group = Set<Int>()
            closure(i, &group)
            items.append((group, group.reduce(0) { $0 + candidates[$1].value }))
        }
        let bundleIDs = Set(built.bundles.map(\.id))
        for solution in scenario.solutions where bundleIDs.contains(solution.id) {
            var group = Set<Int>()
            for id in solution.measures { if let i = index[id] { closure(i, &group) } }
            items.append((group, solution.bundleValue + group.reduce(0) { $0 + candidates[$1].value }))
        }
        func cost(_ group: Set<Int>) -> Double { max(1, group.reduce(0) { $0 + candidates[$1].cost.euros }) }
        // Ties by the smallest member index: the same start on every run.
        let keys = items.map { (ratio: $0.value / cost($0.group), first: $0.group.min() ?? 0) }
        let order = items.indices.sorted {
            keys[$0].ratio != keys[$1].ratio ? keys[$0].ratio > keys[$1].ratio : keys[$0].first < keys[$1].first
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
