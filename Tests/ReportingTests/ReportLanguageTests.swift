import SprintModel
import Testing

@testable import Reporting

/// German reports spell numbers, money and dates the German way; English ones the English way.
@Suite("Report language")
struct ReportLanguageTests {
    @Test(arguments: [
        (ReportLanguage.de, 1_234.56, 2, "1.234,56"), (.en, 1_234.56, 2, "1,234.56"),
        (.de, -1_234_567, 0, "−1.234.567"),
        (.en, 999, 0, "999"), (.de, 0.5, 1, "0,5"), (.en, 1_000_000.125, 2, "1,000,000.13"),
    ])
    func numbers(language: ReportLanguage, value: Double, digits: Int, expected: String) {
        #expect(language.number(value, digits: digits) == expected)
    }

    @Test func moneyDatesAndQuarters() {
        #expect(ReportLanguage.de.money(Money(euros: 1_047_930)) == "1.047.930 €")
        #expect(ReportLanguage.en.money(Money(euros: 1_047_930)) == "€1,047,930")
        #expect(ReportLanguage.de.money(Money(cents: 123_456)) == "1.235 €")
        #expect(ReportLanguage.en.money(Money(cents: -123_456)) == "−€1,235")
        #expect(ReportLanguage.de.date(CalendarDate("2027-12-31")!) == "31.12.2027")
        #expect(ReportLanguage.en.date(CalendarDate("2027-01-05")!) == "2027-01-05")
        #expect(ReportLanguage.de.quarter(Quarter("2027-Q3")!) == "Q3/2027")
        #expect(ReportLanguage.de.percent(0.125) == "12,5 %")
        #expect(ReportLanguage.de.thousands(Money(euros: 812_400)) == "812,4 T€")
    }

    @Test func everyTextExistsInBothLanguagesAndDiffersWhereItShould() {
        for key in ReportText.allCases {
            #expect(!ReportLanguage.de.text(key).isEmpty && !ReportLanguage.en.text(key).isEmpty, "\(key)")
        }
        #expect(ReportLanguage.de.text(.roadmap) != ReportLanguage.en.text(.roadmap))
    }

    @Test func markupEscapesAndStaysBalanced() {
        var markup = Markup()
        markup.open("p", [("title", "a \"b\" <c>")])
        markup.content("M&M < 3")
        markup.close("p")
        #expect(markup.text == "<p title=\"a &quot;b&quot; &lt;c&gt;\">M&amp;M &lt; 3</p>")
        #expect(markup.isBalanced)
    }
}
