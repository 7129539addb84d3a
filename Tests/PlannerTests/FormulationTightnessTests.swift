import GLPKSolver
import MILP
import PlanCheck
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The LP relaxation of the plan model: valid inequalities that keep it close to the integer
/// optimum (the branch-and-bound tree, and so the planner's speed, depends on it). Each case is
/// one measure and one team, where the bound can be worked out by hand.
@Suite("Plan model relaxation")
struct FormulationTightnessTests {
    /// One team, one candidate measure with a one-off cost, four quarters, no discount and no
    /// switching cost; partial progress earns half the value (the programme runs on).
    static func scenario(effort: Double, oneOff: Int64, budget: Budget) -> Scenario {
        let criteria = [Criterion(id: "v", label: "value", kind: .impact, scale: .range(min: 0, max: 10), weight: 1)]
        let measure = Measure(
            id: "M", name: "M", zielbild: "Z1", effort: effort, costPerTeamQuarter: Money(euros: 10_000),
            oneOffCost: Money(euros: oneOff), ratings: ["v": 10])
        return Scenario(
            name: "one measure", programme: Programme(name: "P", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), criteria: criteria,
            zielbilder: [Zielbild(id: "Z1", name: "Z1")], measures: [measure],
            sprintteams: [Sprintteam(id: "T1", name: "T1", zielbild: "Z1")], budget: budget,
            policy: Policy(switchingCost: 0, discountRate: 0, partialProgressValue: 0.5, valueScale: 100))
    }

    /// The LP relaxation's bound and the measure's value V.
    static func relaxation(_ scenario: Scenario) throws -> (bound: Double, value: Double) {
        let problem = PlanningProblem(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet())
        var model = PlanModel(problem: problem).model
        model.relaxIntegrality()
        let result = GLPKSolver().solve(try model.freeze(), options: SolveOptions())
        #expect(result.status == .optimal)
        let value = try #require(problem.values["M"])
        #expect(value > 0)
        return (try #require(result.objective), value)
    }

    /// Effort 1, 10,000 € per team-quarter plus a 90,000 € one-off cost, 50,000 € in all: the
    /// measure cannot be afforded, and the relaxation may value it only in proportion to the
    /// money, V · 50,000 / 100,000. Without "no work without the start" the LP spread half a
    /// start over the quarters and took the whole partial credit (0.72 V).
    @Test func theRelaxationValuesAMeasureInProportionToItsMoney() throws {
        let (bound, value) = try Self.relaxation(
            Self.scenario(effort: 1, oneOff: 90_000, budget: Budget(total: Money(euros: 50_000))))
        let spending = 50_000 * PlanValue.spendingWeight  // the tie-breaker
        #expect(bound <= 0.5 * value - spending + 1e-5)
        #expect(bound >= 0.5 * value - spending - 1e-3)
    }

    /// Effort 4 with one team, no money in the first quarter: the measure cannot be finished,
    /// so the bound is the partial credit of three quarters (3/4 · V/2), less the
    /// tie-breaker for 40,000 € spent, and the relaxation is
    /// exact. Without "done in q means started by q − 3" the LP finished three quarters of it
    /// (0.75 V).
    @Test func aLateStartCannotFinishInTheRelaxation() throws {
        let budget = Budget(quarterOverrides: [Quarter("2027-Q1")!: .zero])
        let scenario = Self.scenario(effort: 4, oneOff: 10_000, budget: budget)
        let (bound, value) = try Self.relaxation(scenario)
        let spending = 40_000 * PlanValue.spendingWeight  // three quarters and the one-off cost
        #expect(abs(bound - (0.375 * value - spending)) < 1e-3)
        guard case .plan(let plan) = PlannerTestSupport.plan(scenario) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.assignments.count == 3)
        #expect(abs(plan.objective - bound) < 0.01)
    }
}

/// The completion knapsacks the last search phase adds (`PlanModel.withCompletionKnapsacks`)
/// are valid: on random tiny scenarios with budgets the model with them has the same optimum,
/// and they are really there.
@Suite("Completion knapsacks")
struct CompletionKnapsackTests {
    @Test func theKnapsacksKeepTheOptimumOnRandomTinyScenarios() throws {
        var withRows = 0
        for seed in UInt64(0)..<80 {
            let scenario = TinyScenarios.make(seed: seed)
            let planModel = PlanModel(
                problem: PlanningProblem(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet()))
            let plain = try planModel.model.freeze(), tightened = try planModel.withCompletionKnapsacks().freeze()
            if tightened.rows.count > plain.rows.count { withRows += 1 }
            let a = GLPKSolver().solve(plain, options: SolveOptions()),
                b = GLPKSolver().solve(tightened, options: SolveOptions())
            #expect(a.status == b.status, "seed \(seed)")
            if let x = a.objective, let y = b.objective { #expect(abs(x - y) < 1e-6, "seed \(seed): \(x) vs \(y)") }
        }
        #expect(withRows >= 20, "only \(withRows) scenarios had a budget to add knapsacks for")
    }
}
