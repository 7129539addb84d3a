/// Builds well-formed XHTML and SVG text: every attribute and text is escaped, every opened
/// element is closed in order (checked), so the report always parses as XML.
struct Markup {
    private(set) var text = ""
    private var stack: [String] = []

    /// `<tag a="…">`
    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        text += "<\(tag)\(Self.attributes(attributes))>"
        stack.append(tag)
    }

    /// `</tag>`; the tag must be the innermost open one.
    mutating func close(_ tag: String) {
        precondition(stack.last == tag, "closing <\(tag)> while <\(stack.last ?? "nothing")> is open")
        stack.removeLast()
        text += "</\(tag)>"
    }

    /// `<tag a="…">text</tag>`
    mutating func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: String) {
        text += "<\(tag)\(Self.attributes(attributes))>\(Self.escape(content))</\(tag)>"
    }

    /// `<tag a="…"/>`
    mutating func empty(_ tag: String, _ attributes: [(String, String)] = []) {
        text += "<\(tag)\(Self.attributes(attributes))/>"
    }

    mutating func content(_ content: String) { text += Self.escape(content) }

    /// Markup built by another `Markup` (already escaped and balanced).
    mutating func append(_ other: Markup) {
        precondition(other.stack.isEmpty, "appending unbalanced markup")
        text += other.text
    }

    mutating func newline() { text += "\n" }

    var isBalanced: Bool { stack.isEmpty }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in VisibleText.xml(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Numbers in SVG coordinates: at most one decimal, no exponent.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format1: rounded)
    }
}

private extension String {
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        self = "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
