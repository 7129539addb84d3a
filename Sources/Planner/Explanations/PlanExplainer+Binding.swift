import PlanCheck
import SprintModel

extension PlanExplainer {
    /// The rules that hold `measure` back in `plan`, with their figures: prerequisites not
    /// done, money caps that leave less room than one quarter of its work needs, and teams
    /// that could take it but work on other measures whenever they could.
    func bindingRules(for measure: Measure, in plan: Plan) -> [BindingRule] {
        let scenario = planner.scenario
        let problem = PlanningProblem(scenario: scenario, scores: planner.scores, quarters: plan.quarters.count)
        var rules: [BindingRule] = []
        for id in measure.prerequisites where scenario.measure(id)?.status != .done {
            rules.append(
                .prerequisite(
                    measure: measure.id, name: measure.name, prerequisite: id,
                    prerequisiteName: scenario.measure(id)?.name ?? "", doneIn: plan.report.completions[id]))
        }
        // One quarter of work is the least the measure adds: its quarterly cost, and its one-off
        // cost unless it is running already (then that was paid).
        let rate = scenario.programme.fundingRate
        let oneOff = measure.status == .running ? Money.zero : measure.oneOffCost
        let needs = measure.costPerTeamQuarter + oneOff
        let ownNeeds =
            measure.ownShare(of: measure.costPerTeamQuarter, fundingRate: rate)
            + measure.ownShare(of: oneOff, fundingRate: rate)
        if let cap = scenario.budget.ownShareCap, cap - plan.report.totalOwnShare < ownNeeds {
            rules.append(.money(.ownShareCap, used: plan.report.totalOwnShare, cap: cap, needs: ownNeeds))
        }
        if let cap = scenario.budget.total, cap - plan.report.totalSpending < needs {
            rules.append(.money(.totalBudget, used: plan.report.totalSpending, cap: cap, needs: needs))
        }
        let able = problem.teams.filter { team in plan.quarters.contains { problem.allows(team, measure, $0) } }
        let workable = plan.quarters.filter { quarter in able.contains { problem.allows($0, measure, quarter) } }
        // A quarter budget holds the measure back only when every quarter it could be worked in is full.
        let full = plan.report.money.filter { quarter in
            workable.contains(quarter.quarter) && quarter.cap.map { $0 - quarter.spending < needs } == true
        }
        if !workable.isEmpty, full.count == workable.count {
            for quarter in full {
                rules.append(
                    .money(.quarterBudget(quarter.quarter), used: quarter.spending, cap: quarter.cap!, needs: needs))
            }
        }
        if able.isEmpty {
            rules.append(.noTeamCanTakeIt(measure: measure.id))
        } else {
            let free = able.contains { team in
                workable.contains { problem.allows(team, measure, $0) && plan.measure(of: team.id, in: $0) == nil }
            }
            if !free { rules.append(.teamsBusy(measure: measure.id, teams: able.map(\.id))) }
        }
        return rules
    }

    /// Why a team cannot simply stay on `current` in `quarter` (see `Plan.unfinishedPrerequisites`).
    func bindingRules(leaving current: Measure, in quarter: Quarter, plan: Plan) -> [BindingRule] {
        plan.unfinishedPrerequisites(of: current, in: quarter, scenario: planner.scenario)
    }

    /// A first plan that includes `measure`: the plan with one team-quarter given to it,
    /// the most valuable such change the verifier accepts (nil: none is). The forced search
    /// starts from it, so it has a strong incumbent at once.
    func planIncluding(_ measure: Measure, from plan: Plan) -> [Assignment]? {
        let problem = PlanningProblem(scenario: planner.scenario, scores: planner.scores, quarters: plan.quarters.count)
        var candidates: [[Assignment]] = []
        for team in problem.teams {
            for quarter in plan.quarters where problem.allows(team, measure, quarter) {
                let changed = plan.replacing(team: team.id, in: quarter, with: measure.id)
                candidates.append(changed)
                candidates.append(
                    freeingMoney(
                        changed, keep: Assignment(team: team.id, quarter: quarter, measure: measure.id),
                        quarters: plan.quarters))
            }
        }
        return mostValuable(candidates, quarters: plan.quarters)
    }

    /// `assignments` with later, costly work dropped one assignment at a time until the money
    /// caps hold again (or nothing is left to drop): a measure that does not fit the money
    /// otherwise gets a first plan this way. The latest and most expensive work goes first;
    /// pinned assignments and `keep` stay.
    func freeingMoney(_ assignments: [Assignment], keep: Assignment, quarters: [Quarter]) -> [Assignment] {
        let scenario = planner.scenario
        let verifier = PlanVerifier(scenario: scenario, scores: planner.scores)
        let money: Set<PlanViolation.Rule> = [.quarterBudget, .totalBudget, .ownShareCap]
        let pinned = Set(
            scenario.locks.pins.map { Assignment(team: $0.team, quarter: $0.quarter, measure: $0.measure) })
        let cost = { (assignment: Assignment) in scenario.measure(assignment.measure)?.costPerTeamQuarter ?? .zero }
        let droppable = assignments.filter { $0 != keep && !pinned.contains($0) && $0.quarter >= keep.quarter }
            .sorted { ($0.quarter, cost($0)) > ($1.quarter, cost($1)) }
        var current = assignments
        for drop in droppable {
            guard verifier.verify(current, quarters: quarters).violations.contains(where: { money.contains($0.rule) })
            else { break }
            current.removeAll { $0 == drop }
        }
        return current
    }

    /// A first plan without `team` on its measure in `quarter`: the plan with that team-quarter
    /// given to the best other measure it may take, or left idle — the most valuable the
    /// verifier accepts. A team left idle costs a whole quarter's value, which a search stopped
    /// early would then report as the alternative's cost.
    func planWithout(team id: String, in quarter: Quarter, from plan: Plan, scenario: Scenario) -> [Assignment]? {
        let problem = PlanningProblem(scenario: scenario, scores: planner.scores, quarters: plan.quarters.count)
        guard let team = problem.teams.first(where: { $0.id == id }) else { return nil }
        let current = plan.measure(of: id, in: quarter)
        var candidates = [plan.replacing(team: id, in: quarter, with: nil)]
        for measure in problem.measures where measure.id != current && problem.allows(team, measure, quarter) {
            candidates.append(plan.replacing(team: id, in: quarter, with: measure.id))
        }
        return mostValuable(candidates, quarters: plan.quarters, scenario: scenario)
    }

    /// The most valuable of `candidates` that keeps every rule of `scenario` (nil: none does).
    func mostValuable(
        _ candidates: [[Assignment]], quarters: [Quarter], scenario: Scenario? = nil
    ) -> [Assignment]? {
        let verifier = PlanVerifier(scenario: scenario ?? planner.scenario, scores: planner.scores)
        var best: (value: Double, assignments: [Assignment])?
        for candidate in candidates {
            let report = verifier.verify(candidate, quarters: quarters)
            if report.isValid, report.value.total > best?.value ?? -.infinity { best = (report.value.total, candidate) }
        }
        return best?.assignments
    }
}

extension Plan {
    /// The assignments with `team` moved to `measure` (nil: idle) in `quarter`, sorted.
    func replacing(team: String, in quarter: Quarter, with measure: String?) -> [Assignment] {
        var changed = assignments.filter { !($0.team == team && $0.quarter == quarter) }
        if let measure { changed.append(Assignment(team: team, quarter: quarter, measure: measure)) }
        return changed.sorted()
    }

    /// The prerequisites of `measure` that are not done before `quarter` in this plan: work on
    /// the measure must wait for them, so a team on it has to leave it for now.
    func unfinishedPrerequisites(of measure: Measure, in quarter: Quarter, scenario: Scenario) -> [BindingRule] {
        measure.prerequisites.compactMap { id in
            guard scenario.measure(id)?.status != .done else { return nil }
            let doneIn = report.completions[id]
            guard doneIn.map({ $0 >= quarter }) ?? true else { return nil }
            return .prerequisite(
                measure: measure.id, name: measure.name, prerequisite: id,
                prerequisiteName: scenario.measure(id)?.name ?? "", doneIn: doneIn)
        }
    }
}
