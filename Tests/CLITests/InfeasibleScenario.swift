import Foundation

/// MYK10 with a 2027-Q1 budget of 100,000 €: no plan keeps every rule, and the diagnosis says
/// by how much the quarter's budget is short.
enum InfeasibleScenario {
    /// Writes the scenario into a new temporary folder; remove `folder` when done.
    static func write() throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("tight.json")
        try """
        { "format": "sprintplan/1", "extends": "\(ToolRunner.packageRoot.path)/scenarios/myk10/myk10.json",
          "budget": { "quarters": { "2027-Q1": 100000 } } }
        """.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }
}
