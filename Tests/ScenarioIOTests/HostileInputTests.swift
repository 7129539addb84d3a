import Foundation
import SprintModel
import Testing

@testable import ScenarioIO

/// Hostile files: each is refused with a located, coded error — never a crash, a hang or a
/// stack overflow.
@Suite("Hostile inputs")
struct HostileInputTests {
    static let small = FixturePaths.packageRoot.appendingPathComponent(
        "Tests/ScenarioIOTests/Fixtures/valid/small.json")

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func load(_ text: String) throws -> ScenarioLoadResult {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.json")
        try Data(text.utf8).write(to: file)
        return ScenarioLoader.load(file: file.path)
    }

    /// small.json with the first `"effort": 2` replaced by `"effort": VALUE`.
    static func withEffort(_ literal: String) throws -> String {
        let text = try String(contentsOf: small, encoding: .utf8)
        let range = try #require(text.range(of: "\"effort\": 2"))
        return text.replacingCharacters(in: range, with: "\"effort\": \(literal)")
    }

    @Test func a200MegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 200 * 1024 * 1024)  // sparse: costs no disk
        try handle.close()
        let result = ScenarioLoader.load(file: file.path)
        #expect(result.scenario == nil)
        #expect(result.errors.map(\.code) == [.fileTooLarge])
        #expect(result.errors[0].message.contains("209715200 bytes") && result.errors[0].message.contains("24 MiB"))
    }

    @Test func nesting100000LevelsDeepIsASyntaxErrorNotAStackOverflow() throws {
        for opener in ["[", "{\"a\":"] {
            let result = try Self.load(String(repeating: opener, count: 100_000))
            #expect(result.errors.count == 1)
            #expect(result.errors[0].code == .syntax && result.errors[0].message.contains("nesting deeper than 256"))
            #expect(result.errors[0].location?.line == 1)
        }
    }

    @Test(arguments: [
        ("1e400", DiagnosticCode.outOfRange), ("9007199254740993", .outOfRange), ("-0", .nonPositiveEffort),
        ("-1e-400", .nonPositiveEffort),
    ])
    func extremeNumbersAreRefusedWhereTheyStand(literal: String, code: DiagnosticCode) throws {
        let result = try Self.load(try Self.withEffort(literal))
        #expect(result.scenario == nil)
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1, "\(result.errors)")
        #expect(error.code == code, "\(error)")
        #expect(error.path == "measures[0].effort")
        #expect(error.location?.line == 20)
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity", "nan", "inf"])
    func nonFiniteNumbersSpelledInJSONAreSyntaxErrors(literal: String) throws {
        let result = try Self.load(try Self.withEffort(literal))
        #expect(result.errors.map(\.code) == [.syntax])
        #expect(result.errors.first?.location?.line == 20)
    }

    @Test func aByteOrderMarkIsAcceptedAndCRLFLineNumbersStayRight() throws {
        let text = try String(contentsOf: Self.small, encoding: .utf8)
        #expect(try Self.load("\u{FEFF}" + text).scenario != nil)
        let crlf = try Self.withEffort("\"two\"").replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Self.load(crlf)
        #expect(result.errors.first?.location?.line == 20)
        #expect(result.errors.first?.code == .typeMismatch)
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array(try Self.withEffort("2").utf8)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "F")))  // "First"
        bytes[index] = 0xFF
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.json")
        try Data(bytes).write(to: file)
        let result = ScenarioLoader.load(file: file.path)
        #expect(result.errors.map(\.code) == [.syntax])
        #expect(result.errors[0].message.contains("UTF-8"))
        #expect(result.errors[0].location?.line == bytes[..<index].filter { $0 == UInt8(ascii: "\n") }.count + 1)
    }

    @Test func anExtendsChainOf1000FilesStopsAtTheLimit() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.small, to: folder.appendingPathComponent("base.json"))
        for index in 1...1_000 {
            let base = index == 1 ? "base.json" : "f\(index - 1).json"
            try "{ \"format\": \"sprintplan/1\", \"extends\": \"\(base)\" }".write(
                to: folder.appendingPathComponent("f\(index).json"),
                atomically: false, encoding: .utf8)
        }
        let result = ScenarioLoader.load(file: folder.appendingPathComponent("f1000.json").path)
        #expect(result.scenario == nil)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.contains("extends chain longer than 32 files"))
        #expect(result.errors[0].location != nil)
    }

    /// Refused by the file's type, before a byte is read: reading /dev/zero would never end.
    @Test(arguments: ["/dev/zero", "/", "/dev/null"])
    func extendsPointingAtDevicesAndFoldersIsRefused(target: String) throws {
        let result = try Self.load("{ \"format\": \"sprintplan/1\", \"extends\": \"\(target)\" }")
        #expect(result.scenario == nil)
        #expect(result.errors.map(\.code) == [.fileUnreadable], "\(result.errors)")
        #expect(result.errors.allSatisfy { $0.location != nil }, "\(result.errors)")
        let kind = target == "/" ? "is a directory" : "is a device"
        #expect(result.errors.allSatisfy { $0.message.contains(kind) }, "\(result.errors)")
    }
}
