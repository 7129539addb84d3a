import Foundation
import Testing

/// The measure sheet through German Excel and LibreOffice: the German export, sheets saved by
/// both (fixtures made by `scripts/sheet-fixtures`), the spellings they write, and errors that
/// name line, column letter and header.
@Suite("sprintplan measure sheets through Excel and LibreOffice")
struct ExcelRoundTripTests {
    static let myk10 = "scenarios/myk10/myk10.json"
    static let fixtures = "Tests/ScenarioIOTests/Fixtures/sheets"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-sheets-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    @Test func theGermanExportWritesGermanNumbersAndJaNein() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("de.csv")
        try ToolRunner.run(
            ["export-measures", Self.myk10, "--out", sheet.path, "--csv-separator", "semicolon", "--csv-bom"], exits: 0)
        let text = try Self.text(sheet)
        #expect(text.hasPrefix("\u{FEFF}id;name;"))
        let m01 = try #require(text.components(separatedBy: "\r\n").first { $0.hasPrefix("M01;") })
        #expect(m01.contains(";3;1,5;;bau;58.000;120.000;0,9;"), "\(m01)")
        #expect(m01.contains(";9.000;"))
        #expect(text.contains(";ja;") && text.contains(";nein;"))
        #expect(!text.contains(";true;") && !text.contains(";false;"))
        // Cents show both digits.
        try """
        { "format": "sprintplan/1", "extends": "\(ToolRunner.packageRoot.path)/\(Self.myk10)",
          "measures": [ { "id": "M01", "costPerTeamQuarter": 12500.5 } ] }
        """.write(to: folder.appendingPathComponent("cents.json"), atomically: true, encoding: .utf8)
        let cents = folder.appendingPathComponent("cents.csv")
        try ToolRunner.run(
            [
                "export-measures", folder.appendingPathComponent("cents.json").path, "--out", cents.path,
                "--csv-separator", "semicolon",
            ], exits: 0)
        #expect(try Self.text(cents).contains(";bau;12.500,50;120.000;"))
    }

    @Test(
        "a sheet saved by LibreOffice or German Excel round-trips unchanged",
        arguments: ["myk10-libreoffice-de.csv", "myk10-excel-de.csv"])
    func fixtureRoundTrips(fixture: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let merged = folder.appendingPathComponent("merged.json"), canonical = folder.appendingPathComponent("c.json")
        // No --csv-separator: the header shows the semicolon.
        try ToolRunner.run(
            ["import-measures", "\(Self.fixtures)/\(fixture)", "--into", Self.myk10, "--out", merged.path], exits: 0)
        let empty = folder.appendingPathComponent("empty.csv")
        try "id\n".write(to: empty, atomically: true, encoding: .utf8)
        try ToolRunner.run(["import-measures", empty.path, "--into", Self.myk10, "--out", canonical.path], exits: 0)
        #expect(try Data(contentsOf: merged) == Data(contentsOf: canonical), "the sheet changed the scenario")
        // And the sheet exported again is the tool's German export of the original.
        let again = folder.appendingPathComponent("again.csv"), original = folder.appendingPathComponent("orig.csv")
        for (scenario, out) in [(merged.path, again), (Self.myk10, original)] {
            try ToolRunner.run(
                ["export-measures", scenario, "--out", out.path, "--csv-separator", "semicolon", "--csv-bom"], exits: 0)
        }
        #expect(try Data(contentsOf: again) == Data(contentsOf: original))
    }

    @Test func theSpellingsGermanSheetsUseAreRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("typed.csv"), out = folder.appendingPathComponent("out.json")
        try ToolRunner.run(
            ["export-measures", Self.myk10, "--out", sheet.path, "--csv-separator", "semicolon", "--csv-bom"], exits: 0)
        // Cells as people type them into a German sheet.
        let typed: [String: [String: String]] = [
            "M01": [
                "costPerTeamQuarter": "12.500,50", "deadline": "30.09.2027", "earliestStart": "Q1 2027",
                "rating:open-source": "x",
            ],
            "M02": ["costPerTeamQuarter": "1.000", "deadline": "31.12.2027", "rating:open-source": "nein"],
            "M03": ["effort": "2,25", "earliestStart": "2027-Q2", "rating:open-source": "WAHR"],
            "M06": ["costPerTeamQuarter": "48000", "rating:open-source": "False"],
        ]
        var lines = try Self.text(sheet).components(separatedBy: "\r\n")
        let header = lines[0].dropFirst().components(separatedBy: ";")
        for index in lines.indices.dropFirst() {
            var cells = lines[index].components(separatedBy: ";")
            guard let changes = typed[cells[0]] else { continue }
            for (column, value) in changes { cells[try #require(header.firstIndex(of: column))] = value }
            lines[index] = cells.joined(separator: ";")
        }
        try lines.joined(separator: "\r\n").write(to: sheet, atomically: true, encoding: .utf8)
        try ToolRunner.run(["import-measures", sheet.path, "--into", Self.myk10, "--out", out.path], exits: 0)
        let scenario = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        let measures = Dictionary(
            uniqueKeysWithValues: (scenario["measures"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        func rating(_ id: String) -> Bool? { (measures[id]?["ratings"] as? [String: Any])?["open-source"] as? Bool }
        #expect(measures["M01"]?["costPerTeamQuarter"] as? Double == 12500.5)
        #expect(measures["M01"]?["deadline"] as? String == "2027-09-30")
        #expect(measures["M01"]?["earliestStart"] as? String == "2027-Q1")
        #expect(measures["M02"]?["costPerTeamQuarter"] as? Double == 1000)
        #expect(measures["M03"]?["effort"] as? Double == 2.25)
        #expect(rating("M01") == true && rating("M02") == false && rating("M03") == true && rating("M06") == false)
    }

    @Test func aForgottenOrWrongSeparatorGetsAShortHint() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.json")
        let fixture = "\(Self.fixtures)/myk10-excel-de.csv"
        let run = try ToolRunner.run(
            ["import-measures", fixture, "--into", Self.myk10, "--out", out.path, "--csv-separator", "comma"],
            exits: 65)
        let first = try #require(run.stderr.split(separator: "\n").first)
        #expect(
            first
                == "\(fixture):1:1: error[syntax]: the header is separated by \";\", but --csv-separator comma was "
                + "given; use --csv-separator semicolon or leave the option out"
        )
        #expect(first.count < 250)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func everyErrorNamesLineColumnLetterAndHeader() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("bad.csv"), out = folder.appendingPathComponent("out.json")
        try "id;effort;deadline;earliestStart;rating:open-source\nM01;1.5;31.09.2027;Q5/2027;vielleicht\n"
            .write(to: sheet, atomically: true, encoding: .utf8)
        let run = try ToolRunner.run(
            ["import-measures", sheet.path, "--into", Self.myk10, "--out", out.path], exits: 65)
        let path = sheet.path
        #expect(run.stderr.contains("\(path):2:2: error[type-mismatch]: column B \"effort\": expected a number"))
        #expect(
            run.stderr.contains(
                "\(path):2:3: error[invalid-date]: column C \"deadline\": expected a calendar date like 2027-09-30 "
                    + "or 30.09.2027, found \"31.09.2027\""
            ), "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "\(path):2:4: error[invalid-quarter]: column D \"earliestStart\": expected a quarter like "
                    + "2027-Q2, Q2/2027 or Q2 2027"
            ))
        #expect(run.stderr.contains("\(path):2:5:") && run.stderr.contains("column E \"rating:open-source\""))
    }
}
