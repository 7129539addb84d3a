import Foundation
import Testing

/// The printed documents, as Chromium prints them on A4: the MYK10 report on at most four
/// pages and the decision paper on at most two. Runs where Chromium is installed (`scripts/setup`
/// installs it; CI runs setup), and is skipped elsewhere rather than failing for a missing browser.
@Suite("printed page counts (headless Chromium)")
struct PrintedPageTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Prints `html` to PDF and counts its pages (the `/Type /Page` objects Chromium writes).
    static func pages(printing html: URL) throws -> Int {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
            html.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let bytes = try Data(contentsOf: pdf)
        return Self.pageCount(bytes)
    }

    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page[^s]/).count
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprintplan-print-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func countingPagesCountsPagesNotTheTree() {
        let pdf = "<< /Type /Pages /Count 2 >> << /Type /Page /Parent 1 0 R >> << /Type/Page >>"
        #expect(Self.pageCount(Data(pdf.utf8)) == 2)
    }

    @Test(.enabled(if: chromium != nil), arguments: ["de", "en"])
    func theReportPrintsOnAtMostFourPages(language: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html")
        try ToolRunner.run(
            ["report", "scenarios/myk10/myk10.json", "--lang", language, "--stable", "--out", html.path], exits: 0)
        let pages = try Self.pages(printing: html)
        #expect((3...4).contains(pages), "\(pages) pages")
    }

    /// Also with the KPI section of the scenario with six indicators.
    @Test(
        .enabled(if: chromium != nil),
        arguments: ["scenarios/myk10/myk10.json", "scenarios/myk10/myk10-shared.json"])
    func theDecisionPaperPrintsOnAtMostTwoPages(scenario: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("paper.html")
        let run = try ToolRunner.run(["decide", scenario, "--stable", "--format", "html"], exits: 0)
        try run.stdout.write(to: html, atomically: true, encoding: .utf8)
        let pages = try Self.pages(printing: html)
        #expect((1...2).contains(pages), "\(pages) pages")
    }
}
