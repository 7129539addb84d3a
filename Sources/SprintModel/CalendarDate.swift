/// A calendar day without time or time zone, such as the programme end `2027-12-31`.
///
/// Deliberately not `Foundation.Date`: deadlines are days in the district's calendar, and
/// output must not depend on the machine's time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date; returns nil for days that do not exist (e.g. 2026-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The spellings `init(_:)` reads, for messages that refuse a date.
    public static let acceptedSpellings = "2027-09-30 or 30.09.2027"

    /// Parses ISO 8601 `YYYY-MM-DD` and the German `DD.MM.YYYY` (`30.09.2027`, also `1.10.2027`:
    /// what Excel and LibreOffice write for a date in a German sheet). Spaces around the text
    /// are ignored.
    public init?(_ text: String) {
        let bytes = Array(text.utf8.drop { $0 == 32 }.reversed().drop { $0 == 32 }.reversed())
        func number(_ part: ArraySlice<UInt8>) -> Int? {
            guard !part.isEmpty else { return nil }
            var value = 0
            for byte in part {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        let german = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if german.count == 3 {
            guard (1...2).contains(german[0].count), (1...2).contains(german[1].count), german[2].count == 4,
                let day = number(german[0]), let month = number(german[1]), let year = number(german[2])
            else { return nil }
            self.init(year: year, month: month, day: day)
            return
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
