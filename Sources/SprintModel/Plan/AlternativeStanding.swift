/// How a rejected alternative compares with the recommended plan, as far as the two searches
/// proved it: what the meeting may say about it. "Equally good" only when both plans are
/// proven optimal and no more than `equalWithin` points apart; "near-tie" below `nearTieBelow`.
public enum AlternativeStanding: Hashable, Sendable {
    /// Both proven optimal, no more than `equalWithin` points apart.
    case equallyGood
    /// Both proven; the alternative is worth `cost` points less, fewer than `nearTieBelow`.
    case nearTie(cost: Double)
    /// Both proven; the alternative is worth `cost` points less.
    case worse(cost: Double)
    /// Both proven; the alternative is worth `gain` points more: only a lock makes the choice.
    case better(gain: Double)
    /// Not both proven: the alternative costs at most `atMost` points and at least `atLeast`
    /// (from the searches' bounds; nil when the alternative's search ended before it had a
    /// bound); `gap` is the larger relative gap of the two searches (nil: no bound).
    case unproven(atLeast: Double?, atMost: Double, gap: Double?)

    /// Points within which two proven plans are called equally good.
    public static let equalWithin = 0.01
    /// Points below which two proven plans are called a near-tie.
    public static let nearTieBelow = 0.1

    /// The standing of an alternative plan against the recommended one, from their objectives
    /// (value points), proven bounds and whether each search proved optimality.
    public init(
        recommended: (objective: Double, bound: Double?, proven: Bool),
        alternative: (objective: Double, bound: Double?, proven: Bool)
    ) {
        guard recommended.proven, alternative.proven else {
            // The true cost lies between the recommended plan's objective less the alternative's
            // bound and the recommended bound less the alternative found.
            let recommendedBound = recommended.bound ?? recommended.objective
            let gaps = [Self.gap(recommended), Self.gap(alternative)]
            self = .unproven(
                atLeast: alternative.bound.map { recommended.objective - $0 },
                atMost: recommendedBound - alternative.objective,
                gap: gaps.contains(nil) ? nil : gaps.map { $0! }.max())
            return
        }
        let cost = recommended.objective - alternative.objective
        if abs(cost) <= Self.equalWithin {
            self = .equallyGood
        } else if cost < 0 {
            self = .better(gain: -cost)
        } else if cost < Self.nearTieBelow {
            self = .nearTie(cost: cost)
        } else {
            self = .worse(cost: cost)
        }
    }

    /// Relative gap of a maximisation: (bound − objective) / max(1, |objective|).
    private static func gap(_ search: (objective: Double, bound: Double?, proven: Bool)) -> Double? {
        if search.proven { return 0 }
        return search.bound.map { max(0, $0 - search.objective) / max(1, abs(search.objective)) }
    }

    /// The cost in points the figures support best: exact when proven, else the upper end.
    public var cost: Double {
        switch self {
        case .equallyGood: return 0
        case .nearTie(let cost), .worse(let cost): return cost
        case .better(let gain): return -gain
        case .unproven(_, let atMost, _): return atMost
        }
    }

    /// Stable spelling for JSON and records.
    public var name: String {
        switch self {
        case .equallyGood: return "equally-good"
        case .nearTie: return "near-tie"
        case .worse: return "worse"
        case .better: return "better"
        case .unproven: return "not-proven"
        }
    }
}
