import Foundation
import GLPKSolver
import ScenarioIO
import Scoring
import SprintModel
import Testing

@testable import Planner

/// Parallel batches (compare, sweep): order, parameters and the invariants a grid must show.
@Suite("Batch planning: parallel work, sweep axes, sweeps and comparisons")
struct BatchTests {
    @Test(arguments: [1, 2, 7])
    func parallelWorkKeepsInputOrderWhateverFinishesFirst(workers: Int) {
        let items = Array(0..<40)
        let counter = Counter()
        let results = ParallelWork.map(items, workers: workers, finished: { _ in counter.increment() }) { index, item in
            // Later items finish first when run side by side.
            usleep(UInt32((40 - item) * 200))
            return "\(index):\(item * item)"
        }
        #expect(results == items.map { "\($0):\($0 * $0)" })
        #expect(counter.value == 40)
    }

    @Test func rangesIncludeTheStopAndDoNotDrift() throws {
        #expect(try SweepAxis("budget.total=3e6:6e6:0.5e6").values == [3e6, 3.5e6, 4e6, 4.5e6, 5e6, 5.5e6, 6e6])
        let rates = try SweepAxis("programme.fundingRate=0.1:0.9:0.1").values
        #expect(rates.count == 9)
        #expect(abs(rates.last! - 0.9) < 1e-12)
        #expect(try SweepAxis("teams.Z1=1,3").values == [1, 3])
        #expect(try SweepAxis("weight.Z2.impact=0.5").parameter == .weight(criterion: "impact", zielbild: "Z2"))
    }

    @Test(arguments: [
        ("budget.total", "expected PARAMETER="), ("budget.totl=1", "unknown parameter budget.totl"),
        ("budget.total=5:1:1", "below START"), ("budget.total=1:5:0", "step must be greater than 0"),
        ("budget.total=1:5", "START:STOP:STEP"), ("budget.total=x", "expected a number, found \"x\""),
        ("horizon.quarters=1.5", "whole numbers"), ("budget.total=0:1e9:1", "at most 1000"),
        ("weight.=1", "unknown parameter"),
        // Counts that overflow an integer (or are infinite) are refused, never converted.
        ("budget.total=0:1:1e-300", "at most 1000"), ("policy.discountRate=0:1:1e-320", "at most 1000"),
        ("budget.total=-1e308:1e308:1e300", "at most 1000"), ("horizon.quarters=1e300", "whole numbers"),
        ("teams.Z1=1e18", "whole numbers"),
    ])
    func badAxesAreRejectedWithTheReason(text: String, message: String) {
        #expect(throws: SweepError.self) { try SweepAxis(text) }
        do { _ = try SweepAxis(text) } catch { #expect(error.description.contains(message), "\(error)") }
    }

    @Test func applyingChangesOnlyTheNamedInput() throws {
        let base = PlannerTestSupport.base()
        var changed = base
        try SweepAxis("teams.Z1=1").apply(1, to: &changed)
        #expect(changed.sprintteams.map(\.id) == ["T1", "T3"])
        changed = base
        try SweepAxis("weight.Z2.v=3").apply(3, to: &changed)
        #expect(changed.zielbilder[1].weightOverrides == ["v": 3])
        #expect(changed.criteria == base.criteria)
        #expect(throws: SweepError.self) { try SweepAxis("teams.Z1=3").apply(3, to: &changed) }
        #expect(throws: SweepError.self) { try SweepAxis("weight.w=1").apply(1, to: &changed) }
    }

    /// More money never lowers the optimum: every point is proven optimal, so the objective
    /// must be non-decreasing along a budget axis (a solver or grid mix-up would break it).
    @Test func theOptimumNeverFallsWhenTheBudgetGrows() throws {
        let base = PlannerTestSupport.load("scenarios/myk10/myk10.json")
        let axis = try SweepAxis("budget.perQuarter=400000:800000:50000")
        let points = try ScenarioSweep.points(around: base, axes: [axis])
        for point in points { #expect(ScenarioLoader.check(point.scenario, label: "point").errors.isEmpty) }
        let sweep = ScenarioSweep.run(
            points, base: base, axes: [axis], method: .weightedSum,
            options: PlanningOptions(quarters: 2, timeLimit: 60),
            solver: GLPKSolver(), workers: 2)
        #expect(sweep.results.allSatisfy { $0.status == .found(.optimal) && $0.verified })
        let objectives = sweep.results.compactMap(\.objective)
        #expect(objectives.count == 9)
        for (lower, higher) in zip(objectives, objectives.dropFirst()) { #expect(higher >= lower - 1e-6) }
        #expect(objectives.last! > objectives.first!)
        // Spending respects each point's own quarter cap.
        for result in sweep.results { #expect(result.spending! <= Money(cents: Int64(result.values[0] * 100)) * 2) }
    }

    @Test func aComparisonListsExactlyTheTeamQuartersThatDiffer() throws {
        let base = PlannerTestSupport.base()
        var fewer = base
        fewer.sprintteams.removeAll { $0.id == "T2" }
        let comparison = ScenarioComparison.run(
            [("base", base), ("fewer", fewer)], method: .weightedSum, options: PlanningOptions(timeLimit: 30),
            solver: GLPKSolver(), workers: 2)
        let plans = comparison.entries.map { $0.plan! }
        for quarter in comparison.quarters {
            for team in ["T1", "T2", "T3"] {
                let measures = plans.map { $0.measure(of: team, in: quarter) }
                let listed = comparison.differingAssignments.first { $0.team == team && $0.quarter == quarter }
                #expect((listed != nil) == (measures[0] != measures[1]), "\(team) \(quarter)")
                if let listed { #expect(listed.measures == measures) }
            }
        }
        #expect(comparison.differingAssignments.contains { $0.team == "T2" })
        let counted = comparison.completions.map { $0.measures.map(\.count) }.reduce([0, 0]) {
            [$0[0] + $1[0], $0[1] + $1[1]]
        }
        #expect(counted == plans.map(\.report.completions.count))
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
