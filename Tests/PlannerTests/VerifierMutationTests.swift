import PlanCheck
import Scoring
import SprintModel
import Testing

@testable import Planner

/// The verifier must catch each rule's violation: mutate a valid plan so that it breaks
/// exactly one rule (for every case of `PlanViolation.Rule`), and expect that rule reported.
@Suite("Plan verifier catches every rule violation")
struct VerifierMutationTests {
    typealias S = PlannerTestSupport
    static let q1 = Quarter("2027-Q1")!, q2 = Quarter("2027-Q2")!

    func violations(_ scenario: Scenario, _ plan: [Assignment]) -> Set<PlanViolation.Rule> {
        let report = PlanVerifier(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet())
            .verify(plan, quarters: scenario.horizon.quarters)
        return Set(report.violations.map(\.rule))
    }

    @Test func aValidPlanHasNoViolations() {
        let plan = [
            Assignment(team: "T1", quarter: Self.q1, measure: "A"),
            Assignment(team: "T3", quarter: Self.q1, measure: "D"),
        ]
        #expect(violations(S.base(), plan).isEmpty)
    }

    /// One scenario and plan per rule that break that rule. The switch has no default: a new
    /// rule does not compile until it has its mutation, and the test below runs every case.
    static func mutation(breaking rule: PlanViolation.Rule) -> (Scenario, [Assignment]) {
        var scenario = S.base()
        var plan = [Assignment(team: "T1", quarter: q1, measure: "A")]
        switch rule {
        case .unknownEntity: plan = [Assignment(team: "T9", quarter: q1, measure: "A")]
        case .closedMeasure: scenario.measures[0].status = .dropped
        case .ineligibleMeasure: scenario.criteria[0].gate = Criterion.Gate(minimum: 10, reason: "needs 10")
        case .availability: scenario.sprintteams[0].unavailable = [q1]
        case .skills: scenario.measures[0].requiredSkills = ["gis"]
        case .zielbild: plan = [Assignment(team: "T3", quarter: q1, measure: "A")]
        case .forbidden: scenario.locks.forbidden = [Locks.Forbidden(team: "T1", measure: "A")]
        case .earliestStart: scenario.measures[0].earliestStart = q2
        case .deadline:
            plan = [Assignment(team: "T1", quarter: q2, measure: "A")]
            scenario.measures[0].deadline = CalendarDate("2027-03-31")
        case .programmeEnd:
            plan = [Assignment(team: "T1", quarter: q2, measure: "A")]
            scenario.programme.endDate = CalendarDate("2027-03-31")!
        case .oneMeasurePerTeam: plan.append(Assignment(team: "T1", quarter: q1, measure: "B"))
        case .maxTeams:
            scenario.measures[0].effort = 2
            plan.append(Assignment(team: "T2", quarter: q1, measure: "A"))
        case .workAfterCompletion: plan.append(Assignment(team: "T1", quarter: q2, measure: "A"))
        case .prerequisite: scenario.measures[0].prerequisites = ["B"]
        case .quarterBudget: scenario.budget.perQuarter = Money(euros: 9_999)
        case .totalBudget: scenario.budget.total = Money(cents: 999_999)
        case .ownShareCap: scenario.budget.ownShareCap = Money(euros: 3_499)
        case .balance: scenario.zielbilder[1].balance.minTeamsWorkingPerQuarter = 1
        case .pin: scenario.locks.pins = [Locks.Pin(team: "T2", quarter: q1, measure: "B")]
        }
        return (scenario, plan)
    }

    /// Rules a mutation breaks besides its own: a dropped measure is no longer scored, so it is
    /// ineligible too.
    static func alsoBroken(by rule: PlanViolation.Rule) -> Set<PlanViolation.Rule> {
        rule == .closedMeasure ? [.ineligibleMeasure] : []
    }

    /// Every rule, through its own mutation: the verifier must report that rule, and no rule
    /// the mutation does not break.
    @Test("each rule's mutation is caught by that rule", arguments: PlanViolation.Rule.allCases)
    func mutation(rule: PlanViolation.Rule) {
        let (scenario, plan) = Self.mutation(breaking: rule)
        let found = violations(scenario, plan)
        let expected = Self.alsoBroken(by: rule).union([rule])
        #expect(
            found == expected, "expected \(expected.map(\.rawValue).sorted()), found \(found.map(\.rawValue).sorted())")
    }

    @Test func moneyIsCheckedInExactCents() {
        var scenario = S.base()
        scenario.budget.perQuarter = Money(euros: 10_000)
        #expect(violations(scenario, [Assignment(team: "T1", quarter: Self.q1, measure: "A")]).isEmpty)
        scenario.budget.perQuarter = Money(cents: 999_999)
        #expect(violations(scenario, [Assignment(team: "T1", quarter: Self.q1, measure: "A")]) == [.quarterBudget])
    }
}
