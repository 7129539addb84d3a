import PlanCheck
import Testing
import Scoring
import SprintModel
@testable import Planner

/// The verifier must catch each rule's violation: mutate a valid plan so that it breaks
/// exactly one rule, and expect that rule to be reported.
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
        let plan = [Assignment(team: "T1", quarter: Self.q1, measure: "A"), Assignment(team: "T3", quarter: Self.q1, measure: "D")]
        #expect(violations(S.base(), plan).isEmpty)
    }

    @Test("each mutation is caught by its rule", arguments: [
        "unknown-entity", "closed-measure", "ineligible-measure", "availability", "skills", "zielbild", "forbidden", "earliest-start",
        "deadline", "programme-end", "one-measure-per-team", "max-teams", "work-after-completion", "prerequisite", "quarter-budget",
        "total-budget", "own-share-cap", "balance", "pin",
    ])
    func mutation(rule: String) throws {
        var scenario = S.base()
        var plan = [Assignment(team: "T1", quarter: Self.q1, measure: "A")]
        switch rule {
        case "unknown-entity": plan = [Assignment(team: "T9", quarter: Self.q1, measure: "A")]
        case "closed-measure": scenario.measures[0].status = .dropped
        case "ineligible-measure":
            scenario.criteria[0].gate = Criterion.Gate(minimum: 10, reason: "needs 10")
        case "availability": scenario.sprintteams[0].unavailable = [Self.q1]
        case "skills": scenario.measures[0].requiredSkills = ["gis"]
        case "zielbild": plan = [Assignment(team: "T3", quarter: Self.q1, measure: "A")]
        case "forbidden": scenario.locks.forbidden = [Locks.Forbidden(team: "T1", measure: "A")]
        case "earliest-start": scenario.measures[0].earliestStart = Self.q2
        case "deadline": plan = [Assignment(team: "T1", quarter: Self.q2, measure: "A")]; scenario.measures[0].deadline = CalendarDate("2027-03-31")
        case "programme-end": plan = [Assignment(team: "T1", quarter: Self.q2, measure: "A")]; scenario.programme.endDate = CalendarDate("2027-03-31")!
        case "one-measure-per-team": plan.append(Assignment(team: "T1", quarter: Self.q1, measure: "B"))
        case "max-teams": scenario.measures[0].effort = 2; plan.append(Assignment(team: "T2", quarter: Self.q1, measure: "A"))
        case "work-after-completion": plan.append(Assignment(team: "T1", quarter: Self.q2, measure: "A"))
        case "prerequisite": scenario.measures[0].prerequisites = ["B"]
        case "quarter-budget": scenario.budget.perQuarter = Money(euros: 9_999)
        case "total-budget": scenario.budget.total = Money(cents: 999_999)
        case "own-share-cap": scenario.budget.ownShareCap = Money(euros: 3_499)
        case "balance": scenario.zielbilder[1].balance.minTeamsWorkingPerQuarter = 1
        case "pin": scenario.locks.pins = [Locks.Pin(team: "T2", quarter: Self.q1, measure: "B")]
        default: Issue.record("unknown rule \(rule)")
        }
        let found = violations(scenario, plan)
        let expected = try #require(PlanViolation.Rule(rawValue: rule))
        #expect(found.contains(expected), "expected \(rule), found \(found.map(\.rawValue))")
    }

    @Test func moneyIsCheckedInExactCents() {
        var scenario = S.base()
        scenario.budget.perQuarter = Money(euros: 10_000)
        #expect(violations(scenario, [Assignment(team: "T1", quarter: Self.q1, measure: "A")]).isEmpty)
        scenario.budget.perQuarter = Money(cents: 999_999)
        #expect(violations(scenario, [Assignment(team: "T1", quarter: Self.q1, measure: "A")]) == [.quarterBudget])
    }

    @Test func everyRuleHasAMutation() {
        #expect(PlanViolation.Rule.allCases.count == 19)
    }
}
