import Testing

@testable import ScenarioIO

@Suite("Money literals")
struct MoneyLiteralTests {
    @Test(
        "converts euro literals to exact cents",
        arguments: [
            ("0", 0), ("12500", 1_250_000), ("12500.5", 1_250_050), ("12500.50", 1_250_050), ("0.07", 7),
            ("3e6", 300_000_000), ("2.5E3", 250_000), ("1.23e1", 1230), ("100.100", 10010), ("-5", -500), ("1e-2", 1),
        ] as [(String, Int64)])
    func exact(literal: String, cents: Int64) throws {
        #expect(try MoneyLiteral.cents(from: literal).get() == cents)
    }

    @Test(
        "rejects fractions of a cent and absurd amounts",
        arguments: ["0.001", "30000.005", "1e-3", "1e30", "99999999999999999999"])
    func rejected(literal: String) {
        #expect(throws: MoneyLiteral.Problem.self) { try MoneyLiteral.cents(from: literal).get() }
    }
}
