import SprintModel

/// Why a pinned assignment cannot be kept, when a single rule explains it.
public enum PinObstacle: Hashable, Sendable {
    case unknownTeamOrMeasure
    case excluded(measure: String, Exclusion)
    case teamUnavailable(team: String, quarter: Quarter)
    case missingSkills(team: String, skills: [String])
    case crossZielbildNotAllowed
    case beforeEarliestStart(measure: String, start: Quarter)
    case pastDeadline(measure: String, deadline: CalendarDate)
    /// The prerequisites cannot be done before the quarter together with the other rules.
    case prerequisitesNotInTime(prerequisites: [String], quarter: Quarter)
    /// No single rule explains it: budget, balance or other pins together.
    case conflictsWithOtherRules
}
