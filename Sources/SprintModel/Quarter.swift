/// One planning period: a calendar quarter such as `2025-Q3`. A sprint lasts one quarter.
///
/// Quarters are ordered and can be stepped: `Quarter(year: 2025, index: 4).advanced(by: 1)`
/// is `2026-Q1`.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year.
    public let year: Int
    /// 1…4.
    public let index: Int

    /// Creates a quarter; `index` must be 1…4.
    public init?(year: Int, index: Int) {
        guard (1...4).contains(index), (1...9999).contains(year) else { return nil }
        self.year = year
        self.index = index
    }

    /// The spellings `init(_:)` reads, for messages that refuse a quarter.
    public static let acceptedSpellings = "2027-Q2, Q2/2027 or Q2 2027"

    /// Parses a quarter as people type it: the canonical `2027-Q2`, the German reports'
    /// `Q2/2027`, `Q2 2027`, and the English reports' `2027 Q2` (`q` in either case, spaces
    /// around the text ignored). Anything else, e.g. `Q5/2027` or `2027-2`, is nil.
    public init?(_ text: String) {
        let bytes = Array(text.utf8.drop { $0 == 32 }.reversed().drop { $0 == 32 }.reversed())
        guard bytes.count == 7 else { return nil }
        let isQ = { (byte: UInt8) in byte == UInt8(ascii: "Q") || byte == UInt8(ascii: "q") }
        if isQ(bytes[5]) && (bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: " ")) {
            self.init(yearDigits: bytes[0..<4], quarter: bytes[6])  // 2027-Q2, 2027 Q2
        } else if isQ(bytes[0]) && (bytes[2] == UInt8(ascii: "/") || bytes[2] == UInt8(ascii: " ")) {
            self.init(yearDigits: bytes[3..<7], quarter: bytes[1])  // Q2/2027, Q2 2027
        } else {
            return nil
        }
    }

    /// Parses only the canonical `YYYY-Qn` that files written by the tool use (record names).
    public init?(canonical text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q") else { return nil }
        self.init(yearDigits: bytes[0..<4], quarter: bytes[6])
    }

    private init?(yearDigits: ArraySlice<UInt8>, quarter: UInt8) {
        guard yearDigits.allSatisfy({ (48...57).contains($0) }), (49...52).contains(quarter) else { return nil }
        let year = yearDigits.reduce(0) { $0 * 10 + Int($1 - 48) }
        self.init(year: year, index: Int(quarter - 48))
    }

    /// The number of quarters since year 0, for arithmetic.
    public var ordinal: Int { year * 4 + (index - 1) }

    /// Inverse of `ordinal`.
    public init(ordinal: Int) {
        year = ordinal / 4
        index = ordinal % 4 + 1
    }

    /// The quarter `count` quarters later (earlier when negative).
    public func advanced(by count: Int) -> Quarter { Quarter(ordinal: ordinal + count) }

    /// Quarters from `self` to `other` (positive when `other` is later).
    public func distance(to other: Quarter) -> Int { other.ordinal - ordinal }

    /// The first calendar day of the quarter.
    public var firstDay: CalendarDate { CalendarDate(uncheckedYear: year, month: (index - 1) * 3 + 1, day: 1) }

    /// The last calendar day of the quarter.
    public var lastDay: CalendarDate {
        let month = index * 3
        return CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// The quarter that contains `date`.
    public init(containing date: CalendarDate) {
        year = date.year
        index = (date.month - 1) / 3 + 1
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.ordinal < rhs.ordinal }

    public var description: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-Q\(index)"
    }
}
