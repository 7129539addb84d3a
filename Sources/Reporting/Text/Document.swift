/// A short document for people — headings, paragraphs, bullet lists and tables of plain,
/// strong and code text — written once and rendered as Markdown or as printable HTML, so the
/// two formats of a paper cannot drift apart. Text is escaped by the renderer, never before.
struct Document {
    /// A run of text inside a paragraph, list item or cell.
    enum Span {
        case plain(String)
        case strong(String)
        case code(String)
    }

    enum Block {
        case heading(level: Int, text: String)
        case paragraph([Span])
        case list([[Span]])
        case table(header: [String], rows: [[[Span]]])
    }

    var title: String
    var language: ReportLanguage
    var blocks: [Block] = []

    mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level: level, text: text)) }
    mutating func paragraph(_ spans: Span...) { blocks.append(.paragraph(spans)) }
    mutating func list(_ items: [[Span]]) { blocks.append(.list(items)) }
    mutating func table(header: [String], rows: [[[Span]]]) { blocks.append(.table(header: header, rows: rows)) }

    /// GitHub-flavoured Markdown: `**strong**`, `` `code` ``, pipes escaped in every text.
    func markdown() -> String { "# \(VisibleText.markdownCell(title))\n\n" + markdownBlocks() }

    /// The blocks without the title, for a section of a longer Markdown document.
    func markdownBlocks() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: level) + " " + VisibleText.markdownCell(text) + "\n\n"
            case .paragraph(let spans): out += Self.markdown(spans) + "\n\n"
            case .list(let items): out += items.map { "- " + Self.markdown($0) + "\n" }.joined() + "\n"
            case .table(let header, let rows):
                out += "| " + header.map(VisibleText.markdownCell).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: "---|", count: header.count) + "\n"
                for row in rows { out += "| " + row.map(Self.markdown).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    static func markdown(_ spans: [Span]) -> String {
        spans.map { span in
            switch span {
            case .plain(let text): VisibleText.markdownCell(text)
            case .strong(let text): "**" + VisibleText.markdownCell(text) + "**"
            case .code(let text): "`" + VisibleText.markdownCell(text).replacingOccurrences(of: "`", with: "'") + "`"
            }
        }
        .joined()
    }

    /// A self-contained XHTML page (inline CSS, no scripts) that prints on A4 portrait.
    func html() -> String {
        var html = Markup()
        html.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", language.rawValue)])
        html.open("head")
        html.empty("meta", [("charset", "utf-8")])
        html.element("title", [], title)
        html.element("style", [], Self.style)
        html.close("head")
        html.newline()
        html.open("body")
        html.element("h1", [], title)
        htmlBlocks(into: &html)
        html.close("body")
        html.close("html")
        precondition(html.isBalanced)
        return "<!DOCTYPE html>\n" + html.text + "\n"
    }

    /// The blocks without the title, for a section of a longer HTML document.
    func htmlBlocks(into html: inout Markup) {
        for block in blocks {
            html.newline()
            switch block {
            case .heading(let level, let text): html.element("h\(min(6, level))", [], text)
            case .paragraph(let spans):
                html.open("p")
                Self.html(spans, into: &html)
                html.close("p")
            case .list(let items):
                html.open("ul")
                for item in items {
                    html.open("li")
                    Self.html(item, into: &html)
                    html.close("li")
                }
                html.close("ul")
            case .table(let header, let rows):
                html.open("table")
                html.open("thead")
                html.open("tr")
                for title in header { html.element("th", [], title) }
                html.close("tr")
                html.close("thead")
                html.open("tbody")
                for row in rows {
                    html.open("tr")
                    for cell in row {
                        html.open("td")
                        Self.html(cell, into: &html)
                        html.close("td")
                    }
                    html.close("tr")
                }
                html.close("tbody")
                html.close("table")
            }
        }
    }

    static func html(_ spans: [Span], into html: inout Markup) {
        for span in spans {
            switch span {
            case .plain(let text): html.content(text)
            case .strong(let text): html.element("strong", [], text)
            case .code(let text): html.element("code", [], text)
            }
        }
    }

    /// A4 portrait, 10 pt on paper; a table or list item is never split across pages.
    static let style = """
        body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; color: #111; margin: 2em auto; \
        max-width: 52em; }
        h1 { font-size: 16pt; margin: 0 0 0.4em; } h2 { font-size: 12.5pt; border-bottom: 1.5px solid #333; \
        margin: 1.1em 0 0.4em; } h3 { font-size: 11pt; margin: 0.8em 0 0.2em; }
        p, ul { margin: 0.3em 0; } ul { padding-left: 1.3em; } li { margin: 0.15em 0; }
        table { border-collapse: collapse; margin: 0.4em 0; width: 100%; }
        th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
        thead th { background: #eee; } code { font-size: 0.9em; }
        @page { size: A4 portrait; margin: 14mm 14mm 14mm 16mm; }
        @media print { body { margin: 0; max-width: none; font-size: 8.8pt; line-height: 1.25; } \
        li, tr { break-inside: avoid; } h2, h3 { break-after: avoid; } }
        """
}
