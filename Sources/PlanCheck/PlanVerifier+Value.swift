import SprintModel

extension PlanVerifier {
    /// The value definition of `PlanValue`, computed from the assignments.
    func evaluate(
        _ assignments: [Assignment], quarters: [Quarter], completions: [String: Quarter],
        work: [String: Int], money: [QuarterMoney]
    ) -> ValueParts {
        var parts = ValueParts()
        guard let end = quarters.last else { return parts }
        let policy = scenario.policy
        let discountEnd = PlanValue.discount(policy.discountRate, quarterIndex: quarters.count - 1)
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, worked) in work.sorted(by: { $0.key < $1.key }) {
            guard let measure = measures[id], let value = values[id] else { continue }
            let partial = PlanValue.earnsPartialCredit(measure, horizonEnd: end, programme: scenario.programme)
            let perTeamQuarter =
                partial ? PlanValue.partialCreditPerTeamQuarter(value: value, measure: measure, policy: policy) : 0
            parts.partialProgress += discountEnd * perTeamQuarter * min(Double(worked), measure.remainingEffort)
            if let quarter = completions[id] {
                let index = quarters.firstIndex(of: quarter)!
                parts.completions +=
                    PlanValue.discount(policy.discountRate, quarterIndex: index)
                    * (value - perTeamQuarter * measure.remainingEffort)
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
                onMeasure(first) != current
            {
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
