import Testing

@testable import SprintModel

@Suite("Money")
struct MoneyTests {
    @Test func sumsAreExactInCents() {
        // 0.10 € ten thousand times is exactly 1,000 €; binary floating point would drift.
        let total = (0..<10_000).reduce(Money.zero) { sum, _ in sum + Money(cents: 10) }
        #expect(total == Money(euros: 1000))
    }

    @Test func sharesAddUpToTheCost() {
        for cents in [1, 3, 99, 12_345, 1_000_001] as [Int64] {
            let cost = Money(cents: cents)
            let federal = cost.scaled(by: 0.65)
            let own = cost - federal
            #expect(federal + own == cost)
            #expect(own >= .zero)
        }
        #expect(Money(cents: 3).scaled(by: 0.5) == Money(cents: 2))  // half away from zero
    }

    @Test func spelling() {
        #expect(Money(cents: 123_450).description == "1234.50")
        #expect(Money(cents: 123_400).description == "1234")
        #expect(Money(cents: -5).description == "-0.05")
        #expect(Money(cents: 290_000_000).formatted == "2,900,000 €")
        #expect(Money(cents: 100_050).formatted == "1,000.50 €")
    }
}
