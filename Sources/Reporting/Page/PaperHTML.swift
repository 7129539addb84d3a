import Foundation

/// The decision paper (`DecisionPaper`, Markdown) as a printable HTML page for the meeting:
/// the paper's own Markdown subset — headings, paragraphs, lists, tables, `code` and **bold** —
/// turned into escaped HTML, so the paper has one wording for both outputs.
public enum PaperHTML {
    public static func page(_ paper: DecisionPaper) -> String {
        let markdown = paper.markdown()
        let title = markdown.split(separator: "\n").first.map { String($0.drop { $0 == "#" || $0 == " " }) } ?? ""
        return """
            <!doctype html>
            <html lang="\(paper.language.rawValue)"><head><meta charset="utf-8">
            <title>\(Markup.escape(title))</title><link rel="stylesheet" href="/page.css"></head>
            <body class="paper"><main>
            \(body(markdown))</main></body></html>

            """
    }

    /// The Markdown's blocks as HTML.
    static func body(_ markdown: String) -> String {
        var html = "", list = false, table = false, header = true
        func close() {
            if list { html += "</ul>\n" }
            if table { html += "</tbody></table>\n" }
            list = false
            table = false
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                if !table {
                    close()
                    html += "<table><thead>"
                    table = true
                    header = true
                }
                let tag = header ? "th" : "td"
                html += "<tr>" + cells.map { "<\(tag)>\(inline($0))</\(tag)>" }.joined() + "</tr>"
                if header { html += "</thead><tbody>\n" }
                header = false
            } else if line.hasPrefix("- ") {
                if !list {
                    close()
                    html += "<ul>\n"
                    list = true
                }
                html += "<li>\(inline(String(line.dropFirst(2))))</li>\n"
            } else if line.hasPrefix("#") {
                close()
                let level = min(4, line.prefix { $0 == "#" }.count)
                html += "<h\(level)>\(inline(String(line.drop { $0 == "#" || $0 == " " })))</h\(level)>\n"
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                close()
            } else {
                close()
                html += "<p>\(inline(line))</p>\n"
            }
        }
        close()
        return html
    }

    /// `code` and **bold** inside escaped text.
    static func inline(_ text: String) -> String {
        var html = "", code = false, bold = false
        var rest = Substring(text)
        while let first = rest.first {
            if first == "`" {
                html += code ? "</code>" : "<code>"
                code.toggle()
                rest = rest.dropFirst()
            } else if !code && rest.hasPrefix("**") {
                html += bold ? "</strong>" : "<strong>"
                bold.toggle()
                rest = rest.dropFirst(2)
            } else {
                html += Markup.escape(String(first))
                rest = rest.dropFirst()
            }
        }
        return html + (code ? "</code>" : "") + (bold ? "</strong>" : "")
    }
}
