/// Text cells of CSV output that a spreadsheet must not run as a formula, and the way back.
///
/// The OWASP rule: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// written with a single quote in front, so Excel and LibreOffice show it as text. A cell that
/// begins with a quote gets one more, so reading removes exactly one and any text survives a
/// round trip. Negative numbers as the tool writes them (`-24.0`, `-1.234,5`) stay numbers.
public enum CSVCell {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// The cell as written to a sheet.
    public static func escaped(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "'" || (formulaStarts.contains(first) && !isPlainNegativeNumber(text)) { return "'" + text }
        return text
    }

    /// The text a written cell stands for.
    public static func unescaped(_ cell: String) -> String {
        cell.first == "'" ? String(cell.dropFirst()) : cell
    }

    /// `-12`, `-1.5`, `-1.234,56`: digits with point or comma groups after one minus.
    static func isPlainNegativeNumber(_ text: String) -> Bool {
        let body = text.dropFirst()
        guard text.first == "-", body.first?.isASCII == true, body.first?.isNumber == true else { return false }
        var previousWasDigit = false
        for character in body {
            if character.isASCII && character.isNumber {
                previousWasDigit = true
            } else if (character == "." || character == ",") && previousWasDigit {
                previousWasDigit = false
            } else {
                return false
            }
        }
        return previousWasDigit
    }
}
