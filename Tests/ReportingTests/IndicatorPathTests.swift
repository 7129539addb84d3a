import SprintModel
import Testing

@testable import Reporting

/// The planned straight path from baseline to target, and the decision paper's KPI section.
@Suite("Indicator path and the paper's KPI section")
struct IndicatorPathTests {
    static func indicator(_ direction: Indicator.Direction, actuals: [String: Double]) -> Indicator {
        let increase = direction == .increase
        return Indicator(
            id: "K1", name: "Anteil | <online> & mehr", unit: "%", baseline: increase ? 10 : 50,
            target: increase ? 50 : 10, targetDate: Quarter("2027-Q4")!, direction: direction,
            actuals: Dictionary(uniqueKeysWithValues: actuals.map { (Quarter($0.key)!, $0.value) }))
    }

    @Test func theLatestValueIsJudgedAgainstThePathInItsQuarter() throws {
        // Path from Q4/2026 (a quarter before the first value) to Q4/2027: 10 a quarter.
        let up = IndicatorPath(Self.indicator(.increase, actuals: ["2027-Q1": 20]), horizonStart: Quarter("2027-Q2")!)
        #expect(up.start == Quarter("2026-Q4")!)
        let latest = try #require(up.latest())
        #expect(latest.planned == 20 && latest.onTrack)
        let behind = IndicatorPath(
            Self.indicator(.increase, actuals: ["2027-Q1": 12, "2027-Q2": 25]), horizonStart: Quarter("2027-Q1")!)
        #expect(behind.latest()?.planned == 30 && behind.latest()?.onTrack == false)
        let down = IndicatorPath(Self.indicator(.decrease, actuals: ["2027-Q1": 35]), horizonStart: Quarter("2027-Q1")!)
        #expect(down.latest()?.planned == 40 && down.latest()?.onTrack == true)
        #expect(down.planned(at: Quarter("2029-Q1")!) == 10 && down.planned(at: Quarter("2025-Q1")!) == 50)
        #expect(
            IndicatorPath(Self.indicator(.increase, actuals: [:]), horizonStart: Quarter("2027-Q1")!).latest() == nil)
    }

    @Test func thePaperSectionEscapesAndIsAbsentWithoutIndicators() {
        var scenario = ReportIndicatorTests.scenario
        scenario.solutions[0].indicators = [Self.indicator(.increase, actuals: ["2027-Q1": 20])]
        var doc = Document(title: "T", language: .en)
        IndicatorSection.paper(into: &doc, scenario: scenario, language: .en)
        let markdown = doc.markdown()
        #expect(markdown.contains("| L1 | K1 Anteil \\| <online> & mehr (%) | 10 |"), "\(markdown)")
        #expect(markdown.contains("| ≥ 50 by 2027 Q4 | 20 (2027 Q1) | yes (planned 20) |"))
        #expect(!markdown.contains("<svg"))
        let html = doc.html()
        #expect(html.contains("Anteil | &lt;online&gt; &amp; mehr") && !html.contains("<online>"))
        #expect(!html.contains("<svg"), "no charts in the paper")

        scenario.solutions[0].indicators = []
        var empty = Document(title: "T", language: .de)
        IndicatorSection.paper(into: &empty, scenario: scenario, language: .de)
        #expect(empty.blocks.isEmpty)
    }
}
