import SprintModel

/// One reason a what-if cannot be tried, as data; `Reporting` words it.
public enum WhatIfProblem: Hashable, Sendable {
    /// `text`, given to `option`, is not spelled as `expected`.
    case syntax(option: String, text: String, expected: String)
    /// `--set`: the sweep's own message (unknown parameter, value out of range, …).
    case setting(text: String, message: String)
    case unknownTeam(String, known: [String])
    case unknownMeasure(String, known: [String])
    case quarterOutsidePlan(WhatIf.Change, planned: [Quarter])
    case pinnedAndForbidden(Locks.Pin, Locks.Forbidden)
    case twoPins(Locks.Pin, Locks.Pin)
    /// A single rule makes the pin impossible (skill, availability, Zielbild, start, deadline, …).
    case pinCannotBeKept(Locks.Pin, PinObstacle)
}

/// Every problem of a what-if, found at once.
public struct WhatIfProblems: Error, Hashable, Sendable {
    public var problems: [WhatIfProblem]

    public init(_ problems: [WhatIfProblem]) { self.problems = problems }

    /// A pin no plan can keep: a question about the scenario (exit 1, like a scenario without a
    /// plan), not a mistake on the command line.
    public var isUnkeepable: Bool {
        problems.allSatisfy { if case .pinCannotBeKept = $0 { true } else { false } }
    }
}

extension WhatIfProblem {
    /// Stable kebab-case code for `error[code]`.
    public var code: String {
        switch self {
        case .syntax: return "what-if-syntax"
        case .setting: return "what-if-setting"
        case .unknownTeam, .unknownMeasure: return "unknown-id"
        case .quarterOutsidePlan: return "quarter-outside-plan"
        case .pinnedAndForbidden, .twoPins: return "contradictory-locks"
        case .pinCannotBeKept: return "pin-cannot-be-kept"
        }
    }
}
