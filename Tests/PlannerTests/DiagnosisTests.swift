import Testing
import SprintModel
@testable import Planner

/// When no plan exists, the diagnosis names the smallest set of rules to relax, in domain terms.
@Suite("Infeasibility diagnosis")
struct DiagnosisTests {
    typealias S = PlannerTestSupport

    func relaxations(_ scenario: Scenario) throws -> [Relaxation] {
        guard case .infeasible(let infeasibility) = S.plan(scenario) else {
            Issue.record("expected no plan")
            return []
        }
        #expect(infeasibility.complete)
        return infeasibility.relaxations
    }

    @Test func pinsThatCostMoreThanTheBudgetNameTheQuarterAndTheAmount() throws {
        var scenario = S.base()
        scenario.locks.pins = [Locks.Pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A"),
                               Locks.Pin(team: "T2", quarter: Quarter("2027-Q1")!, measure: "B")]
        scenario.budget.quarterOverrides = [Quarter("2027-Q1")!: Money(euros: 15_000)]
        let found = try relaxations(scenario)
        #expect(found.map(\.rule) == [.quarterBudget(Quarter("2027-Q1")!)])
        #expect(found.first?.message == "2027-Q1 budget short by 5,000 €")
    }

    @Test func anImpossibleBalanceRuleIsNamed() throws {
        var scenario = S.base()
        scenario.zielbilder[1].balance.minTeamsWorkingPerQuarter = 2  // Z2 has one team, no cross help
        let found = try relaxations(scenario)
        #expect(found.map(\.rule) == [.minTeamsWorking(zielbild: "Z2", quarter: Quarter("2027-Q1")!),
                                      .minTeamsWorking(zielbild: "Z2", quarter: Quarter("2027-Q2")!)])
        #expect(found.first?.message.contains("1 team(s) short") == true)
    }

    @Test func aPinOnAMeasureWhosePrerequisiteCannotBeDoneIsNamed() throws {
        var scenario = S.base()
        scenario.measures[0].prerequisites = ["B"]
        scenario.locks.pins = [Locks.Pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A")]
        let found = try relaxations(scenario)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("pin T1 → A in 2027-Q1 cannot be kept") == true)
        #expect(found.first?.message.contains("prerequisites B") == true)
    }

    @Test func tooFewCompletionsAreNamed() throws {
        var scenario = S.base()
        scenario.zielbilder[1].balance.minCompletions = 3  // Z2 has only two measures
        let found = try relaxations(scenario)
        #expect(found.map(\.rule) == [.minCompletions(zielbild: "Z2")])
        #expect(found.first?.message.contains("1 short") == true)
    }
}
