import SprintModel
import Testing

@testable import Planner

/// When no plan exists, the diagnosis names the smallest set of rules to relax, in domain terms
/// (typed, with amounts; `ExplanationTextTests` checks their wording).
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
        scenario.locks.pins = [
            Locks.Pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A"),
            Locks.Pin(team: "T2", quarter: Quarter("2027-Q1")!, measure: "B"),
        ]
        scenario.budget.quarterOverrides = [Quarter("2027-Q1")!: Money(euros: 15_000)]
        let found = try relaxations(scenario)
        #expect(found.map(\.rule) == [.quarterBudget(Quarter("2027-Q1")!)])
        #expect(abs((found.first?.amount ?? 0) - 5_000) < 0.01)  // euros
    }

    @Test func anImpossibleBalanceRuleIsNamed() throws {
        var scenario = S.base()
        scenario.zielbilder[1].balance.minTeamsWorkingPerQuarter = 2  // Z2 has one team, no cross help
        let found = try relaxations(scenario)
        #expect(
            found.map(\.rule) == [
                .minTeamsWorking(zielbild: "Z2", quarter: Quarter("2027-Q1")!),
                .minTeamsWorking(zielbild: "Z2", quarter: Quarter("2027-Q2")!),
            ])
        #expect(found.allSatisfy { abs($0.amount - 1) < 1e-6 })  // one team short in each quarter
    }

    @Test func aPinOnAMeasureWhosePrerequisiteCannotBeDoneIsNamed() throws {
        var scenario = S.base()
        scenario.measures[0].prerequisites = ["B"]
        scenario.locks.pins = [Locks.Pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A")]
        let found = try relaxations(scenario)
        #expect(found.count == 1)
        #expect(found.first?.rule == .pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A"))
        #expect(found.first?.obstacle == .prerequisitesNotInTime(prerequisites: ["B"], quarter: Quarter("2027-Q1")!))
    }

    @Test func tooFewCompletionsAreNamed() throws {
        var scenario = S.base()
        scenario.zielbilder[1].balance.minCompletions = 3  // Z2 has only two measures
        let found = try relaxations(scenario)
        #expect(found.map(\.rule) == [.minCompletions(zielbild: "Z2")])
        #expect(abs((found.first?.amount ?? 0) - 1) < 1e-6)  // one measure short
    }
}
