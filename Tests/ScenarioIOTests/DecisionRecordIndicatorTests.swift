import Foundation
import ScenarioIO
import SprintModel
import Testing

/// A record keeps the scenario's indicators only when it has any: then they round-trip byte for
/// byte; without them the record's bytes are what they were before indicators existed.
@Suite("Decision record indicators")
struct DecisionRecordIndicatorTests {
    static let q1 = Quarter("2027-Q1")!

    static var withIndicators: DecisionRecord {
        var record = DecisionRecordFileTests.sparse
        record.indicators = [
            Indicator(
                id: "K1", name: "Online-Anträge \"digital\" <Anteil>", unit: "%", baseline: 12.5, target: 60,
                targetDate: Quarter("2028-Q4")!, direction: .increase,
                actuals: [Quarter("2026-Q4")!: 14, q1: 21.75]),
            Indicator(
                id: "K2", name: "Wartezeit", unit: "Tage", baseline: 30, target: 10, targetDate: Quarter("2027-Q4")!,
                direction: .decrease),
        ]
        return record
    }

    @Test func indicatorsRoundTripByteForByte() throws {
        let text = DecisionRecordFile.encode(Self.withIndicators).rendered()
        let (read, diagnostics) = try DecisionRecordFileTests.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let decoded = try #require(read)
        #expect(decoded == Self.withIndicators)
        #expect(DecisionRecordFile.encode(decoded).rendered() == text)
        // Actuals are written in quarter order, keyed by the canonical quarter.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let first = try #require((object["indicators"] as? [[String: Any]])?.first)
        #expect(first["targetDate"] as? String == "2028-Q4" && first["direction"] as? String == "increase")
        #expect(
            text.contains("\"actuals\": {\n")
                && text.range(of: "\"2026-Q4\": 14")!.lowerBound < text.range(of: "\"2027-Q1\": 21.75")!.lowerBound)
    }

    @Test func aRecordWithoutIndicatorsHasNoIndicatorsMember() throws {
        for record in [DecisionRecordFileTests.sparse, DecisionRecordFileTests.full] {
            let text = DecisionRecordFile.encode(record).rendered()
            #expect(!text.contains("\"indicators\""))
            #expect(try DecisionRecordFileTests.load(text).record?.indicators == [])
        }
    }

    @Test func aBadQuarterInTheActualsIsLocated() throws {
        let text = DecisionRecordFile.encode(Self.withIndicators).rendered()
            .replacingOccurrences(of: "\"2026-Q4\": 14", with: "\"2026-Q5\": 14")
        let (read, diagnostics) = try DecisionRecordFileTests.load(text)
        #expect(read == nil)
        #expect(diagnostics.contains { $0.path == "indicators[0].actuals[\"2026-Q5\"]" }, "\(diagnostics)")
    }
}
