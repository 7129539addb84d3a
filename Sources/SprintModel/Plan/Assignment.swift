/// One Sprintteam working on one measure in one quarter.
public struct Assignment: Hashable, Sendable, Comparable {
    public var team: String
    public var quarter: Quarter
    public var measure: String

    public init(team: String, quarter: Quarter, measure: String) {
        self.team = team
        self.quarter = quarter
        self.measure = measure
    }

    /// Quarter, then team id, then measure id: the order plans are printed in.
    public static func < (lhs: Assignment, rhs: Assignment) -> Bool {
        if lhs.quarter != rhs.quarter { return lhs.quarter < rhs.quarter }
        if lhs.team != rhs.team { return lhs.team.utf8.lexicographicallyPrecedes(rhs.team.utf8) }
        return lhs.measure.utf8.lexicographicallyPrecedes(rhs.measure.utf8)
    }
}
