import SprintModel
import Testing

/// "Equally good" only when proven equal within 0.01 points, near-ties below 0.1, and an
/// unproven alternative is never called either.
@Suite("Alternative standing")
struct AlternativeStandingTests {
    static func standing(
        _ base: Double, _ alternative: Double, proven: Bool = true, bound: Double? = nil
    )
        -> AlternativeStanding
    {
        AlternativeStanding(recommended: (base, base, true), alternative: (alternative, bound ?? alternative, proven))
    }

    @Test func provenDifferencesAreClassifiedAtTheThresholds() {
        #expect(Self.standing(100, 100) == .equallyGood)
        #expect(Self.standing(100, 99.995) == .equallyGood)
        #expect(Self.standing(100, 99.98) == .nearTie(cost: 100 - 99.98))
        #expect(Self.standing(100, 99.91) == .nearTie(cost: 100 - 99.91))
        #expect(Self.standing(100, 99.8) == .worse(cost: 100 - 99.8))
        #expect(Self.standing(100, 103) == .better(gain: 3))
    }

    @Test func anUnprovenAlternativeGetsTheRangeItsBoundsAllow() {
        let standing = Self.standing(100, 99.995, proven: false, bound: 100.5)
        #expect(standing == .unproven(atLeast: -0.5, atMost: 100 - 99.995, gap: (100.5 - 99.995) / 99.995))
        let noBound = AlternativeStanding(recommended: (100, 100, true), alternative: (90, nil, false))
        #expect(noBound == .unproven(atLeast: nil, atMost: 10, gap: nil))
        let unprovenBase = AlternativeStanding(recommended: (100, 101, false), alternative: (99, 99, true))
        #expect(unprovenBase == .unproven(atLeast: 1, atMost: 2, gap: 0.01))
    }
}
