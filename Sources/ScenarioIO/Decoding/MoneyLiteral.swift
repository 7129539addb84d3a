import SprintModel

/// Converts a JSON number literal in euros to exact cents, without binary floating point.
enum MoneyLiteral {
    static let tooLarge = "expected an amount in euros of at most 1,000,000,000 € (the documented limit)"

    struct Problem: Error, Equatable {
        var message: String
    }

    /// `"12500.5"` → 1250050, `"3e6"` → 300000000; more than two decimal places, or more
    /// than `Money.maximum`, is a problem.
    static func cents(from literal: String) -> Result<Int64, Problem> {
        var text = Substring(literal)
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(text[text.index(after: e)...]), abs(value) < 40 else {
                return .failure(Problem(message: Self.tooLarge))
            }
            exponent = value
            text = text[..<e]
        }
        var digits = ""
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            digits = String(text[..<dot]) + fraction
            exponent -= fraction.count
        } else {
            digits = String(text)
        }
        // value = digits × 10^exponent euros = digits × 10^(exponent+2) cents
        var shift = exponent + 2
        while shift < 0 {
            guard digits.last == "0" else {
                return .failure(
                    Problem(message: "expected an amount in euros with at most two decimal places (whole cents)"))
            }
            digits.removeLast()
            shift += 1
        }
        digits = String(digits.drop { $0 == "0" })
        if digits.isEmpty { return .success(0) }
        guard digits.count + shift <= 18 else {
            return .failure(Problem(message: Self.tooLarge))
        }
        digits += String(repeating: "0", count: shift)
        guard let cents = Int64(digits), cents <= Money.maximum.cents else {
            return .failure(Problem(message: Self.tooLarge))
        }
        return .success(negative ? -cents : cents)
    }
}
