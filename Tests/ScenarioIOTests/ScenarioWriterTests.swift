import Foundation
import SprintModel
import Testing

@testable import ScenarioIO

@Suite("Scenario writer")
struct ScenarioWriterTests {
    @Test("writing and loading again gives the same scenario", arguments: BundledScenarioTests.files)
    func roundTrip(file: String) throws {
        let original = try #require(ScenarioLoader.load(file: FixturePaths.scenario(file)).scenario)
        try FixturePaths.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("written.json")
            try ScenarioWriter.text(original).write(to: path, atomically: true, encoding: .utf8)
            let result = ScenarioLoader.load(file: path.path)
            #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
            #expect(result.scenario == original)
        }
    }

    @Test func outputIsDeterministic() throws {
        let scenario = try #require(ScenarioLoader.load(file: FixturePaths.scenario("myk10/myk10.json")).scenario)
        #expect(ScenarioWriter.text(scenario) == ScenarioWriter.text(scenario))
    }
}
