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
    /// prerequisites; returns its value (measure values + complete bundles) and its cost,
    /// each measure counted once however many Lösungen share it.
    static func value(
        of chosen: Set<String>, in scenario: Scenario, scores: ScoreSheet
    ) -> (
        value: Double, cost: Money
    )? {
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
            value += scores.score(of: id)! * scenario.policy.valueScale
        }
        if let total = scenario.budget.total, cost > total { return nil }
        if let cap = scenario.budget.ownShareCap, own > cap { return nil }
        for solution in scenario.solutions
        where solution.measures.allSatisfy({ scenario.measure($0)?.status == .done || chosen.contains($0) }) {
            value += solution.bundleValue
        }
        return (value, cost)
    }

    /// The most value, then the least cost for it, by enumerating every subset of open measures.
    static func bruteForce(_ scenario: Scenario, scores: ScoreSheet) -> (value: Double, cost: Money)? {
        let open = scenario.measures.filter { $0.status.isOpen }.map(\.id)
        var best: (value: Double, cost: Money)?
        for mask in 0..<(1 << open.count) {
            let chosen = Set(open.indices.filter { mask >> $0 & 1 == 1 }.map { open[$0] })
            guard let found = Self.value(of: chosen, in: scenario, scores: scores) else { continue }
            if let current = best {
                if found.value > current.value + 1e-9
                    || (abs(found.value - current.value) <= 1e-9 && found.cost < current.cost)
                {
                    best = found
                }
            } else {
                best = found
            }
        }
        return best
    }

    /// Compares `select` with the enumeration: same value, same least cost, a valid selection
    /// the verifier values the same. Returns whether the selection completes two Lösungen.
    @discardableResult
    static func expectMatchesBruteForce(_ scenario: Scenario, label: String) -> Bool {
        let scores = Scorer(scenario: scenario).scoreSheet()
        let best = Self.bruteForce(scenario, scores: scores)
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
        #expect(result.status == .found(.optimal), "\(label)")
        #expect(result.leastCost, "\(label)")
        #expect(
            abs((result.objective ?? .nan) - (best?.value ?? .nan)) < 1e-6,
            "\(label): \(String(describing: result.objective)) vs \(String(describing: best))")
        let own = Self.value(of: Set(result.measures), in: scenario, scores: scores)
        #expect(
            own?.cost == best?.cost, "\(label): cost \(String(describing: own?.cost)) vs \(String(describing: best))")
        #expect(result.check?.isValid == true, "\(label): \(String(describing: result.check?.violations))")
        #expect(abs((result.check?.value ?? .nan) - (own?.value ?? .nan)) < 1e-6, "\(label): verifier value")
        #expect(result.cost == own?.cost, "\(label): reported cost")
        return result.bundles.count >= 2
    }

    @Test func equalsBruteForceOnSmallRandomInstances() {
        for seed in 1...60 as ClosedRange<UInt64> {
            var scenario = TinyScenarios.make(seed: seed)
            scenario.budget.total = Money(euros: Int64(10_000 + Int(seed % 7) * 5_000))
            Self.expectMatchesBruteForce(scenario, label: "seed \(seed)")
        }
    }

    @Test func equalsBruteForceWithSharedMeasures() {
        var sharing = 0
        for seed in 1...80 as ClosedRange<UInt64> {
            var scenario = TinyScenarios.make(seed: seed, shared: true)
            scenario.budget.total = Money(euros: Int64(10_000 + Int(seed % 7) * 5_000))
            if Self.expectMatchesBruteForce(scenario, label: "shared seed \(seed)") { sharing += 1 }
        }
        #expect(sharing >= 10, "only \(sharing) selections complete two Lösungen")
    }

    @Test func generatedPortfoliosWithSharedMeasuresEqualBruteForce() {
        for seed in 1...12 as ClosedRange<UInt64> {
            let scenario = PortfolioScenario.make(
                measures: 12, bundles: 5, prerequisites: 4, seed: seed, shared: 0.5,
                budgetShare: [0.3, 0.5, 0.7][Int(seed % 3)])
            #expect(Set(scenario.solutions.flatMap(\.measures)).count < scenario.solutions.flatMap(\.measures).count)
            Self.expectMatchesBruteForce(scenario, label: "portfolio seed \(seed)")
        }
    }

    /// Adding a Lösung never lowers the optimum (the old selection still completes what it did).
    @Test func addingALösungNeverLowersTheOptimum() {
        for seed in 1...30 as ClosedRange<UInt64> {
            let scenario = TinyScenarios.make(seed: seed, shared: true)
            let scores = Scorer(scenario: scenario).scoreSheet()
            let before = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
            var larger = scenario
            let open = scenario.measures.filter { $0.status.isOpen }.map(\.id)
            guard let last = open.last else { continue }
            larger.solutions.append(
                Solution(id: "LX", name: "LX", zielbild: "Z1", measures: [open[0], last], bundleValue: 7))
            let after = PortfolioSelection(scenario: larger, scores: scores, solver: GLPKSolver()).select()
            #expect((after.objective ?? .nan) >= (before.objective ?? .nan) - 1e-9, "seed \(seed)")
        }
    }

    /// Two Lösungen share an expensive measure; the budget pays it once, so both complete.
    @Test func aSharedMeasureIsPaidOnce() throws {
        let measures = ["S", "A", "B"].map { id in
            Measure(
                id: id, name: id, zielbild: "Z1", effort: 1, costPerTeamQuarter: .zero,
                oneOffCost: Money(euros: id == "S" ? 100_000 : 10_000))
        }
        let scenario = Scenario(
            name: "shared", programme: Programme(name: "P", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), zielbilder: [Zielbild(id: "Z1", name: "Z1")],
            solutions: [
                Solution(id: "L1", name: "L1", zielbild: "Z1", measures: ["S", "A"], bundleValue: 50),
                Solution(id: "L2", name: "L2", zielbild: "Z1", measures: ["S", "B"], bundleValue: 50),
            ],
            measures: measures, budget: Budget(total: Money(euros: 120_000)))
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
        #expect(result.bundles == ["L1", "L2"])
        #expect(result.cost == Money(euros: 120_000))
        #expect(result.objective == 100)
        let check = try #require(result.check)
        #expect(check.isValid && check.cost == Money(euros: 120_000) && check.bundleValue == 100)
    }

    @Test func aScenarioWithoutCriteriaOrTeamsSelectsBundlesWithinTheBudget() throws {
        let scenario = PortfolioScenario.make(measures: 40, bundles: 8, prerequisites: 10, seed: 3)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
        #expect(result.status == .found(.optimal))
        #expect(!result.bundles.isEmpty)
        #expect(result.cost <= scenario.budget.total!)
        #expect(Self.value(of: Set(result.measures), in: scenario, scores: scores) != nil)
        #expect(result.check?.isValid == true)
    }

    /// The smallest Next-Release-Problem shape at every budget of the benchmark: proven, valid,
    /// Lösungen sharing measures, and every measure a Lösung lists paid once in the cost.
    @Test(arguments: [0.3, 0.5, 0.7])
    func aReleasePlanningShapeIsProvenWithSharedMeasures(budgetShare: Double) throws {
        let shape = try #require(ReleasePlanningShape.named("classic-1"))
        let scenario = shape.scenario(seed: 1, budgetShare: budgetShare)
        #expect(scenario == shape.scenario(seed: 1, budgetShare: budgetShare))
        let listed = scenario.solutions.flatMap(\.measures)
        #expect(Set(listed).count < listed.count, "no measure is shared")
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver()).select()
        #expect(result.status == .found(.optimal) && result.leastCost)
        let check = try #require(result.check)
        #expect(check.isValid && abs(check.value - (result.objective ?? .nan)) < 1e-9)
        let paid = result.measures.reduce(Money.zero) { $0 + scenario.measure($1)!.remainingCost }
        #expect(check.cost == paid && paid <= scenario.budget.total!)
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
        #expect(abs(value.value - (result.objective ?? .nan)) < 1e-6)
    }
}
