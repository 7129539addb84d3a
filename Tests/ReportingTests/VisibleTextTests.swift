import Testing

@testable import Reporting

/// Control characters from a scenario never reach a terminal, an XML document or a table row raw.
@Suite("Visible text")
struct VisibleTextTests {
    static let controls = (0..<32).map { String(UnicodeScalar(UInt8($0))) } + ["\u{7F}", "\u{85}", "\u{9B}"]

    static func rawControls(_ text: String, allowed: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) && !allowed.contains($0) }
    }

    @Test(arguments: controls)
    func everyControlCharacterBecomesVisible(control: String) {
        let text = "a\(control)b"
        #expect(Self.rawControls(VisibleText.line(text), allowed: []).isEmpty)
        #expect(Self.rawControls(VisibleText.terminal(text), allowed: ["\n", "\t"]).isEmpty)
        #expect(Self.rawControls(Markup.escape(text), allowed: ["\n", "\t", "\r"]).isEmpty)
        let cell = VisibleText.markdownCell(text + "|x")
        #expect(Self.rawControls(cell, allowed: []).isEmpty)
        #expect(!cell.contains("\n") && cell.contains("\\|"))
    }

    @Test func textWithoutControlsIsUnchanged() {
        let text = "Ümläute, € and 🚲 — Zielbild 1"
        #expect(
            VisibleText.terminal(text) == text && VisibleText.line(text) == text
                && VisibleText.markdownCell(text) == text)
    }

    @Test func csvLineEndsAndEscapePicturesOnATerminal() {
        #expect(VisibleText.terminal("a,b\r\nc\u{1B}[31m\n") == "a,b\r\nc\u{241B}[31m\n")
        #expect(VisibleText.line("bell\u{07}") == "bell\u{2407}")
        #expect(VisibleText.line("\u{9B}") == "\u{FFFD}")
    }

    @Test func tableCellsKeepTheirRow() {
        var table = TextTable(columns: [.init("name"), .init("x")])
        table.add(["two\nlines\u{1B}", "1"])
        let lines = table.render()
        #expect(lines.count == 2)
        #expect(Self.rawControls(lines.joined(), allowed: []).isEmpty)
    }
}
