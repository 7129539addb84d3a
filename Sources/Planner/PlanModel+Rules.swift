import MILP
import PlanCheck
import SprintModel

extension PlanModel {
    /// Adds `expression ≤ bound` (or ≥). In diagnosis mode the rule gets a slack, measured in
    /// `unit`s (so that it stays of order 1), bounded by `largest` units and switched on by a
    /// binary indicator. Keeping the big-M tight matters: GLPK treats an indicator within 10⁻⁵
    /// of 0 as 0, so a loose big-M would hide a relaxation.
    /// Returns the index of the rule's row.
    @discardableResult
    mutating func addRule(
        _ expression: LinearExpression, _ sense: Sense, _ bound: Double, name: String, rule: RelaxableRule,
        unit: Double = 1, largest: Double = 1
    ) -> Int {
        var expression = expression
        if diagnosis {
            let slack = model.addVariable(name: "slack_\(name)", lower: 0, upper: largest)
            let indicator = model.addBinary(name: "relax_\(name)")
            expression = sense == .atMost ? expression - unit * slack : expression + unit * slack
            model.add(LinearExpression(slack) <= largest * indicator, name: "relax_link_\(name)")
            slacks.append((rule, slack, indicator, unit, model.constraintCount, largest))
        }
        model.add(sense == .atMost ? expression <= bound : expression >= bound, name: name)
        return model.constraintCount - 1
    }

    enum Sense { case atMost, atLeast }

    /// Spending in quarter q in euros, and its own share.
    func spending(_ q: Int) -> (cost: LinearExpression, own: LinearExpression) {
        var cost = LinearExpression(), own = LinearExpression()
        let rate = scenario.programme.fundingRate
        for (m, measure) in problem.measures.enumerated() {
            let perQuarter = measure.costPerTeamQuarter
            let ownPerQuarter = measure.ownShare(of: perQuarter, fundingRate: rate)
            for variable in work(m, q) {
                cost.add(variable, perQuarter.euros)
                own.add(variable, ownPerQuarter.euros)
            }
            if let flag = started[m][q] {
                let oneOff = measure.oneOffCost, ownOneOff = measure.ownShare(of: oneOff, fundingRate: rate)
                cost.add(flag, oneOff.euros)
                own.add(flag, ownOneOff.euros)
            }
        }
        return (cost, own)
    }

    /// The most the plan could spend (every allowed assignment and one-off cost), a bound on
    /// any money shortfall.
    var largestSpending: Double {
        var total = 0.0
        for (key, _) in x { total += problem.measures[key.measure].costPerTeamQuarter.euros }
        for (m, measure) in problem.measures.enumerated() where started[m].contains(where: { $0 != nil }) {
            total += measure.oneOffCost.euros
        }
        return max(1, total)
    }

    mutating func buildMoneyRows() {
        let budget = scenario.budget
        let largest = diagnosis ? largestSpending : 1
        var total = LinearExpression(), totalOwn = LinearExpression()
        for (q, quarter) in problem.quarters.enumerated() {
            let (cost, own) = spending(q)
            total += cost
            totalOwn += own
            if let cap = budget.cap(in: quarter) {
                moneyRows.append(
                    addRule(
                        cost, .atMost, moneyBound(cap, rule: .quarterBudget(quarter)), name: "budget_\(quarter)",
                        rule: .quarterBudget(quarter), unit: max(1, cap.euros), largest: largest / max(1, cap.euros)))
            }
        }
        if let cap = budget.total {
            moneyRows.append(
                addRule(
                    total, .atMost, moneyBound(cap, rule: .totalBudget), name: "budget_total", rule: .totalBudget,
                    unit: max(1, cap.euros), largest: largest / max(1, cap.euros)))
        }
        if let cap = budget.ownShareCap {
            moneyRows.append(
                addRule(
                    totalOwn, .atMost, moneyBound(cap, rule: .ownShareCap), name: "own_share_cap", rule: .ownShareCap,
                    unit: max(1, cap.euros), largest: largest / max(1, cap.euros)))
        }
    }

    /// The model with completion knapsacks added: what the measures done within the horizon
    /// cost at least (their remaining effort and one-off cost, and the own share of it) fits
    /// the total budget and the own-share cap. The LP already implies these rows, but they are
    /// on the done indicators alone, where GLPK's cover cuts find what the aggregated money rows
    /// hide (generated district 2: HiGHS's root bound falls from 1,117.6 to 1,111.1, optimum
    /// 1,108.45). Only a search with cuts gains from them, so the planner adds them for its last
    /// phase alone: the first phase, the decomposition (they would link every Zielbild) and
    /// exports keep the plain model. Same columns, so plans carry over. Not in diagnosis mode,
    /// where the caps themselves may be relaxed.
    func withCompletionKnapsacks() -> Model {
        var tightened = model
        guard !diagnosis, let last = problem.quarters.indices.last else { return tightened }
        let budget = scenario.budget, rate = scenario.programme.fundingRate
        var cost = LinearExpression(), own = LinearExpression()
        for (m, measure) in problem.measures.enumerated() {
            guard let finished = done[m][last] else { continue }
            let work = Money(
                cents: measure.costPerTeamQuarter.cents * Int64(PlanningProblem.neededTeamQuarters(measure)))
            let oneOff = started[m].contains { $0 != nil } ? measure.oneOffCost : .zero
            cost.add(finished, (work + oneOff).euros)
            own.add(
                finished,
                (measure.ownShare(of: work, fundingRate: rate) + measure.ownShare(of: oneOff, fundingRate: rate)).euros)
        }
        guard !cost.terms.isEmpty else { return tightened }
        if let cap = budget.total {
            tightened.add(cost <= moneyBound(cap, rule: .totalBudget), name: "completions_total")
        }
        if let cap = budget.ownShareCap {
            tightened.add(own <= moneyBound(cap, rule: .ownShareCap), name: "completions_own_share")
        }
        return tightened
    }

    mutating func buildBalanceRows() {
        for zielbild in scenario.zielbilder {
            let members = problem.measures.indices.filter { problem.measures[$0].zielbild == zielbild.id }
            if let minimum = zielbild.balance.minTeamsWorkingPerQuarter, minimum > 0 {
                for (q, quarter) in problem.quarters.enumerated() {
                    let working = LinearExpression.sum(members.flatMap { work($0, q) })
                    addRule(
                        working, .atLeast, Double(minimum), name: "balance_\(zielbild.id)_\(quarter)",
                        rule: .minTeamsWorking(zielbild: zielbild.id, quarter: quarter), largest: Double(minimum))
                }
            }
            if let minimum = zielbild.balance.minCompletions, minimum > 0 {
                let completed = LinearExpression.sum(members.compactMap { done[$0].last ?? nil })
                addRule(
                    completed, .atLeast, Double(minimum), name: "completions_\(zielbild.id)",
                    rule: .minCompletions(zielbild: zielbild.id),
                    largest: Double(minimum))
            }
        }
    }

    mutating func buildPins() {
        for pin in scenario.locks.pins {
            guard let t = problem.teams.firstIndex(where: { $0.id == pin.team }),
                let q = problem.quarters.firstIndex(of: pin.quarter)
            else { continue }
            let variable = problem.measureIndex[pin.measure].flatMap { x[Key(team: t, measure: $0, quarter: q)] }
            let name = "pin_\(pin.team)_\(pin.measure)_\(pin.quarter)"
            let rule = RelaxableRule.pin(team: pin.team, quarter: pin.quarter, measure: pin.measure)
            if let variable {
                addRule(LinearExpression(variable), .atLeast, 1, name: name, rule: rule)
            } else {
                addRule(LinearExpression(), .atLeast, 1, name: name, rule: rule)  // impossible: diagnosis names it
            }
        }
    }

    /// At least one team-quarter on each required measure. A hard row even in diagnosis mode:
    /// the question is what else would have to give way. No variable (the measure cannot be
    /// worked on within the horizon at all): the row is empty and no plan exists.
    mutating func buildRequirements() {
        for id in problem.required {
            let terms = problem.measureIndex[id].map { m in (0..<quarterCount).flatMap { work(m, $0) } } ?? []
            model.add(LinearExpression.sum(terms) >= 1, name: "required_\(id)")
        }
    }

    mutating func buildObjective() {
        let policy = scenario.policy
        let end = quarterCount - 1
        guard end >= 0 else { return }
        let discountEnd = PlanValue.discount(policy.discountRate, quarterIndex: end)
        for (m, measure) in problem.measures.enumerated() {
            let value = problem.values[measure.id] ?? 0
            let partial = PlanValue.earnsPartialCredit(
                measure, horizonEnd: problem.quarters[end], programme: scenario.programme)
            let perTeamQuarter = PlanValue.partialCreditPerTeamQuarter(value: value, measure: measure, policy: policy)
            let fullCredit = partial ? perTeamQuarter * measure.remainingEffort : 0
            // Completion bonus, telescoped: Σ dₖ (done[k] − done[k−1]).
            for q in 0..<quarterCount {
                guard let current = done[m][q] else { continue }
                let bonus = value - fullCredit
                objective.add(current, PlanValue.discount(policy.discountRate, quarterIndex: q) * bonus)
                if q + 1 < quarterCount, done[m][q + 1] != nil {
                    objective.add(current, -PlanValue.discount(policy.discountRate, quarterIndex: q + 1) * bonus)
                }
            }
            if partial && perTeamQuarter > 0 {
                let all = (0..<quarterCount).flatMap { work(m, $0) }
                if !all.isEmpty {
                    let credit = model.addVariable(
                        name: "credit_\(measure.id)", lower: 0, upper: measure.remainingEffort)
                    creditVariables[measure.id] = credit
                    model.add(LinearExpression(credit) <= LinearExpression.sum(all), name: "credit_\(measure.id)")
                    objective.add(credit, discountEnd * perTeamQuarter)
                }
            }
        }
        buildBundles(discountEnd: discountEnd)
        buildContinuity()
        // Cross-Zielbild help and the spending tie-breaker.
        for (key, variable) in x.sorted(by: { $0.value.index < $1.value.index }) {
            let team = problem.teams[key.team], measure = problem.measures[key.measure]
            if team.zielbild != measure.zielbild { objective.add(variable, -policy.crossZielbild.cost) }
            objective.add(variable, -PlanValue.spendingWeight * measure.costPerTeamQuarter.euros)
        }
        for (m, measure) in problem.measures.enumerated() {
            for q in 0..<quarterCount {
                guard let flag = started[m][q] else { continue }
                objective.add(flag, -PlanValue.spendingWeight * measure.oneOffCost.euros)
            }
        }
    }

    private mutating func buildBundles(discountEnd: Double) {
        for solution in scenario.solutions where solution.bundleValue > 0 {
            var members: [Variable] = []
            var possible = true
            for id in solution.measures {
                guard let measure = scenario.measure(id) else {
                    possible = false
                    break
                }
                if measure.status == .done { continue }
                guard let m = problem.measureIndex[id], let last = done[m].last ?? nil else {
                    possible = false
                    break
                }
                members.append(last)
            }
            guard possible else { continue }
            if members.isEmpty {
                constant += discountEnd * solution.bundleValue  // already complete
                continue
            }
            let bundle = model.addBinary(name: "bundle_\(solution.id)")
            model.setBranchingPriority(bundle, Self.priorityBundle)
            for member in members {
                model.add(
                    LinearExpression(bundle) <= LinearExpression(member), name: "bundle_\(solution.id)_\(member.index)")
            }
            objective.add(bundle, discountEnd * solution.bundleValue)
            bundleVariables.append((solution.id, bundle))
        }
    }

    private mutating func buildContinuity() {
        let cost = scenario.policy.switchingCost
        guard cost > 0 else { return }
        for (t, team) in problem.teams.enumerated() {
            let available = problem.quarters.indices.filter { team.isAvailable(in: problem.quarters[$0]) }
            // Leaving the current measure at the first available quarter.
            if let current = team.currentMeasure, let first = available.first,
                scenario.measure(current)?.status == .running
            {
                constant -= cost
                if let m = problem.measureIndex[current], let variable = x[Key(team: t, measure: m, quarter: first)] {
                    objective.add(variable, cost)
                }
            }
            // Leaving an unfinished measure between consecutive available quarters.
            for (previous, next) in zip(available, available.dropFirst()) {
                for m in problem.measures.indices {
                    // A measure that one quarter of work finishes is never left unfinished: no
                    // indicator needed (half of MYK10's, a sixth of the model).
                    guard PlanningProblem.neededTeamQuarters(problem.measures[m]) > 1,
                        let before = x[Key(team: t, measure: m, quarter: previous)]
                    else { continue }
                    let switched = model.addVariable(
                        name: "switch_\(team.id)_\(problem.measures[m].id)_\(problem.quarters[next])", lower: 0,
                        upper: 1)
                    var leaving = LinearExpression(before)
                    let after = x[Key(team: t, measure: m, quarter: next)], finished = done[m][next - 1]
                    if let after { leaving = leaving - after }
                    if let finished { leaving = leaving - finished }
                    switchVariables.append((switched, before, after, finished))
                    model.add(LinearExpression(switched) >= leaving, name: "switch_\(switched.index)")
                    objective.add(switched, -cost)
                }
            }
        }
    }
}
