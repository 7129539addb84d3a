import SprintModel

/// A rating that realised impact fed: what the file says, what scoring used instead, and the
/// achievement that moved it. Explanations show it; knock-out gates never see it.
public struct FedRating: Sendable, Hashable {
    public var measure: String
    public var criterion: String
    /// The rating as written in the scenario.
    public var written: Double
    /// The rating scoring used: `RealisedImpact.rating(written, achievement:, scale:)`.
    public var fed: Double
    /// The measure's achievement (0…1), from `Scenario.achievement(measure:)`.
    public var achievement: Double

    public init(measure: String, criterion: String, written: Double, fed: Double, achievement: Double) {
        self.measure = measure
        self.criterion = criterion
        self.written = written
        self.fed = fed
        self.achievement = achievement
    }
}

/// Computes the fed ratings of a Zielbild's eligible measures when the scenario's policy asks
/// for realised impact (`Policy.realisedImpact`); none otherwise.
public enum RealisedImpactFeed {
    /// One entry per (measure, named criterion) where the measure has a written rating and an
    /// achievement. Measures without a realised value keep their ratings: no data is not bad news.
    ///
    /// On a cost criterion (smaller is better) the achievement counts from the scale's maximum
    /// down, so that reaching a target always makes the rating better, never worse.
    public static func fedRatings(of measures: [Measure], in scenario: Scenario) -> [FedRating] {
        guard let impact = scenario.policy.realisedImpact else { return [] }
        let criteria = impact.criteria.compactMap { id in scenario.criteria.first { $0.id == id } }
        guard !criteria.isEmpty else { return [] }
        var result: [FedRating] = []
        for measure in measures {
            guard let achievement = scenario.achievement(measure: measure.id) else { continue }
            for criterion in criteria {
                guard let written = measure.ratings[criterion.id] else { continue }
                let scale = criterion.scale.minimum...criterion.scale.maximum
                let toward = criterion.direction == .benefit ? achievement : 1 - achievement
                let fed = impact.rating(written, achievement: toward, scale: scale)
                result.append(
                    FedRating(
                        measure: measure.id, criterion: criterion.id, written: written, fed: fed,
                        achievement: achievement))
            }
        }
        return result
    }
}
