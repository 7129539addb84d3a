import Foundation
import GLPKSolver
import ScenarioIO
import Scoring
import SprintModel

@testable import Planner

/// Helpers for planner tests: small scenarios built in code and a one-call planner.
enum PlannerTestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load(_ relative: String) -> Scenario {
        let result = ScenarioLoader.load(file: root.appendingPathComponent(relative).path)
        guard let scenario = result.scenario else { fatalError("\(relative): \(result.errors)") }
        return scenario
    }

    static func plan(_ scenario: Scenario, _ options: PlanningOptions = .init(timeLimit: 30)) -> PlanningOutcome {
        Planner(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: GLPKSolver()).plan(options)
    }

    static func assignments(_ scenario: Scenario) -> [Assignment]? {
        guard case .plan(let plan) = plan(scenario) else { return nil }
        return plan.assignments
    }

    /// Two Zielbilder, three teams, five measures over two quarters, generous money.
    static func base() -> Scenario {
        let criteria = [Criterion(id: "v", label: "value", kind: .impact, scale: .range(min: 0, max: 10), weight: 1)]
        func measure(
            _ id: String, _ zielbild: String, _ rating: Double, effort: Double = 1, cost: Int64 = 10_000
        ) -> Measure {
            Measure(
                id: id, name: id, zielbild: zielbild, effort: effort, costPerTeamQuarter: Money(euros: cost),
                ratings: ["v": rating])
        }
        return Scenario(
            name: "base", programme: Programme(name: "P", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 2), criteria: criteria,
            zielbilder: [Zielbild(id: "Z1", name: "Z1"), Zielbild(id: "Z2", name: "Z2")],
            measures: [
                measure("A", "Z1", 9), measure("B", "Z1", 7), measure("C", "Z1", 5), measure("D", "Z2", 8),
                measure("E", "Z2", 3),
            ],
            sprintteams: [
                Sprintteam(id: "T1", name: "T1", zielbild: "Z1"), Sprintteam(id: "T2", name: "T2", zielbild: "Z1"),
                Sprintteam(id: "T3", name: "T3", zielbild: "Z2"),
            ],
            policy: Policy(switchingCost: 5, discountRate: 0.02, partialProgressValue: 0.5, valueScale: 100))
    }
}
