import Foundation
import Testing

@Suite("sprintplan decide")
struct DecideCommandTests {
    static let myk10 = "scenarios/myk10/myk10.json"

    @Test(
        "golden output",
        arguments: [
            (["decide", myk10, "--quarters", "2", "--stable"], "decide-myk10.txt"),
            (["decide", myk10, "--quarters", "2", "--stable", "--lang", "en"], "decide-myk10-en.txt"),
            (["decide", myk10, "--quarters", "2", "--stable", "--format", "markdown"], "decide-myk10.md"),
            (
                ["decide", myk10, "--quarters", "2", "--stable", "--format", "markdown", "--lang", "en"],
                "decide-myk10-en.md"
            ),
            (["decide", myk10, "--quarters", "2", "--stable", "--format", "html"], "decide-myk10.html"),
            (
                ["decide", myk10, "--quarters", "2", "--stable", "--format", "json", "--no-alternatives"],
                "decide-myk10.json"
            ),
        ])
    func golden(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(arguments, exits: 0)
        try Golden.assertMatches(run.stdout, named: golden)
    }

    @Test func recordsAreWrittenNeverOverwrittenSilentlyAndBackedUpWithForce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["decide", Self.myk10, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path]
        try ToolRunner.run(base + ["--decided-by", "Projektleitung", "--note", "wie empfohlen"], exits: 0)
        let path = folder.appendingPathComponent("decision-2027-Q1.json")
        let original = try Data(contentsOf: path)
        let record = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        #expect(record["format"] as? String == "sprintplan-record/1")
        #expect(record["quarter"] as? String == "2027-Q1")
        #expect(record["decidedBy"] as? String == "Projektleitung")
        #expect((record["scenarioHash"] as? String)?.count == 64)
        #expect((record["decisions"] as? [[String: Any]])?.count == 12)
        #expect((record["solver"] as? [String: Any])?["status"] as? String == "optimal")

        let again = try ToolRunner.run(base, exits: 73)
        #expect(again.stderr.contains("not overwritten"))
        #expect(try Data(contentsOf: path) == original)

        try ToolRunner.run(base + ["--force", "--note", "zweite Fassung"], exits: 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("decision-2027-Q1.json.1")) == original)
        let replaced = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        #expect(replaced["note"] as? String == "zweite Fassung")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// The German decision paper speaks German throughout and names every measure it mentions.
    @Test func theGermanDecisionPaperHasNoEnglishWordsAndNamesEveryMeasure() throws {
        let run = try ToolRunner.run(["decide", Self.myk10, "--quarters", "2", "--format", "markdown"], exits: 0)
        let paper = run.stdout
        for section in [
            "# Beschlussvorlage", "## Anlass", "## Empfehlung je Zielbild", "## Alternativen", "## Mittel",
            "## Risiken", "## Beschlussvorschlag",
        ] {
            #expect(paper.contains(section), "missing \(section)")
        }
        let english = [
            "continue", "switch", "start", "because", "points", "rank", "score", "finish", "deadline", "pinned",
            "helps", "remaining", "team-quarters", "planned", "gives up", "Decision", "none",
        ]
        let words = Set(paper.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
        for word in english
        where words.contains(word.lowercased()) || paper.lowercased().contains(" \(word.lowercased()) ") {
            Issue.record("English word in the German paper: \(word)")
        }
        // Every measure id is followed by its name.
        let scenario = try String(
            contentsOf: ToolRunner.packageRoot.appendingPathComponent(Self.myk10), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(scenario.utf8)) as? [String: Any])
        let measures = try #require(object["measures"] as? [[String: Any]])
        for measure in measures {
            let id = try #require(measure["id"] as? String), name = try #require(measure["name"] as? String)
            let mentions = paper.components(separatedBy: id).count - 1
            let named = paper.components(separatedBy: "\(id) \(name)").count - 1
            #expect(mentions == named, "\(id) mentioned \(mentions) times, with its name \(named) times")
        }
    }
}
