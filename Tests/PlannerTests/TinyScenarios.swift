import SprintModel

/// Seeded random tiny scenarios (≤ 3 teams, ≤ 6 measures, ≤ 3 quarters) exercising every
/// planning rule: prerequisites, budgets, own share, one-off costs, bundles, locks, balance,
/// continuity, cross-Zielbild help, skills, availability, deadlines and earliest starts.
enum TinyScenarios {
    /// With `shared`, a second Lösung shares a measure with the first (and a third, when
    /// there are measures enough, shares one with the second).
    static func make(seed: UInt64, shared: Bool = false) -> Scenario {
        var r = SeededRandom(seed: seed)
        func chance(_ percent: Int) -> Bool { r.integer(in: 1...100) <= percent }
        let quarterCount = r.integer(in: 1...3)
        let start = Quarter("2027-Q1")!
        let quarters = (0..<quarterCount).map { start.advanced(by: $0) }
        let zielbilder = (1...r.integer(in: 1...2)).map { Zielbild(id: "Z\($0)", name: "Z\($0)") }
        let skills = ["a", "b"]
        let criteria = [
            Criterion(id: "c1", label: "c1", kind: .impact, scale: .range(min: 0, max: 10), weight: 2),
            Criterion(id: "c2", label: "c2", kind: .funding, scale: .yesNo, weight: 1),
        ]
        let measureCount = r.integer(in: 1...6)
        var measures: [Measure] = []
        for i in 0..<measureCount {
            let effort = [1.0, 1, 2, 2, 3, 1.5][r.integer(in: 0...5)]
            var measure = Measure(
                id: "M\(i + 1)", name: "M\(i + 1)", zielbild: zielbilder[r.integer(in: 0...(zielbilder.count - 1))].id,
                effort: effort, costPerTeamQuarter: Money(euros: Int64(r.integer(in: 2...9)) * 1000),
                ratings: ["c1": Double(r.integer(in: 0...10)), "c2": Double(r.integer(in: 0...1))])
            if chance(30) { measure.maxTeams = 2 }
            if chance(25) { measure.requiredSkills = [skills[r.integer(in: 0...1)]] }
            if chance(30) { measure.oneOffCost = Money(euros: Int64(r.integer(in: 1...6)) * 1000) }
            if chance(30) { measure.eligibleShare = 0.5 }
            if i > 0 && chance(30) { measure.prerequisites = ["M\(r.integer(in: 1...i))"] }
            if chance(15) { measure.earliestStart = quarters[r.integer(in: 0...(quarterCount - 1))] }
            if chance(15) { measure.deadline = quarters[r.integer(in: 0...(quarterCount - 1))].lastDay }
            if chance(10) {
                measure.status = .done
                measure.progress = measure.effort
            }
            measures.append(measure)
        }
        var teams: [Sprintteam] = []
        for t in 0..<r.integer(in: 1...3) {
            var team = Sprintteam(
                id: "T\(t + 1)", name: "T\(t + 1)", zielbild: zielbilder[r.integer(in: 0...(zielbilder.count - 1))].id,
                skills: skills.filter { _ in chance(60) })
            if chance(20) { team.unavailable = [quarters[r.integer(in: 0...(quarterCount - 1))]] }
            teams.append(team)
        }
        // Running measures, each with a team on it.
        for index in measures.indices where measures[index].status == .candidate && chance(25) {
            let candidates = teams.indices.filter {
                teams[$0].currentMeasure == nil && teams[$0].zielbild == measures[index].zielbild
                    && teams[$0].hasSkills(measures[index].requiredSkills)
            }
            guard let t = candidates.first else { continue }
            measures[index].status = .running
            measures[index].progress = measures[index].effort > 1 ? 1 : 0.5
            teams[t].currentMeasure = measures[index].id
        }
        var solutions: [Solution] = []
        let open = measures.filter { $0.status != .done }.map(\.id)
        if open.count >= 2 && chance(40) {
            let members = Array(open.prefix(2))
            solutions.append(
                Solution(
                    id: "L1", name: "L1", zielbild: measures.first { $0.id == members[0] }!.zielbild,
                    measures: members, bundleValue: Double(r.integer(in: 5...60))))
            for index in measures.indices where members.contains(measures[index].id) {
                measures[index].solutions = ["L1"]
            }
        }
        if shared && open.count >= 2 {
            if solutions.isEmpty {
                solutions.append(
                    Solution(
                        id: "L1", name: "L1", zielbild: zielbilder[0].id, measures: Array(open.prefix(2)),
                        bundleValue: Double(r.integer(in: 5...60))))
            }
            // L2 shares L1's second measure and adds one more (or stands on the shared one alone).
            var members = [solutions[0].measures[1]]
            if open.count >= 3 { members.append(open[r.integer(in: 2...(open.count - 1))]) }
            solutions.append(
                Solution(
                    id: "L2", name: "L2", zielbild: zielbilder[0].id, measures: members,
                    bundleValue: Double(r.integer(in: 5...60))))
            if open.count >= 4 {
                solutions.append(
                    Solution(
                        id: "L3", name: "L3", zielbild: zielbilder[0].id, measures: [members.last!, open[0]],
                        bundleValue: Double(r.integer(in: 5...60))))
            }
            for index in measures.indices {
                measures[index].solutions = solutions.filter { $0.measures.contains(measures[index].id) }.map(\.id)
            }
        }
        var budget = Budget()
        if chance(50) { budget.perQuarter = Money(euros: Int64(r.integer(in: 4...20)) * 1000) }
        if chance(40) { budget.total = Money(euros: Int64(r.integer(in: 5...40)) * 1000) }
        if chance(30) { budget.ownShareCap = Money(euros: Int64(r.integer(in: 2...15)) * 1000) }
        var policy = Policy(
            switchingCost: Double(r.integer(in: 0...20)), discountRate: [0, 0.02, 0.1][r.integer(in: 0...2)],
            partialProgressValue: [0, 0.5, 1][r.integer(in: 0...2)], valueScale: 100)
        if chance(40) { policy.crossZielbild = CrossZielbildRule(allowed: true, cost: Double(r.integer(in: 0...15))) }
        var locks = Locks()
        if chance(15), let team = teams.first, let measure = measures.first(where: { $0.status.isOpen }) {
            locks.pins = [Locks.Pin(team: team.id, quarter: quarters[0], measure: measure.id)]
        }
        if chance(15), let team = teams.last, let measure = measures.last {
            locks.forbidden = [Locks.Forbidden(team: team.id, measure: measure.id)]
        }
        var groups = zielbilder
        if chance(15) { groups[0].balance.minTeamsWorkingPerQuarter = 1 }
        if chance(15) { groups[0].balance.minCompletions = 1 }
        let programmeEnd = chance(30) ? quarters.last!.lastDay : CalendarDate("2029-12-31")!
        return Scenario(
            name: "tiny \(seed)", programme: Programme(name: "P", endDate: programmeEnd),
            horizon: Horizon(start: start, count: quarterCount), criteria: criteria, zielbilder: groups,
            solutions: solutions, measures: measures, sprintteams: teams, budget: budget, policy: policy, locks: locks)
    }
}
