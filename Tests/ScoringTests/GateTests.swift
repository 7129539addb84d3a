import SprintModel
import Testing

@testable import Scoring

@Suite("Gates")
struct GateTests {
    @Test func closedSoftwareIsIneligibleWithItsReasonInMYK10() throws {
        let sheet = Scorer(scenario: ScoringFixtures.myk10).scoreSheet()
        let ineligible = sheet.zielbilder.flatMap(\.ineligible)
        let ids = Set(ineligible.map(\.measure.id))
        #expect(ids.isSuperset(of: ["M12", "M54"]))
        let m12 = try #require(ineligible.first { $0.measure.id == "M12" })
        #expect(m12.failures.map(\.criterion) == ["open-source"])
        #expect(m12.failures[0].rating == "no")
        #expect(m12.failures[0].reason.contains("Open Source"))
        for ranking in sheet.zielbilder {
            #expect(Set(ranking.ranked.map(\.measure.id)).isDisjoint(with: ids))
        }
    }

    @Test func aMeasureThatCannotFinishBeforeTheProgrammeEndsIsIneligible() throws {
        var scenario = ScoringFixtures.small
        scenario.measures[3].effort = 20  // M4: 20 team-quarters, 2 teams at most → 10 quarters from 2027-Q1
        let sheet = Scorer(scenario: scenario).scoreSheet()
        let m4 = try #require(sheet.ranking(for: "Z2")?.ineligible.first)
        #expect(m4.measure.id == "M4")
        #expect(m4.failures.count == 1 && m4.failures[0].criterion == nil)
        let timing = try #require(m4.failures[0].timing)
        #expect(
            timing.quartersNeeded == 10 && timing.from == Quarter("2027-Q1") && timing.earliest == Quarter("2029-Q2"))
        #expect(timing.deadline == nil)
    }

    @Test func aMeasureThatCannotMeetItsDeadlineIsIneligible() throws {
        var scenario = ScoringFixtures.small
        scenario.measures[2].effort = 3  // M3: deadline 2027-06-30, 3 team-quarters with one team
        let failures = Eligibility.failures(of: scenario.measures[2], in: scenario)
        #expect(failures.compactMap(\.timing?.deadline).map(\.description) == ["2027-06-30"])
    }

    @Test func gatesApplyOnlyToTaggedMeasures() {
        var scenario = ScoringFixtures.small
        #expect(Eligibility.failures(of: scenario.measures[2], in: scenario).isEmpty)  // oss no, but no tag
        scenario.measures[2].tags = ["software"]
        #expect(Eligibility.failures(of: scenario.measures[2], in: scenario).count == 1)
    }

    @Test func doneAndDroppedMeasuresAreNeitherRankedNorIneligible() {
        let sheet = Scorer(scenario: ScoringFixtures.myk10).scoreSheet()
        let listed = Set(sheet.zielbilder.flatMap { $0.ranked.map(\.measure.id) + $0.ineligible.map(\.measure.id) })
        #expect(!listed.contains("M56"))  // dropped
        #expect(listed.count == ScoringFixtures.myk10.measures.filter { $0.status.isOpen }.count)
    }
}
