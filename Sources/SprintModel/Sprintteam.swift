/// A small, self-organised project team of one Zielbild group. Works on at most one
/// measure per quarter.
public struct Sprintteam: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var zielbild: String
    public var skills: [String]
    /// Quarters in which the team does not work (holidays, staff changes).
    public var unavailable: [Quarter]
    /// The measure the team worked on in the sprint that just ended.
    public var currentMeasure: String?

    public init(
        id: String, name: String, zielbild: String, skills: [String] = [], unavailable: [Quarter] = [],
        currentMeasure: String? = nil
    ) {
        self.id = id
        self.name = name
        self.zielbild = zielbild
        self.skills = skills
        self.unavailable = unavailable
        self.currentMeasure = currentMeasure
    }

    public func isAvailable(in quarter: Quarter) -> Bool { !unavailable.contains(quarter) }

    /// Whether the team has every skill in `required`.
    public func hasSkills(_ required: [String]) -> Bool { required.allSatisfy(skills.contains) }
}
