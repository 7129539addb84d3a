import Foundation
import ScenarioIO
import SprintModel
import Testing

/// The record format is written and read by one type: whatever it writes, it reads back equal,
/// and what it reads back it writes again byte for byte.
@Suite("Decision record file")
struct DecisionRecordFileTests {
    static let q1 = Quarter("2027-Q1")!

    /// Every member set, with text that needs escaping, measures and assignments out of sorted
    /// order (the file's order must survive), and every decision kind.
    static let full = DecisionRecord(
        quarter: q1, scenarioFile: "scenarios/myk10/myk10.json", scenarioHash: String(repeating: "ab", count: 32),
        toolVersion: "1.2.3", recordedAt: "2027-03-28T09:15:00Z", status: .stopped(.timeLimit), objective: 1135.4,
        bestBound: 1150.25, gap: 0.013285, decidedBy: "Lenkungsgruppe \"Z1\"",
        note: "T1 zieht M07 vor.\nZweite Zeile – ü",
        decisions: [
            .init(
                team: "T2", zielbild: "Z1", decision: .switch, previous: "M03", measure: "M10", finishes: true,
                reasons: ["M10 Co-Working: rank 1 in Z1, score 0.812", "a \"quoted\" | reason\twith tab"],
                alternative: "M03", alternativeCost: 0.075783),
            .init(
                team: "T1", zielbild: "Z1", decision: .continue, previous: "M02", measure: "M02", finishes: false,
                reasons: [], alternative: nil, alternativeCost: 0),
            .init(
                team: "T3", zielbild: "Z2", decision: .stop, previous: "M05", measure: nil, finishes: false,
                reasons: ["no measure for T3 is worth its cost"], alternative: "M06", alternativeCost: 12.5),
            .init(team: "T4", zielbild: "Z2", decision: .start, previous: nil, measure: "M06"),
            .init(team: "T5", zielbild: "Z3", decision: .idle, previous: nil, measure: nil),
            .init(team: "T6", zielbild: "Z3", decision: .unavailable, previous: nil, measure: nil),
        ],
        recommendedAssignments: [
            Assignment(team: "T2", quarter: q1, measure: "M10"), Assignment(team: "T1", quarter: q1, measure: "M02"),
            Assignment(team: "T4", quarter: q1, measure: "M06"),
        ],
        measures: [
            .init(
                id: "M10", name: "Co-Working \"Hub\"", zielbild: "Z1", remainingEffort: 1.5,
                cost: QuarterCost(
                    perTeam: Money(cents: 4_200_050), perTeamOwnShare: Money(cents: 1_470_018),
                    start: Money(euros: 20_000), startOwnShare: Money(euros: 7_000))),
            .init(
                id: "M02", name: "Bürgerterminal", zielbild: "Z1", remainingEffort: 0.25,
                cost: QuarterCost(
                    perTeam: Money(euros: 30_000), perTeamOwnShare: Money(euros: 10_500),
                    start: .zero, startOwnShare: .zero)),
        ],
        quarterCap: Money(euros: 450_000), totalBudget: Money(cents: 1_750_000_099),
        ownShareCap: Money(euros: 6_125_000))

    /// Every optional member nil and every list empty.
    static let sparse = DecisionRecord(
        quarter: q1, scenarioFile: "a.json", scenarioHash: "", toolVersion: "", recordedAt: "", status: .optimal,
        objective: nil, bestBound: nil, gap: nil, decidedBy: nil, note: nil,
        decisions: [.init(team: "T1", zielbild: "Z1", decision: .idle, previous: nil, measure: nil)],
        recommendedAssignments: [], measures: [], quarterCap: nil, totalBudget: nil, ownShareCap: nil)

    /// Writes `text` into a temporary file and loads it as a record.
    static func load(_ text: String) throws -> (record: DecisionRecord?, diagnostics: [Diagnostic]) {
        try FixturePaths.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("decision-2027-Q1.json")
            try Data(text.utf8).write(to: file)
            return DecisionRecordFile.load(file.path)
        }
    }

    @Test(
        "encode, then decode, gives the same record and the same bytes",
        arguments: [("full", full), ("sparse", sparse)])
    func roundTrip(name: String, record: DecisionRecord) throws {
        let text = DecisionRecordFile.encode(record).rendered()
        let (read, diagnostics) = try Self.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let decoded = try #require(read)
        #expect(decoded == record)
        #expect(decoded.measures.map(\.id) == record.measures.map(\.id))
        #expect(DecisionRecordFile.encode(decoded).rendered() == text)
    }

    @Test func theFileNamesItsFormatAndKeepsEveryMember() throws {
        let text = DecisionRecordFile.encode(Self.full).rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "sprintplan-record/1")
        #expect(DecisionRecordFile.format == "sprintplan-record/1")
        let solver = try #require(object["solver"] as? [String: Any])
        #expect(solver["status"] as? String == "time-limit")
        #expect(solver["bestBound"] as? Double == 1150.25)
        let first = try #require((object["decisions"] as? [[String: Any]])?.first)
        #expect(first["finishes"] as? Bool == true)
        #expect(first["alternativeCost"] as? Double == 0.075783)
        // A sparse record still writes every member, as null.
        let sparse = DecisionRecordFile.encode(Self.sparse).rendered()
        #expect(sparse.contains("\"bestBound\": null") && sparse.contains("\"quarterCap\": null"))
    }

    @Test func theRecordLooksUpMeasuresAndRecommendationsById() {
        #expect(Self.full.measure("M02")?.name == "Bürgerterminal")
        #expect(Self.full.measure("M99") == nil)
        #expect(Self.full.recommended == ["T1": "M02", "T2": "M10", "T4": "M06"])
        var changed = Self.full
        changed.measures.removeFirst()
        #expect(changed.measure("M10") == nil && changed.measure("M02")?.id == "M02")
    }

    /// A record written before the teams' reasons, alternatives, the bound and the accounting
    /// facts were kept still reads; the missing members read as none.
    @Test func anOlderRecordWithoutTheNewerMembersStillReads() throws {
        let (read, diagnostics) = try Self.load(
            """
            { "format": "sprintplan-record/1", "quarter": "2027-Q1", "scenarioFile": "myk10.json",
              "scenarioHash": "00", "toolVersion": "0.9", "recordedAt": "2027-03-28T09:15:00Z",
              "solver": { "status": "optimal", "objective": 10, "gap": 0 },
              "decisions": [ { "team": "T1", "zielbild": "Z1", "decision": "continue",
                               "previous": "M01", "measure": "M01" } ],
              "recommendedAssignments": [ { "team": "T1", "quarter": "2027-Q1", "measure": "M01" } ] }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let record = try #require(read)
        #expect(record.bestBound == nil && record.objective == 10)
        #expect(record.measures.isEmpty && record.quarterCap == nil)
        let continued = DecisionRecord.TeamDecision(
            team: "T1", zielbild: "Z1", decision: .continue, previous: "M01",
            measure: "M01")
        #expect(record.decisions == [continued])
        #expect(record.recommended == ["T1": "M01"])
        // Before `decide --override`: decided as recommended.
        #expect(record.overrides.isEmpty && record.decidedAssignments == nil && record.decided == ["T1": "M01"])
    }

    @Test func overridesAndTheDecidedAssignmentsRoundTrip() throws {
        var record = Self.full
        record.overrides = [.init(team: "T4", recommended: "M06", decided: "M02", reason: "Kreistag, 12.03.")]
        record.decidedAssignments = [Assignment(team: "T4", quarter: record.quarter, measure: "M02")]
        let text = DecisionRecordFile.encode(record).rendered()
        let (read, diagnostics) = try Self.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(read == record)
        #expect(read?.decided == ["T4": "M02"])
        let broken = text.replacingOccurrences(of: "\"reason\": \"Kreistag, 12.03.\"", with: "\"reason\": 7")
        let (none, problems) = try Self.load(broken)
        #expect(none == nil && problems.contains { $0.path == "overrides[0].reason" }, "\(problems)")
    }

    @Test func aWrongMemberTypeInTheNewerMembersIsLocated() throws {
        let text = DecisionRecordFile.encode(Self.full).rendered()
            .replacingOccurrences(of: "\"finishes\": true", with: "\"finishes\": \"yes\"")
        let (read, diagnostics) = try Self.load(text)
        #expect(read == nil)
        #expect(diagnostics.contains { $0.path == "decisions[0].finishes" }, "\(diagnostics)")
    }
}
