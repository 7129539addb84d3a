import Foundation

/// The moment a record or acceptance is written, as ISO 8601 in UTC (`2027-03-31T16:05:00Z`).
enum RecordTime {
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
