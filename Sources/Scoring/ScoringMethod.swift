/// How normalised ratings are combined into one score per measure.
///
/// - `weightedSum`: score = Σ wⱼ·nᵢⱼ / Σ wⱼ, where nᵢⱼ ∈ [0, 1] is the normalised rating
///   (1 best). Scores are comparable across scenarios and Zielbilder.
/// - `topsis`: relative closeness to the ideal (Hwang & Yoon): vᵢⱼ = wⱼ·nᵢⱼ with weights
///   summing to 1; A⁺ⱼ = maxᵢ vᵢⱼ and A⁻ⱼ = minᵢ vᵢⱼ over the eligible measures of the Zielbild;
///   Cᵢ = S⁻ᵢ / (S⁺ᵢ + S⁻ᵢ) with Euclidean distances S⁺, S⁻. Scores are relative to the other
///   candidates of the same Zielbild; when all candidates are equal on every weighted
///   criterion, Cᵢ = 0.5. Normalising by the declared scale is linear (min–max) normalisation
///   when the scale's ends are the observed extremes.
public enum ScoringMethod: String, Sendable, Hashable, CaseIterable {
    case weightedSum = "weighted-sum"
    case topsis
}
