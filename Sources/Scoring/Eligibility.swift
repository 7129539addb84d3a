import SprintModel

/// Why a measure cannot be ranked or planned: a failed knock-out gate, or a structural rule
/// of the funding guideline.
public struct GateFailure: Sendable, Hashable {
    /// The criterion whose gate failed; nil for structural rules.
    public var criterion: String?
    /// The gate's reason as the scenario states it; empty for the structural rule (its words
    /// come from `Reporting`, from `timing`).
    public var reason: String
    /// The rating that failed, spelt on the criterion's scale ("no", "gering"); nil when none
    /// was given.
    public var rating: String?
    /// The gate failed because the measure has no rating for its criterion.
    public var unrated = false
    /// The structural rule: the measure cannot finish in time, with the figures.
    public var timing: FinishTiming?

    public init(criterion: String?, reason: String, rating: String?, unrated: Bool = false) {
        self.criterion = criterion
        self.reason = reason
        self.rating = rating
        self.unrated = unrated
    }

    /// The structural rule's failure.
    public init(timing: FinishTiming) {
        self.init(criterion: nil, reason: "", rating: nil)
        self.timing = timing
    }
}

/// Why a measure cannot finish in time: with every allowed team from its earliest quarter it
/// needs `quartersNeeded` quarters from `from`, so it finishes in `earliest` at the earliest —
/// after the programme's end, or after its `deadline` when that is set.
public struct FinishTiming: Sendable, Hashable {
    public var quartersNeeded: Int
    public var from: Quarter
    public var earliest: Quarter
    /// The measure's deadline it misses; nil: it misses the programme's end.
    public var deadline: CalendarDate?
    public var programmeEnd: CalendarDate
}

/// Knock-out checks: every gate of every criterion that applies to the measure, and the
/// structural rule that a funded measure must be able to finish before the programme ends.
public enum Eligibility {
    public static func failures(of measure: Measure, in scenario: Scenario) -> [GateFailure] {
        var failures: [GateFailure] = []
        for criterion in scenario.criteria {
            guard let gate = criterion.gate, gate.applies(toTags: measure.tags) else { continue }
            guard let rating = measure.ratings[criterion.id] else {
                if criterion.missingRating == .neutral { continue }
                failures.append(GateFailure(criterion: criterion.id, reason: gate.reason, rating: nil, unrated: true))
                continue
            }
            if !gate.passes(rating) {
                failures.append(
                    GateFailure(criterion: criterion.id, reason: gate.reason, rating: criterion.scale.spell(rating)))
            }
        }
        if let timing = cannotFinishInTime(measure, scenario: scenario) {
            failures.append(GateFailure(timing: timing))
        }
        return failures
    }

    /// Funding ends with the programme: with every allowed team from its earliest possible
    /// quarter, can the measure still finish by the programme's last quarter (and deadline)?
    static func cannotFinishInTime(_ measure: Measure, scenario: Scenario) -> FinishTiming? {
        let first = max(scenario.horizon.start, measure.earliestStart ?? scenario.horizon.start)
        let quartersNeeded = Int((measure.remainingEffort / Double(measure.maxTeams) - 1e-9).rounded(.up))
        guard quartersNeeded > 0 else { return nil }
        let finish = first.advanced(by: quartersNeeded - 1)
        let last = scenario.programme.lastQuarter
        let timing = FinishTiming(
            quartersNeeded: quartersNeeded, from: first, earliest: finish, deadline: nil,
            programmeEnd: scenario.programme.endDate)
        if finish > last { return timing }
        if let deadline = measure.deadline, finish > Quarter(containing: deadline) {
            var missed = timing
            missed.deadline = deadline
            return missed
        }
        return nil
    }
}
