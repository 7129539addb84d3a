import Scoring

/// Why an open measure cannot be planned at all, decided before any search.
public enum Exclusion: Hashable, Sendable {
    /// It fails knock-out gates or cannot finish in time (worded by `Reporting`).
    case ineligible(failures: [GateFailure])
    /// A prerequisite can never be done: dropped, or itself not plannable.
    case prerequisiteNeverDone(prerequisite: String, dropped: Bool)
    /// It has no score (no ranking holds it).
    case notScored
}
