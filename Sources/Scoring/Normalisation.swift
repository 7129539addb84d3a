import SprintModel

/// Maps a rating to [0, 1], 1 being best, on the criterion's declared scale:
/// benefit n = (r − min) / (max − min), cost n = (max − r) / (max − min).
/// Ordinal labels count as their index (0 … labels − 1), yes/no as 1/0.
///
/// A missing rating counts according to the criterion's policy: `worst` → 0, `neutral` → 0.5,
/// `error` → 0 (a valid scenario has none; the explanation flags it either way).
public enum Normalisation {
    public static func normalise(_ rating: Double, on criterion: Criterion) -> Double {
        let low = criterion.scale.minimum, high = criterion.scale.maximum
        let share = (rating - low) / (high - low)
        let clamped = min(1, max(0, share))
        return criterion.direction == .benefit ? clamped : 1 - clamped
    }

    public static func missing(_ policy: Criterion.MissingRatingPolicy) -> Double {
        policy == .neutral ? 0.5 : 0
    }
}
