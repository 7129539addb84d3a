import SprintModel

/// CSV dialect: comma or semicolon, optional UTF-8 byte-order mark (for German Excel),
/// decimal point or comma. Fields with separators, quotes or line breaks are quoted, and text
/// that a spreadsheet would run as a formula is escaped (`CSVCell`).
public struct CSVOptions: Sendable {
    public var separator: Character
    public var byteOrderMark: Bool
    public var decimalComma: Bool

    public init(separator: Character = ",", byteOrderMark: Bool = false, decimalComma: Bool = false) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
        self.decimalComma = decimalComma
    }

    public func number(_ value: Double, _ digits: Int) -> String {
        let text = OutputJSON.spell(value, digits: digits)
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public func money(_ value: Money) -> String {
        decimalComma ? value.description.replacingOccurrences(of: ".", with: ",") : value.description
    }

    public func render(_ rows: [[String]]) -> String {
        let lines = rows.map { row in row.map { quote(CSVCell.escaped($0)) }.joined(separator: String(separator)) }
        let body = lines.joined(separator: "\r\n") + "\r\n"
        return (byteOrderMark ? "\u{FEFF}" : "") + body
    }

    private func quote(_ field: String) -> String {
        guard field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r") else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
