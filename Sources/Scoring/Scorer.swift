import SprintModel

/// Scores and ranks the open measures of a scenario, per Zielbild.
///
/// ```swift
/// let sheet = Scorer(scenario: scenario).scoreSheet()
/// for entry in sheet.ranking(for: "Z1")!.ranked { print(entry.rank, entry.measure.id, entry.score) }
/// ```
///
/// Ranking order: higher score first; equal scores (within 1e-12) go to the measure with less
/// remaining effort, then to the smaller id (byte order), so rankings are deterministic.
/// Done and dropped measures are not ranked; candidate and running measures that fail a gate
/// are listed as ineligible with every reason.
public struct Scorer: Sendable {
    public let scenario: Scenario
    public let method: ScoringMethod

    public init(scenario: Scenario, method: ScoringMethod = .weightedSum) {
        self.scenario = scenario
        self.method = method
    }

    public func scoreSheet() -> ScoreSheet {
        ScoreSheet(method: method, zielbilder: scenario.zielbilder.map(ranking))
    }

    public func ranking(_ zielbild: Zielbild) -> ZielbildRanking {
        var eligible: [Measure] = []
        var ineligible: [IneligibleMeasure] = []
        for measure in scenario.measures where measure.zielbild == zielbild.id && measure.status.isOpen {
            let failures = Eligibility.failures(of: measure, in: scenario)
            if failures.isEmpty {
                eligible.append(measure)
            } else {
                ineligible.append(IneligibleMeasure(measure: measure, failures: failures))
            }
        }
        // Realised impact feeds the ratings after the gates: achievement moves the ranking,
        // never eligibility.
        let matrix = RatingMatrix(
            zielbild: zielbild, measures: eligible, criteria: scenario.criteria,
            fed: RealisedImpactFeed.fedRatings(of: eligible, in: scenario))
        let scores = ScoreCalculator.scores(method, matrix: matrix, weights: matrix.weights)
        let order = Self.rankOrder(scores: scores, measures: eligible)
        let ranked = order.enumerated().map { position, row -> RankedMeasure in
            RankedMeasure(
                rank: position + 1, score: scores[row], points: scores[row] * scenario.policy.valueScale,
                row: row, matrix: matrix, fundingRate: scenario.programme.fundingRate)
        }
        return ZielbildRanking(zielbild: zielbild, ranked: ranked, ineligible: ineligible, matrix: matrix)
    }

    /// Row indices best first, by the documented tie-break. The keys are copied out first so
    /// that comparisons touch plain arrays, not whole measures.
    static func rankOrder(scores: [Double], measures: [Measure]) -> [Int] {
        let efforts = measures.map(\.remainingEffort)
        let ids = measures.map(\.id)
        return scores.indices.sorted { a, b in
            if abs(scores[a] - scores[b]) > 1e-12 { return scores[a] > scores[b] }
            if efforts[a] != efforts[b] { return efforts[a] < efforts[b] }
            return ids[a].utf8.lexicographicallyPrecedes(ids[b].utf8)
        }
    }
}
