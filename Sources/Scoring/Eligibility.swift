import SprintModel

/// Why a measure cannot be ranked or planned: a failed knock-out gate, or a structural rule
/// of the funding guideline.
public struct GateFailure: Sendable, Hashable {
    /// The criterion whose gate failed; nil for structural rules.
    public var criterion: String?
    /// The reason as the scenario states it (or as the rule says).
    public var reason: String
    /// The rating that failed, spelt on the criterion's scale ("no", "gering").
    public var rating: String?

    public init(criterion: String?, reason: String, rating: String?) {
        self.criterion = criterion
        self.reason = reason
        self.rating = rating
    }
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
                failures.append(
                    GateFailure(criterion: criterion.id, reason: gate.reason + " (no rating given)", rating: nil))
                continue
            }
            if !gate.passes(rating) {
                failures.append(
                    GateFailure(criterion: criterion.id, reason: gate.reason, rating: criterion.scale.spell(rating)))
            }
        }
        if let reason = cannotFinishInTime(measure, scenario: scenario) {
            failures.append(GateFailure(criterion: nil, reason: reason, rating: nil))
        }
        return failures
    }

    /// Funding ends with the programme: with every allowed team from its earliest possible
    /// quarter, can the measure still finish by the programme's last quarter (and deadline)?
    static func cannotFinishInTime(_ measure: Measure, scenario: Scenario) -> String? {
        let first = max(scenario.horizon.start, measure.earliestStart ?? scenario.horizon.start)
        let quartersNeeded = Int((measure.remainingEffort / Double(measure.maxTeams) - 1e-9).rounded(.up))
        guard quartersNeeded > 0 else { return nil }
        let finish = first.advanced(by: quartersNeeded - 1)
        let last = scenario.programme.lastQuarter
        if finish > last {
            return
                "cannot finish before the programme ends on \(scenario.programme.endDate): needs \(quartersNeeded) quarter(s) from \(first), so \(finish) at the earliest"
        }
        if let deadline = measure.deadline, finish > Quarter(containing: deadline) {
            return
                "cannot meet its deadline \(deadline): needs \(quartersNeeded) quarter(s) from \(first), so \(finish) at the earliest"
        }
        return nil
    }
}
