import SprintModel

/// The eligible open measures of one Zielbild with their normalised ratings, dense and
/// row-major, ready for fast scoring and for Monte-Carlo runs that re-score it thousands of
/// times with other weights. A class: every ranked measure refers to its Zielbild's matrix,
/// and sharing one reference is much cheaper than copying six arrays per measure.
public final class RatingMatrix: Sendable {
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
    /// Ratings that realised impact fed (empty unless `Policy.realisedImpact` is set); their
    /// fed values are in `normalised`, the written ones stay on the measures.
    public let fed: [FedRating]

    public var rows: Int { measures.count }
    public var columns: Int { criteria.count }

    public init(zielbild: Zielbild, measures: [Measure], criteria: [Criterion], fed: [FedRating] = []) {
        self.zielbild = zielbild
        self.fed = fed
        self.measures = measures
        self.criteria = criteria
        weights = criteria.map { zielbild.weight(of: $0) }
        // Plain per-criterion values, taken out of the loop: reading a scale's labels or a
        // criterion's strings inside it would copy them 120,000 times for 10,000 measures.
        let ids = criteria.map(\.id)
        let lows = criteria.map(\.scale.minimum), spans = criteria.map { $0.scale.maximum - $0.scale.minimum }
        let benefit = criteria.map { $0.direction == .benefit }
        let fallback = criteria.map { Normalisation.missing($0.missingRating) }
        let columns = criteria.count
        // Ratings are sorted by criterion id; so are these, so the k-th rating usually belongs
        // to the k-th id and a single comparison finds its column.
        let byID = ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
        let sortedIDs = byID.map { ids[$0] }
        var normalised = [Double](repeating: 0, count: measures.count * columns)
        var missing = [Bool](repeating: true, count: normalised.count)
        for i in measures.indices {
            let base = i * columns
            for j in 0..<columns { normalised[base + j] = fallback[j] }
            // Walk the measure's few ratings (a sorted array) and find each column by comparing
            // ids: small strings compare in a few nanoseconds, hashing them costs more.
            for (k, entry) in measures[i].ratings.entries.enumerated() {
                let j: Int
                if k < sortedIDs.count && sortedIDs[k] == entry.criterion {
                    j = byID[k]
                } else if let found = ids.firstIndex(of: entry.criterion) {
                    j = found
                } else {
                    continue
                }
                let share = min(1, max(0, (entry.value - lows[j]) / spans[j]))
                normalised[base + j] = benefit[j] ? share : 1 - share
                missing[base + j] = false
            }
        }
        if !fed.isEmpty {
            let rows = Dictionary(
                measures.indices.map { (measures[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in fed {
                guard let i = rows[entry.measure], let j = ids.firstIndex(of: entry.criterion) else { continue }
                let share = min(1, max(0, (entry.fed - lows[j]) / spans[j]))
                normalised[i * columns + j] = benefit[j] ? share : 1 - share
            }
        }
        self.normalised = normalised
        self.missing = missing
    }

    /// nᵢⱼ.
    @inline(__always)
    public func value(_ row: Int, _ column: Int) -> Double { normalised[row * columns + column] }
}
