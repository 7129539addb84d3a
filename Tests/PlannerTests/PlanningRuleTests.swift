import SprintModel
import Testing

@testable import Planner

/// Every planning rule has a scenario in which removing the rule changes the plan, and the
/// plan with the rule obeys it (checked by the verifier, and by a direct assertion here).
@Suite("Planning rules")
struct PlanningRuleTests {
    typealias S = PlannerTestSupport

    func plans(_ with: Scenario, _ without: Scenario) throws -> (with: [Assignment], without: [Assignment]) {
        let a = try #require(S.assignments(with)), b = try #require(S.assignments(without))
        #expect(a != b, "removing the rule must change the plan")
        return (a, b)
    }

    @Test func availability() throws {
        var with = S.base()
        with.sprintteams[2].unavailable = [Quarter("2027-Q1")!]
        let (a, _) = try plans(with, S.base())
        #expect(!a.contains { $0.team == "T3" && $0.quarter == Quarter("2027-Q1") })
    }

    @Test func skills() throws {
        var with = S.base(), without = S.base()
        with.measures[0].requiredSkills = ["gis"]
        without.measures[0].requiredSkills = ["gis"]
        without.sprintteams[0].skills = ["gis"]
        let (a, _) = try plans(with, without)
        #expect(!a.contains { $0.measure == "A" })
    }

    @Test func crossZielbildHelpOnlyWhereAllowed() throws {
        var with = S.base(), without = S.base()
        with.measures[3].effort = 2
        without.measures[3].effort = 2
        with.measures[3].maxTeams = 2
        without.measures[3].maxTeams = 2
        without.policy.crossZielbild = CrossZielbildRule(allowed: true, cost: 1)
        with.measures.removeSubrange(1...2)  // Z1 has only A left, so a Z1 team is free to help
        without.measures.removeSubrange(1...2)
        let (a, b) = try plans(with, without)
        #expect(a.allSatisfy { ($0.team == "T3") == ($0.measure == "D" || $0.measure == "E") })
        #expect(b.contains { $0.team != "T3" && $0.measure == "D" })
    }

    @Test func forbidden() throws {
        var with = S.base()
        with.locks.forbidden = [Locks.Forbidden(team: "T3", measure: "D")]
        let (a, _) = try plans(with, S.base())
        #expect(!a.contains { $0.team == "T3" && $0.measure == "D" })
    }

    @Test func earliestStart() throws {
        var with = S.base()
        with.measures[3].earliestStart = Quarter("2027-Q2")
        let (a, _) = try plans(with, S.base())
        #expect(!a.contains { $0.measure == "D" && $0.quarter == Quarter("2027-Q1") })
    }

    @Test func deadline() throws {
        var with = S.base(), without = S.base()
        with.measures[4].effort = 2
        without.measures[4].effort = 2
        with.measures[4].ratings["v"] = 10
        without.measures[4].ratings["v"] = 10
        with.measures[4].deadline = CalendarDate("2027-03-31")  // E cannot be finished by then
        let (a, b) = try plans(with, without)
        #expect(!a.contains { $0.measure == "E" })
        #expect(b.contains { $0.measure == "E" })
    }

    @Test func maxTeams() throws {
        var with = S.base(), without = S.base()
        with.horizon.count = 1
        without.horizon.count = 1
        with.policy.partialProgressValue = 0
        without.policy.partialProgressValue = 0
        with.measures[0].effort = 2
        without.measures[0].effort = 2
        with.measures[0].ratings["v"] = 10
        without.measures[0].ratings["v"] = 10
        with.measures[1].ratings["v"] = 1
        without.measures[1].ratings["v"] = 1
        with.measures[2].ratings["v"] = 1
        without.measures[2].ratings["v"] = 1
        without.measures[0].maxTeams = 2
        let (a, b) = try plans(with, without)
        #expect(a.filter { $0.measure == "A" && $0.quarter == Quarter("2027-Q1") }.count <= 1)
        #expect(b.filter { $0.measure == "A" && $0.quarter == Quarter("2027-Q1") }.count == 2)
    }

    @Test func prerequisites() throws {
        var with = S.base()
        with.measures[0].prerequisites = ["C"]
        let (a, _) = try plans(with, S.base())
        let startA = a.filter { $0.measure == "A" }.map(\.quarter).min()
        let doneC = a.filter { $0.measure == "C" }.map(\.quarter).max()
        if let startA { #expect(doneC != nil && doneC! < startA) }
    }

    @Test func quarterBudget() throws {
        var with = S.base()
        with.budget.perQuarter = Money(euros: 20_000)  // two teams' worth per quarter
        let (a, _) = try plans(with, S.base())
        for quarter in with.horizon.quarters { #expect(a.filter { $0.quarter == quarter }.count <= 2) }
    }

    @Test func totalBudget() throws {
        var with = S.base()
        with.budget.total = Money(euros: 30_000)
        let (a, _) = try plans(with, S.base())
        #expect(a.count <= 3)
    }

    @Test func ownShareCap() throws {
        var with = S.base()
        with.budget.ownShareCap = Money(euros: 7_000)  // 35 % of 10,000 € per team-quarter → 2 team-quarters
        let (a, _) = try plans(with, S.base())
        #expect(a.count <= 2)
    }

    @Test func oneOffCostsCountInTheFirstQuarterOfWork() throws {
        var with = S.base(), without = S.base()
        for index in with.measures.indices { with.measures[index].oneOffCost = Money(euros: 15_000) }
        with.budget.perQuarter = Money(euros: 30_000)
        without.budget.perQuarter = Money(euros: 30_000)
        let (a, _) = try plans(with, without)
        #expect(a.filter { $0.quarter == Quarter("2027-Q1") }.count <= 1)
    }

    @Test func continuityKeepsATeamOnItsRunningMeasure() throws {
        var with = S.base()
        with.measures[2].status = .running  // C: low value, but T1 is on it
        with.measures[2].effort = 2
        with.measures[2].progress = 1
        with.sprintteams[0].currentMeasure = "C"
        with.horizon.count = 1
        with.policy.switchingCost = 200
        var without = with
        without.policy.switchingCost = 0
        let (a, b) = try plans(with, without)
        #expect(a.contains(Assignment(team: "T1", quarter: Quarter("2027-Q1")!, measure: "C")))
        #expect(!b.contains { $0.measure == "C" })
    }

    @Test func bundleValueCompletesALösung() throws {
        var with = S.base()
        with.measures[4].effort = 1
        with.solutions = [Solution(id: "L", name: "L", zielbild: "Z2", measures: ["D", "E"], bundleValue: 500)]
        with.sprintteams.removeLast()  // only Z1 teams; cross help allowed below
        with.policy.crossZielbild = CrossZielbildRule(allowed: true, cost: 0)
        with.horizon.count = 1
        var without = with
        without.solutions = []
        let (a, _) = try plans(with, without)
        #expect(Set(a.map(\.measure)) == ["D", "E"])
    }

    @Test func balanceMinimumTeamsWorking() throws {
        var with = S.base()
        with.sprintteams[2].zielbild = "Z1"  // all teams in Z1 …
        with.policy.crossZielbild = CrossZielbildRule(allowed: true, cost: 50)  // … helping Z2 is expensive
        var without = with
        with.zielbilder[1].balance.minTeamsWorkingPerQuarter = 1
        without.zielbilder[1].balance = BalanceRule()
        let (a, _) = try plans(with, without)
        for quarter in with.horizon.quarters {
            #expect(a.contains { $0.quarter == quarter && ($0.measure == "D" || $0.measure == "E") })
        }
    }

    @Test func balanceMinimumCompletions() throws {
        var with = S.base()
        with.sprintteams.removeLast()
        with.policy.crossZielbild = CrossZielbildRule(allowed: true, cost: 50)
        let without = with
        with.zielbilder[1].balance.minCompletions = 2
        let (a, _) = try plans(with, without)
        #expect(Set(a.map(\.measure)).isSuperset(of: ["D", "E"]))
        _ = without
    }

    @Test func pins() throws {
        var with = S.base()
        with.locks.pins = [Locks.Pin(team: "T1", quarter: Quarter("2027-Q1")!, measure: "C")]
        let (a, _) = try plans(with, S.base())
        #expect(a.contains(Assignment(team: "T1", quarter: Quarter("2027-Q1")!, measure: "C")))
    }

    @Test func partialProgressValueStartsLongMeasuresInAShortHorizon() throws {
        var with = S.base()
        with.horizon.count = 1
        with.measures = [with.measures[0]]
        with.measures[0].effort = 4
        with.sprintteams = [with.sprintteams[0]]
        var without = with
        without.policy.partialProgressValue = 0
        let (a, b) = try plans(with, without)
        #expect(a == [Assignment(team: "T1", quarter: Quarter("2027-Q1")!, measure: "A")])
        #expect(b.isEmpty)
    }

    @Test func programmeEndCutsTheHorizon() throws {
        var with = S.base()
        with.programme.endDate = CalendarDate("2027-03-31")!
        guard case .plan(let plan) = S.plan(with) else {
            Issue.record("no plan")
            return
        }
        #expect(plan.quarters == [Quarter("2027-Q1")!])
        #expect(plan.assignments.allSatisfy { $0.quarter == Quarter("2027-Q1") })
    }
}
