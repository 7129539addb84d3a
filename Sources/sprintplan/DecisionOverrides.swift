import ArgumentParser
import Planner
import Reporting
import SprintModel

/// `decide --override TEAM=MEASURE --reason "…"`: the group decides a team's measure otherwise
/// than recommended. Each override is a what-if pin in the decided quarter, so the same checks
/// refuse an unknown id or a pin a single rule forbids (skills, availability, Zielbild, start,
/// deadline); the rest (prerequisites, money, balance) is the planner's: the best plan that
/// keeps every override is the decided plan, and when none exists its diagnosis names the rules.
struct DecisionOverrides: ParsableArguments {
    @Option(
        name: .customLong("override"),
        help: ArgumentHelp(
            "Record that the group decided a team's measure otherwise than recommended (in the decided "
                + "quarter). Repeatable; needs --reason.",
            valueName: "team=measure"))
    var overrides: [String] = []

    @Option(
        name: .customLong("reason"),
        help: ArgumentHelp(
            "Why the group decided otherwise: one per --override in order, or one for all.", valueName: "text"))
    var reasons: [String] = []

    var isEmpty: Bool { overrides.isEmpty }

    func validate() throws {
        if overrides.isEmpty && !reasons.isEmpty { throw ValidationError("--reason belongs to an --override") }
        guard !overrides.isEmpty else { return }
        guard reasons.count == 1 || reasons.count == overrides.count else {
            throw ValidationError(
                "each --override needs a --reason (or one --reason for all): \(overrides.count) overrides, "
                    + "\(reasons.count) reasons")
        }
        if reasons.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw ValidationError("--reason needs a text, e.g. --reason \"decided in the steering group\"")
        }
        var teams = Set<String>()
        for text in overrides {
            let parts = text.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--override \"\(text)\": expected TEAM=MEASURE, e.g. T4=M07")
            }
            guard teams.insert(String(parts[0])).inserted else {
                throw ValidationError("--override: team \(parts[0]) is overridden twice")
            }
        }
    }

    /// (team, measure, reason) per override, in the order given.
    var items: [(team: String, measure: String, reason: String)] {
        overrides.enumerated().map { index, text in
            let parts = text.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            return (parts[0], parts[1], reasons.count == 1 ? reasons[0] : reasons[index])
        }
    }

    /// The best plan that keeps every override in `quarter`, verified, and the overrides as the
    /// record keeps them. Unknown ids exit 64; an override no plan can keep prints the rule it
    /// breaks and exits 1; no plan in the time limit exits 2.
    func decidedPlan(
        _ scenario: Scenario, quarter: Quarter, recommended: Plan, planning: PlanningFlags, startFrom: String?
    ) throws -> (plan: Plan, overrides: [DecisionRecord.Override]) {
        let whatIf = WhatIf(changes: items.map { .pin(team: $0.team, measure: $0.measure, quarter: quarter) })
        let pinned: Scenario
        do throws(WhatIfProblems) {
            pinned = try whatIf.apply(to: scenario)
        } catch {
            for problem in error.problems {
                printError("error[\(problem.code)]: --override: " + WhatIfText.text(problem, first: quarter))
            }
            throw error.isUnkeepable ? ExitCode.noPlan : .usage
        }
        let planner = planning.planner(for: pinned)
        let plan: Plan
        switch try runPlanner(planner, planning.options, startFrom: startFrom) {
        case .plan(let found): plan = found
        case .infeasible(let infeasibility):
            let list = items.map { "\($0.team) → \($0.measure)" }.joined(separator: ", ")
            printError(
                "error[override-breaks-rule]: no plan keeps the override \(list) in \(quarter) "
                    + "with the scenario's rules"
            )
            let diagnosis = PlanText.infeasible(infeasibility)
            printError(diagnosis.hasSuffix("\n") ? String(diagnosis.dropLast()) : diagnosis)
            throw ExitCode.noPlan
        case .noPlanFound(let status, _):
            printError(
                "no plan with the overrides found: \(PlanText.statusText(.notFound(status))); raise --time-limit")
            throw ExitCode.noPlanInTime
        }
        try requireVerified(plan)
        let before = Dictionary(
            recommended.assignments.filter { $0.quarter == quarter }.map { ($0.team, $0.measure) },
            uniquingKeysWith: { _, last in last })
        let overrides = items.map {
            DecisionRecord.Override(team: $0.team, recommended: before[$0.team], decided: $0.measure, reason: $0.reason)
        }
        return (plan, overrides)
    }
}
