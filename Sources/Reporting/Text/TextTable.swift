import SprintModel

/// A plain-text table with aligned columns, widths counted in characters (so `€` and `ö`
/// take one column each), for terminal output.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Longer cells are cut with "…"; nil: no limit.
        public var maximumWidth: Int?

        public init(_ title: String, _ alignment: Alignment = .left, maximumWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maximumWidth = maximumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Text before every line.
    public var indent: String

    public init(columns: [Column], indent: String = "  ") {
        self.columns = columns
        self.indent = indent
    }

    public mutating func add(_ row: [String]) {
        precondition(row.count == columns.count, "one cell per column")
        rows.append(row)
    }

    public func render() -> [String] {
        let cells = ([columns.map(\.title)] + rows).map { row in
            row.enumerated().map { index, cell in Self.cut(VisibleText.line(cell), to: columns[index].maximumWidth) }
        }
        let widths = columns.indices.map { index in cells.map { $0[index].count }.max() ?? 0 }
        return cells.map { row in
            let line = row.enumerated().map { index, cell -> String in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return columns[index].alignment == .left ? cell + padding : padding + cell
            }.joined(separator: "  ")
            return indent + String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    static func cut(_ text: String, to width: Int?) -> String {
        guard let width, text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}

/// Number spellings for reports: fixed decimals, no locale, no exponent.
public enum ReportNumber {
    public static func fixed(_ value: Double, _ digits: Int) -> String { FixedDecimal.string(value, digits: digits) }

    public static func percent(_ share: Double, _ digits: Int = 0) -> String { fixed(share * 100, digits) + " %" }
}

/// Word wrapping for prose lines in terminal output.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` characters (a longer word stays whole),
    /// the first starting with `indent`, the others with `continuation` (default: `indent`),
    /// so a bullet's wrapped lines can hang under its text. German money (`800.000 €`) stays on
    /// one line: the euro sign is never the first word of a line.
    public static func wrap(
        _ text: String, width: Int = 78, indent: String = "  ", continuation: String? = nil
    ) -> [String] {
        var lines: [String] = []
        var prefix = indent
        var line = prefix
        var words: [Substring] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if word.first == "€", !word.dropFirst().contains(where: \.isNumber), let last = words.popLast() {
                words.append(last + " " + word)
            } else {
                words.append(word)
            }
        }
        for word in words {
            if line.count > prefix.count && line.count + 1 + word.count > width {
                lines.append(line)
                prefix = continuation ?? indent
                line = prefix
            }
            line += (line.count > prefix.count ? " " : "") + word
        }
        if line.count > prefix.count { lines.append(line) }
        return lines
    }
}
