import SprintModel

/// A synthetic scenario for scoring benchmarks: `measures` measures spread over `zielbilder`
/// Zielbilder, `criteria` criteria (ordinal 0–5, a range, a yes/no), seeded ratings.
enum SyntheticScenario {
    static func make(measures: Int, criteria: Int = 12, zielbilder: Int = 3, seed: UInt64 = 1) -> Scenario {
        var random = SeededRandom(seed: seed)
        let labels = ["keine", "sehr gering", "gering", "mittel", "hoch", "sehr hoch"]
        let catalogue = (0..<criteria).map { j -> Criterion in
            let scale: Criterion.Scale =
                j == 0 ? .range(min: 0, max: 215_000) : (j == 1 ? .yesNo : .ordinal(labels: labels))
            return Criterion(
                id: "c\(j)", label: "Criterion \(j)", kind: j % 2 == 0 ? .impact : .funding, scale: scale,
                direction: j == 3 ? .cost : .benefit, weight: Double(random.integer(in: 1...20)) / 100)
        }
        let groups = (0..<zielbilder).map { Zielbild(id: "Z\($0 + 1)", name: "Zielbild \($0 + 1)") }
        let list = (0..<measures).map { i -> Measure in
            var ratings: [String: Double] = [:]
            for criterion in catalogue {
                switch criterion.scale {
                case .range: ratings[criterion.id] = Double(random.integer(in: 0...215_000))
                case .yesNo: ratings[criterion.id] = Double(random.integer(in: 0...1))
                case .ordinal: ratings[criterion.id] = Double(random.integer(in: 0...5))
                }
            }
            return Measure(
                id: "M\(i)", name: "Measure \(i)", zielbild: groups[i % zielbilder].id,
                effort: Double(random.integer(in: 1...4)),
                costPerTeamQuarter: Money(euros: Int64(random.integer(in: 30...90)) * 1000),
                ratings: Ratings(ratings))
        }
        return Scenario(
            name: "synthetic", programme: Programme(name: "P", endDate: CalendarDate("2030-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), criteria: catalogue, zielbilder: groups,
            measures: list)
    }
}
