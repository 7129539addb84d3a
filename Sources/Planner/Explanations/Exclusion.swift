/// Why an open measure cannot be planned at all, decided before any search.
public enum Exclusion: Hashable, Sendable {
    /// It fails knock-out gates; the gates' own reasons.
    case ineligible(reasons: [String])
    /// A prerequisite can never be done: dropped, or itself not plannable.
    case prerequisiteNeverDone(prerequisite: String, dropped: Bool)
    /// It has no score (no ranking holds it).
    case notScored
}
