import SprintModel
import Testing

/// Achievement: the share of the way from baseline to target, in either direction, clamped;
/// a Lösung's is the mean of its measured indicators, a measure's the mean of its Lösungen'.
@Suite("Indicators (KPIs)")
struct IndicatorTests {
    static let q4 = Quarter("2026-Q4")!, q1 = Quarter("2027-Q1")!, q2 = Quarter("2027-Q2")!

    static func indicator(_ id: String, baseline: Double, target: Double, actuals: [Quarter: Double] = [:]) -> Indicator
    {
        Indicator(
            id: id, name: id, unit: "%", baseline: baseline, target: target, targetDate: Quarter("2027-Q4")!,
            direction: target > baseline ? .increase : .decrease, actuals: actuals)
    }

    @Test func achievementRunsFromBaselineToTargetInEitherDirectionAndIsClamped() {
        let more = Self.indicator("A", baseline: 40, target: 400)
        #expect(more.achievement(of: 40) == 0)
        #expect(more.achievement(of: 220) == 0.5)
        #expect(more.achievement(of: 400) == 1)
        #expect(more.achievement(of: 500) == 1)
        #expect(more.achievement(of: 10) == 0)
        let less = Self.indicator("B", baseline: 25, target: 10)
        #expect(less.achievement(of: 22) == 0.2)
        #expect(less.achievement(of: 30) == 0)
        #expect(less.achievement(of: 5) == 1)
        #expect(Self.indicator("C", baseline: 5, target: 5).achievement(of: 5) == nil)
    }

    @Test func theLatestValueUpToAQuarterCounts() {
        let kpi = Self.indicator("A", baseline: 0, target: 100, actuals: [Self.q4: 10, Self.q2: 60, Self.q1: 30])
        #expect(kpi.latest()?.quarter == Self.q2)
        #expect(kpi.achievement() == 0.6)
        #expect(kpi.achievement(asOf: Self.q1) == 0.3)
        #expect(kpi.achievement(asOf: Quarter("2026-Q3")!) == nil)
    }

    @Test func aMeasuresAchievementIsTheMeanOverItsLösungenAndItsOwnIndicators() {
        var scenario = Scenario(
            name: "s", programme: Programme(name: "P", endDate: CalendarDate("2027-12-31")!),
            horizon: Horizon(start: Self.q1, count: 2), criteria: [], zielbilder: [Zielbild(id: "Z", name: "Z")],
            solutions: [
                Solution(
                    id: "L1", name: "L1", zielbild: "Z", measures: ["M1", "M2"], bundleValue: 0,
                    indicators: [
                        Self.indicator("A", baseline: 0, target: 100, actuals: [Self.q1: 50]),
                        Self.indicator("B", baseline: 0, target: 10, actuals: [Self.q1: 10]),
                        Self.indicator("unmeasured", baseline: 0, target: 10),
                    ]),
                Solution(
                    id: "L2", name: "L2", zielbild: "Z", measures: ["M1"], bundleValue: 0,
                    indicators: [Self.indicator("C", baseline: 10, target: 0, actuals: [Self.q1: 10])]),
            ],
            measures: [
                Measure(id: "M1", name: "M1", zielbild: "Z", effort: 1, costPerTeamQuarter: .zero),
                Measure(id: "M2", name: "M2", zielbild: "Z", effort: 1, costPerTeamQuarter: .zero),
                Measure(id: "M3", name: "M3", zielbild: "Z", effort: 1, costPerTeamQuarter: .zero),
            ],
            sprintteams: [])
        #expect(scenario.achievement(solution: "L1") == 0.75)  // (0.5 + 1) / 2; the unmeasured one is left out
        #expect(scenario.achievement(solution: "L2") == 0)
        #expect(scenario.achievement(measure: "M1") == 0.375)  // (0.75 + 0) / 2
        #expect(scenario.achievement(measure: "M2") == 0.75)
        #expect(scenario.achievement(measure: "M3") == nil)
        scenario.measures[2].indicators = [Self.indicator("D", baseline: 0, target: 4, actuals: [Self.q1: 1])]
        #expect(scenario.achievement(measure: "M3") == 0.25)
        #expect(scenario.indicators.map(\.indicator.id) == ["A", "B", "unmeasured", "C", "D"])
    }

    @Test func advanceRecordsRealisedValuesAndRefusesUnknownIndicatorsAndUnits() throws {
        let kpi = Self.indicator("A", baseline: 0, target: 100, actuals: [Self.q4: 10])
        let scenario = Scenario(
            name: "s", programme: Programme(name: "P", endDate: CalendarDate("2027-12-31")!),
            horizon: Horizon(start: Self.q1, count: 2), criteria: [], zielbilder: [Zielbild(id: "Z", name: "Z")],
            solutions: [
                Solution(id: "L1", name: "L1", zielbild: "Z", measures: ["M1"], bundleValue: 0, indicators: [kpi])
            ],
            measures: [Measure(id: "M1", name: "M1", zielbild: "Z", effort: 2, costPerTeamQuarter: .zero)],
            sprintteams: [])
        let next = try QuarterAdvance.next(
            scenario,
            after: QuarterOutcome(
                quarter: Self.q1, worked: [:],
                indicators: ["A": IndicatorReading(value: 35, quarter: Self.q1, unit: "%")]))
        #expect(next.indicator("A")?.actuals == [Self.q4: 10, Self.q1: 35])
        #expect(throws: QuarterAdvance.Problem.unknownIndicator("X")) {
            try QuarterAdvance.next(
                scenario,
                after: QuarterOutcome(
                    quarter: Self.q1, worked: [:], indicators: ["X": .init(value: 1, quarter: Self.q1)]))
        }
        #expect(throws: QuarterAdvance.Problem.indicatorUnitMismatch("A", expected: "%", found: "Stück")) {
            try QuarterAdvance.next(
                scenario,
                after: QuarterOutcome(
                    quarter: Self.q1, worked: [:], indicators: ["A": .init(value: 1, quarter: Self.q1, unit: "Stück")]))
        }
    }

    @Test func realisedImpactBlendsTheWrittenRatingWithTheAchievementOnTheScale() {
        let policy = RealisedImpact(blend: 0.3, criteria: ["impact"])
        #expect(abs(policy.rating(5, achievement: 0.129, scale: 0...10) - (0.7 * 5 + 0.3 * 1.29)) < 1e-12)
        #expect(policy.rating(4, achievement: 1, scale: 2...6) == 0.7 * 4 + 0.3 * 6)
        #expect(RealisedImpact(blend: 0, criteria: []).rating(7, achievement: 0.9, scale: 0...10) == 7)
    }
}
