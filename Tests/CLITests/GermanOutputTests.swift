import Foundation
import Testing

/// The German outputs of validate, compare, sweep, select, score and explain (their goldens,
/// recorded by the suites that run them) speak German: none of the English words the English
/// outputs use, money as `1.047.930 €`.
@Suite("German outputs")
struct GermanOutputTests {
    static let goldens = [
        "validate-myk10-de.txt", "compare-myk10-de.txt", "compare-myk10-de.md", "sweep-myk10-de.txt",
        "sweep-myk10-de.md", "select-myk10-de.txt", "score-explain-m24-de.txt", "score-explain-m12-ineligible-de.txt",
        "score-m24-versus-m22-de.txt", "score-sensitivity-z1-de.txt", "score-myk10-z1-de.md", "explain-t6-de.txt",
    ]

    /// Words of the English wording that are not German words too.
    static let english = [
        "valid", "invalid", "horizon", "quarter", "quarters", "measure", "measures", "completed", "spending",
        "own", "share", "cap", "score", "rank", "ranks", "points", "weight", "difference", "differ", "baseline",
        "sweep", "selection", "value", "bound", "cost", "check", "criterion", "rating", "samples", "seed",
        "idle", "none", "ineligible", "proven", "objective", "gap", "above", "smallest", "because",
    ]

    @Test(arguments: goldens)
    func speaksGerman(golden: String) throws {
        let url = ToolRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden/\(golden)")
        // Scenario texts are the scenario's own words: compare's input diff quotes MYK10's English
        // description, so those lines are left out.
        let text = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { line in !["description", "Illustrative data", "What if"].contains { line.contains($0) } }.joined(
                separator: "\n")
        // Paths into the scenario file (`budget.quarters.2027-Q4`) are the file's own spelling.
        let paths = try NSRegularExpression(pattern: #"[A-Za-z]+(\.[A-Za-z0-9\-\[\]]+)+"#)
        let prose = paths.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        let words = Set(prose.lowercased().split { !$0.isLetter }.map(String.init))
        for word in Self.english where words.contains(word) {
            Issue.record("\(golden): English word \"\(word)\"")
        }
        #expect(!text.contains("€1") && !text.contains("€2") && !text.contains("€3"), "English money in \(golden)")
    }
}
