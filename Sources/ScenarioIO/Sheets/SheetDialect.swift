import Foundation

/// What a spreadsheet user sees of a sheet: which separator its header uses, and the column
/// letters (A, B, …, Z, AA, …) by which they find a cell.
enum SheetDialect {
    /// `;` or `,` when the header names the `id` column only when split by it (German Excel
    /// writes `;`); nil when it cannot tell (then the option given, or the default, holds).
    static func separator(ofHeader line: String) -> Character? {
        func names(_ separator: Character) -> [String] {
            line.split(separator: separator, omittingEmptySubsequences: false).map {
                CSVCell.unescaped(String($0)).trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        let bySemicolon = names(";").contains("id"), byComma = names(",").contains("id")
        switch (bySemicolon, byComma) {
        case (true, false): return ";"
        case (false, true): return ","
        default: return nil
        }
    }

    /// The spreadsheet letter of a 0-based column: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA.
    static func columnLetter(_ index: Int) -> String {
        var number = index + 1, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}

/// Numbers as a German sheet shows them: `12.500,5`, `58.000`, `−` written as `-`.
enum SheetNumber {
    /// `value` with at most `digits` decimals (trailing zeros dropped unless `fixed`), a decimal
    /// comma and points between thousands.
    static func german(_ value: Double, digits: Int, fixed: Bool = false) -> String {
        var text = OutputJSON.spell(value, digits: digits)
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = Substring(parts[0]), groups: [Substring] = []
        while integer.count > 3 {
            groups.insert(integer.suffix(3), at: 0)
            integer = integer.dropLast(3)
        }
        groups.insert(integer, at: 0)
        var fraction = parts.count > 1 ? parts[1] : ""
        if fixed { fraction += String(repeating: "0", count: max(0, digits - fraction.count)) }
        return (negative ? "-" : "") + groups.joined(separator: ".") + (fraction.isEmpty ? "" : "," + fraction)
    }
}
