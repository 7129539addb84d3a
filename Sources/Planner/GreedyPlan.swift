import SprintModel

/// A quick feasible plan to hand GLPK as its first incumbent: GLPK's weakness on sprint
/// plans is finding good plans early, not the bound. Quarter by quarter, each available
/// team continues its unfinished measure if it may, else takes the allowed measure with the
/// most value per team-quarter still needed and per euro, within every money cap; pins come
/// first, then continuations, then each Zielbild's balance minimum. The
/// result is checked by the verifier and used only when it keeps every rule.
struct GreedyPlan {
    let problem: PlanningProblem
    /// False: the pins are left out (a first plan for the diagnosis, where a pin may be the
    /// rule that cannot be kept).
    var honoursPins = true

    func assignments() -> [Assignment] {
        let scenario = problem.scenario
        let rate = scenario.programme.fundingRate
        var remaining = Dictionary(
            uniqueKeysWithValues: problem.measures.map { ($0.id, PlanningProblem.neededTeamQuarters($0)) })
        var completedBefore = Set(scenario.measures.filter { $0.status == .done }.map(\.id))
        var started = Set(problem.measures.filter { $0.status == .running }.map(\.id))
        var last: [String: String] = [:]
        for team in problem.teams { if let current = team.currentMeasure { last[team.id] = current } }
        var totalSpent = Money.zero, totalOwn = Money.zero
        var plan: [Assignment] = []
        // Without cross-Zielbild help a team can only take its own Zielbild's measures: scanning
        // just those keeps the greedy linear in the number of Zielbilder (same pairs, same order).
        let crossAllowed = scenario.policy.crossZielbild.allowed
        var measuresOf: [String: [Measure]] = [:]
        for measure in problem.measures { measuresOf[measure.zielbild, default: []].append(measure) }

        for quarter in problem.quarters {
            var spent = Money.zero
            var teamsOn: [String: Int] = [:]
            var finishedNow: [String] = []
            var busy = Set<String>()
            func cost(_ measure: Measure) -> (Money, Money) {
                var cost = measure.costPerTeamQuarter,
                    own = measure.ownShare(of: measure.costPerTeamQuarter, fundingRate: rate)
                if !started.contains(measure.id) {
                    cost += measure.oneOffCost
                    own += measure.ownShare(of: measure.oneOffCost, fundingRate: rate)
                }
                return (cost, own)
            }
            func fits(_ measure: Measure) -> Bool {
                let (extra, extraOwn) = cost(measure)
                if let cap = scenario.budget.cap(in: quarter), spent + extra > cap { return false }
                if let cap = scenario.budget.total, totalSpent + extra > cap { return false }
                if let cap = scenario.budget.ownShareCap, totalOwn + extraOwn > cap { return false }
                return true
            }
            func ready(_ measure: Measure) -> Bool {
                (remaining[measure.id] ?? 0) > 0 && (teamsOn[measure.id] ?? 0) < measure.maxTeams
                    && measure.prerequisites.allSatisfy { completedBefore.contains($0) }
            }
            func take(_ team: Sprintteam, _ measure: Measure) {
                let (extra, extraOwn) = cost(measure)
                spent += extra
                totalSpent += extra
                totalOwn += extraOwn
                started.insert(measure.id)
                teamsOn[measure.id, default: 0] += 1
                remaining[measure.id]! -= 1
                if remaining[measure.id] == 0 { finishedNow.append(measure.id) }
                busy.insert(team.id)
                last[team.id] = measure.id
                plan.append(Assignment(team: team.id, quarter: quarter, measure: measure.id))
            }
            for pin in scenario.locks.pins where honoursPins && pin.quarter == quarter {
                guard let team = scenario.team(pin.team), let m = problem.measureIndex[pin.measure] else { continue }
                take(team, problem.measures[m])
            }
            let available = problem.teams.filter { $0.isAvailable(in: quarter) }
            // Continue unfinished work first (no switching cost).
            for team in available where !busy.contains(team.id) {
                guard let previous = last[team.id], let m = problem.measureIndex[previous] else { continue }
                let measure = problem.measures[m]
                if ready(measure) && problem.allows(team, measure, quarter) && fits(measure) { take(team, measure) }
            }
            // The best free (team, measure) pair, by value per team-quarter and per euro.
            func bestPair(zielbild: String? = nil) -> (Sprintteam, Measure)? {
                var best: (Sprintteam, Measure, Double)?
                for team in available where !busy.contains(team.id) {
                    if !crossAllowed, let zielbild, team.zielbild != zielbild { continue }
                    let candidates =
                        zielbild.map { measuresOf[$0] ?? [] }
                        ?? (crossAllowed ? problem.measures : measuresOf[team.zielbild] ?? [])
                    for measure in candidates
                    where ready(measure) && problem.allows(team, measure, quarter) && fits(measure) {
                        let priority = density(measure, team, remaining) / max(1, cost(measure).0.euros / 10_000)
                        if best == nil || priority > best!.2 { best = (team, measure, priority) }
                    }
                }
                return best.map { ($0.0, $0.1) }
            }
            // Balance rules: the Zielbild's minimum of teams working comes next.
            for zielbild in scenario.zielbilder {
                let minimum = zielbild.balance.minTeamsWorkingPerQuarter ?? 0
                while plan.filter({
                    $0.quarter == quarter && problem.measures[problem.measureIndex[$0.measure]!].zielbild == zielbild.id
                }).count < minimum,
                    let (team, measure) = bestPair(zielbild: zielbild.id)
                {
                    take(team, measure)
                }
            }
            while let (team, measure) = bestPair() { take(team, measure) }
            for team in available where !busy.contains(team.id) { last[team.id] = nil }
            completedBefore.formUnion(finishedNow)
        }
        return plan.sorted()
    }

    private func density(_ measure: Measure, _ team: Sprintteam, _ remaining: [String: Int]) -> Double {
        let value = problem.values[measure.id] ?? 0
        let own = team.zielbild == measure.zielbild ? 0 : problem.scenario.policy.crossZielbild.cost
        return (value - own) / Double(max(1, remaining[measure.id] ?? 1))
    }
}
