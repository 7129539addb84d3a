import SprintModel

/// Splits a scenario into independent parts for a fast first plan: Zielbilder are joined when
/// something links them (cross-Zielbild help, a prerequisite or a Lösung across them); money
/// caps are shared out in proportion to the teams. Each part is planned on its own, and the
/// parts' plans together form a plan for the whole scenario that keeps every rule — the
/// warm start for the full model, whose bound then tells how good it is.
struct Decomposition {
    let scenario: Scenario

    /// Groups of Zielbild ids; a single group means the scenario does not decompose.
    func parts() -> [[String]] {
        let ids = scenario.zielbilder.map(\.id)
        guard ids.count > 1, !scenario.policy.crossZielbild.allowed else { return [ids] }
        var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        func find(_ id: String) -> String {
            var root = id
            while parent[root]! != root { root = parent[root]! }
            return root
        }
        func join(_ a: String, _ b: String) {
            guard parent[a] != nil, parent[b] != nil else { return }
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var zielbildOf: [String: String] = [:]
        for measure in scenario.measures where zielbildOf[measure.id] == nil { zielbildOf[measure.id] = measure.zielbild }
        for measure in scenario.measures {
            for prerequisite in measure.prerequisites { if let other = zielbildOf[prerequisite] { join(measure.zielbild, other) } }
        }
        for solution in scenario.solutions {
            for id in solution.measures { if let other = zielbildOf[id] { join(solution.zielbild, other) } }
        }
        var groups: [String: [String]] = [:]
        for id in ids { groups[find(id), default: []].append(id) }
        return ids.compactMap { groups[$0] }  // ordered by each group's first Zielbild
    }

    /// The scenario restricted to one part. Its money: what `reference` (a plan for the whole
    /// scenario) spends in the part, plus a share of what the reference leaves unspent in
    /// proportion to the part's teams — so the reference's restriction to the part stays
    /// feasible and the parts' caps never add up to more than the whole caps (rounded down
    /// to whole cents).
    func subScenario(_ part: [String], reference: PlanReport, referenceByPart: PlanReport) -> Scenario {
        let zielbilder = Set(part)
        var sub = scenario
        sub.zielbilder = scenario.zielbilder.filter { zielbilder.contains($0.id) }
        sub.measures = scenario.measures.filter { zielbilder.contains($0.zielbild) }
        sub.sprintteams = scenario.sprintteams.filter { zielbilder.contains($0.zielbild) }
        sub.solutions = scenario.solutions.filter { zielbilder.contains($0.zielbild) }
        let teams = Set(sub.sprintteams.map(\.id)), measures = Set(sub.measures.map(\.id))
        sub.locks.pins = scenario.locks.pins.filter { teams.contains($0.team) && measures.contains($0.measure) }
        sub.locks.forbidden = scenario.locks.forbidden.filter { teams.contains($0.team) && measures.contains($0.measure) }
        let share = Double(sub.sprintteams.count) / Double(max(1, scenario.sprintteams.count))
        func slice(_ cap: Money?, used: Money, usedHere: Money) -> Money? {
            cap.map { usedHere + Money(cents: Int64((Double(max(0, ($0 - used).cents)) * share).rounded(.down))) }
        }
        var budget = Budget()
        budget.total = slice(scenario.budget.total, used: reference.totalSpending, usedHere: referenceByPart.totalSpending)
        budget.ownShareCap = slice(scenario.budget.ownShareCap, used: reference.totalOwnShare, usedHere: referenceByPart.totalOwnShare)
        for (whole, here) in zip(reference.money, referenceByPart.money) {
            budget.quarterOverrides[whole.quarter] = slice(whole.cap, used: whole.spending, usedHere: here.spending)
        }
        sub.budget = budget
        return sub
    }
}
