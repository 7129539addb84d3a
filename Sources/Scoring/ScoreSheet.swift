import SprintModel

/// The ranking of every Zielbild: what the project lead shows a Zielbild group, and the
/// values the planner maximises.
public struct ScoreSheet: Sendable {
    public var method: ScoringMethod
    public var zielbilder: [ZielbildRanking]

    /// The score of a measure, if it is eligible.
    public func score(of measureID: String) -> Double? {
        for ranking in zielbilder {
            if let entry = ranking.ranked.first(where: { $0.measure.id == measureID }) { return entry.score }
        }
        return nil
    }

    public func ranking(for zielbild: String) -> ZielbildRanking? { zielbilder.first { $0.zielbild.id == zielbild } }

    /// The sheet restricted to one measure (its Zielbild only, its entry only).
    public func only(measure id: String) -> ScoreSheet {
        var copy = self
        copy.zielbilder = zielbilder.compactMap { ranking in
            var ranking = ranking
            ranking.ranked.removeAll { $0.measure.id != id }
            ranking.ineligible.removeAll { $0.measure.id != id }
            return ranking.ranked.isEmpty && ranking.ineligible.isEmpty ? nil : ranking
        }
        return copy
    }
}

/// One Zielbild's ranked measures, its ineligible measures with reasons, and the matrix the
/// scores came from (for explanations and sensitivity).
public struct ZielbildRanking: Sendable {
    public var zielbild: Zielbild
    /// Eligible candidate and running measures, best first.
    public var ranked: [RankedMeasure]
    /// Measures excluded by a gate, each with every reason. Never silently dropped.
    public var ineligible: [IneligibleMeasure]
    public var matrix: RatingMatrix
}

/// A ranked measure with its score and everything that explains it.
public struct RankedMeasure: Sendable {
    /// 1-based rank within the Zielbild.
    public var rank: Int
    /// 0…1.
    public var score: Double
    /// Value points: score × the policy's value scale.
    public var points: Double
    /// The measure's row in `matrix`.
    public let row: Int
    /// The Zielbild's rating matrix (shared storage, not a copy).
    public let matrix: RatingMatrix
    /// The programme's funding rate, for the money figures below (computed on demand).
    let fundingRate: Double
}

extension RankedMeasure {
    /// Remaining cost, and its own share (Eigenanteil) at the programme's funding rate.
    public var remainingCost: Money { measure.remainingCost }
    public var ownShare: Money { measure.ownShare(of: measure.remainingCost, fundingRate: fundingRate) }

    /// Points per 10,000 € of own share; nil when the own share is zero.
    public var pointsPer10kOwnShare: Double? {
        let own = ownShare
        return own.cents > 0 ? points / (own.euros / 10_000) : nil
    }

    /// Points per team-quarter of remaining effort; nil when nothing remains.
    public var pointsPerTeamQuarter: Double? { measure.remainingEffort > 0 ? points / measure.remainingEffort : nil }
}

extension RankedMeasure {
    /// The measure (held once, in the Zielbild's rating matrix).
    public var measure: Measure { matrix.measures[row] }

    /// The ratings realised impact fed for this measure, in the order the policy names the criteria.
    public var fedRatings: [FedRating] { matrix.fed.filter { $0.measure == measure.id } }

    /// Each criterion's part of the score (weighted-sum decomposition; the parts add up to the
    /// weighted-sum score), in catalogue order. Computed on demand: rankings of thousands of
    /// measures need no per-criterion objects until someone asks for an explanation.
    public var contributions: [Contribution] {
        let totalWeight = matrix.weights.reduce(0, +)
        return matrix.criteria.indices.map { column in
            let criterion = matrix.criteria[column]
            let share = totalWeight > 0 ? matrix.weights[column] / totalWeight : 0
            let normalised = matrix.value(row, column)
            return Contribution(
                criterion: criterion, rating: measure.ratings[criterion.id].map(criterion.scale.spell),
                normalised: normalised, weightShare: share, value: share * normalised,
                missing: matrix.missing[row * matrix.columns + column],
                fed: matrix.fed.first { $0.measure == measure.id && $0.criterion == criterion.id })
        }
    }
}

/// One criterion's part of a measure's score.
public struct Contribution: Sendable {
    public var criterion: Criterion
    /// The rating as the file states it ("hoch", "yes", "60000"), or nil when missing.
    public var rating: String?
    /// nᵢⱼ ∈ [0, 1].
    public var normalised: Double
    /// The criterion's share of the Zielbild's total weight.
    public var weightShare: Double
    /// weightShare × normalised.
    public var value: Double
    /// The rating was missing and counted by the criterion's policy.
    public var missing: Bool
    /// The realised impact that replaced the written rating for scoring; nil when none did.
    public var fed: FedRating?
}

/// A measure excluded from ranking and planning, with every reason.
public struct IneligibleMeasure: Sendable {
    public var measure: Measure
    public var failures: [GateFailure]
}
