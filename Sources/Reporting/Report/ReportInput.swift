import Planner
import Scoring
import SprintModel

/// Everything a report shows: the scenario, its scores, how planning ended, optional
/// comparison scenarios, and how to write it (language, with or without timing).
public struct ReportInput: Sendable {
    public var scenario: Scenario
    public var scores: ScoreSheet
    public var outcome: PlanningOutcome
    public var scenarioHash: String
    public var toolVersion: String
    public var comparison: ScenarioComparison?
    public var language: ReportLanguage
    /// Leaves timing out, so the report is byte-identical across runs.
    public var stable: Bool
    /// The changes tried on the scenario for this report (empty: the scenario as it is).
    public var whatIf = WhatIf()

    /// The what-if line under the title, nil without one.
    var whatIfLine: String? {
        whatIf.isEmpty ? nil : WhatIfText.summary(whatIf, first: scenario.plannedQuarters.first, language)
    }

    public init(
        scenario: Scenario, scores: ScoreSheet, outcome: PlanningOutcome, scenarioHash: String, toolVersion: String,
        comparison: ScenarioComparison? = nil, language: ReportLanguage = .en, stable: Bool = false
    ) {
        self.scenario = scenario
        self.scores = scores
        self.outcome = outcome
        self.scenarioHash = scenarioHash
        self.toolVersion = toolVersion
        self.comparison = comparison
        self.language = language
        self.stable = stable
    }

    var plan: Plan? {
        if case .plan(let plan) = outcome { return plan }
        return nil
    }

    /// The solver's status in words of the report's language.
    func statusText(_ status: SearchOutcome) -> String {
        switch status {
        case .found(.optimal): return language.text(.optimal)
        case .found(.withinGap): return language.text(.gapReached)
        case .found(.stopped), .notFound(.stopped): return language.text(.timeLimit)
        case .notFound(.infeasible): return language.text(.infeasible)
        case .notFound(.unbounded), .notFound(.solverFailed): return status.name
        }
    }

    /// Per Lösung: its Zielbild, whether it completes (and when), or which measures are missing.
    func solutionRows() -> [(solution: Solution, completedIn: Quarter?, alreadyDone: Bool, missing: [String])] {
        let status = Dictionary(scenario.measures.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        return scenario.solutions.map { solution in
            var last: Quarter?
            var missing: [String] = []
            var allDone = true
            for id in solution.measures {
                if status[id] == .done { continue }
                allDone = false
                if let quarter = plan?.report.completions[id] {
                    last = max(last ?? quarter, quarter)
                } else {
                    missing.append(id)
                }
            }
            return (solution, missing.isEmpty ? last : nil, allDone, missing)
        }
    }
}
