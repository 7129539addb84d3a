import Foundation
import SprintModel

/// What one sheet cell means as a scenario value, by its column: free text exactly as written,
/// ids and keywords without surrounding spaces, strict decimal numbers, lists split at `|`.
enum SheetValue {
    /// The JSON value of `cell` in `column`; nil for an empty cell (the key is left out).
    static func json(_ cell: String, column: String, options: CSVOptions) -> OutputJSON? {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        // Free text may be nothing but spaces; every other cell of spaces counts as empty.
        guard column == "name" ? !cell.isEmpty : !trimmed.isEmpty else { return nil }
        if column.hasPrefix(MeasureSheet.ratingPrefix) {
            if let flag = yesNo(trimmed) { return .bool(flag) }
            if let value = number(trimmed, options: options) { return .number(value, digits: 9) }
            return .string(cell)
        }
        if MeasureSheet.numberColumns.contains(column) {
            // Not a number: the text, so the validator names the cell and what it found.
            return number(trimmed, options: options).map { .number($0, digits: 9) } ?? .string(cell)
        }
        if MeasureSheet.listColumns.contains(column) {
            let elements = SheetList.split(cell)
            // Municipalities are free text, kept exactly; the other lists hold ids and keywords.
            let exact = column == "municipalities"
            return .array(elements.map { .string(exact ? $0 : $0.trimmingCharacters(in: .whitespaces)) })
        }
        return .string(column == "name" ? cell : trimmed)
    }

    /// A yes/no rating as German and English sheets write it: `ja`/`nein`, `wahr`/`falsch`
    /// (German Excel and LibreOffice), `true`/`false`, `yes`/`no`, and `x` for yes; any case.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "wahr", "true", "yes", "x": true
        case "nein", "falsch", "false", "no": false
        default: nil
        }
    }

    /// A decimal number as people type it: `12`, `-1.5`, `2e3`; with a semicolon separator
    /// German style (`12.500,50`, `1,5`), where a point only groups thousands: `1.5` is not a
    /// number there (it would silently become 15). Hexadecimal, `inf`, `nan`, a leading `+`
    /// or `.` are not numbers.
    static func number(_ text: String, options: CSVOptions) -> Double? {
        var text = text
        if options.decimalComma {
            guard let plain = ungrouped(text) else { return nil }
            text = plain.replacingOccurrences(of: ",", with: ".")
        }
        guard isDecimal(text), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `12.500,50` → `12500,50`: points only between groups of three digits before the comma.
    static func ungrouped(_ text: String) -> String? {
        let integer = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard integer.contains(".") else { return text }
        let groups = integer.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return text.replacingOccurrences(of: ".", with: "")
    }

    /// `-?digits(.digits)?([eE][+-]?digits)?`
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Bool {
            let count = bytes.prefix { (48...57).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() else { return false }
        }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            guard digits() else { return false }
        }
        return bytes.isEmpty
    }
}

/// A list in one sheet cell: elements joined by ` | `; a `|` or `\` inside an element is
/// written `\|` or `\\`, so any text survives. Reading splits at unescaped `|` and drops one
/// space on each side of a separator (what joining added), so `a|b` typed by hand works too.
enum SheetList {
    static func joined(_ elements: [String]) -> String {
        elements.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: " | ")
    }

    static func split(_ cell: String) -> [String] {
        var elements: [String] = []
        var current = ""
        var escaped = false
        for character in cell {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                elements.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        elements.append(current)
        return elements.enumerated().map { index, element in
            var text = Substring(element)
            if index > 0, text.first == " " { text = text.dropFirst() }
            if index < elements.count - 1, text.last == " " { text = text.dropLast() }
            return String(text)
        }
    }
}
