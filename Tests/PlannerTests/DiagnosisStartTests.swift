import GLPKSolver
import MILP
import PlanCheck
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The diagnosis starts from the greedy plan with each slack set to what the plan needs. The
/// point must lie in the diagnosis model (else GLPK ignores it and the speed-up silently goes),
/// and the slacks must be exact: none for a plan that keeps every rule.
@Suite("Diagnosis warm start")
struct DiagnosisStartTests {
    typealias S = PlannerTestSupport

    /// Scenarios without a plan, each broken by a different kind of rule.
    static func infeasible() -> [(String, Scenario)] {
        let q1 = Quarter("2027-Q1")!
        var overBudget = S.base()
        overBudget.locks.pins = [
            Locks.Pin(team: "T1", quarter: q1, measure: "A"), Locks.Pin(team: "T2", quarter: q1, measure: "B"),
        ]
        overBudget.budget.quarterOverrides = [q1: Money(euros: 15_000)]
        var balance = S.base()
        balance.zielbilder[1].balance.minTeamsWorkingPerQuarter = 2
        var prerequisite = S.base()
        prerequisite.measures[0].prerequisites = ["B"]
        prerequisite.locks.pins = [Locks.Pin(team: "T1", quarter: q1, measure: "A")]
        var completions = S.base()
        completions.zielbilder[1].balance.minCompletions = 3
        return [
            ("quarter budget", overBudget), ("teams working", balance), ("pin before its prerequisite", prerequisite),
            ("completions", completions),
        ]
    }

    static func setting(_ scenario: Scenario) -> (Planner, PlanModel, MILPModel) {
        let scores = Scorer(scenario: scenario).scoreSheet()
        let planner = Planner(scenario: scenario, scores: scores, solver: GLPKSolver())
        let model = PlanModel(problem: PlanningProblem(scenario: scenario, scores: scores), diagnosis: true)
        return (planner, model, try! model.model.freeze())
    }

    @Test(arguments: infeasible().map(\.0))
    func theStartIsAPointOfTheDiagnosisModelNoBetterThanTheProvenDiagnosis(_ name: String) throws {
        let scenario = try #require(Self.infeasible().first { $0.0 == name }?.1)
        let (planner, model, frozen) = Self.setting(scenario)
        let start = try #require(planner.diagnosisStart(model, frozen: frozen))
        #expect(frozen.maximumViolation(at: start) <= 1e-6)
        let broken = model.slacks.filter { start[$0.indicator.index] > 0.5 }
        #expect(!broken.isEmpty, "an infeasible scenario's start must relax some rule")
        guard case .infeasible(let diagnosis) = S.plan(scenario) else {
            Issue.record("expected no plan")
            return
        }
        #expect(diagnosis.complete)
        #expect(diagnosis.relaxations.count <= broken.count)
    }

    @Test func aPlanThatKeepsEveryRuleNeedsNoSlack() throws {
        let scenario = S.base()
        let (_, model, frozen) = Self.setting(scenario)
        let plan = try #require(S.assignments(scenario))
        let verifier = PlanVerifier(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet())
        let report = verifier.verify(plan, quarters: model.problem.quarters)
        #expect(report.violations.isEmpty)
        var values = try #require(model.values(for: plan, completions: report.completions))
        #expect(Planner.setSlacks(&values, model: model, frozen: frozen))
        #expect(model.slacks.allSatisfy { values[$0.variable.index] == 0 && values[$0.indicator.index] == 0 })
        #expect(frozen.maximumViolation(at: values) <= 1e-6)
    }
}
