import Foundation
import SprintModel
import Testing

@testable import Reporting

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The report's section "Kennzahlen: Ziel und Ist": a table, and in HTML a chart per indicator
/// whose figures are all written as text, escaped; no section without indicators.
@Suite("Report indicators section")
struct ReportIndicatorTests {
    static var scenario: Scenario {
        let start = Quarter("2027-Q1")!
        return Scenario(
            name: "KPI", programme: Programme(name: "P", endDate: CalendarDate("2028-12-31")!),
            horizon: Horizon(start: start, count: 4), zielbilder: [Zielbild(id: "Z1", name: "Z")],
            solutions: [
                Solution(
                    id: "L1", name: "Portal <neu> & \"gut\"", zielbild: "Z1", measures: ["M1"], bundleValue: 0,
                    indicators: [
                        Indicator(
                            id: "K1", name: "Anteil <online> & mehr", unit: "%", baseline: 12, target: 60,
                            targetDate: Quarter("2028-Q4")!, direction: .increase,
                            actuals: [Quarter("2026-Q4")!: 14, start: 21.5])
                    ])
            ],
            measures: [
                Measure(
                    id: "M1", name: "Portal", zielbild: "Z1", effort: 1, costPerTeamQuarter: Money(euros: 1000),
                    ratings: [:])
            ])
    }

    @Test func theHTMLSectionIsWellFormedAndStatesEveryFigure() throws {
        var html = Markup()
        html.open("body")
        IndicatorSection.html(&html, scenario: Self.scenario, language: .de)
        html.close("body")
        let parser = XMLParser(data: Data(html.text.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let text = html.text
        #expect(text.contains("<h2>Kennzahlen: Ziel und Ist</h2>"))
        #expect(text.contains("Anteil &lt;online&gt; &amp; mehr") && !text.contains("<online>"))
        #expect(text.contains("L1 Portal &lt;neu&gt; &amp; &quot;gut&quot;"))
        #expect(text.components(separatedBy: "<svg").count == 2)
        // Baseline, target with its quarter, each actual and the achievement, as text.
        for figure in ["12", "≥ 60 bis Q4/2028", "21,5", "14", "Q4/2026", "Q1/2027", "19,8 %"] {
            #expect(text.contains(">\(figure)<") || text.contains(figure), "\(figure)")
        }
        #expect(text.contains("aria-label=\"K1 Anteil &lt;online&gt; &amp; mehr; Ausgangswert 12 %;"))
        #expect(text.contains("<circle") && text.contains("<title>Ist Q1/2027: 21,5 (19,8 %)</title>"))
        // The baseline comes a quarter before the first realised value (Q3/2026), left of every dot.
        let left = Markup.coordinate(IndicatorChart.left)
        #expect(text.contains(">Q3/2026</text>") && text.contains("<line x1=\"\(left)\" y1="))
        #expect(!text.contains("<circle cx=\"\(left)\""))
    }

    @Test func theMarkdownSectionIsATableInEitherLanguage() {
        let de = IndicatorSection.markdown(Self.scenario, language: .de)
        #expect(de.hasPrefix("\n## Kennzahlen: Ziel und Ist\n"))
        #expect(de.contains("| K1 Anteil <online> & mehr | L1 Portal <neu> & \"gut\" | % | 12 | 21,5 (Q1/2027) |"))
        let en = IndicatorSection.markdown(Self.scenario, language: .en)
        #expect(en.hasPrefix("\n## Indicators: target and actual\n") && en.contains("≥ 60 by 2028 Q4 | 19.8% |"))
    }

    @Test func noIndicatorsNoSection() {
        var scenario = Self.scenario
        scenario.solutions[0].indicators = []
        var html = Markup()
        IndicatorSection.html(&html, scenario: scenario, language: .en)
        #expect(html.text.isEmpty)
        #expect(IndicatorSection.markdown(scenario, language: .en).isEmpty)
    }
}
