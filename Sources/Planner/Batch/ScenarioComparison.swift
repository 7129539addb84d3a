import MILP
import Scoring
import SprintModel

/// Several scenarios planned with the same options, side by side: which assignments differ,
/// and which measures each completes per Zielbild and quarter. The analyst's question before
/// a budget meeting: "what changes if…?"
public struct ScenarioComparison: Sendable {
    /// One scenario and how planning it ended.
    public struct Entry: Sendable {
        public var name: String
        public var scenario: Scenario
        public var outcome: PlanningOutcome

        public var plan: Plan? {
            if case .plan(let plan) = outcome { return plan }
            return nil
        }
    }

    /// A team-quarter whose measure differs between the scenarios (nil: idle, or no plan).
    public struct DifferingAssignment: Sendable, Hashable {
        public var team: String
        public var quarter: Quarter
        public var measures: [String?]
    }

    /// Measures completed in one Zielbild and quarter, per scenario (sorted ids).
    public struct Completions: Sendable, Hashable {
        public var zielbild: String
        public var quarter: Quarter
        public var measures: [[String]]
    }

    public var entries: [Entry]
    public var quarters: [Quarter]
    public var differingAssignments: [DifferingAssignment]
    public var completions: [Completions]

    /// Plans every scenario with `options` on up to `workers` threads; `finished` reports the
    /// number of scenarios done.
    public static func run(
        _ scenarios: [(name: String, scenario: Scenario)], method: ScoringMethod, options: PlanningOptions,
        solver: any MILPSolver, workers: Int, finished: (@Sendable (Int) -> Void)? = nil
    ) -> ScenarioComparison {
        let outcomes = ParallelWork.map(scenarios, workers: workers, finished: finished) { _, item in
            Planner(
                scenario: item.scenario, scores: Scorer(scenario: item.scenario, method: method).scoreSheet(),
                solver: solver
            ).plan(options)
        }
        return ScenarioComparison(
            zip(scenarios, outcomes).map { Entry(name: $0.name, scenario: $0.scenario, outcome: $1) })
    }

    public init(_ entries: [Entry]) {
        self.entries = entries
        let plans = entries.map(\.plan)
        quarters = Array(Set(plans.flatMap { $0?.quarters ?? [] })).sorted()
        var teams: [String] = []
        for entry in entries {
            for team in entry.scenario.sprintteams where !teams.contains(team.id) { teams.append(team.id) }
        }
        var differing: [DifferingAssignment] = []
        for quarter in quarters {
            for team in teams {
                let measures = plans.map { $0?.measure(of: team, in: quarter) }
                let planned = zip(plans, measures).filter { $0.0 != nil }.map(\.1)
                if Set(planned).count > 1 {
                    differing.append(DifferingAssignment(team: team, quarter: quarter, measures: measures))
                }
            }
        }
        differingAssignments = differing
        var zielbilder: [String] = []
        for entry in entries {
            for zielbild in entry.scenario.zielbilder where !zielbilder.contains(zielbild.id) {
                zielbilder.append(zielbild.id)
            }
        }
        var completions: [Completions] = []
        for zielbild in zielbilder {
            for quarter in quarters {
                let measures = entries.map { entry -> [String] in
                    guard let plan = entry.plan else { return [] }
                    return plan.report.completions.filter {
                        $0.value == quarter && entry.scenario.measure($0.key)?.zielbild == zielbild
                    }
                    .map(\.key).sorted()
                }
                if measures.contains(where: { !$0.isEmpty }) {
                    completions.append(Completions(zielbild: zielbild, quarter: quarter, measures: measures))
                }
            }
        }
        self.completions = completions
    }
}
