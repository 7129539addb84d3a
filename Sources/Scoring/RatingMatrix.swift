import SprintModel

/// The eligible open measures of one Zielbild with their normalised ratings, dense and
/// row-major, ready for fast scoring and for Monte-Carlo runs that re-score it thousands of
/// times with other weights.
public struct RatingMatrix: Sendable {
    public let zielbild: Zielbild
    /// Eligible candidate and running measures, in file order.
    public let measures: [Measure]
    /// Every criterion of the catalogue, in catalogue order.
    public let criteria: [Criterion]
    /// Effective weights in this Zielbild (overrides applied), one per criterion.
    public let weights: [Double]
    /// nᵢⱼ ∈ [0, 1], measure-major: `normalised[i * criteria.count + j]`.
    public let normalised: [Double]
    /// Whether rating (i, j) was missing and counted by the criterion's policy.
    public let missing: [Bool]

    public var rows: Int { measures.count }
    public var columns: Int { criteria.count }

    public init(zielbild: Zielbild, measures: [Measure], criteria: [Criterion]) {
        self.zielbild = zielbild
        self.measures = measures
        self.criteria = criteria
        weights = criteria.map { zielbild.weight(of: $0) }
        var normalised = [Double](repeating: 0, count: measures.count * criteria.count)
        var missing = [Bool](repeating: false, count: normalised.count)
        for (i, measure) in measures.enumerated() {
            for (j, criterion) in criteria.enumerated() {
                if let rating = measure.ratings[criterion.id] {
                    normalised[i * criteria.count + j] = Normalisation.normalise(rating, on: criterion)
                } else {
                    normalised[i * criteria.count + j] = Normalisation.missing(criterion.missingRating)
                    missing[i * criteria.count + j] = true
                }
            }
        }
        self.normalised = normalised
        self.missing = missing
    }

    /// nᵢⱼ.
    @inline(__always)
    public func value(_ row: Int, _ column: Int) -> Double { normalised[row * columns + column] }
}
