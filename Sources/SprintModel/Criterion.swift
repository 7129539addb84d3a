/// A rating criterion: either a funding-guideline criterion (common good, open source, …) or
/// an impact criterion (reach, urgency, climate effect, …). Measures are rated on its scale;
/// scoring normalises ratings and weights them; an optional gate makes it a knock-out rule.
public struct Criterion: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var kind: Kind
    public var scale: Scale
    public var direction: Direction
    /// Global weight (≥ 0); Zielbilder may override it.
    public var weight: Double
    public var gate: Gate?
    public var missingRating: MissingRatingPolicy

    public init(
        id: String, label: String, kind: Kind, scale: Scale, direction: Direction = .benefit,
        weight: Double, gate: Gate? = nil, missingRating: MissingRatingPolicy = .error
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.scale = scale
        self.direction = direction
        self.weight = weight
        self.gate = gate
        self.missingRating = missingRating
    }

    /// Whether the criterion comes from the funding guideline or measures impact.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case impact, funding
    }

    /// Whether a higher rating is better (`benefit`) or worse (`cost`).
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case benefit, cost
    }

    /// What to do when a measure has no rating for this criterion.
    public enum MissingRatingPolicy: String, Hashable, Sendable, CaseIterable {
        /// The scenario is invalid (the default: a missing rating is never hidden).
        case error
        /// Treat as the worst value of the scale.
        case worst
        /// Treat as the middle of the scale.
        case neutral
    }

    /// The scale ratings are given on. Ratings are stored as numbers: the value itself for
    /// a range, the label's index for ordinal labels, 1 or 0 for yes/no.
    public enum Scale: Hashable, Sendable {
        case range(min: Double, max: Double)
        case ordinal(labels: [String])
        case yesNo

        /// The smallest rating value.
        public var minimum: Double {
            switch self {
            case .range(let min, _): return min
            case .ordinal, .yesNo: return 0
            }
        }

        /// The largest rating value.
        public var maximum: Double {
            switch self {
            case .range(_, let max): return max
            case .ordinal(let labels): return Double(labels.count - 1)
            case .yesNo: return 1
            }
        }

        /// Whether `value` is a valid rating on this scale.
        public func contains(_ value: Double) -> Bool {
            switch self {
            case .range(let min, let max): return value >= min && value <= max
            case .ordinal(let labels): return value == value.rounded() && value >= 0 && Int(value) < labels.count
            case .yesNo: return value == 0 || value == 1
            }
        }

        /// A readable spelling of a rating value (the label for ordinal scales).
        public func spell(_ value: Double) -> String {
            switch self {
            case .range:
                return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            case .ordinal(let labels):
                let index = Int(value)
                return labels.indices.contains(index) ? labels[index] : String(value)
            case .yesNo:
                return value >= 1 ? "yes" : "no"
            }
        }
    }

    /// A knock-out rule: a measure whose rating lies outside `[minimum, maximum]` is
    /// ineligible, with `reason` as the stated reason. Applies to all measures, or only to
    /// measures carrying one of `appliesToTags` (e.g. open source for `software`).
    public struct Gate: Hashable, Sendable {
        public var minimum: Double?
        public var maximum: Double?
        public var appliesToTags: [String]
        public var reason: String

        public init(minimum: Double? = nil, maximum: Double? = nil, appliesToTags: [String] = [], reason: String) {
            self.minimum = minimum
            self.maximum = maximum
            self.appliesToTags = appliesToTags
            self.reason = reason
        }

        /// Whether the gate applies to a measure with these tags.
        public func applies(toTags tags: [String]) -> Bool {
            appliesToTags.isEmpty || appliesToTags.contains(where: tags.contains)
        }

        /// Whether a rating passes the gate.
        public func passes(_ value: Double) -> Bool {
            if let minimum, value < minimum { return false }
            if let maximum, value > maximum { return false }
            return true
        }
    }
}
