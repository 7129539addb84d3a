/// Text from a scenario file shown safely: names may hold any character, but a control
/// character must never reach a terminal (ESC starts escape sequences, BEL rings), break an
/// XML document (XML 1.0 forbids most of C0) or end a table row. Each is shown as its Unicode
/// control picture (`␀`, `␛`, `␇`, `␡`) or, for C1 controls, as `�`, so nothing is lost from
/// sight and no format sees a backslash it would read as an escape.
public enum VisibleText {
    /// For a terminal: everything except line feeds, tabs and the CR of a CRLF (CSV lines).
    public static func terminal(_ text: String) -> String {
        replacing(text) { scalar, next in
            scalar == "\n" || scalar == "\t" || (scalar == "\r" && next == "\n")
        }
    }

    /// For one line or table cell: line breaks and tabs become visible too.
    public static func line(_ text: String) -> String {
        replacing(text) { _, _ in false }
    }

    /// For XML 1.0 text and attributes: tab, line feed and carriage return are allowed.
    static func xml(_ text: String) -> String {
        replacing(text) { scalar, _ in scalar == "\n" || scalar == "\t" || scalar == "\r" }
    }

    /// A Markdown table cell: `|` escaped, line breaks as spaces, controls visible.
    public static func markdownCell(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
        return line(flat.replacingOccurrences(of: "|", with: "\\|"))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func replacing(
        _ text: String,
        keeping allowed: (Unicode.Scalar, Unicode.Scalar?) -> Bool
    ) -> String {
        // Fast path: most text has no control character at all.
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if !isControl(scalar) || allowed(scalar, next) {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if scalar.value == 0x7F {
                out.append("\u{2421}")
            } else {
                // C1 and the non-characters have no picture; U+FFFD needs no escape in any format.
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
