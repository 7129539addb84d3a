import Testing

@testable import SprintModel

@Suite("Quarter")
struct QuarterTests {
    @Test(
        "parses the spellings people type and rejects others",
        arguments: [
            ("2025-Q3", "2025-Q3"), ("2026-Q1", "2026-Q1"), ("2026-Q4", "2026-Q4"), ("Q2/2027", "2027-Q2"),
            ("Q2 2027", "2027-Q2"), ("2027 Q2", "2027-Q2"), ("q3/2027", "2027-Q3"), ("2026-q1", "2026-Q1"),
            (" 2026-Q1 ", "2026-Q1"),
            ("2026-Q0", nil), ("2026-Q5", nil), ("2026Q1", nil), ("26-Q1", nil), ("Q5/2027", nil), ("Q2-2027", nil),
            ("Q2/27", nil), ("2027/Q2", nil), ("II/2027", nil), ("", nil), ("0000-Q1", nil),
        ] as [(String, String?)])
    func parsing(text: String, canonical: String?) {
        #expect(Quarter(text)?.description == canonical)
    }

    @Test func fileNamesTakeOnlyTheCanonicalSpelling() {
        #expect(Quarter(canonical: "2027-Q2") == Quarter(year: 2027, index: 2))
        for text in ["Q2/2027", "2027 Q2", "2027-q2", " 2027-Q2"] {
            #expect(Quarter(canonical: text) == nil, "\(text)")
        }
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

    @Test(
        "reads ISO and German dates",
        arguments: [
            ("2027-09-30", "2027-09-30"), ("30.09.2027", "2027-09-30"), ("1.10.2027", "2027-10-01"),
            ("29.02.2028", "2028-02-29"), (" 31.12.2027 ", "2027-12-31"),
            ("29.02.2027", nil), ("31.04.2027", nil), ("30.09.27", nil), ("30.09.", nil), ("..2027", nil),
            ("30/09/2027", nil), ("123.09.2027", nil), ("30.9.2027.", nil),
        ] as [(String, String?)])
    func spellings(text: String, iso: String?) {
        #expect(CalendarDate(text)?.description == iso)
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
