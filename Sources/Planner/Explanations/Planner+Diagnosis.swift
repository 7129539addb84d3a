import MILP
import SprintModel

extension Planner {
    /// Re-solves with a penalised slack on every relaxable rule group, minimising first the
    /// number of rules relaxed, then the amounts, and reports them in domain terms. Rules that
    /// no slack can repair (a pinned assignment the rules forbid) are named as pins.
    func diagnose(_ problem: PlanningProblem, options: PlanningOptions, firstAttempt: Double) -> Infeasibility {
        let building = ContinuousClock.now
        let model = PlanModel(problem: problem, diagnosis: true)
        let frozen = try! model.model.freeze()
        let built = firstAttempt + (ContinuousClock.now - building).inSeconds
        var solveOptions = options.solve(columns: frozen.columns.count)
        solveOptions.relativeGap = 0
        // The diagnosis shares the run's time limit (a 40-quarter diagnosis ran a minute).
        solveOptions.timeLimit = max(0.05, options.timeLimit - built - options.reserve)
        // The priorities serve the value objective; here the objective is the slacks, and
        // branching on completions first only delays finding any relaxed plan.
        solveOptions.usesBranchingPriorities = false
        solveOptions.warmStart = diagnosisStart(model, frozen: frozen)
        let result = DeadlineSolve(solver: solver).solve(frozen, options: solveOptions)
        guard result.hasSolution else {
            // Proven infeasible even with every relaxable rule relaxed: the conflict lies in the
            // rules that cannot be relaxed, and the (empty) list is complete.
            return Infeasibility(
                relaxations: [], complete: result.status == .infeasible,
                solveSeconds: firstAttempt + result.solveSeconds)
        }
        var relaxations: [Relaxation] = []
        for slack in model.slacks {
            let amount = result.values[slack.variable.index] * slack.unit
            guard amount > 1e-6 || result.values[slack.indicator.index] > 0.5 else { continue }
            var obstacle: PinObstacle?
            if case .pin(let team, let quarter, let measure) = slack.rule {
                obstacle = Self.pinObstacle(team: team, quarter: quarter, measure: measure, problem: problem)
            }
            relaxations.append(Relaxation(rule: slack.rule, amount: amount, obstacle: obstacle))
        }
        return Infeasibility(
            relaxations: relaxations, complete: result.status == .optimal,
            solveSeconds: firstAttempt + result.solveSeconds)
    }

    /// Why a pinned assignment is impossible, when a single rule explains it.
    static func pinObstacle(
        team id: String, quarter: Quarter, measure measureID: String, problem: PlanningProblem
    ) -> PinObstacle {
        let scenario = problem.scenario
        guard let team = scenario.team(id), let measure = scenario.measure(measureID) else {
            return .unknownTeamOrMeasure
        }
        if let reason = problem.excluded[measureID] { return .excluded(measure: measureID, reason) }
        if !team.isAvailable(in: quarter) { return .teamUnavailable(team: id, quarter: quarter) }
        if !team.hasSkills(measure.requiredSkills) {
            return .missingSkills(team: id, skills: measure.requiredSkills.filter { !team.skills.contains($0) })
        }
        if team.zielbild != measure.zielbild && !scenario.policy.crossZielbild.allowed {
            return .crossZielbildNotAllowed
        }
        if let start = measure.earliestStart, quarter < start {
            return .beforeEarliestStart(measure: measureID, start: start)
        }
        if let deadline = measure.deadline, quarter > Quarter(containing: deadline) {
            return .pastDeadline(measure: measureID, deadline: deadline)
        }
        if !measure.prerequisites.isEmpty {
            return .prerequisitesNotInTime(prerequisites: measure.prerequisites, quarter: quarter)
        }
        return .conflictsWithOtherRules
    }
}
