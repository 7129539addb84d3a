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

    /// Parses the canonical spelling `YYYY-Qn`, e.g. `2026-Q1`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q") else { return nil }
        guard bytes[0..<4].allSatisfy({ (48...57).contains($0) }), (49...52).contains(bytes[6]) else { return nil }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        self.init(year: year, index: Int(bytes[6] - 48))
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
