import SprintModel

/// The language of a report: its words and its number, money and date spelling
/// (German: `1.234,56 €`, `31.12.2027`; English: `€1,234.56`, `2027-12-31`).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case de, en

    /// The text for `key` in this language.
    public func text(_ key: ReportText) -> String { self == .de ? key.german : key.english }

    /// A number with `digits` decimals and grouped thousands.
    public func number(_ value: Double, digits: Int = 0) -> String {
        let plain = FixedDecimal.string(value, digits: digits)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
        let grouped = Self.group(parts[0], separator: self == .de ? "." : ",")
        let fraction = parts.count > 1 ? (self == .de ? "," : ".") + parts[1] : ""
        return (negative ? "−" : "") + grouped + fraction
    }

    /// Money in whole euros, as a council paper writes it: `1.047.930 €` / `€1,047,930`.
    public func money(_ value: Money) -> String {
        let text = number((Double(value.cents) / 100).rounded(), digits: 0)
        return self == .de ? text + " €" : (text.hasPrefix("−") ? "−€" + text.dropFirst() : "€" + text)
    }

    /// Money in thousands for narrow chart labels: `812,4 T€` / `€812.4k`.
    public func thousands(_ value: Money) -> String {
        let text = number(value.euros / 1000, digits: 1)
        return self == .de ? text + " T€" : "€" + text + "k"
    }

    public func percent(_ share: Double, digits: Int = 1) -> String {
        number(share * 100, digits: digits) + (self == .de ? " %" : "%")
    }

    public func date(_ date: CalendarDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return self == .de ? "\(two(date.day)).\(two(date.month)).\(date.year)" : date.description
    }

    /// Quarters as people write them: `Q1/2027` / `2027 Q1`.
    public func quarter(_ quarter: Quarter) -> String {
        let text = quarter.description  // 2027-Q1
        let year = text.prefix(4), number = text.suffix(2)
        return self == .de ? "\(number)/\(year)" : "\(year) \(number)"
    }

    private static func group(_ digits: String, separator: String) -> String {
        var remaining = Substring(digits)
        var groups: [Substring] = []
        while remaining.count > 3 {
            groups.insert(remaining.suffix(3), at: 0)
            remaining = remaining.dropLast(3)
        }
        groups.insert(remaining, at: 0)
        return groups.joined(separator: separator)
    }
}
