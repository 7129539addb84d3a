import Testing

@testable import SprintModel

@Suite("Quarter")
struct QuarterTests {
    @Test(
        "parses the canonical spelling and rejects others",
        arguments: [
            ("2025-Q3", true), ("2026-Q1", true), ("2026-Q4", true),
            ("2026-Q0", false), ("2026-Q5", false), ("2026Q1", false), ("26-Q1", false), ("2026-q1", false),
            (" 2026-Q1", false),
        ])
    func parsing(text: String, valid: Bool) {
        #expect((Quarter(text) != nil) == valid)
        if valid { #expect(Quarter(text)!.description == text) }
    }

    @Test func steppingCrossesYearBoundaries() {
        let q = Quarter("2025-Q4")!
        #expect(q.advanced(by: 1) == Quarter("2026-Q1"))
        #expect(q.advanced(by: -4) == Quarter("2024-Q4"))
        #expect(q.distance(to: Quarter("2027-Q2")!) == 6)
        #expect(Quarter(ordinal: q.ordinal) == q)
    }

    @Test func calendarDaysOfAQuarter() {
        #expect(Quarter("2028-Q1")!.lastDay == CalendarDate("2028-03-31"))
        #expect(Quarter("2027-Q3")!.firstDay == CalendarDate("2027-07-01"))
        #expect(Quarter(containing: CalendarDate("2027-12-31")!) == Quarter("2027-Q4"))
    }

    @Test func horizonListsItsQuarters() {
        let horizon = Horizon(start: Quarter("2026-Q3")!, count: 3)
        #expect(horizon.quarters.map(\.description) == ["2026-Q3", "2026-Q4", "2027-Q1"])
        #expect(horizon.end == Quarter("2027-Q1"))
        #expect(!horizon.contains(Quarter("2027-Q2")!))
    }
}

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test(
        "rejects days that do not exist",
        arguments: ["2026-02-29", "2027-04-31", "2027-13-01", "2027-00-10", "2027-1-01", "27-01-01"])
    func invalid(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func leapYears() {
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2100-02-29") == nil)
    }

    @Test func ordersByDay() {
        #expect(CalendarDate("2027-06-30")! < CalendarDate("2027-07-01")!)
        #expect(CalendarDate("2027-12-31")!.description == "2027-12-31")
    }
}
