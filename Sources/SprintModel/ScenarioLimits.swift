/// The documented range of every number a scenario may state, and the largest scenario the
/// tool supports. The loader refuses anything outside with a located `out-of-range` error, so
/// that no later arithmetic can overflow or trap, and no model handed to the solver holds
/// coefficients far enough apart to break its tolerances (GLPK works to about 1e-9 relative).
public enum ScenarioLimits {
    /// A criterion weight, globally or inside a Zielbild (weights are relative, so 10^6 is ample).
    public static let weight: ClosedRange<Double> = 0...1_000_000
    /// Value points: `switchingCost`, `crossZielbild.cost`, `bundleValue`, `valueScale`.
    public static let points: ClosedRange<Double> = 0...1_000_000
    /// Either end of a `range` scale, and so every numeric rating.
    public static let scaleMagnitude: Double = 1_000_000_000
    /// Effort and progress in team-quarters.
    public static let effort: ClosedRange<Double> = 0...10_000
    /// Efforts and progress are counted in hundredths of a team-quarter (under a day of a
    /// team's work). Finer values would only put tiny coefficients into the model.
    public static let effortResolution: Double = 0.01
    /// Quarters in a horizon (ten years).
    public static let horizonQuarters: ClosedRange<Int> = 1...40
    /// Teams allowed on one measure, and the counts of a Zielbild's balance rule.
    public static let count: ClosedRange<Int> = 0...10_000
    /// The largest scenario: measures, Sprintteams and criteria.
    public static let measures = 20_000
    public static let sprintteams = 2_500
    public static let criteria = 100
    /// Team-measure-quarter combinations the planner may have to consider: per Zielbild its
    /// teams × its open measures (every team × every open measure when cross-Zielbild help is
    /// allowed), times the quarters of the horizon. The model has a column for each that the
    /// rules leave, so this bounds its size and memory (the 70-district programme: 80,000).
    public static let assignmentCandidates = 250_000

    /// Whether `value` is a whole number of hundredths (up to the rounding of its decimal
    /// literal); a value that rounds to no hundredth at all must be exactly 0.
    public static func isEffortMultiple(_ value: Double) -> Bool {
        let hundredths = value / effortResolution
        let whole = hundredths.rounded()
        return abs(hundredths - whole) <= 1e-6 * max(1, abs(hundredths)) && (whole != 0 || value == 0)
    }
}
