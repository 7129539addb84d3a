import Scoring
import SprintModel

/// Checks a plan against every planning rule and recomputes its value, in plain Swift over
/// the scenario and the assignments. It shares no code with the MILP on purpose: a
/// formulation bug shows up as a violation or a value mismatch instead of being repeated.
public struct PlanVerifier: Sendable {
    public let scenario: Scenario
    /// Value points of every eligible open measure.
    let values: [String: Double]

    public init(scenario: Scenario, scores: ScoreSheet) {
        self.scenario = scenario
        var values: [String: Double] = [:]
        for ranking in scores.zielbilder { for entry in ranking.ranked { values[entry.measure.id] = entry.points } }
        self.values = values
    }

    public func verify(_ assignments: [Assignment], quarters: [Quarter]) -> PlanReport {
        var violations: [PlanViolation] = []
        func fail(_ rule: PlanViolation.Rule, _ message: String) { violations.append(PlanViolation(rule: rule, message: message)) }
        let teams = Dictionary(scenario.sprintteams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let policy = scenario.policy
        let rate = scenario.programme.fundingRate
        let sorted = assignments.sorted()

        // Per-assignment rules.
        var valid: [Assignment] = []
        for a in sorted {
            guard let team = teams[a.team], let measure = measures[a.measure], let q = quarters.firstIndex(of: a.quarter) else {
                fail(.unknownEntity, "\(a.team) → \(a.measure) in \(a.quarter): unknown team, measure or quarter outside the plan")
                continue
            }
            _ = q
            if !measure.status.isOpen { fail(.closedMeasure, "\(a.team) works on \(a.measure) in \(a.quarter), which is \(measure.status.rawValue)") }
            if values[a.measure] == nil { fail(.ineligibleMeasure, "\(a.measure) is not eligible but \(a.team) works on it in \(a.quarter)") }
            if !team.isAvailable(in: a.quarter) { fail(.availability, "\(a.team) is unavailable in \(a.quarter) but works on \(a.measure)") }
            if !team.hasSkills(measure.requiredSkills) { fail(.skills, "\(a.team) lacks skills for \(a.measure)") }
            if team.zielbild != measure.zielbild && !policy.crossZielbild.allowed {
                fail(.zielbild, "\(a.team) (\(team.zielbild)) works on \(a.measure) of \(measure.zielbild); cross-Zielbild help is not allowed")
            }
            if scenario.locks.forbidden.contains(where: { $0.team == a.team && $0.measure == a.measure && ($0.quarter == nil || $0.quarter == a.quarter) }) {
                fail(.forbidden, "\(a.team) → \(a.measure) in \(a.quarter) is forbidden")
            }
            if let start = measure.earliestStart, a.quarter < start { fail(.earliestStart, "\(a.measure) starts \(a.quarter), before its earliest start \(start)") }
            if let deadline = measure.deadline, a.quarter > Quarter(containing: deadline) {
                fail(.deadline, "\(a.measure) is worked on in \(a.quarter), after its deadline \(deadline)")
            }
            if a.quarter > scenario.programme.lastQuarter { fail(.programmeEnd, "\(a.measure) is worked on in \(a.quarter), after the programme ends") }
            valid.append(a)
        }

        // One measure per team and quarter; teams per measure and quarter.
        var perTeam: [String: Int] = [:], perMeasure: [String: Int] = [:]
        for a in valid {
            perTeam["\(a.team)|\(a.quarter)", default: 0] += 1
            perMeasure["\(a.measure)|\(a.quarter)", default: 0] += 1
        }
        for (key, count) in perTeam.sorted(by: { $0.key < $1.key }) where count > 1 {
            fail(.oneMeasurePerTeam, "\(key.replacingOccurrences(of: "|", with: " in ")): \(count) measures")
        }
        for (key, count) in perMeasure.sorted(by: { $0.key < $1.key }) {
            let id = String(key.split(separator: "|")[0])
            if let measure = measures[id], count > measure.maxTeams {
                fail(.maxTeams, "\(key.replacingOccurrences(of: "|", with: " in ")): \(count) teams, at most \(measure.maxTeams)")
            }
        }

        // Progress, completions, work after completion, prerequisites.
        var progress: [String: Double] = [:]
        var completions: [String: Quarter] = [:]
        var work: [String: Int] = [:]
        for (q, quarter) in quarters.enumerated() {
            let now = valid.filter { $0.quarter == quarter }
            for a in now {
                let measure = measures[a.measure]!
                let before = progress[a.measure] ?? measure.progress
                if before >= measure.effort - 1e-9 {
                    fail(.workAfterCompletion, "\(a.team) works on \(a.measure) in \(quarter) after it is complete")
                }
                for prerequisite in measure.prerequisites {
                    let ready: Bool
                    if let required = measures[prerequisite], required.status == .done {
                        ready = true
                    } else if let finished = completions[prerequisite] {
                        ready = finished < quarter
                    } else {
                        ready = false
                    }
                    if !ready { fail(.prerequisite, "\(a.measure) is worked on in \(quarter) before its prerequisite \(prerequisite) is done") }
                }
            }
            for a in now {
                progress[a.measure] = (progress[a.measure] ?? measures[a.measure]!.progress) + 1
                work[a.measure, default: 0] += 1
            }
            for id in Set(now.map(\.measure)).sorted() where completions[id] == nil {
                let measure = measures[id]!
                if progress[id]! >= measure.effort - 1e-9 { completions[id] = quarter }
            }
            _ = q
        }

        // Money, in exact cents.
        var money: [QuarterMoney] = []
        var startedBefore = Set<String>()
        for quarter in quarters {
            var spending = Money.zero, own = Money.zero
            for a in valid where a.quarter == quarter {
                let measure = measures[a.measure]!
                spending += measure.costPerTeamQuarter
                own += measure.ownShare(of: measure.costPerTeamQuarter, fundingRate: rate)
            }
            for id in Set(valid.filter { $0.quarter == quarter }.map(\.measure)).sorted() where !startedBefore.contains(id) {
                startedBefore.insert(id)
                let measure = measures[id]!
                if measure.status == .candidate {
                    spending += measure.oneOffCost
                    own += measure.ownShare(of: measure.oneOffCost, fundingRate: rate)
                }
            }
            let cap = scenario.budget.cap(in: quarter)
            if let cap, spending > cap { fail(.quarterBudget, "\(quarter): spending \(spending.formatted) exceeds the budget of \(cap.formatted)") }
            money.append(QuarterMoney(quarter: quarter, spending: spending, ownShare: own, cap: cap))
        }
        let totalSpending = money.reduce(Money.zero) { $0 + $1.spending }
        let totalOwn = money.reduce(Money.zero) { $0 + $1.ownShare }
        if let cap = scenario.budget.total, totalSpending > cap {
            fail(.totalBudget, "total spending \(totalSpending.formatted) exceeds the budget of \(cap.formatted)")
        }
        if let cap = scenario.budget.ownShareCap, totalOwn > cap {
            fail(.ownShareCap, "own share \(totalOwn.formatted) exceeds its cap of \(cap.formatted)")
        }

        // Balance rules.
        for zielbild in scenario.zielbilder {
            if let minimum = zielbild.balance.minTeamsWorkingPerQuarter {
                for quarter in quarters {
                    let working = valid.filter { $0.quarter == quarter && measures[$0.measure]!.zielbild == zielbild.id }.count
                    if working < minimum { fail(.balance, "\(zielbild.id) has \(working) team(s) working in \(quarter), at least \(minimum) required") }
                }
            }
            if let minimum = zielbild.balance.minCompletions {
                let completed = completions.keys.filter { measures[$0]!.zielbild == zielbild.id }.count
                if completed < minimum { fail(.balance, "\(zielbild.id) completes \(completed) measure(s), at least \(minimum) required") }
            }
        }

        // Pins.
        for pin in scenario.locks.pins where quarters.contains(pin.quarter) {
            if !valid.contains(Assignment(team: pin.team, quarter: pin.quarter, measure: pin.measure)) {
                fail(.pin, "pin \(pin.team) → \(pin.measure) in \(pin.quarter) is not kept")
            }
        }

        let value = evaluate(valid, quarters: quarters, completions: completions, work: work, money: money)
        let bundles = scenario.solutions.filter { solution in
            solution.measures.allSatisfy { id in measures[id]?.status == .done || completions[id] != nil }
        }.map(\.id)
        return PlanReport(violations: violations, value: value, completions: completions, completedBundles: bundles, work: work,
                          money: money, totalSpending: totalSpending, totalOwnShare: totalOwn)
    }

    /// The value definition of `PlanValue`, computed from the assignments.
    private func evaluate(_ assignments: [Assignment], quarters: [Quarter], completions: [String: Quarter],
                          work: [String: Int], money: [QuarterMoney]) -> ValueParts {
        var parts = ValueParts()
        guard let end = quarters.last else { return parts }
        let policy = scenario.policy
        let discountEnd = PlanValue.discount(policy.discountRate, quarterIndex: quarters.count - 1)
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, worked) in work.sorted(by: { $0.key < $1.key }) {
            guard let measure = measures[id], let value = values[id] else { continue }
            let partial = PlanValue.earnsPartialCredit(measure, horizonEnd: end, programme: scenario.programme)
            let perTeamQuarter = partial ? PlanValue.partialCreditPerTeamQuarter(value: value, measure: measure, policy: policy) : 0
            parts.partialProgress += discountEnd * perTeamQuarter * min(Double(worked), measure.remainingEffort)
            if let quarter = completions[id] {
                let index = quarters.firstIndex(of: quarter)!
                parts.completions += PlanValue.discount(policy.discountRate, quarterIndex: index) * (value - perTeamQuarter * measure.remainingEffort)
            }
        }
        for solution in scenario.solutions where solution.bundleValue > 0 {
            let complete = solution.measures.allSatisfy { measures[$0]?.status == .done || completions[$0] != nil }
            if complete { parts.bundles += discountEnd * solution.bundleValue }
        }
        // Continuity.
        var byTeam: [String: [Quarter: String]] = [:]
        for assignment in assignments where byTeam[assignment.team]?[assignment.quarter] == nil {
            byTeam[assignment.team, default: [:]][assignment.quarter] = assignment.measure
        }
        for team in scenario.sprintteams {
            let available = quarters.filter { team.isAvailable(in: $0) }
            let plan = byTeam[team.id] ?? [:]
            let onMeasure = { (quarter: Quarter) in plan[quarter] }
            if let current = team.currentMeasure, measures[current]?.status == .running, let first = available.first,
               onMeasure(first) != current {
                parts.switching += policy.switchingCost
            }
            for (previous, next) in zip(available, available.dropFirst()) {
                guard let before = onMeasure(previous), onMeasure(next) != before else { continue }
                let finishedBy = completions[before].map { $0 < next } ?? false
                if !finishedBy { parts.switching += policy.switchingCost }
            }
        }
        let teams = Dictionary(scenario.sprintteams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for a in assignments where teams[a.team]?.zielbild != measures[a.measure]?.zielbild {
            parts.crossZielbild += policy.crossZielbild.cost
        }
        parts.spendingTieBreak = PlanValue.spendingWeight * money.reduce(0) { $0 + $1.spending.euros }
        return parts
    }
}
