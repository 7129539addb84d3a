import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `report`: self-contained, well-formed HTML; Markdown and CSV as golden files; export →
/// import of measures gives back the same scenario.
@Suite("sprintplan report, CSV export and import")
struct ReportCommandTests {
    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-\(UUID().uuidString)-\(name)")
    }

    final class ElementCounter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var attributes: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements[name, default: 0] += 1
            self.attributes += attributes.map { "\($0.key)=\($0.value)" }
        }
    }

    @Test(arguments: ["de", "en"])
    func theHTMLIsWellFormedSelfContainedAndComplete(language: String) throws {
        let out = Self.temporary("report.html")
        defer { try? FileManager.default.removeItem(at: out) }
        try ToolRunner.run(
            [
                "report", "scenarios/myk10/myk10.json", "--quarters", "2", "--lang", language, "--stable",
                "--compare", "scenarios/myk10/budget-cut-25.json", "--out", out.path,
            ], exits: 0)
        let data = try Data(contentsOf: out)
        let parser = XMLParser(data: data)
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        // The limits (summary), the roadmap and the money are inline SVG; nothing is loaded from outside.
        #expect(counter.elements["svg"] == 3)
        #expect(counter.elements["script"] == nil && counter.elements["img"] == nil && counter.elements["link"] == nil)
        #expect(!counter.attributes.contains { ($0.hasPrefix("href=") || $0.hasPrefix("src=")) && !$0.contains("=#") })
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("@page { size: A4 landscape"))
        if language == "de" {
            #expect(text.contains("Fahrplan") && text.contains("1.353.000 €") && text.contains("Q1/2027"))
        } else {
            #expect(text.contains("Roadmap") && text.contains("€1,353,000") && text.contains("2027 Q1"))
        }
    }

    /// The decision first, the solver's figures last: the order a council reads the report in.
    @Test(arguments: [("de", "html"), ("de", "md"), ("en", "html"), ("en", "md")])
    func sectionsComeInTheOrderOfTheDecision(language: String, format: String) throws {
        let out = Self.temporary("report.\(format)")
        defer { try? FileManager.default.removeItem(at: out) }
        try ToolRunner.run(
            [
                "report", "scenarios/myk10/myk10.json", "--quarters", "2", "--lang", language, "--stable",
                "--compare", "scenarios/myk10/budget-cut-25.json", "--out", out.path,
            ], exits: 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        let headings =
            language == "de"
            ? [
                "Zusammenfassung: Entscheidung für Q1/2027", "Fahrplan", "Mittel je Quartal", "Lösungen",
                "Rangfolge der Maßnahmen", "Szenarienvergleich", "Anhang: Angaben zur Berechnung",
            ]
            : [
                "Summary: the decision for 2027 Q1", "Roadmap", "Money per quarter", "Lösungen", "Ranking of measures",
                "Scenario comparison", "Appendix: how the plan was computed",
            ]
        let marker = format == "html" ? "<h2>" : "\n## "
        let found = text.components(separatedBy: marker).dropFirst().map { String($0.prefix(60)) }
        #expect(found.count == headings.count, "\(found)")
        for (heading, section) in zip(headings, found) { #expect(section.hasPrefix(heading), "\(section)") }
        // The binding limit is stated on the first page, and the solver's figures come only in the appendix.
        let summary = text.components(separatedBy: marker)[1]
        #expect(summary.contains(language == "de" ? "Eigenanteil im Planungszeitraum" : "Own share over the horizon"))
        #expect(!summary.contains("SHA-256") && text.contains("SHA-256"))
        // Every measure of the ranking, not the first twelve: MYK10's Z2 has 18.
        #expect(text.contains("M36 Parkbank-Sensor"))
    }

    @Test(
        "golden output",
        arguments: [
            (
                [
                    "report", "scenarios/myk10/myk10.json", "--quarters", "2", "--stable", "--lang", "de", "--format",
                    "markdown",
                ], "report-myk10-de.md"
            ),
            (
                [
                    "report", "scenarios/myk10/myk10.json", "--quarters", "2", "--stable", "--lang", "en", "--format",
                    "markdown",
                ], "report-myk10-en.md"
            ),
            (
                [
                    "report", "scenarios/myk10/myk10.json", "--quarters", "2", "--stable", "--lang", "en", "--format",
                    "html",
                ], "report-myk10-en.html"
            ),
            (
                [
                    "plan", "scenarios/myk10/myk10.json", "--quarters", "2", "--format", "csv", "--csv-separator",
                    "semicolon",
                ], "plan-myk10-2q.csv"
            ),
            (
                ["decide", "scenarios/myk10/myk10.json", "--quarters", "1", "--no-alternatives", "--format", "csv"],
                "decide-myk10.csv"
            ),
            (["export-measures", "scenarios/myk10/new-ideas.json"], "measures-new-ideas.csv"),
        ])
    func golden(arguments: [String], golden: String) throws {
        let needsFile = arguments[0] == "report" || arguments[0] == "export-measures"
        let out = Self.temporary(golden)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try ToolRunner.run(arguments + (needsFile ? ["--out", out.path] : []), exits: 0)
        try Golden.assertMatches(
            needsFile ? String(decoding: try Data(contentsOf: out), as: UTF8.self) : run.stdout, named: golden)
    }

    @Test(
        arguments: [["--csv-separator", "comma"], ["--csv-separator", "semicolon", "--csv-bom"]],
        ["scenarios/myk10/new-ideas.json", "scenarios/myk10/myk10-shared.json"])
    func exportThenImportGivesBackTheSameScenario(dialect: [String], scenario: String) throws {
        let sheet = Self.temporary("measures.csv"), merged = Self.temporary("merged.json"),
            canonical = Self.temporary("canonical.json")
        let empty = Self.temporary("empty.csv")
        defer { for file in [sheet, merged, canonical, empty] { try? FileManager.default.removeItem(at: file) } }
        try ToolRunner.run(["export-measures", scenario, "--out", sheet.path] + dialect, exits: 0)
        try ToolRunner.run(
            ["import-measures", sheet.path, "--into", scenario, "--out", merged.path]
                + dialect.filter { $0 != "--csv-bom" },
            exits: 0)
        // The same scenario with no sheet rows merged in: its canonical form.
        try "id\n".write(to: empty, atomically: true, encoding: .utf8)
        try ToolRunner.run(["import-measures", empty.path, "--into", scenario, "--out", canonical.path], exits: 0)
        #expect(try Data(contentsOf: merged) == Data(contentsOf: canonical))
        if scenario.hasSuffix("shared.json") {
            // A shared measure's Lösungen are one list cell, and come back as a list.
            #expect(try String(contentsOf: sheet, encoding: .utf8).contains("L04 | L10 | L11"))
            let text = try String(contentsOf: merged, encoding: .utf8).filter { !$0.isWhitespace }
            #expect(text.contains("\"solution\":[\"L04\",\"L10\",\"L11\"]"))
        }
    }

    @Test func theScenarioChoosesTheLanguageUnlessTheFlagDoes() throws {
        let folder = Self.temporary("lang")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path
        let english = folder.appendingPathComponent("en.json"), french = folder.appendingPathComponent("fr.json")
        try "{ \"format\": \"sprintplan/1\", \"extends\": \"\(base)\", \"language\": \"en\" }".write(
            to: english, atomically: true, encoding: .utf8)
        try "{ \"format\": \"sprintplan/1\", \"extends\": \"\(base)\", \"language\": \"fr\" }".write(
            to: french, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("r.md")
        try ToolRunner.run(["report", english.path, "--quarters", "1", "--out", out.path], exits: 0)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# Sprint plan:"))
        try ToolRunner.run(["report", english.path, "--quarters", "1", "--lang", "de", "--out", out.path], exits: 0)
        // The German heading is the scenario's name, which says "Sprintplanung" already.
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# Smarte Region MYK10 — Sprintplanung 2027"))
        let invalid = try ToolRunner.run(["validate", french.path], exits: 65)
        #expect(invalid.stderr.contains("error[invalid-value]: language: expected \"de\" or \"en\", found \"fr\""))
    }

    @Test func anInfeasibleScenarioGetsItsDiagnosisInTheReportAndExit1() throws {
        let folder = Self.temporary("infeasible")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path
        let scenario = folder.appendingPathComponent("tight.json")
        try "{ \"format\": \"sprintplan/1\", \"extends\": \"\(base)\", \"budget\": { \"perQuarter\": 200000 } }"
            .write(to: scenario, atomically: true, encoding: .utf8)
        for (name, marker) in [
            ("r.md", "## No plan satisfies every rule"), ("r.html", "<h2>No plan satisfies every rule</h2>"),
        ] {
            let out = folder.appendingPathComponent(name)
            try ToolRunner.run(
                ["report", scenario.path, "--quarters", "2", "--lang", "en", "--out", out.path],
                exits: 1)
            let text = try String(contentsOf: out, encoding: .utf8)
            #expect(text.contains(marker))
            #expect(text.contains("2027-Q1 budget short by"))
        }
    }

    @Test func importProblemsNameRowAndColumn() throws {
        let sheet = Self.temporary("bad.csv"), out = Self.temporary("out.json")
        defer { try? FileManager.default.removeItem(at: sheet) }
        try """
        id,name,zielbild,effort,costPerTeamQuarter,rating:klima,colour
        M70,Neue Idee,Z1,zwei,1000,hoch,
        M71,Noch eine,Z1,2,12.345,mittel,
        M70,Doppelt,Z1,1,1000,,
        """.write(to: sheet, atomically: true, encoding: .utf8)
        var run = try ToolRunner.run(
            ["import-measures", sheet.path, "--into", "scenarios/myk10/myk10.json", "--out", out.path],
            exits: 65)
        #expect(run.stderr.contains("\(sheet.path):1:7: error[unknown-key]: column G \"colour\""))
        #expect(
            run.stderr.contains(
                "\(sheet.path):4:1: error[duplicate-id]: column A \"id\": measure id \"M70\" is already in row 2"))

        try """
        id,name,zielbild,effort,costPerTeamQuarter,rating:klima
        M70,Neue Idee,Z1,zwei,1000,hoch
        M71,Noch eine,Z1,2,12.345,mittel
        M01,Ersatz,Z1,3,1000,unbekannt
        """.write(to: sheet, atomically: true, encoding: .utf8)
        run = try ToolRunner.run(
            ["import-measures", sheet.path, "--into", "scenarios/myk10/myk10.json", "--out", out.path],
            exits: 65)
        #expect(
            run.stderr.contains(
                "\(sheet.path):2:4: error[type-mismatch]: column D \"effort\": expected a number, found string \"zwei\""
            ))
        #expect(run.stderr.contains("\(sheet.path):3:5: error[invalid-money]: column E \"costPerTeamQuarter\""))
        #expect(run.stderr.contains("\(sheet.path):4:6: error[rating-out-of-scale]: column F \"rating:klima\""))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let absent = try ToolRunner.run(
            ["import-measures", "absent.csv", "--into", "scenarios/myk10/myk10.json", "--out", out.path],
            exits: 66)
        #expect(absent.stderr.contains("absent.csv: no such file"), "\(absent.stderr)")
    }
}
