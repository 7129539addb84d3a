import SprintModel
import Testing

@testable import ScenarioIO

/// CSV cells: formula escaping that reading reverses, list cells that keep any text, strict
/// numbers, and syntax errors with their line and column.
@Suite("CSV sheets")
struct CSVSheetTests {
    static let texts = [
        "=HYPERLINK(\"http://x\";\"y\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'", "''=x", "-5", "-1.234,5",
        "  spaces  ", "\u{A0}nbsp", "a|b", "back\\slash", "\\|", "end\\", "line\nbreak", "", "plain",
    ]

    @Test(arguments: texts)
    func escapingIsReversedExactly(text: String) {
        let cell = CSVCell.escaped(text)
        #expect(CSVCell.unescaped(cell) == text)
        if let first = cell.first, "=+@\t\r".contains(first) { Issue.record("formula cell \(cell.debugDescription)") }
        if cell.first == "-" { #expect(CSVCell.isPlainNegativeNumber(cell)) }
    }

    @Test func randomTextSurvivesEscapingAndLists() {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("=+-@'\t\r\n |\\\"a;,\u{A0}")
        for _ in 0..<2_000 {
            let elements = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            #expect(CSVCell.unescaped(CSVCell.escaped(elements[0])) == elements[0])
            let joined = SheetList.joined(elements)
            if elements.count > 1 || !elements[0].isEmpty {
                #expect(SheetList.split(joined) == elements, "\(elements)")
            }
        }
    }

    @Test func aSheetRoundTripsThroughTheReader() throws {
        let rows = [["id", "name"], ["M1", "=1+1"], ["M2", "a \"quoted\"\nline"], ["M3", " | "]]
        let text = CSVOptions().render(rows)
        let read = try CSVReader(separator: ",").records(text).map { $0.cells.map(CSVCell.unescaped) }
        #expect(read == rows)
        #expect(!text.contains("\n=1+1") && text.contains(",'=1+1"))
    }

    @Test(arguments: [
        ("id,name\nM1,\"open\n", 2, 4, "never closed"), ("id,name\nM1,x\"y\n", 2, 5, "quote inside"),
        ("id,name\nM1,\"a\"b\n", 2, 7, "after a closing quote"),
    ])
    func syntaxErrorsNameLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try CSVReader(separator: ",").records(text)
        } throws: { error in
            guard let error = error as? CSVReader.SyntaxError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test(arguments: ["0x10", "inf", "nan", "+5", ".5", "5.", "1_000", "1e", "٣", "５", " 5"])
    func onlyDecimalNumbersAreNumbers(text: String) {
        #expect(SheetValue.number(text, options: CSVOptions()) == nil)
    }

    @Test func germanNumbersReadWithTheSemicolonDialect() {
        #expect(SheetValue.number("12.500,50", options: CSVOptions(separator: ";", decimalComma: true)) == 12500.5)
        #expect(SheetValue.number("-1e3", options: CSVOptions()) == -1000)
        let german = CSVOptions(separator: ";", decimalComma: true)
        for (text, value) in [("1,5", 1.5), ("58000", 58000), ("1.234.567,8", 1_234_567.8), ("-1.000", -1000)] {
            #expect(SheetValue.number(text, options: german) == value, "\(text)")
        }
        // A point that does not group thousands is not silently dropped (1.5 is not 15).
        for text in ["1.5", "12.50", "1.2345", ".500", "1..000", "1.000.00"] {
            #expect(SheetValue.number(text, options: german) == nil, "\(text)")
        }
    }

    @Test func germanNumbersAreWrittenGrouped() {
        #expect(SheetNumber.german(12500.5, digits: 2, fixed: true) == "12.500,50")
        #expect(SheetNumber.german(58000, digits: 2) == "58.000")
        #expect(SheetNumber.german(-1234567.25, digits: 2) == "-1.234.567,25")
        #expect(SheetNumber.german(0.9, digits: 2) == "0,9")
        #expect(SheetNumber.german(999, digits: 0) == "999")
    }

    @Test func columnsAreNamedByTheirSpreadsheetLetter() {
        #expect(
            [0, 1, 25, 26, 27, 51, 52, 701, 702].map(SheetDialect.columnLetter) == [
                "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
            ])
    }

    @Test func theHeaderShowsTheSeparator() {
        #expect(SheetDialect.separator(ofHeader: "id;name;effort") == ";")
        #expect(SheetDialect.separator(ofHeader: "id,name,effort") == ",")
        #expect(SheetDialect.separator(ofHeader: "\"id\";name") == ";")
        #expect(SheetDialect.separator(ofHeader: "id") == nil)
        #expect(SheetDialect.separator(ofHeader: "name;effort") == nil)
    }

    @Test func yesAndNoAsSheetsWriteThem() {
        for text in ["ja", "JA", "wahr", "WAHR", "true", "True", "yes", "x", "X"] {
            #expect(SheetValue.yesNo(text) == true)
        }
        for text in ["nein", "Nein", "falsch", "FALSCH", "false", "no"] { #expect(SheetValue.yesNo(text) == false) }
        for text in ["", "1", "vielleicht", "j"] { #expect(SheetValue.yesNo(text) == nil) }
    }
}
