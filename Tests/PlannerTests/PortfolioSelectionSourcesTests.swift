import GLPKSolver
import ScenarioGeneration
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The columns `select` shares between measures worth nothing by themselves (`neededBy(sources:)`):
/// the optimum and the least cost stay those of the enumeration, and private chains disappear.
@Suite("Portfolio selection: shared columns")
struct PortfolioSelectionSourcesTests {
    /// A tiny Next-Release-Problem: measures with no value of their own in prerequisite chains,
    /// customers (Lösungen) requesting 1–3 of them, some requested by several.
    static func releasePlanning(seed: UInt64, measures count: Int = 12, customers: Int = 5) -> Scenario {
        var random = SeededRandom(seed: seed)
        var measures = (1...count).map { i in
            Measure(
                id: "R\(i)", name: "R\(i)", zielbild: "Z1", effort: 1, costPerTeamQuarter: .zero,
                oneOffCost: Money(euros: Int64(random.integer(in: 1...9)) * 10_000))
        }
        for i in 1..<count where random.integer(in: 0...2) > 0 {
            measures[i].prerequisites = ["R\(random.integer(in: 1...i))"]
        }
        var solutions: [Solution] = []
        for c in 1...customers {
            var requested = Set<Int>()
            for _ in 0..<random.integer(in: 1...3) { requested.insert(random.integer(in: 0...(count - 1))) }
            let ids = requested.sorted().map { "R\($0 + 1)" }
            solutions.append(
                Solution(
                    id: "C\(c)", name: "C\(c)", zielbild: "Z1", measures: ids,
                    bundleValue: Double(random.integer(in: 10...50))))
            for r in requested { measures[r].solutions.append("C\(c)") }
        }
        let total = measures.reduce(Money.zero) { $0 + $1.oneOffCost }
        let share = Int64([30, 50, 70][Int(seed % 3)])
        return Scenario(
            name: "nrp \(seed)", programme: Programme(name: "P", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), zielbilder: [Zielbild(id: "Z1", name: "Z1")],
            solutions: solutions, measures: measures, budget: Budget(total: Money(cents: total.cents * share / 100)))
    }

    @Test func tinyReleasePlanningInstancesEqualBruteForce() {
        var merged = 0
        for seed in 1...60 as ClosedRange<UInt64> {
            let scenario = Self.releasePlanning(seed: seed)
            PortfolioSelectionTests.expectMatchesBruteForce(scenario, label: "nrp seed \(seed)")
            let selection = PortfolioSelection(
                scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: GLPKSolver())
            let columns = selection.model().columns.count
            if columns < scenario.measures.count + scenario.solutions.count { merged += 1 }
        }
        #expect(merged >= 30, "only \(merged) of 60 models shared a column")
    }

    /// A private chain P ← Q ← member of L is L's column; a measure two Lösungen need keeps its own.
    @Test func aPrivateChainIsTheLösungsColumn() {
        let measure = { (id: String, prerequisite: String?) in
            Measure(
                id: id, name: id, zielbild: "Z1", effort: 1, costPerTeamQuarter: .zero,
                oneOffCost: Money(euros: 10_000), prerequisites: prerequisite.map { [$0] } ?? [])
        }
        let scenario = Scenario(
            name: "chains", programme: Programme(name: "P", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), zielbilder: [Zielbild(id: "Z1", name: "Z1")],
            solutions: [
                Solution(id: "L1", name: "L1", zielbild: "Z1", measures: ["A", "S"], bundleValue: 30),
                Solution(id: "L2", name: "L2", zielbild: "Z1", measures: ["B", "S"], bundleValue: 20),
            ],
            measures: [measure("P", nil), measure("Q", "P"), measure("A", "Q"), measure("B", nil), measure("S", nil)],
            budget: Budget(total: Money(euros: 40_000)))
        let selection = PortfolioSelection(
            scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet(), solver: GLPKSolver())
        let model = selection.model()
        // L1 (with A, Q, P), L2 (with B), S: three columns, S tied to both Lösungen.
        #expect(model.columns.map(\.name) == ["bundle_L1", "bundle_L2", "fund_S"])
        let result = selection.select()
        #expect(result.measures == ["P", "Q", "A", "S"] && result.bundles == ["L1"])
        #expect(result.check?.isValid == true && result.objective == 30)
    }

    /// A time limit that strikes before GLPK's root is done still answers with the greedy start,
    /// valid by the verifier (not proven).
    @Test func aTimeLimitBeforeTheRootAnswersWithTheGreedySelection() throws {
        let scenario = PortfolioScenario.make(measures: 2_000, bundles: 300, prerequisites: 600, seed: 1)
        let scores = Scorer(scenario: scenario).scoreSheet()
        let result = PortfolioSelection(scenario: scenario, scores: scores, solver: GLPKSolver())
            .select(timeLimit: 0.001)
        #expect(result.status == .found(.stopped(.timeLimit)))
        let check = try #require(result.check)
        #expect(check.isValid && !result.measures.isEmpty)
        #expect(abs(check.value - (result.objective ?? .nan)) < 1e-6)
    }
}
