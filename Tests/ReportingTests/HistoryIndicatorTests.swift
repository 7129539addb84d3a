import Foundation
import Planner
import SprintModel
import Testing

@testable import Reporting

/// `history`'s KPI table per quarter: the record's indicators with the quarter's progress-file
/// values; nothing at all for records without indicators.
@Suite("History indicators")
struct HistoryIndicatorTests {
    static let q1 = Quarter("2027-Q1")!

    static func record(indicators: [Indicator]) -> DecisionRecord {
        var record = DecisionRecord(
            quarter: q1, scenarioFile: "a.json", scenarioHash: "", toolVersion: "", recordedAt: "",
            status: .optimal, objective: nil, bestBound: nil, gap: nil, decidedBy: nil, note: nil,
            decisions: [.init(team: "T1", zielbild: "Z1", decision: .idle, previous: nil, measure: nil)],
            recommendedAssignments: [], measures: [], quarterCap: nil, totalBudget: nil, ownShareCap: nil)
        record.indicators = indicators
        return record
    }

    static let indicators = [
        Indicator(
            id: "K1", name: "Online-Anträge", unit: "%", baseline: 10, target: 60, targetDate: Quarter("2028-Q4")!,
            direction: .increase, actuals: [Quarter("2026-Q4")!: 15]),
        Indicator(
            id: "K2", name: "Wartezeit", unit: "Tage", baseline: 30, target: 10, targetDate: Quarter("2027-Q4")!,
            direction: .decrease),
    ]

    static func history(readings: [String: IndicatorReading]) -> DecisionHistory {
        DecisionHistory([
            (
                record(indicators: indicators),
                QuarterOutcome(quarter: q1, worked: [:], indicators: readings), true
            )
        ])
    }

    @Test func theProgressFileValueCountsAndTheRecordsOwnIsTheFallback() {
        let lines = Self.history(readings: ["K2": IndicatorReading(value: 24.5, quarter: Self.q1)]).entries[0]
            .indicators
        #expect(lines.map(\.indicator.id) == ["K1", "K2"])
        #expect(lines[0].actual == 15 && lines[0].actualQuarter == Quarter("2026-Q4") && !lines[0].reported)
        #expect(lines[0].achievement == 0.1)
        #expect(lines[1].actual == 24.5 && lines[1].reported && abs(lines[1].achievement! - 0.275) < 1e-12)
    }

    @Test func theTablesSayItInGermanAndEnglish() {
        let history = Self.history(readings: ["K2": IndicatorReading(value: 24.5, quarter: Self.q1)])
        let de = HistoryFormats.text(history, folder: "records", language: .de)
        #expect(de.contains("  Kennzahlen (Ist ohne Quartal: Stand Q1/2027):") && de.contains("erreicht"))
        // K2's value is the progress file's, for the record's quarter; K1's the record's own, older one.
        #expect(de.contains("  K2        Tage          30          24,5  ≤ 10  Q4/2027    27,5 %"), "\(de)")
        #expect(de.contains("15 (Q4/2026)") && de.contains("≥ 60  Q4/2028"))
        let en = HistoryFormats.text(history, folder: "records", language: .en)
        #expect(en.contains("Indicators (actual without a quarter: as of 2027-Q1):") && en.contains("achieved"))
        #expect(en.contains("15 (2026-Q4)") && en.contains("≥ 60  2028-Q4") && en.contains("10.0%"))
        let table = de.split(separator: "\n").drop { !$0.hasPrefix("  Kennzahlen") }.prefix(4)
        #expect(table.count == 4 && table.allSatisfy { $0.count <= 80 }, "the terminal table fits 80 columns")
        let markdown = HistoryFormats.markdown(history, folder: "records", language: .de)
        #expect(
            markdown.contains("**Kennzahlen**") && markdown.contains("| K2 Wartezeit | Tage | 30 | 24,5 (Q1/2027) |"))
        let json = HistoryFormats.json(history).rendered()
        #expect(json.contains("\"actualQuarter\": \"2027-Q1\"") && json.contains("\"reported\": true"))
    }

    @Test func aHistoryWithoutIndicatorsShowsNoTable() {
        let history = DecisionHistory([
            (Self.record(indicators: []), QuarterOutcome(quarter: Self.q1, worked: [:]), false)
        ])
        for language in ReportLanguage.allCases {
            let text = HistoryFormats.text(history, folder: "r", language: language)
            #expect(!text.contains("Kennzahl") && !text.contains("Indicators"))
            #expect(!HistoryFormats.markdown(history, folder: "r", language: language).contains("Kennzahl"))
        }
        #expect(!HistoryFormats.json(history).rendered().contains("indicators"))
    }
}
