import Foundation
import SprintModel
import Testing

@testable import ScenarioIO

/// The measure sheet has no column for a measure's own indicators; exporting and importing it
/// again must not lose them (nor their realised values).
@Suite("Measure sheet and indicators")
struct MeasureSheetIndicatorTests {
    @Test(arguments: [CSVOptions(), CSVOptions(separator: ";", decimalComma: true)])
    func aRoundTripKeepsEveryMeasuresIndicators(options: CSVOptions) throws {
        var scenario = try #require(
            ScenarioLoader.load(file: FixturePaths.scenario("myk10/myk10-shared.json")).scenario)
        let index = try #require(scenario.measures.firstIndex { $0.id == "M21" })
        scenario.measures[index].indicators[0].actuals = [Quarter("2027-Q1")!: 31]
        #expect(!scenario.measures[index].indicators.isEmpty)
        try FixturePaths.withTemporaryFolder { folder in
            let sheet = folder.appendingPathComponent("measures.csv")
            try MeasureSheet.write(scenario, options: options).write(to: sheet, atomically: true, encoding: .utf8)
            let result = MeasureSheet.merge(sheet: sheet.path, into: scenario, options: options)
            #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
            let merged = try #require(result.scenario)
            #expect(merged.measures.map(\.indicators) == scenario.measures.map(\.indicators))
            #expect(merged.solutions.map(\.indicators) == scenario.solutions.map(\.indicators))
        }
    }
}
