import GLPKSolver
import PlanCheck
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

@Suite("Portfolio selection")
struct PortfolioSelectionTests {
    /// Checks a selection against the rules, independently: budget, own share,
    /// prerequisites; returns its value (measure values + complete bundles).
    static func value(of chosen: Set<String>, in scenario: Scenario, scores: ScoreSheet) -> Double? {
        let rate = scenario.programme.fundingRate
        var cost = Money.zero, own = Money.zero, value = 0.0
        for id in chosen {
            let measure = scenario.measure(id)!
            guard measure.status.isOpen, scores.score(of: id) != nil else { return nil }
            for prerequisite in measure.prerequisites {
                let required = scenario.measure(prerequisite)!
                guard required.status == .done || chosen.contains(prerequisite) else { return nil }
            }
            cost += measure.remainingCost
            own += measure.ownShare(of: measure.remainingCost, fundingRate: rate)
            value +=
                scores.score(of: id)! * scenario.policy.valueScale - PlanValue.spendingWeight
                * measure.remainingCost.euros
        }
        if let total = scenario.budget.total, cost > total { return nil }
        if let cap = scenario.budget.ownShareCap, own > cap { return nil }
        for solution in scenario.solutions
        where solution.measures.allSatisfy({ scenario.measure($0)?.status == .done || chosen.contains($0) }) {
            value += solution.bundleValue
        }
        return value
    }

    @Test func equalsBruteForceOnSmallRandomInstances() {
        for seed in 1...60 as ClosedRange<UInt64> {
            var scenario = TinyScenarios.make(seed: seed)
            scenario.budget.total = Money(euros: Int64(10_000 + Int(seed % 7) * 5_000))
            let scores = Scorer(scenario: scenario).scoreSheet()
            let open = scenario.measures.filter { $0.status.isOpen }.map(\.id)
            var best: Double?
            for mask in 0..<(1 << open.count) {
                let chosen = Set(open.indices.filter { mask >> $0 & 1 == 1 }.map { open[$0] })
                if let value = Self.value(of: chosen, in: scenario, scores: scores), best == nil || value > best! {
                    best = value
                }
            }
            let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
            #expect(result.status == .found(.optimal), "seed \(seed)")
            #expect(
                abs((result.objective ?? .nan) - (best ?? .nan)) < 1e-6,
                "seed \(seed): \(String(describing: result.objective)) vs \(String(describing: best))")
            #expect(
                Self.value(of: Set(result.measures), in: scenario, scores: scores) != nil,
                "seed \(seed): selection breaks a rule")
        }
    }

    @Test func aScenarioWithoutCriteriaOrTeamsSelectsBundlesWithinTheBudget() throws {
        let scenario = PortfolioScenario.make(measures: 40, bundles: 8, prerequisites: 10, seed: 3)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
        #expect(result.status == .found(.optimal))
        #expect(!result.bundles.isEmpty)
        #expect(result.cost <= scenario.budget.total!)
        #expect(Self.value(of: Set(result.measures), in: scenario, scores: scores) != nil)
    }

    @Test func aLargeInstanceIsProvenOptimal() throws {
        let scenario = PortfolioScenario.make(measures: 2_000, bundles: 300, prerequisites: 600, seed: 1)
        #expect(scenario.solutions.count >= 300 && scenario.measures.count >= 1_000)
        #expect(scenario.measures.reduce(0) { $0 + $1.prerequisites.count } >= 500)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select(timeLimit: 60)
        #expect(
            result.status == .found(.optimal),
            "\(result.status) after \(result.solveSeconds) s, gap \(String(describing: result.gap))")
        let value = try #require(Self.value(of: Set(result.measures), in: scenario, scores: scores))
        #expect(abs(value - (result.objective ?? .nan)) < 1e-6)
    }
}
