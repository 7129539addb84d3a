/// Lets what a Lösung's indicators achieved feed a criterion of its open measures (off unless a
/// scenario declares it in `policy.realisedImpact`).
///
/// A Lösung's achievement is the mean achievement of its indicators that have a realised value;
/// a measure's is the mean over its Lösungen that have one (its own indicators count as a Lösung
/// of its own). For each named criterion, an open measure's rating r on a scale min…max becomes
/// (1 − blend) · r + blend · (min + a · (max − min)). Gates still judge the rating as written:
/// achievement moves the ranking, never eligibility.
public struct RealisedImpact: Hashable, Sendable {
    /// Weight (0…1) of the achievement against the rating as written.
    public var blend: Double
    /// The criteria fed (normally the impact criterion), by id.
    public var criteria: [String]

    public init(blend: Double, criteria: [String]) {
        self.blend = blend
        self.criteria = criteria
    }

    /// The fed rating.
    public func rating(_ written: Double, achievement: Double, scale: ClosedRange<Double>) -> Double {
        (1 - blend) * written + blend * (scale.lowerBound + achievement * (scale.upperBound - scale.lowerBound))
    }
}
