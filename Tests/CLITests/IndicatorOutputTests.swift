import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The outputs of indicators (KPIs) and realised impact, as golden files: the report's section
/// "Kennzahlen: Ziel und Ist", `score --explain` with realised impact, and `history` with a KPI
/// table per quarter from the record and the quarter's progress file.
@Suite("Indicator outputs: report, score --explain with realised impact, history")
struct IndicatorOutputTests {
    static let shared = "scenarios/myk10/myk10-shared.json"
    static let realised = "scenarios/myk10/myk10-shared-realised.json"

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-\(UUID().uuidString)-\(name)")
    }

    @Test(
        "golden output",
        arguments: [
            (
                ["report", shared, "--quarters", "2", "--stable", "--lang", "de", "--format", "markdown"],
                "report-myk10-shared-kpi-de.md"
            ),
            (
                ["report", shared, "--quarters", "2", "--stable", "--lang", "en", "--format", "html"],
                "report-myk10-shared-kpi-en.html"
            ),
            (["score", realised, "--explain", "M21"], "score-explain-m21-realised-de.txt"),
            (["score", realised, "--explain", "M21", "--lang", "en"], "score-explain-m21-realised-en.txt"),
            (["score", realised, "--zielbild", "Z2", "--format", "markdown"], "score-myk10-realised-z2-de.md"),
            (["score", realised, "--zielbild", "Z2", "--lang", "en"], "score-myk10-realised-z2-en.txt"),
        ])
    func golden(arguments: [String], golden: String) throws {
        let report = arguments[0] == "report"
        let out = Self.temporary(golden)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try ToolRunner.run(arguments + (report ? ["--out", out.path] : []), exits: 0)
        try Golden.assertMatches(
            report ? String(decoding: try Data(contentsOf: out), as: UTF8.self) : run.stdout, named: golden)
    }

    /// The decision paper of the KPI scenario has the section "Kennzahlen: Ziel und Ist" with the
    /// on-track verdicts, in German and English.
    @Test(
        "decision paper golden output",
        arguments: [
            (["--format", "markdown"], "decide-myk10-shared-kpi-de.md"),
            (["--format", "markdown", "--lang", "en"], "decide-myk10-shared-kpi-en.md"),
        ])
    func paper(arguments: [String], golden: String) throws {
        let run = try ToolRunner.run(["decide", Self.shared, "--quarters", "2", "--stable"] + arguments, exits: 0)
        try Golden.assertMatches(run.stdout, named: golden)
    }

    /// The HTML paper stays well-formed XHTML with the KPI table and no charts (the report draws
    /// them; the paper stays short).
    @Test func theKPIPaperIsWellFormedWithItsTable() throws {
        let run = try ToolRunner.run(
            ["decide", Self.shared, "--quarters", "2", "--stable", "--format", "html", "--lang", "en"], exits: 0)
        let parser = XMLParser(data: Data(run.stdout.utf8))
        let counter = ReportCommandTests.ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.elements["svg"] == nil)
        #expect(run.stdout.contains("<th>On track?</th>") && run.stdout.contains("no (planned 23.33)"))
    }

    /// A scenario without indicators has no KPI section in its paper, in either format.
    @Test(arguments: ["markdown", "html"])
    func aPaperWithoutIndicatorsHasNoKPISection(format: String) throws {
        let arguments = ["decide", "scenarios/myk10/myk10.json", "--quarters", "2", "--stable", "--format", format]
        let run = try ToolRunner.run(arguments, exits: 0)
        #expect(!run.stdout.contains("Kennzahlen") && !run.stdout.contains("Im Plan"))
        #expect(!run.stdout.contains("<svg") && !run.stdout.contains("figures"))
        let kpi = try ToolRunner.run(
            ["decide", Self.shared, "--quarters", "2", "--stable", "--format", format], exits: 0)
        #expect(kpi.stdout.contains("Kennzahlen: Ziel und Ist") && kpi.stdout.contains("nein (Soll 12)"))
    }

    /// The KPI report stays well-formed XHTML with one chart per indicator besides the three
    /// charts every report has, and the section comes between the Lösungen and the ranking.
    @Test(arguments: ["de", "en"])
    func theKPIReportIsWellFormedWithAChartPerIndicator(language: String) throws {
        let out = Self.temporary("kpi.html")
        defer { try? FileManager.default.removeItem(at: out) }
        try ToolRunner.run(
            ["report", Self.shared, "--quarters", "2", "--stable", "--lang", language, "--out", out.path], exits: 0)
        let data = try Data(contentsOf: out)
        let parser = XMLParser(data: data)
        let counter = ReportCommandTests.ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.elements["svg"] == 3 + 6)
        let text = String(decoding: data, as: UTF8.self)
        let heading = language == "de" ? "<h2>Kennzahlen: Ziel und Ist</h2>" : "<h2>Indicators: target and actual</h2>"
        let section = try #require(text.range(of: heading))
        let solutions = try #require(text.range(of: "<h2>Lösungen"))
        #expect(solutions.lowerBound < section.lowerBound)
        let ranking = try #require(text.range(of: language == "de" ? "<h2>Rangfolge" : "<h2>Ranking"))
        #expect(section.upperBound < ranking.lowerBound)
    }

    /// Realised impact is off unless the scenario asks for it: the KPI scenario's sheet has no
    /// fed rating, the variant that asks for it has fed ratings and other scores.
    @Test func realisedImpactMovesScoresOnlyWhenTheScenarioAsksForIt() throws {
        let kpi = try ToolRunner.run(["score", Self.shared, "--zielbild", "Z2", "--format", "json"], exits: 0)
        let fed = try ToolRunner.run(["score", Self.realised, "--zielbild", "Z2", "--format", "json"], exits: 0)
        #expect(!kpi.stdout.contains("realisedImpact"))
        #expect(fed.stdout.contains("\"realisedImpact\": {"))
        #expect(fed.stdout != kpi.stdout)
    }

    /// A decision on the KPI scenario, its progress file with realised values, and `history`.
    static func recordedFolder() throws -> URL {
        let folder = temporary("history-kpi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scenario = ToolRunner.packageRoot.appendingPathComponent(shared).path
        try ToolRunner.run(
            ["decide", scenario, "--quarters", "1", "--no-alternatives", "--record-dir", folder.path], exits: 0)
        try FileManager.default.copyItem(
            at: ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10-shared-progress-2027-Q1.json"),
            to: folder.appendingPathComponent("progress-2027-Q1.json"))
        return folder
    }

    @Test(
        "history golden output",
        arguments: [
            (["--format", "table", "--lang", "de"], "history-myk10-shared-kpi-de.txt"),
            (["--format", "table"], "history-myk10-shared-kpi-en.txt"),
            (["--format", "markdown", "--lang", "de"], "history-myk10-shared-kpi-de.md"),
            (["--format", "json"], "history-myk10-shared-kpi.json"),
        ])
    func history(arguments: [String], golden: String) throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRunner.run(["history", folder.path] + arguments, exits: 0)
        try Golden.assertMatches(run.stdout.replacingOccurrences(of: folder.path, with: "RECORDS"), named: golden)
    }

    /// The record keeps the scenario's indicators; a record of a scenario without any has no
    /// `indicators` member at all (its bytes are as before).
    @Test func theRecordKeepsIndicatorsOnlyWhenTheScenarioHasAny() throws {
        let folder = try Self.recordedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("decision-2027-Q1.json"), encoding: .utf8)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let indicators = try #require(record["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as! String }.count == 6)
        let first = try #require(indicators.first { $0["id"] as? String == "K-ECHTZEIT" })
        #expect(first["actuals"] as? [String: Double] == ["2026-Q3": 5, "2026-Q4": 9])
        #expect(first["targetDate"] as? String == "2027-Q4" && first["unit"] as? String == "%")

        let plain = Self.temporary("history-plain")
        defer { try? FileManager.default.removeItem(at: plain) }
        try ToolRunner.run(
            [
                "decide", ToolRunner.packageRoot.appendingPathComponent("scenarios/myk10/myk10.json").path,
                "--quarters", "1", "--no-alternatives", "--record-dir", plain.path,
            ], exits: 0)
        let plainText = try String(contentsOf: plain.appendingPathComponent("decision-2027-Q1.json"), encoding: .utf8)
        #expect(!plainText.contains("\"indicators\""))
    }
}
