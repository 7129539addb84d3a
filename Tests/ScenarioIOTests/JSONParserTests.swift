import SprintModel
import Testing

@testable import ScenarioIO

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) -> JSONParser.Result {
        JSONParser.parse(Array(text.utf8), file: "t.json")
    }

    @Test func recordsLineAndColumnOfEveryValue() throws {
        let result = parse("{\n  \"a\": [1, {\"b\": true}],\n  \"c\": \"x\"\n}")
        let root = try #require(result.root)
        #expect(root.location.line == 1 && root.location.column == 1)
        let a = try #require(root["a"])
        #expect(a.location.line == 2 && a.location.column == 8)
        guard case .array(let elements) = a.value else {
            Issue.record("not an array")
            return
        }
        #expect(elements[1].location.column == 12)
        #expect(elements[1]["b"]?.location.column == 18)
        #expect(root["c"]?.location.line == 3)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try #require(parse("{\"Lösung\": \"Straße\", \"x\": 1}").root)
        // "Lösung" is 8 characters with quotes; ö is 2 bytes but one column.
        #expect(root["x"]?.location.column == 27)
    }

    @Test func crlfLineEndsCountOnce() throws {
        let root = try #require(parse("{\r\n\"a\": 1,\r\n\r\n\"b\": 2\r\n}").root)
        #expect(root["b"]?.location.line == 4)
        #expect(root["b"]?.location.column == 6)
    }

    @Test func leadingByteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        let root = try #require(JSONParser.parse(bytes, file: "t.json").root)
        #expect(root["a"]?.location.column == 7)
    }

    @Test func numbersKeepTheirLiteralText() throws {
        let root = try #require(parse("{\"a\": 12500.50, \"b\": -0, \"c\": 9007199254740993, \"d\": 1e400}").root)
        #expect(root["a"]?.value == .number("12500.50"))
        #expect(root["b"]?.value == .number("-0"))
        #expect(root["c"]?.value == .number("9007199254740993"))
        #expect(root["d"]?.value == .number("1e400"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let root = try #require(parse(#"{"a": "\u00fc\n\"\\\/", "b": "\ud83d\ude00"}"#).root)
        #expect(root["a"]?.value == .string("ü\n\"\\/"))
        #expect(root["b"]?.value == .string("😀"))
    }

    @Test("Strings of runs, escapes and multi-byte characters come back as written (400 strings)")
    func stringsRoundTrip() throws {
        let pieces: [String] = ["a", "Lösung", "\"", "\\", "/", "\n", "\t", "\u{01}", "€", "😀", "  ", "x\u{7F}"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<400 {
            let text = (0..<random.integer(in: 0...8)).map { _ in pieces[random.integer(in: 0...(pieces.count - 1))] }
                .joined()
            var quoted = ""
            OutputJSON.quote(text, into: &quoted)
            let root = try #require(parse("{\"s\": \(quoted), \"after\": 1}").root)
            #expect(root["s"]?.value == .string(text))
            // One column per character after the string, whatever its bytes and escapes.
            #expect(root["after"]?.location.column == 18 + quoted.unicodeScalars.count)
        }
    }

    @Test(
        "rejects malformed input with a position",
        arguments: [
            ("{\"a\": 1,}", 1, 9), ("[1 2]", 1, 4), ("{\"a\" 1}", 1, 6), ("tru", 1, 1), ("{\"a\": Infinity}", 1, 7),
            ("[\"\\ud800\"]", 1, 3), ("[\"ö\\n\\x\"]", 1, 6), ("{\"a\": 1.}", 1, 7), ("{\"a\": -}", 1, 7), ("", 1, 1),
            ("{} x", 1, 4),
        ])
    func malformed(text: String, line: Int, column: Int) throws {
        let result = parse(text)
        #expect(result.root == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .syntax)
        #expect(error.location?.line == line)
        #expect(error.location?.column == column)
    }

    @Test func duplicateKeysAreReportedAndTheLaterValueWins() throws {
        let result = parse("{\"a\": 1,\n \"a\": 2}")
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.location?.line == 2)
        #expect(result.root?["a"]?.value == .number("2"))
    }

    @Test func deepNestingIsRefusedWithoutStackOverflow() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = parse(text)
        #expect(result.root == nil)
        #expect(result.diagnostics.first?.message.contains("nesting deeper") == true)
    }

    @Test func invalidUTF8InAStringIsAnError() {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        let result = JSONParser.parse(bytes, file: "t.json")
        #expect(result.root == nil)
        #expect(result.diagnostics.first?.message.contains("UTF-8") == true)
        #expect(result.diagnostics.first?.location?.column == 8)
    }
}
