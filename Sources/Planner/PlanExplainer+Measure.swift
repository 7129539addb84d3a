import SprintModel

extension PlanExplainer {
    /// What keeps a measure out of the plan, or when it is planned. For an open, plannable
    /// measure outside the plan: one search for the best plan that gives it at least one
    /// team-quarter (started from the plan with one team-quarter moved to it), its proven cost,
    /// and the rules that hold it back with their figures.
    public func explain(measure measureID: String, in plan: Plan) -> MeasureExplanation {
        let scenario = planner.scenario
        var result = MeasureExplanation(
            measure: measureID, planned: plan.assignments.filter { $0.measure == measureID }, reasons: [])
        guard let measure = scenario.measure(measureID) else {
            result.reasons = [.unknownMeasure(measureID)]
            return result
        }
        guard measure.status.isOpen else {
            result.reasons = [.closed(measure: measureID, status: measure.status)]
            return result
        }
        if !result.planned.isEmpty {
            result.reasons = [
                .planned(measure: measureID, assignments: result.planned, completed: plan.report.completions[measureID])
            ]
            return result
        }
        if let reason = planner.excludedMeasures()[measureID] {
            result.reasons = [.excluded(reason)]
            return result
        }
        result.binding = bindingRules(for: measure, in: plan)
        if result.binding.contains(.noTeamCanTakeIt(measure: measureID)) {
            result.reasons = [.noCapableTeam(skills: measure.requiredSkills)]
            return result
        }
        var forced = options
        forced.requiredMeasures = [measureID]
        forced.initialPlan = planIncluding(measure, from: plan)
        switch planner.plan(forced) {
        case .plan(let other):
            let cost = plan.objective - other.objective
            let standing = AlternativeStanding(of: other, against: plan)
            result.costOfForcing = cost
            result.standing = standing
            result.forcedProof = other.proof
            result.forcedAssignments = other.assignments.filter { $0.measure == measureID }
            result.reasons.append(.valueTooLow(measure: measureID, standing: standing))
        case .infeasible(let infeasibility):
            result.reasons.append(
                infeasibility.relaxations.isEmpty
                    ? (infeasibility.complete ? .notWithinHorizon(measure: measureID) : .noPlanIncludesIt)
                    : .cannotBeFitted(infeasibility.relaxations))
        case .noPlanFound:
            result.reasons.append(.noPlanIncludesIt)
        }
        return result
    }
}

extension AlternativeStanding {
    /// The standing of `alternative` against the recommended `plan`.
    public init(of alternative: Plan, against plan: Plan) {
        self.init(
            recommended: (plan.objective, plan.bestBound, plan.isProven),
            alternative: (alternative.objective, alternative.bestBound, alternative.isProven))
    }
}

extension Plan {
    /// Proven optimal: by the solver, or within a gap no larger than its own tolerance.
    var isProven: Bool {
        proof == .optimal || (proof == .withinGap && (gap ?? 1) <= SearchSchedule.standard.provenGap)
    }
}
